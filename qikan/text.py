"""Text: the character classes and escapes both wings share, each written once.

Takes nothing, gives constants and small pure functions on strings: which characters are Chinese
(`HAN`, and the wider `HAN_ALL` with the supplementary planes), the marks that open a byline,
the column-label shape, the reader's word for an untitled article, the Han characters and
bigrams of a text, and `escape_markdown` (text → Markdown that renders it literally), used where
the text leaves for a page.
"""
from __future__ import annotations

import re

# CJK Unified Ideographs with extension A and the compatibility ideographs: "党", "㐀", "﨑".
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# HAN and the supplementary ideographic planes (extension B on): is there any Chinese at all
HAN_ALL = HAN + r"\U00020000-\U0002ffff"
# The unified block alone: the range a few older patterns were written with (the issue-label
# prefix "习近平：", captions "田如瑞摄", mastheads "宁夏党建"); widening them to HAN would change
# what they match, so it is a change of behaviour left for the splitter's rewrite (P10).
HAN_BASIC = r"\u4e00-\u9fff"
# "党的建设" in "加强党的建设，": runs of Chinese characters (counted by runs: faster)
HAN_RUN = re.compile(f"[{HAN}]+")
# "□ 王建国", "● 本刊评论员", "◆ 某市委组织部": the marks a byline line opens with
BYLINE_MARKS = "□●■◎◆◇○"
# "【卷首语】", " 【领导论坛】 ", "［统一战线理论］": a column label printed in brackets (square ones
# hold words only: "［12］" is a reference's number)
SECTION_LABEL = re.compile(r"^\s*(?:【+([^【】]{2,20})】+|［([\u4e00-\u9fff·、\s]{2,20})］)\s*$")
# the reader's word for an article with no title (page heading, citations, search)
UNTITLED = "（无题）"

# Python-Markdown honours a backslash only before these (elsewhere the backslash would show)
MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#!])")
# these have no backslash escape there: character references instead, so "<script>" is text
ENTITIES = {"<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;"}
ENTITY_RE = re.compile(r"[<>|~]")
# "- 党员", "+ 1", "1. 学习", "2) 研究", "===": a line that would start a list or a heading
MD_LINE_START = re.compile(r"^(\s*)(?:([-+])|(=)|(\d+)([.)]))")


def han(text: str | None) -> str:
    """The Chinese characters of a text, in order."""
    return "".join(HAN_RUN.findall(text or ""))


def bigrams(text: str | None) -> set[str]:
    """The character bigrams of a text's Chinese characters."""
    h = han(text)
    return {h[i:i + 2] for i in range(len(h) - 1)}


# The subhead ladder of Chinese official prose, each rung a heading level: "一、" → ##,
# "（一）" → ###, "1." → ####, "（1）" → #####; "第一章" → ##, "第一节" → ###.
LADDER = (
    (re.compile(r"^第[一二三四五六七八九十百]+[章部篇]"), 2),
    (re.compile(r"^第[一二三四五六七八九十百]+节"), 3),
    (re.compile(r"^[一二三四五六七八九十]+、"), 2),
    (re.compile(r"^[（(][一二三四五六七八九十]+[）)]"), 3),
    (re.compile(r"^\d{1,2}\s*[.．、](?!\d)"), 4),
    (re.compile(r"^[（(]\d{1,2}[）)]"), 5),
)
# a subhead is a phrase: no sentence inside or at its end, not too long
SUBHEAD_MAX = 40
SENTENCE_MARK = re.compile(r"[。！？；…]")


def subhead_level(text: str) -> int | None:
    """The heading level of a paragraph that is a numbered subhead ("一、当前农村基层党建工作存在
    的突出问题" → 2), or None: running text, even when it opens with a number."""
    t = text.strip()
    # (the cheap tests first: most paragraphs hold a sentence; no text shorter than the limit
    # holds more Chinese characters than it)
    if SENTENCE_MARK.search(t) or t.endswith(("，", "：", ",")) or len(t) > SUBHEAD_MAX and len(han(t)) > SUBHEAD_MAX:
        return None
    return next((level for rung, level in LADDER if rung.match(t)), None)


# "（一） 统筹整合资源，建强教育阵地，促进党员教育规范化。一是…": a run-in subhead, the
# paragraph's first sentence
RUN_IN = re.compile(r"^([^。！？]{4,60}?。)(?=\S)")
RUN_IN_LEVELS = (2, 3)  # "一、…。" and "（一）…。" run in; "1." items are lists, not heads


def body_markdown(paras: list[str]) -> str:
    """An article's paragraphs as its Markdown body: each escaped (it renders literally), a
    numbered subhead as a heading of its rung's level (the page's outline), a run-in one
    ("（一）…规范化。一是…") split from the paragraph it opens."""
    out = []
    for p in paras:
        level = subhead_level(p)
        run_in = RUN_IN.match(p) if level is None else None
        head_level = run_in and subhead_level(run_in.group(1)[:-1])
        if head_level in RUN_IN_LEVELS and len(han(run_in.group(1))) <= SUBHEAD_MAX:
            out += ["#" * head_level + " " + escape_markdown(run_in.group(1)),
                    escape_markdown(p[run_in.end():])]
        else:
            out.append("#" * level + " " + escape_markdown(p) if level else escape_markdown(p))
    return "\n\n".join(out)


def escape_markdown(text: str) -> str:
    """Text that Markdown renders literally: no HTML, no links, no lists or headings."""
    text = text.replace("&", "&amp;")
    text = MD_SPECIAL.sub(r"\\\1", text)
    text = ENTITY_RE.sub(lambda m: ENTITIES[m.group(0)], text)
    return MD_LINE_START.sub(lambda m: m.group(1) + (
        "\\" + m.group(2) if m.group(2) else "&#61;" if m.group(3)
        else m.group(4) + "\\" + m.group(5)), text)
