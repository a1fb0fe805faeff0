"""Search: split issues → the full-text search index of both editions, as static script files.

Takes the `SplitResult` of every issue and the built site folder (before it is swapped in);
writes the index that `theme_overrides/assets/javascripts/qikan-search.js` reads in the browser,
and gives a `SearchReport`.

The mechanism, and why (measured in bench/search.py, figures in README):
- Material's built-in search ships the whole archive as one lunr index of jieba's words, loaded
  whole for any query (measured: 18 MB and 8 s to the first results at 1,000 articles, 71 MB and
  30 s at 4,000), misses phrases that cut across jieba's words, and fetches with XHR, which
  file:// forbids. Pagefind is chunked but also loads with fetch: nothing works offline.
  This index: 124–224 KB and 0.3–0.9 s per query at both sizes, on http and file://.
- qikan indexes every pair of adjacent Han characters (bigram). Any phrase of two or more Han
  characters is found whatever the word segmentation: its bigrams, at the right offsets, are
  all in the index. The unit of the index is a *segment* of an article — its title, its byline
  (authors, unit, section), or a 512-character slice of its body that overlaps the next by
  OVERLAP characters, so every phrase of up to OVERLAP + 1 characters lies whole inside one
  segment. A posting says "this bigram occurs in segment N"; a query intersects the postings
  of its bigrams, which narrows the candidates to the few segments where all of them occur,
  then checks the exact phrase against the text of just those segments (loaded TEXT_PACK
  segments, about 3.5 KB, per file), which also gives the snippet. Nothing per article is loaded that the
  result list does not show.
- Postings are sorted segment numbers, delta-coded as base-32 varints in an ASCII alphabet
  (one byte for most postings) and sharded by a hash of the bigram into SHARD_BYTES-sized
  script files: a query loads only the shards of its bigrams. Every file is a script that
  calls a global registration function (`qikanSearch.shard(…)`), because `<script src>`
  works on file:// while fetch and XHR do not.
- Simplified and Traditional are one: every text is folded character by character with a
  table generated here from OpenCC (each Han character's OpenCC conversions, and the
  character pairs OpenCC's phrase conversion produces on this very archive, merged into
  classes each represented by its Simplified member). The table (only characters that
  change, a few tens of KB) is written as `search/fold.js`, so the browser folds a query
  exactly as the index was folded. Folding is one character to one, so offsets in folded
  text are offsets in the shown text (highlighting needs no mapping).
- Postings and the fold table are shared by both editions (`search/`); titles, snippets and
  result URLs are per edition: `search/meta/` and `search/text/` in Simplified,
  `zh-Hant/search/…` in Traditional (converted with the edition's OpenCC profile), with URLs
  relative to the edition's root.
Why by hand: no search library builds a static index that loads over file://; the index
itself is numpy sorting and varint coding, which keeps 4,000 articles well under 20 s.
"""
from __future__ import annotations

import html
import json
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import opencc

from ..model import Article, SplitResult
from ..text import UNTITLED
from .urls import article_path, issue_label

SEGMENT = 512           # body characters per segment
OVERLAP = 63            # …plus this many of the next: phrases up to 64 characters never split
CHUNK = 16              # articles per metadata file
TEXT_PACK = 2           # body segments per text file: fewer files vs fewer bytes per result
SHARD_BYTES = 12_000    # target size of one postings shard
MIN_SHARDS = 16         # shards of the smallest index (and the most passes that code them)
BATCH_CHARS = 1 << 20   # characters of text read at once into arrays of 8 bytes a character
PASS_CHARS = 1 << 23    # characters of text per pass of coding the postings
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"  # 0-31 last digit
HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # BMP: one JS char each
FOLD_PROFILES = ("t2s", "tw2s", "hk2s", "s2t", "s2tw", "s2hk")
SEP = "\ue000"          # joins texts for one OpenCC call; no dictionary contains it
# A Markdown escape the splitter added, e.g. `1\. 坚持` or `\*`.
MD_ESCAPE = re.compile(r"\\(.)")
# "## 一、问题的提出": the mark of a subhead the splitter made a heading (text.body_markdown)
HEADING_MARK = re.compile(r"^#{2,5} ", re.M)
HANT_DIR = "zh-Hant"


@dataclass
class SearchDoc:
    url: str            # relative to the edition's root
    title: str
    byline: str         # authors, unit, section: what the byline segment indexes
    issue: str
    date: str
    body: str           # plain text
    publication: str = ""
    section: str = ""


@dataclass
class SearchReport:
    docs: int
    segments: int
    shards: int
    index_bytes: int
    seconds: float


def plain_text(markdown: str) -> str:
    """The text a reader sees of a body the splitter escaped for Markdown (its subheads'
    `## ` marks left out)."""
    return html.unescape(MD_ESCAPE.sub(r"\1", HEADING_MARK.sub("", markdown)))


def search_docs(results: list[SplitResult]) -> list[SearchDoc]:
    """One entry per article, newest issue first (relevance ties go to the newest)."""
    docs = []
    ordered = sorted(results, key=lambda r: (r.issue.date or "", r.issue.id), reverse=True)
    for res in ordered:
        for art in res.articles:
            docs.append(SearchDoc(
                url=article_path(res.issue.id, art)[:-3] + ".html",
                title=" ".join(x for x in (art.title or UNTITLED, art.subtitle) if x),
                byline=byline_text(art), issue=issue_label(res.issue),
                date=art.date or res.issue.date or "", body=plain_text(art.body),
                publication=res.issue.publication or "", section=art.section or ""))
    return docs


def byline_text(art: Article) -> str:
    return "　".join(x for x in ("、".join(art.authors), art.writer, art.unit, art.section) if x)


def facets(docs: list[SearchDoc]) -> tuple[list[str], list[str], list[str], np.ndarray]:
    """What the filters and the date sort read, for every article without loading its
    metadata: the distinct dates (ascending), publications and sections (most articles first),
    and per article three numbers — its date's index, its publication's index + 1 and its
    section's index + 1 (0: none)."""
    def ranked(values: list[str]) -> list[str]:
        counts: dict[str, int] = {}
        for v in values:
            if v:
                counts[v] = counts.get(v, 0) + 1
        return sorted(counts, key=lambda v: (-counts[v], v))
    dates = sorted({d.date for d in docs})
    pubs, sections = ranked([d.publication for d in docs]), ranked([d.section for d in docs])
    at_date = {v: i for i, v in enumerate(dates)}
    at_pub = {v: i + 1 for i, v in enumerate(pubs)}
    at_sec = {v: i + 1 for i, v in enumerate(sections)}
    codes = np.array([x for d in docs for x in (at_date[d.date], at_pub.get(d.publication, 0),
                                                  at_sec.get(d.section, 0))], np.int64)
    return dates, pubs, sections, codes


def body_segments(body: str) -> list[str]:
    return [body[i:i + SEGMENT + OVERLAP] for i in range(0, len(body), SEGMENT)]


def is_han(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in HAN_RANGES)


# -- folding ------------------------------------------------------------------------------------
def fold_table(aligned: list[tuple[str, str]] = ()) -> dict[str, str]:
    """Han character → the Simplified representative of its class, for characters that change.

    Classes join each character with its single-character OpenCC conversions under every
    profile, and the (Simplified, Traditional) pairs of `aligned` texts, so that folding a text
    and folding its OpenCC conversion give the same string."""
    chars = [chr(c) for lo, hi in HAN_RANGES for c in range(lo, hi + 1)]
    parent: dict[str, str] = {}

    def find(c: str) -> str:
        while parent.get(c, c) != c:
            parent[c] = parent.get(parent[c], parent[c])
            c = parent[c]
        return c

    def union(a: str, b: str) -> None:
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    joined = "\n".join(chars)
    simplified = opencc.OpenCC("t2s").convert(joined).split("\n")
    to_simp = dict(zip(chars, simplified))
    for profile in FOLD_PROFILES:
        for a, b in zip(chars, opencc.OpenCC(profile).convert(joined).split("\n")):
            if a != b and len(b) == 1 and is_han(ord(b)):
                union(a, b)
    for a, b in aligned_pairs(aligned):
        union(a, b)
    classes: dict[str, list[str]] = {}
    for c in parent:
        classes.setdefault(find(c), []).append(c)
    table = {}
    for members in classes.values():
        votes = [to_simp.get(c, c) for c in members]
        rep = max(sorted(set(votes) & set(members)) or sorted(members), key=votes.count)
        table.update({c: rep for c in members if c != rep})
    return table


def aligned_pairs(aligned: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The distinct (Simplified, Traditional) Han character pairs that differ at the same
    offset of equally long texts."""
    out: set[tuple[str, str]] = set()
    for first, batch in batches([s for s, _ in aligned]):  # a batch of texts at a time
        part = aligned[first:first + len(batch)]
        simp = np.frombuffer("".join(s for s, _ in part).encode("utf-32-le"), np.uint32)
        trad = np.frombuffer("".join(t for _, t in part).encode("utf-32-le"), np.uint32)
        diff = (simp != trad) & _han_mask(simp) & _han_mask(trad)
        pairs = _distinct((simp[diff].astype(np.int64) << 32) | trad[diff])
        out |= {(chr(p >> 32), chr(p & 0xFFFFFFFF)) for p in pairs.tolist()}
    return out


# -- postings -----------------------------------------------------------------------------------
def _distinct(a: np.ndarray) -> np.ndarray:
    """Sorted distinct values (np.unique hashes first, which is slower here)."""
    a = np.sort(a)
    return a[np.r_[True, a[1:] != a[:-1]]] if len(a) else a


def _han_mask(a: np.ndarray) -> np.ndarray:
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


def batches(texts: list[str], chars: int | None = None):
    """(index of the first, texts) of consecutive runs of `texts` of about `chars` characters
    (BATCH_CHARS)."""
    chars = chars or BATCH_CHARS
    start, size = 0, 0
    for n, t in enumerate(texts):
        if size and size + len(t) > chars:
            yield start, texts[start:n]
            start, size = n, 0
        size += len(t) + 1
    if start < len(texts):
        yield start, texts[start:]


def bigram_pairs(segments: list[str], first: int, lut: np.ndarray, part: int,
                 parts: int) -> np.ndarray:
    """The distinct (bigram << 24 | segment number) of `segments` (numbered from `first`),
    folded by `lut`, sorted; only the bigrams whose `shard_of(…, parts)` is `part`."""
    cps = np.frombuffer(SEP.join(segments).encode("utf-32-le"), np.uint32).astype(np.int64)
    cps = np.where(cps < 0x10000, lut[np.minimum(cps, 0xFFFF)], cps)
    seg = np.cumsum(cps == ord(SEP)) + first
    han = _han_mask(cps)
    ok = np.flatnonzero(han[:-1] & han[1:])
    a, b = cps[ok], cps[ok + 1]
    if parts > 1:
        mine = shard_of(a, b, parts) == part
        a, b, ok = a[mine], b[mine], ok[mine]
    return _distinct(((a << 16 | b) << 24) | seg[ok])


def postings(pairs: np.ndarray) -> tuple[np.ndarray, bytes, np.ndarray]:
    """Sorted distinct (bigram << 24 | segment) → each bigram (ascending), its postings coded
    (delta varints, one byte string) and where each bigram's postings start in it."""
    keys, segs = pairs >> 24, pairs & 0xFFFFFF
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    delta = segs - np.r_[-1, segs[:-1]]
    delta[starts] = segs[starts] + 1
    coded, pos = varints(delta)
    return keys[starts], coded.tobytes(), pos[starts]


def build_shards(segments: list[str], table: dict[str, str],
                 passes: int | None = None) -> tuple[dict[int, str], int]:
    """Postings of every bigram of the segments folded by `table`, grouped into shards:
    {shard: "<bigram><varints>…"}, and the number of shards.

    Memory stays bounded as the archive grows: the text is read in batches of about
    BATCH_CHARS characters, and the bigrams are coded in `passes` rounds (a power of two, at
    most MIN_SHARDS; by default one per PASS_CHARS characters), each over the bigrams of one
    class of `shard_of(…, passes)`. Every shard's bigrams fall in one class (the number of
    shards is a multiple of `passes`), so the shards are the same whatever `passes` is."""
    if passes is None:
        total_chars = sum(len(t) for t in segments)
        passes = min(MIN_SHARDS, 1 << max(0, int(np.ceil(np.log2(max(total_chars, 1) /
                                                                  PASS_CHARS)))))
    lut = np.arange(0x10000, dtype=np.int64)
    lut[[ord(k) for k in table]] = [ord(v) for v in table.values()]
    coded = []  # per pass: bigrams, their postings, where each starts
    for part in range(passes):
        pairs = [bigram_pairs(batch, first, lut, part, passes)
                 for first, batch in batches(segments)]
        pairs = np.concatenate(pairs) if pairs else np.zeros(0, np.int64)
        pairs.sort()  # batches hold different segments: their pairs are distinct already
        if len(pairs):
            coded.append(postings(pairs))
        del pairs
    if not coded:
        return {}, MIN_SHARDS
    total = sum(len(raw) + 6 * len(ukeys) for ukeys, raw, _ in coded)
    shards = 1 << max(4, int(np.ceil(np.log2(max(total, 1) / SHARD_BYTES))))
    parts: dict[int, list[str]] = {}
    for ukeys, raw, starts in coded:
        ends = np.r_[starts[1:], len(raw)]
        a, b = ukeys >> 16, ukeys & 0xFFFF
        shard = shard_of(a, b, shards)
        for i in np.argsort(shard, kind="stable").tolist():
            parts.setdefault(int(shard[i]), []).append(
                chr(a[i]) + chr(b[i]) + raw[starts[i]:ends[i]].decode("ascii"))
    return {s: "".join(parts[s]) for s in sorted(parts)}, shards


# -- files --------------------------------------------------------------------------------------
def _script(call: str, *args) -> str:
    return f"qikanSearch.{call}(" + ",".join(
        json.dumps(a, ensure_ascii=False, separators=(",", ":")) for a in args) + ");\n"


def _write(path: Path, text: str) -> int:
    data = text.encode("utf-8")
    path.write_bytes(data)
    return len(data)


def convert_all(cc: opencc.OpenCC, texts: list[str]) -> list[str]:
    """`texts` through OpenCC, a batch of them per call (see hant.py: SEP never spans a
    phrase, so batches convert as one call would, without a copy of the archive at once)."""
    out = []
    for _, batch in batches(texts):
        done = cc.convert(SEP.join(batch)).split(SEP)
        out += done if len(done) == len(batch) else [cc.convert(t) for t in batch]
    return out


def write_edition(folder: Path, docs: list[SearchDoc], seg_texts: list[list[str]],
                  first_body: list[int], labels: dict[str, list[str]]) -> None:
    """Titles, bylines, URLs (search/meta/), body segments (search/text/) and the filters'
    publication and section names (search/facets.js) of one edition."""
    (folder / "meta").mkdir(parents=True)
    (folder / "text").mkdir()
    _write(folder / "facets.js", _script("facets", labels))
    for c in range(0, len(docs), CHUNK):
        rows = [[d.url, d.title, d.byline, d.issue, d.date] for d in docs[c:c + CHUNK]]
        _write(folder / "meta" / f"{c // CHUNK}.js", _script("meta", c // CHUNK, rows))
    for first, texts in zip(first_body, seg_texts):
        for k in range(0, len(texts), TEXT_PACK):
            _write(folder / "text" / f"{first + k}.js",
                   _script("text", first + k, texts[k:k + TEXT_PACK]))


def write_search_index(results: list[SplitResult], site_dir: Path,
                       profile: str = "s2t") -> SearchReport:
    """Write search/ (shared index + Simplified edition) and zh-Hant/search/ into `site_dir`."""
    start = time.perf_counter()
    docs = search_docs(results)
    segs = [body_segments(d.body) for d in docs]
    cc = opencc.OpenCC(profile)
    # Every Simplified string, converted once: the zh-Hant edition's text, and the pairs that
    # make the fold table agree with OpenCC's phrase conversion.
    flat = [s for d, ss in zip(docs, segs) for s in (d.title, d.byline, d.issue, *ss)]
    hant = convert_all(cc, flat)
    table = fold_table([(s, t) for s, t in zip(flat, hant) if len(s) == len(t) and s != t])
    dates, pubs, sections, codes = facets(docs)
    hant_labels = convert_all(cc, pubs + sections)
    hant_docs, hant_segs, it = [], [], iter(hant)
    for d, ss in zip(docs, segs):
        title, byline, issue = next(it), next(it), next(it)
        hant_docs.append(SearchDoc(d.url, title, byline, issue, d.date, ""))
        hant_segs.append([next(it) for _ in ss])
    # Segment numbers: article i has its title at first[i], its byline at first[i]+1 and its
    # body from first[i]+2; the browser rebuilds `first` from the body counts.
    index_segments, first_body, n = [], [], 0
    for d, ss in zip(docs, segs):
        index_segments += [d.title, d.byline, *ss]
        first_body.append(n + 2)
        n += 2 + len(ss)
    shards, nshards = build_shards(index_segments, table)

    root = site_dir / "search"
    for folder in (root, site_dir / HANT_DIR / "search"):
        if folder.exists():
            shutil.rmtree(folder)
    (root / "shards").mkdir(parents=True)
    size = 0
    for s, text in shards.items():
        size += _write(root / "shards" / f"{s}.js", _script("shard", s, text))
    counts, _ = varints(np.array([len(ss) for ss in segs], np.int64))
    manifest = {"shards": nshards, "segment": SEGMENT, "overlap": OVERLAP, "chunk": CHUNK,
                "pack": TEXT_PACK,
                "docs": len(docs), "bodies": counts.tobytes().decode("ascii"),
                "dates": dates, "facets": varints(codes)[0].tobytes().decode("ascii")}
    size += _write(root / "index.js", _script("index", manifest))
    pairs = "".join(k + v for k, v in sorted(table.items()))
    size += _write(root / "fold.js", _script("fold", pairs))
    write_edition(root, docs, segs, first_body, {"publications": pubs, "sections": sections})
    write_edition(site_dir / HANT_DIR / "search", hant_docs, hant_segs, first_body,
                  {"publications": hant_labels[:len(pubs)], "sections": hant_labels[len(pubs):]})
    return SearchReport(len(docs), n, nshards, size, time.perf_counter() - start)
