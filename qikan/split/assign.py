"""Assignment: title blocks → the units they head.

Takes the `Item` sequence after the joins; sets each title block's unit (and each unit's
block) in place: the unit a block floats in was given it by the joins; where the stretch it
stands in decides, as `chains` finds; else the untitled unit before it or the one after it, whichever shares more (IDF-weighted) character bigrams with the
title; a block whose lines end in the next column's label closes the unit before it; a
title printed after a unit that already has one splits that unit where its vocabulary
changes most; a title over a body whose own title floats inside it takes the body's head,
cut before the floating title; a block placed between two untitled bodies by a close call is
marked `guessed` (the article says so); a title printed after a body that opens a page after
a closed article, whose words only the body's tail holds, heads that tail (the head: an article
with neither title nor byline). A running head a body was joined across separates
nothing (what is settled once the blocks are placed: `settle.py`).
"""
from __future__ import annotations

import functools
import math

from ..text import bigrams, han
from .blocks import Block
from .chains import chain_choice, chains, float_lone_blocks
from .units import Item, Label, Unit, cut_tail, paragraph_firsts, prev_unit_at


# a title shares this much more of one body's vocabulary than of the other's: it is that
# body's title, whatever the column's habit
CLEAR = 0.15


class _Sim:
    """IDF-weighted share of a title's character bigrams found in a text."""

    def __init__(self, units: list[Unit]):
        self.texts = [u.text for u in units]    # the bodies as they stand (units are cut later)
        self.n = max(1, len(units))
        self.df: dict[str, int] = {}

    @functools.cached_property
    def hans(self) -> list[str]:
        return [han(t) for t in self.texts]

    def _df(self, g: str) -> int:
        """The bodies holding bigram `g`, counted when a title asks: an issue asks of a few
        titles, and every body's bigram set would cost more than these searches."""
        if g not in self.df:
            self.df[g] = sum(g in h for h in self.hans)
        return self.df[g]

    def __call__(self, title: str, text: str) -> float:
        tb = bigrams(title)
        if not tb:
            return 0.0
        body = bigrams(text)
        w = {g: math.log((self.n + 1) / (1 + self._df(g))) + 0.1 for g in tb}
        return sum(w[g] for g in tb if g in body) / sum(w.values())


def _labels_inside(seq: list[Item]) -> dict[int, bool]:
    """Each label's verdict, by its id: a running head the joins carried a body across (it
    was printed before the last line of the live unit before it, with no title block
    between), which separates nothing. One pass over the sequence."""
    out: dict[int, bool] = {}
    last: Unit | None = None
    for o in seq:
        if isinstance(o, Unit) and not o.gone and o.lns:
            last = o
        elif isinstance(o, Block):
            last = None
        elif isinstance(o, Label):
            out[id(o)] = last is not None and last.lns[-1].i > o.line.i
    return out


def assign_blocks(seq: list[Item], units: list[Unit]) -> None:
    """Give each title block not yet placed a unit (see the module's docstring)."""
    sim = _Sim([u for u in units if not u.gone])
    after_mode = False      # titles in this column have been printed after their bodies
    inside = _labels_inside(seq)    # (cut_tail inserts units, never labels)
    float_lone_blocks(seq, inside)
    for run in chains(seq, inside):
        chosen = chain_choice(run)
        for b in run if not chosen else ():  # a tie: placed below, each side's case as good
            if isinstance(b, Block):
                b.guessed = True
        for b, u in chosen.items():
            u.tb, b.unit = b, u
        _words_over_habit(run, chosen, sim)

    for k, b in enumerate(seq):
        if isinstance(b, Label) and not inside[id(b)]:
            after_mode = False
        if not isinstance(b, Block) or b.dup or b.unit is not None:
            continue
        if _signs_body_before(seq, k, b):
            continue
        prev = None
        seen = 0
        for x in range(k - 1, -1, -1):
            o = seq[x]
            if isinstance(o, Label):
                if inside[id(o)]:
                    continue
                break
            if isinstance(o, Unit) and not o.gone:
                seen += 1
                if o.tb is None and o.kind == "article" and o.lns:
                    prev = o
                    break
                if o.kind == "article" and o.tb is not None and o.lns \
                        and o.tb.pos < o.lns[0].i and o.lns[-1].i < b.pos:
                    break   # a body printed under its title between: no reaching across it
                if o.kind == "article" and seen >= 4:
                    break
        nxt = None
        for x in range(k + 1, len(seq)):
            o = seq[x]
            if isinstance(o, Label) or isinstance(o, Block) and not o.dup:
                break
            if isinstance(o, Unit) and not o.gone:
                if o.tb is None and o.kind in ("article",) and o.lns:
                    nxt = o
                break
        before = _adjacent_unit(seq, k)
        column_after = b.closes_column
        if prev is not None and column_after:
            # a column's label printed right under the block opens the next column: the
            # block closes the one before, its title printed after the body; the new column
            # has shown no habit yet
            choice = prev
            after_mode = False
        elif column_after and (titled := _titled_before(seq, k, inside)) is not None:
            # the same under a titled body: the title of that body's tail
            u, x = titled
            choice = cut_tail(u, b, seq, x) if len(u.lns) >= 6 else None
            after_mode = False
            if choice is not None and nxt is not None and nxt.ends and _column_goes_on(seq, k, b):
                # the label names the column already in force: it opens none, and the block
                # floats between the tail's paragraphs and the signed body under it
                choice.lns.extend(nxt.lns)
                choice.ends = nxt.ends
                nxt.gone = True
        elif before is not None and before.tb is not None and before.lns \
                and before.lns[0].i < before.tb.pos < before.lns[-1].i and not (nxt is not None and nxt.ends):
            # the unit before has its title floating inside it: this title, printed right after
            # it, is the title of its tail (unless a signed body stands right under it)
            choice = _split_for(seq, k, b)
            after_mode = choice is not None
        elif after_mode and prev is None and before is not None and before.tb is not None \
                and before.lns and before.tb.pos > before.lns[-1].i:
            # two titles printed one after the other under one body: the second is its tail's
            choice = _split_for(seq, k, b)
        elif prev is not None and nxt is not None:
            sp, sn = sim(b.title_text, prev.text), sim(b.title_text, nxt.text)
            if abs(sp - sn) > CLEAR:
                choice = prev if sp > sn else nxt
                b.guessed = False
            else:   # no clear answer from the words: as the titles before it, and said
                choice = (nxt if sn > sp + 0.05 else prev) if after_mode else \
                    (prev if sp > sn + 0.05 else nxt)
                b.guessed = True
            after_mode = choice is prev
        else:
            choice = prev or nxt
            after_mode = choice is not None and choice is prev
        if choice is None and nxt is None and _byline_only(before, b):
            # "● 孔令仪 邢　超" over a body closed by its unit line, then a title: printed after
            # the body whose block holds only its byline
            before.tb.lines, before.tb.titles = before.tb.lines + b.lines, list(b.titles)
            b.unit = before
            continue
        if choice is None and _label_over_float(seq, k, b):
            # "我为群众办实事" over a body whose title floats a few lines down: the column's label
            line = b.titles[0]
            line.kind, line.section = "section", "".join(line.text.split())
            seq[k] = label = Label(line)
            inside[id(label)] = False   # (a column's label: it separates what stands around it)
            continue
        if choice is None:
            choice = _split_for(seq, k, b) or _head_before_float(seq, k, b)
        if choice is not None:
            choice.tb = b
            b.unit = choice
    for b in [o for o in seq if isinstance(o, Block) and o.unit is not None and not o.dup]:
        if b.unit.lns and b.pos > b.unit.lns[-1].i:
            _untitled_head(seq, b.unit, b, sim)


# a title shares this much more of the other neighbour's words: the words outweigh the
# issue's habit of printing titles on one side (the stretch's choice)
WORDS_OVER_HABIT = 0.25


def _words_over_habit(run: list, chosen: dict, sim: _Sim) -> None:
    """A block the stretch gave to one neighbour whose words are plainly the other's, that
    other left untitled by the stretch, goes to the other (the two ways title as many bodies:
    an issue that prints one title under its body, the rest over theirs)."""
    for b, u in list(chosen.items()):
        k = run.index(b)
        other = [x for x in (run[k - 1] if k else None, run[k + 1] if k + 1 < len(run) else None)
                 if isinstance(x, Unit) and x is not u and x.tb is None]
        if not other:
            continue
        mine, theirs = sim(b.title_text, u.text), sim(b.title_text, other[0].text)
        # (or none of its words in the body given it, a clear share in the other's)
        if theirs - mine > WORDS_OVER_HABIT or mine == 0.0 and theirs > CLEAR:
            u.tb = None
            other[0].tb, b.unit = b, other[0]


def _signs_body_before(seq: list[Item], k: int, b: Block) -> bool:
    """A byline with no title over it, printed under an unsigned body ("作者：某某" at the end
    of a push) or one whose writer it names again ("文字：某某　某某"), signs that body: its lines
    become the body's end lines."""
    if b.titles or not (b.by and b.by.authors):
        return False
    u = _adjacent_unit(seq, k)
    if u is None or u.kind != "article" or not u.lns or u.ends or \
            (u.tb is not None and u.tb.by and u.tb.by.authors and not set(u.tb.by.authors) & set(b.by.authors)):
        return False    # (a body signed at its head: the credits closing it name its writer again)
    u.ends = list(b.lines)
    b.unit = u      # placed, as the unit's end lines, not its title block
    return True


def _adjacent_unit(seq: list[Item], k: int) -> Unit | None:
    """The live unit right before position `k`, past title blocks but not past a label."""
    x = k - 1
    while x >= 0 and (isinstance(seq[x], Block) or isinstance(seq[x], Unit) and seq[x].gone):
        x -= 1
    return seq[x] if x >= 0 and isinstance(seq[x], Unit) else None


def _titled_before(seq: list[Item], k: int, inside: dict[int, bool]) -> tuple[Unit, int] | None:
    """The live unit before position `k` (past title blocks and the running heads its body
    was joined across, or printed within its lines after its floating title) and its
    position, when it is a titled article with a body."""
    x = k - 1
    while x >= 0 and (isinstance(seq[x], Block) or isinstance(seq[x], Unit) and seq[x].gone
                      or isinstance(seq[x], Label) and (inside[id(seq[x])] or _within_unit_before(seq, x))):
        x -= 1
    u = seq[x] if x >= 0 else None
    if isinstance(u, Unit) and u.kind == "article" and u.tb is not None and u.lns:
        return u, x
    return None


def _within_unit_before(seq: list[Item], x: int) -> bool:
    """The label at `x` stands within the lines of the live unit before it."""
    u = next((o for o in reversed(seq[:x]) if isinstance(o, Unit) and not o.gone and o.lns), None)
    return u is not None and u.lns[-1].i > seq[x].line.i


# a column's name printed alone: at most this many characters
LABEL_HAN_MAX = 8


def _byline_only(u: Unit | None, b: Block) -> bool:
    """`u`'s title block is a byline alone, and `b` a title with no byline of its own."""
    return u is not None and u.kind == "article" and u.tb is not None and not u.tb.titles \
        and bool(u.tb.by and u.tb.by.authors) and bool(b.titles) and not b.by


def _label_over_float(seq: list[Item], k: int, b: Block) -> bool:
    """A lone short line with no byline, where a page opens, right over a body whose own title
    floats inside it: the column's label (it heads no body, and titles no tail)."""
    if len(b.lines) != 1 or b.by or not b.lines[0].page_start \
            or not 1 <= len(han(b.title_text)) <= LABEL_HAN_MAX or b.lines[0].listed:
        return False
    u = next((o for o in seq[k + 1:] if not (isinstance(o, Unit) and o.gone)), None)
    return isinstance(u, Unit) and u.kind == "article" and u.tb is not None and bool(u.lns) \
        and u.lns[0].i < u.tb.pos < u.lns[-1].i


def _column_goes_on(seq: list[Item], k: int, b: Block) -> bool:
    """The label under the block (at `k`) names the column the last label before it opened:
    printed again where a page turns, it opens no new column."""
    under = [x.section for x in b.lines if x.kind == "section" and x.i > b.titles[-1].i]
    last = next((o for o in reversed(seq[:k]) if isinstance(o, Label)), None)
    return bool(under) and last is not None and last.line.section == under[-1]


def _split_for(seq: list[Item], k: int, b: Block) -> Unit | None:
    """A title printed right after a unit that already has one (past the running heads printed
    inside its body, when a column's label follows the title: nothing under it to head): the
    unit's tail is the body of this title; cut where the vocabulary of the text changes most."""
    x = k - 1
    labels: list[Label] = []
    skipped = (Block, Label) if b.before_label or b.closes_column else Block
    while x >= 0 and (isinstance(seq[x], skipped) or isinstance(seq[x], Unit) and seq[x].gone):
        if isinstance(seq[x], Label):
            labels.append(seq[x])
        x -= 1
    if x < 0 or not isinstance(seq[x], Unit):
        return None
    u = seq[x]
    if u.gone or u.kind != "article" or len(u.lns) < 6 or any(a.line.i > u.lns[-1].i for a in labels):
        return None
    return cut_tail(u, b, seq, x)


def _head_before_float(seq: list[Item], k: int, b: Block) -> Unit | None:
    """A title block over a body whose own title floats further down in it (a brief's headline
    over a brief run on into the next piece, whose title block is printed inside that piece):
    the body is cut before the floating title where its text changes most; the head, for this
    block. (Not for a sentence taken for a title, above the body or in it.)"""
    if not _title_like(b):
        return None
    x = k + 1
    while x < len(seq) and isinstance(seq[x], Unit) and seq[x].gone:
        x += 1
    u = seq[x] if x < len(seq) else None
    if not isinstance(u, Unit) or u.kind != "article" or u.tb is None or not u.lns \
            or not u.lns[0].i < u.tb.pos < u.lns[-1].i or not _title_like(u.tb):
        return None
    before = sum(1 for l in u.lns if l.i < u.tb.pos)
    if before < 4:
        return None
    tail = cut_tail(u, u.tb, seq, x, before=before)
    if tail is None:
        return None
    tail.tb, u.tb.unit, u.tb = u.tb, tail, None
    return u


# a title's words the head of a body shares at most, and the tail at least, to cut the head off
HEAD_SHARE, TAIL_SHARE = 0.1, 0.35


def _untitled_head(seq: list[Item], u: Unit, b: Block, sim: _Sim) -> None:
    """A body that opens a page right after a closed article printed under its title, with a
    title block printed after it (`b`), whose first paragraphs share none of that title's words
    and whose last ones do: an article with neither title nor byline, then the body of `b`'s
    article. The body is cut where its text changes most among those paragraphs; the tail
    takes `b`, the head stays untitled."""
    if len(u.lns) < 8 or len(bigrams(b.title_text)) < 4 or not u.lns[0].page_start:
        return
    p = prev_unit_at(seq, seq.index(u))
    before = seq[p] if p is not None else None
    if before is None or not before.ends or before.tb is None or before.tb.pos > before.lns[0].i:
        return
    last = None
    for k in paragraph_firsts(u.lns, 0)[1:]:
        if k < 3:
            continue
        if k >= len(u.lns) - 2 or sim(b.title_text, "".join(l.text for l in u.lns[:k])) > HEAD_SHARE:
            break
        if sim(b.title_text, "".join(l.text for l in u.lns[k:])) >= TAIL_SHARE:
            last = k
    if last is not None and (tail := cut_tail(u, b, seq, before=last + 1)) is not None:
        tail.tb, b.unit, u.tb = b, tail, None


def _title_like(b: Block) -> bool:
    return bool(b.titles) and not any(l.stop for l in b.titles)
