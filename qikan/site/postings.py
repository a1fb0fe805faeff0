"""Postings and positions: the folded text of every segment → the shards of the search index.

Takes the segments (title, byline, body slices; qikan/site/search.py cuts them) and the fold
table; gives, for every bigram of adjacent Han characters, the segments it occurs in (postings)
and where in each (positions), varint-coded in ASCII and grouped into shards by a hash of the
bigram, as qikan-search.js reads them (see search.py for the why of it all). The text is read
in batches and the bigrams coded in passes, so memory does not grow with the archive.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

SHARD_BYTES = 12_000    # target size of one postings shard
POS_SHARD_BYTES = 6_000  # …of a positions shard: smaller, as a query loads one per bigram
# A bigram whose postings run is longer (about 1,000 segments and more) has its runs in files
# of its own, so that a query loads them only when it needs them (qikan-search.js)
BIG_RUN = 1_500
# A bigram whose postings run is this long or shorter (about 10,000 segments) keeps its
# occurrences' contexts (the characters around them): enough for the rarer bigrams of a
# common phrase at 100,000 articles, not the commonest, whose contexts would weigh the most
CONTEXT_RUN = 16_000
STUB = "."              # after a big bigram in its postings shard: the lengths of its runs
CONTEXT = "."           # in a positions shard, between a bigram's positions and their context
CONTEXT_BASE = 0x3300   # a Han neighbour's code point less this (3 digits), 0: none
BITMAP = "!"            # opens a big bigram's postings given as a bitmap of segments
CONTEXT_PIECE = 1 << 22  # context values coded at once (of 36 million in a pass at 100,000)
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"  # 0-31 last digit
HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # BMP: one JS char each
SEP = "\ue000"          # joins texts (segments; texts for one OpenCC call): none contains it
MIN_SHARDS = 16         # shards of the smallest index
# passes that code the bigrams, at most: a pass holds its bigrams' occurrences (~44 bytes each
# sorting): the index of 100,000 articles in 16 passes peaked at 1,858 MB, in 32 at 1,395
MAX_PASSES = 32
BATCH_CHARS = 1 << 20   # characters of text read at once into arrays of 8 bytes a character
PASS_CHARS = 1 << 21    # characters of text per pass of coding (about 60 bytes a character)


def han_mask(a: np.ndarray) -> np.ndarray:
    m = np.zeros(a.shape, bool)
    for lo, hi in HAN_RANGES:
        m |= (a >= lo) & (a <= hi)
    return m


def shard_of(a: np.ndarray | int, b: np.ndarray | int, shards: int):
    """The shard of bigram (a, b) (code points); qikan-search.js computes the same."""
    return (a * 7919 + b) % shards


# ALPHABET's digits by their byte: 0–31 a varint's last digit, 32–63 one followed by another
DIGIT = np.full(128, 0, np.int64)
DIGIT[np.frombuffer(ALPHABET.encode(), np.uint8)] = np.arange(64)


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
class Coded:
    """One pass's bigrams (ascending), their runs of varints in one byte string (`size`
    bytes; in the file `spilled` while it waits to be written), and where each bigram's run
    starts in it."""
    keys: np.ndarray
    raw: bytes
    starts: np.ndarray
    size: int = -1
    spilled: Path | None = None

    def __post_init__(self):
        if self.size < 0:
            self.size = len(self.raw)

    def spill(self, path: Path) -> "Coded":
        path.write_bytes(self.raw)
        return Coded(self.keys, b"", self.starts, self.size, path)

    def loaded(self) -> "Coded":
        if self.spilled is None:
            return self
        return Coded(self.keys, self.spilled.read_bytes(), self.starts, self.size)


def batches(texts: list[str], chars: int | None = None):
    """(index of the first, texts) of consecutive runs of `texts` of about `chars` characters
    (BATCH_CHARS): what is read into arrays at once."""
    chars = chars or BATCH_CHARS
    start, size = 0, 0
    for n, t in enumerate(texts):
        if size and size + len(t) > chars:
            yield start, texts[start:n]
            start, size = n, 0
        size += len(t) + 1
    if start < len(texts):
        yield start, texts[start:]


def passes_for(segments: list[str]) -> int:
    """How many passes code the bigrams of `segments`: one per PASS_CHARS characters, rounded
    up to a power of two, at most MAX_PASSES."""
    chars = sum(len(t) for t in segments)
    return min(MAX_PASSES, 1 << max(0, int(np.ceil(np.log2(max(chars, 1) / PASS_CHARS)))))


def coded_bigrams(segments: list[str], table: dict[str, str], first: int = 0,
                  passes: int | None = None, spill: Path | None = None,
                  within: np.ndarray | None = None
                  ) -> tuple[list[Coded], list[Coded], list[Coded]]:
    """Of every bigram of the segments (numbered from `first`) folded by `table`: its postings
    (the segments it occurs in), and its positions — for each of those segments, its place in
    its article (`within`: 0 the title, 1 the byline, 2… the body's segments; 0 when not
    given), how many times it occurs there and where (offsets from the segment's start, the
    first as is, the others as differences); one `Coded` of each per pass. The place tells
    the browser a candidate's article without the table of every article's segments.

    Positions make a query's count exact without loading text: a phrase is in a segment when
    its bigrams occur there one after the other. They are about three times the size of the
    postings and sharded apart (search/pos/), so a query loads them only for the few bigrams
    that cover its characters. Beside them, each occurrence's context: the characters before
    and after it (CONTEXT_BASE less their code points, 0 when there is none or it is not Han),
    which the positions shards keep for the bigrams that are not big (`placed`): a query
    covers a common bigram's character with its rarer neighbour's context, and does not load
    the common bigram's runs.

    Memory stays bounded as the archive grows: the text is read in batches of about
    BATCH_CHARS characters, and the bigrams are coded in `passes` rounds (a power of two, at
    most MAX_PASSES; by default passes_for(segments)), each over the bigrams of one class of
    `shard_of(…, passes)`; a shard's bigrams are one class of `shard_of(…, MIN_SHARDS)` (one
    pass or more), so the shards are the same whatever `passes` is. With a `spill` folder each
    pass's varints wait there until they are written (400 MB at 100,000 articles)."""
    passes = passes or passes_for(segments)
    lut = np.arange(0x10000, dtype=np.int64)
    lut[[ord(k) for k in table]] = [ord(v) for v in table.values()]
    if within is None:
        within = np.zeros(len(segments), np.int64)
    postings, positions, contexts = [], [], []
    for part in range(passes):
        found = [_occurrences(batch, first + start, lut, part, passes,
                              within[start:start + len(batch)])
                 for start, batch in batches(segments)]
        if not sum(len(o[0]) for o in found):  # no bigram of this class (or no text)
            continue
        occ, offsets, around, place = _in_order(found)
        post, pos, ctx = _coded(occ, offsets, around, place)
        del occ, offsets, around, place
        if spill is not None:
            post, pos, ctx = (post.spill(spill / f"{part}.post"), pos.spill(spill / f"{part}.pos"),
                              ctx.spill(spill / f"{part}.ctx"))
        postings.append(post)
        positions.append(pos)
        contexts.append(ctx)
    return postings, positions, contexts


def _occurrences(segments: list[str], first: int, lut: np.ndarray, part: int,
                 parts: int, within: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every occurrence, in text order, of a bigram of `segments` (numbered from `first`;
    each one's place in its article in `within`) folded by `lut` whose `shard_of(…, parts)`
    is `part`: (bigram << 24 | segment), its offset from the segment's start, its context
    (before, after: `coded_bigrams`) and its segment's place."""
    cps = np.frombuffer(SEP.join(segments).encode("utf-32-le"), np.uint32).astype(np.int64)
    cps = np.where(cps < 0x10000, lut[np.minimum(cps, 0xFFFF)], cps)
    is_sep = cps == ord(SEP)
    seg = np.cumsum(is_sep)
    seg_start = np.r_[0, np.flatnonzero(is_sep) + 1]
    han = han_mask(cps)
    ok = np.flatnonzero(han[:-1] & han[1:])
    a, b = cps[ok], cps[ok + 1]
    if parts > 1:
        mine = shard_of(a, b, parts) == part
        a, b, ok = a[mine], b[mine], ok[mine]
    # the neighbours: a segment's ends border SEP, which is not Han
    before, after = np.maximum(ok - 1, 0), np.minimum(ok + 2, len(cps) - 1)
    around = np.stack([np.where((ok > 0) & han[before], cps[before] - CONTEXT_BASE, 0),
                       np.where((ok + 2 < len(cps)) & han[after], cps[after] - CONTEXT_BASE, 0)],
                      axis=1).astype(np.uint16)
    del cps, han, is_sep
    s = seg[ok]
    return ((a << 16 | b) << 24) | (s + first), (ok - seg_start[s]).astype(np.int32), around, \
        within[s].astype(np.uint16)


def _in_order(found: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The occurrences of every batch (emptying `found`, to hold one copy at a time), sorted
    by (bigram, segment), in text order within a segment: the batches come in text order, and
    the sort is stable."""
    occ, offsets, around, place = (np.concatenate(x) for x in zip(*found))
    found.clear()
    order = np.argsort(occ, kind="stable")
    return occ[order], offsets[order], around[order], place[order]


def _coded(occ: np.ndarray, offsets: np.ndarray, around: np.ndarray, place: np.ndarray
           ) -> tuple[Coded, Coded, Coded]:
    """Occurrences sorted by (bigram << 24 | segment), in text order within a segment, their
    offsets, contexts and segments' places → the postings, the positions and the contexts
    (before and after each occurrence in turn) of their bigrams, coded."""
    first = np.flatnonzero(np.r_[True, occ[1:] != occ[:-1]])   # an occurrence opening a pair
    pairs = occ[first]
    keys, segs = pairs >> 24, pairs & 0xFFFFFF
    del pairs
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])   # a pair opening a bigram
    ukeys = keys[starts]
    del keys
    delta = segs - np.r_[-1, segs[:-1]]
    delta[starts] = segs[starts] + 1
    del segs
    postings = _coded_by_key(delta, starts, ukeys)
    del delta
    # per pair: its segment's place, its count, then its offsets (the first as is, the others
    # as steps)
    step = np.diff(offsets, prepend=offsets.dtype.type(0))
    step[first] = offsets[first]
    heads = np.stack([place[first], np.diff(np.r_[first, len(occ)])], axis=1).reshape(-1)
    values = np.insert(step.astype(np.int64), np.repeat(first, 2), heads)
    del step, heads
    positions = _coded_by_key(values, (first + 2 * np.arange(len(first)))[starts], ukeys)
    del values
    # contexts of the bigrams that keep them (`placed`), an empty run for the others
    ends = np.r_[postings.starts[1:], len(postings.raw)]
    kept = (ends - postings.starts) <= CONTEXT_RUN
    opening = np.zeros(len(occ), np.int32)
    opening[first[starts]] = 1
    mine = kept[np.cumsum(opening) - 1]          # each occurrence: its bigram keeps contexts
    del opening
    counts = np.add.reduceat(mine.astype(np.int64), first[starts]) if len(occ) else mine
    around = around[mine].reshape(-1)
    del mine
    # coded a piece at a time: varints holds several int64 copies of what it codes
    first_value = 2 * (np.cumsum(counts) - counts)   # each bigram's first value…
    at = np.empty_like(first_value)                  # …and its first byte
    pieces: list[bytes] = []
    done = 0
    for lo in range(0, len(around), CONTEXT_PIECE):
        coded, pos = varints(around[lo:lo + CONTEXT_PIECE].astype(np.int64))
        here = (first_value >= lo) & (first_value < min(lo + CONTEXT_PIECE, len(around)))
        at[here] = done + pos[first_value[here] - lo]
        pieces.append(coded.tobytes())
        done += len(coded)
    at[first_value >= len(around)] = done   # bigrams that keep none at the end
    return postings, positions, Coded(ukeys, b"".join(pieces), at)


def _coded_by_key(values: np.ndarray, starts: np.ndarray, ukeys: np.ndarray) -> Coded:
    """`values` as varints, cut at `starts` into one run per bigram of `ukeys`."""
    coded, pos = varints(values)
    return Coded(ukeys, coded.tobytes(), pos[starts])


def shard_count(total: int, target: int) -> int:
    """How many shards an index of `total` bytes (runs of varints + 6 per bigram) is spread
    over: a power of two, so that shards are about `target` bytes."""
    return max(MIN_SHARDS, 1 << max(0, int(np.ceil(np.log2(max(total, 1) / target)))))


def coded_size(coded: list[Coded]) -> int:
    """What `shard_count` counts of these bigrams."""
    return sum(c.size + 6 * len(c.keys) for c in coded)


def run_texts(c: Coded) -> list[str]:
    """Each bigram's run of varints (in the order of `c.keys`), from a loaded `Coded`."""
    ends = np.r_[c.starts[1:], len(c.raw)]
    return [c.raw[i:j].decode("ascii") for i, j in zip(c.starts.tolist(), ends.tolist())]


def runs_by_shard(coded: list[Coded], count: int) -> dict[int, list[str]]:
    """Each bigram's run ("<bigram><varints>"), by its shard among `count`, in the order the
    shard holds them (ascending bigram: each shard's bigrams come from one pass)."""
    parts: dict[int, list[str]] = {}
    for c in coded:
        runs = run_texts(c)
        a, b = c.keys >> 16, c.keys & 0xFFFF
        shard = shard_of(a, b, count)
        for i in np.argsort(shard, kind="stable").tolist():
            parts.setdefault(int(shard[i]), []).append(chr(a[i]) + chr(b[i]) + runs[i])
    return parts


def is_big(postings_run: str) -> bool:
    """Whether a bigram's runs are files of their own (search/runs/, search/runpos/): its
    postings run is longer than BIG_RUN."""
    return len(postings_run) > BIG_RUN


def stub(postings_run: str, positions_run: str) -> str:
    """What a postings shard holds of a big bigram after the bigram: STUB and the lengths of
    its two files' runs, and 1 when its positions keep their contexts, else 0 (varints): what
    the browser reads to choose a query's cover."""
    lengths = varints(np.array([len(postings_run), len(positions_run),
                                int(CONTEXT in positions_run)], np.int64))[0]
    return STUB + lengths.tobytes().decode("ascii")


def run_key(bigram: str) -> int:
    """The number of a big bigram's files: its two code points (a << 16 | b)."""
    return ord(bigram[0]) << 16 | ord(bigram[1])


def placed(post: dict[str, str], pos: dict[str, str], bigram: str, run: str, prun: str,
           crun: str) -> list[tuple[str, int, str]]:
    """A bigram's runs (postings `run`, positions `prun`, their contexts `crun`) put where
    they go: into the shards' entries (`post`, `pos`: {bigram: what its shard holds after
    it}), or, a big one (`is_big`), its stub into `post` and the files of its own that it
    gives. Its positions are followed by CONTEXT and their contexts when its postings run is
    CONTEXT_RUN long or shorter."""
    if len(run) <= CONTEXT_RUN:
        prun += CONTEXT + crun
    if not is_big(run):
        post[bigram], pos[bigram] = run, prun
        return []
    text = postings_file(run)
    post[bigram] = stub(text, prun)
    pos.pop(bigram, None)
    return [("runs", run_key(bigram), text), ("runpos", run_key(bigram), prun)]


def values_of(run: str) -> np.ndarray:
    """The values of a run of varints."""
    d = DIGIT[np.frombuffer(run.encode("ascii"), np.uint8)]
    last = np.flatnonzero(d < 32)
    starts = np.r_[0, last[:-1] + 1]
    place = np.arange(len(d)) - np.repeat(starts, last - starts + 1)
    return np.add.reduceat((d & 31) << (5 * place), starts) if len(d) else d


def postings_file(run: str) -> str:
    """What a big bigram's postings file holds of its run: the run, or, when it is shorter,
    BITMAP and a bitmap of its segments — each character of ALPHABET six segments, the
    lowest bit the first (a bigram in more than about a sixth of the segments)."""
    segments = np.cumsum(values_of(run)) - 1
    chars = int(segments[-1]) // 6 + 1
    if chars + 1 >= len(run):
        return run
    bits = np.zeros(chars * 6, np.int64)
    bits[segments] = 1
    alpha = np.frombuffer(ALPHABET.encode(), np.uint8)
    return BITMAP + alpha[bits.reshape(-1, 6) @ (1 << np.arange(6))].tobytes().decode("ascii")


def postings_run(text: str) -> str:
    """A big bigram's postings run, from what its file holds (`postings_file`)."""
    if not text.startswith(BITMAP):
        return text
    digits = DIGIT[np.frombuffer(text[1:].encode("ascii"), np.uint8)]
    segments = np.flatnonzero((digits[:, None] >> np.arange(6)) & 1)
    return varints(np.diff(segments, prepend=-1))[0].tobytes().decode("ascii")


def shard_texts(folder: str, entries: dict[str, str], count: int
                ) -> Iterator[tuple[str, int, str]]:
    """The shard files of `entries` ({bigram: what its shard holds after it}, every bigram of
    the shards they fall in among `count`): (folder, shard, text), each shard's bigrams in
    ascending order."""
    shards: dict[int, list[str]] = {}
    for bigram in sorted(entries):
        shards.setdefault(int(shard_of(ord(bigram[0]), ord(bigram[1]), count)), []).append(
            bigram + entries[bigram])
    for n in sorted(shards):
        yield folder, n, "".join(shards[n])


@dataclass
class ShardFiles:
    """The files to write ((folder, number, text): shards/, pos/, runs/, runpos/), the
    postings' and the positions' coded sizes and shard counts (qikan-search.js finds a
    bigram's shard with shard_of), and whether the files not written are the last index's
    (`added`: search_append.py)."""
    files: Iterable[tuple[str, int, str]]
    sizes: list[int]
    counts: list[int]
    added: bool = False


def whole_shards(coded: tuple[list[Coded], list[Coded], list[Coded]]) -> ShardFiles:
    """Every file of the postings and positions, from the coded bigrams (`coded_bigrams`) of
    every segment: shards of about SHARD_BYTES and POS_SHARD_BYTES of runs (a big bigram's
    counted there, though its runs are files of their own). Made as they are written, a
    pass's at a time (each shard's bigrams are one pass's): the index's text is never held
    whole."""
    sizes = [coded_size(c) for c in coded[:2]]
    counts = [shard_count(sizes[0], SHARD_BYTES), shard_count(sizes[1], POS_SHARD_BYTES)]

    # the passes whose bigrams share a class of shard_of(…, MIN_SHARDS), as a shard's do
    groups: dict[int, list[tuple[Coded, Coded, Coded]]] = {}
    for c in zip(*coded):   # one pass's bigrams each, the same keys
        k = int(c[0].keys[0])
        groups.setdefault(int(shard_of(k >> 16, k & 0xFFFF, MIN_SHARDS)), []).append(c)

    def files() -> Iterator[tuple[str, int, str]]:
        for group in groups.values():
            shards: dict[str, str] = {}
            pos_shards: dict[str, str] = {}
            for post, pos, ctx in group:
                post, pos, ctx = post.loaded(), pos.loaded(), ctx.loaded()
                bigrams = [chr(k >> 16) + chr(k & 0xFFFF) for k in post.keys.tolist()]
                for bigram, run, prun, crun in zip(bigrams, run_texts(post), run_texts(pos),
                                                   run_texts(ctx)):
                    yield from placed(shards, pos_shards, bigram, run, prun, crun)
            yield from shard_texts("shards", shards, counts[0])
            yield from shard_texts("pos", pos_shards, counts[1])
    return ShardFiles(files(), sizes, counts)
