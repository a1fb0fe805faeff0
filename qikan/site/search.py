"""Search: split issues → the full-text search index of both editions, as static script files.

Takes the `SplitResult` of every issue and the built site folder (before it is swapped in);
writes the index that `theme_overrides/assets/javascripts/qikan-search.js` reads in the browser,
and gives a `SearchReport`.

The mechanism, and why (measured in bench/search.py, figures in docs/measurements.md):
- Material's built-in search ships the whole archive as one lunr index of jieba's words, loaded
  whole for any query (measured: 18 MB and 8 s to the first results at 1,000 articles, 71 MB and
  30 s at 4,000), misses phrases that cut across jieba's words, and fetches with XHR, which
  file:// forbids. Pagefind is chunked but also loads with fetch: nothing works offline.
  This index, positions included: 153 / 231 KB (median / max) and 0.2 / 0.5 s to the first
  results per query at 1,000 articles, on http and file://; 184 / 233 KB and 0.4 / 0.8 s at
  100,000 (bench/search_rebuild.py).
- qikan indexes every pair of adjacent Han characters (bigram). Any phrase of two or more Han
  characters is found whatever the word segmentation: its bigrams, at the right offsets, are
  all in the index. The unit of the index is a *segment* of an article — its title, its byline
  (authors, unit, section), or a 512-character slice of its body that overlaps the next by
  OVERLAP characters, so every phrase of up to OVERLAP + 1 characters lies whole inside one
  segment. A posting says "this bigram occurs in segment N"; a query intersects the postings
  of its bigrams, which narrows the candidates to the few segments where all of them occur,
  then checks the exact phrase against the text of just those segments (loaded TEXT_PACK
  segments, about 3.5 KB, per file), which also gives the snippet. Nothing per article is
  loaded that the result list does not show.
- The count is exact before the first result shows: a query of Han characters is checked
  against the positions of a *cover* of its bigrams in each candidate segment (search/pos/,
  sharded like the postings), so segments that hold its bigrams apart drop out before any
  text is loaded. A bigram covers its two characters; one that is not big (below) covers the
  characters before and after it too, as its positions keep each occurrence's neighbours
  (their code points less postings.CONTEXT_BASE). The browser picks the cover that costs the
  fewest bytes, from the lengths the shards give, so a common bigram (工作, 组织) is left out
  when rarer ones around it cover its characters. A query with other characters (Latin
  letters, digits) has its candidates checked against their text.
- Postings are sorted segment numbers, delta-coded as base-32 varints in an ASCII alphabet
  (one byte for most postings) and sharded by a hash of the bigram into SHARD_BYTES-sized
  script files (qikan/site/postings.py): a query loads only the shards of its bigrams. A big
  bigram (postings over postings.BIG_RUN characters: a thousand segments and more) has its
  postings and positions in files of their own (search/runs/, search/runpos/; the densest
  postings as a bitmap, six segments a character), its shard holding only their lengths: a
  query loads them only when its cover needs them, and the postings it intersects are those
  its shards hold and its cover's (at 100,000 articles: hundreds of KB a common bigram).
- A segment's article: the positions give each segment's place in its article (0 its title,
  1 its byline, 2… its body), so a query of Han characters groups its candidates by article
  and ranks them with nothing else; the article's number, which its title and URL are filed
  under, comes from the body counts of its block of BODY_BLOCK articles (search/bodies/),
  loaded for the results shown. A query of two characters, or with other characters, has
  no positions loaded and reads the blocks its candidates fall in (100 KB at 100,000
  articles when they fall everywhere).
- Every file is a script that calls a global registration function (`qikanSearch.shard(…)`),
  because `<script src>` works on file:// while fetch and XHR do not.
- Simplified and Traditional are one: every text is folded character by character with a
  table generated from OpenCC (fold.py: each Han character's OpenCC conversions, and the
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
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import opencc

from ..model import Article, SplitResult
from ..text import UNTITLED
from .fold import aligned_pairs, fold_table
from .hant import EDITION
from .postings import SEP, ShardFiles, batches, coded_bigrams, varints, whole_shards
from .search_append import (SearchState, added_shards, doc_digest, kept_docs, linked_files,
                            pair_set)
from .urls import article_path, issue_label, pinyin_key

SEGMENT = 512           # body characters per segment
OVERLAP = 63            # …plus this many of the next: phrases up to 64 characters never split
CHUNK = 16              # articles per metadata file
TEXT_PACK = 2           # body segments per text file: fewer files vs fewer bytes per result
BODY_BLOCK = 1024       # articles per file of body counts (search/bodies/)
# A Markdown escape the splitter added, e.g. `1\. 坚持` or `\*`.
MD_ESCAPE = re.compile(r"\\(.)")
# "## 一、问题的提出": the mark of a subhead the splitter made a heading (text.body_markdown)
HEADING_MARK = re.compile(r"^#{2,5} ", re.M)
HANT_DIR = EDITION  # the zh-Hant edition's folder (hant.py)
# "2015-10-01": a date whose year a filter offers ("" and undated issues offer none)
YEAR = re.compile(r"\d{4}")


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
    authors: tuple[str, ...] = ()


@dataclass
class SearchReport:
    docs: int
    segments: int
    shards: int
    index_bytes: int
    seconds: float
    state: SearchState | None = None  # what the next build may add to
    added_to: int = 0    # docs of the last index kept, when only the others' bigrams were coded


def plain_text(markdown: str) -> str:
    """The text a reader sees of a body the splitter escaped for Markdown (its subheads'
    `## ` marks left out)."""
    return html.unescape(MD_ESCAPE.sub(r"\1", HEADING_MARK.sub("", markdown)))


def in_doc_order(results: list[SplitResult]) -> list[SplitResult]:
    """Oldest issue first: an issue added at the archive's newest end leaves every earlier
    article's number, and so every earlier meta and text file, as it was (an incremental
    build and its zip keep them). qikan-search.js gives relevance ties to the higher numbers,
    the newest."""
    return sorted(results, key=lambda r: (r.issue.date or "", r.issue.id))


def search_docs(results: list[SplitResult]) -> list[SearchDoc]:
    """One entry per article, in doc order (`in_doc_order`); light results give no bodies."""
    docs = []
    for res in in_doc_order(results):
        for art in res.articles:
            docs.append(SearchDoc(
                url=article_path(res.issue.id, art)[:-3] + ".html",
                title=" ".join(x for x in (art.title or UNTITLED, art.subtitle) if x),
                byline=byline_text(art), issue=issue_label(res.issue),
                date=art.date or res.issue.date or "", body=plain_text(art.body),
                publication=res.issue.publication or "", section=art.section or "",
                authors=tuple(art.authors)))
    return docs


def byline_text(art: Article) -> str:
    return "　".join(x for x in ("、".join(art.authors), art.writer, art.unit, art.section) if x)


@dataclass
class Facets:
    """What the filters and the date sort read, for every article without loading its
    metadata: the distinct dates (ascending), publications and sections (most articles first),
    authors (in pinyin order, as the 作者 index lists them); per article three numbers in
    `codes` — its date's index, its publication's index + 1 and its section's index + 1
    (0: none) — and in `by_author` the number of its authors, then each one's index."""
    dates: list[str]
    publications: list[str]
    sections: list[str]
    authors: list[str]
    codes: np.ndarray
    by_author: np.ndarray


def facets(docs: list[SearchDoc]) -> Facets:
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
    authors = sorted({a for d in docs for a in d.authors}, key=lambda n: (pinyin_key(n), n))
    at_author = {v: i for i, v in enumerate(authors)}
    by_author = np.array([x for d in docs for x in (len(d.authors), *(at_author[a] for a in
                                                                      d.authors))], np.int64)
    return Facets(dates, pubs, sections, authors, codes, by_author)


def body_segments(body: str) -> list[str]:
    return [body[i:i + SEGMENT + OVERLAP] for i in range(0, len(body), SEGMENT)]


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


def start_edition(folder: Path, labels: dict[str, list[str]]) -> None:
    """An edition's folders, and its filters' publication, section and author names
    (search/facets.js)."""
    (folder / "meta").mkdir(parents=True)
    (folder / "text").mkdir()
    _write(folder / "facets.js", _script("facets", labels))


def write_docs(folder: Path, docs: list[SearchDoc], seg_texts: list[list[str]],
               first_body: list[int], start: int = 0) -> None:
    """Titles, bylines, URLs (search/meta/) and body segments (search/text/) of docs numbered
    from `start` (a multiple of CHUNK), in one edition."""
    for c in range(0, len(docs), CHUNK):
        rows = [[d.url, d.title, d.byline, d.issue, d.date] for d in docs[c:c + CHUNK]]
        chunk = (start + c) // CHUNK
        _write(folder / "meta" / f"{chunk}.js", _script("meta", chunk, rows))
    for first, texts in zip(first_body, seg_texts):
        for k in range(0, len(texts), TEXT_PACK):
            _write(folder / "text" / f"{first + k}.js",
                   _script("text", first + k, texts[k:k + TEXT_PACK]))


# docs converted and written at a time in the zh-Hant edition (a multiple of CHUNK): the
# edition's text is never held whole
HANT_DOCS = CHUNK * 256


def write_search_index(results: list[SplitResult], site_dir: Path, profile: str = "s2t",
                       fingerprint: str = "", last: SearchState | None = None,
                       last_site: Path | None = None,
                       whole: Callable[[SplitResult], SplitResult] | None = None,
                       split_keys: dict[str, str] | None = None) -> SearchReport:
    """Write search/ (shared index + Simplified edition) and zh-Hant/search/ into `site_dir`.

    With the `last` build's state and site (`last_site`), the docs that lead as they were are
    taken from it (search_append.py) and only the new ones are made: the files are the same.
    With `whole`, `results` are light (archive.light): `whole` gives an issue's split with its
    bodies, read an issue at a time for the docs that are made only, and `split_keys` what
    each issue's bodies are made of (cache.issue_key)."""
    start = time.perf_counter()
    ordered = in_doc_order(results)
    docs = search_docs(ordered)
    sources = [split_keys[r.issue.id] if split_keys else None for r in ordered
               for _ in r.articles]
    digests = [doc_digest(d.url, d.title, d.byline, d.issue, d.date, src or d.body,
                          d.publication, d.section, d.authors) for d, src in zip(docs, sources)]
    kept = kept_docs(last, digests, fingerprint, profile, last_site)
    # the docs written: all, or those from the meta chunk the first new doc goes into
    written = kept - kept % CHUNK
    if whole:
        _read_bodies(ordered, docs, written, len(docs), whole)
    fa = facets(docs)
    labels = {"publications": fa.publications, "sections": fa.sections, "authors": fa.authors}
    # Segment numbers: article i has its title at first[i], its byline at first[i]+1 and its
    # body from first[i]+2; the browser has a segment's place in its article from the
    # positions, else rebuilds `first` from the body counts (search/bodies/).
    bodies = (last.bodies[:written] if kept else []) + [
        -(-len(d.body) // SEGMENT) for d in docs[written:]]
    first = (np.cumsum([0] + [2 + b for b in bodies])).tolist()  # first[len(docs)]: the count
    segs = []
    for d in docs[written:]:  # held as its segments from here on (the earlier docs' not at all)
        segs.append(body_segments(d.body))
        d.body = ""
    root, hant_root = site_dir / "search", site_dir / HANT_DIR / "search"
    for folder in (root, hant_root):
        if folder.exists():
            shutil.rmtree(folder)
    cc = opencc.OpenCC(profile)
    hant_labels = iter(convert_all(cc, [x for names in labels.values() for x in names]))
    start_edition(root, labels)
    start_edition(hant_root, {k: [next(hant_labels) for _ in names] for k, names in labels.items()})
    pairs = _write_texts(root, hant_root, docs[written:], segs, first[written:], written, cc)
    shards = None
    if kept:
        for edition in (root, hant_root):
            linked_files(last_site / edition.relative_to(site_dir), edition,
                         {"meta": written // CHUNK, "text": first[written] + 2})
        last_pairs = pair_set(last.pairs)
        pairs |= last_pairs
        table = fold_table(pairs)
        if table == fold_table(last_pairs):  # else every segment is folded otherwise
            new = [x for d, ss in zip(docs[kept:], segs[kept - written:])
                   for x in (d.title, d.byline, *ss)]
            shards = added_shards(last_site / "search", coded_bigrams(
                new, table, first[kept], within=places(segs[kept - written:])), last)
    else:
        table = fold_table(pairs)
    if shards is None:
        if written:  # the earlier docs' segments, read again: the shards are made whole
            if whole:
                _read_bodies(ordered, docs, 0, written, whole)
            else:
                for d, again in zip(docs[:written], search_docs(ordered)):
                    d.body = again.body
            earlier = []
            for d in docs[:written]:
                earlier.append(body_segments(d.body))
                d.body = ""
            segs = earlier + segs
        index_segments = [x for d, ss in zip(docs, segs) for x in (d.title, d.byline, *ss)]
        within = places(segs)
        del segs
    with tempfile.TemporaryDirectory(prefix="qikan-postings-") as spill:
        if shards is None:
            shards = whole_shards(coded_bigrams(index_segments, table, spill=Path(spill),
                                                within=within))
            del index_segments
        size = _write_shards(root, shards, last_site / "search" if shards.added else None)
    # each article's body segments, BODY_BLOCK articles a file, and where each block starts:
    # what the browser reads to tell a segment's article when its positions do not
    (root / "bodies").mkdir()
    for b in range(0, len(bodies), BODY_BLOCK):
        counts, _ = varints(np.array(bodies[b:b + BODY_BLOCK], np.int64))
        size += _write(root / "bodies" / f"{b // BODY_BLOCK}.js",
                       _script("bodies", b // BODY_BLOCK, counts.tobytes().decode("ascii")))
    starts = np.diff(np.array(first[:len(bodies):BODY_BLOCK], np.int64), prepend=0)
    manifest = {"shards": shards.counts[0], "pos": shards.counts[1], "segment": SEGMENT,
                "overlap": OVERLAP, "chunk": CHUNK, "pack": TEXT_PACK,
                "docs": len(docs), "block": BODY_BLOCK,
                "blocks": varints(starts)[0].tobytes().decode("ascii"),
                "years": sorted({d[:4] for d in fa.dates if YEAR.match(d)}, reverse=True)}
    size += _write(root / "index.js", _script("index", manifest))
    # what only the filters and the date order read: loaded when one is chosen (at 100,000
    # articles it is most of the per-article bytes, which every query loaded before)
    columns = {"dates": fa.dates, "facets": varints(fa.codes)[0].tobytes().decode("ascii"),
               "authors": varints(fa.by_author)[0].tobytes().decode("ascii")}
    size += _write(root / "docs.js", _script("docs", columns))
    pairs_text = "".join(k + v for k, v in sorted(table.items()))
    size += _write(root / "fold.js", _script("fold", pairs_text))
    state = SearchState(fingerprint, profile, digests, bodies,
                        "".join(a + b for a, b in sorted(pairs)), shards.sizes, shards.counts)
    return SearchReport(len(docs), first[-1], shards.counts[0], size,
                        time.perf_counter() - start, state, kept if shards.added else 0)


def places(segs: list[list[str]]) -> np.ndarray:
    """Each segment's place in its article (0 the title, 1 the byline, 2… the body's), of
    articles whose body segments are `segs`."""
    return np.concatenate([np.arange(2 + len(ss)) for ss in segs] or [np.zeros(0, np.int64)])


def _read_bodies(ordered: list[SplitResult], docs: list[SearchDoc], lo: int, hi: int,
                 whole: Callable[[SplitResult], SplitResult]) -> None:
    """Give docs[lo:hi] (of light results, in doc order) their bodies (`whole`)."""
    n = 0
    for r in ordered:
        if lo < n + len(r.articles) and n < hi:
            for k, art in enumerate(whole(r).articles):
                if lo <= n + k < hi:
                    docs[n + k].body = plain_text(art.body)
        n += len(r.articles)


def _write_texts(root: Path, hant_root: Path, docs: list[SearchDoc], segs: list[list[str]],
                 first: list[int], start: int, cc: opencc.OpenCC) -> set[tuple[str, str]]:
    """The meta and text files of `docs` (numbered from `start`, a multiple of CHUNK; the
    first segment of each at `first`) in both editions; the (Simplified, Traditional) pairs of
    their conversion. The zh-Hant edition some docs at a time: every Simplified string
    converted once, which gives its text and the pairs that make the fold table agree with
    OpenCC's phrase conversion."""
    first_body = [f + 2 for f in first]
    write_docs(root, docs, segs, first_body, start)
    pairs: set[tuple[str, str]] = set()
    for c in range(0, len(docs), HANT_DOCS):
        part, part_segs = docs[c:c + HANT_DOCS], segs[c:c + HANT_DOCS]
        flat = [s for d, ss in zip(part, part_segs) for s in (d.title, d.byline, d.issue, *ss)]
        hant = convert_all(cc, flat)
        pairs |= aligned_pairs([(s, t) for s, t in zip(flat, hant) if len(s) == len(t) and s != t])
        hant_docs, hant_segs, it = [], [], iter(hant)
        for d, ss in zip(part, part_segs):
            title, byline, issue = next(it), next(it), next(it)
            hant_docs.append(SearchDoc(d.url, title, byline, issue, d.date, ""))
            hant_segs.append([next(it) for _ in ss])
        write_docs(hant_root, hant_docs, hant_segs, first_body[c:c + HANT_DOCS], start + c)
        del flat, hant, hant_docs, hant_segs
    return pairs


# the folders of the postings and positions files, and what each file calls
SHARD_CALLS = {"shards": "shard", "pos": "pos", "runs": "run", "runpos": "runpos"}


def _write_shards(root: Path, shards: ShardFiles, last_root: Path | None) -> int:
    """The postings and positions files into search/shards/, pos/, runs/ and runpos/ (a file
    given as None is none); with `last_root`, the last index's files that did not change are
    linked from it. Their size."""
    size = 0
    written: dict[str, set[int]] = {folder: set() for folder in SHARD_CALLS}
    for folder in SHARD_CALLS:
        (root / folder).mkdir()
    for folder, n, text in shards.files:
        if text is not None:
            size += _write(root / folder / f"{n}.js", _script(SHARD_CALLS[folder], n, text))
        written[folder].add(n)
    if last_root is not None:
        for folder, skip in written.items():
            size += linked_files(last_root, root, {folder: None}, skip=skip)
    return size
