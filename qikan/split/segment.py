"""Segment: repaired lines → articles with titles, bylines, sections and Markdown bodies.

Takes the issue's `IssueMeta` and the `Line`s repair kept (plus what it dropped); gives a
`SplitResult`. The steps, each on general signals:

1. `layout.classify` names every line: body, column label (bracketed, letter-spaced, or a
   running head printed three times or more), byline, end line ("（作者单位：…）"), editor's
   note, quote attribution, caption.
2. Title blocks are found around bylines (up to three heading-shaped lines above a byline) and,
   without a byline, where a short heading stands after a column label or an article's end,
   spans several lines, or heads a dated news lede.
3. The body lines between separators form units. A unit that stops mid-sentence is joined to the
   unit that continues it: across a running head or a floating title block, or further on when
   a later unit starts mid-sentence (bodies split around other material).
4. Each title block goes to a unit: the unit it floats in; else the untitled unit before it or
   the one after it, whichever shares more (IDF-weighted) character bigrams with the title;
   a title printed after a unit that already has one splits that unit where its vocabulary
   changes most.
5. Untitled units made of dated paragraphs ("7 月 20 日，…") are split into briefs; untitled
   articles get a title derived from their text and a `no-title` warning.

Written by hand: the layouts are those of Chinese PDF extractions, for which no segmentation
library exists.
"""
from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .byline import INLINE_END, Byline, lead_credit, parse_end_line
from .layout import ENUM, HAN_RUN, Ln, classify, headish, paragraphs_of
from ..model import Article, Dropped, IssueMeta, Line, SplitResult, Warning

# "7 月 20 日，", "8 月 3 日至 9 日，", "7 月初，", "“七一”期间，", "七一期间，": a news brief's dateline.
DATE_LEAD = re.compile(r"^(\d{1,2}\s*月\s*(\d{1,2}\s*[日—-]|初|以来|中旬|上旬|下旬|底|份)|"
                       r"“[^”]{1,4}”(期间|前夕|以来|当天)|[一二三四五六七八九十]{2,3}(期间|前夕|当天))")
# "9月30日下午，", "中共中央政治局10月12日召开": a date near the start of a news lede.
DATE_NEAR = re.compile(r"^[^，。、；：,;:]{0,12}?\d{1,2}\s*月\s*\d{1,2}\s*日")
# "习近平：…": the speaker prefix shared by a series of headlines.
HEAD_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]")
# "…时强调", "…上指出": a kicker line above a news headline.
# "——基于三个县的调查", "——青铜峡市扎实开展…": a subtitle printed under the title after a dash
DASH_SUBTITLE = re.compile(r"^\s*(——|—|--)\s*\S")
KICKER = re.compile(r"(强调|指出|表示|要求|提出|寄语|致信)$")
# "2015·10" page marks, "2018-03-12 00:00:00" datelines: the issue date.
ISSUE_MARK = re.compile(r"^\s*(\d{4})\s*[·.]\s*(\d{1,2})\s*$")
DATELINE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2}) \d{2}:\d{2}")
# "【卷首语】", "【领导论坛】": a column label (also used by the editor's override path).
SECTION_RE = re.compile(r"^\s*【+([^【】]{2,20})】+\s*$")
# Python-Markdown honours a backslash only before these (elsewhere the backslash would show)
# "二、", "（三）", "3.": a numbered part that is not the first.
NEXT_PART = re.compile(r"^([二三四五六七八九十]+、|[（(][二三四五六七八九十]+[）)]|[2-9]\s*[.、．]|第[二三四五六七八九十])")
# "坚持创新，先行先走": a comma inside a line (running text, not a title)
COMMA = re.compile("[，,]")
# "党建引领、组织体系": a comma or list comma
LIST_COMMA = re.compile("[，,、]")
# "…在新的起点上，": a line that stops mid-sentence
CUT_END = re.compile(r"[，、：；]$")
CUT_END_ANY = re.compile(r"[，、：；,;:]$")
# "打破壁垒、整合资源，…": a paragraph's run-in lead and the mark that ends it
LEAD = re.compile(r"^([^，。、；：！？]{2,16})([，。、；：！？])")
MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#!])")
# these have no backslash escape there: character references instead, so "<script>" is text
ENTITIES = {"<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;"}
ENTITY_RE = re.compile(r"[<>|~]")
# "- 党员", "+ 1", "1. 学习", "2) 研究", "===": a line that would start a list or a heading
MD_LINE_START = re.compile(r"^(\s*)(?:([-+])|(=)|(\d+)([.)]))")


def escape_markdown(text: str) -> str:
    """Text that Markdown renders literally: no HTML, no links, no lists or headings."""
    text = text.replace("&", "&amp;")
    text = MD_SPECIAL.sub(r"\\\1", text)
    text = ENTITY_RE.sub(lambda m: ENTITIES[m.group(0)], text)
    return MD_LINE_START.sub(lambda m: m.group(1) + (
        "\\" + m.group(2) if m.group(2) else "&#61;" if m.group(3)
        else m.group(4) + "\\" + m.group(5)), text)


def join_paragraphs(texts: list[str]) -> list[str]:
    """Paragraphs rebuilt from hard-wrapped line texts (see `layout.paragraphs_of`)."""
    return paragraphs_of(classify([Line(n, t) for n, t in enumerate(texts, 1)]))


def han(text: str) -> str:
    return "".join(HAN_RUN.findall(text or ""))


def bigrams(text: str) -> set[str]:
    h = han(text)
    return {h[i:i + 2] for i in range(len(h) - 1)}


@dataclass(eq=False)
class Block:
    """A title block: heading lines, maybe a kicker and a byline, plus lines printed with it."""
    lines: list[Ln]
    titles: list[Ln]
    by: Byline | None = None
    anchored: bool = False      # has a byline
    label: str | None = None    # column label printed as the first heading line
    unit: "Unit | None" = None
    dup: bool = False
    twice: list[Ln] = field(default_factory=list)

    @property
    def pos(self) -> int:
        return self.lines[0].i

    @property
    def title_text(self) -> str:
        return " ".join(l.text for l in self.titles)


@dataclass(eq=False)
class Unit:
    """Body lines that belong together, in reading order."""
    lns: list[Ln]
    kind: str = "article"
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
        return not last.ends_sentence and not (headish(last) and last.cells < last.width - 4)

    @property
    def text(self) -> str:
        return "".join(l.text for l in self.lns)


def _cont_start(u: Unit) -> bool:
    """The unit starts mid-sentence: its first line is as wide as the column."""
    f = u.lns[0] if u.lns else None
    return f is not None and f.cells >= f.width - 1 and not ENUM.match(f.text) \
        and not DATE_LEAD.match(f.text)


def find_blocks(ln: list[Ln], ednotes: list[tuple[int, set[str]]], vertical: set[int] = frozenset(),
                doubled: set[int] = frozenset()) -> tuple[list[Block], list[list[Ln]]]:
    """Title blocks, and group headings (heading lines that repeat an editor's note).
    `vertical`: line numbers of titles rebuilt from one-character lines (complete as they are)."""
    blocks: list[Block] = []
    groups: list[list[Ln]] = []
    used: set[int] = set()
    for k, l in enumerate(ln):
        if l.kind != "byline":
            continue
        titles: list[Ln] = []
        j = k - 1
        while j >= 0 and len(titles) < 3 and j not in used and not (titles and titles[0].no in vertical):
            c = ln[j]
            if c.kind != "body" or not headish(c) or ENUM.match(c.text):
                break
            if c.cells >= c.width * 0.8 and COMMA.search(c.text):
                break   # running text cut by the block, not a title
            if titles and _overlaps_note(c, ednotes):
                break   # a group heading above the title
            titles.insert(0, c)
            j -= 1
        above = ln[j] if j >= 0 else None
        if len(titles) > 2 and above is not None and above.kind == "body" and not above.ends_sentence:
            titles = titles[1:]     # a block floating in a sentence: the third line is the sentence's
            j += 1
        grp = [x for x in ln[max(0, j - 1):j + 1] if x.kind == "body" and x.i not in used
               and x not in titles and headish(x) and _overlaps_note(x, ednotes, 0.5)]
        if grp and _overlaps_note(grp[-1], ednotes):
            groups.append(grp)
            used.update(x.i for x in grp)
        lines = titles + [l]
        m = k + 1
        while m < len(ln) and m - k <= 3 and (ln[m].kind in ("date", "section", "caption") or
                                               _caption_under(ln, m)):
            lines.append(ln[m])
            m += 1
        b = Block(lines, titles, l.by, True)
        blocks.append(b)
        used.update(x.i for x in lines)
    prefixes: set[str] = set()
    anchored = set(used)
    for k, l in enumerate(ln):
        if k in used or l.kind != "body" or not headish(l) or ENUM.match(l.text):
            continue
        run = [l]
        twice: list[Ln] = []
        m = k + 1
        while m < len(ln) and m not in used and len(run) < 3 and ln[m].kind == "body" \
                and headish(ln[m]) and not ENUM.match(ln[m].text) and not _para_first(ln[m]) \
                and not _runs_on(ln, m) and not (run[0].no in doubled and ln[m].no not in doubled):
            if han(ln[m].text) != han(run[-1].text):
                run.append(ln[m])
            else:   # the same heading printed twice (page-title bar and headline)
                twice.append(ln[m])
            m += 1
        if m < len(ln) and m not in used and len(run) < 3 and ln[m].kind == "body" and len(run) >= 1 \
                and run[-1].full and ln[m].ends_sentence and ln[m].cells < ln[m].width - 4 \
                and ln[m].han <= 20:
            run.append(ln[m])   # a headline whose last line keeps its full stop
            m += 1
        used.update(x.i for x in twice)
        prefix = HEAD_PREFIX.match(run[0].text)
        if _is_headline(ln, k, run, m, used, anchored) or prefix and prefix.group(0) in prefixes \
                and k and ln[k - 1].ends_sentence:
            if prefix:
                prefixes.add(prefix.group(0))
            b = Block(list(run) + twice, list(run))
            b.twice = twice
            blocks.append(b)
            used.update(x.i for x in run)
    blocks.sort(key=lambda b: b.pos)
    return blocks, groups


def _caption_under(ln: list[Ln], m: int) -> bool:
    """"延安的抗日军政大学。": a short picture caption printed under a title block, before the
    page's running head."""
    l = ln[m]
    return l.kind == "body" and l.han <= 12 and l.ends_sentence and m + 1 < len(ln) \
        and ln[m + 1].kind == "section"


def _runs_on(ln: list[Ln], m: int) -> bool:
    """Line `m` is nearly as wide as its column and the next line fills the column: a
    paragraph's first line, unless the next line opens a dated news lede."""
    l = ln[m]
    nxt = ln[m + 1] if m + 1 < len(ln) else None
    if l.cells >= l.width - 8 and LIST_COMMA.search(l.text):
        return True
    return nxt is not None and l.cells >= l.width - 8 and nxt.full and \
        not (DATE_NEAR.match(nxt.text) or DATE_LEAD.match(nxt.text))


def _para_first(l: Ln) -> bool:
    """A line with commas nearly as wide as its column: the first line of a paragraph."""
    return l.width - 12 <= l.cells <= l.width + 2 and bool(LIST_COMMA.search(l.text))


def _overlaps_note(l: Ln, ednotes: list[tuple[int, set[str]]], share: float = 0.6) -> bool:
    """The line repeats most of a nearby editor's note: the heading of the group it introduces."""
    bg = bigrams(l.text)
    return len(bg) >= 6 and any(abs(l.no - no) <= 120 and len(bg & n) >= share * len(bg)
                                for no, n in ednotes)


def _is_headline(ln: list[Ln], k: int, run: list[Ln], m: int, used: set[int],
                 anchored: set[int]) -> bool:
    """A heading without a byline that starts an article (or ends one, printed after it)."""
    j = k - 1
    while j >= 0 and ln[j].kind in ("label", "caption", "date"):
        j -= 1
    prev = ln[j] if j >= 0 else None
    while m < len(ln) and (ln[m].kind in ("label", "caption", "date") or m in used and ln[m].kind == "body"
                           and han(ln[m].text) == han(run[-1].text)):
        m += 1
    nxt = ln[m] if m < len(ln) else None
    if nxt is None:
        return False
    last = run[-1]
    if nxt.kind == "section" and (prev is None or prev.kind != "body" or prev.ends_sentence
                                  or CUT_END.search(prev.text)) \
            and all(l.cells <= l.width - 6 and not _para_first(l) for l in run):
        return True     # "某某人物故事" / "史 事 通 鉴": a title printed after its body
    if nxt.kind != "body":
        return False
    if any(l.han < 4 for l in run):
        return False
    if _para_first(last):
        return False    # the indented first line of a paragraph, not a heading
    lede = bool(DATE_NEAR.match(nxt.text) or DATE_LEAD.match(nxt.text))
    if len(run) == 1 and last.width - 8 <= last.cells <= last.width + 2 and nxt.full and not lede:
        return False    # the first line of a paragraph that runs on
    short = last.cells <= last.width - 4 or last.cells > last.width + 2 or last.ends_sentence
    after_sep = prev is None or prev.kind in ("section", "end", "attrib")
    if prev is not None and prev.i in used:
        return False    # right under another title block: part of it or its body
    if prev is not None and prev.i in used:
        j = prev.i
        while j >= 0 and (j in used or ln[j].kind in ("section", "label", "caption", "date", "byline")):
            j -= 1
        if j >= 0 and ln[j].kind == "body" and not ln[j].ends_sentence:
            return False    # the sentence a floating title block cut goes on here
    if DATE_LEAD.match(run[0].text) or _para_first(run[0]) and not after_sep:
        return False
    after_para = after_sep or prev.kind == "body" and (
        prev.ends_sentence or
        prev.cells < prev.width * 0.5 and not CUT_END_ANY.search(prev.text))
    if after_sep and (short or lede) and not (headish(nxt) and nxt.cells < nxt.width * 0.6):
        return True
    kicker = len(run) >= 2 and bool(KICKER.search(run[0].text))
    multi = len(run) >= 2 and (kicker or run[0].cells <= run[0].width - 6) \
        and all(l.cells <= l.width - 6 and not COMMA.search(l.text) for l in run[1:])
    if multi and (after_para or lede):
        return True     # a headline of several short lines
    return lede and after_para


def split_issue(meta: IssueMeta, lines: list[Line], dropped: list[Dropped]) -> SplitResult:
    """The articles of one issue, in the order they start in the source."""
    warnings: list[Warning] = []
    dropped = list(dropped)
    if meta.date is None:
        meta.date = _issue_date(lines, dropped)
    ln = classify(lines)
    for l in ln:
        if l.kind == "label":
            dropped.append(Dropped(l.no, l.text, "floating label (place or group name)"))
        elif l.kind == "caption":
            dropped.append(Dropped(l.no, l.text, "photo caption, credit or masthead line"))
        elif l.kind == "date":
            dropped.append(Dropped(l.no, l.text, "date or source line under a title"))
        elif l.kind == "section":
            dropped.append(Dropped(l.no, l.text, f"column label or running head: {l.section}"))
    has_labels = any(l.kind == "section" for l in ln)
    ednotes = [(l.no, bigrams(_paragraph_from(ln, l.i))) for l in ln if l.kind == "ednote"]
    vertical = {int(m.group(1)) for d in dropped
                for m in [re.search(r"vertical title, joined into line (\d+)", d.reason)] if m}
    doubled = {d.line for d in dropped if d.reason.startswith("doubled glyphs")}
    blocks, groups = find_blocks(ln, ednotes, vertical, doubled)
    in_block = {x.i: b for b in blocks for x in b.lines}
    group_lines = {x.i for g in groups for x in g}
    seq = _units(ln, in_block, group_lines)
    _split_orphans(seq)
    units = [u for kind, u in seq if kind == "U"]
    _dedupe_blocks(blocks, dropped)
    if not has_labels:
        _column_labels(blocks)
    _join_units(seq)
    _assign_blocks(seq, units)
    _absorb_signed_tails(seq)
    for g in groups:
        note = _nearest_note(seq, g[0].i)
        if note is not None and note.tb is None:
            note.tb = Block(g, g)
    units = [u for kind, u in seq if kind == "U"]
    briefs = _split_briefs([u for u in units if not u.gone])
    units = [u for u in units if not u.gone] + briefs
    units = [u for u in units if u.lns or u.tb]
    _give_far_bylines(blocks, units, dropped, warnings)
    for b in blocks:
        if b.unit is None and not b.dup and not (b.by and b.by.authors):
            for x in b.lines:
                dropped.append(Dropped(x.no, x.text, "title block without a body"))
            warnings.append(Warning(b.lines[0].no, "orphan-title",
                                    f"title “{b.title_text}” has no body; kept in dropped"))
    sections = _sections(ln, units, seq)
    units.sort(key=lambda u: min([x.no for x in u.lns] or [x.no for x in u.ends] or [0]))
    articles = [_article(meta, n, u, sections.get(id(u)), warnings, dropped)
                for n, u in enumerate(units, 1)]
    # the contract's guard: a line no step placed (an end line printed twice, a byline whose
    # block lost its unit to another block) is listed, never lost
    placed = {d.line for d in dropped} | {x.no for u in units for x in
                                          u.lns + u.ends + (u.tb.lines if u.tb else [])}
    dropped += [Dropped(l.no, l.text, "placed in no article") for l in lines
                if l.no not in placed and l.text.strip()]
    return SplitResult(meta, articles, sorted(dropped, key=lambda d: d.line), warnings)


def _paragraph_from(ln: list[Ln], i: int) -> str:
    out = []
    for l in ln[i:i + 12]:
        out.append(l.text)
        if l.ends_sentence and l.cells < l.width - 3:
            break
    return "".join(out)


def _units(ln: list[Ln], in_block: dict[int, Block], group_lines: set[int]) -> list[tuple[str, object]]:
    """The issue as a sequence of units ("U"), title blocks ("T") and column labels ("S")."""
    seq: list[tuple[str, object]] = []
    cur: Unit | None = None
    filler_next = False
    for l in ln:
        if l.i in in_block:
            b = in_block[l.i]
            if not seq or seq[-1][1] is not b:
                seq.append(("T", b))
            cur = None
            continue
        if l.i in group_lines or l.kind in ("label", "caption", "date"):
            continue
        if l.kind == "section":
            seq.append(("S", l))
            filler_next = l.section.endswith("书摘") or l.section in ("补白", "微言", "名言")
            cur = None
            continue
        if l.kind in ("end", "attrib", "byline"):
            if cur is None:
                cur = Unit([])
                seq.append(("U", cur))
            cur.ends.append(l)
            if l.kind != "byline":
                cur = None
            continue
        if l.kind == "ednote":
            cur = Unit([l], kind="editor_note")
            seq.append(("U", cur))
            if l.ends_sentence and l.cells < l.width - 3:
                cur = None
            continue
        if cur is None:
            cur = Unit([], kind="filler" if filler_next else "article")
            filler_next = False
            seq.append(("U", cur))
        m = INLINE_END.search(l.text)
        if m and m.start() > 0 and parse_end_line(m.group(0)):
            # "…缺乏针对性。(作者张立新省委党校党建部副主任)": the end line run into the last line
            cur.lns.append(replace(l, text=l.text[:m.start()].rstrip()))
            cur.ends.append(replace(l, text=m.group(0), kind="end", by=parse_end_line(m.group(0))))
            cur = None
            continue
        cur.lns.append(l)
        if cur.kind == "editor_note" and l.ends_sentence and l.cells < l.width - 3:
            cur = None
    return seq


def _split_orphans(seq: list[tuple[str, object]]) -> None:
    """In a layout that indents first lines, a full line right after a paragraph's end is the
    rest of a paragraph printed elsewhere: it starts a unit of its own."""
    out: list[tuple[str, object]] = []
    for kind, u in seq:
        out.append((kind, u))
        if kind != "U" or u.kind != "article" or len(u.lns) < 2 or not u.lns[0].indents \
                or u.lns[0].para_line:
            continue
        cut = None
        for c in range(1, len(u.lns)):
            a, l = u.lns[c - 1], u.lns[c]
            if a.ends_sentence and a.cells < a.width - 6 and l.cells >= l.width - 1 \
                    and not l.page_start and not ENUM.match(l.text) and not headish(a):
                cut = c
        recent = [o for kk, o in out[-8:] if kk == "U"]
        if cut is not None and any(o.open_end or _inner_cut(o) is not None for o in recent):
            tail = Unit(u.lns[cut:], ends=u.ends)
            u.lns, u.ends = u.lns[:cut], []
            out.append(("U", tail))
    seq[:] = out


def _dedupe_blocks(blocks: list[Block], dropped: list[Dropped]) -> None:
    """A title block printed again (a side-bar copy, a page-title bar) is layout, not a title."""
    seen: set[str] = set()
    for b in blocks:
        key = han(b.title_text) + "|" + "".join(b.by.authors if b.by else [])
        if key in seen and han(b.title_text):
            b.dup = True
            for x in b.lines:
                dropped.append(Dropped(x.no, x.text, "title block printed again (side-bar copy)"))
        seen.add(key)


def _column_labels(blocks: list[Block]) -> None:
    """In an issue without bracketed or spaced column labels, the first of several heading
    lines is the column label when it is short or a series label ("X·Y")."""
    for b in blocks:
        if len(b.titles) >= 2 and (han(b.titles[0].text) and len(han(b.titles[0].text)) <= 8
                                   or "·" in b.titles[0].text):
            b.label = re.sub(r"\s+", " ", b.titles[0].text)
            b.titles = b.titles[1:]


class _Changes:
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


def _join_numbered_parts(seq: list[tuple[str, object]], changes: _Changes,
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
            kind, v = seq[k]
            last = kind == "U" and not v.gone and k > p   # the first live unit after p
            n_live = len(seq)
            k2 = _numbered_join(seq, k, changes)
            if last and (k2 != k or len(seq) != n_live):
                last = False    # it joined: the live unit after it reads the join
            done = k = k2
            k += 1
            if last:
                break
    changes.close(targets)


def _numbered_join(seq, k: int, changes: _Changes) -> int:
    """Join the unit at `k` to the unit before it when it opens with a later numbered part;
    the position it stands at afterwards."""
    kind, v = seq[k]
    if kind == "U" and not v.gone and v.lns and NEXT_PART.match(v.lns[0].text) \
            and not (k > 0 and seq[k - 1][0] == "T" and not seq[k - 1][1].dup):
        pk = _prev_unit_index(seq, k)
        pv = seq[pk][1] if pk is not None else None
        if pv is not None and pv.kind == "article" and not pv.ends:
            n = len(seq)
            _join(pv, v, seq, pk, k, changes)
            return k + len(seq) - n
    return k


def _join_units(seq: list[tuple[str, object]]) -> None:
    """Join units cut mid-sentence to the units that continue them (`_merge_continuations`),
    then re-cut bodies split around other material (`_resplit`), joining again after each cut."""
    changes = _Changes()
    last_pass = changes.since()
    _merge_continuations(seq, changes)
    _resplit(seq, changes, last_pass)


def _merge_continuations(seq: list[tuple[str, object]], changes: _Changes,
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
        kind, u = seq[k]
        if kind != "U" or u.gone or not u.open_end or u.kind != "article" or id(u) in tried:
            k += 1
        elif _merge_once(seq, k, u, changes) is None:
            tried.add(id(u))
            k += 1
        else:   # the units it changed after `k` are read by the units up to them
            hi[0] = max([hi[0]] + ahead)
        ahead.clear()
    for t in (targets, ahead, hi):
        changes.close(t)


def _reads_from(seq, p: int) -> int:
    """The first position whose unit's join test (`_merge_once`) reads the unit at `p`: it
    reads the next seven units and the next live one."""
    start, seen, live = p, 0, False
    for x in range(min(p, len(seq)) - 1, -1, -1):
        kind, o = seq[x]
        if kind != "U":
            continue
        if seen >= 7 and live:
            break
        start, seen, live = x, seen + 1, live or not o.gone
    return start


def _merge_once(seq, k: int, u: Unit, changes: _Changes) -> int | None:
    """Join `u` (cut mid-sentence, at `k`) to the unit that continues it; that unit's index."""
    window: list[int] = []      # the next seven units, live or merged
    nxt = None                  # the next live unit
    x = k + 1
    while x < len(seq) and (len(window) < 7 or nxt is None):
        if seq[x][0] == "U":
            if len(window) < 7:
                window.append(x)
            if nxt is None and not seq[x][1].gone:
                nxt = x
        x += 1
    target = None
    if nxt is not None:
        between = [seq[x] for x in range(k + 1, nxt)]
        v = seq[nxt][1]
        heads = bool(between) and all(kind == "S" for kind, _ in between)
        tb = any(kind == "T" and (o.anchored or o.dup) for kind, o in between)
        comma = bool(between) and CUT_END.search(u.lns[-1].text)
        if v.kind == "article" and (heads or between and _cont_start(v) or comma and tb):
            target = nxt    # across a running head or a floating title block
    if target is None:
        # a later unit that starts mid-sentence after a closed unit continues this one
        for k2 in window:
            v = seq[k2][1]
            if v.gone or not v.lns or v.lns[0].no - u.lns[-1].no > 200:
                continue
            pv = _prev_unit(seq, k2)
            if _cont_start(v) and pv is not None and not pv.open_end and pv is not u:
                target = k2
                break
    if target is None and nxt is not None:
        between = [seq[x] for x in range(k + 1, nxt)]
        v = seq[nxt][1]
        ok = any(kind == "T" and (o.anchored or o.dup) for kind, o in between) or \
            bool(between) and CUT_END.search(u.lns[-1].text)
        if ok and v.kind == "article":
            target = nxt
    if target is None:
        return None
    _join(u, seq[target][1], seq, k, target, changes)
    return target


def _resplit(seq, changes: _Changes, last_pass: list[int]) -> None:
    """Bodies split around other material: a unit that starts mid-sentence after a closed unit
    continues an earlier unit at a line cut mid-sentence before an indented paragraph; that unit
    is cut there and the continuation joined to its first part. After each cut the scan looks
    again from the first unit that changed (the tests read only the units before a unit)."""
    done: set[tuple] = set()    # the re-cuts made, as (lines of the unit, of its continuation)
    k = 0
    while k < len(seq):
        kind, v = seq[k]
        if kind != "U" or v.gone or v.kind != "article" or not _cont_start(v):
            k += 1
            continue
        pv = _prev_unit(seq, k)
        if pv is None or pv.open_end:
            k += 1
            continue
        before: list[int] = []      # the six units before, nearest first
        x = k - 1
        while x >= 0 and len(before) < 6:
            if seq[x][0] == "U":
                before.append(x)
            x -= 1
        for k0 in before:
            x: Unit = seq[k0][1]
            if x.gone or x.kind != "article":
                continue
            cut = _inner_cut(x)
            if cut is None:
                continue
            key = (tuple(l.no for l in x.lns), tuple(l.no for l in v.lns))
            if key in done:
                continue    # the same re-cut again: it took back the tail it had cut off, and
            done.add(key)   # would forever (seen on shuffled pieces of the samples)
            since_cut = changes.since()
            tail = Unit(x.lns[cut:], ends=x.ends)
            x.lns, x.ends = x.lns[:cut], []
            seq.insert(k0 + 1, ("U", tail))
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


def _inner_cut(x: Unit) -> int | None:
    from .layout import starts_paragraph
    for c in range(1, len(x.lns) - 1):
        a = x.lns[c - 1]
        if not a.ends_sentence and a.full and starts_paragraph(x.lns, c) \
                and not (headish(a) and a.cells < a.width - 4):
            return c
    return None


def _join(u: Unit, v: Unit, seq, k: int, k2: int, changes: _Changes | None = None) -> None:
    """Append `v` to `u`; a title block between them goes to `u`, or, when `u` already has a
    title, to a new unit cut from `u`'s tail where the text changes most."""
    host, at = u, k
    n = len(seq)
    for kind, o in seq[k + 1:k2]:
        if kind == "T" and isinstance(o, Block) and not o.dup and o.unit is None:
            if host.tb is None:
                host.tb, o.unit = o, host
            elif o.anchored and (host.tb.title_text != o.title_text):
                tail = _cut_tail(host, o, seq, at, changes)
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


def _cut_tail(u: Unit, b: Block, seq, pos: int | None = None,
              changes: _Changes | None = None) -> "Unit | None":
    """Cut `u` (at `pos` in `seq`, when known) where its text changes most into its head and a
    new unit for the tail, inserted after it; the tail, or None when there is no place to cut."""
    start = 0
    if u.tb is not None and u.tb.pos < u.lns[-1].i:
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
    firsts = _paragraph_firsts(u.lns, start)
    rank = {k: j for j, k in enumerate(firsts)}
    for c in range(max(start + 2, 2), len(u.lns) - 1):
        a, l = u.lns[c - 1], u.lns[c]
        if not (a.ends_sentence and (a.cells < a.width - 2 or l.indents and l.cells <= l.width - 4)):
            continue
        before = "".join(x.text for x in u.lns[max(start, c - 14):c])
        after = "".join(x.text for x in u.lns[c:c + 14])
        score = -_cos(before, after) + (0.4 if l.page_start else 0.0)
        tail, head = tail_sets[c], head_sets[c]
        if tw:
            score += 0.5 * (len(tw & tail) - len(tw & head)) / len(tw)
            near = bigrams("".join(x.text for x in u.lns[c:c + 6]))
            score += 0.8 * len(tw & near) / len(tw)
        score += 0.5 * _style_split(u.lns, firsts, rank, c)
        if ow:
            score += 0.5 * (len(ow & head) - len(ow & tail)) / len(ow)
        if best is None or score > best:
            best, best_c = score, c
    if best_c is None:
        return None
    tail = Unit(u.lns[best_c:], ends=u.ends)
    u.lns, u.ends = u.lns[:best_c], []
    if pos is None or seq[pos][1] is not u:
        pos = next(x for x, (kind, o) in enumerate(seq) if o is u)
    seq.insert(pos + 1, ("U", tail))
    if changes is not None:
        changes.touch(pos)
        changes.inserted(pos + 1)
    return tail


def _prev_unit_index(seq, k: int) -> int | None:
    for x in range(k - 1, -1, -1):
        kind, o = seq[x]
        if kind == "U" and not o.gone:
            return x
    return None


def _prev_unit(seq, k: int) -> Unit | None:
    for x in range(k - 1, -1, -1):
        kind, o = seq[x]
        if kind == "U" and not o.gone:
            return o
    return None


class _Sim:
    """IDF-weighted share of a title's character bigrams found in a text."""

    def __init__(self, units: list[Unit]):
        self.df: Counter = Counter()
        for u in units:
            self.df.update(bigrams(u.text))
        self.n = max(1, len(units))

    def __call__(self, title: str, text: str) -> float:
        tb = bigrams(title)
        if not tb:
            return 0.0
        body = bigrams(text)
        w = {g: math.log((self.n + 1) / (1 + self.df[g])) + 0.1 for g in tb}
        return sum(w[g] for g in tb if g in body) / sum(w.values())


def _assign_blocks(seq: list[tuple[str, object]], units: list[Unit]) -> None:
    sim = _Sim([u for u in units if not u.gone])
    after_mode = False      # titles in this column have been printed after their bodies
    for k, (kind, b) in enumerate(seq):
        if kind == "S":
            after_mode = False
        if kind != "T" or b.dup or b.unit is not None:
            continue
        prev = None
        seen = 0
        for x in range(k - 1, -1, -1):
            kk, o = seq[x]
            if kk == "S":
                break
            if kk == "U" and not o.gone:
                seen += 1
                if o.tb is None and o.kind == "article" and o.lns:
                    prev = o
                    break
                if o.kind == "article" and seen >= 4:
                    break
        nxt = None
        for x in range(k + 1, len(seq)):
            kk, o = seq[x]
            if kk == "S" or kk == "T" and not o.dup:
                break
            if kk == "U" and not o.gone:
                if o.tb is None and o.kind in ("article",) and o.lns:
                    nxt = o
                break
        before = _adjacent_unit(seq, k)
        if before is not None and before.tb is not None and before.lns \
                and before.lns[0].i < before.tb.pos < before.lns[-1].i:
            # the unit before has its title floating inside it: this title, printed right after
            # it, is the title of its tail
            choice = _split_for(seq, k, b)
            after_mode = choice is not None
        elif after_mode and prev is None and before is not None and before.tb is not None \
                and before.lns and before.tb.pos > before.lns[-1].i:
            # two titles printed one after the other under one body: the second is its tail's
            choice = _split_for(seq, k, b)
        elif prev is not None and nxt is not None:
            sp, sn = sim(b.title_text, prev.text), sim(b.title_text, nxt.text)
            if abs(sp - sn) > 0.15:
                choice = prev if sp > sn else nxt
            elif after_mode:
                choice = nxt if sn > sp + 0.05 else prev
            else:
                choice = prev if sp > sn + 0.05 else nxt
            after_mode = choice is prev
        else:
            choice = prev or nxt
            after_mode = choice is not None and choice is prev
        if choice is None:
            choice = _split_for(seq, k, b)
        if choice is not None:
            choice.tb = b
            b.unit = choice


def _absorb_signed_tails(seq) -> None:
    """An untitled unit closed by an end line ("（作者系…）") right after a running head belongs to
    the signed article before it that has no end line of its own: the head fell between two of
    its paragraphs."""
    for k, (kind, v) in enumerate(seq):
        if kind != "U" or v.gone or v.tb is not None or v.kind != "article" or not v.lns \
                or not any(e.kind == "end" and e.by and (e.by.unit or e.by.writer) for e in v.ends):
            continue
        x = k - 1
        while x >= 0 and (seq[x][0] == "S" or seq[x][0] == "U" and seq[x][1].gone or
                          seq[x][0] == "T" and (seq[x][1].unit is not None or seq[x][1].dup)):
            x -= 1
        if x < 0 or seq[k - 1][0] != "S" or seq[x][0] != "U":
            continue
        pv: Unit = seq[x][1]
        if pv.kind == "article" and pv.tb is not None and pv.tb.anchored and not pv.ends:
            pv.lns.extend(v.lns)
            pv.ends = v.ends
            v.gone = True


def _adjacent_unit(seq, k: int) -> Unit | None:
    """The live unit right before position `k`, past title blocks but not past a label."""
    x = k - 1
    while x >= 0 and (seq[x][0] == "T" or seq[x][0] == "U" and seq[x][1].gone):
        x -= 1
    return seq[x][1] if x >= 0 and seq[x][0] == "U" else None


def _split_for(seq, k: int, b: Block) -> Unit | None:
    """A title printed right after a unit that already has one: the unit's tail is the body of
    this title; cut where the vocabulary of the text changes most."""
    x = k - 1
    while x >= 0 and (seq[x][0] == "T" or seq[x][0] == "U" and seq[x][1].gone):
        x -= 1
    if x < 0 or seq[x][0] != "U":
        return None
    u: Unit = seq[x][1]
    if u.gone or u.kind != "article" or len(u.lns) < 6:
        return None
    return _cut_tail(u, b, seq, x)


def _lead_shape(text: str) -> tuple[int, str] | None:
    """"打破壁垒、整合资源，…" → (4, "、"): the length of a paragraph's run-in lead and the mark
    that ends it. Speakers keep one lead style through their text."""
    m = LEAD.match(text)
    return (len(m.group(1)), m.group(2)) if m else None


def _paragraph_firsts(lns: list[Ln], start: int) -> list[int]:
    """The lines from `start` on that open a paragraph."""
    return [k for k in range(start, len(lns))
            if k == start or lns[k - 1].ends_sentence and (lns[k - 1].cells < lns[k - 1].width - 2
                                                           or lns[k].cells <= lns[k].width - 4)]


def _style_split(lns: list[Ln], firsts: list[int], rank: dict[int, int], c: int) -> float:
    """1 when the cut at `c` falls where one run of same-style paragraph leads ends and another
    begins ("打破壁垒、整合资源，" ×2 | "强化责任建机制。" ×2), else 0. `firsts`: see
    `_paragraph_firsts`, `rank`: each one's index in it (both made once per unit: making them
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


def _nearest_note(seq, i: int) -> Unit | None:
    best = None
    for kind, o in seq:
        if kind == "U" and o.kind == "editor_note" and not o.gone:
            if best is None or abs(o.pos - i) < abs(best.pos - i):
                best = o
    return best


def _split_briefs(units: list[Unit]) -> list[Unit]:
    """Untitled units made of dated news paragraphs become one brief per paragraph group."""
    new: list[Unit] = []
    for u in units:
        if u.tb is not None or u.kind != "article" or len(u.lns) < 6:
            continue
        starts = [c for c, l in enumerate(u.lns)
                  if DATE_LEAD.match(l.text) and (c == 0 or u.lns[c - 1].ends_sentence)]
        if len(starts) < 3 or starts[0] != 0:
            continue
        parts = [u.lns[a:b] for a, b in zip(starts, starts[1:] + [len(u.lns)])]
        ends = u.ends
        u.lns, u.kind, u.ends = parts[0], "brief", []
        for p in parts[1:]:
            new.append(Unit(p, kind="brief"))
        new[-1].ends = ends
    return new


def _give_far_bylines(blocks, units, dropped, warnings) -> None:
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
                                   "an unsigned article"))
        if not longest:
            continue
        u = longest
        u.far_by = b.by
        warnings.append(Warning(b.lines[-1].no, "far-byline",
                                f"byline “{b.lines[-1].text}” printed away from any body; "
                                f"given to the longest unsigned article"))


def _sections(ln: list[Ln], units: list[Unit], seq) -> dict[int, str | None]:
    """Each unit's column: a label printed on one of its pages; else the previous unit's
    column when it continues that page, is signed, or is a brief."""
    page_label: dict[int, str] = {}     # each page's first label that is not a filler's
    multipage = any(l.page_start for l in ln)
    for l in ln:
        if l.kind == "section" and l.page not in page_label and not _filler_label(l):
            page_label[l.page] = l.section
    out: dict[int, str | None] = {}
    order = sorted(units, key=lambda u: u.pos)
    prev_sec, prev_page = None, None
    label_before = _Before((l.i, l.section) for l in ln if l.kind == "section")
    tb_label_before = _Before((o.pos, o.label) for kind, o in seq if kind == "T" and o.label)
    for u in order:
        lines = u.lns + u.ends + (u.tb.lines if u.tb else [])
        if not lines:
            out[id(u)] = prev_sec
            continue
        first = min(lines, key=lambda l: l.i)
        if u.kind == "filler":
            sec = label_before(first.i)
            out[id(u)] = sec
            continue
        sec = None
        if u.tb is not None and u.tb.label:
            sec = re.sub(r"\s+", " ", u.tb.label)
        elif multipage:
            found = [page_label[p] for p in sorted({l.page for l in lines}) if p in page_label]
            if found:
                sec = found[0]
            else:
                signed = bool(u.tb and u.tb.by and u.tb.by.authors) or \
                    any(e.by and e.by.authors for e in u.ends)
                if prev_sec and (signed or u.kind == "brief" or first.page == prev_page):
                    sec = prev_sec
        else:
            sec = label_before(first.i) or tb_label_before(u.pos)
        out[id(u)] = sec
        prev_sec = sec
        prev_page = max(l.page for l in lines)
    return out


def _filler_label(l: Ln) -> bool:
    return bool(l.section) and (l.section.endswith("书摘") or l.section in ("补白",))


class _Before:
    """Of (position, label) pairs in print order, the label of the last pair printed before
    a position, i.e. the latest in that order among those whose position is smaller."""

    def __init__(self, pairs):
        pairs = list(pairs)
        self.order = sorted(range(len(pairs)), key=lambda j: pairs[j][0])
        self.pos = [pairs[j][0] for j in self.order]
        self.labels = [p[1] for p in pairs]
        self.latest: list[int] = []     # latest print index among the first n by position
        for j in self.order:
            self.latest.append(max(j, self.latest[-1]) if self.latest else j)

    def __call__(self, i: int) -> str | None:
        n = bisect.bisect_left(self.pos, i)
        return self.labels[self.latest[n - 1]] if n else None


def _issue_date(lines: list[Line], dropped: list[Dropped]) -> str | None:
    """The issue date the text itself shows: the commonest "2015·10" mark, or a web dateline."""
    marks: Counter = Counter()
    for t in [l.text for l in lines] + [d.text for d in dropped]:
        m = ISSUE_MARK.match(t)
        if m and 1900 < int(m.group(1)) < 2100 and 1 <= int(m.group(2)) <= 12:
            marks[f"{m.group(1)}-{int(m.group(2)):02d}"] += 1
        m = DATELINE.match(t)
        if m:
            marks[f"{m.group(1)}-{m.group(2)}-{m.group(3)}"] += 1
    return marks.most_common(1)[0][0] if marks else None


def _derive_title(paras: list[str]) -> str:
    first = re.split(r"[。！？；，：]", paras[0])[0] if paras else ""
    return (first[:20] + "…") if len(first) > 20 else first


def _ranges(nos: list[int]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for n in sorted(set(nos)):
        if out and n <= out[-1][1] + 3:
            out[-1][1] = n
        else:
            out.append([n, n])
    return [(a, b) for a, b in out]


def _article(meta: IssueMeta, order: int, u: Unit, section: str | None,
             warnings: list[Warning], dropped: list[Dropped]) -> Article:
    paras = paragraphs_of(u.lns)
    by = Byline()
    title = subtitle = None
    if u.tb is not None:
        t = u.tb.titles
        if len(t) >= 2 and KICKER.search(t[0].text):
            subtitle = t[0].text
            t = t[1:]
        elif len(t) >= 2 and DASH_SUBTITLE.match(t[-1].text):  # "——基于三个县的调查"
            subtitle = t[-1].text.strip()
            t = t[:-1]
        title = " ".join(re.sub(r"\s{2,}", " ", x.text) for x in t) or None
        if u.tb.by:
            _fold(by, u.tb.by)
        for x in u.tb.twice:
            dropped.append(Dropped(x.no, x.text, "heading printed twice"))
        for x in u.tb.lines:
            if x.kind == "byline":
                dropped.append(Dropped(x.no, x.text, "byline of a title block, parsed into the "
                                       "article's fields"))
            elif x.kind == "body" and x not in u.tb.titles and x not in u.tb.twice:
                dropped.append(Dropped(x.no, x.text, "picture caption printed with a title block"))
    far = u.far_by
    if far is not None and not by.authors:
        _fold(by, far)
    credit = lead_credit(u.lns[0].text) if u.lns and not by.authors else None
    if credit:  # "本报讯（记者 刘海燕）近日，…": the credit stays in the lead, the names go up
        _fold(by, credit[0])
    for e in u.ends:
        if e.by:
            _fold(by, e.by)
        dropped.append(Dropped(e.no, e.text, "end line, parsed into the article's fields"))
    kind = u.kind
    if title is None and kind in ("article", "brief") and paras:
        title = _derive_title(paras) or None
        warnings.append(Warning((u.lns or u.ends)[0].no, "no-title",
                                "article has no printed title; derived from its text"))
    if not by.authors and kind == "article" and paras:
        warnings.append(Warning((u.lns or u.ends)[0].no, "no-author", "no byline found"))
    if u.tb is not None and u.lns and u.tb.pos > u.lns[0].i and u.tb.pos < u.lns[-1].i:
        warnings.append(Warning(u.tb.lines[0].no, "floating-title",
                                "title block printed inside the body; moved to the top"))
    elif u.tb is not None and u.lns and u.tb.pos > u.lns[-1].i:
        warnings.append(Warning(u.tb.lines[0].no, "title-after-body",
                                "title block printed after the body it belongs to"))
    nos = [l.no for l in u.lns] + [l.no for l in u.ends] + ([l.no for l in u.tb.lines] if u.tb else [])
    return Article(
        id=f"{meta.id}-{order:03d}", order=order, title=title,
        body="\n\n".join(escape_markdown(p) for p in paras), lines=_ranges(nos) or [(1, 1)],
        subtitle=subtitle, authors=by.authors, role=by.role, unit=by.unit, writer=by.writer,
        section=section, kind=kind if paras or kind == "editor_note" else "fragment",
        date=meta.date)


def _fold(by: Byline, other: Byline) -> None:
    by.authors = by.authors or list(other.authors)
    by.role = by.role or other.role
    by.unit = by.unit or other.unit
    by.writer = by.writer or other.writer
