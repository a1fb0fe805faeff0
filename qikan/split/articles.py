"""Articles: assigned units → `Article`s, each with its column.

Takes the units (with their title blocks, end lines and far bylines; the briefs split off
them, briefs.py) and the `Item` sequence; gives each unit's column (`sections`), and each
unit as an `Article` with its title (or one derived from its text, with a `no-title`
warning), subtitle, byline fields and Markdown body (`article`), the lines it used going into
`dropped` with their reasons.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Set as AbstractSet

from ..model import Article, Dropped, IssueMeta, Warning
from ..text import body_markdown, han
from .blocks import DASH_SUBTITLE, headline_parts
from .byline import Byline, lead_credit
from .columns import NOTE_HEAD, ONE_PIECE_COLUMNS
from .names import PIECE_BEFORE, clean_name, is_institution
from .headlines import BULLET_LEAD, KICKER
from .layout import Ln, bracketed_name
from .paragraphs import paragraphs_of
from .units import Block, Item, Unit
from .vocabulary import COLUMN_BAR, ENUM, NUMBERED_PIECE, TAGGED


def sections(ln: list[Ln], units: list[Unit], seq: list[Item],
             cover: AbstractSet[str] = frozenset()) -> dict[int, str | None]:
    """Each unit's column: the label printed last before it on its first page; else a label
    printed on one of its pages; else the previous unit's column when it continues that
    page, is signed, or is a brief — but a one-piece column ("卷首语") to its first piece only.
    A series' running head is no column's label, nor one printing the collection's title from
    its cover (`cover`: its Chinese, one line or two)."""
    page_label: dict[int, str] = {}     # each page's first label that is not a filler's
    multipage = any(l.page for l in ln)  # (a text indenting its paragraphs is one page)
    printed = [l for l in ln if l.kind == "section"]
    # (each label's Chinese read once: a running head is printed hundreds of times)
    series = _series_heads(printed) | ({s for s in {l.section for l in printed if l.section} if han(s) in cover}
                                       if cover else set())
    columns = [l for l in printed if l.section not in series]
    labels = [l for l in columns if not _filler_label(l)]
    on_page: dict[int, list[Ln]] = {}  # each page's labels, in line order
    for l in labels:
        page_label.setdefault(l.page, l.section)
        on_page.setdefault(l.page, []).append(l)
    at_on_page = {p: [l.i for l in ls] for p, ls in on_page.items()}
    out: dict[int, str | None] = {}
    order = sorted(units, key=lambda u: u.pos)
    prev_sec, prev_page = None, None
    opened: set[int | None] = set()     # where the one-piece columns given out were printed
    label_before = _Before((l.i, l.section) for l in columns)
    # (a title block that heads no body — a cover's — names no column)
    over_titles = [(o.pos, o.label) for o in seq
                   if isinstance(o, Block) and o.label and o.unit is not None]
    # a label line or a column printed over a title, whichever was printed last
    any_label_before = _Before(sorted([(l.i, l.section) for l in columns] + over_titles))
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
            n = bisect.bisect_left(at_on_page.get(first.page, []), first.i)
            if n:   # the last label printed above it on its page
                sec = on_page[first.page][n - 1].section
            elif found:
                sec = found[0]
            else:
                signed = bool(u.tb and u.tb.by and u.tb.by.authors) or \
                    any(e.by and e.by.authors for e in u.ends)
                if prev_sec and (signed or u.kind == "brief" or first.page == prev_page):
                    sec = prev_sec
        else:
            sec = any_label_before(first.i)
        if sec in ONE_PIECE_COLUMNS and not (u.tb is not None and u.tb.label):
            # (its label printed once more opens it again: a volume of several issues)
            at = max((l.i for l in columns if l.section == sec and l.i < first.i), default=None)
            sec = None if at in opened else sec
            opened.add(at)
        out[id(u)] = sec
        prev_sec = sec
        prev_page = max(l.page for l in lines)
    return out


# a label printed this often is a running head
RUNNING_HEAD = 3


def _series_heads(labels: list[Ln]) -> set[str]:
    """Running heads printed across columns: a label printed three times or more with a label
    printed once between its first and last printing heads a series or the magazine, not a
    column (unless no other label is printed)."""
    at: dict[str, list[int]] = {}
    for l in labels:
        at.setdefault(l.section, []).append(l.i)
    once = [pos[0] for pos in at.values() if len(pos) == 1]
    series = {s for s, pos in at.items()
              if len(pos) >= RUNNING_HEAD and any(pos[0] < o < pos[-1] for o in once)}
    return series if len(series) < len(at) else set()


def _filler_label(l: Ln) -> bool:
    return bool(l.section) and (l.section.endswith("书摘") or l.section in ("补白",))


class _Before:
    """Of (position, label) pairs in print order, the label of the last pair printed before
    a position, i.e. the latest in that order among those whose position is smaller."""

    def __init__(self, pairs):
        pairs = list(pairs)
        pos = [p[0] for p in pairs]
        self.order = sorted(range(len(pairs)), key=pos.__getitem__)
        self.pos = [pos[j] for j in self.order]
        self.labels = [p[1] for p in pairs]
        # latest print index among the first n by position
        self.latest = list(itertools.accumulate(self.order, max))

    def __call__(self, i: int) -> str | None:
        n = bisect.bisect_left(self.pos, i)
        return self.labels[self.latest[n - 1]] if n else None


# "。！？" end a sentence; "；，：、" are the natural breaks inside one
SENTENCE_STOP = "。！？"
BREAKS = "；，：、"
DERIVED_MAX = 24  # characters: a derived title is a headline, not a sentence
# "9 月 12 日", "5月下旬": a date clause alone, no title
DATE_ALONE_CLAUSE = re.compile(r"\d{1,2}\s*月(\s*\d{1,2}\s*日|上旬|中旬|下旬|初|底)?")


def derived_title(paras: list[str]) -> str | None:
    """The title of an article printed without one: its first sentence, or, when that is
    longer than `DERIVED_MAX`, the sentence up to its last natural break within that length
    ("7 月初，全市组织系统开展“七一”走访慰问活动"), never a bare date clause; no "…"."""
    first = re.split(f"[{SENTENCE_STOP}]", paras[0])[0].strip() if paras else ""
    first = first[1:].lstrip() if BULLET_LEAD.match(first) else first   # "▲柳溪乡…": no word
    first = first[mark.end():] if (mark := TITLE_MARK.match(first)) else first    # "【一】…" neither
    if first[:1] in "【0123456789" and (run_in := RUN_IN_HEADLINE.match(first)):
        return run_in.group(1)
    if len(first) <= DERIVED_MAX:
        return first or None
    head = first[:DERIVED_MAX + 1]
    cut = max(head.rfind(c) for c in BREAKS)
    if cut >= 8 and DATE_ALONE_CLAUSE.fullmatch(head[:cut]):
        # "9 月 12 日" (its spaces make it long): the clause after the date goes with it
        nxt = min((k for k in (first.find(c, cut + 1) for c in BREAKS) if k > 0), default=-1)
        return first[:nxt] if 0 < nxt <= cut + 1 + DERIVED_MAX else first[:DERIVED_MAX]
    return (head[:cut] if cut >= 8 else first[:DERIVED_MAX]) or None


def line_ranges(nos: list[int], owned: AbstractSet[int] = frozenset()) -> list[tuple[int, int]]:
    """An article's source lines as `lines` ranges (a gap of up to two blank lines is inside
    a range, unless a line of it is another article's: `owned`, the lines of all); [(1, 1)]
    for none."""
    out: list[list[int]] = []
    mine = set(nos)
    for n in sorted(mine):
        if out and n <= out[-1][1] + 3 and not any(x in owned and x not in mine for x in range(out[-1][1] + 1, n)):
            out[-1][1] = n
        else:
            out.append([n, n])
    return [(a, b) for a, b in out] or [(1, 1)]


# "1．桤木社区“红色议事厅”协商停车难题": a numbered item's title, a paragraph of its own (not
# "5.12…": a date's digits)
ITEM_TITLE = re.compile(r"^(\d{1,2}\s*[．.、])\s*([\u4e00-\u9fff“《][^。！？；：，]{3,38})$")
# "■市交通局：党员先锋岗助力“暑运”", "◆ 村村有了议事厅", "# 以高质量党建引领基层治理" (a Markdown
# export), "附：党务工作常用时间节点", "附件2：…" (an appendix), "【三】…" (a push's third piece),
# "课题：从“红船精神”中汲取奋进力量" (a lesson plan's title field): a mark before a headline
TITLE_MARK = re.compile(r"^([■◆●▲★◇◎]|#{1,6}(?=\s)|附(件\d{0,2}|录)?[：:]|【[一二三四五六七八九十]{1,3}】|(标题|题目|课题)[：:])"
                        r"\s*(?=[\u4e00-\u9fff“])")


# "1.【市委常委会专题研究基层党建工作】9月18日，…": a news item's headline run in before its
# text, in brackets (a label, "【背景】", is shorter)
RUN_IN_HEADLINE = re.compile(r"^(?:\d{1,2}\s*[．.、]\s*)?【([^【】。！？]{6,30})】(?=\S)")


# "…的历史考察（续）", "（续一）", "（续完）": a serial piece's mark after its title
# "快板《红色物业进小区》", "情景朗诵《入党那一天》": a programme's piece, its genre before the work's name
GENRE_WORK = re.compile(r"^(快板|三句半|小品|相声|独唱|合唱|舞蹈|朗诵|诗朗诵|情景朗诵|情景剧|歌伴舞|表演唱|歌曲)\s*《([^《》]{2,30})》$")
CONTINUED = re.compile(r"\s*[（(](续[一二三四五六七八九十完]?|之[一二三四五六七八九十]{1,3})[）)]$")


# "写信人：林守正（1915—1949），青溪县人": the line that introduces a letter's writer
LETTER_WRITER = re.compile(r"^\s*写信人[：:]\s*([\u4e00-\u9fff·]{2,6}?)\s*[（(，,]")


def headline_column(title: str | None, no: int, section: str | None
                    ) -> tuple[str | None, str | None, Dropped | None]:
    """"学习园地 | 我县推进…", "【党建引领】…", "短评｜让好干部…", "记者手记：…": the column printed
    before a headline (on line `no`) → the article's section (the prefix's: it names the piece's
    own column, not the one in force, `section`, an account's or a page's over several — or
    the note's it names beside a story), the headline without it, and the prefix as printed,
    bar or brackets and all, dropped; or `section`, the title, None."""
    column = COLUMN_BAR.match(title or "") or TAGGED.match(title or "")
    note = NOTE_HEAD.match(title or "") if column is None else None
    if not (column or note):
        return section, title, None
    got = column or note
    prefix = got.string[:got.start(2)].strip()
    if got.group(1).isdigit():  # "01｜村里来了“夜校”": the piece's number in a push of several
        return section, got.group(2), Dropped(no, prefix, "the piece's number before its title", "title-mark")
    return note.group(1) if note else got.group(1), got.group(2), Dropped(
        no, prefix, "column printed with the headline, the article's section", "column-label")


def article(meta: IssueMeta, order: int, u: Unit, section: str | None,
             warnings: list[Warning], dropped: list[Dropped], owned: AbstractSet[int] = frozenset()) -> Article:
    paras = paragraphs_of(u.lns)
    by = Byline()
    title = subtitle = None
    if u.tb is not None:
        t = u.tb.titles
        # "一、在真抓实干中践行初心使命" listed in a collection's contents, "一、“土改那年我十二岁”"
        # over its narrator's byline, a bulletin's "1．…" over its item: the piece's number in
        # the collection, no word of its title
        numbered = [x.listed or x is t[0] and (u.tb.item or u.tb.anchored and NUMBERED_PIECE.match(x.text) is not None)
                    for x in t]
        for x, n in zip(t, numbered):
            if n and (number := ENUM.match(x.text.strip())):
                dropped.append(Dropped(x.no, number.group(0), "the piece's number before its title",
                                       "title-mark"))
        texts = [ENUM.sub("", x.text.strip(), count=1).strip() if n else x.text for x, n in zip(t, numbered)]
        if len(t) >= 2 and KICKER.search(t[0].text):
            # (the kicker, and a "——" deck under the title, both the subtitle)
            title, deck = headline_parts(texts[1:])
            subtitle = " ".join(x for x in (t[0].text, deck) if x)
        elif len(t) >= 2 and t[0].para_line and not DASH_SUBTITLE.match(t[-1].text):
            # one paragraph a line: no title wraps, the second line is its deck
            title, subtitle = texts[0], " ".join(x.strip() for x in texts[1:])
        else:
            title, subtitle = headline_parts(texts)
        if title and (number := PIECE_BEFORE.match(title)):
            # "第一集　一座桥的三十年", "壹｜…": the piece's number on its title's line
            dropped.append(Dropped(t[0].no, number.group(0).strip(), "the piece's number before its title",
                                   "title-mark"))
            title = title[number.end():]
        if title and (cont := CONTINUED.search(title)):
            # "…的历史考察（续）": the piece goes on from an earlier issue, no word of its title
            dropped.append(Dropped(t[-1].no, cont.group(0), "mark of a piece continued from an "
                                   "earlier issue", "title-mark"))
            title = title[:cont.start()].rstrip()
        if title and (work := GENRE_WORK.match(title)):
            # "快板《红色物业进小区》": the genre of a programme's piece, then the work's name, its title
            dropped.append(Dropped(t[0].no, work.group(1), "the piece's genre before its title", "title-mark"))
            title = work.group(2)
        if title and (mark := TITLE_MARK.match(title)):
            # "■市交通局：党员先锋岗助力…", "附：…": the mark sets the item off, it is no word of
            # its title
            dropped.append(Dropped(t[0].no, mark.group(0).strip(), "mark before a title",
                                   "title-mark"))
            title = title[mark.end():]
        if title and title[:1] == "【" and title[-1:] == "】" and (inner := bracketed_name(title)) is not None:
            title = inner   # "【琛江召开…推进会】": a news item's headline set in brackets
        section, title, prefix = headline_column(title, t[0].no, section) if t else (section, title, None)
        if prefix is not None:
            dropped.append(prefix)
        if u.tb.by:
            _fold(by, u.tb.by)
        if subtitle and (dash := DASH_SUBTITLE.match(subtitle)) and is_institution(subtitle[dash.end() - 1:]):
            # "——清河街道南苑社区党委" under a work method's title: the branch that wrote it
            _fold(by, Byline(authors=[clean_name(subtitle[dash.end() - 1:])]))
            subtitle = None
        for x in u.tb.twice:
            dropped.append(Dropped(x.no, x.text, "heading printed twice", "heading-twice"))
        for x in u.tb.lines:
            if x.kind == "byline":
                dropped.append(Dropped(x.no, x.text, "byline of a title block, parsed into the "
                                       "article's fields", "title-byline"))
            elif x is u.tb.number:
                dropped.append(Dropped(x.no, x.text, "the piece's number printed over its headline",
                                       "column-label"))
            elif x.kind == "body" and x not in u.tb.titles and x not in u.tb.twice:
                dropped.append(Dropped(x.no, x.text, "picture caption printed with a title block",
                                       "title-caption"))
    far = u.far_by
    if far is not None and not by.authors:
        _fold(by, far)
    if not by.authors and (w := next((m for x in u.lns if "写信人" in x.text[:8]
                                      and (m := LETTER_WRITER.match(x.text))), None)):
        by.authors = [w.group(1)]   # "写信人：林守正（1915—1949），…": a letter's writer, its author
    credit = lead_credit(u.lns[0].text) if u.lns and not by.authors else None
    if credit:  # "本报讯（记者 刘海燕）近日，…": the credit stays in the lead, the names go up
        _fold(by, credit[0])
    for e in u.ends:
        if e.by:
            _fold(by, e.by)
        dropped.append(Dropped(e.no, e.text, "end line, parsed into the article's fields",
                                "end-line"))
    # an agreement sealed by two parties or more ("甲方（盖章）：…" / "乙方（盖章）：…"): every one
    seals = [a for e in u.ends if e.by and "盖章" in e.text for a in e.by.authors]
    if len(seals) > 1 and set(by.authors) <= set(seals):
        by.authors = seals
    # a letter signed by two offices or two people, one signature a line ("党委书记　某某" / "校长　某某")
    signed = [e.by for e in u.ends if e.by and e.by.authors and e.text[:1] not in "（(【"]
    if len(signed) > 1 and by.authors == signed[0].authors:
        by.authors = [a for s in signed for a in s.authors]
        if all(s.unit for s in signed):
            by.unit = "；".join(s.unit for s in signed)
    kind = u.kind
    printed = False  # a title found in the body's first paragraph
    if title is None and kind in ("article", "brief") and len(paras) >= 2 \
            and (item := ITEM_TITLE.match(paras[0])) and u.lns:
        # "1．桤木社区“红色议事厅”协商停车难题" over the item's text: its printed title, numbered
        dropped.append(Dropped(u.lns[0].no, item.group(1), "the piece's number before its title", "title-mark"))
        title, paras, printed = item.group(2), paras[1:], True
    if title is None and kind in ("article", "brief") and paras:
        title = derived_title(paras)
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
    if u.tb is not None and u.tb.guessed:
        warnings.append(Warning(u.tb.lines[0].no, "title-side-guessed",
                                "title block between two untitled bodies; which one it heads is a guess"))
    nos = [l.no for l in u.lns] + [l.no for l in u.ends] + ([l.no for l in u.tb.lines] if u.tb else [])
    return Article(
        id=f"{meta.id}-{order:03d}", order=order, title=title,
        body=body_markdown(paras), lines=line_ranges(nos, owned),
        subtitle=subtitle, authors=by.authors, role=by.role, unit=by.unit, writer=by.writer,
        section=section, kind=kind if paras or kind == "editor_note" else "fragment",
        date=meta.date, title_derived=title is not None and not printed and (u.tb is None or not u.tb.titles))


def _fold(by: Byline, other: Byline) -> None:
    by.authors = by.authors or list(other.authors)
    by.role = by.role or other.role
    by.unit = by.unit or other.unit
    by.writer = by.writer or other.writer
