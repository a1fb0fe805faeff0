"""Joins: the unit sequence → the same sequence with bodies cut apart by the layout rejoined.

Takes the `Item` sequence of `units.units_of`; changes its units in place (the sequence is
this stage's own working copy, made by the conductor): a unit that stops mid-sentence is joined
to the unit that continues it — across a running head or a floating title block, or further on
when a later unit starts mid-sentence; a unit opening with a later numbered part ("二、…")
continues the one before it; a body split around other material is re-cut and joined again.
"""
from __future__ import annotations

import re

from ..text import han
from .blocks import Block
from .headlines import CUT_END
from .layout import INNER_COMMA, cut_short, headish
from .names import PIECE_NUMBER
from .units import Item, Label, Unit, cont_start, cut_tail, inner_cut, prev_unit_at
from .vocabulary import NUMERALS

# "二、", "（三）", "3.": a numbered part that is not the first.
NEXT_PART = re.compile(r"^([二三四五六七八九十]+、|[（(][二三四五六七八九十]+[）)]|[2-9]\s*[.、．]|第[二三四五六七八九十])")


class Changes:
    """Positions in `seq` of the units changed since some moments: each list returned by
    `since()` gathers the positions touched from then on; those and the lists given to
    `follow()` are kept right as units are inserted. A unit's joining tests read only units
    near it, so a pass after a change looks again only where a test can see a changed unit;
    looking again at the whole issue after every change made long issues quadratic."""

    def __init__(self):
        self.touched: list[list[int]] = []
        self.followed: list[list[int]] = []

    def since(self) -> list[int]:
        touched: list[int] = []
        self.touched.append(touched)
        return touched

    def follow(self, positions: list[int]) -> list[int]:
        self.followed.append(positions)
        return positions

    def close(self, positions: list[int]) -> None:
        self.touched = [t for t in self.touched if t is not positions]
        self.followed = [t for t in self.followed if t is not positions]

    def touch(self, p: int) -> None:
        for t in self.touched:
            t.append(p)

    def inserted(self, p: int) -> None:
        """A unit was inserted at `p`: what stood at `p` and after it moved one on."""
        for t in self.touched + self.followed:
            t[:] = [x + (x >= p) for x in t]
        self.touch(p)


def _join_numbered_parts(seq: list[Item], changes: Changes,
                         touched: list[int] | None = None) -> None:
    """An article never starts with its second numbered part: a unit opening with "二、工作成效"
    continues the unit before it (a running head fell between two of its parts).
    `touched`: only the units whose test can read a unit changed there (None: every unit) —
    a unit's test reads the units back to the live one before it."""
    if touched is None:
        k = 0
        while k < len(seq):
            k = _numbered_join(seq, k, changes) + 1
        return
    targets = changes.follow(sorted(set(touched)))     # kept right as joins insert units
    done = -1
    for j in range(len(targets)):
        p = targets[j]
        k = max(p, done + 1)
        while k < len(seq):
            v = seq[k]
            last = isinstance(v, Unit) and not v.gone and k > p   # the first live unit after p
            n_live = len(seq)
            k2 = _numbered_join(seq, k, changes)
            if last and (k2 != k or len(seq) != n_live):
                last = False    # it joined: the live unit after it reads the join
            done = k = k2
            k += 1
            if last:
                break
    changes.close(targets)


def _numbered_join(seq: list[Item], k: int, changes: Changes) -> int:
    """Join the unit at `k` to the unit before it when it opens with a later numbered part;
    the position it stands at afterwards."""
    v = seq[k]
    if isinstance(v, Unit) and not v.gone and v.lns and NEXT_PART.match(v.lns[0].text):
        pk = prev_unit_at(seq, k)
        pv = seq[pk] if pk is not None else None
        # (under a title block, only the part right after the last one before it: the block
        # floats in the body — "第二，…" / title / "第三，…")
        titled = k > 0 and isinstance(seq[k - 1], Block) and not seq[k - 1].dup
        if pv is not None and pv.kind == "article" and not pv.ends and not _boxed_label(seq, k) \
                and (not titled or _next_part_of(pv, v)):
            n = len(seq)
            _join(pv, v, seq, pk, k, changes)
            return k + len(seq) - n
    return k


def _boxed_label(seq: list[Item], k: int) -> bool:
    """A bracketed column label printed once ("【共建共治】") right before `k`: it opens the next
    item (no running head fell between two parts)."""
    o = seq[k - 1] if k > 0 else None
    return isinstance(o, Label) and o.line.text[:1] == "【" \
        and sum(isinstance(x, Label) and x.line.text == o.line.text for x in seq) == 1


# "第三，", "三、", "（三）": a part's number and the way it is written
PART_NO = re.compile(r"^(第|[（(])?([一二三四五六七八九十]{1,3})([、，,）)])")


def _part_no(text: str) -> tuple[str, int] | None:
    m = PART_NO.match(text.strip())
    if m is None or len(m.group(2)) > 1:
        return None     # (one to ten: enough for a speech's parts)
    return (m.group(1) or "") + m.group(3), NUMERALS.index(m.group(2)) + 1


def _next_part_of(u: Unit, v: Unit) -> bool:
    """`v` opens with the part that follows the last numbered part of `u`, written the same way."""
    nxt = _part_no(v.lns[0].text)
    parts = [p for l in u.lns if (p := _part_no(l.text)) is not None and nxt and p[0] == nxt[0]]
    return nxt is not None and bool(parts) and parts[-1][1] + 1 == nxt[1]


def join_units(seq: list[Item]) -> None:
    """Join units cut mid-sentence to the units that continue them (`_merge_continuations`),
    then re-cut bodies split around other material (`_resplit`), joining again after each cut."""
    changes = Changes()
    last_pass = changes.since()
    _merge_continuations(seq, changes)
    _resplit(seq, changes, last_pass)
    _join_across_running_heads(seq)


def _merge_continuations(seq: list[Item], changes: Changes,
                         touched: list[int] | None = None) -> None:
    """Join units cut mid-sentence to the unit that continues them. `touched`: positions of
    units changed since the last pass; only the units whose tests read one of them are tried
    (None: every unit)."""
    _join_numbered_parts(seq, changes, touched)
    tried: set[int] = set()
    # One forward scan: a join changes only the joined units and what follows them, so the
    # units already passed stay as they were and the scan goes on at the joined unit (it may
    # take another continuation).
    # where this pass must look, kept right as units are inserted
    targets = changes.follow([len(seq)] if touched is None else sorted(set(touched)))
    ahead = changes.since()     # positions this pass changes from now on
    hi = changes.follow([-1])   # the end of the stretch being scanned, kept right likewise
    k, j = 0, 0
    while True:
        if k > hi[0]:           # past the stretch: on to the next target's
            while j < len(targets) and targets[j] < k:
                j += 1
            if j == len(targets):
                break
            hi[0] = targets[j]
            k = max(k, 0 if touched is None else _reads_from(seq, targets[j]))
            j += 1
            continue
        if k >= len(seq):
            break
        u = seq[k]
        if not isinstance(u, Unit) or u.gone or not (u.open_end or _cut_at_page(seq, k, u)) \
                or u.kind != "article" or id(u) in tried:
            k += 1
        elif _merge_once(seq, k, u, changes) is None:
            tried.add(id(u))
            k += 1
        else:   # the units it changed after `k` are read by the units up to them
            hi[0] = max([hi[0]] + ahead)
        ahead.clear()
    for t in (targets, ahead, hi):
        changes.close(t)


def _cut_at_page(seq: list[Item], k: int, u: Unit) -> bool:
    """`u` (at `k`) stops on a short line without a stop, and the next page goes on after a
    running head (`u`'s last line holding a clause: "入村“两委”班子，为乡村振兴"), or after a
    title block too when that line ends a sentence run on from a full line ("…各种台账表格" /
    "又冒"): the sentence runs on there (a short line alone would be a heading's)."""
    last = u.lns[-1] if u.lns and not u.ends else None
    if last is None or last.ends_sentence:
        return False
    above = u.lns[-2] if len(u.lns) > 1 and u.lns[-2].i == last.i - 1 else None
    between = (Label, Block) if cut_short(last, above) else (Label,) if INNER_COMMA.search(last.text) \
        else ()
    x = k + 1
    while x < len(seq) and isinstance(seq[x], between):
        x += 1
    return any(isinstance(o, Label) for o in seq[k + 1:x]) and x < len(seq) \
        and isinstance(seq[x], Unit) and bool(seq[x].lns) and seq[x].lns[0].page_start


def _reads_from(seq: list[Item], p: int) -> int:
    """The first position whose unit's join test (`_merge_once`) reads the unit at `p`: it
    reads the next seven units and the next live one."""
    start, seen, live = p, 0, False
    for x in range(min(p, len(seq)) - 1, -1, -1):
        o = seq[x]
        if not isinstance(o, Unit):
            continue
        if seen >= 7 and live:
            break
        start, seen, live = x, seen + 1, live or not o.gone
    return start


# lines, at most, of a cover over the first piece, none with a sentence's stop or pause
COVER_LINES = 4
COVER_NO = re.compile("[。，；！？、,;!?]")


def _merge_once(seq: list[Item], k: int, u: Unit, changes: Changes) -> int | None:
    """Join `u` (cut mid-sentence, at `k`) to the unit that continues it; that unit's index."""
    window: list[int] = []      # the next seven units, live or merged
    nxt = None                  # the next live unit
    for x in range(k + 1, len(seq)):
        o = seq[x]
        if isinstance(o, Block) and o.lines and PIECE_NUMBER.fullmatch(han(o.lines[0].text)):
            break   # "教案二" over a title: the next piece of a collection, nothing goes on past it
        if isinstance(o, Unit):
            if len(window) < 7:
                window.append(x)
            if nxt is None and not o.gone:
                nxt = x
            if len(window) == 7 and nxt is not None:
                break
    if nxt is not None and seq[nxt].kind == "editor_note" and len(u.lns) == 1 and headish(u.lns[0]):
        return None     # a heading right over an editor's note: its group's, no sentence cut
    if len(u.lns) <= COVER_LINES and not any(COVER_NO.search(x.text) for x in u.lns) \
            and not any(isinstance(o, Unit) for o in seq[:k]):
        return None     # the text's first "body", a few lines with no sentence in them: a cover's, no cut
    target = None
    if nxt is not None:
        between = [seq[x] for x in range(k + 1, nxt)]
        v = seq[nxt]
        # page heads alone between (to a signed tail of a line or two, past a part merged before too)
        heads = any(isinstance(o, Label) for o in between) and all(
            isinstance(o, Label) or isinstance(o, Unit) and o.gone and bool(v.ends) and len(v.lns) <= 2
            for o in between)
        tb = any(isinstance(o, Block) and (o.anchored or o.dup) for o in between)
        comma = bool(between) and CUT_END.search(u.lns[-1].text)
        first = v.lns[0] if v.lns else None     # (none: a unit of end lines alone)
        if v.kind == "article" and (heads or between and cont_start(v) or comma and tb
                                    or tb and first is not None and bool(TAIL_START.match(first.text))
                                    or between and first is not None and first.full and _cut_at_page(seq, k, u)):
            target = nxt    # across a running head or a floating title block, or a page turn
    # a column-wide last line with no stop, a title block with its byline under it, then a
    # body: the body continues it, unless a later one opens with a sentence's last words
    cut_by_block = nxt is not None and u.lns[-1].cells >= u.lns[-1].width - 4 and any(
        isinstance(seq[x], Block) and seq[x].anchored for x in range(k + 1, nxt))
    if target is None:
        # a later unit that starts mid-sentence after a closed unit continues this one
        for k2 in window:
            v = seq[k2]
            if v.gone or not v.lns or v.lns[0].no - u.lns[-1].no > 200 or _headed(seq, k2):
                continue
            pk = prev_unit_at(seq, k2)
            pv = seq[pk] if pk is not None else None
            if cont_start(v) and pv is not None and not pv.open_end and pv is not u \
                    and (not cut_by_block or TAIL_START.match(v.lns[0].text)):
                target = k2
                break
    if target is None and nxt is not None:
        between = [seq[x] for x in range(k + 1, nxt)]
        v = seq[nxt]
        ok = any(isinstance(o, Block) and (o.anchored or o.dup) for o in between) or \
            bool(between) and CUT_END.search(u.lns[-1].text)
        if ok and v.kind == "article":
            target = nxt
    if target is None:
        return None
    _join(u, seq[target], seq, k, target, changes)
    return target


def _headed(seq: list[Item], k: int) -> bool:
    """The unit at `k` stands under a label and a signed title block ("党 建 视 点" / "以严实作风…"
    / "钟　琏"): an article's opening, whatever its first line looks like ("作风建设关乎事业成
    败。" is no sentence's tail)."""
    return k >= 2 and isinstance(seq[k - 1], Block) and seq[k - 1].anchored and isinstance(seq[k - 2], Label)


# "积极分子。“培养关”注重…": a line opening with the last words of a sentence
TAIL_START = re.compile("^[^。！？，]{1,10}[。！？]")


# a label printed this often is a running head, not a column's label
RUNNING_HEAD = 3


def _join_across_running_heads(seq: list[Item]) -> None:
    """Two bodies with only a running head between them (a label printed three times or more),
    the first under no title block (or the second opening with a piece's part's label), closed by
    no end line, are one body whose page turned at a paragraph's end."""
    counts: dict[str, int] = {}     # each label's printings (some stand in title blocks)
    for o in seq:
        for x in [o.line] if type(o) is Label else o.lines if type(o) is Block else []:
            if x.kind == "section":
                counts[x.section] = counts.get(x.section, 0) + 1
    live = [k for k, o in enumerate(seq) if type(o) is not Unit or not o.gone]
    for z, a, b, c in zip([None] + live, live, live[1:], live[2:]):
        u, head, v = seq[a], seq[b], seq[c]
        if type(u) is Unit and type(head) is Label and type(v) is Unit and not u.gone \
                and u.kind == v.kind == "article" and u.lns and v.lns and not u.ends and v.tb is None \
                and (v.lns[0].box or (z is None or type(seq[z]) is not Block)
                     and counts[head.line.section] >= RUNNING_HEAD and u.tb is None):
            # (a page opening with a part's label, "【教学过程】", goes on the piece the page before
            # began, whatever its head: the pieces' parts open none)
            u.lns.extend(v.lns)
            u.ends = v.ends
            v.gone = True
    # a title and its column's label printed between two untitled bodies, the label printed
    # again right under the second: the label runs at the page's foot, and
    # the title floats in one body ("…抓落实，要有“求真务实”的作风。" / "在狠抓落实中彰显担当作为" /
    # "理 论 评 论" / " 坚决反对形式主义…" / "理 论 评 论")
    live = [k for k, o in enumerate(seq) if type(o) is not Unit or not o.gone]
    for a, b, c, d, e in zip(live, live[1:], live[2:], live[3:], live[4:] + [None]):
        u, blk, head, v = seq[a], seq[b], seq[c], seq[d]
        after = seq[e] if e is not None else None
        if type(u) is Unit and type(blk) is Block and type(head) is Label and type(v) is Unit \
                and not u.gone and not v.gone and u.tb is None and v.tb is None and blk.unit is None \
                and not blk.dup and not (blk.by and blk.by.authors) and u.kind == v.kind == "article" \
                and u.lns and v.lns and not u.ends and type(after) is Label \
                and after.line.section == head.line.section:
            u.lns.extend(v.lns)
            u.ends = v.ends
            v.gone = True
            u.tb, blk.unit = blk, u
            blk.label = blk.label or head.line.section     # the label under the title: its column


def _resplit(seq: list[Item], changes: Changes, last_pass: list[int]) -> None:
    """Bodies split around other material: a unit that starts mid-sentence after a closed unit
    continues an earlier unit at a line cut mid-sentence before an indented paragraph; that unit
    is cut there and the continuation joined to its first part. After each cut the scan looks
    again from the first unit that changed (the tests read only the units before a unit)."""
    done: set[tuple] = set()    # the re-cuts made, as (lines of the unit, of its continuation)
    k = 0
    while k < len(seq):
        v = seq[k]
        if not isinstance(v, Unit) or v.gone or v.kind != "article" or not cont_start(v):
            k += 1
            continue
        pk = prev_unit_at(seq, k)
        if pk is None or seq[pk].open_end:
            k += 1
            continue
        before: list[int] = []      # the six units before, nearest first
        x = k - 1
        while x >= 0 and len(before) < 6:
            if isinstance(seq[x], Unit):
                before.append(x)
            x -= 1
        for k0 in before:
            x = seq[k0]
            if x.gone or x.kind != "article":
                continue
            cut = inner_cut(x)
            if cut is None:
                continue
            key = (tuple(l.no for l in x.lns), tuple(l.no for l in v.lns))
            if key in done:
                continue    # the same re-cut again: it took back the tail it had cut off, and
            done.add(key)   # would forever (seen on shuffled pieces of the samples)
            since_cut = changes.since()
            tail = Unit(x.lns[cut:], ends=x.ends)
            x.lns, x.ends = x.lns[:cut], []
            seq.insert(k0 + 1, tail)
            changes.touch(k0)
            changes.inserted(k0 + 1)
            x.lns.extend(v.lns)
            x.ends = v.ends
            v.gone = True
            changes.touch(k + 1)
            # the pass reads what changed since the last one began (its own joins included)
            touched, last_pass = last_pass, changes.since()
            _merge_continuations(seq, changes, touched)
            changes.close(touched)
            k = min(since_cut)
            changes.close(since_cut)
            break
        else:
            k += 1


def _join(u: Unit, v: Unit, seq: list[Item], k: int, k2: int, changes: Changes | None = None) -> None:
    """Append `v` to `u`; a title block between them goes to `u`, or, when `u` already has a
    title, to a new unit cut from `u`'s tail where the text changes most."""
    host, at = u, k
    n = len(seq)
    for o in seq[k + 1:k2]:
        if isinstance(o, Block) and not o.dup and o.unit is None:
            if host.tb is None:
                host.tb, o.unit = o, host
            elif o.anchored and (host.tb.title_text != o.title_text):
                tail = cut_tail(host, o, seq, at, changes)
                if tail is not None:
                    host, at = tail, at + 1
                    host.tb, o.unit = o, host
    host.lns.extend(v.lns)
    host.ends.extend(v.ends)
    if host.tb is None and v.tb is not None:
        host.tb = v.tb
        v.tb.unit = host
    v.gone = True
    if changes is not None:
        changes.touch(k)
        changes.touch(at)
        changes.touch(k2 + len(seq) - n)    # where `v` stands after the cuts
