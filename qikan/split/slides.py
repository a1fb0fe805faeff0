"""Slides: decks of slides exported as outline text → one article a deck.

Takes the lines the furniture stage kept of a text it read as `slides` (a presentation
program's outline view: "幻灯片 1", a slide's lines and bullets, "备注：" speaker notes) and the
issue's `IssueMeta`; gives the articles and the lines read into their fields or set outside
them (`dropped`), or None when no deck opens. A deck is one talk however many slides it has:

- a deck opens at "幻灯片 1"; what stands before the first is the export's own;
- its first slide holds the title (a short kicker over it, "微党课", or a "——" deck under it
  is the subtitle), a byline ("主讲人：职务　姓名", "讲述：…") and the date; its notes are text;
- every later slide's lines, bullets and notes are the text, one line a paragraph; the slide
  numbers and a footer printed on three slides or more are no text.
Written by hand: no library reads an outline export, and a deck's slides are no articles.
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Article, Dropped, IssueMeta, Line
from ..text import body_markdown, han
from .articles import line_ranges
from .blocks import DASH_SUBTITLE
from .byline import Byline, parse_head_byline
from .dates import DATE_ALONE

# "幻灯片 1", "幻灯片12": a slide's number, alone on its line
SLIDE = re.compile(r"^\s*幻灯片\s*(\d{1,3})\s*$")
# "制作：某党建办　　2026年6月", "设计：…": who made the deck, no author of the talk
MADE_BY = re.compile(r"^(制作|设计|出品|监制)\s*[：:]")
# a kicker over a deck's title: this many characters at most
KICKER_HAN = 5
# slides, at least, a footer is printed on
FOOTER_SLIDES = 3
# the title slide's title lines, at most, and the characters of one
TITLE_SLIDE_LINES, TITLE_LINE_MAX = 4, 40


def split_slides(meta: IssueMeta, kept: list[Line]) -> tuple[list[Article], list[Dropped]] | None:
    """The decks as articles and the lines set outside them, or None: no "幻灯片 1"."""
    lines = [l for l in kept if l.text.strip()]
    starts = [k for k, l in enumerate(lines) if (m := SLIDE.match(l.text)) and m.group(1) == "1"]
    if not starts:
        return None
    dropped = [Dropped(l.no, l.text, "before the first deck: the export's own lines", "before-first")
               for l in lines[:starts[0]]]
    articles: list[Article] = []
    for a, b in zip(starts, starts[1:] + [len(lines)]):
        article, aside = _deck(meta, len(articles) + 1, lines[a:b])
        articles.append(article)
        dropped += aside
    return articles, dropped


def _deck(meta: IssueMeta, order: int, lines: list[Line]) -> tuple[Article, list[Dropped]]:
    """One deck's article and the lines of it that are no text."""
    slides: list[list[Line]] = []
    aside: list[Dropped] = []
    for l in lines:
        if SLIDE.match(l.text):
            slides.append([])
            aside.append(Dropped(l.no, l.text, "the slide's number", "page-mark"))
        else:
            slides[-1].append(l)
    printed = Counter(t for s in slides for t in {l.text.strip() for l in s})
    footers = {t for t, n in printed.items() if n >= FOOTER_SLIDES}
    heads: list[Line] = []
    by = Byline()
    text: list[Line] = []
    for k, s in enumerate(slides):
        for l in s:
            t = l.text.strip()
            if t in footers:
                aside.append(Dropped(l.no, l.text, "footer printed on every slide", "furniture"))
            elif k or t.startswith("备注") or text or len(heads) == TITLE_SLIDE_LINES or len(t) > TITLE_LINE_MAX \
                    or "。" in t:
                # (the title slide holds a few short lines: a long run after them is text — a
                # deck exported without its later slides' numbers)
                text.append(l)
            elif (b := parse_head_byline(t)) is not None and b.authors:
                by = b
                aside.append(Dropped(l.no, l.text, "byline of a title block, parsed into the article's "
                                     "fields", "title-byline"))
            elif DATE_ALONE.match(t) or MADE_BY.match(t):
                aside.append(Dropped(l.no, l.text, "date or maker of the deck", "title-date"))
            else:
                heads.append(l)
    title, subtitle = _title(heads)
    return Article(
        id=f"{meta.id}-{order:03d}", order=order, title=title, subtitle=subtitle,
        body=body_markdown([l.text.strip() for l in text]), lines=line_ranges([l.no for l in lines]),
        authors=by.authors, role=by.role, unit=by.unit, kind="article" if text else "fragment",
        date=meta.date), aside


def _title(heads: list[Line]) -> tuple[str | None, str | None]:
    """The title slide's lines → title and subtitle: a "——" line is the subtitle, and so is a
    short kicker over a longer title ("微党课" / "一封家书里的初心")."""
    texts = [re.sub(r"\s+", " ", l.text.strip()) for l in heads]
    deck = [t for t in texts[1:] if DASH_SUBTITLE.match(t)]
    texts = [t for t in texts if t not in deck]
    if len(texts) == 2 and len(han(texts[0])) <= KICKER_HAN < len(han(texts[1])):
        return texts[1], " ".join([texts[0], *deck])
    return (" ".join(texts) or None), (" ".join(deck) or None)
