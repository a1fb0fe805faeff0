"""Pipeline: issue bytes (+ sidecar metadata) → `SplitResult`, the splitter as one call.

Takes the raw bytes of an issue file, its name (for messages) and its `IssueMeta`; gives the
issue's articles, dropped lines and warnings by running ingest → repair → segment, or, when the
sidecar lists the issue's `articles:`, ingest → repair → the sidecar's split (by_sidecar.py).
`split_passes` also gives what the stages gave on the way (for `check`). Pure: the caller reads
the files, and nothing given is changed.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Dropped, IssueMeta, Line, SplitResult
from .by_sidecar import draft_articles_yaml, draft_ranges, split_by_sidecar
from .ingest import read_issue
from .repair import repair_lines
from .segment import split_issue


@dataclass(frozen=True)
class Passes:
    """One split and what its stages gave on the way."""
    text: str               # the decoded text (ingest)
    lines: list[Line]       # its numbered lines (ingest)
    kept: list[Line]        # the lines repair kept, repaired
    dropped: list[Dropped]  # the lines repair removed
    result: SplitResult


def split_passes(data: bytes, path: str, meta: IssueMeta, auto: bool = False) -> Passes:
    """The split (the sidecar's when it lists `articles:`, unless `auto`) and its stages."""
    text, lines = read_issue(data, path)
    kept, dropped = repair_lines(lines)
    if meta.articles and not auto:
        res = split_by_sidecar(meta, lines, kept, dropped, path)
    else:
        res = split_issue(meta, kept, dropped)
    return Passes(text, lines, kept, dropped, res)


def split_source(data: bytes, path: str, meta: IssueMeta) -> SplitResult:
    return split_passes(data, path, meta).result


def draft_sidecar_articles(data: bytes, path: str, meta: IssueMeta) -> str:
    """The automatic split of an issue as a sidecar `articles:` section to correct."""
    p = split_passes(data, path, meta, auto=True)
    return draft_articles_yaml(p.result, draft_ranges(p.result, p.kept), path)
