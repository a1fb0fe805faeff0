"""Subtitles: a video's subtitle files (.srt) joined into one text → one article a video.

Takes the lines the furniture stage kept of a text it read as `subtitles` (the cues' time
codes dropped: `SUBTITLES` in export_words.py; their numbers, digits alone, by repair) and the issue's `IssueMeta`; gives the
articles and the lines read into their fields or set outside them (`dropped`), or None when
no cue text is left. A video is one talk however many cues it has:

- a video opens at its file's name, printed by whoever joined the files ("==== 01_初心从哪里
  来.srt ===="); a text of one file is one video; what stands before the first name is the
  compiler's own (the collection's title, its maker), but for a note under a heading of its own
  ("合集说明"), signed, which is an editor's note;
- its first cues hold the series' name (its column), the lesson's heading ("第一课　初心从
  哪里来": the title, its number no word of it) and the speaker ("主讲：name（post）"); the
  file's name gives the title when no heading is printed;
- the rest is the text, cue after cue, a paragraph ending where a cue ends a sentence; the
  credits closing the video ("出品：…", "制作：…") are no text.
Written by hand: subtitle libraries read cues and times, which the furniture stage already
set aside; what is left is the text of a talk, which no library splits.
"""
from __future__ import annotations

import re
from itertools import takewhile

from ..model import Article, Dropped, IssueMeta, Line
from ..text import body_markdown
from .articles import line_ranges
from .byline import Byline, parse_head_byline
from .names import is_institution

# "==================== 01_初心从哪里来.srt ====================", "02 一张借条的分量.srt": the
# name of a subtitle file, where the compiler joined the next one on
FILE_NAME = re.compile(r"^[=\-#*\s]*(?:\d{1,3}[_\-\s.、]*)?(.+?)\.(?:srt|vtt|ass|ssa)[=\-#*\s]*$", re.IGNORECASE)
# "第一课　初心从哪里来", "第3集 …": a lesson's heading, its number before its title
LESSON = re.compile(r"^第[一二三四五六七八九十百\d]{1,4}(?:课|集|讲|期|节)[\s　:：]*(\S.*)$")
# "出品：中共某市委组织部", "制作：某融媒体中心", "监制：…": who made the video, no author of the talk
MADE_BY = re.compile(r"^(出品|制作|监制|摄像|剪辑|编导|策划|后期|配音|字幕)\s*[：:]")
# "合集说明", "编辑说明": the heading of the compiler's note before the videos
NOTE_HEADING = re.compile(r"^[\u4e00-\u9fff]{0,4}(说明|前言|导语|按语)$")
# the first cues of a video, at most, that hold its series, heading and speaker
HEAD_CUES = 4
# "。", "！", "？" (maybe inside closing quotes) ending a cue: its paragraph ends there
SENTENCE_END = re.compile(r"[。！？][”’」』]?$")


def split_subtitles(meta: IssueMeta, kept: list[Line]) -> tuple[list[Article], list[Dropped]] | None:
    """The videos as articles and the lines set outside them, or None: no text left."""
    lines = [l for l in kept if l.text.strip()]
    if not lines:
        return None
    starts = [k for k, l in enumerate(lines) if FILE_NAME.match(l.text.strip())] or [0]
    note, dropped = _compilers_note(meta, lines[:starts[0]])
    articles: list[Article] = [note] if note else []
    for a, b in zip(starts, starts[1:] + [len(lines)]):
        article, aside = _video(meta, len(articles) + 1, lines[a:b])
        articles.append(article)
        dropped += aside
    return articles, dropped


def _compilers_note(meta: IssueMeta, lines: list[Line]) -> tuple[Article | None, list[Dropped]]:
    """What the compiler wrote before the first video: a note ("合集说明" over its paragraphs and
    its signer, "某市党员教育中心" / "2026年10月") when it holds a paragraph of sentences under
    a heading of its own; the rest (the collection's title, the tool's line) no text."""
    at = next((k for k, l in enumerate(lines) if k and SENTENCE_END.search(l.text.strip())
               and NOTE_HEADING.match(lines[k - 1].text.strip())), None)
    if at is None:
        return None, _compilers_own(lines)
    body = list(takewhile(lambda l: SENTENCE_END.search(l.text.strip()), lines[at:]))
    after = lines[at + len(body):]
    signer = next((by for l in after[:1] if (by := parse_head_byline(l.text.strip())) and by.authors), None) \
        or (Byline(authors=[after[0].text.strip()]) if after and is_institution(after[0].text.strip()) else None)
    dropped = _compilers_own(lines[:at - 1])
    dropped.append(Dropped(lines[at - 1].no, lines[at - 1].text, "the note's heading, its title", "title-mark"))
    dropped += [Dropped(l.no, l.text, "the note's signature, parsed into its fields", "end-line") for l in after]
    return Article(id=f"{meta.id}-001", order=1, title=lines[at - 1].text.strip(),
                   body=body_markdown([l.text.strip() for l in body]),
                   lines=line_ranges([l.no for l in lines[at - 1:]]), authors=signer.authors if signer else [],
                   kind="editor_note", date=meta.date), dropped


def _compilers_own(lines: list[Line]) -> list[Dropped]:
    return [Dropped(l.no, l.text, "before the first video: the compiler's own lines", "before-first")
            for l in lines]


def _video(meta: IssueMeta, order: int, lines: list[Line]) -> tuple[Article, list[Dropped]]:
    """One video's article and the lines of it that are no text."""
    aside: list[Dropped] = []
    title = None
    if (name := FILE_NAME.match(lines[0].text.strip())) is not None:
        title = name.group(1).strip()
        aside.append(Dropped(lines[0].no, lines[0].text, "the subtitle file's name", "furniture"))
        lines = lines[1:]
    head, text = lines[:HEAD_CUES], lines[HEAD_CUES:]
    heading = next((k for k, l in enumerate(head) if LESSON.match(l.text.strip())), None)
    speaker = next((k for k, l in enumerate(head) if (by := parse_head_byline(l.text.strip())) and by.authors), None)
    last = max(k for k in (heading, speaker, -1) if k is not None)
    by = parse_head_byline(head[speaker].text.strip()) if speaker is not None else None
    series = None
    for k, l in enumerate(head[:last + 1]):
        if k == heading:
            title = LESSON.match(l.text.strip()).group(1).strip()
            aside.append(Dropped(l.no, l.text, "the lesson's heading, its title", "title-mark"))
        elif k == speaker:
            aside.append(Dropped(l.no, l.text, "byline of a title block, parsed into the article's fields",
                                 "title-byline"))
        else:   # the series' name over the lesson: its column
            series = series or l.text.strip()
            aside.append(Dropped(l.no, l.text, "the series' name over the lesson", "column-label"))
    text = head[last + 1:] + text
    while text and MADE_BY.match(text[-1].text.strip()):
        aside.append(Dropped(text[-1].no, text[-1].text, "who made the video", "end-line"))
        text = text[:-1]
    paras: list[str] = []
    joined = False  # the last paragraph goes on (its cue ended inside a sentence)
    for l in text:
        t = l.text.strip()
        if joined:
            paras[-1] += t
        else:
            paras.append(t)
        joined = not SENTENCE_END.search(t)
    # (one range from its heading: the cues' numbers and times between the lines are the video's too)
    first = min([l.no for l in head[:last + 1]] + [l.no for l in text[:1]], default=None)
    span = [(first, text[-1].no)] if text else line_ranges([first or (lines[0].no if lines else 1)])
    return Article(
        id=f"{meta.id}-{order:03d}", order=order, title=title, body=body_markdown(paras),
        lines=span, authors=by.authors if by else [], role=by.role if by else None,
        unit=by.unit if by else None, section=series, kind="article" if paras else "fragment",
        date=meta.date), aside
