"""Briefs: assigned units → the briefs and items some of them hold.

Takes the live units after the title blocks are placed; gives the units split off them, each
a brief or an item of its own: a column's dated news paragraphs ("7 月 20 日，…",
`split_briefs`), a bulletin's numbered items ("一、全镇召开…", `split_numbered_items`), bulleted
dated items inside a story ("■5月6日，…", `split_bullets`), a yearbook's entries run in after
their names ("【概况】　…", `split_entries`). The units given shrink to what is left of them.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..model import Dropped
from ..text import han
from .dates import DATE_LEAD, DIARY_DAY
from .headlines import BULLET_LEAD
from .layout import Ln
from .blocks import quote_open
from .units import Block, Unit
from .columns import SUBHEAD_WORDS
from .vocabulary import NUMERALS


# "白河镇　近日，…", "清水县 日前，…", "东平区 3月5日，…": a brief led by its place, set apart
# by a space, and when it happened
PLACE_LEAD = re.compile(r"^[\u4e00-\u9fff]{1,8}(省|市|县|区|州|镇|乡|村|街道|社区)\s+"
                        r"(近日|日前|近期|近来|今年|去年|年初|\d{1,2}\s*月)")


def split_briefs(units: list[Unit]) -> list[Unit]:
    """Untitled units made of dated news paragraphs (or paragraphs led by their place, "白河镇
    近日，…", or by a bullet, "●石门镇…") become one brief per paragraph group; under a short unsigned headline, the
    headline's brief keeps its own paragraph group and the ones after it are briefs of their own.
    A unit whose title block is printed after it or inside it and which opens with such briefs
    (a news column's briefs run on into the next column's article, titled under its body or
    in it) gives the briefs up to the end of the last one's paragraph and keeps the rest."""
    new: list[Unit] = []
    briefs_end = None  # the last line of the briefs a unit just before gave
    for u in units:
        titled = u.tb is not None
        if (not titled and u.kind == "article" and 0 < len(u.lns) < 6 and briefs_end is not None
                and u.lns[0].i <= briefs_end + 2 and _brief_start(u.lns[0].text)
                and u.lns[-1].ends_sentence and not u.ends):
            # a short dated paragraph right after a column's briefs, cut from them (a change of
            # the column's width, a place label after it): one more
            u.kind, briefs_end = "brief", u.lns[-1].i
            continue
        briefs_end = None
        # its title printed under it (no brief's headline) or floating inside it, not over it
        # (a short title under it right over the next column's label is no brief's headline)
        under = titled and bool(u.lns) and (u.tb.pos > u.lns[-1].i and (not _brief_title(u.tb)
                                                                        or u.tb.before_label)
                                           or u.lns[0].i < u.tb.pos < u.lns[-1].i)
        if titled and not _brief_title(u.tb) and not under or u.kind != "article" or not u.lns \
                or len(u.lns) < 6 and not u.lns[0].para_line and not BULLET_LEAD.match(u.lns[0].text) \
                or not under and any(e.kind == "end" and e.by and e.by.unit for e in u.ends):
            # (a line a paragraph, or bulleted items: fewer lines; a body closed by its
            # author's unit, "（作者单位：…）", is one signed article whatever its dates)
            continue
        starts = [c for c, l in enumerate(u.lns) if _brief_start(l.text)
                  and (c == 0 or u.lns[c - 1].ends_sentence)]
        if len(starts) >= BRIEFS_MIN:  # among dated briefs, "今年以来，…" opens one too, and so
            # does "桐山县建立…" after a paragraph's end (alone, they open many an article's paragraph)
            starts = sorted(starts + [c for c, l in enumerate(u.lns) if c and (
                SINCE_LEAD.match(l.text) and u.lns[c - 1].ends_sentence
                or PLACE_ACTS.match(l.text) and _paragraph_end(u.lns[c - 1], l)) and c not in starts])
        # two dated paragraphs or more: under a title, its own and the next brief's
        if len(starts) < BRIEFS_MIN or starts[0] != 0:
            continue
        # the briefs of a column print their datelines alike ("7 月 20 日，" or "7月20日，"): a
        # dated sentence printed otherwise opens a paragraph inside a brief
        styles = Counter(_dateline_style(u.lns[c].text) for c in starts) - Counter({None: len(starts)})
        if styles:
            style = styles.most_common(1)[0][0]
            starts = [c for c in starts if c == 0 or _dateline_style(u.lns[c].text) in (None, style)]
            if len(starts) < BRIEFS_MIN:
                continue
        if under:
            last = next((c for c in range(starts[-1] + 1, len(u.lns))
                         if _paragraph_end(u.lns[c - 1], u.lns[c])), None)
            if last is None or u.lns[last].i > u.tb.pos:
                continue    # (a title floating in the last brief: no article after the briefs)
            new += [Unit(u.lns[a:b], kind="brief") for a, b in zip(starts, starts[1:] + [last])]
            u.lns = u.lns[last:]
            continue
        parts = [u.lns[a:b] for a, b in zip(starts, starts[1:] + [len(u.lns)])]
        briefs_end = u.lns[-1].i
        ends = u.ends
        u.lns, u.kind, u.ends = parts[0], "brief", []
        for p in parts[1:]:
            new.append(Unit(p, kind="brief"))
        new[-1].ends = ends
    return new


def _brief_start(text: str) -> bool:
    """A brief's first line: its dateline, its place or a bullet first (a diary's day alone on
    its line, "5月19日　星期一　晴", opens an entry of one piece, no brief)."""
    return bool(DATE_LEAD.match(text) and not DIARY_DAY.match(re.sub(r"\s+", "", text))
                or PLACE_LEAD.match(text) or BULLET_LEAD.match(text))


def _paragraph_end(l: Ln, nxt: Ln) -> bool:
    """`l` ends a sentence and stops short of the column's width, or a blank line follows it:
    a paragraph's last line."""
    return l.ends_sentence and (l.para_line or l.cells < l.width - 2 or nxt.no > l.no + 1)


# "【基层党组织标准化建设】　年内，以…": a yearbook's entry, its name run in before its text
ENTRY = re.compile(r"^\s*【([^【】]{2,16})】\s*(?=\S)")


def _entry_starts(u: Unit) -> list[tuple[int, str]]:
    """The unit's lines that open an entry after a sentence's end, and the entries' names."""
    return [(c, name) for c, l in enumerate(u.lns) if (c == 0 or u.lns[c - 1].ends_sentence)
            and (m := ENTRY.match(l.text)) and (name := re.sub(r"\s+", "", m.group(1))) not in SUBHEAD_WORDS]


# "镜头3": one name numbered, a step of a sequence
NUMBER_TAIL = re.compile("[0-9一二三四五六七八九十]+$")


def split_entries(units: list[Unit], dropped: list[Dropped]) -> list[Unit]:
    """A unit whose paragraphs open with a name in brackets run in before the text (a
    yearbook's entries: "【概况】　2025年，…", "【理论学习】　年内，…"), two or more, gives one
    titled brief per entry — the name its title, the rest of the line its text; what comes
    before the first stays the unit's, and a title over nothing but entries ("组织工作") is
    their column. A case's parts ("【背景】") are no entries."""
    new: list[Unit] = []
    found = [(u, _entry_starts(u)) for u in units if u.kind in ("article", "brief") and len(u.lns) >= 2]
    # (names that come back, in a unit or in the other units — "【解说】", "【同期声】": a
    # script's labels; "【服务承诺】", "【我的体会】": the parts every piece of a collection has)
    seen = Counter(name for _, starts in found for _, name in starts)
    for u, entries in found:
        starts = [c for c, _ in entries]
        names = [name for _, name in entries]
        if len(starts) < 2 or any(seen[name] > 1 for name in names) \
                or any(ITEM_HEAD.match(l.text) for l in u.lns[:starts[0]]) \
                or len({NUMBER_TAIL.sub("", name) for name in names}) == 1:
            continue    # (under "三、教学过程": the steps of one piece's part; "【镜头1】…【镜头5】": a script's shots)
        for a, b in zip(starts, starts[1:] + [len(u.lns)]):
            first = u.lns[a]
            m = ENTRY.match(first.text)
            name = replace(first, text=m.group(1).strip())
            dropped.append(Dropped(first.no, m.group(0).strip(), "an entry's name run in before its "
                                   "text: its title", "title-mark"))
            part = Unit([replace(first, text=first.text[m.end():])] + u.lns[a + 1:b], kind="brief",
                        tb=Block([name], [name]))
            part.tb.unit = part
            new.append(part)
        new[-1].ends, u.ends = u.ends, []
        u.lns = u.lns[:starts[0]]
        if not u.lns and u.tb is not None:
            name = re.sub(r"\s+", "", u.tb.title_text)
            for x in u.tb.lines:
                x.kind, x.section = "section", name
                dropped.append(Dropped(x.no, x.text, f"column label or running head: {name}",
                                       "column-label"))
            u.tb.dup, u.tb.unit, u.tb, u.gone = True, None, None, True
    return new


def split_bullets(units: list[Unit]) -> list[Unit]:
    """A dated item after its bullet ("■5月6日，市委组织部召开…", "■近日，…") after a sentence's
    end (or a closing credit's bracket) inside a story is a brief of its own, and so is each such item after it (a page's
    untitled briefs printed under the story before them), and an untitled unit such an item opens."""
    new: list[Unit] = []
    for u in units:
        if u.kind not in ("article", "brief") or not u.lns:
            continue
        # (an untitled unit opened by such an item — after a brief closed by its credit — too)
        starts = [c for c, l in enumerate(u.lns) if (u.lns[c - 1].ends_sentence or
                                                     u.lns[c - 1].text.endswith(("）", ")")) if c else u.tb is None)
                  and BULLET_LEAD.match(l.text) and DATE_LEAD.match(l.text.lstrip()[1:].lstrip())]
        if not starts:
            continue
        parts = [u.lns[a:b] for a, b in zip(starts, starts[1:] + [len(u.lns)])]
        ends = u.ends
        u.lns, u.ends = u.lns[:starts[0]], []
        new += [Unit(p, kind="brief") for p in parts]
        new[-1].ends = ends
    return new


# "桐山县建立“党员联户”制度", "鹿鸣区委组织部在全区推行…": a place (or its office) doing something,
# a news item's first words
PLACE_ACTS = re.compile(r"^[\u4e00-\u9fff]{1,6}(省|市|县|区|州|镇|乡|街道)(委组织部|委|党委|党工委|直机关工委)?"
                        r"(在全\S{1,2})?(建立|开展|召开|举办|举行|推行|出台|印发|启动|实施|组织|推进|探索|创新)")
# "今年以来，", "去年以来，": a time without a date
SINCE_LEAD = re.compile(r"^(今年|去年|年初)以来[，,]")
# dated paragraphs (each after a sentence's end) that make a run of briefs
BRIEFS_MIN = 2
# a brief's headline: short, unsigned ("青阳推进干部培养")
BRIEF_TITLE_MAX = 16


def _brief_title(tb: Block) -> bool:
    return not (tb.by and tb.by.authors) and 0 < len(han(tb.title_text)) <= BRIEF_TITLE_MAX


# "一、全镇召开党建工作推进会", "2．芦泽社区为独居老人安装智能烟感": a numbered heading, short and
# with no sentence in it (a title wrapped: its quote left open, "…“夏季安全" / "月”工作")
ITEM_HEAD = re.compile(r"^([一二三四五六七八九十]{1,3}、|\d{1,2}\s*[．.、](?=\s*[\u4e00-\u9fff“《]))\s*\S[^。！？，；]{1,36}$")


def _item_number(head: re.Match) -> str:
    """"三" of "三、", "3" of "3．"."""
    return head.group(1).rstrip("、．. ")


def _nth(want: int, digits: bool) -> str:
    return str(want + 1) if digits else NUMERALS[want % 10]


def split_numbered_items(units: list[Unit]) -> list[Unit]:
    """An untitled unit that opens with a numbered heading ("一、全镇召开…") and holds its
    sequel (二、三、…), each over text: a bulletin's items, each an article under its heading.
    (A journal's numbered sections stand under the article's title, in a titled unit.)"""
    new: list[Unit] = []
    for u in units:
        if u.tb is not None or u.kind != "article" or not u.lns or not ITEM_HEAD.match(u.lns[0].text):
            continue
        digits = u.lns[0].text[:1].isdigit()
        starts, heads, want = [], [], 0
        for c, l in enumerate(u.lns[:-1]):
            m = ITEM_HEAD.match(l.text)
            wrapped = m is not None and quote_open(l.text) and c + 2 < len(u.lns)
            head = u.lns[c:c + 2] if wrapped else u.lns[c:c + 1]
            if m and _item_number(m) == _nth(want, digits) and not ITEM_HEAD.match(u.lns[c + len(head)].text):
                starts.append(c)
                heads.append(len(head))
                want += 1
        if len(starts) < 2:
            continue
        parts = [(u.lns[a:a + h], u.lns[a + h:b]) for a, h, b in zip(starts, heads, starts[1:] + [len(u.lns)])]
        ends = u.ends
        (head, body), *rest = parts
        u.lns, u.tb, u.ends = body, Block(head, head, item=True), []
        for head, body in rest:
            new.append(Unit(body, tb=Block(head, head, item=True)))
        new[-1].ends = ends
    return new


# "7 月 20 日" / "7月20日": a dateline in figures, set with spaces around them or without
FIGURE_DATE = re.compile(r"^\d{1,2}(\s*)月")


def _dateline_style(text: str) -> bool | None:
    """Whether a dateline in figures is set with spaces; None for one in words ("七一期间")."""
    m = FIGURE_DATE.match(text)
    return bool(m.group(1)) if m else None
