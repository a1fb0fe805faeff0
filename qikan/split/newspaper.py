"""Newspaper: a daily's furnished page lines → its stories, commentaries and briefs.

Takes what `furniture.strip_furniture` left of an issue it read as `newspaper` (page heads,
editors' lines, captions and jump marks already dropped) and gives its articles, or None when
the pages do not mark paragraphs (`paragraph_marks` tells how they do; without marks the
generic segmenter reads them). This module reads the lines into `stories.Story`s; `stories.py`
makes each an article. A daily sets every paragraph indented — or, in a text extracted
without indents, one paragraph to a line longer than any headline — so what stands flush left
and short is not body:

- a run of short flush lines is a headline, its second line the deck (subtitle);
- a flush byline under it ("本报评论员", "本报记者 某某") is the story's byline, a credit
  opening the lead ("本报讯（记者 某某）") or closing the story ("（记者 某某 通讯员 某某）")
  likewise;
- a flush "■ …" paragraph is an untitled brief of its own, a marked short name ("■ 校园简讯")
  the column of the briefs under it;
- a supplement's poem (short unpunctuated lines under its title and the poet's name) is text,
  one line to a paragraph;
- a headline printed again further on is the same story continued from another page
  ("（上接第1版）", a jump mark the furniture stage dropped): its paragraphs join the story;
  printed without its headline, the text after a "上接" mark goes on the first story still
  waiting since its "下转" mark.
Written by hand: no library splits an extracted newspaper page into stories.
"""
from __future__ import annotations

import re
from typing import Literal

from ..model import Article, Dropped, IssueMeta, Line
from ..text import han
from .articles import TITLE_MARK
from .blocks import DASH_SUBTITLE
from .byline import Byline, credit_closes, parse_head_byline
from .end_lines import parse_end_line
from .names import clean_name, is_name
from .layout import EDNOTE, PUNCTUATION, SENT_END, column_label
from .paragraph_marks import BRIEF, BRIEF_MARKS, COLUMN_SLACK, HEADLINE_MAX, LEAD, line_step, paragraph_marks
from .stories import BYLINE_MAX, CLOSING_NOTE, Story, byline_lines, head_byline, story_article

# "■本报讯日前，白沙镇…", "■3月10日，县机关工委…": a brief's opening words, a comma after them
# (a marked headline has none)
BRIEF_OPENING = re.compile(r"^.{1,16}[，,]")
# "■ 东乡区日前启动“千名党员", "■ 桐山县5月8日召开": a place and when, a brief's first words
# wrapped before any comma (a marked headline says no when)
BRIEF_DATED = re.compile(rf"^[{BRIEF_MARKS}]\s*[\u4e00-\u9fff]{{2,8}}?(近日|日前|近期|\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)")
# a flush line that ends a sentence is text, not a headline
SENTENCE = re.compile(r"[。！？；，]$")
# "什么是“全周期管理”？" under "理论热点": a question as a headline (no pause inside), flush over
# an indented answer
QUESTION_HEAD = re.compile(r"^[^，。；！,;]{4,24}[？?]$")
# a line that may end its paragraph (a comma never does: the line under it goes on with it)
PARAGRAPH_END = re.compile(r"[。！？；]$")
# "【编后】", "编后语": the editors' afterword under a story, the story's last words
AFTERWORD = re.compile(r"^[【\[]?\s*编\s*后(语|记|感言)?\s*[】\]]?$")
# a line's first character that belongs to the end of the line before (a PDF's wrap)
WRAPPED_PAUSE = "，、；：。,;:"
# a column's name over a headline: 2–6 characters, and the headline at least 4 longer
LABEL_HAN, LABEL_SHORTER = (2, 6), 4


def _closed(story: Story) -> bool:
    """The story's last line ends a sentence or closes a credit ("…商量。（据岚城区委" / "组织部）")."""
    last = story.body[-1].text.strip() if story.body else ""
    before = story.body[-2].text.strip() if len(story.body) >= 2 else ""
    return bool(last) and (SENT_END.search(last) is not None or CLOSING_NOTE.search(before + last) is not None)


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
    if len(pending) < 2 or DASH_SUBTITLE.match(pending[1].text) or (head_byline(pending[1].text.strip())
                                                          or Byline()).authors:
        return None
    first, second = pending[0].text.strip(), pending[1].text.strip()
    if " " in first or not LABEL_HAN[0] <= len(han(first)) <= LABEL_HAN[1] or \
            len(han(second)) < len(han(first)) + LABEL_SHORTER:
        return None
    return first


# "（数学与统计学院学生党员）", "（作者系某县退休教师）": the poet's unit or standing, under the poem
POET_NOTE = re.compile(r"^[（(](?:作者系|作者单位[：:])?([^（）()]{2,30})[）)]$")
# a poem: at least this many lines, each this short and without punctuation, under its title
# and its poet's name
VERSE_LINES_MIN, VERSE_MAX = 6, 16


def _verses(kept: list[Line]) -> set[int]:
    """The lines of the poems ("写给入党那一天" / "林　溪" / "那一天" / "我举起右拳" / …): a run of
    short lines without punctuation or brackets whose second, third or fourth line is a byline —
    the lines after it, up to the poet's closing line, are verse (text, though shaped like
    headlines)."""
    lines = [l for l in kept if l.text.strip()]
    out: set[int] = set()
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and len(t := lines[j].text.strip()) <= VERSE_MAX \
                and not PUNCTUATION.search(t) and t[:1] not in "（(":
            j += 1
        run = lines[k:j]
        by = next((i for i, l in enumerate(run[1:4], 1) if _poet(l.text.strip())), None)
        if by is not None and len(run) - by - 1 >= VERSE_LINES_MIN:
            out.update(l.no for l in run[by + 1:])
        k = max(j, k + 1)
    return out


def _poet(text: str) -> bool:
    """"林　溪", "文/林溪": a name under a title, as a poem is signed."""
    return bool((head_byline(text) or Byline()).authors) or is_name(clean_name(text))


def _over_reporters(kept: list[Line]) -> set[int]:
    """The lines of a headline (one or two lines, no sentence's end) right over a reporter's
    byline ("芷江镇“党员联户”化解" / "矛盾纠纷" / "本报记者　孟　澜"): never a paragraph going on,
    however full the line before them."""
    lines = [l for l in kept if l.text.strip()]
    out: set[int] = set()
    for k, l in enumerate(lines):
        t = l.text.strip()
        if k and len(t) <= BYLINE_MAX and t[:1] in "本记" and (by := head_byline(t)) is not None \
                and by.role and by.authors:
            for h in lines[max(0, k - 2):k][::-1]:
                if len(h.text.strip()) > HEADLINE_MAX or SENTENCE.search(h.text.strip()) \
                        or SENT_END.search(h.text.strip()) or "。" in h.text:
                    break   # (a brief's last line, "…意见建议。（蓝天宇）", is no headline's)
                out.add(h.no)
    return out


def _column(story: Story) -> int:
    """The width of the column a story is set in: its longest body line."""
    return max(len(l.text.strip()) for l in story.body)


def split_newspaper(meta: IssueMeta, kept: list[Line],
                    jumps: list[tuple[int, Literal["out", "in"]]] = ()
                    ) -> tuple[list[Article], list[Dropped]] | None:
    """The stories in the order they start, and the lines placed outside them (`jumps`: the
    lines of the jump marks the furniture stage dropped, and their direction)."""
    marks_found = paragraph_marks(kept)
    if marks_found is None:
        return None
    opens, columns, heads = marks_found
    step = line_step(kept)   # (a double-spaced page's lines stand two apart)
    verses = _verses(kept)
    over_reporters = _over_reporters(kept)
    texted = [l for l in kept if l.text.strip()]
    # the lines right over a byline line ("让党旗在网格上高高飘扬" / "本报评论员")
    over_bylines = {a.no for a, b in zip(texted, texted[1:])
                    if len(b.text.strip()) <= BYLINE_MAX and (parse_head_byline(b.text.strip()) or Byline()).authors}
    # the lines right over a marked brief ("一句话新闻" / "●县委组织部近日…")
    over_briefs = {a.no for a, b in zip(texted, texted[1:]) if BRIEF.match(b.text.strip())}
    # the marked paragraphs another marked one follows: a box of briefs ("一周党建" over them)
    boxed = {a.no for a, b in zip(texted, texted[1:])
             if a.text.strip()[:1] in BRIEF_MARKS and b.text.strip()[:1] in BRIEF_MARKS}
    marks = sorted(jumps)
    apart: set[int] = set()     # lines that are a paragraph of their own, indented or not
    waiting: list[Story] = []  # stories jumped out ("下转"), in the order they did
    resume: Story | None = None  # the story a "上接" mark takes up again
    stories: list[Story] = []
    by_title: dict[str, Story] = {}
    cur: Story | None = None
    pending: list[Line] = []  # flush short lines not yet known to be a headline
    label: tuple[str, list[Line]] | None = None  # a column label waiting for its stories
    outside: list[Dropped] = []
    for at, line in enumerate(texted):
        t = line.text.strip()
        # a mark cut out of this line: "下转" closed it (comes after its text), "上接" opened it
        while marks and (marks[0][0] < line.no or marks[0] == (line.no, "in")):
            if marks.pop(0)[1] == "in":
                resume = waiting.pop(0) if waiting else None
            elif cur and cur.body:
                waiting.append(cur)
                cur = None
        if resume is not None and re.sub(r"\s+", "", t) not in by_title:
            if pending and len(short := han("".join(l.text for l in pending))) >= LABEL_HAN[0] \
                    and short in han("".join(l.text for l in resume.head)):
                # "“红色驿站”让群众" / "办事少跑腿" over "（上接第1版）": the headline printed again, cut
                outside += [Dropped(l.no, l.text, "heading printed twice", "heading-twice") for l in pending]
                pending = []
            if not pending:  # the story's text goes on, its headline not printed again
                cur = resume
                cur.body.append(line)
                resume = None
                continue
            resume = None
        if cur and cur.body and not pending and line.no in verses:
            cur.body.append(line)   # a poem's next line
            continue
        if cur and cur.body and not pending and cur.body[-1].no in verses and (note := POET_NOTE.match(t)):
            cur.ends.append(line)   # "（数学与统计学院学生党员）" under a poem: who its poet is
            cur.by = cur.by or parse_end_line(t) or Byline(unit=note.group(1))
            continue
        bracketed = t[:1] == "【" and t[-1:] == "】"
        if cur and cur.body and not pending and AFTERWORD.match(t):
            cur.body.append(line)   # "【编后】" and the editors' words under it: the story's end
            apart.add(line.no)
            continue
        if cur and cur.body and not pending and not opens(line) and not BRIEF.match(t) and (
                heads is not None and line.no not in heads or heads is None and (
                not PARAGRAPH_END.search(cur.body[-1].text.strip())
                and not credit_closes(cur.body[-1].text, cur.body[-2].text if len(cur.body) > 1 else "")
                and not _headline_under(cur.body[-1], t)
                # set in a column: a flush line right under a full one goes on its paragraph (not
                # one without punctuation under a sentence's end, over a byline: a headline; nor a
                # column's name over its marked briefs; nor any line under a credit closing the
                # paragraph, "…服务。（通讯员　黎　川）", not a lead's opening it)
                or columns and cur.body[-1].no < line.no <= cur.body[-1].no + step
                and len(cur.body[-1].text.strip()) >= _column(cur) - COLUMN_SLACK
                and not (credit_closes(cur.body[-1].text, cur.body[-2].text if len(cur.body) > 1 else "")
                         and not LEAD.match(cur.body[-1].text))
                and not (_headline_under(cur.body[-1], t)
                         and (line.no in over_bylines or line.no in over_briefs and column_label(t))))) \
                and not parse_end_line(t) and line.no not in over_reporters \
                and not (bracketed and column_label(t)):
            cur.body.append(line)  # a paragraph wrapped onto a flush line
            continue
        if not pending and (t[:1] in BRIEF_MARKS or bracketed) and (name := column_label(t)):
            # "■ 校园简讯", "【数说】": a marked or bracketed column label opens no paragraph (a label
            # right under another, no story between: the first names nothing, set outside)
            if label and label[1]:
                outside += [Dropped(l.no, l.text, f"column label or running head: {label[0]}", "column-label")
                            for l in label[1]]
            label, cur = (name, [line]), None
            continue
        if t[:1] == "▲" and cur is not None and cur.body and not pending and _caption(texted[at:at + CAPTION_LINES]):
            cur.body.append(line)   # "▲…骑手在" / "休息区给电动车充电。（资" / "料图片）": a picture's
            continue                # caption inside the story, wrapped in its column, no brief
        brief = t[:1] in BRIEF_MARKS and BRIEF.match(t)
        if brief and (len(t) > HEADLINE_MAX or SENTENCE.search(t) or BRIEF_OPENING.search(t)
                      or BRIEF_DATED.match(t) or cur is not None and cur.brief and not pending
                      and (opens(line) or _closed(cur))):
            # (a marked paragraph after a brief — indented, or after the brief's last sentence
            # or credit — is the next brief, whatever its first words)
            # (indented or not) not a marked headline: a brief, maybe wrapped in a column
            label = _labels_taken(pending) or label   # "简 讯" over it
            if len(pending) == 1 and LABEL_HAN[0] <= len(han(pending[0].text)) <= HEADLINE_MAX // 2 \
                    and not PUNCTUATION.search(pending[0].text) and line.no in boxed:
                label, pending = (han(pending[0].text), pending), []    # "一周党建" over the box's briefs
            story = Story(pending)     # (else a headline over the marked brief)
            pending = []
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
        question = QUESTION_HEAD.match(t) is not None and not opens(line)
        # ("【编者按】3月20日，…": an editor's note, flush or not, opens its paragraph, no headline)
        if opens(line) or EDNOTE.match(t) or pending and (SENTENCE.search(t) and not question or wrapped
                                                          or line.no in verses):
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
                    cur = Story(pending)
                    stories.append(cur)
                    by_title.setdefault(cur.key, cur)
                    # a label names the column of the one story under it (not of a story
                    # after the briefs it named) — or of each marked headline's item under it
                    # ("■简讯" / "■高新区开展…" / "■岚山县…")
                    marked = pending[0].text.strip()[:1] in BRIEF_MARKS
                    cur.section, cur.labels = label if label and (label[1] or marked) else (None, [])
                    label = (label[0], []) if label and marked else None
                else:  # the continuation's headline, printed again
                    outside += [Dropped(l.no, l.text, "heading printed twice", "heading-twice")
                                for l in pending]
                pending = []
            elif cur is not None and cur.body and (LEAD.match(t) or labelled):
                cur = None  # a lead (a brief of a column: "本报讯 …") or a label opens the next story
            if cur is None:
                cur = Story([])
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
        head_by = head_byline(t) if pending else None
        if head_by and head_by.authors:  # "本报评论员" under the headline
            pending.append(line)
            continue
        if len(t) <= HEADLINE_MAX and (not SENTENCE.search(t) or question and pending):
            pending.append(line)
            continue
        (cur.body if cur else pending).append(line)
    if any(SENTENCE.search(l.text.strip()) for l in pending):
        stories.append(left := Story([]))  # text left over at the end is no title: kept
        left.body = pending
    else:
        outside += [Dropped(l.no, l.text, "title block without a body", "orphan-title")
                    for l in pending]
    for story in stories:  # the lines read into the fields: bylines and closing credits
        outside += [Dropped(l.no, l.text, "byline of a title block, parsed into the article's "
                            "fields", "title-byline") for l in byline_lines(story.head)]
        outside += [Dropped(l.no, l.text, "end line, parsed into the article's fields",
                            "end-line") for l in story.ends]
        # "■花溪镇开展党员冬训": the bullet sets a brief's headline off, it is no word of it
        outside += [Dropped(l.no, mark.group(0).strip(), "bullet before a title", "title-mark")
                    for l in story.head if (mark := TITLE_MARK.match(l.text.strip()))
                    and not (head_byline(l.text.strip()) or Byline()).authors]
    # (each line of a poem stands on its own)
    made = [story_article(meta, n, s, lambda l: opens(l) or l.no in verses or l.no in apart)
            for n, s in enumerate(stories, 1)]
    return [a for a, _ in made], outside + [d for _, ds in made for d in ds]


# the most lines of a column a picture's caption wraps over
CAPTION_LINES = 4
# "（资料图片）", "（本报记者　某某　摄）", "某某摄": a caption's credit, closing it
CAPTION_CREDIT = re.compile(r"[（(]\s*资料(图片|照片)\s*[）)]|摄\s*[）)]?$")


def _caption(lines: list[Line]) -> bool:
    """Whether the ▲ paragraph opening `lines` is a caption: its credit closes it within them
    (before any other bracket closes)."""
    text = ""
    for l in lines:
        text += l.text.strip()
        if CAPTION_CREDIT.search(text):
            return True
        if text[-1:] in "）)":
            return False
    return False


def _headline_under(above: Line, t: str) -> bool:
    """Whether `t`, without punctuation under a sentence closed ("…补短板。”"), reads as a
    headline rather than the paragraph above going on."""
    return bool(SENT_END.search(above.text.rstrip())) and not PUNCTUATION.search(t)
