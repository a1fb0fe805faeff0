"""Paragraph marks: a daily's furnished page lines → how its pages mark a paragraph's first line.

Takes the lines `furniture.strip_furniture` kept of an issue it read as `newspaper`; gives the
test `newspaper.split_newspaper` asks of each line (does it open a paragraph?), whether the text
keeps its columns' hard line ends, and, in a narrow column set without indents, the lines that
are a headline's — or None when the pages mark no paragraphs (then the generic segmenter reads
them). A daily indents every paragraph; a text extracted without its indents sets one paragraph
to a line longer than any headline, or keeps a narrow column's line ends, where a sentence's end
short of the column closes a paragraph. Written by hand: no library reads a page's paragraphs
from its extracted text.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from ..model import Line
from .byline import Byline, credit_closes, parse_head_byline, wrapped_byline
from .end_lines import parse_end_line
from .layout import PUNCTUATION, SENT_END, cells

# "　　本报讯…" (ingest leaves one space of the indent): an indented paragraph
INDENTED = re.compile(r"^[\u3000\s]")
# "■ 桐山县驰援湖北的…": a brief set flush with its mark
BRIEF_MARKS = "■●◆▲□"
BRIEF = re.compile(rf"^[{BRIEF_MARKS}]\s*(\S.*)$")
# "本报讯…", "本网讯（通讯员 某某）…", "本报北塘5月7日电（记者 某某）…": a lead, which opens a story
LEAD = re.compile(r"^\s*(本报|本网)讯|^\s*本报[^\s，。]{0,8}\d{1,2}\s*日\s*电")
HEADLINE_MAX = 40
# lines set in a column: most at one width (give or take), and a share of them indented
COLUMN_MIN, COLUMN_LINES_MIN, COLUMN_SLACK, INDENTED_COLUMN_SHARE = 10, 12, 1, 0.1
INDENTED_SHARE = 0.6  # of the long lines: a daily indents (nearly) every paragraph
# a narrow column set without indents: at most this wide, and this share of the lines within a
# character of its width
FLUSH_WIDTH_MAX, FLUSH_SHARE = 24, 0.5
# of the first lines in such a column: this many two characters short, its indents were lost
LOST_INDENT_SHARE = 0.6
# "本报讯", "本报记者 某某", "本报评论员": the paper's own people, on a daily's page
PAPERS_OWN = re.compile(r"^\s*(本报|本网)")
PARAGRAPH_LINES_SHARE = 1 / 3  # of the lines with text: paragraphs a line make most of a page
PARAGRAPH_LINE = re.compile(rf"^(?=\s*[^■●◆▲□\s]).{{{HEADLINE_MAX + 1},}}$")


def _in_columns(kept: list[Line]) -> bool:
    """The text keeps the hard line ends of the pages' columns ("　　在担任省长时率先在全国推进
    服务型政" / "府建设，…", no line longer than a headline) and indents its paragraphs."""
    lines = [l for l in kept if len(l.text.strip()) >= COLUMN_MIN]
    indented = sum(bool(INDENTED.match(l.text)) for l in lines)
    return len(lines) >= COLUMN_LINES_MIN and indented >= INDENTED_COLUMN_SHARE * len(lines)


# a line opens a paragraph (the text's lines, in order, decide: see `paragraph_marks`)
Opens = Callable[[Line], bool]


def paragraph_marks(kept: list[Line]) -> tuple[Opens, bool, set[int] | None] | None:
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


def line_step(lines: list[Line]) -> int:
    """How many line numbers apart the text's lines stand as a rule: 1, or 2 in a text with a
    blank line after every line (a PDF's extraction, double-spaced), where only more marks a
    gap."""
    numbers = [l.no for l in lines if l.text.strip()]
    steps = Counter(b - a for a, b in zip(numbers, numbers[1:]) if b - a <= 2)
    return 2 if steps[2] > DOUBLE_SPACED_SHARE * sum(steps.values()) else 1


# the share of a text's lines a blank line follows for it to be double-spaced
DOUBLE_SPACED_SHARE = 0.6


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
    step = line_step(lines)
    indent = _lost_indent(lines, width, step)
    free = True     # a paragraph has ended (or the lines between were furniture): what next?
    for pp, p, l, n in zip([None, None] + lines, [None] + lines, lines, lines[1:] + [None]):
        t = l.text.strip()
        # (a sentence's end, or a credit's: "…共读打卡。（通讯员" / "程　诺）", or an end line's)
        ended = p is not None and bool(SENT_END.search(p.text.rstrip())
                                       or p.text.rstrip()[-1:] in "）)"
                                       and (credit_closes(p.text, pp.text if pp is not None else "")
                                            or parse_end_line(p.text)))
        # (where the indents were lost, a sentence ending a first line, "六月的瑸江，茶山叠翠。",
        # goes on under it on a full line: a new paragraph's first line would stand short)
        goes_on = indent and p is not None and abs(_wide(p) - (width - indent)) <= 0.5 and _wide(l) >= width - 1
        if p is not None and (l.no > p.no + step or ended and len(p.text.strip()) < width and not goes_on) \
                or ended and not PUNCTUATION.search(t) and len(t) < width - 1:
            free = True     # (a short line without punctuation after a sentence: a headline)
        if free and (PUNCTUATION.search(t) or LEAD.match(t) or BRIEF.match(t) and not (n and wrapped_byline(t, n.text))
                     and not _marked_byline(t) or _runs_on(l, n, width - indent, width, step)):
            openers.add(l.no)
            free = False
        elif free:
            heads.add(l.no)     # a headline's line, or a byline: never a paragraph going on
    return (lambda line: line.no in openers), True, heads


def _lost_indent(lines: list[Line], width: int, step: int) -> int:
    """How many characters short of the column a paragraph's first line stands where the
    extraction dropped the indents the page set ("结对双方将每季度至少开展一次联合主题" over
    "党日，机关党支部每年为结对村（社区）办成"): 2 when most first lines with a pause under a
    sentence's end, over a full line, are two short; else 0."""
    firsts = [_wide(l) for p, l, n in zip(lines, lines[1:], lines[2:])
              if SENT_END.search(p.text.rstrip()) and _wide(p) < width - 1
              and l.no <= p.no + step and n.no <= l.no + step and _wide(n) >= width - 1
              and PUNCTUATION.search(l.text)]
    short = sum(width - 3 <= w <= width - 2 for w in firsts)
    return 2 if firsts and short >= LOST_INDENT_SHARE * len(firsts) else 0


def _runs_on(l: Line, n: Line | None, first: int, width: int, step: int) -> bool:
    """"我们社区党委把这些“小事”" over "列成清单，每周在驿站公示": a line as wide as a paragraph's
    first line (`first`: the column's width, less an indent the extraction lost; no wider: a
    headline's larger type may run past it; its digits counted whole or half, as the writer
    set them) without a pause, over a full line of text: a paragraph's first line, not a
    headline — nor a byline ("文/某某（某学院）")."""
    t = l.text.strip()
    return n is not None and any(first - 1 <= w <= first + 1 for w in (len(t), _wide(l))) and n.no <= l.no + step \
        and _wide(n) >= width - 1 and bool(PUNCTUATION.search(n.text)) \
        and not (parse_head_byline(t) or Byline()).authors


def _marked_byline(t: str) -> bool:
    """"□ 蓝向东", "■ 本报记者　某某": a name (or a reporter) after a mark, a byline — no brief."""
    return len(t) <= MARKED_BYLINE_MAX and not PUNCTUATION.search(t) and bool((parse_head_byline(t) or Byline()).authors)


# characters, at most, of a marked byline
MARKED_BYLINE_MAX = 16


def _wide(l: Line) -> float:
    """How many characters' room a line takes in its column (two digits or Latin letters take
    one's: "5月6日，市委组织部人才" is eleven wide, not twelve)."""
    return cells(l.text.strip()) / 2

