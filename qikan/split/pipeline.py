"""The splitter as one call: issue bytes (+ sidecar metadata) → `SplitResult`.

Takes the raw bytes of an issue file, its name (for messages) and its `IssueMeta`; gives the
issue's articles, dropped lines and warnings by running ingest → repair → furniture → segment
(or, for a scholarly journal or web pages, their headers: headed.py), or, when the sidecar lists the issue's `articles:`, ingest → repair → furniture → the sidecar's
split (overrides.py); the journal apparatus furniture set aside goes to its articles last.
Pure: the caller reads the files.
"""
from __future__ import annotations

from dataclasses import replace

from .headed import academic_headers, page_headers, split_headed
from .dates import issue_date
from .furniture import Furnished, attach_apparatus, strip_furniture
from .ingest import read_issue_lines
from ..model import Dropped, IssueMeta, Line, SplitResult
from .by_sidecar import draft_articles_yaml, draft_ranges, split_by_sidecar
from .repair import repair_lines
from .segment import split_issue


def _furnished(data: bytes, path: str) -> tuple[list[Line], Furnished, list[Dropped]]:
    lines = read_issue_lines(data, path)
    kept, dropped = repair_lines(lines)
    furnished = strip_furniture(kept)
    return lines, furnished, dropped + furnished.dropped


def _automatic(meta: IssueMeta, furnished: Furnished, dropped: list[Dropped]) -> SplitResult:
    """A scholarly journal or an organisation's web pages by their headers, when they print
    any; else the generic segmenter."""
    if furnished.kind in ("academic", "website"):
        if meta.date is None:
            meta = replace(meta, date=issue_date(furnished.lines, dropped))
        if furnished.kind == "academic":
            found = split_headed(meta, furnished.lines,
                                 academic_headers(furnished.lines, furnished.apparatus))
        else:  # a title block cannot reach across a breadcrumb or a page's buttons
            found = split_headed(meta, furnished.lines, page_headers(furnished.headers),
                                 {d.line for d in furnished.dropped} - set(furnished.headers))
        if found:
            articles, outside = found
            return SplitResult(meta, articles, sorted(dropped + outside, key=lambda d: d.line))
    return split_issue(meta, furnished.lines, dropped)


def split_source(data: bytes, path: str, meta: IssueMeta) -> SplitResult:
    lines, furnished, dropped = _furnished(data, path)
    if meta.articles:
        res = split_by_sidecar(meta, lines, furnished.lines, dropped, path)
    else:
        res = _automatic(meta, furnished, dropped)
    return replace(res, articles=attach_apparatus(res.articles, furnished.apparatus))


def draft_sidecar_articles(data: bytes, path: str, meta: IssueMeta) -> str:
    """The automatic split of an issue as a sidecar `articles:` section to correct."""
    _, furnished, dropped = _furnished(data, path)
    res = _automatic(meta, furnished, dropped)
    return draft_articles_yaml(res, draft_ranges(res, furnished.lines), path)
