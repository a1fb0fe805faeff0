"""Settling: the units once their title blocks are placed → the units each article keeps.

Takes the `Item` sequence after `assign.assign_blocks` (one step, `split_by_closing_signature`,
before it); changes it in place: a body closed by the author of the signed block after it takes
that block; a body stopped by a page jump goes on where it comes back; end lines alone under a
title printed after its body close that body; a body signed at its head by one person and closed
by another's end line is two pieces; an untitled body signed after a running head
goes back to the signed article before it; a signed banner with no body heads the body printed
under a banner line of its own further down; a title block's byline with no body anywhere goes
to the longest unsigned article; group headings find the nearest editor's note.
"""
from __future__ import annotations

import re
from typing import Literal

from ..model import Dropped, Warning
from .blocks import DASH_SUBTITLE, Block
from .layout import INNER_COMMA, PAUSE, TAIL_END, TAIL_OPEN, Ln, headish
from .units import Item, Label, Unit, cut_tail
from .vocabulary import ENUM


def ends_under_titles(seq: list[Item]) -> None:
    """End lines alone right under a title block printed after its body ("…" / title / "□ 穆
    清" / "（作者单位：…）") close that body's article."""
    for k, v in enumerate(seq):
        if isinstance(v, Unit) and not v.gone and not v.lns and v.ends and k \
                and isinstance(b := seq[k - 1], Block) and b.unit is not None and b.unit.lns \
                and b.pos > b.unit.lns[-1].i and not b.unit.ends \
                and all(e.kind == "end" for e in v.ends):
            b.unit.ends = list(v.ends)
            v.gone = True


def split_two_signatures(seq: list[Item]) -> None:
    """A body signed at its head by one person and closed by another's end line ("桥东街道党
    工委书记 洪家骏：" … "（河口镇党委书记 艾林）") holds two pieces: the second starts at the
    heading line standing alone between two paragraphs, its title."""
    for k in range(len(seq) - 1, -1, -1):
        u = seq[k]
        if not isinstance(u, Unit) or u.gone or u.kind != "article" or u.tb is None \
                or not (u.tb.by and u.tb.by.authors):
            continue
        closing = [n for e in u.ends if e.by for n in e.by.authors]
        if not closing or set(closing) & set(u.tb.by.authors):
            continue
        heads = [c for c in range(1, len(u.lns) - 1) if headish(u.lns[c]) and u.lns[c - 1].ends_sentence
                 and (u.lns[c].para_line or u.lns[c].cells <= u.lns[c].width - 4)
                 and not ENUM.match(u.lns[c].text) and not INNER_COMMA.search(u.lns[c].text)
                 and not u.lns[c].box]
        if len(heads) != 1:
            continue
        c = heads[0]
        b = Block([u.lns[c]], [u.lns[c]])
        tail = Unit(u.lns[c + 1:], tb=b, ends=u.ends)
        b.unit = tail
        u.lns, u.ends = u.lns[:c], []
        seq[k + 1:k + 1] = [b, tail]


def split_by_closing_signature(seq: list[Item]) -> None:
    """(Before the blocks are assigned.) A body closed by an end line naming the author of the
    signed title block right after it ("作者简介：唐小禾，…" / "数字赋能…研究" / "□ 唐小禾"): the
    block is that body's title, printed after it — and when the body runs on from under another
    signed block, whose author the end line does not name, the body is cut where its text
    changes most, its head that block's article."""
    for k in range(len(seq) - 2, -1, -1):
        u, after = seq[k], seq[k + 1]
        if not (isinstance(u, Unit) and isinstance(after, Block)) or u.gone or u.tb is not None \
                or u.kind != "article" or after.unit is not None or not (after.by and after.by.authors):
            continue
        closing = {n for e in u.ends if e.by for n in e.by.authors}
        if not closing & set(after.by.authors):
            continue
        # the body it may run on from: itself, or the one before the running heads over it
        at = k - 1
        while at >= 0 and (isinstance(seq[at], Label) or isinstance(seq[at], Unit) and seq[at].gone):
            at -= 1
        if at == k - 1 or at < 0:
            at = k
        w = seq[at]
        before = seq[at - 1] if at else None
        if isinstance(w, Unit) and not w.gone and w.tb is None and w.kind == "article" \
                and isinstance(before, Block) and before.unit is None and before.by and before.by.authors \
                and not closing & set(before.by.authors):
            w.tb = before   # (its words weigh in where the cut falls)
            tail = cut_tail(w, after, seq, at)
            if tail is None:
                w.tb = None
                continue
            before.unit = w
            if w is not u:  # the tail and the body after the running heads are one
                tail.lns += u.lns
                tail.ends, u.lns, u.ends, u.gone = u.ends, [], [], True
            u = tail    # (cut_tail gave the tail the end lines)
        u.tb, after.unit = after, u


def join_jumps(seq: list[Item], jumps: list[tuple[int, Literal["out", "in"]]]) -> None:
    """A body stopped by "（下转第28页）" goes on in the body right after the next "（上接…页）":
    that body joins it, and the title block the assignment gave it goes to the untitled body
    printed just before the block (the piece set between the two halves, its title after it)."""
    marks = sorted(jumps)
    for (out, way), (back, way_back) in zip(marks, marks[1:]):
        if (way, way_back) != ("out", "in"):
            continue
        units = [o for o in seq if isinstance(o, Unit) and not o.gone and o.lns]
        head = next((u for u in units if u.lns[-1].no < out and u.lns[-1].no >= out - 3), None)
        tail = next((u for u in units if u.lns[0].no > back and u.lns[0].no <= back + 3), None)
        if head is None or tail is None or head is tail or head.tb is None or head.kind != "article":
            continue
        b = tail.tb
        head.lns = head.lns + tail.lns
        head.ends = head.ends + tail.ends
        tail.lns, tail.ends, tail.gone, tail.tb = [], [], True, None
        if b is not None and b is not head.tb:
            k = seq.index(b)
            before = seq[k - 1] if k else None
            b.unit = None
            if isinstance(before, Unit) and not before.gone and before.tb is None and before.kind == "article":
                before.tb, b.unit = b, before


# "同志们：", "同志们，": a speech's first words
SPEECH_OPENING = re.compile(r"^\s*同志们[：:，,]")
# lines of another text, at least, before a speech opens in the same body
SPEECH_AFTER = 3


def split_speech_openings(seq: list[Item]) -> None:
    """A body whose title block floats inside it and in which a speech opens ("同志们：…")
    after paragraphs of another text, before the title (an unsigned commentary ending a
    column, then the speech the title names): the other text is a piece of its own."""
    for k in range(len(seq) - 1, -1, -1):
        u = seq[k]
        if not isinstance(u, Unit) or u.gone or u.kind != "article" or u.tb is None or not u.lns \
                or not u.lns[0].i < u.tb.pos < u.lns[-1].i:
            continue
        c = next((c for c in range(SPEECH_AFTER, len(u.lns)) if u.lns[c].i < u.tb.pos
                  and SPEECH_OPENING.match(u.lns[c].text) and u.lns[c - 1].ends_sentence), None)
        if c is not None:
            seq.insert(k, Unit(u.lns[:c]))
            u.lns = u.lns[c:]


def absorb_signed_tails(seq: list[Item]) -> None:
    """An untitled unit closed by an end line ("（作者系…）") right after a running head belongs to
    the signed article before it that has no end line of its own: the head fell between two of
    its paragraphs."""
    for k, v in enumerate(seq):
        if not isinstance(v, Unit) or v.gone or v.tb is not None or v.kind != "article" or not v.lns \
                or not any(e.kind == "end" and e.by and (e.by.unit or e.by.writer) for e in v.ends):
            continue
        x = k - 1
        while x >= 0 and (isinstance(seq[x], Label) or isinstance(seq[x], Unit) and seq[x].gone or
                          isinstance(seq[x], Block) and (seq[x].unit is not None or seq[x].dup)):
            x -= 1
        if x < 0 or not isinstance(seq[k - 1], Label) or not isinstance(seq[x], Unit):
            continue
        pv = seq[x]
        if pv.kind == "article" and pv.tb is not None and pv.tb.anchored and not pv.ends:
            pv.lns.extend(v.lns)
            pv.ends = v.ends
            v.gone = True


# the most Chinese characters of a piece's first column printed above its title
LEAD_COLUMN_HAN = 160


def leads_before_titles(seq: list[Item]) -> None:
    """A short untitled unit with no end line (a few sentences: too short for an article of its
    own) right after a column's label or a closed piece, right before a signed title block whose
    body closes with its writer's end line ("（作者：…）"): the piece's first column, printed
    above its title (a page whose headline spans the columns after the first) — the piece's
    first lines."""
    live = [o for o in seq if not (isinstance(o, Unit) and o.gone)
            and not (isinstance(o, Block) and (o.dup or o.unit is None))]
    for before, v, b, w in zip(live, live[1:], live[2:], live[3:]):
        if isinstance(v, Unit) and v.kind == "article" and v.tb is None and v.lns and not v.ends \
                and sum(x.han for x in v.lns) <= LEAD_COLUMN_HAN \
                and (isinstance(before, Label) or isinstance(before, Unit) and _closed(before)) \
                and isinstance(b, Block) and b.anchored and b.unit is w and isinstance(w, Unit) \
                and w.tb is b and w.kind == "article" and _closed(w):
            w.lns = v.lns + w.lns
            v.gone = True


def _closed(u: Unit) -> bool:
    """Closed by its writer's end line."""
    return any(e.kind == "end" and e.by is not None and bool(e.by.unit or e.by.writer) for e in u.ends)


def fragment_at_start(seq: list[Item]) -> None:
    """"度，2025 年，县委召开…", "工作机制。2024 年，…" opening the text: the end of another
    issue's article, cut off before the text starts — an untitled fragment; a heading printed
    after it ("以考核为抓手，压实党建责任", cut off in its turn before its own text) is its last
    line, no title of it. So is a short untitled body (a column's few sentences, its first line
    a full one) closing a sentence right before a column's label, whatever its first words
    ("员队伍建设，引导…": a word cut in two). So are the lines taken for a title over either when
    the body under them opens with a sentence's last word and its full stop ("队伍建设，把政治标准
    放在首位，严把入" / "口关、…质" / "量。"): no heading is followed by the end of a sentence."""
    units = [o for o in seq if isinstance(o, Unit) and not o.gone and o.lns]
    u = min(units, key=lambda o: o.lns[0].i, default=None)
    if u is None:
        return
    head = u.tb if u.tb is not None and not u.tb.anchored and u.tb.titles and u.tb.pos == 0 \
        and u.tb.lines[-1].i < u.lns[0].i \
        and not u.tb.titles[-1].ends_sentence else None
    if head is None and u.lns[0].i != 0:
        return
    lns = (head.lines if head else []) + u.lns
    after = next((o for o in seq if not (isinstance(o, Unit) and o.gone) and o is not u
                  and (o.line.i if isinstance(o, Label) else o.pos) > u.lns[-1].i), None)
    # (its first line as long as the next: a paragraph's line, cut, not a heading over a text)
    column = (head is not None or u.tb is None) and isinstance(after, Label) and u.lns[-1].ends_sentence \
        and sum(x.han for x in lns) <= LEAD_COLUMN_HAN and len(lns) >= 2 and lns[0].cells >= lns[1].cells - 4
    if head is not None:
        if not (TAIL_END.match(u.lns[0].text) or column):
            return
        u.lns, u.tb = lns, None
    elif TAIL_OPEN.match(u.lns[0].text) or TAIL_END.match(u.lns[0].text) or column:
        if u.tb is not None and not u.tb.anchored and u.tb.pos > u.lns[-1].i:
            u.lns = u.lns + u.tb.titles
            u.tb = None
    else:
        return
    u.kind = "fragment"


def nearest_note(seq: list[Item], i: int) -> Unit | None:
    """The live editor's note nearest to position `i`."""
    best = None
    for o in seq:
        if isinstance(o, Unit) and o.kind == "editor_note" and not o.gone:
            if best is None or abs(o.pos - i) < abs(best.pos - i):
                best = o
    return best


# articles after a bodiless banner block that may hold its body: the rest of its page
BANNER_REACH = 6


def banner_bodies(seq: list[Item], dropped: list[Dropped]) -> None:
    """A signed title block with no body and no untitled body before it (a page's banner,
    deck and byline printed at its top) heads the body printed further down under a banner line of its own: the first
    unit after it with a short, unpunctuated line between two paragraphs is cut there; the
    tail is the block's body, the banner line its column (not the block's first line)."""
    for k, b in enumerate(seq):
        if not isinstance(b, Block) or b.unit is not None or b.dup or not (b.by and b.by.authors):
            continue
        before = next((o for o in reversed(seq[:k]) if isinstance(o, Unit) and not o.gone), None)
        if before is not None and before.tb is None and before.kind == "article":
            continue    # an untitled body before it: a title printed after its body, not a banner
        looked = 0
        for x in range(k + 1, len(seq)):
            u = seq[x]
            if not isinstance(u, Unit) or u.gone or u.kind != "article":
                continue
            looked += 1
            if looked > BANNER_REACH:
                break
            c = next((c for c in range(2, len(u.lns) - 1) if _banner(u.lns[c - 1], u.lns[c])), None)
            if c is None:
                continue
            banner = u.lns[c]
            if b.label is not None and b.lines[0] not in b.titles and b.lines[0].kind == "body":
                b.titles = [b.lines[0]] + b.titles   # the first title line was no column
            b.label = re.sub(r"\s+", " ", banner.text)     # the banner over the body is
            tail = Unit(u.lns[c + 1:], tb=b, ends=u.ends)
            u.lns, u.ends = u.lns[:c], []
            b.unit = tail
            seq.insert(x + 1, tail)
            dropped.append(Dropped(banner.no, banner.text, "banner over a body whose title "
                                   "block is printed elsewhere", "column-label"))
            break


def _banner(before: Ln, line: Ln) -> bool:
    """A banner line inside running text: after a paragraph's end, the shape of a title,
    no pause of a sentence in it, shorter than the column, not a "——…" line (a subtitle or
    a subhead of the body)."""
    return before.ends_sentence and headish(line) and not line.stop and 6 <= line.han <= 30 \
        and not PAUSE.search(line.text) and line.cells <= line.width * 0.8 \
        and not DASH_SUBTITLE.match(line.text)


def give_far_bylines(blocks: list[Block], units: list[Unit], dropped: list[Dropped],
                     warnings: list[Warning]) -> None:
    """A title block with a byline but no body (a page banner): its byline goes to the longest
    article that has no byline of its own."""
    longest = None   # the same for every banner: giving a far byline signs nothing
    for b in blocks:
        if b.unit is not None or b.dup or not (b.by and b.by.authors):
            continue
        if longest is None:
            cands = [u for u in units if u.kind == "article" and u.lns
                     and not (u.tb and u.tb.by and u.tb.by.authors)
                     and not any(e.by and e.by.authors for e in u.ends)]
            longest = max(cands, key=lambda u: len(u.text)) if cands else False
        for x in b.lines:
            dropped.append(Dropped(x.no, x.text, "title block without a body; byline given to "
                                   "an unsigned article", "far-byline"))
        if not longest:
            continue
        u = longest
        u.far_by = b.by
        warnings.append(Warning(b.lines[-1].no, "far-byline",
                                f"byline “{b.lines[-1].text}” printed away from any body; "
                                f"given to the longest unsigned article"))
