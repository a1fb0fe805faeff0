"""Apparatus zone: a scholarly journal's apparatus lines (摘要, 关键词, 参考文献 …) → where a
field starts, which lines go on it, its value, and an author line's affiliation markers.

What furniture.py asks of each line while it strips a journal's pages: a label opens a field
(`apparatus_start`), the lines under it go on it while its shape says so (`continues_zone`),
and the field's lines make one value (`joined`). The labels themselves are data, in
apparatus_words.py. Written by hand: no library reads the apparatus of a Chinese journal
extracted as text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .apparatus_words import (APPARATUS_FIELDS, AUTHOR_MARKERS, LATIN_LINE, NAME_SPACE, REFERENCE_ITEM,
                              SUPERSCRIPT_DIGITS, ApparatusField)
from .vocabulary import Furniture

# "一、引言", "（一）", "1. 问题的提出", "引言", "0 引言": the body's first subhead ends a zone
SUBHEAD = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}\s*[.．、]\s*\S|"
                     r"0?\s*(引\s*言|前\s*言|导\s*论|问题的提出)$)")
FULL_STOP = re.compile(r"[.。]\s*$")
# "…［2026-01-10］.http://www.": an address cut where the line broke before its path, its dot no
# full stop ("…http://www.x.gov.cn/a.html." is whole: the reference ends there)
URL_CUT = re.compile(r"(https?://|www\.)[^\s/]*$")
# "…网格化治理［J］." (the journal's name on the next line): a reference's type mark and its dot
TYPE_MARK_END = re.compile(r"[［\[][A-Z]{1,2}(/[A-Z]{2})?[］\]]\s*[.．]\s*$")
CLOSED = re.compile(r"[.。)）]\s*$")
SEPARATOR_END = re.compile(r"[；;，,、]\s*$")
ABSTRACT_MAX = 1200  # characters: a longer "abstract" has run into the body
# "党员教育管理是党的建设的…": Chinese, which no English abstract's line holds
CHINESE_RUN = re.compile(r"[\u4e00-\u9fff]{4}")


@dataclass(frozen=True)
class ApparatusLine:
    line: int  # where it starts in the source
    last: int  # its last source line
    field: ApparatusField
    text: str  # the value, the label removed ("党建；组织力；基层治理")


def apparatus_start(text: str) -> tuple[ApparatusField, str] | None:
    for name, label in APPARATUS_FIELDS:
        m = label.match(text)
        if m:
            return name, text[m.end():].strip()
    return None


def continues_zone(name: ApparatusField, text: str, so_far: str, size: int,
                   furniture: Callable[[str], Furniture | None]) -> bool:
    """Whether a line goes on the apparatus zone opened above it. A zone ends at another
    label, at a line of furniture, at a numbered subhead; within that, an abstract runs on
    (up to a length no abstract has; an English one until a line of Chinese), a reference until it ends with a full stop, a keyword
    list while it breaks after a separator, an English title while it is English, the rest
    while the last line broke off mid-phrase."""
    # ("（1. 某市委党校 党建教研部，某市 531000；" / "2. 某县委组织部，某县 531300）": the second
    # affiliation's number is no subhead)
    if apparatus_start(text) or furniture(text) or SUBHEAD.match(text) and not (
            name == "affiliations" and SEPARATOR_END.search(so_far)):
        return False
    if name == "abstract_en" and CHINESE_RUN.search(text):
        return False    # (the Chinese body after the English apparatus, no blank line or label between)
    if name in ("abstract", "abstract_en"):
        return size < ABSTRACT_MAX
    if name == "references":
        return bool(REFERENCE_ITEM.match(text)) or not FULL_STOP.search(so_far) or bool(URL_CUT.search(so_far)) \
            or bool(TYPE_MARK_END.search(so_far))
    if name in ("title_en", "keywords_en"):
        return bool(LATIN_LINE.match(text)) and not FULL_STOP.search(so_far)
    if name == "keywords":
        return bool(SEPARATOR_END.search(so_far))
    if name in ("received", "doi"):
        return False
    return not CLOSED.search(so_far)


def joined(name: ApparatusField, texts: list[str]) -> str:
    if name == "references":
        return "\n".join(texts)
    sep = " " if name.endswith("_en") else ""
    return sep.join(t for t in texts if t)


def marked_authors(text: str) -> list[tuple[str, list[str]]] | None:
    """"张三1，李四1,2，王五2" (or "张三¹，李四¹,²") → [(张三, [1]), (李四, [1, 2]), (王五, [2])];
    None when the line is no such author line."""
    text = text.translate(SUPERSCRIPT_DIGITS)
    if re.search("[，,、]", text):   # names are set apart by commas: spaces are inside names
        text = NAME_SPACE.sub("", text)
    if not AUTHOR_MARKERS.match(text):
        return None
    return [(name, re.findall(r"\d", marks)) for name, marks in
            re.findall(r"([\u4e00-\u9fff·]{2,5})\s*(\d[\d,，]*|[*＊]+)?", text)]
