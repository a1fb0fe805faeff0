"""Paragraphs: the classified lines of a body (`layout.Ln`) → its paragraphs.

Takes the lines `classify` gives, hard-wrapped as printed; gives the paragraphs they
make (`paragraphs_of`), by where a line ends (a sentence's end on a short line), where the next
starts (an indent lost in extraction, a numbered subhead of its own), and joins Han text with
no space, Latin words and numbers with one. `join_paragraphs` does it for bare line texts.
"""
from __future__ import annotations

from ..model import Line
from .classify import classify
from .layout import ALNUM_END, PAUSE, SENT_END, SUBHEAD_LINES, Ln, headish
from .widths import ALNUM
from ..text import subhead_level


def paragraphs_of(lns: list[Ln]) -> list[str]:
    """Paragraphs from hard-wrapped lines: a line that ends a sentence and is clearly shorter
    than its column ends its paragraph, and so does a short heading line; a line indented by
    two characters under full lines starts one. Han text is joined with no space; Latin words
    and numbers keep one."""
    paras: list[str] = []
    cur = ""
    head_until = -1  # the last line of a numbered subhead being read
    for k, l in enumerate(lns):
        t = l.text
        end = _subhead_end(lns, k) if k > head_until else None
        if end is not None:
            if cur:
                paras.append(cur)
            cur = ""
            head_until = end
        if cur and (starts_paragraph(lns, k) or _indented_after_end(lns, k) or _set_in_after_end(lns, k)):
            paras.append(cur)
            cur = ""
        if cur and ALNUM_END.search(cur) and ALNUM.match(t):
            cur += " "
        cur += t
        if k == head_until:  # the subhead is a paragraph of its own
            paras.append(cur)
            cur = ""
            continue
        short = l.cells < l.width - 3
        # (a line boxed whole, "【采访时间：2025年10月12日　地点：村委会】", is a paragraph of its own)
        if (l.ends_sentence and (short or l.width > 120)) or t[:1] == "【" and t[-1:] == "】" or \
                (l.cells <= l.width * 0.8 and headish(l) and l.han <= 40
                 and not PAUSE.search(l.text)):
            paras.append(cur)
            cur = ""
    if cur:
        paras.append(cur)
    return paras


def _subhead_end(lns: list[Ln], k: int) -> int | None:
    """The last line of a numbered subhead ("一、当前农村基层党建工作存在的突出问题") that starts at
    line k after a paragraph's end, or None. It may wrap over up to three lines, each but the
    last full; it ends at a short line, and never in a sentence."""
    if k and not lns[k - 1].ends_sentence:
        return None
    text = ""
    for j in range(k, min(k + SUBHEAD_LINES, len(lns) - 1)):
        l = lns[j]
        if j > k and l.page_start and l.page == 0:
            return j - 1    # (in a text that indents its paragraphs, the next one set in)
        if j > k and (subhead_level(l.text) is not None or l.para_line):
            return None
        text += l.text
        if subhead_level(text) is None:
            return None
        if l.cells <= l.width - 6:  # clearly short (three characters): it ends the subhead
            return j + 1 if _wraps_on(lns, j) else j
    return None


def _wraps_on(lns: list[Ln], j: int) -> bool:
    """A subhead's short line followed by a still shorter line without a pause or a stop
    ("…运行机制和" / "“三建四关心”党内关怀机制的丰富内涵"): the subhead's end."""
    if j + 2 >= len(lns) or lns[j].para_line or PAUSE.search(lns[j].text[-1:]):
        return False
    nxt = lns[j + 1]  # shorter than the subhead's first line: body lines are near full
    return nxt.cells < lns[j].cells and nxt.cells <= nxt.width - 6 and not PAUSE.search(nxt.text) \
        and not SENT_END.search(nxt.text) and subhead_level(nxt.text) is None \
        and subhead_level(lns[j].text + nxt.text) is not None


def _indented_after_end(lns: list[Ln], k: int) -> bool:
    """A line after a sentence end, two characters shorter than the full line under it."""
    if k == 0 or k + 1 >= len(lns):
        return False
    prev, l, nxt = lns[k - 1], lns[k], lns[k + 1]
    return prev.ends_sentence and not prev.para_line and nxt.full and l.cells <= nxt.cells - 4 \
        and not ALNUM.search(l.text)


def _set_in_after_end(lns: list[Ln], k: int) -> bool:
    """In a text that indents its paragraphs (`classify` counts its indents as no pages), an
    indented line after a sentence's end ("　　问：…吗？" / "　　答：…")."""
    l = lns[k]
    return k > 0 and l.page_start and l.page == 0 and lns[k - 1].ends_sentence


def starts_paragraph(lns: list[Ln], k: int) -> bool:
    """A line indented under full neighbours (the indent was lost in extraction, the line is
    two characters short) after a line that is full but did not end its paragraph."""
    if k == 0 or k + 1 >= len(lns) or not lns[k].indents or lns[k].page_start:
        return False
    prev, l, nxt = lns[k - 1], lns[k], lns[k + 1]
    return prev.full and nxt.full and l.cells <= min(prev.cells, nxt.cells) - 4 \
        and not l.ends_sentence and l.width < 80 and not ALNUM.search(l.text)


def join_paragraphs(texts: list[str]) -> list[str]:
    """Paragraphs rebuilt from hard-wrapped line texts (see `paragraphs_of`)."""
    return paragraphs_of(classify([Line(n, t) for n, t in enumerate(texts, 1)]))
