"""Segment: repaired lines → articles with titles, bylines, sections and Markdown bodies.

Takes the issue's `IssueMeta` and the `Line`s repair kept (plus what it dropped); gives a
`SplitResult`. The conductor of the automatic split; each step is a module, on general signals:

1. `classify` names every line: body, column label (bracketed, letter-spaced, or a
   running head printed three times or more), byline, end line ("（作者单位：…）"), editor's
   note, quote attribution, caption.
2. `blocks`: title blocks around bylines and where a heading stands alone.
3. `units`: the body lines between separators form units, in a typed sequence with the title
   blocks and labels; `joins`: a unit that stops mid-sentence is joined to the unit that
   continues it.
4. `assign` (and `chains`): each title block goes to a unit.
5. `articles`: briefs split off, each unit's column, each unit as an `Article`.

Written by hand: the layouts are those of Chinese PDF extractions, for which no segmentation
library exists. Pure: the input `IssueMeta` and lists are not changed.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace
from typing import Literal

from ..model import Article, DropCode, Dropped, IssueMeta, Line, SplitResult, Warning
from ..text import bigrams, han
from .articles import article, sections
from .assign import assign_blocks
from .blocks import Block, column_labels, dedupe_blocks, find_blocks
from .byline import Byline
from .names import clean_name
from .briefs import split_briefs, split_bullets, split_entries, split_numbered_items
from .classify import classify
from .dates import DATE_ALONE, issue_date
from .furniture import COVER_REASON
from .joins import join_units
from .layout import BANNER, LineKind, Ln
from .settle import (absorb_signed_tails, banner_bodies, ends_under_titles, fragment_at_start, give_far_bylines,
                     join_jumps, leads_before_titles, nearest_note, split_by_closing_signature,
                     split_speech_openings, split_two_signatures)
from .units import EDNOTE_MARK, Item, Label, Unit, cut_at_new_pages, split_orphans, units_of

# the classes of line that are layout, not text: the code and reason they are dropped with
LAYOUT_LINES: dict[LineKind, tuple[DropCode, str]] = {
    "label": ("floating-label", "floating label (place or group name)"),
    "caption": ("caption", "photo caption, credit or masthead line"),
    "date": ("title-date", "date or source line under a title"),
    "section": ("column-label", "column label or running head: {section}"),
    "quote": ("pull-quote", "pull quote: a sentence of the body printed again"),
    "number": ("title-mark", "the piece's number printed alone over its title"),
    "byline_rest": ("title-byline", "byline of a title block wrapped onto this line, parsed into the article's fields"),
    "issuer": ("title-byline", "issuer of an official document over its title, read into the article's fields"),
    "record": ("record-fields", "a form's header fields over the piece it heads (its subject's record)"),
}


def _issuers_sign(ln: list[Ln], blocks: list[Block]) -> None:
    """An official document's issuer, printed over its title ("中共澄江地委" / "关于…的意见"), is
    the author of a document whose title block names none."""
    for b in blocks:
        k = b.titles[0].i - 1 if b.titles else -1
        while k >= 0 and ln[k].kind == "date":
            k -= 1  # (its number, "澄地发〔1985〕12号", under the issuer's masthead)
        if k >= 0 and ln[k].kind == "issuer" and not (b.by and b.by.authors):
            b.by = Byline(authors=[clean_name(ln[k].text.strip().removesuffix("文件"))],
                          unit=b.by.unit if b.by else None)


def split_issue(meta: IssueMeta, lines: list[Line], dropped: list[Dropped],
                columns: set[str] = frozenset(), entries: set[str] = frozenset(),
                jumps: list[tuple[int, Literal["out", "in"]]] = ()) -> SplitResult:
    """The articles of one issue, in the order they start in the source (`columns`, `entries`:
    the columns and numbered titles its table of contents names; `jumps`: the lines of its page
    jump marks, "out" where a body stops, "in" where it comes back)."""
    warnings: list[Warning] = []
    dropped = list(dropped)
    if meta.date is None:
        meta = replace(meta, date=issue_date(lines, dropped))
    ln = classify(lines, columns, entries)
    dropped += [Dropped(l.no, l.text, LAYOUT_LINES[l.kind][1].format(section=l.section),
                        LAYOUT_LINES[l.kind][0]) for l in ln if l.kind in LAYOUT_LINES]
    has_labels = any(l.kind == "section" for l in ln)
    ednotes = [(l.no, _paragraph_from(ln, l.i)) for l in ln if l.kind == "ednote"]
    # (first line, last line of the note's own text when its marker stands alone, bigrams)
    ednotes = [(no, para[-1].no if EDNOTE_MARK.match(para[0].text) else no,
                bigrams("".join(x.text for x in para))) for no, para in ednotes]
    vertical = {d.into for d in dropped if d.code == "vertical-title"}
    doubled = {d.line for d in dropped if d.code == "doubled-glyphs"}
    breaks = _after_furniture(lines, dropped, _numbered_pieces(ln, dropped))
    blocks, groups = find_blocks(ln, ednotes, vertical, doubled, breaks)
    _issuers_sign(ln, blocks)
    in_block = {x.i: b for b in blocks for x in b.lines}
    group_lines = {x.i for g in groups for x in g}
    seq = units_of(ln, in_block, group_lines, [no for no, way in jumps if way == "out"])
    split_orphans(seq)
    units = [u for u in seq if isinstance(u, Unit)]
    dedupe_blocks(blocks, dropped)
    column_labels(blocks, has_labels)
    join_units(seq)
    split_by_closing_signature(seq)
    assign_blocks(seq, units)
    join_jumps(seq, jumps)
    # (a block found to be a column's label: its line is one now)
    dropped += [Dropped(o.line.no, o.line.text, LAYOUT_LINES["section"][1].format(section=o.line.section),
                        "column-label") for o in seq if isinstance(o, Label) and o.line.i in in_block]
    absorb_signed_tails(seq)
    ends_under_titles(seq)
    cut_at_new_pages(seq)
    split_two_signatures(seq)
    split_speech_openings(seq)
    fragment_at_start(seq)
    leads_before_titles(seq)
    banner_bodies(seq, dropped)
    for g in groups:
        note = nearest_note(seq, g[0].i)
        if note is not None and note.tb is None:
            note.tb = Block(g, g)
    _banner_topics(seq)
    units = [u for u in seq if isinstance(u, Unit)]
    briefs = split_briefs([u for u in units if not u.gone]) + \
        split_numbered_items([u for u in units if not u.gone])
    briefs += split_bullets([u for u in units if not u.gone] + briefs)
    briefs += split_entries([u for u in units if not u.gone], dropped)
    units = [u for u in units if not u.gone] + briefs
    _drop_covers(units, dropped)
    units = [u for u in units if u.lns or u.tb]
    # a "body" of one line shaped like a title, with no title block over it (a push's title
    # over its numbered pieces, a bulletin's name): a heading with no body, not an article
    lone = {id(u) for u in units if u.tb is None and len(u.lns) == 1 and not u.ends
            and u.lns[0].title_shape}
    notes = {u.lns[0].i: u for u in units if u.kind == "editor_note" and u.tb is None and u.lns}
    for u in units:
        note = notes.get(u.lns[0].i + 1) if id(u) in lone else None
        if note is not None:    # …unless an editor's note follows it: the heading of its group
            note.tb = Block(u.lns, u.lns)
        elif id(u) in lone:
            dropped.append(Dropped(u.lns[0].no, u.lns[0].text, "title block without a body",
                                   "orphan-title"))
            warnings.append(Warning(u.lns[0].no, "orphan-title",
                                    f"title “{u.lns[0].text}” has no body; kept in dropped"))
    units = [u for u in units if id(u) not in lone]
    give_far_bylines(blocks, units, dropped, warnings)
    for b in blocks:
        if b.unit is None and not b.dup and not (b.by and b.by.authors) and b.lines[0].kind != "section":
            for x in b.lines:
                dropped.append(Dropped(x.no, x.text, "title block without a body", "orphan-title"))
            warnings.append(Warning(b.lines[0].no, "orphan-title",
                                    f"title “{b.title_text}” has no body; kept in dropped"))
    # (the collection's title on its cover, a line of it or two, printed again over its pages:
    # "澜河县领导讲话汇编" / "（2026年第一辑）", "学　员　手　册" — its running head, no column)
    cover = [han(d.text) for d in dropped if d.reason == COVER_REASON]
    cover += _opening_heads(ln, lines, dropped)
    column = sections(ln, units, seq, set(cover) | {a + b for a, b in zip(cover, cover[1:])})
    units.sort(key=lambda u: min([x.no for x in u.lns] or [x.no for x in u.ends] or [0]))
    # (an article's line ranges bridge blank lines, never another article's lines)
    owned = {x.no for u in units for x in u.lns + u.ends + (u.tb.lines if u.tb else [])}
    articles = _under_notes_column([article(meta, n, u, column.get(id(u)), warnings, dropped, owned)
                                    for n, u in enumerate(units, 1)])
    # the contract's guard: a line no step placed (an end line printed twice, a byline whose
    # block lost its unit to another block) is listed, never lost
    placed = {d.line for d in dropped} | owned
    dropped += [Dropped(l.no, l.text, "placed in no article", "unplaced") for l in lines
                if l.no not in placed and l.text.strip()]
    return SplitResult(meta, articles, sorted(dropped, key=lambda d: d.line), warnings)


def _under_notes_column(articles: list[Article]) -> list[Article]:
    """"学习笔记｜读原著 学原文 悟原理" titling an editor's note over the pieces it presents: the
    column its title prints holds those pieces, up to the next that names one."""
    out, column = [], None
    for a in articles:
        if a.kind == "editor_note":
            column = a.section
        elif a.section is not None:
            column = None
        elif column is not None and a.kind == "article":
            a = replace(a, section=column)
        out.append(a)
    return out


# lines of a cover's title, at most; page heads printing it again (the cover prints it too)
COVER_LINES, COVER_HEADS = 4, 2


def _opening_heads(ln: list[Ln], lines: list[Line], dropped: list[Dropped]) -> list[str]:
    """The text's first lines (one or two joined) when the heads of two pages or more print
    them, each right after a page's mark: a cover no rule dropped ("某局党组" / "理论学习中心组学习
    资料"), its title the running head."""
    marks = sorted(d.line for d in dropped if d.code in ("page-mark", "furniture"))
    before: dict[int, int] = {}     # each kept line's number → the kept line's printed before it
    last = 0
    for l in lines:
        if l.text.strip():
            before[l.no], last = last, l.no

    def after_mark(no: int) -> bool:
        k = bisect.bisect_right(marks, before.get(no, no))
        return k < len(marks) and marks[k] < no
    heads = Counter(han(l.text) for l in ln if l.kind == "section" and after_mark(l.no))
    opening = [han(l.text) for l in ln[:COVER_LINES]]
    return [t for t in opening + [a + b for a, b in zip(opening, opening[1:])] if heads[t] >= COVER_HEADS]


def _drop_covers(units: list[Unit], dropped: list[Dropped]) -> None:
    """A unit that is a collection's cover — a date alone ("2026年7月"), under title lines or a
    title block ("获奖作品选"), or opening the text ("（2026年）"); or, opening it, title lines
    only ("某学院学生党总支" / "入党积极分子培养教育参考范文汇编") — gives its lines to `dropped`
    and keeps none: no article (its issuer is no far byline, its first line no column)."""
    first = min((u for u in units if u.lns), key=lambda u: u.lns[0].i, default=None)
    for u in units:
        dated = bool(u.lns) and DATE_ALONE.match(u.lns[-1].text) is not None
        if not (u.lns and not u.ends and len(u.lns) <= COVER_LINES and (dated or u is first and u.tb is None)
                and all(l.title_shape for l in (u.lns[:-1] if dated else u.lns))
                and (u.tb is not None or len(u.lns) > 1 or dated and u is first)):
            continue
        # "学习心得｜在党旗下重温初心" over "编者按：…" and the members' words: the push's title is
        # its note's (the pieces under the note are signed, untitled)
        note = _next_unit(units, u) if not dated and u.tb is None else None
        titles = note is not None and note.kind == "editor_note" and note.tb is None
        if titles:
            note.tb = Block(u.lns[:1], u.lns[:1])
        if dated:
            dropped.append(Dropped(u.lns[-1].no, u.lns[-1].text, "a date alone under a title (a cover's)",
                                   "title-date"))
        dropped += [Dropped(x.no, x.text, "a collection's cover: its title over its date" if dated else
                            "a collection's cover: its title lines", "orphan-title")
                    for x in (u.lns[:-1] if dated else u.lns[1 if titles else 0:])
                    + (u.tb.lines if u.tb is not None else [])]
        if u.tb is not None:
            u.tb.dup, u.tb.label, u.tb.unit, u.tb = True, None, None, None
        u.lns = []


def _next_unit(units: list[Unit], u: Unit) -> Unit | None:
    """The unit whose first line comes next after `u`'s."""
    return min((x for x in units if x.lns and x.lns[0].i > u.lns[-1].i), key=lambda x: x.lns[0].i, default=None)


def _banner_topics(seq: list[Item]) -> None:
    """An editor's note right under a feature's banner ("专题：青阳深化干部培养") is titled with
    the feature's topic."""
    for k, o in enumerate(seq):
        if isinstance(o, Unit) and o.kind == "editor_note" and o.tb is None and k \
                and isinstance(seq[k - 1], Label) and (m := BANNER.match(seq[k - 1].line.text)):
            topic = replace(seq[k - 1].line, text=seq[k - 1].line.text[m.end() - 1:].strip())
            o.tb = Block([topic], [topic], label=seq[k - 1].line.section)


def _paragraph_from(ln: list[Ln], i: int) -> list[Ln]:
    """The lines of the paragraph line `i` opens (a note's marker alone on its line opens
    the paragraph under it)."""
    out = []
    for l in ln[i:i + 12]:
        out.append(l)
        if l.ends_sentence and l.cells < l.width - 3 and not EDNOTE_MARK.match(l.text):
            break
    return out


# "01", "02": a push's number of a piece (or of a part of one), alone on its line
PIECE_NO = re.compile(r"^\s*0\d\s*$")


def _numbered_pieces(ln: list[Ln], dropped: list[Dropped]) -> list[int]:
    """The lines of a push's piece numbers ("01", "02", dropped as page marks) when they number
    the pieces an editor's note opens ("编者按：…" over "01" / "乡镇党委书记：亮出清单晒实绩"), not
    the parts of one signed piece."""
    marks = sorted(d.line for d in dropped if d.code == "page-mark" and PIECE_NO.match(d.text))
    note = max((l.no for l in ln if l.kind == "ednote" and marks and l.no < marks[0]), default=None)
    # (a byline between the note and the first number: a signed piece, numbering its parts)
    signed = note is not None and any(l.kind == "byline" and note < l.no < marks[0] for l in ln)
    return marks if note is not None and not signed else []


def _after_furniture(lines: list[Line], dropped: list[Dropped], numbers: list[int]) -> set[int]:
    """The kept lines printed right after furniture (blank lines between), which ends a piece
    where it stands between two: a push's editors, an end mark, its pieces' numbers."""
    gone = sorted([d.line for d in dropped if d.code == "furniture"] + numbers)
    out: set[int] = set()
    prev = 0
    for l in lines:
        if not l.text.strip():
            continue
        k = bisect.bisect_right(gone, prev)
        if k < len(gone) and gone[k] < l.no and prev:
            out.add(l.no)
        prev = l.no
    return out
