"""Pipeline: issue bytes (+ sidecar metadata) → `SplitResult`, the splitter as one call.

Takes the raw bytes of an issue file, its name (for messages) and its `IssueMeta`; gives the
issue's articles, dropped lines and warnings by running ingest → repair → furniture → segment
(or, for an export of labelled records, its fields: fields.py; for a scholarly journal or an
organisation's web pages, their printed headers: headed.py; for a daily's pages, their
indented paragraphs: newspaper.py), or, when the sidecar lists the issue's `articles:`, ingest → repair → furniture →
the sidecar's split (by_sidecar.py); the journal apparatus the furniture stage set aside goes
to its articles last. `split_passes` also gives what the stages gave on the way (for `check`).
Pure: the caller reads the files, and nothing given is changed.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass, replace

from ..model import Dropped, IssueMeta, Line, SplitResult
from .confidence import article_confidences
from .by_sidecar import draft_articles_yaml, draft_ranges, split_by_sidecar
from .dates import issue_date
from .apparatus import attach_apparatus
from .furniture import Furnished, strip_furniture
from .fields import split_fields
from .markdown import split_markdown
from .headed import academic_headers, page_headers, split_headed
from .ingest import read_issue
from .newspaper import split_newspaper
from .stories import page_columns
from .slides import split_slides
from .subtitles import split_subtitles
from .json_export import split_json_export
from .table_export import split_table
from .repair import repair_lines
from .script import simplified_shadow
from .segment import split_issue
from .site_words import PAGE_SIZES


@dataclass(frozen=True)
class Passes:
    """One split and what its stages gave on the way."""
    text: str               # the decoded text (ingest)
    lines: list[Line]       # its numbered lines (ingest)
    kept: list[Line]        # the lines repair and the furniture stage kept
    dropped: list[Dropped]  # the lines they removed
    result: SplitResult


def _automatic(meta: IssueMeta, furnished: Furnished, dropped: list[Dropped]) -> SplitResult:
    """An export of labelled records by its fields; a scholarly journal or an organisation's
    web pages by their headers, a daily by its indented paragraphs, when they print them; else
    the generic segmenter."""
    if (found := split_fields(meta, furnished.lines)) is not None:
        articles, outside = found
        return SplitResult(meta, articles, sorted(dropped + outside, key=lambda d: d.line))
    if furnished.kind == "markdown" and (found := split_markdown(meta, furnished.lines)) is not None \
            or furnished.kind == "slides" and (found := split_slides(meta, furnished.lines)) is not None \
            or furnished.kind == "subtitles" and (found := split_subtitles(meta, furnished.lines)) is not None:
        articles, outside = found
        return SplitResult(meta, articles, sorted(dropped + outside, key=lambda d: d.line))
    if furnished.kind in ("academic", "website", "newsapp", "forum", "newspaper"):
        if meta.date is None:
            meta = replace(meta, date=issue_date(furnished.lines, dropped))
        if furnished.kind == "newspaper":
            found = split_newspaper(meta, furnished.lines, furnished.jumps)
        elif furnished.kind == "academic":
            found = split_headed(meta, furnished.lines,
                                 academic_headers(furnished.lines, furnished.apparatus))
        else:  # a title block cannot reach across a breadcrumb or a page's buttons (but those
            # that size its text, printed between a digital paper's title and its date line)
            texts = {d.line: d.text for d in furnished.dropped}
            found = split_headed(meta, furnished.lines, page_headers(furnished.headers, texts),
                                 {d.line for d in furnished.dropped if not PAGE_SIZES.search(d.text)}
                                 - set(furnished.headers))
        if found:
            articles, outside = found
            return SplitResult(meta, page_columns(articles, furnished.pages),
                               sorted(dropped + outside, key=lambda d: d.line))
    res = split_issue(meta, furnished.lines, dropped, furnished.columns, furnished.entries, furnished.jumps)
    return replace(res, articles=page_columns(res.articles, furnished.pages)) if furnished.pages else res


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector paused while one issue is split (unless the caller
    paused it): a split makes hundreds of thousands of records (lines, classified lines,
    dropped lines, units) that live until it returns and make almost no cycles, and the
    collector would go through them all again and again for nothing (a tenth of the split's
    time on bench/split_speed.py's issues). The few cycles a split leaves (a unit and its
    title block) go at the first collection after it."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def split_passes(data: bytes, path: str, meta: IssueMeta, auto: bool = False) -> Passes:
    """The split (the sidecar's when it lists `articles:`, unless `auto`) and its stages.
    An issue in Traditional characters is split in its Simplified shadow (the splitter's
    vocabulary is Simplified) and given back in its own characters; the sidecar's split
    reads the source as printed, as the editor who wrote its titles did."""
    with _collector_paused():
        return _split_passes(data, path, meta, auto)


def _split_passes(data: bytes, path: str, meta: IssueMeta, auto: bool) -> Passes:
    text, lines = read_issue(data, path)
    sidecar = bool(meta.articles) and not auto
    shadow, restorer = (lines, None) if sidecar else simplified_shadow(lines)
    if not sidecar and (table := split_table(meta, shadow) or split_json_export(meta, shadow)) is not None:
        # a table or a JSON export, read as the export wrote it (repair would turn its commas
        # into the text's "，"): no page's furniture, no layout
        res = SplitResult(meta, table[0], sorted(table[1], key=lambda d: d.line))
        res = replace(res, articles=[replace(a, confidence=c) for a, c in zip(res.articles, article_confidences(res))])
        if restorer is None:
            return Passes(text, lines, shadow, res.dropped, res)
        return Passes(text, lines, restorer.lines(shadow), restorer.result(res).dropped, restorer.result(res))
    kept, dropped = repair_lines(shadow)
    furnished = strip_furniture(kept, marks=[d.line for d in dropped if d.code == "page-mark"])
    dropped = dropped + furnished.dropped
    if sidecar:
        res = split_by_sidecar(meta, lines, furnished.lines, dropped, path)
    else:
        res = _automatic(meta, furnished, dropped)
        res = replace(res, articles=[replace(a, confidence=c) for a, c in
                                     zip(res.articles, article_confidences(res))])
    res = replace(res, articles=attach_apparatus(res.articles, furnished.apparatus))
    if restorer is None:
        return Passes(text, lines, furnished.lines, dropped, res)
    return Passes(text, lines, restorer.lines(furnished.lines),
                  restorer.result(SplitResult(meta, [], dropped)).dropped, restorer.result(res))


def split_source(data: bytes, path: str, meta: IssueMeta) -> SplitResult:
    return split_passes(data, path, meta).result


def draft_sidecar_articles(data: bytes, path: str, meta: IssueMeta) -> str:
    """The automatic split of an issue as a sidecar `articles:` section to correct."""
    p = split_passes(data, path, meta, auto=True)
    return draft_articles_yaml(p.result, draft_ranges(p.result, p.kept), path)
