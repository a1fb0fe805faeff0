"""Apparatus words: the vocabulary of a scholarly article's apparatus, as data.

The labels of its fields (摘要, 关键词, 参考文献, 基金项目, 收稿日期, 作者简介, DOI, the English
abstract and keywords, numbered affiliations, an English title), what a reference, an
affiliation and a line of English look like, and the marks after authors' names.
`furniture.py` sets the apparatus aside by them; `apparatus.py` gives it to the articles.
"""
from __future__ import annotations

import re
from typing import Literal

ApparatusField = Literal["abstract", "keywords", "references", "funding", "received", "bio",
                         "doi", "affiliations", "title_en", "abstract_en", "keywords_en",
                         "author_markers"]


# Apparatus labels, in the order they are tried; the value is what follows the label.
_LABEL = r"^[［\[【]?\s*{}\s*[］\]】]?\s*[:：]?\s*"
APPARATUS_FIELDS: tuple[tuple[ApparatusField, re.Pattern], ...] = (
    ("abstract", re.compile(_LABEL.format(r"(内容)?摘\s*要"))),
    ("keywords", re.compile(_LABEL.format(r"关\s*键\s*词"))),
    ("references", re.compile(_LABEL.format(r"参\s*考\s*文\s*献") + "$")),
    ("funding", re.compile(_LABEL.format(r"基金项目"))),
    ("received", re.compile(_LABEL.format(r"收稿日期"))),
    ("bio", re.compile(_LABEL.format(r"作者简介"))),
    # "[通讯作者]孔令仪，E-mail：…": the corresponding author, a note on the authors too
    ("bio", re.compile(_LABEL.format(r"通[讯信]作者"))),
    # "＊陆清源，某学院教研室主任、副教授。": an author's note in a footnote, by its asterisks
    ("bio", re.compile(r"^[*＊]{1,3}\s*(?=[\u4e00-\u9fff·]{2,5}\s*[，,（(])")),
    ("doi", re.compile(r"^DOI\s*[:：]\s*")),
    ("abstract_en", re.compile(r"^Abstract\s*[:：]\s*")),
    ("keywords_en", re.compile(r"^Key\s*words\s*[:：]\s*")),
    # "（1. 某大学 马克思主义学院，北京 100000；2. 某市委党校，某市 100000）", or without brackets
    # and places, two at least ("1.某大学马克思主义学院；2.某大学公共管理学院")
    ("affiliations", re.compile(r"^(?=[（(]\s*(1\s*[.．、]|.*\d{6})|1\s*[.．]\s*[\u4e00-\u9fff][^；;。，]{2,40}[；;]\s*2\s*[.．])"
                               r"(?=.*[\u4e00-\u9fff])")),
    # "Research on the Path of Strengthening …": an English title (function words in lower case)
    ("title_en", re.compile(r"^(?=[A-Z][A-Za-z0-9 ,:;'’\"“”\-–—?()]{10,}$)(?=.*\b(of|the|and|on|in|for|to|with|from)\b)")),
)
# "[1] 张三. 论基层党建[J]. …": a reference, numbered
# (or "①魏德川.新时代…[J]."; the circled numbers stand for 1–20)
REFERENCE_START = r"\s*(?:[\[［]\d{1,3}[\]］]|[①-⑳])"
REFERENCE_ITEM = re.compile("^" + REFERENCE_START)
# the references of a zone, one after the other, cut where each starts
REFERENCE_CUT = re.compile(r"\n(?=" + REFERENCE_START + ")")
# a line of English words
LATIN_LINE = re.compile(r"^[A-Za-z0-9 ,.:;'’\-–—?()&]+$")
# "张三1，李四1,2，王五2", "张三1*": names with affiliation markers (one at least)
# "陆清源＊ 班若琳＊＊": or asterisks alone, for footnotes
AUTHOR_MARKERS = re.compile(r"^(?=.*[\u4e00-\u9fff]\s*[\d*＊])([\u4e00-\u9fff·]{2,5}\s*(\d[\d,，]*[*＊]?|[*＊]{1,3})?"
                     r"\s*[，,、\s]\s*)*[\u4e00-\u9fff·]{2,5}\s*(\d[\d,，]*[*＊]?|[*＊]{1,3})?\s*$")
# "张 三1，李 四2": a layout space inside a name (between two Chinese characters)
NAME_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])")
# "，湖北 武汉 430072", ", 北京 100000": the place and postcode closing an affiliation
PLACE_POSTCODE = re.compile(r"[，,]\s*[\u4e00-\u9fff][\u4e00-\u9fff ]{1,12}?\s*\d{6}|\s*\d{6}")
# "张三¹，李四²": markers printed as superscript digits read as the digits they stand for
SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# "1. 某大学 马克思主义学院，北京 100000": one numbered affiliation
AFFILIATIONS = re.compile(r"(\d)\s*[.．、]\s*([^；;）)]+)")
