"""The splitter as one call: issue bytes (+ sidecar metadata) → `SplitResult`.

Takes the raw bytes of an issue file, its name (for messages) and its `IssueMeta`; gives the
issue's articles, dropped lines and warnings by running ingest → repair → furniture → segment,
or, when the sidecar lists the issue's `articles:`, ingest → repair → furniture → the sidecar's
split (overrides.py); the journal apparatus furniture set aside goes to its articles last.
Pure: the caller reads the files.
"""
from __future__ import annotations

from dataclasses import replace

from .furniture import attach_apparatus, strip_furniture
from .ingest import read_issue_lines
from ..model import IssueMeta, SplitResult
from .by_sidecar import draft_articles_yaml, draft_ranges, split_by_sidecar
from .repair import repair_lines
from .segment import split_issue


def split_source(data: bytes, path: str, meta: IssueMeta) -> SplitResult:
    lines = read_issue_lines(data, path)
    kept, dropped = repair_lines(lines)
    furnished = strip_furniture(kept)
    dropped = dropped + furnished.dropped
    if meta.articles:
        res = split_by_sidecar(meta, lines, furnished.lines, dropped, path)
    else:
        res = split_issue(meta, furnished.lines, dropped)
    return replace(res, articles=attach_apparatus(res.articles, furnished.apparatus))


def draft_sidecar_articles(data: bytes, path: str, meta: IssueMeta) -> str:
    """The automatic split of an issue as a sidecar `articles:` section to correct."""
    lines = read_issue_lines(data, path)
    kept, dropped = repair_lines(lines)
    res = split_issue(meta, kept, dropped)
    return draft_articles_yaml(res, draft_ranges(res, kept), path)
