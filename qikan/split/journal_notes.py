"""Journal notes: the lines before a journal's first paper → the note they print, if any.

Takes the kept lines that stand before the first header `headed.py` found; gives the note
an editor or a column's host printed over the papers (an editor's note titled by its column),
the lines it names (dropped: the column, the host, the note's mark, its signature) and the
lines it takes — or None. Two shapes: a column host's words ("【新时代党的建设研究】" /
"主持人：邵景明（…教授）" / "主持人语：…") and a feature's editor's note ("专题：…" /
"【编者按】" / its text / "编　者" / a date). Written by hand: no library reads them.
"""
from __future__ import annotations

import re

from ..model import Article, Dropped, IssueMeta, Line
from ..text import body_markdown
from .articles import line_ranges
from .dates import DATE_ALONE
from .end_lines import EDITORS_SIGNED
from .layout import BANNER, EDNOTE, column_label
from .names import clean_name
from .paragraphs import join_paragraphs

# "　　主持人语：党的建设是…", "【主持人语】": a column host's note opening its paragraph
HOST_WORDS = re.compile(r"^\s*[【\[]?主持人语[】\]]?\s*[:：]?\s*")
# "主持人：邵景明（澄州大学马克思主义学院教授）": the column's host and his post
HOST = re.compile(r"^主持人\s*[:：]\s*([\u4e00-\u9fff·\s]{2,8}?)\s*[（(]([^（）()]{2,40})[）)]$")

# a heading over an editor's note: this long at most, no sentence's end or pause closing it
HEADING_MAX = 40
TEXT_END = re.compile(r"[。！？；，、：:]$")

Note = tuple[Article, list[Dropped], set[int]]


def note_before_papers(meta: IssueMeta, before: list[Line]) -> Note | None:
    return _host_note(meta, before) or _editors_note(meta, before)


def _host_note(meta: IssueMeta, before: list[Line]) -> Note | None:
    """A column host's note before the first paper ("【新时代党的建设研究】" / "主持人：邵景明
    （…教授）" / "主持人语：…"): an editor's note titled by its column, signed by the host,
    the lines it names, and the lines it takes (the others before the first paper stay
    there)."""
    at = next((k for k, l in enumerate(before) if HOST_WORDS.match(l.text)), None)
    if at is None:
        return None
    label = next((name for l in before[:at] if (name := column_label(l.text))), None)
    host = next((m for l in before[:at] if (m := HOST.match(l.text.strip()))), None)
    head = [l for l in before[:at] if column_label(l.text) or HOST.match(l.text.strip())]
    body = before[at:]
    paras = join_paragraphs([HOST_WORDS.sub("", body[0].text, count=1)] + [l.text for l in body[1:]])
    dropped = [Dropped(l.no, l.text, "the column and its host, over the host's note", "title-byline")
               for l in head] + [Dropped(body[0].no, HOST_WORDS.match(body[0].text).group(0).strip(),
                                         "the host's note named before its text", "title-mark")]
    return Article(
        id=f"{meta.id}-001", order=1, title=label or "主持人语", body=body_markdown(paras),
        lines=line_ranges([l.no for l in head + body]), authors=[clean_name(host.group(1))] if host else [],
        unit=host.group(2).strip() if host else None, section=label, kind="editor_note",
        date=meta.date), dropped, {l.no for l in head + body}


def _editors_note(meta: IssueMeta, before: list[Line]) -> Note | None:
    """An editor's note before the first paper ("专题：党建引领超大城市社区治理" / "【编者按】" /
    its text / "编　者" / "2026年4月"): titled by the feature's banner, its column the banner's
    word; the lines it names, and the lines it takes."""
    at = next((k for k, l in enumerate(before) if EDNOTE.match(l.text.strip())), None)
    if at is None:
        return None
    banner = next((m for l in before[:at] if (m := BANNER.match(l.text.strip()))), None)
    label = next((name for l in before[:at] if (name := column_label(l.text))), None)
    # ("■学术争鸣" / "关于…的讨论" / "【编者按】…": the heading right over the note titles it)
    heading = before[at - 1] if at and not banner and not column_label(before[at - 1].text) \
        and len(before[at - 1].text.strip()) <= HEADING_MAX and not TEXT_END.search(before[at - 1].text.strip()) else None
    head = [l for l in before[:at] if BANNER.match(l.text.strip()) or column_label(l.text) or l is heading]
    body = before[at:]
    sign: list[Line] = []   # (the note's mark opens `body`: never a signature, never popped)
    while EDITORS_SIGNED.match(body[-1].text.strip()) or DATE_ALONE.match(body[-1].text.strip()):
        sign.insert(0, body.pop())
    mark = EDNOTE.match(body[0].text.strip()).group(0)
    first = body[0].text.strip()[len(mark):].strip()
    paras = join_paragraphs(([first] if first else []) + [l.text for l in body[1:]])
    if not paras:
        return None
    dropped = [Dropped(l.no, l.text, "the feature's banner over its editor's note", "title-byline") for l in head] \
        + [Dropped(body[0].no, mark, "the editor's note named before its text", "title-mark")] \
        + [Dropped(l.no, l.text, "signature and date closing the editor's note", "end-line") for l in sign]
    title = banner.string[banner.end() - 1:].strip() if banner else heading.text.strip() if heading else "编者按"
    return Article(
        id=f"{meta.id}-001", order=1, title=title, body=body_markdown(paras),
        lines=line_ranges([l.no for l in head + body + sign]), section=banner.group(1) if banner else label,
        kind="editor_note", date=meta.date), dropped, {l.no for l in head + body + sign}
