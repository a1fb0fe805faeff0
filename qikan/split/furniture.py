"""Furniture: repaired lines → their furniture dropped (the kind read by kinds.py), apparatus set aside.

Takes the `Line`s repair kept; gives a `Furnished`: the kind of source the text is (a CNKI-style
academic journal, a daily newspaper's pages, a WeChat push, an organisation's web page, or
`generic` — the magazines the segmenter was first written for), the lines left for the
segmenter, the furniture lines dropped (each with its code and reason), and the journal
apparatus (摘要, 关键词, 参考文献, 基金项目 …) as `Apparatus` records with their source lines, to be
given to the article they stand in after segmentation (apparatus.py).

The kind is read from the text: each kind has a signature (patterns only its furniture
matches), and the kind whose signature matches most lines wins if it matches enough of them.
What each kind drops and sets aside is data, the tables in `vocabulary.py`; this module is the
cascade that applies them. Written by hand: no library knows the furniture of Chinese
party-building publications.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

from ..model import Dropped, Line
from ..text import han
from .byline import HEAD_CREDIT
from .columns import FRONT_WORDS
from .apparatus_zone import ApparatusLine, apparatus_start, continues_zone, joined, marked_authors
from .apps import ORIGINAL_TIME, PUSH_TIME
from .kinds import furniture_of, source_kind, table_of
from .paragraph_marks import line_step
from .names import CAPITAL_NUMBER
from .vocabulary import (COLUMN_BAR, CONTENTS, ENUM, MAGAZINE_MASTHEAD, MASTHEAD_NAME,
                         PAGE_NAME, PAGED_ITEM, PART_HEAD, TAGGED, Furniture, KindTable, SourceKind)


SENTENCE_MARK = re.compile("[，。！？；.]")
SPACES = re.compile(r"\s+")
ENTRY_MARKS = "◆◇●○■□▪•·-—"
# "卷首语　以高质量党建护航…": a contents entry naming its column before the title, a space between
SPACED_COLUMN = re.compile(r"^([\u4e00-\u9fff]{2,6})[ \u3000]+\S.{3,}$")
# "党　建", "理　论": a page's name, letter-spaced, right under a page head that printed none
# (a column's label, "身 边 榜 样", runs longer)
SPACED_PAGE_NAME = re.compile(r"^[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]$")
STOP_INSIDE = re.compile("。")    # a sentence: no title in a list holds one ("？" some do)
COVER_LINES, COVER_WIDTH = 6, 30  # a cover: its title, volume, subtitle, publisher, date
ACCOUNT_WIDTH = 20  # an account's name, at most  # an issue's name and number over its contents, at most


@dataclass
class Furnished:
    kind: SourceKind
    lines: list[Line]
    dropped: list[Dropped] = field(default_factory=list)
    apparatus: list[ApparatusLine] = field(default_factory=list)
    headers: list[int] = field(default_factory=list)  # lines marking an article's header
    # where a story jumps to another page ("out") or comes back from one ("in")
    jumps: list[tuple[int, Literal["out", "in"]]] = field(default_factory=list)
    # the columns a table of contents names ("特别关注｜“两新”党建的南湖答卷")
    columns: set[str] = field(default_factory=set)
    # the titles it lists by number ("一、在真抓实干中践行初心使命")
    entries: set[str] = field(default_factory=set)
    # a daily's pages by their heads: (line, the page's name), in line order
    pages: list[tuple[int, str]] = field(default_factory=list)


# what the lines over a table of contents are dropped as (the collection's title among them)
COVER_REASON = "cover of the issue, over its table of contents"
# a contents entry is short: "7月25日，…" opening a paragraph is no entry with its page
PAGED_ENTRY_MAX = 60
# "01　", "P05　", "……02": an entry's page number (and leaders) at its start or end
PAGE_NUMBERS = re.compile(r"^P?\d{1,3}\s+|[.…·．\s]*\d{1,3}$")


# the most characters of a contents entry that names a column alone (a title has more)
COLUMN_ENTRY_MAX = 4
# "卷首　　　　　　特别策划": the gap between two columns of a contents read across
READ_ACROSS = re.compile(r"[ \u3000]{4,}")
# the most characters of a column's name printed alone in a half of such a line
COLUMN_NAME_MAX = 6
# "…李明　3": an entry's page after it
PAGE_LAST = re.compile(r"\d\s*$")
# "专题策划·党建引领基层治理", "【专题｜党建引领“小巷管家”】": a contents heading naming a column
# and its topic
HEADING_TOPIC = re.compile(r"\s*[·•：:|｜丨]\s*")


def _heads_piece(after: list[str]) -> bool:
    """The line after a list's first entry ("作者丨潘国栋", "讲好党课，首先要…。") shows the
    entry to be a piece's title, not one of a list of other pieces' titles."""
    return bool(after) and bool(HEAD_CREDIT.match(after[0]) or STOP_INSIDE.search(after[0]))


def _paged(t: str) -> bool:
    return len(t) <= PAGED_ENTRY_MAX and bool(PAGED_ITEM.search(t))


def strip_furniture(lines: list[Line], kind: SourceKind | None = None,
                    marks: list[int] = ()) -> Furnished:
    """The lines without the kind's furniture and apparatus (`kind`: as read from the text;
    `marks`: the lines of the page numbers printed alone that repair took out — under a
    contents entry, its page)."""
    kind = kind or source_kind(lines)
    table = table_of(kind)
    furniture = furniture_of(table)
    out = Furnished(kind, [], columns=set(table.columns))
    zone: list = []  # the apparatus zone open: [field, first line, last line, texts]
    items = None  # inside a list of other articles' titles: what its items look like
    listing: Furniture | None = None  # the line that opened that list
    gap = False  # a blank line since the list's last entry
    listed: set[str] = set()
    paged_seen = False
    entry_mark = ""  # the mark every entry of the open list opens with ("◆县委…"), if any
    headings: list[tuple[str, str]] = []    # the column headings the open list gave, as printed
    short: set[str] = set()     # the contents' entries short enough to be a column's name
    barred = False  # an entry of the contents named its column before a bar ("沙龙｜…")
    reason = ""

    def close() -> None:
        if zone:
            name, first, last, texts = zone
            out.apparatus.append(ApparatusLine(first, last, name, joined(name, texts)))
            zone.clear()

    texted = [(l.no, t) for l in lines if (t := l.text.strip())]
    texts = [t for _, t in texted]   # (asked only inside a list)
    # a journal prints its name alone over a paper's first page (elsewhere a name printed with
    # the month is as often a column's running head: "党员生活·2026年9月")
    names = {m.group(1) for t in texts if MAGAZINE_MASTHEAD.match(t) and (m := MASTHEAD_NAME.match(t))} \
        if table.apparatus else set()
    under = _page_under([no for no, _ in texted], marks)

    def paged(j: int) -> bool:
        return _paged(texts[j]) or under[j]

    k = -1
    # (in a double-spaced text a gap takes two blank lines, unless the list set its entries
    # line under line)
    step, blanks, tight = line_step(lines), 0, False
    unnamed = False     # the line before was a page head that printed no name
    for line in lines:
        t = line.text.strip()
        if not t:
            out.lines.append(line)
            blanks += 1
            gap = gap or blanks >= (1 if tight else step)
            continue
        k, run, blanks = k + 1, blanks, 0
        if unnamed and not run and SPACED_PAGE_NAME.match(t):
            out.pages[-1] = (out.pages[-1][0], han(t))
            out.dropped.append(Dropped(line.no, line.text, "the page's name, under its head", "furniture"))
            unnamed = False
            continue
        unnamed = False
        if items is not None:
            # an entry of the list, unless it is furniture of its own ("分享 收藏 点赞 在看")
            # or, past a gap or paged entries, a page-less line after a list of paged entries
            # — unless a paged entry ("身边的榜样……02") follows within two lines: then it is a
            # heading of the contents ("特别策划") — or a page-less line printing an entry
            # again — unless it names its column as a contents entry can ("对话｜…", its page
            # number printed on a line of its own)
            # ("【书记手记】我的“三联”故事　4": the column's name in brackets before the title)
            bar = COLUMN_BAR.match(PAGE_NUMBERS.sub("", t)) or TAGGED.match(PAGE_NUMBERS.sub("", t)) \
                if listing is CONTENTS else None
            if not listed and not listing.paged and not listing.through and _heads_piece(texts[k + 1:k + 2]):
                # the "list" is one piece's title under its column ("延伸阅读"): the opener
                # goes back among the lines
                opener = out.dropped.pop()
                at = len(out.lines)
                while at and not out.lines[at - 1].text.strip():
                    at -= 1
                out.lines.insert(at, next(l for l in lines if l.no == opener.line))
                items = None
            if items is not None and not listed and listing is CONTENTS \
                    and (lone := furniture(t)) is not None and lone.item is None \
                    and not (lone.header or lone.jump or lone.page or lone.with_previous):
                # the masthead between "目录" and the first entry
                out.dropped.append(Dropped(line.no, line.text, lone.reason, "furniture"))
                continue
            if items is not None and items.match(t) and not (listing.through and gap and not listing.gaps) \
                    and not (listing.gaps and (lone := furniture(t)) is not None and lone.header) \
                    and (listing.through or not furniture(t) or listing is CONTENTS and paged(k)) \
                    and not (entry_mark and t[:1] != entry_mark) \
                    and not (listing.paged and not paged(k) and not bar and (
                        (gap or paged_seen) and not any(map(paged, range(k + 1, min(k + 3, len(texts)))))
                        or SPACES.sub("", t) in listed)):
                gap = False
                tight = bool(listed) and run == 0
                paged_seen = paged_seen or paged(k)
                if not listed:  # the first entry: its mark, if it has one, every entry's
                    entry_mark = t[:1] if t[:1] in ENTRY_MARKS else ""
                listed.add(SPACES.sub("", PAGE_NUMBERS.sub("", t)))     # ("前　言" prints "前言" again)
                if listing is CONTENTS and len(halves := READ_ACROSS.split(t)) == 2 \
                        and not any(PAGE_LAST.search(h) for h in halves):
                    # "支部书记谈　　　　　08　网格员里的…": two columns of the contents read across,
                    # each half an entry (a column's name alone, or a title after its page — not
                    # "理想信念　　　　李明　3", a title, its author and its page)
                    for half in halves:
                        word = PAGE_NUMBERS.sub("", half).strip()
                        listed.add(SPACES.sub("", word))
                        if word == han(word) and 2 <= len(word) <= COLUMN_NAME_MAX and not PAGE_NUMBERS.search(half):
                            out.columns.add(word)
                if listing is CONTENTS and (spaced := SPACED_COLUMN.match(t)):
                    listed.add(spaced.group(1))     # "卷首语　以高质量…": "卷首语" alone opens the issue
                if listing is CONTENTS and ENUM.match(t) and not PART_HEAD.match(t):
                    # "一、在真抓实干中践行初心使命": a collection's numbered piece, a title
                    out.entries.add(PAGE_NUMBERS.sub("", t).strip())
                elif bar:
                    out.columns.add(SPACES.sub("", bar.group(1)))
                    barred = True
                    if not paged(k):    # "【三】党员小课堂｜…" (no page): the piece's headline as printed
                        out.entries.add(t)
                elif listing is CONTENTS and paged(k) and (word := PAGE_NUMBERS.sub("", t)) == han(word) \
                        and len(word) <= COLUMN_ENTRY_MAX and word not in FRONT_WORDS:
                    short.add(word)     # "20　一线来稿" among "06　沙龙｜…": a column listed alone
                elif listing is CONTENTS and paged(k):
                    # "把支部建在产业链上……………6": a piece's title, listed with its page
                    out.entries.add(PAGE_NUMBERS.sub("", t).strip())
                elif listing.paged and not paged(k) and not (
                        k + 1 < len(texts) and texts[k + 1].isdigit()):  # (not its page under it)
                    # a heading of the contents: a column's ("专题策划·…")
                    out.columns.add(name := SPACES.sub("", HEADING_TOPIC.split(t.strip("【】"))[0]))
                    headings.append((name, t))
                out.dropped.append(Dropped(line.no, line.text, reason, listing.code))
                continue
            if listing is CONTENTS and not paged_seen and headings:
                # "本期要目" over titles with no page printed at all: its lines are the titles
                out.columns -= {name for name, _ in headings}
                out.entries |= {t for _, t in headings}
            items = None
        if zone and continues_zone(zone[0], t, zone[3][-1] if zone[3] else "",
                                   sum(map(len, zone[3])), furniture):
            zone[2] = line.no
            zone[3].append(t)
            out.dropped.append(Dropped(line.no, line.text, f"apparatus: {zone[0]}", "apparatus"))
            continue
        close()
        start = apparatus_start(t) if table.apparatus else None
        if start:
            name, rest = start
            zone[:] = [name, line.no, line.no, [rest] if rest else []]
            out.dropped.append(Dropped(line.no, line.text, f"apparatus: {name}", "apparatus"))
            continue
        hit = furniture(t)
        if not hit and t in names:
            out.dropped.append(Dropped(line.no, line.text, "masthead: the publication's name alone",
                                       "furniture"))
            continue
        if hit:
            if hit is CONTENTS and _cover(out.lines):  # the name over its contents
                out.dropped += [Dropped(l.no, l.text, COVER_REASON, "furniture") for l in out.lines if l.text.strip()]
                out.lines = [l for l in out.lines if not l.text.strip()]
            at = next((j for j in range(len(out.lines) - 1, max(-1, len(out.lines) - 3), -1)
                       if out.lines[j].text.strip()), None)
            if hit.with_previous and at is not None and len(above := out.lines[at].text.strip()) <= ACCOUNT_WIDTH \
                    and not SENTENCE_MARK.search(above) and above[:1] not in "（(【[" \
                    and (at == len(out.lines) - 1 or _page_top(out, at)):   # (a credit, a label)
                out.dropped.append(Dropped(out.lines[at].no, out.lines[at].text, hit.reason, "furniture"))
                del out.lines[at]
            out.dropped.append(Dropped(line.no, line.text, hit.reason, hit.code))
            if hit.header:
                out.headers.append(line.no)
            if hit.jump:
                out.jumps.append((line.no, _direction(t)))
            if hit.page:
                name = PAGE_NAME.search(t)
                name = name and (name.group("name") or name.group("supplement")) or ""
                if not name and out.pages and line.no - out.pages[-1][0] <= 2:
                    name = out.pages[-1][1]     # "第A05版　党建" / "某晚报　2026年9月12日": one head
                out.pages.append((line.no, name))
                unnamed = not name
            items, listing, gap, tight, reason = hit.item, hit, False, False, f"{hit.reason}: an entry"
            headings = []
            listed = set()  # the entries' words: printed again, the issue has begun ("卷首")
            paged_seen = False  # an entry with its page: a line without one is past the list
            entry_mark = ""     # (a line without the entries' mark is past the list)
            continue
        if table.inline and (cut := _inline_mark(line, table)):
            # the mark goes, the rest of the line stays where it was printed
            out.dropped.append(cut[0])
            out.jumps.append((line.no, cut[2]))
            line, t = cut[1], cut[1].text.strip()
        marked = marked_authors(t) if table.apparatus else None
        if marked:  # "张三1，李四2": the markers go, the names stay for the byline
            out.dropped.append(Dropped(line.no, line.text, "author line with affiliation "
                                       "markers, kept without them", "marked-authors"))
            out.lines.append(Line(line.no, " ".join(name for name, _ in marked)))
            out.apparatus.append(ApparatusLine(line.no, line.no, "author_markers", "；".join(
                f"{name}:{','.join(marks)}" for name, marks in marked)))
            continue
        out.lines.append(line)
    close()
    if barred:  # (where no entry names its column, a short one is a short title: "一盏马灯")
        out.columns |= short
    if kind == "wechat":
        _account_alone(out)
    _title_over_piece(out)
    return out


def _account_alone(out: Furnished) -> None:
    """"箬江机关党建" alone over a push's title, as a browser saves it, and "箬江机关党建　2026-05-09
    08:00" under the title: the account's name its time line prints, chrome wherever it stands
    alone."""
    names = {w for d in out.dropped if PUSH_TIME.match(d.text) or ORIGINAL_TIME.match(d.text)
             for w in d.text.split() if w != "原创" and not w[:1].isdigit()}
    alone = [l for l in out.lines if l.text.strip() in names]
    if alone:
        out.dropped += [Dropped(l.no, l.text, "the account's name", "furniture") for l in alone]
        out.lines = [l for l in out.lines if l not in alone]


# the most Chinese characters of a headline printed twice over a piece (more: a paragraph)
HEADLINE_HAN_MAX = 40


def _title_over_piece(out: Furnished) -> None:
    """"机关党建周刊丨结对共建如何避免…" at the top, over the push's chrome, and "壹｜结对共建如何
    避免…" heading its first piece: the push's title, its first numbered piece's headline printed
    again — the first of the text's lines, nothing kept between them."""
    texted = [(k, l) for k, l in enumerate(out.lines) if l.text.strip()][:2]
    if len(texted) == 2 and CAPITAL_NUMBER.match(texted[1][1].text) \
            and 4 <= len(core := _headline_core(texted[0][1].text)) <= HEADLINE_HAN_MAX \
            and core == _headline_core(texted[1][1].text):
        k, line = texted[0]
        out.dropped.append(Dropped(line.no, line.text, "heading printed twice", "heading-twice"))
        del out.lines[k]


def _headline_core(text: str) -> str:
    """A headline's words without the column or the number printed before it."""
    t = text.strip()
    t = t[m.end():] if (m := CAPITAL_NUMBER.match(t)) else t
    return han(m.group(2) if (m := COLUMN_BAR.match(t)) else t)


def _page_top(out: Furnished, at: int) -> bool:
    """The kept line at `at` opens a saved page: no line kept before it, or a line dropped since
    the last one kept (the page before's footer, a rule, its address) — a site's name over its
    menu a blank line apart, not a notice's signature over a footer's menu."""
    before = next((l.no for l in reversed(out.lines[:at]) if l.text.strip()), None)
    return before is None or any(before < d.line < out.lines[at].no for d in out.dropped[-8:])


def _page_under(nos: list[int], marks: list[int]) -> list[bool]:
    """Per line (`nos`: the numbers of the lines with text, in order), whether a page number
    printed alone stands between it and the next ("在“小事”上见初心" / "2")."""
    out = [False] * len(nos)
    for m in marks:     # (few: a mark's line is found among the lines by bisection)
        k = bisect.bisect_left(nos, m) - 1
        if k >= 0:
            out[k] = True
    return out


def _cover(kept: list[Line]) -> bool:
    """The lines kept so far are a few short lines of no sentence ("全县组织工作会议材料汇编"):
    an issue's cover, when a table of contents follows them."""
    texts = []
    for l in kept:  # (stops at the first line too many: a contents page far into a volume)
        t = l.text.strip()
        if t and (len(texts) == COVER_LINES or len(t) > COVER_WIDTH or SENTENCE_MARK.search(t)):
            return False
        if t:
            texts.append(t)
    return bool(texts)


def _inline_mark(line: Line, table: KindTable) -> tuple[Dropped, Line, Literal["out", "in"]] | None:
    """A jump mark of the kind's set inside a line (closing or opening a paragraph) → its
    dropped entry, the line without it and the jump's direction; None when it has none."""
    for f in table.inline:
        m = f.needs in line.text and f.pattern.search(line.text)
        if m and f.jump:
            return (Dropped(line.no, m.group().strip(), f.reason, "furniture"),
                    Line(line.no, line.text[:m.start()] + line.text[m.end():]), _direction(m.group()))
    return None


def _direction(mark: str) -> Literal["out", "in"]:
    """"（下转第5版）" → "out", "（上接第1版）" → "in"."""
    return "out" if "转" in mark else "in"
