"""Units: classified lines and title blocks → the issue as a typed sequence of body units.

Takes the `Ln`s and the title blocks; gives the issue in print order as a list of `Item`s —
`Unit` (body lines that belong together, with their end lines), `Block` (a title block) and
`Label` (a column label or running head). Also the unit-level helpers the later stages share:
where a unit starts mid-sentence (`cont_start`), where its body has an inner cut
(`inner_cut`), the live unit before a position (`prev_unit_at`) and the cut of a unit where its
text changes most (`cut_tail`).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal, Union

from .blocks import Block
from .byline import INLINE_END, Byline, lead_credit
from .end_lines import parse_end_line
from .dates import DATE_ALONE, DATE_LEAD
from .layout import ASIDE, INNER_COMMA, Ln, headish
from .paragraphs import starts_paragraph
from .vocabulary import ENUM
from ..text import bigrams, han

# "【编者按】" alone on its line: the note's text follows on the next lines
EDNOTE_MARK = re.compile(r"^【?编者按】?[：:]?$")

if TYPE_CHECKING:
    from .joins import Changes

UnitKind = Literal["article", "brief", "filler", "editor_note", "fragment"]
# "打破壁垒、整合资源，…": a paragraph's run-in lead and the mark that ends it
LEAD = re.compile(r"^([^，。、；：！？]{2,16})([，。、；：！？])")


@dataclass(eq=False)
class Unit:
    """Body lines that belong together, in reading order."""
    lns: list[Ln]
    kind: UnitKind = "article"
    tb: Block | None = None
    ends: list[Ln] = field(default_factory=list)
    gone: bool = False          # merged into another unit
    far_by: Byline | None = None  # a byline printed away from the body (a page banner's)

    @property
    def pos(self) -> int:
        return self.lns[0].i if self.lns else (self.ends[0].i if self.ends else 0)

    @property
    def open_end(self) -> bool:
        if self.ends or not self.lns:
            return False
        last = self.lns[-1]
        # (a short heading-like last line may be a title printed after the body; one with a
        # pause inside, "点半课堂”，由退休教", is a sentence cut by a title block)
        return not last.ends_sentence and not (headish(last) and last.cells < last.width - 4
                                               and not INNER_COMMA.search(last.text))

    @property
    def text(self) -> str:
        return "".join(l.text for l in self.lns)


@dataclass(frozen=True, eq=False)
class Label:
    """A column label or running head between units: "【领导论坛】", "高 层 动 态"."""
    line: Ln


# the issue in print order
Item = Union[Unit, Block, Label]


# "答：", "每季度：", "主持人：", "王晓红：": a short label and a colon open a paragraph (a turn of a
# question and answer or an interview, an item of a list), however wide its first line
TURN = re.compile(r"^[\u4e00-\u9fff]{1,4}：")
# "编辑回复：卜玉华同志，…": the magazine's answer under a reader's signed letter, part of its item
REPLY = re.compile(r"^(编辑|编者|本刊|记者|栏目)回复\s*[:：]")


def cont_start(u: Unit) -> bool:
    """The unit starts mid-sentence: its first line is as wide as the column."""
    f = u.lns[0] if u.lns else None
    return f is not None and f.cells >= f.width - 1 and not ENUM.match(f.text) \
        and not DATE_LEAD.match(f.text) and not TURN.match(f.text)


def prev_unit_at(seq: list[Item], k: int) -> int | None:
    """The position of the live unit before position `k`."""
    for x in range(k - 1, -1, -1):
        o = seq[x]
        if isinstance(o, Unit) and not o.gone:
            return x
    return None


def _after_end(ln: list[Ln], l: Ln, seq: list[Item]) -> bool:
    """`l` follows the end line that closed the last unit."""
    return bool(l.i) and ln[l.i - 1].kind == "end" and bool(seq) and isinstance(seq[-1], Unit) \
        and bool(seq[-1].ends) and seq[-1].ends[-1] is ln[l.i - 1]


def _signed_unit(ln: list[Ln], l: Ln, seq: list[Item]) -> Unit | None:
    """The unit right before `l` that its writer's signature closed — an end line, or a byline
    under it with no title ("■ 某县城关镇　读者　某某") — if any: what `l` (a reply, a unit
    line) goes on."""
    if _after_end(ln, l, seq):
        return seq[-1]
    if len(seq) >= 2 and isinstance(seq[-1], Block) and not seq[-1].titles and seq[-1].by is not None \
            and isinstance(seq[-2], Unit) and seq[-2].lns:
        return seq[-2]
    return None


def units_of(ln: list[Ln], in_block: dict[int, Block], group_lines: set[int],
             jumps_out: list[int] = ()) -> list[Item]:
    """The issue as a sequence of units, title blocks and column labels (`jumps_out`: the lines of
    "（下转第28页）" marks, where a body stops to go on further down)."""
    seq: list[Item] = []
    cur: Unit | None = None
    filler_next = False
    out = sorted(jumps_out)
    for l in ln:
        while out and out[0] < l.no:
            out.pop(0)
            cur = None  # the body stops at its jump mark
        if l.i in in_block:
            b = in_block[l.i]
            if not seq or seq[-1] is not b:
                seq.append(b)
            cur = None
            continue
        if l.i in group_lines or l.kind in ASIDE:
            continue
        if l.kind == "section":
            seq.append(Label(l))
            filler_next = l.section.endswith("书摘") or l.section in ("补白", "微言", "名言")
            cur = None
            continue
        if l.kind == "end" and cur is None and (signed := _signed_unit(ln, l, seq)) is not None:
            # "采访整理：某某" / "（根据录音整理，有删节）": one close; "■ 某某" / "（作者单位：…）":
            # the unit under its writer's name
            signed.ends.append(l)
            continue
        if l.kind in ("end", "attrib", "byline"):
            if cur is None:
                cur = Unit([])
                seq.append(cur)
            cur.ends.append(l)
            if l.kind != "byline":
                cur = None
            continue
        if cur is None and DATE_ALONE.match(l.text) and _after_end(ln, l, seq):
            seq[-1].ends.append(replace(l, kind="end"))   # "读者 某某" / "2026年5月10日": its date
            continue
        if cur is None and REPLY.match(l.text) and (letter := _signed_unit(ln, l, seq)) is not None:
            cur = letter    # the letter's item goes on with the reply
        if l.kind == "ednote" and not (seq and isinstance(seq[-1], Block) and seq[-1].anchored):
            # (a note right under a signed title block opens that article: an interview's)
            cur = Unit([l], kind="editor_note")
            seq.append(cur)
            if l.ends_sentence and l.cells < l.width - 3 and not EDNOTE_MARK.match(l.text):
                cur = None
            continue
        if cur is None:
            cur = Unit([], kind="filler" if filler_next else "article")
            filler_next = False
            seq.append(cur)
        if cur.lns and (wrapped := _wrapped_credit(cur.lns[-1], l)) is not None:
            # "…一百余人参加。（通讯员　闵　" / "涛　柯雨桐）": the end line wrapped onto this one
            head, opened, by = wrapped     # (each part dropped at its line, the names read once)
            before = cur.lns.pop()
            cur.lns += [replace(before, text=head)] if head else []
            cur.ends += [replace(before, text=opened, kind="end", by=by), replace(l, kind="end", by=None)]
            cur = None
            continue
        m = INLINE_END.search(l.text)
        # ("本报岚川6月3日电（记者阮清）" alone on its line: a lead's credit, which opens the body)
        if m and m.start() > 0 and parse_end_line(m.group(0)) and not lead_credit(l.text):
            # "…缺乏针对性。(作者张立新省委党校党建部副主任)": the end line run into the last line
            cur.lns.append(replace(l, text=l.text[:m.start()].rstrip()))
            cur.ends.append(replace(l, text=m.group(0), kind="end", by=parse_end_line(m.group(0))))
            cur = None
            continue
        cur.lns.append(l)
        if cur.kind == "editor_note" and l.ends_sentence and l.cells < l.width - 3:
            cur = None
    return seq


def _wrapped_credit(before: Ln, l: Ln) -> tuple[str, str, Byline] | None:
    """A credit opened at the end of `before` and closed by `l` ("…参加。（通讯员　闵　" / "涛
    柯雨桐）"): the text of `before` before it, the credit's part on `before`, and the names it
    gives; else None."""
    if l.text.rstrip()[-1:] not in "）)" or "（" in l.text or "(" in l.text:
        return None     # (a credit opened on this line is read by INLINE_END)
    head = before.text.rstrip()
    m = INLINE_END.search(head + l.text.strip())
    if m is None or m.start() >= len(head) or (by := parse_end_line(m.group(0))) is None or not by.authors:
        return None
    return head[:m.start()].rstrip(), head[m.start():], by


def split_orphans(seq: list[Item]) -> None:
    """In a layout that indents first lines, a full line right after a paragraph's end is the
    rest of a paragraph printed elsewhere: it starts a unit of its own."""
    out: list[Item] = []
    for u in seq:
        out.append(u)
        if not isinstance(u, Unit) or u.kind != "article" or len(u.lns) < 2 or not u.lns[0].indents \
                or u.lns[0].para_line:
            continue
        cut = None
        for c in range(1, len(u.lns)):
            a, l = u.lns[c - 1], u.lns[c]
            if a.ends_sentence and a.cells < a.width - 6 and l.cells >= l.width - 1 \
                    and not l.page_start and not ENUM.match(l.text) and not headish(a):
                cut = c
        recent = [o for o in out[-8:] if isinstance(o, Unit)]
        if cut is not None and any(o.open_end or inner_cut(o) is not None for o in recent):
            tail = Unit(u.lns[cut:], ends=u.ends)
            u.lns, u.ends = u.lns[:cut], []
            out.append(tail)
    seq[:] = out


def inner_cut(x: Unit) -> int | None:
    """The first line of `x` that opens an indented paragraph after a line cut mid-sentence."""
    for c in range(1, len(x.lns) - 1):
        a = x.lns[c - 1]
        if not a.ends_sentence and a.full and starts_paragraph(x.lns, c) \
                and not (headish(a) and a.cells < a.width - 4):
            return c
    return None


# what a cut after a full line ending a sentence (no paragraph's end shown there) costs
HIDDEN_END = 0.3


def cut_tail(u: Unit, b: Block, seq: list[Item], pos: int | None = None,
             changes: Changes | None = None, before: int | None = None) -> Unit | None:
    """Cut `u` (at `pos` in `seq`, when known) where its text changes most into its head and a
    new unit for the tail, inserted after it; the tail, or None when there is no place to cut.
    The cut falls after the unit's own title when that is printed inside it, or, given
    `before`, among its first `before` lines."""
    start, stop = 0, len(u.lns) - 1
    if before is not None:
        stop = min(stop, before)
    elif u.tb is not None and u.tb.pos < u.lns[-1].i:
        start = next((c for c, l in enumerate(u.lns) if l.i > u.tb.pos), 0)
    best, best_c = None, None
    tw = bigrams(b.title_text + "".join(b.by.authors if b.by else []))
    ow = bigrams(u.tb.title_text) - tw if u.tb is not None else set()
    # title bigrams found in the lines before / after each cut, built once (linear, not per cut)
    per = [bigrams(x.text) & (tw | ow) for x in u.lns]
    head_sets: list[set[str]] = []
    acc: set[str] = set()
    for c in range(len(u.lns) + 1):
        head_sets.append(set(acc))
        if c < len(u.lns) and c >= start:
            acc |= per[c]
    tail_sets: list[set[str]] = [set() for _ in range(len(u.lns) + 1)]
    for c in range(len(u.lns) - 1, -1, -1):
        tail_sets[c] = tail_sets[c + 1] | per[c]
    firsts = paragraph_firsts(u.lns, start)
    rank = {k: j for j, k in enumerate(firsts)}
    # a blank line where the unit's paragraphs are not set apart by blank lines
    gaps = [k for k in firsts if k and u.lns[k].no - u.lns[k - 1].no > 1]
    rare_gap = len(gaps) * 3 < len(firsts)
    shown = {c for c in range(max(start + 2, 2), stop) if u.lns[c - 1].ends_sentence and (
        u.lns[c - 1].cells < u.lns[c - 1].width - 2 or u.lns[c].indents and u.lns[c].cells <= u.lns[c].width - 4)}
    # a sentence ending with its line may end a paragraph too, as wide as the column (flush
    # lines, no blank, no indent hide it): a place that costs `HIDDEN_END`
    for c in [c for c in range(max(start + 2, 2), stop) if u.lns[c - 1].ends_sentence]:
        a, l = u.lns[c - 1], u.lns[c]
        before = "".join(x.text for x in u.lns[max(start, c - 14):c])
        after = "".join(x.text for x in u.lns[c:c + 14])
        score = -_cos(before, after) + (0.4 if l.page_start else 0.0) - (0.0 if c in shown else HIDDEN_END)
        tail, head = tail_sets[c], head_sets[c]
        if tw:
            score += 0.5 * (len(tw & tail) - len(tw & head)) / len(tw)
            near = bigrams("".join(x.text for x in u.lns[c:c + 6]))
            score += 0.8 * len(tw & near) / len(tw)
        score += 0.5 * _style_split(u.lns, firsts, rank, c)
        if rare_gap and l.no - a.no > 1:
            score += 0.5
        if ow:
            score += 0.5 * (len(ow & head) - len(ow & tail)) / len(ow)
        if best is None or score > best:
            best, best_c = score, c
    if best_c is None:
        return None
    tail = Unit(u.lns[best_c:], ends=u.ends)
    u.lns, u.ends = u.lns[:best_c], []
    if pos is None or seq[pos] is not u:
        pos = next(x for x, o in enumerate(seq) if o is u)
    seq.insert(pos + 1, tail)
    if changes is not None:
        changes.touch(pos)
        changes.inserted(pos + 1)
    return tail


# the text before a page break and after it share this little: two pieces, not one
NEW_PAGE_COS = 0.15


def cut_at_new_pages(seq: list[Item]) -> None:
    """An untitled body that runs across a page break falling between two paragraphs, where
    the words before and after have nothing in common, is two pieces: the second starts on
    its own page (a party-school journal's article printed with neither title nor byline,
    next to another). Cut at the break with the least in common."""
    for pos in range(len(seq) - 1, -1, -1):
        u = seq[pos]
        if not isinstance(u, Unit) or u.gone or u.tb is not None or u.kind != "article" \
                or len(u.lns) < 8:
            continue
        best, best_c = NEW_PAGE_COS, None
        for c in range(3, len(u.lns) - 3):
            a, l = u.lns[c - 1], u.lns[c]
            if l.page != a.page and a.ends_sentence and a.cells < a.width - 2:
                score = _cos("".join(x.text for x in u.lns[max(0, c - 14):c]),
                             "".join(x.text for x in u.lns[c:c + 14]))
                if score < best:
                    best, best_c = score, c
        if best_c is not None:
            seq.insert(pos + 1, Unit(u.lns[best_c:], ends=u.ends))
            u.lns, u.ends = u.lns[:best_c], []


def _lead_shape(text: str) -> tuple[int, str] | None:
    """"打破壁垒、整合资源，…" → (4, "、"): the length of a paragraph's run-in lead and the mark
    that ends it. Speakers keep one lead style through their text."""
    m = LEAD.match(text)
    return (len(m.group(1)), m.group(2)) if m else None


def paragraph_firsts(lns: list[Ln], start: int) -> list[int]:
    """The lines from `start` on that open a paragraph."""
    return [k for k in range(start, len(lns))
            if k == start or lns[k - 1].ends_sentence and (lns[k - 1].cells < lns[k - 1].width - 2
                                                           or lns[k].cells <= lns[k].width - 4)]


def _style_split(lns: list[Ln], firsts: list[int], rank: dict[int, int], c: int) -> float:
    """1 when the cut at `c` falls where one run of same-style paragraph leads ends and another
    begins ("打破壁垒、整合资源，" ×2 | "强化责任建机制。" ×2), else 0. `firsts`: see
    `paragraph_firsts`, `rank`: each one's index in it (both made once per unit: making them
    per cut was quadratic in the unit's length)."""
    j = rank.get(c)
    if j is None or j < 2 or j + 1 >= len(firsts):
        return 0.0
    p2, p1, n0, n1 = (_lead_shape(lns[firsts[x]].text) for x in (j - 2, j - 1, j, j + 1))
    return 1.0 if None not in (p1, n0) and p2 == p1 and n0 == n1 and p1 != n0 else 0.0


def _cos(a: str, b: str) -> float:
    ca, cb = Counter(_grams(a)), Counter(_grams(b))
    num = sum(v * cb[g] for g, v in ca.items())
    den = math.sqrt(sum(v * v for v in ca.values()) * sum(v * v for v in cb.values())) or 1.0
    return num / den


def _grams(t: str) -> list[str]:
    h = han(t)
    return list(map(str.__add__, h, h[1:]))
