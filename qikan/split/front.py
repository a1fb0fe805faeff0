"""Front: the lines a collection prints before its first record or header → its own pieces.

Takes the lines an export of records (`fields.py`) or a run of papers with headers
(`headed.py`) leaves before its first piece; gives the pieces the generic segmenter finds
there that have a printed title and sentences (a foreword, a compiler's note), and the rest of
those lines set aside. Written by hand: it only chooses among what `segment.split_issue` gives.
"""
from __future__ import annotations

from ..model import Article, Dropped, IssueMeta, Line
from .articles import SENTENCE_STOP
from .layout import han_count
from .segment import split_issue

# a foreword before the first record holds at least this many Chinese characters of sentences
FRONT_HAN_MIN = 30


def front_pieces(meta: IssueMeta, before: list[Line]) -> tuple[list[Article], list[Dropped]]:
    """What a collection prints before its first record or header (`before`): its own text
    ("编印说明", "前言" over its paragraphs, signed by the office) read as any issue's, each piece
    with a printed title and sentences an article; the cover's and an export's header lines
    are set aside, "before the first article"."""
    if not before:
        return [], []
    res = split_issue(meta, before, [])
    pieces = [a for a in res.articles if not a.title_derived and any(c in a.body for c in SENTENCE_STOP)
              and han_count(a.body) >= FRONT_HAN_MIN]
    held = {n for a in pieces for lo, hi in a.lines for n in range(lo, hi + 1)}
    return pieces, [d for d in res.dropped if d.line in held] + [
        Dropped(l.no, l.text, "before the first article", "before-first") for l in before if l.no not in held]
