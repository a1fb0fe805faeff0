"""Widths: the issue's non-blank lines → how it was set, and each line's column width.

Takes the `Ln`s `classify` made (text, display cells, page); gives whether the issue
was set one character a slot (`slots_per_character`) and sets each line's local column width
(`local_widths`), against which the other stages tell a full line from a short one. Written by
hand: the widths are those of Chinese text extracted from PDF columns, which no library reads.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .layout import Ln

# "2015年" "GDP": Latin letters and digits (a typesetter may set them one a slot; joined to a
# neighbour with a space, never indented)
ALNUM = re.compile(r"[0-9A-Za-z]")
# lines of running text with digits or Latin letters it takes to tell how the issue was set
SLOT_EVIDENCE = 5


def slots_per_character(out: list[Ln]) -> bool:
    """The issue was set one character a slot, digits and Latin letters as wide as a Chinese
    character (a typesetter that fills its column character by character, a monospaced
    export): its full lines with digits are as long as the column in characters, not in
    display cells ("1958年秋，一个星期日下午，毛主席在" beside lines of 19 Chinese characters).
    Told from the lines that run on (no sentence end, the next line long), against the
    column's width read from lines with Chinese characters only."""
    # (a line with half-width characters is shorter in cells than twice its length)
    pure = sorted(l.cells for l in out if l.cells >= 20 and l.cells == 2 * len(l.text))
    if len(pure) < 10:
        return False
    width = pure[int(len(pure) * 0.7)]
    by_cells = by_slots = 0
    for a, b in zip(out, out[1:]):
        if a.cells == 2 * len(a.text) or a.stop or b.cells < width - 6 or not ALNUM.search(a.text):
            continue
        near_cells, near_slots = abs(a.cells - width) <= 2, abs(2 * len(a.text) - width) <= 2
        by_cells += near_cells and not near_slots
        by_slots += near_slots and not near_cells
    return by_slots >= SLOT_EVIDENCE and by_slots >= 3 * by_cells


def local_widths(out: list[Ln], indented: bool = False) -> None:
    """Each line's column width: a high quantile of the widths of its neighbours on its page,
    so that short paragraph ends and headings do not pull it down; in a text that indents
    its paragraphs (`indented`: each "page" a paragraph), the lines over its first paragraph
    (a title at the text's top) are read with the paragraphs under them."""
    n = len(out)
    cs = [0 if l.far else l.cells for l in out]     # (a signature set far right: no witness of the column)
    page_end: dict[int, int] = {}   # a page's lines are consecutive: the end of each page
    for l in out:
        page_end[l.page] = l.i + 1
    # the widths of lines lo..hi-1 (from 7 before to 7 after, within the page) of 16 cells or
    # more, kept sorted as the window slides: a line in, a line out, no sort of each window
    ws: list[int] = []
    lo = hi = end = 0
    page = None
    for i, l in enumerate(out):     # (`i` is `l.i`)
        if l.page != page:
            page = l.page
            ws, lo, hi, end = [], i, i, page_end[page]
        top = min(end, i + 8)
        while hi < top:
            if (c := cs[hi]) >= 16:
                bisect.insort(ws, c)
            hi += 1
        while lo < i - 7:
            if (c := cs[lo]) >= 16:
                del ws[bisect.bisect_left(ws, c)]
            lo += 1
        near = ws
        if indented and len(ws) < 2 and (page == 0 or not l.page_start):
            near = sorted([c for c in cs[max(0, i - 7):min(n, i + 8)] if c >= 16])
        l.width = float(near[int(len(near) * 0.7)]) if near else float(l.cells)
