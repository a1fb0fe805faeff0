"""Kinds: lines → the kind of source they are, and each kind's test of a line for its furniture.

Takes the `Line`s repair kept; gives the `SourceKind` whose signature matches most of them
(`source_kind`) and, per kind, one function telling the furniture a line is (`furniture_of`),
the kind's table (vocabulary.py, apps.py, site_words.py, export_words.py) compiled into two
searches a line: most lines are furniture of no kind, and are tried once. Written by hand: the
tables are this project's data, and Python's `re` has no multi-pattern matcher.
"""
from __future__ import annotations

import functools
import re
from typing import Callable

from ..model import Line
from .apps import KIND_TABLES
from .vocabulary import GENERIC, Furniture, KindTable, SourceKind

KIND_SAMPLE = 40_000  # lines read to tell the kind (a 50 MB volume has a million)


def source_kind(lines: list[Line]) -> SourceKind:
    """The kind whose signature matches most lines, if it matches at least its minimum (else
    the kind whose opening line stands second in the text). The first `KIND_SAMPLE` lines
    decide: a kind's furniture shows on every page."""
    # (most lines match no kind's signature: they are tried once against all of them)
    every = _either(tuple(p for table in KIND_TABLES for p in table.signature + table.hints))
    sample = [t for l in lines[:KIND_SAMPLE] if l.text.strip() and every(t := l.text)]
    best, best_n = "generic", 0
    for table in KIND_TABLES:
        signed = _either(table.signature + table.hints)
        n = sum(1 for t in sample if signed(t))
        if n >= table.minimum and n > best_n and (not table.hints or any(map(_either(table.signature), sample))
                                                  or sum(any(h.search(t) for t in sample) for h in table.hints) >= 2):
            best, best_n = table.kind, n
    if best == "generic" and len(texts := [l.text.strip() for l in lines[:KIND_SAMPLE // 100] if l.text.strip()]) > 1:
        best = next((t.kind for t in KIND_TABLES if t.opening is not None and t.opening.match(texts[1])), best)
    return best


@functools.cache
def _either(patterns: tuple[re.Pattern, ...]) -> Callable[[str], bool]:
    """Whether any of the patterns is found in a line, as two patterns (one match and one
    search a line, not one a pattern): their alternatives held to a line's start ("^摘要"),
    tried there only, and the others, searched for. Joined bare ("A|B|C"), not each pattern
    in a group: each place the search tries costs less. (A search for no alternative at all
    would still try every place: it is left out.)"""
    alts = [a for p in patterns for a in _alternatives(p.pattern)]
    at_start = [a for a in alts if a.startswith("^")]
    others = [a for a in alts if not a.startswith("^")]
    start = re.compile("|".join(at_start)).match if at_start else None
    anywhere = re.compile("|".join(others)).search if others else None
    if start and anywhere:
        return lambda t: bool(start(t) or anywhere(t))
    return lambda t: bool((start or anywhere)(t))


def _alternatives(pattern: str) -> list[str]:
    """The pattern's alternatives at its top level ("^A|B" → "^A", "B")."""
    depth, escaped, in_class = 0, False, False
    starts = [0]
    for k, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            starts.append(k + 1)
    return [pattern[a:b - 1] for a, b in zip(starts, starts[1:] + [len(pattern) + 1])]


def table_of(kind: SourceKind) -> KindTable:
    return next((t for t in KIND_TABLES if t.kind == kind), GENERIC)


@functools.cache
def furniture_of(table: KindTable) -> Callable[[str], Furniture | None]:
    """The kind's test of a line: the first of its furniture the line is, or None (most
    lines: after one test of them all)."""
    # (a pattern whose line must hold some text, "印发", is tried only on a line that holds it:
    # a long run of Chinese before its last words would be tried on every line of text)
    found = _either(tuple(f.pattern for f in table.drop if not f.needs))
    needed = re.compile("|".join(re.escape(f.needs) for f in table.drop if f.needs) or "(?!)").search
    return lambda t: next((f for f in table.drop if f.needs in t and f.pattern.search(t)), None) \
        if found(t) or needed(t) else None


# every kind's combined tests built once at import, as the module's patterns are compiled (not
# while the first issue of a process is split)
source_kind([Line(1, "")])
for _table_of_kind in (*KIND_TABLES, GENERIC):
    furniture_of(_table_of_kind)
