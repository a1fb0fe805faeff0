"""Postings and positions: the folded text of every segment → the shards of the search index.

Takes the segments (title, byline, body slices; qikan/site/search.py cuts them) and the fold
table; gives, for every bigram of adjacent Han characters, the segments it occurs in (postings)
and where in each (positions), varint-coded in ASCII and grouped into shards by a hash of the
bigram, as qikan-search.js reads them (see search.py for the why of it all).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SHARD_BYTES = 12_000    # target size of one postings shard
POS_SHARD_BYTES = 6_000  # …of a positions shard: smaller, as a query loads one per bigram
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"  # 0-31 last digit
HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # BMP: one JS char each
SEP = "\ue000"          # joins texts (segments; texts for one OpenCC call): none contains it


def han_mask(a: np.ndarray) -> np.ndarray:
    m = np.zeros(a.shape, bool)
    for lo, hi in HAN_RANGES:
        m |= (a >= lo) & (a <= hi)
    return m


def shard_of(a: np.ndarray | int, b: np.ndarray | int, shards: int):
    """The shard of bigram (a, b) (code points); qikan-search.js computes the same."""
    return (a * 7919 + b) % shards


def varints(values: np.ndarray) -> np.ndarray:
    """Each value as base-32 digits, least significant first, in ALPHABET: digits that are
    followed by another take the upper half of the alphabet."""
    ndig = np.ones(len(values), np.int64)
    for k in range(1, 7):
        ndig += values >= (1 << (5 * k))
    pos = np.cumsum(ndig) - ndig
    out = np.empty(int(ndig.sum()), np.uint8)
    alpha = np.frombuffer(ALPHABET.encode(), np.uint8)
    for k in range(int(ndig.max(initial=1))):
        sel = ndig > k
        digit = (values[sel] >> (5 * k)) & 31
        out[pos[sel] + k] = alpha[digit + 32 * (ndig[sel] > k + 1)]
    return out, pos


@dataclass
class Shards:
    """Script-file contents by shard number ({shard: "<bigram><varints>…"}), and how many
    shards the bigrams were spread over (qikan-search.js finds a bigram's with shard_of)."""
    parts: dict[int, str]
    count: int


def build_shards(segments: list[str], table: dict[str, str]) -> tuple[Shards, Shards]:
    """Of every bigram of the segments folded by `table`: its postings (the segments it occurs
    in), and its positions — for each of those segments, how many times it occurs there and
    where (offsets from the segment's start, the first as is, the others as differences).

    Positions make a query's count exact without loading text: a phrase is in a segment when
    its bigrams occur there one after the other. They are about three times the size of the
    postings and sharded apart (search/pos/), so a query loads them only for the few bigrams
    that cover its characters."""
    text = SEP.join(segments)
    cps = np.frombuffer(text.encode("utf-32-le"), np.uint32).astype(np.int64)
    lut = np.arange(0x10000, dtype=np.int64)
    lut[[ord(k) for k in table]] = [ord(v) for v in table.values()]
    cps = np.where(cps < 0x10000, lut[np.minimum(cps, 0xFFFF)], cps)
    is_sep = cps == ord(SEP)
    seg = np.cumsum(is_sep)
    seg_start = np.r_[0, np.flatnonzero(is_sep) + 1]
    han = han_mask(cps)
    ok = np.flatnonzero(han[:-1] & han[1:])
    if not len(ok):
        return Shards({}, 16), Shards({}, 16)
    # every occurrence by (bigram, segment), in text order within a segment (a stable sort)
    pair_of = ((cps[ok] << 16 | cps[ok + 1]) << 24) | seg[ok]
    order = np.argsort(pair_of, kind="stable")
    occ, offsets = pair_of[order], (ok - seg_start[seg[ok]])[order]
    first = np.flatnonzero(np.r_[True, occ[1:] != occ[:-1]])   # an occurrence opening a pair
    pairs = occ[first]
    keys, segs = pairs >> 24, pairs & 0xFFFFFF
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])   # a pair opening a bigram
    ukeys = keys[starts]
    delta = segs - np.r_[-1, segs[:-1]]
    delta[starts] = segs[starts] + 1
    postings = _coded_by_key(delta, starts, ukeys, SHARD_BYTES)
    # per pair: its count, then its offsets
    counts = np.diff(np.r_[first, len(occ)])
    step = offsets - np.r_[0, offsets[:-1]]
    step[first] = offsets[first]
    values = np.empty(len(occ) + len(first), np.int64)
    pair_no = np.cumsum(np.r_[True, occ[1:] != occ[:-1]]) - 1
    values[np.arange(len(occ)) + pair_no + 1] = step
    values[first + np.arange(len(first))] = counts
    positions = _coded_by_key(values, (first + np.arange(len(first)))[starts], ukeys,
                              POS_SHARD_BYTES)
    return postings, positions


def _coded_by_key(values: np.ndarray, starts: np.ndarray, ukeys: np.ndarray,
                  target: int) -> Shards:
    """`values` as varints, cut at `starts` into one run per bigram of `ukeys`, in shards of
    about `target` bytes."""
    coded, pos = varints(values)
    raw = coded.tobytes()
    ends = np.r_[pos[starts[1:]], len(raw)]
    a, b = ukeys >> 16, ukeys & 0xFFFF
    total = len(raw) + 6 * len(ukeys)
    count = 1 << max(4, int(np.ceil(np.log2(max(total, 1) / target))))
    shard = shard_of(a, b, count)
    parts: dict[int, list[str]] = {}
    for i in np.argsort(shard, kind="stable").tolist():
        parts.setdefault(int(shard[i]), []).append(
            chr(a[i]) + chr(b[i]) + raw[pos[starts[i]]:ends[i]].decode("ascii"))
    return Shards({s: "".join(p) for s, p in parts.items()}, count)
