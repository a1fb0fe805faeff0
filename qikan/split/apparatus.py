"""Apparatus: the journal apparatus `furniture.strip_furniture` set aside + the segmented
articles → each article with its `Apparatus` (abstract, keywords, references, funding, dates,
English title and abstract, per-author units).

Takes the `ApparatusLine` records (a field, its source lines, its text) and the articles; gives
the articles again, each record given to the article whose lines surround it (or, for a header
zone between a title block and its body, to the next; for references after a body, to the one
that ended last before them), an article's unit, when it printed none, from its numbered
affiliations or its authors' footnotes. Pure. Written by hand: no library parses the apparatus
of CNKI-style extractions.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Apparatus, Article
from .apparatus_zone import ApparatusLine
from .apparatus_words import AFFILIATIONS, PLACE_POSTCODE, REFERENCE_CUT


def numbered_units(text: str) -> dict[str, str]:
    """"（1. 某大学 马克思主义学院，北京 100000；2. 某市委党校，某市 100000）" → {"1": "某大学马克思主义
    学院", "2": "某市委党校"}: the numbered units, place and postcode left out; an unnumbered
    "（某大学 马克思主义学院，北京 100000）" is unit "1"."""
    found = AFFILIATIONS.findall(text) or [("1", text.strip("（()）"))]
    out = {}
    for num, unit in found:
        unit = PLACE_POSTCODE.split(unit)[0]
        out[num] = re.sub(r"\s+", "", unit).strip("，,；;（）()")
    return out


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in re.split(r"[；;，,、]\s*", text) if x.strip())


def _apparatus_of(records: list[ApparatusLine], authors: list[str]) -> Apparatus:
    by: dict[str, str] = {}
    for r in records:
        by[r.field] = by[r.field] + "\n" + r.text if r.field in by else r.text
    units = numbered_units(by["affiliations"]) if "affiliations" in by else {}
    marks = dict(x.split(":", 1) for x in by.get("author_markers", "").split("；") if ":" in x)
    author_units = tuple("；".join(units[m] for m in marks.get(a, "").split(",") if m in units)
                         for a in authors) if units and marks else ()
    refs = tuple(r for r in REFERENCE_CUT.split(by.get("references", "")) if r.strip())
    return Apparatus(
        abstract=by.get("abstract"), keywords=_split_list(by.get("keywords", "")),
        references=tuple(" ".join(r.split("\n")) for r in refs), funding=by.get("funding"),
        received=by.get("received"), bio=by.get("bio"), doi=by.get("doi"),
        affiliations=tuple(units.values()),
        author_units=author_units if any(author_units) else (),
        title_en=by.get("title_en"), abstract_en=by.get("abstract_en"),
        keywords_en=_split_list(by.get("keywords_en", "")))


# "陆清源，江城社会主义学院统战理论教研室主任、副教授。": an author's footnote (after its
# asterisks), the name and where the author works, nothing else (a 作者简介 with a birth year,
# a sex or research fields is no unit)
FOOTNOTE_UNIT = re.compile(r"^([\u4e00-\u9fff·]{2,5})[，,]\s*([^，,。；;（(]{4,40})。?$")


def _footnoted_units(bio: str | None, authors: list[str]) -> str | None:
    """The authors' units from their footnotes, in the authors' order, or None."""
    found = dict(m.groups() for line in (bio or "").split("\n") if (m := FOOTNOTE_UNIT.match(line.strip())))
    units = [found[a] for a in authors if a in found]
    return "；".join(units) if units and len(units) == len(authors) else None


def attach_apparatus(articles: list[Article], apparatus: list[ApparatusLine]) -> list[Article]:
    """Each apparatus record given to the article whose lines surround it, else (a header
    zone between a title block and its body) to the next article, else (references after a
    body) to the one that ended last before it; an article's unit, when it has none, from
    its numbered affiliations."""
    if not apparatus or not articles:
        return articles
    spans = [(min(f for f, _ in a.lines), max(l for _, l in a.lines)) for a in articles]
    given: dict[int, list[ApparatusLine]] = {}
    for ap in apparatus:
        inside = [i for i, (f, l) in enumerate(spans) if f <= ap.line <= l]
        before = [i for i, (f, l) in enumerate(spans) if l < ap.line]
        after = [i for i, (f, l) in enumerate(spans) if f > ap.line]
        trailing = ap.field in ("references", "received", "funding", "bio")
        if inside:
            i = inside[-1]
        elif before and (trailing or not after):
            i = max(before, key=lambda k: spans[k][1])
        else:
            i = min(after, key=lambda k: spans[k][0])
        given.setdefault(i, []).append(ap)
    out = []
    for i, a in enumerate(articles):
        if i not in given:
            out.append(a)
            continue
        ap = _apparatus_of(given[i], a.authors)
        unit = a.unit or ("；".join(ap.affiliations) if ap.affiliations else None) \
            or _footnoted_units(ap.bio, a.authors)
        out.append(replace(a, apparatus=ap, unit=unit))
    return out
