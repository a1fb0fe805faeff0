"""Stories: a daily's stories as `newspaper.split_newspaper` gathers them → articles.

Takes a `Story` (its headline lines, byline lines, body lines, closing credits, column label)
and gives its `Article` — headline and deck or kicker, the byline read from the lines over the
lead, the lead's credit or the closing one, paragraphs joined where a flush line goes on the
indented one — with the lines it places outside it; and gives each article the column of its
page's head where it prints none of its own. Written by hand: no library reads a newspaper's
title block.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from ..model import Article, Dropped, IssueMeta, Line
from ..text import body_markdown, han
from .articles import TITLE_MARK, headline_column, line_ranges
from .blocks import DASH_SUBTITLE, WRAPPED_AFTER, headline_parts, kicker_over, quote_open
from .byline import INLINE_END, Byline, credit_closes, lead_credit, parse_head_byline, unit_and_name, wrapped_byline
from .columns import NOTES_COLUMNS
from .end_lines import parse_end_line
from .layout import column_label
from .names import clean_name, has_surname, is_name
from .paragraph_marks import BRIEF, Opens

# "…早解决。（祁云　澄州市委党校教授）": a bracket closing the last paragraph, maybe its writer
CLOSING_NOTE = re.compile(r"(?<=[。！？”])[（(][^（）()]{2,40}[）)]$")
BYLINE_MAX = 20


@dataclass
class Story:
    """A story as the page's lines are read: its headline (and deck, and bylines set under it),
    its body lines, its closing credits and the labels naming its column."""
    head: list[Line]
    by: Byline | None = None    # the closing credit's byline, or a poet's note
    body: list[Line] = field(default_factory=list)
    ends: list[Line] = field(default_factory=list)
    brief: bool = False
    section: str | None = None
    labels: list[Line] = field(default_factory=list)

    @property
    def key(self) -> str:
        return re.sub(r"\s+", "", self.head[0].text) if self.head else ""


def head_byline(text: str) -> Byline | None:
    """A byline under a headline: "本报记者 王明", "本报评论员", or a lead's credit printed flush
    on a line of its own ("本报讯（记者 柴伟 通讯员 欧阳洁）"; indented, it opens the lead)."""
    credit = lead_credit(text)
    if re.sub(r"\s+", "", text) in NOTES_COLUMNS:
        return None     # "记者手记": a column's name, no reporter's
    if credit and credit[1] == len(text):
        return credit[0]
    if len(text.split()) == 2 and (by := unit_and_name(text)) is not None:
        return by   # "澄州大学马克思主义学院　甄真"
    return parse_head_byline(text)


def page_columns(articles: list[Article], pages: list[tuple[int, str]]) -> list[Article]:
    """The articles, each printing no column of its own given its page's name ("第5版 理论":
    理论) from the page head over its first line — or, when the heads are printed at the
    pages' feet (the first after the first article's start, the last after the last's), from
    the head under it."""
    starts = [no for no, _ in pages]
    firsts = [min(f for f, _ in a.lines) for a in articles]
    # (both the first head under the first article and the last under the last: a page of
    # advertisements, no article under its head, is no sign)
    foot = bool(firsts) and bool(starts) and starts[0] > min(firsts) and starts[-1] > max(firsts)
    out = []
    for a, first in zip(articles, firsts):
        k = bisect.bisect_left(starts, first) if foot else bisect.bisect_right(starts, first) - 1
        name = pages[k][1] if 0 <= k < len(pages) else ""
        out.append(replace(a, section=name) if a.section is None and name else a)
    return out


# "聚焦基层治理“最后一米”", "锚定高质量发展　夯实基层堡垒": a 引题 naming what the news serves;
# "我市推进…", "全县…": a news headline opening with the place the news is of
KICKER_OPENS = re.compile(r"^(聚焦|着眼|锚定|围绕|立足|紧扣)")
NEWS_SUBJECT = re.compile(r"^(我|全)(省|市|县|区|州|镇|乡)")
# characters a headline's line may be shorter than the 引题 over it
KICKER_SLACK = 4


def _kicker(first: str, second: str) -> bool:
    """Whether a story's first head line is its 引题 over the headline's (first) line: it opens
    as a 引题 does and the line under it is no shorter remainder of it (a headline wrapped in a
    column leaves its shorter part below), or the headline under it opens as news does ("我市
    新建…": no remainder of a line opens so)."""
    return bool(KICKER_OPENS.match(first) and len(han(second)) >= len(han(first)) - KICKER_SLACK
                or NEWS_SUBJECT.match(second)) \
        and not WRAPPED_AFTER.search(first) and not quote_open(first)


def byline_lines(head: list[Line]) -> list[Line]:
    """The lines of a story's head that are its bylines: those read as one, but for a line right
    over a "——" deck, the headline's last ("让党旗在“家门口”" / "高高飘扬" / "——论…之三"), and
    the first line of a byline wrapped in the column."""
    return [l for k, l in enumerate(head) if (head_byline(l.text.strip()) or Byline()).authors
            and not _over_deck(head, l) or k + 1 < len(head) and wrapped_byline(l.text, head[k + 1].text)]


def _over_deck(head: list[Line], l: Line) -> bool:
    k = head.index(l)
    return k + 1 < len(head) and DASH_SUBTITLE.match(head[k + 1].text.strip()) is not None


def story_article(meta: IssueMeta, order: int, s: Story, opens: Opens) -> tuple[Article, list[Dropped]]:
    """The story's article, and what of its lines is dropped: the column printed before its
    headline ("短评｜…"), labels over it that name no column of it."""
    bylines = byline_lines(s.head)
    heads = [l for l in s.head if l not in bylines]
    # "王强" under the headline: a commentary's bare author line, not a headline's second line
    bare = [l for l in heads[1:] if is_name(l.text) and has_surname(clean_name(l.text)) and not _over_deck(s.head, l)]
    heads = [l for l in heads if l not in bare]
    by = Byline()
    wrapped = None   # the byline read from a line and the one under it
    for l, nxt in zip(bylines, bylines[1:] + [None]):
        if wrapped is not None:     # (its second line: read with the first)
            wrapped = None
            continue
        got = wrapped = wrapped_byline(l.text, nxt.text) if nxt is not None else None
        got = got or head_byline(l.text.strip())
        by = Byline(by.authors + got.authors, by.role or got.role, by.unit or got.unit)
    if bare:    # (with a byline as well: another author's)
        by = Byline(by.authors + [clean_name(l.text) for l in bare], by.role, by.unit, by.writer)
    if not by.authors and s.body and (credit := lead_credit("".join(l.text.strip() for l in s.body[:2]))):
        by = credit[0]  # (the credit may wrap onto the lead's second line)
    if not by.authors and s.by:
        by = s.by
    elif s.by:  # "（作者单位：某市委党校）" under a signed piece: its unit
        by = Byline(by.authors, by.role, by.unit or s.by.unit, by.writer or s.by.writer)
    paras: list[str] = []
    for l in s.body:  # an indented line opens a paragraph, a flush one goes on the last
        t = l.text.strip()
        # ("…学习。（通讯员　华" / "　婉）": a credit wrapped where its name's space was, no paragraph)
        if paras and (not opens(l) or credit_closes(t, paras[-1])):
            paras[-1] += t
        else:
            paras.append(t)
    if s.brief:
        paras[0] = BRIEF.match(paras[0]).group(1)
    if not by.authors and paras and (credit := INLINE_END.search(paras[-1]) or CLOSING_NOTE.search(paras[-1])):
        by = parse_end_line(credit.group(0)) or by   # "…参加培训。（记者 袁子涵）", "…早解决。（祁云　某党校教授）"
    texts = [TITLE_MARK.sub("", l.text.strip()) for l in heads]
    if len(texts) == 2 and not DASH_SUBTITLE.match(texts[1]) and kicker_over(texts[0], texts[1]):
        title, subtitle = texts[1], texts[0]    # a 引题 over its headline, no deck under them
    elif len(texts) >= 2 and not DASH_SUBTITLE.match(texts[1]) and _kicker(texts[0], texts[1]):
        title, deck = headline_parts(texts[1:], news=True)
        subtitle = " ".join(x for x in (texts[0], deck) if x)
    else:
        title, subtitle = headline_parts(texts, news=True)
    section, title, prefix = headline_column(title, heads[0].no, s.section) if heads else (s.section, title, None)
    nos = [l.no for l in s.labels + s.head + s.body + s.ends]
    # the labels over the story that name no column of it (another's, printed over it)
    apart = [Dropped(l.no, l.text, f"column label or running head: {column_label(l.text) or l.text.strip()}",
                     "column-label") for l in s.labels if han(l.text) != han(section or "")]
    nos = [n for n in nos if n not in {d.line for d in apart}]
    return Article(
        id=f"{meta.id}-{order:03d}", order=order, title=title,
        body=body_markdown(paras), lines=line_ranges(nos),
        subtitle=subtitle, authors=by.authors, role=by.role, unit=by.unit, section=section,
        kind="brief" if s.brief or (title is None and len(paras) <= 1) else "article",
        date=meta.date), apart + ([prefix] if prefix is not None else [])
