"""Chains: the assignment's sequence → title blocks given to bodies where the stretch they
stand in decides.

Takes the `Item` sequence after the joins and each column label's verdict (a running head a
body was joined across, which separates nothing); sets blocks' units in place where the
structure alone tells: a column holding one signed block between two untitled bodies holds one
article with its title floating (`float_lone_blocks`); in a stretch of untitled bodies and
blocks each block titles the body right before or after it, the most bodies titled, all
blocks keeping to one side (`chains`, `chain_choice`). What these leave is placed by
`assign.assign_blocks` from the titles' words.
"""
from __future__ import annotations

from .blocks import Block
from .headlines import BULLET_LEAD
from .units import Item, Label, Unit


def float_lone_blocks(seq: list[Item], inside: dict[int, bool]) -> None:
    """A column that holds one signed title block (not one closing the column) between two
    untitled bodies, the first not closed by an end line, holds one article whose title block floats inside it (printed a
    few lines into the body): the bodies are joined under it. (Titles printed under their
    bodies would give the second body a title of its own.)"""
    column: list[Item] | None = None    # the live items since the last column label
    for o in seq + [None]:
        t = type(o)
        if o is not None and (t is Label and inside[id(o)] or t is Unit and o.gone
                              or t is Block and o.dup):
            continue
        if o is not None and t is not Label:
            if column is not None:
                column.append(o)
            continue
        if column is not None and len(column) == 3:
            u, b, v = column
            # (a first body of marked briefs, "■临溪县近日…", is the column's briefs, no article's start)
            if type(u) is Unit and type(b) is Block and type(v) is Unit and b.anchored and b.titles \
                    and b.unit is None and not u.ends and not b.closes_column \
                    and not (u.lns and BULLET_LEAD.match(u.lns[0].text)) \
                    and all(x.kind == "article" and x.tb is None and x.lns for x in (u, v)):
                u.lns = u.lns + v.lns
                u.ends = list(v.ends)
                v.gone = True
                u.tb, b.unit = b, u
        column = []     # (what stands before the first label is in no column)


# a stretch of untitled bodies and title blocks, in print order
Chain = list["Unit | Block"]


def chains(seq: list[Item], inside: dict[int, bool]) -> list[Chain]:
    """The stretches of the sequence made only of untitled article bodies and unplaced title
    blocks, each printed after the one before it (a column label, a titled or other unit, a
    block printed again or one carrying the next column's label ends a stretch)."""
    out: list[Chain] = []
    cur: Chain = []
    blocks = 0      # in `cur`
    last = -1       # the last line (index) of `cur`'s last item
    for o in seq:
        t = type(o)
        if t is Unit:
            if o.gone or not o.lns:
                continue    # merged away, or end lines alone: no body to title
            # (lines none of which ends a sentence — a cover's, a list's — are no body to title)
            plain = o.tb is None and o.kind == "article" and any(x.stop for x in o.lns)
            first, end = o.lns[0].i, o.lns[-1].i
        elif t is Block:
            plain = not o.dup and o.unit is None and bool(o.titles) and not o.closes_column
            first, end = o.lines[0].i, o.lines[-1].i
        else:
            if inside[id(o)]:
                continue
            plain = False
        if plain and cur and first < last:
            plain = None    # a body joined across what follows it: print order broken
        if not plain:
            if blocks >= 2:
                out.append(cur)
            cur, blocks = [], 0
            if plain is None:
                plain = True
        if plain:
            cur.append(o)
            blocks += t is Block
            last = end
    if blocks >= 2:
        out.append(cur)
    return out


def chain_choice(chain: Chain) -> dict[Block, Unit]:
    """Each title block of a stretch given to the body right before it or right after it, so
    that the most bodies get a title, and among those ways the one whose blocks most often
    take the side the block before them took (an issue prints its titles over its bodies or
    under them, and keeps to it): "body, title, body, title, …, body, title" is titled under
    its bodies, "title, body, title, body" over them. Nothing when two ways are equally good
    (the words of the titles decide those, later)."""
    n = len(chain)
    # best[i][(prev_free, last)]: from position i on, the body before it still untitled or
    # not, the side the last placed block took → (titled bodies, −changes of side), how many
    # ways reach that, the move at i that does; filled from the end (no recursion: a long
    # issue makes long stretches)
    states = [(f, s) for f in (False, True) for s in ("", "prev", "next")]
    table: list[dict] = [{} for _ in range(n + 1)]
    table[n] = {st: ((0, 0), 1, "") for st in states}
    for i in range(n - 1, -1, -1):
        for prev_free, last in states:
            if isinstance(chain[i], Unit):
                score, ways, _ = table[i + 1][(True, last)]
                table[i][(prev_free, last)] = (score, ways, "")
                continue
            moves = [("skip", 0, 0, table[i + 1][(False, last)])]
            if prev_free:
                moves.append(("prev", 1, -(last == "next"), table[i + 1][(False, "prev")]))
            if i + 1 < n and isinstance(chain[i + 1], Unit):
                moves.append(("next", 1, -(last == "prev"), table[i + 2][(False, "next")]))
            scored = [((r[0][0] + t, r[0][1] + c), r[1], m) for m, t, c, r in moves]
            top = max(sc for sc, _, _ in scored)
            table[i][(prev_free, last)] = (top, sum(w for sc, w, _ in scored if sc == top),
                                           next(m for sc, _, m in scored if sc == top))
    if table[0][(False, "")][1] != 1:
        return {}
    out: dict[Block, Unit] = {}
    i, prev_free, last = 0, False, ""
    while i < n:
        move = table[i][(prev_free, last)][2]
        if move == "":
            i, prev_free = i + 1, True
        elif move == "next":
            out[chain[i]] = chain[i + 1]
            i, prev_free, last = i + 2, False, "next"
        else:
            if move == "prev":
                out[chain[i]] = chain[i - 1]
                last = "prev"
            i, prev_free = i + 1, False
    return out
