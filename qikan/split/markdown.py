"""Markdown: an editor's export of an issue in Markdown → its articles.

Takes the lines the furniture stage kept of a text it read as `markdown` (rules, pictures,
editors' comments already dropped) and the issue's `IssueMeta`; gives the articles and the
lines read into their fields or set outside them (`dropped`), or None when the headings
give no article. An export from a typesetting or content system marks its structure: the
headings are the structure, so no layout is read —

- a heading with text under it (past a "——" deck heading and a byline) is a piece's title;
  one with only headings under it names the column of the pieces under it ("## 卷首语",
  "## 专题 · 主题"), the first heading of all (level 1) the issue;
- a "目录" heading's list is the contents, a quote opening a column ("> **【编者按】**…")
  its editor's note, titled by the column's topic;
- under a title, a line the byline parser reads ("**本刊评论员**", "*文/ 某单位　某某*",
  "**作者：** 某某（单位）") signs the piece, a closing "（作者系…）" gives its unit;
- a piece set a level deeper than the issue's articles, with one paragraph, is a brief.
Written by hand: a Markdown parser gives the headings, but not what an issue's headings
mean (markdown-it's tokens would only replace the two patterns below).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..model import Article, Dropped, IssueMeta, Line
from ..text import body_markdown
from .articles import line_ranges
from .byline import Byline, parse_head_byline
from .end_lines import parse_end_line
from .layout import EDNOTE
from .vocabulary import CONTENTS

# "### 把“红色网格”织得更密更实": a heading, its level and its text
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
# "**本刊评论员**", "*文/ 某单位　某某*", "**作者：** 梁梦溪": the emphasis marks around a line
EMPHASIS = re.compile(r"\*{1,2}|_{2}")
# "> **【编者按】**城市是…": a quote line, its mark
QUOTE = re.compile(r"^>\s?")
# "专题 · 党建引领城市基层治理": a column's name and its topic
TOPIC = re.compile(r"^(\S{2,8}?)\s*[·•｜|:：]\s*(\S.*)$")
# "## 一、组织链条：…", "## （二）…": a heading numbered as a text numbers its parts — a part of
# the piece over it, not a piece
NUMBERED = re.compile(r"^([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、]\s*\S)")
# "*某党建网 · 理论前沿* | 作者：祁云 | 2026-05-20 | 约 6 分钟": a page's line under its title,
# its fields between bars (the site and its column, the author, the day)
FIELD_BAR = re.compile(r"\s*[|｜]\s*")
# "某党建网 · 理论前沿": a site (an account) and its column
SITE_COLUMN = re.compile(r"^\S{2,12}?(网|号|公众号|客户端|在线)\s*[·•]\s*(\S{2,10})$")


# the most lines with a sentence's end an export prints before its first heading
PROSE_BEFORE_MAX = 3


def split_markdown(meta: IssueMeta, kept: list[Line]) -> tuple[list[Article], list[Dropped]] | None:
    """The articles and the lines set outside them, or None: no heading heads a piece."""
    lines = [l for l in kept if l.text.strip()]
    heads = [(k, len(m.group(1)), m.group(2)) for k, l in enumerate(lines) if (m := HEADING.match(l.text.strip()))]
    heads = [h for n, h in enumerate(heads) if not _part_of_piece(heads, n, lines)]
    if not heads or sum("。" in l.text for l in lines[:heads[0][0]]) > PROSE_BEFORE_MAX:
        return None     # (a text with a Markdown part in it: the pieces before it are no export's lines)
    dropped: list[Dropped] = []
    dropped += [Dropped(l.no, l.text, "before the first heading: the export's own lines", "before-first")
                for l in lines[:heads[0][0]]]
    # the text under each heading, up to the next one
    spans = [(k, level, text, lines[k + 1:(heads[n + 1][0] if n + 1 < len(heads) else len(lines))])
             for n, (k, level, text) in enumerate(heads)]
    # the level most pieces are set at (the headings with text of their own under them)
    level_of = Counter(level for _, level, text, under in spans if not text.startswith("——")
                       and not CONTENTS.pattern.match(EMPHASIS.sub("", text)) and any(not QUOTE.match(l.text) for l in under))
    article_level = min(level_of, key=lambda v: (-level_of[v], v)) if level_of else 2
    articles: list[Article] = []
    section: str | None = None
    for n, (k, level, text, under) in enumerate(spans):
        head = lines[k]
        title = EMPHASIS.sub("", text).strip()
        if text.startswith("——"):
            continue    # a deck, read with the title over it
        if level == 1 and not under or CONTENTS.pattern.match(title):
            dropped.append(Dropped(head.no, head.text, "the issue's title or its contents", "furniture"))
            dropped += [Dropped(l.no, l.text, "the issue's contents", "furniture") for l in under]
            continue
        deck = spans[n + 1] if n + 1 < len(spans) and spans[n + 1][2].startswith("——") else None
        body = deck[3] if deck and not under else under
        quote = [l for l in body if QUOTE.match(l.text.strip())]
        if not body or quote and len(quote) == len(body):
            # a column's name (maybe its editor's note under it)
            topic = TOPIC.match(title)
            section = topic.group(1) if topic else title
            dropped.append(Dropped(head.no, head.text, f"column label: {section}", "column-label"))
            if quote:
                said = " ".join(EMPHASIS.sub("", QUOTE.sub("", l.text.strip())) for l in quote).strip()
                label = m.group(0) if (m := EDNOTE.match(said)) else ""
                if label:
                    dropped.append(Dropped(quote[0].no, label, "the editor's note named before its text",
                                           "title-mark"))
                note = said[len(label):].strip()
                articles.append(Article(
                    id="", order=0, title=topic.group(2) if topic else title,
                    body=body_markdown([note]), lines=line_ranges([head.no] + [l.no for l in quote]),
                    section=section, kind="editor_note", date=meta.date))
            continue
        by, column = Byline(), section
        if body and (got := parse_head_byline(EMPHASIS.sub("", body[0].text).strip())) and got.authors:
            by = got
            dropped.append(Dropped(body[0].no, body[0].text, "byline under a heading, parsed into the "
                                   "article's fields", "title-byline"))
            body = body[1:]
        elif body and (fields := _page_fields(body[0].text)) is not None:
            by, column = fields[0], fields[1] or section
            dropped.append(Dropped(body[0].no, body[0].text, "the page's line under its title, parsed into "
                                   "the article's fields", "title-byline"))
            body = body[1:]
        if body and EDNOTE.match(said := EMPHASIS.sub("", body[0].text).strip()):
            # "**编者按：** 在某县，…" under the title: the editors' words on the series, a note of its own
            label = EDNOTE.match(said).group(0)
            dropped.append(Dropped(body[0].no, label, "the editor's note named before its text", "title-mark"))
            articles.append(Article(id="", order=0, title=None, body=body_markdown([said[len(label):].strip()]),
                                    lines=line_ranges([body[0].no]), section=column, kind="editor_note",
                                    date=meta.date))
            under = [l for l in under if l is not body[0]]
            body = body[1:]
        if body and (credits := _writer(_fields(body[-1].text))) is not None:
            # "*文字：邹明　|　编辑：李婷　|　审核：韦宁*": the credits closing the piece
            by = Byline(by.authors or credits.authors, by.role, by.unit, by.writer)
            dropped.append(Dropped(body[-1].no, body[-1].text, "credits closing the piece", "end-line"))
            body = body[:-1]
        if body and (end := parse_end_line(body[-1].text)) is not None:
            by = Byline(by.authors or end.authors, by.role, by.unit or end.unit, by.writer)
            dropped.append(Dropped(body[-1].no, body[-1].text, "end line, parsed into the article's fields",
                                   "end-line"))
            body = body[:-1]
        paras = [l.text.strip() for l in body]
        nos = [head.no] + ([lines[deck[0]].no] + [l.no for l in deck[3]] if deck else []) + [l.no for l in under]
        if deck:
            dropped.append(Dropped(lines[deck[0]].no, lines[deck[0]].text, "the title's deck", "title-mark"))
        articles.append(Article(
            id="", order=0, title=title, body=body_markdown(paras), lines=line_ranges(nos),
            subtitle=EMPHASIS.sub("", deck[2]).strip() if deck else None, authors=by.authors,
            role=by.role, unit=by.unit, writer=by.writer, section=column,
            kind="brief" if level > article_level and len(paras) <= 1 else "article", date=meta.date))
    if not articles:
        return None
    return [replace(a, id=f"{meta.id}-{n:03d}", order=n) for n, a in enumerate(articles, 1)], dropped


def _part_of_piece(heads: list[tuple[int, int, str]], n: int, lines: list[Line]) -> bool:
    """Heading `n` is numbered as a text numbers its parts ("## 一、组织链条…") under a
    shallower heading with text of its own under it, and heads no deeper ones: a part of that
    piece (under an issue's title, "## 一、工作动态" over "### …" pieces is a column)."""
    k, level, text = heads[n]
    above = next((m for m in range(n - 1, -1, -1) if heads[m][1] < level), None)
    if above is None or not NUMBERED.match(EMPHASIS.sub("", text)):
        return False
    texted = any(not HEADING.match(l.text.strip()) for l in lines[heads[above][0] + 1:heads[above + 1][0]])
    return texted and not (n + 1 < len(heads) and heads[n + 1][1] > level)


def _page_fields(text: str) -> tuple[Byline, str | None] | None:
    """A page's line of fields under its title → its author and its column, or None (a
    line without bars, or none of whose fields names an author or a column)."""
    parts = _fields(text)
    by = _writer(parts) or Byline()
    column = next((m.group(2) for p in parts if (m := SITE_COLUMN.match(p))), None)
    return (by, column) if by.authors or column else None


def _fields(text: str) -> list[str]:
    """The fields of a line between bars ("*…* | 作者：祁云 | 2026-05-20"), none if it has no bar."""
    parts = [EMPHASIS.sub("", p).strip() for p in FIELD_BAR.split(text.strip())]
    return parts if len(parts) >= 2 else []


def _writer(parts: list[str]) -> Byline | None:
    """The first of the fields naming who wrote the piece ("文字：邹明"; "编辑：…" names no one)."""
    return next((b for p in parts if (b := parse_head_byline(p)) is not None and b.authors), None)
