"""Newspaper: a daily's furnished page lines → its stories, commentaries and briefs.

Takes what `furniture.strip_furniture` left of an issue it read as `newspaper` (page heads,
editors' lines, captions and jump marks already dropped) and gives its articles, or None when
the pages do not mark paragraphs (then the generic segmenter reads them). A daily sets every
paragraph indented — or, in a text extracted without indents, one paragraph to a line longer
than any headline — so what stands flush left and short is not body:

- a run of short flush lines is a headline, its second line the deck (subtitle);
- a flush byline under it ("本报评论员", "本报记者 某某") is the story's byline, a credit
  opening the lead ("本报讯（记者 某某）") or closing the story ("（记者 某某 通讯员 某某）")
  likewise;
- a flush "■ …" paragraph is an untitled brief of its own;
- a headline printed again further on is the same story continued from another page
  ("（上接第1版）", a jump mark the furniture stage dropped): its paragraphs join the story;
  printed without its headline, the text after a "上接" mark goes on the first story still
  waiting since its "下转" mark.
Written by hand: no library splits an extracted newspaper page into stories.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace
from typing import Callable, Literal

from ..model import Article, Dropped, IssueMeta, Line
from ..text import body_markdown, han
from .articles import TITLE_MARK, line_ranges
from .blocks import DASH_SUBTITLE, headline_parts, kicker_over
from .byline import (INLINE_END, Byline, clean_name, has_surname, is_name, lead_credit,
                     parse_end_line, parse_head_byline)
from .layout import PUNCTUATION, SENT_END, column_label

# "　　本报讯…" (ingest leaves one space of the indent): an indented paragraph
INDENTED = re.compile(r"^[\u3000\s]")
# "■ 桐山县驰援湖北的…": a brief set flush with its mark
BRIEF_MARKS = "■●◆▲□"
BRIEF = re.compile(rf"^[{BRIEF_MARKS}]\s*(\S.*)$")
# "■本报讯日前，白沙镇…", "■3月10日，县机关工委…": a brief's opening words, a comma after them
# (a marked headline has none)
BRIEF_OPENING = re.compile(r"^.{1,16}[，,]")
# "■ 东乡区日前启动“千名党员", "■ 桐山县5月8日召开": a place and when, a brief's first words
# wrapped before any comma (a marked headline says no when)
BRIEF_DATED = re.compile(rf"^[{BRIEF_MARKS}]\s*[\u4e00-\u9fff]{{2,8}}?(近日|日前|近期|\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)")
# a flush line that ends a sentence is text, not a headline
SENTENCE = re.compile(r"[。！？；，]$")
# "记者手记": a column of the reporter's notes, over its title (no byline: "记者 手记")
NOTES_COLUMNS = frozenset({"记者手记", "采访手记", "编辑手记"})
# a line that may end its paragraph (a comma never does: the line under it goes on with it)
PARAGRAPH_END = re.compile(r"[。！？；]$")
# a line's first character that belongs to the end of the line before (a PDF's wrap)
WRAPPED_PAUSE = "，、；：。,;:"
# "本报讯…", "本网讯（通讯员 某某）…", "本报北塘5月7日电（记者 某某）…": a lead, which opens a story
LEAD = re.compile(r"^\s*(本报|本网)讯|^\s*本报[^\s，。]{0,8}\d{1,2}\s*日\s*电")
HEADLINE_MAX = 40
# lines set in a column: most at one width (give or take), and a share of them indented
COLUMN_MIN, COLUMN_LINES_MIN, COLUMN_SLACK, INDENTED_COLUMN_SHARE = 10, 12, 1, 0.1
BYLINE_MAX = 20
# a column's name over a headline: 2–6 characters, and the headline at least 4 longer
LABEL_HAN, LABEL_SHORTER = (2, 6), 4
INDENTED_SHARE = 0.6  # of the long lines: a daily indents (nearly) every paragraph
# a narrow column set without indents: at most this wide, and this share of the lines within a
# character of its width
FLUSH_WIDTH_MAX, FLUSH_SHARE = 24, 0.5
# "本报讯", "本报记者 某某", "本报评论员": the paper's own people, on a daily's page
PAPERS_OWN = re.compile(r"^\s*(本报|本网)")
PARAGRAPH_LINES_SHARE = 1 / 3  # of the lines with text: paragraphs a line make most of a page
PARAGRAPH_LINE = re.compile(rf"^(?=\s*[^■●◆▲□\s]).{{{HEADLINE_MAX + 1},}}$")


class _Story:
    def __init__(self, title_lines: list[Line]):
        self.head = title_lines
        self.by: Byline | None = None
        self.by_lines: list[Line] = []
        self.body: list[Line] = []
        self.ends: list[Line] = []
        self.brief = False
        self.section: str | None = None
        self.labels: list[Line] = []

    @property
    def key(self) -> str:
        return re.sub(r"\s+", "", self.head[0].text) if self.head else ""


def _in_columns(kept: list[Line]) -> bool:
    """The text keeps the hard line ends of the pages' columns ("　　在担任省长时率先在全国推进
    服务型政" / "府建设，…", no line longer than a headline) and indents its paragraphs."""
    lines = [l for l in kept if len(l.text.strip()) >= COLUMN_MIN]
    indented = sum(bool(INDENTED.match(l.text)) for l in lines)
    return len(lines) >= COLUMN_LINES_MIN and indented >= INDENTED_COLUMN_SHARE * len(lines)


def _labels_taken(pending: list[Line]) -> tuple[str, list[Line]] | None:
    """The column labels opening the flush lines waiting (taken out of `pending`): the last
    one's name and line ("【要闻简报】", "简 讯", "学思践悟" over a longer headline), or None."""
    label = None
    while pending and (name := column_label(pending[0].text) or _short_label(pending)):
        label = (name, [pending.pop(0)])
    return label


def _short_label(pending: list[Line]) -> str | None:
    """"学思践悟" over "把调查研究作为基本功": a short word of a column over a longer headline (not
    its deck, not a byline) names the column."""
    if len(pending) < 2 or DASH_SUBTITLE.match(pending[1].text) or (_head_byline(pending[1].text.strip())
                                                          or Byline()).authors:
        return None
    first, second = pending[0].text.strip(), pending[1].text.strip()
    if " " in first or not LABEL_HAN[0] <= len(han(first)) <= LABEL_HAN[1] or \
            len(han(second)) < len(han(first)) + LABEL_SHORTER:
        return None
    return first


def _head_byline(text: str) -> Byline | None:
    """A byline under a headline: "本报记者 王明", "本报评论员", or a lead's credit printed flush
    on a line of its own ("本报讯（记者 柴伟 通讯员 欧阳洁）"; indented, it opens the lead)."""
    credit = lead_credit(text)
    if re.sub(r"\s+", "", text) in NOTES_COLUMNS:
        return None     # "记者手记": a column's name, no reporter's
    return credit[0] if credit and credit[1] == len(text) else parse_head_byline(text)


def _column(story: _Story) -> int:
    """The width of the column a story is set in: its longest body line."""
    return max(len(l.text.strip()) for l in story.body)


# a line opens a paragraph (the text's lines, in order, decide: see `_paragraph_marks`)
Opens = Callable[[Line], bool]


def _paragraph_marks(kept: list[Line]) -> tuple[Opens, bool, set[int] | None] | None:
    """How the pages mark a paragraph's first line — indented; or (text extracted without its
    indents, one paragraph a line) a long line ending a sentence; or (set in a narrow column
    without indents) a line with punctuation under a short line ending a sentence — whether
    the text keeps its columns' hard line ends, and (in a narrow column without indents, where
    every other line goes on a paragraph) the lines that are a headline's; None when they do
    not mark paragraphs."""
    long = [l for l in kept if len(l.text.strip()) > HEADLINE_MAX]
    if not long:
        if _in_columns(kept):
            return _marked(INDENTED), True, None
        return _flush_column(kept)
    if sum(bool(INDENTED.match(l.text)) for l in long) >= INDENTED_SHARE * len(long):
        return _marked(INDENTED), False, None
    # "本报讯（记者 某某）近日，…全面推开。": a line longer than a headline ending a sentence is
    # a paragraph of its own, where the text lost its indents
    if sum(bool(SENT_END.search(l.text.rstrip())) for l in long) >= INDENTED_SHARE * len(long) \
            and len(long) >= PARAGRAPH_LINES_SHARE * sum(bool(l.text.strip()) for l in kept):
        return _marked(PARAGRAPH_LINE), False, None
    return None


def _marked(pattern: re.Pattern) -> Opens:
    return lambda line: bool(pattern.match(line.text))


def _flush_column(kept: list[Line]) -> tuple[Opens, bool, set[int]] | None:
    """A text set in a narrow column without indents (most lines within a character of one
    width): a paragraph opens on a line with punctuation (or a lead, or a ■ brief) right under
    a line ending a sentence short of the column; a line without punctuation there is a
    headline's."""
    lines = [l for l in kept if l.text.strip()]
    widths = Counter(len(l.text.strip()) for l in lines if len(l.text.strip()) >= COLUMN_MIN)
    if not widths:
        return None
    width = widths.most_common(1)[0][0]
    near = sum(n for w, n in widths.items() if abs(w - width) <= 1)
    if width > FLUSH_WIDTH_MAX or len(lines) < COLUMN_LINES_MIN or near < FLUSH_SHARE * len(lines) \
            or not any(PAPERS_OWN.match(l.text) for l in lines):
        return None     # (a magazine's page numbers make no daily: its own reporters do)
    openers: set[int] = set()
    heads: set[int] = set()
    free = True     # a paragraph has ended (or the lines between were furniture): what next?
    for p, l in zip([None] + lines, lines):
        t = l.text.strip()
        ended = p is not None and bool(SENT_END.search(p.text.rstrip()))
        if p is not None and (l.no > p.no + 1 or ended and len(p.text.strip()) < width) \
                or ended and not PUNCTUATION.search(t) and len(t) < width - 1:
            free = True     # (a short line without punctuation after a sentence: a headline)
        if free and (PUNCTUATION.search(t) or LEAD.match(t) or BRIEF.match(t)):
            openers.add(l.no)
            free = False
        elif free:
            heads.add(l.no)     # a headline's line, or a byline: never a paragraph going on
    return (lambda line: line.no in openers), True, heads


def _credit_closes(body: list[Line]) -> bool:
    """The body's last line closes a credit ("…的温暖。（记者 郭晓" / "通讯员 韩东）")."""
    return bool(INLINE_END.search(body[-1].text)
                or len(body) > 1 and INLINE_END.search(body[-2].text.strip() + body[-1].text.strip()))


def split_newspaper(meta: IssueMeta, kept: list[Line],
                    jumps: list[tuple[int, Literal["out", "in"]]] = ()
                    ) -> tuple[list[Article], list[Dropped]] | None:
    """The stories in the order they start, and the lines placed outside them (`jumps`: the
    lines of the jump marks the furniture stage dropped, and their direction)."""
    marks_found = _paragraph_marks(kept)
    if marks_found is None:
        return None
    opens, columns, heads = marks_found
    marks = sorted(jumps)
    waiting: list[_Story] = []  # stories jumped out ("下转"), in the order they did
    resume: _Story | None = None  # the story a "上接" mark takes up again
    stories: list[_Story] = []
    by_title: dict[str, _Story] = {}
    cur: _Story | None = None
    pending: list[Line] = []  # flush short lines not yet known to be a headline
    label: tuple[str, list[Line]] | None = None  # a column label waiting for its stories
    outside: list[Dropped] = []
    for line in (l for l in kept if l.text.strip()):
        t = line.text.strip()
        # a mark cut out of this line: "下转" closed it (comes after its text), "上接" opened it
        while marks and (marks[0][0] < line.no or marks[0] == (line.no, "in")):
            if marks.pop(0)[1] == "in":
                resume = waiting.pop(0) if waiting else None
            elif cur and cur.body:
                waiting.append(cur)
                cur = None
        if resume is not None and re.sub(r"\s+", "", t) not in by_title:
            if not pending:  # the story's text goes on, its headline not printed again
                cur = resume
                cur.body.append(line)
                resume = None
                continue
            resume = None
        if cur and cur.body and not pending and not opens(line) and not BRIEF.match(t) and (
                heads is not None and line.no not in heads or heads is None and (
                not PARAGRAPH_END.search(cur.body[-1].text.strip()) and not _credit_closes(cur.body)
                # (a sentence closed by a quote, "…补短板。”", and a line without punctuation
                # under it: a headline, not the paragraph going on)
                and not (SENT_END.search(cur.body[-1].text.rstrip()) and not PUNCTUATION.search(t))
                # set in a column: a flush line right under a full one goes on its paragraph
                or columns and line.no == cur.body[-1].no + 1
                and len(cur.body[-1].text.strip()) >= _column(cur) - COLUMN_SLACK)) \
                and not parse_end_line(t):
            cur.body.append(line)  # a paragraph wrapped onto a flush line
            continue
        brief = t[:1] in BRIEF_MARKS and BRIEF.match(t)
        if brief and (len(t) > HEADLINE_MAX or SENTENCE.search(t) or BRIEF_OPENING.search(t)
                      or BRIEF_DATED.match(t)):
            # (indented or not) not a marked headline: a brief, maybe wrapped in a column
            label = _labels_taken(pending) or label   # "简 讯" over it
            pending = []
            story = _Story([])
            story.brief = True
            story.body.append(line)
            stories.append(story)
            story.section, story.labels = (label[0], label[1]) if label else (None, [])
            if label:
                label = (label[0], [])
            cur = story if len(t) <= HEADLINE_MAX else None
            continue
        # a short paragraph of one sentence under a headline opens its story too
        wrapped = t[:1] in WRAPPED_PAUSE
        if opens(line) or pending and (SENTENCE.search(t) or wrapped):
            # "在石溪县柳湾村的文化广场上" over "，八十三岁的…": a line whose comma wrapped onto
            # the next is the story's first line, not its headline's last
            first = [pending.pop()] if len(pending) > 1 and wrapped else []
            taken = _labels_taken(pending)
            labelled = taken is not None
            label = taken or label
            if pending:  # a headline (and deck) over a new story, or a story continued
                key = re.sub(r"\s+", "", pending[0].text)
                cur = by_title.get(key) if key in by_title and by_title[key].body else None
                if cur is None:
                    cur = _Story(pending)
                    stories.append(cur)
                    by_title.setdefault(cur.key, cur)
                    # a label names the column of the one story under it (not of a story
                    # after the briefs it named)
                    cur.section, cur.labels = label if label and label[1] else (None, [])
                    label = None
                else:  # the continuation's headline, printed again
                    outside += [Dropped(l.no, l.text, "heading printed twice", "heading-twice")
                                for l in pending]
                pending = []
            elif cur is not None and cur.body and (LEAD.match(t) or labelled):
                cur = None  # a lead (a brief of a column: "本报讯 …") or a label opens the next story
            if cur is None:
                cur = _Story([])
                stories.append(cur)
                # untitled briefs under a label are all of its column
                cur.section, cur.labels = (label[0], label[1]) if label else (None, [])
                if label:
                    label = (label[0], [])
            if cur.head and not cur.body and not first and len(t) <= BYLINE_MAX \
                    and not SENTENCE.search(t) and (parse_head_byline(t) or Byline()).authors:
                cur.head.append(line)   # "　　本报记者 王明": the byline set as a paragraph
                continue
            cur.body += first + [line]
            continue
        end = parse_end_line(t)
        if end and cur is not None and cur.body and not pending:
            cur.ends.append(line)
            cur.by = cur.by or end
            continue
        head_by = _head_byline(t) if pending else None
        if head_by and head_by.authors:  # "本报评论员" under the headline
            pending.append(line)
            continue
        if len(t) <= HEADLINE_MAX and not SENTENCE.search(t):
            pending.append(line)
            continue
        (cur.body if cur else pending).append(line)
    outside += [Dropped(l.no, l.text, "title block without a body", "orphan-title")
                for l in pending]
    for story in stories:  # the lines read into the fields: bylines and closing credits
        outside += [Dropped(l.no, l.text, "byline of a title block, parsed into the article's "
                            "fields", "title-byline") for l in story.head
                    if (_head_byline(l.text.strip()) or Byline()).authors]
        outside += [Dropped(l.no, l.text, "end line, parsed into the article's fields",
                            "end-line") for l in story.ends]
        # "■花溪镇开展党员冬训": the bullet sets a brief's headline off, it is no word of it
        outside += [Dropped(l.no, mark.group(0).strip(), "bullet before a title", "title-mark")
                    for l in story.head if (mark := TITLE_MARK.match(l.text.strip()))
                    and not (_head_byline(l.text.strip()) or Byline()).authors]
    return [_article(meta, n, s, opens) for n, s in enumerate(stories, 1)], outside


def page_columns(articles: list[Article], pages: list[tuple[int, str]]) -> list[Article]:
    """The articles, each printing no column of its own given its page's name ("第5版 理论":
    理论) from the page head over its first line."""
    starts = [no for no, _ in pages]
    out = []
    for a in articles:
        k = bisect.bisect_right(starts, min(f for f, _ in a.lines)) - 1
        name = pages[k][1] if k >= 0 else ""
        out.append(replace(a, section=name) if a.section is None and name else a)
    return out


def _article(meta: IssueMeta, order: int, s: _Story, opens: Opens) -> Article:
    heads = [l for l in s.head if not (_head_byline(l.text.strip()) or Byline()).authors]
    bylines = [l for l in s.head if l not in heads]
    # "王强" under the headline: a commentary's bare author line, not a headline's second line
    bare = [l for l in heads[1:] if is_name(l.text) and has_surname(clean_name(l.text))]
    heads = [l for l in heads if l not in bare]
    by = Byline()
    for l in bylines:
        got = _head_byline(l.text.strip())
        by = Byline(by.authors + got.authors, by.role or got.role, by.unit or got.unit)
    if not by.authors and bare:
        by = Byline(authors=[clean_name(l.text) for l in bare])
    if not by.authors and s.body and (credit := lead_credit("".join(l.text.strip() for l in s.body[:2]))):
        by = credit[0]  # (the credit may wrap onto the lead's second line)
    if not by.authors and s.by:
        by = s.by
    elif s.by:  # "（作者单位：某市委党校）" under a signed piece: its unit
        by = Byline(by.authors, by.role, by.unit or s.by.unit, by.writer or s.by.writer)
    paras: list[str] = []
    for l in s.body:  # an indented line opens a paragraph, a flush one goes on the last
        t = l.text.strip()
        if paras and not opens(l):
            paras[-1] += t
        else:
            paras.append(t)
    if s.brief:
        paras[0] = BRIEF.match(paras[0]).group(1)
    if not by.authors and paras and (credit := INLINE_END.search(paras[-1])):
        by = parse_end_line(credit.group(0)) or by   # "…参加培训。（记者 袁子涵）"
    texts = [TITLE_MARK.sub("", l.text.strip()) for l in heads]
    if len(texts) == 2 and not DASH_SUBTITLE.match(texts[1]) and kicker_over(texts[0], texts[1]):
        title, subtitle = texts[1], texts[0]    # a 引题 over its headline, no deck under them
    else:
        title, subtitle = headline_parts(texts, news=True)
    nos = [l.no for l in s.labels + s.head + s.body + s.ends]
    return Article(
        id=f"{meta.id}-{order:03d}", order=order, title=title,
        body=body_markdown(paras), lines=line_ranges(nos),
        subtitle=subtitle, authors=by.authors, role=by.role, unit=by.unit, section=s.section,
        kind="brief" if s.brief or (title is None and len(paras) <= 1) else "article",
        date=meta.date)
