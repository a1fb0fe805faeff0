"""Title blocks: classified lines → the title blocks of an issue.

Takes the `Ln`s of `classify`; gives `Block`s (heading lines, maybe a kicker, a byline
and the lines printed with them) found around bylines (up to three heading-shaped lines above
a byline) and, without a byline, where `headlines.is_headline` finds a heading (after a column
label or an article's end, over several lines, over a dated news lede); and the group headings
that repeat an editor's note. Also: a block printed again is marked a duplicate, and the first of
several heading lines becomes the column label in an issue that prints none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Dropped
from ..text import HAN_BASIC, bigrams, han
from .byline import Byline
from .names import PIECE_NUMBER, is_name
from .columns import FRONT_WORDS, NOTE_HEAD
from .dates import DATE_ALONE
from .headlines import (COMMA, PLACE_PREFIX, TWO_PHRASES, floating_label, is_headline, para_first, runs_on,
                        two_phrases, wider_after_short)
from .layout import OPEN_WORD, PAUSE, Ln, cut_short, headish
from .vocabulary import COLUMN_BAR, DOCUMENT_KIND, DOCUMENT_OPENS, ENUM, FIELD_LINE, NUMBERED_PIECE, NUMERALS, \
    TABLE_CAPTION

if TYPE_CHECKING:
    from .units import Unit
# "习近平：…": the speaker prefix shared by a series of headlines.
HEAD_PREFIX = re.compile(f"^[{HAN_BASIC}]{{2,6}}[：:]")
# "岚山：…", "湖东：…": a brief's headline opening with its place, this short, and the whole
# headline at most this long
PLACE_NAME_MAX, BRIEF_HEAD_MAX = 4, 20
# "——基于三个县的调查", "——青铜峡市扎实开展…": a subtitle printed under the title after a dash
DASH_SUBTITLE = re.compile(r"^\s*(——|—|--|－－)\s*\S")
# "讲稿一", "案例二", "第三讲", "第2篇", "之五": a piece's number in a series, printed over its headline
NUMBERED = re.compile("(第?[一二三四五六七八九十]{1,3}[讲篇课期]?|第\\d{1,3}[讲篇课期]|[\u4e00-\u9fff]{1,4}[一二三四五六七八九十]{1,3}|之[一二三四五六七八九十]{1,3})")
# "工作研究", "潮头观澜", "“两新”党建观察": a column's name, one bare word (maybe after a quoted
# term) printed over a title
LABEL_WORD = re.compile(r"(“[\u4e00-\u9fff]{1,4}”)?[\u4e00-\u9fff]{2,6}")


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
    number: Ln | None = None    # the piece's number printed over the headline ("讲稿一")
    guessed: bool = False       # placed between two untitled bodies by a close call
    before_label: bool = False  # a heading printed right over a column's label (or the text's end)
    item: bool = False          # a bulletin's numbered item: its number ("1．", "二、") no word of it

    @property
    def pos(self) -> int:
        return self.lines[0].i

    @property
    def title_text(self) -> str:
        return " ".join(l.text for l in self.titles)

    @property
    def closes_column(self) -> bool:
        """Its lines end in a column's label: it closes the column before (its title printed
        after its body) and the label opens the next."""
        return bool(self.titles) and any(x.kind == "section" and x.i > self.titles[-1].i
                                         for x in self.lines)


def _in_note(ln: list[Ln], x: Ln) -> bool:
    """`x` goes on with a sentence an editor's note opened ("【编者按】为深入学习…，本刊特邀几位县"
    / "（市、区）委组织部长撰文，…"): the note's own text, not a heading over it."""
    k = x.i - 1
    while k >= 0 and ln[k].kind == "body" and not ln[k].ends_sentence:
        k -= 1
    return k >= 0 and k < x.i and ln[k].kind == "ednote" and not ln[k].ends_sentence


def _titles_under_name(ln: list[Ln], k: int) -> list[Ln]:
    """"戴立春" / "把“小石榴”做成“大产业”" floating in a sentence ("…看到了实实在" / … / " 在的效益，"):
    a name printed over the title it signs, the sentence going on at the next page's start —
    the title lines (one or two) under the name, or none."""
    l = ln[k]
    if not (k and is_name(re.sub(r"\s+", "", l.text)) and ln[k - 1].kind == "body" and not ln[k - 1].ends_sentence):
        return []
    run = []
    for m in range(k + 1, min(k + 3, len(ln))):
        if ln[m].kind == "body" and ln[m].page_start and run:
            return run
        if ln[m].kind != "body" or not headish(ln[m]) or ln[m].page_start:
            return []
        run.append(ln[m])
    return run if k + 1 + len(run) < len(ln) and ln[k + 1 + len(run)].page_start else []


def find_blocks(ln: list[Ln], ednotes: list[tuple[int, int, set[str]]], vertical: set[int] = frozenset(),
                doubled: set[int] = frozenset(), breaks: set[int] = frozenset()
                ) -> tuple[list[Block], list[list[Ln]]]:
    """Title blocks, and group headings (heading lines that repeat an editor's note).
    `vertical`: line numbers of titles rebuilt from one-character lines (complete as they are);
    `breaks`: line numbers printed right after furniture (a push's editors, an end mark, a
    table of contents), where a heading starts the next piece as after a column label and
    which no title block reaches across."""
    blocks: list[Block] = []
    groups: list[list[Ln]] = []
    used: set[int] = set()
    for k, l in enumerate(ln):
        if l.kind != "byline":
            continue
        titles: list[Ln] = []
        over: list[Ln] = []     # the title printed twice (a page's title bar and headline)
        bar_column = None       # the column the title bar prints before it ("微党课｜…")
        j = k - 1
        while j >= 0 and len(titles) < 3 and j not in used and not (titles and titles[0].no in vertical) \
                and not (titles and titles[0].no in breaks):   # (no block reaches across furniture)
            c = ln[j]
            if c.kind in ("quote", "date") and not titles:
                j -= 1      # pull quotes, a source line printed between the title and its byline
                continue
            if titles and c.kind == "body" and han(c.text) == han(titles[0].text):
                over.append(c)
                j -= 1
                continue
            if c.kind != "body" or not headish(c) or DATE_ALONE.match(c.text) \
                    or ENUM.match(c.text) and not c.listed and (titles or not NUMBERED_PIECE.match(c.text)):
                break
            if c.cells >= c.width * 0.8 and COMMA.search(c.text) and j and not (
                    not titles and ln[j - 1].kind == "body" and ln[j - 1].stop
                    and not c.stop and ln[j - 1].cells < ln[j - 1].width - 2):
                break   # running text cut by the block, not a title (a title with a comma,
                # "报到之后，如何让党员“动起来”", stands under a paragraph's end, or first in the text)
            if titles and COMMA.search(c.text) and cut_short(c, ln[j - 1] if j else None):
                break   # "中之重，去年以来共调整不胜任": the end of a sentence cut by the block
            if titles and _overlaps_note(c, ednotes):
                break   # a group heading above the title
            titles.insert(0, c)
            j -= 1
        if titles and not over and j >= 0 and j not in used and ln[j].kind == "body" \
                and (bar := COLUMN_BAR.match(ln[j].text)) and not bar.group(1).isdigit() \
                and han(bar.group(2)) == han(titles[0].text):
            # "微党课｜“三会一课”怎样开出新意" over the headline (a push's audio card between them):
            # the title bar, printing the column
            over.append(ln[j])
            bar_column = bar.group(1)
            j -= 1
        above = ln[j] if j >= 0 else None
        if above is not None and above.kind == "body" and not above.ends_sentence and (
                len(titles) > 2 or len(titles) == 2 and titles[0].full and above.full
                and titles[0].cells <= titles[0].width + 2) and not _numbered(titles[0]):
            # a block floating in a sentence: its first line, as wide as the column (a title's
            # larger type runs over it) under another, is the sentence's; the third of three
            # always is
            titles = titles[1:]
            j += 1
        grp = [x for x in ln[max(0, j - 1):j + 1] if x.kind == "body" and x.i not in used
               and x not in titles and headish(x) and _overlaps_note(x, ednotes, 0.5)
               and not _in_note(ln, x)]
        if grp and _overlaps_note(grp[-1], ednotes):
            groups.append(grp)
            used.update(x.i for x in grp)
        after = [] if titles else _titles_under_name(ln, k)
        titles = titles or after
        lines = over[::-1] + ([l] + titles if after else titles + [l])
        m = k + 1 + len(after)
        while m < len(ln) and m - k <= 3 and (ln[m].kind in ("byline_rest", "date", "section", "caption") or
                                               _caption_under(ln, m)):
            lines.append(ln[m])
            m += 1
        b = Block(lines, titles, l.by, True, twice=over[::-1], label=bar_column)
        blocks.append(b)
        used.update(x.i for x in lines)
    prefixes: set[str] = set()
    placed: int | None = None   # the last headline opening with a place's name and a colon
    anchored = set(used)
    for k, l in enumerate(ln):
        if k in used or l.kind != "body" or not headish(l) or ENUM.match(l.text) and not l.listed \
                or DASH_SUBTITLE.match(l.text) or DATE_ALONE.match(l.text) or TABLE_CAPTION.match(l.text):
            continue    # (a "——…" line under a title or inside a body opens no headline, nor a
            # date, nor a table's caption)
        run = [l]
        twice: list[Ln] = []
        m = k + 1
        while m < len(ln) and m not in used and len(run) < 3 and ln[m].kind == "body" \
                and headish(ln[m]) and not ENUM.match(ln[m].text) and not para_first(ln[m]) \
                and not ln[m].box and han(ln[m].text) not in FRONT_WORDS \
                and (not runs_on(ln, m) or len(run) == 1 and _numbered(run[0])
                     or len(run) == 2 and _numbered(run[0]) and DASH_SUBTITLE.match(ln[m].text)) \
                and not (run[0].no in doubled and ln[m].no not in doubled) \
                and ln[m].no not in breaks and not DATE_ALONE.match(ln[m].text) \
                and not (FIELD_LINE.match(ln[m].text) and DOCUMENT_KIND.search(run[-1].text)):
            # ("甲方：某局党组" under "…目标责任书": the document's parties, no title's line)
            # (a date alone, "二〇二六年一月", is a cover's imprint or a signature's, no title's line)
            if han(ln[m].text) != han(run[-1].text):
                run.append(ln[m])
            else:   # the same heading printed twice (page-title bar and headline)
                twice.append(ln[m])
            m += 1
        if m < len(ln) and m not in used and len(run) < 3 and ln[m].kind == "body" and len(run) >= 1 \
                and run[-1].full and ln[m].stop and ln[m].cells < ln[m].width - 4 \
                and ln[m].han <= 20 and (not COMMA.search(run[-1].text)
                                         or PLACE_PREFIX.match(run[0].text)):
            # a headline whose last line keeps its full stop ("习近平：…，…。"); a sentence
            # with a comma running on to a short line with a full stop is a paragraph's end
            run.append(ln[m])
            m += 1
        used.update(x.i for x in twice)
        if len(run) >= 2 and _overlaps_note(run[0], ednotes, reach=GROUP_REACH) and not _overlaps_note(run[1], ednotes) \
                and not _in_note(ln, run[0]):
            # "…经验交流会发言摘编" under the note that says so, over the first piece's title:
            # the heading of the group the note introduces
            groups.append([run[0]])
            used.add(run[0].i)
            run, k = run[1:], k + 1
        if _inside_part(ln, k, m):
            continue
        prefix = HEAD_PREFIX.match(run[0].text)
        headline = is_headline(ln, k, run, m, used, anchored, breaks)
        if not headline and len(run) >= 2 and not twice and (
                wider_after_short(run[-2], run[-1])
                or two_phrases(run[-2].text) and run[-1].full and not TWO_PHRASES.search(run[-1].text)):
            # a short (or two-phrase) heading, maybe wrapped, over the body's first line, which
            # looked like a heading too
            run, m = run[:-1], k + len(run) - 1
            headline = is_headline(ln, k, run, m, used, anchored, breaks)
        # "湖东：党建联盟助力企业用工" after "岚山：村村有了…"'s brief, no label between: the
        # column's next brief, its headline shaped as the one before
        sibling = prefix is not None and len(prefix.group(0)) <= PLACE_NAME_MAX + 1 and placed is not None \
            and len(run) == 1 and run[0].han <= BRIEF_HEAD_MAX and not PAUSE.search(run[0].text, prefix.end()) \
            and k and ln[k - 1].kind == "body" and ln[k - 1].ends_sentence and m < len(ln) \
            and ln[m].kind == "body" and not any(ln[x].kind == "section" for x in range(placed, k))
        # "记者手记：改造先“改”心" after a paragraph's end: a note's column and title, a piece of its own
        note = len(run) == 1 and NOTE_HEAD.match(run[0].text) is not None and k > 0 and ln[k - 1].ends_sentence \
            and m < len(ln) and ln[m].kind == "body"
        if headline or sibling or note or prefix and prefix.group(0) in prefixes \
                and k and ln[k - 1].ends_sentence:
            if prefix:
                prefixes.add(prefix.group(0))
                placed = k if len(prefix.group(0)) <= PLACE_NAME_MAX + 1 else placed
            b = Block(list(run) + twice, list(run))
            b.twice = twice
            if (label := floating_label(ln, k, run)) is not None:
                b.label = label.section
            after = k + len(run) + len(twice)
            b.before_label = after >= len(ln) or ln[after].kind == "section"
            if b.label is None and after < len(ln) and ln[after].kind == "section" and (
                    after == len(ln) - 1 or ln[after + 1].kind == "section"):
                # the text's last line: no column follows; or a second label right under the
                # first, which opens the next column ("史 事 通 鉴" / "基 层 动 态")
                b.label = ln[after].section
            blocks.append(b)
            used.update(x.i for x in run)
    blocks.sort(key=lambda b: b.pos)
    return blocks, groups


# "四、板书设计": a piece's numbered part head, short, alone on its line
PART_HEAD_LINE = re.compile(f"^([{NUMERALS}]{{1,2}})、\\s*[^。！？，；]{{2,15}}$")


def _inside_part(ln: list[Ln], k: int, m: int) -> bool:
    """Short lines from `k` to `m` right under a piece's part head ("四、板书设计") and over its
    next one ("五、教学反思") are that part's text (a blackboard's lines), no title."""
    head = PART_HEAD_LINE.match(ln[k - 1].text) if k else None
    if head is None or head.group(1) not in NUMERALS[:-1]:
        return False
    following = NUMERALS[NUMERALS.index(head.group(1)) + 1] + "、"
    return any(x.text.startswith(following) for x in ln[m:m + 3])


def _numbered(l: Ln) -> bool:
    """"述职报告之二", "案例三": a collection's piece number alone, over the piece's title (which
    may run as wide as its deck)."""
    return PIECE_NUMBER.fullmatch(re.sub(r"\s+", "", l.text)) is not None


def _caption_under(ln: list[Ln], m: int) -> bool:
    """"延安的抗日军政大学。": a short picture caption printed under a title block, before the
    page's running head."""
    l = ln[m]
    return l.kind == "body" and l.han <= 12 and l.ends_sentence and m + 1 < len(ln) \
        and ln[m + 1].kind == "section"


# lines between a group's heading over a piece's title and the note introducing the group, at most
GROUP_REACH = 12


def _overlaps_note(l: Ln, ednotes: list[tuple[int, int, set[str]]], share: float = 0.6,
                   reach: int = 120) -> bool:
    """The line repeats most of a nearby editor's note (not a line of the note itself): the
    heading of the group it introduces."""
    bg = bigrams(l.text)
    return len(bg) >= 6 and any(abs(l.no - no) <= reach and not no <= l.no <= last
                                and len(bg & n) >= share * len(bg) for no, last, n in ednotes)


def dedupe_blocks(blocks: list[Block], dropped: list[Dropped]) -> None:
    """A title block printed again (a side-bar copy, a page-title bar) is layout, not a title
    (a title naming a document's kind alone, "贺　信", "通　知", titles each document of the kind)."""
    seen: set[str] = set()
    for b in blocks:
        key = han(b.title_text) + "|" + "".join(b.by.authors if b.by else [])
        if key in seen and han(b.title_text) and not DOCUMENT_KIND.fullmatch(han(b.title_text)):
            b.dup = True
            for x in b.lines:
                dropped.append(Dropped(x.no, x.text, "title block printed again (side-bar copy)",
                                       "duplicate-block"))
        seen.add(key)


# "…培育的实践逻辑*": a footnote's mark after a title (its grant, its author's note)
NOTE_MARK_END = re.compile(r"(?<=\S)\s*[*＊]{1,3}$")


def headline_parts(texts: list[str], news: bool = False) -> tuple[str | None, str | None]:
    """A headline's lines → its title and subtitle. A "——" deck under it is the subtitle; over
    a headline and its deck, a first line of two phrases side by side is the 引题 ("坚持党建
    引领　激活发展动能" / "某区“链上党建”助企纾困" / "——今年以来…"), printed with the deck —
    in a newspaper (`news`) too a first line shorter than the headline under it that leaves
    nothing to it ("聚焦基层党建“提质年”", not "县委组织部开展"). The title's lines join with a
    space (phrases side by side), but after a word no phrase ends in ("…提升的" / "路径探析"),
    where the title was only wrapped, inside a quotation ("…部署“夏季安全" / "月”工作") or an
    official document's title, "关于" to its kind ("关于表彰…工作者" / "和先进基层党组织的决定")."""
    lines = [re.sub(r"\s+", " ", NOTE_MARK_END.sub("", x.strip())) for x in texts if x.strip()]
    main = next((k for k, x in enumerate(lines) if k and DASH_SUBTITLE.match(x)), len(lines))
    head, deck = lines[:main], lines[main:]
    if deck and len(head) >= 2 and (TWO_PHRASES.search(head[0]) and not TWO_PHRASES.search(head[1])
                                    and len(head[0].split()) == 2
                                    or news and kicker_over(head[0], head[1])):
        # (a first line of three phrases or more, "锚定目标 奋勇争先 以高质量组织工作", is a long
        # headline wrapped: its last phrase goes on under it)
        head, deck = head[1:], head[:1] + deck
    document = bool(head) and DOCUMENT_OPENS.match(head[0]) is not None
    title = "".join(("" if not n or OPEN_WORD.search(head[n - 1]) or quote_open(head[n - 1])
                     or document and not DOCUMENT_KIND.search(head[n - 1]) else " ") + x
                    for n, x in enumerate(head))
    return title or None, " ".join(deck) or None


def quote_open(line: str) -> bool:
    """The line opens a quotation it does not close ("…部署“夏季安全"): a title wraps inside it."""
    return line.count("“") > line.count("”")


# "…开展", "…的": a headline's first line that a wrapped second line completes
WRAPPED_AFTER = re.compile(r"(开展|举办|举行|召开|推进|启动|推行|实施|组织|发布|印发|出台|建立|加强|深化|的|与|及|和)$")


# "坚持党建引领", "抓实党建引领": a verb that calls to act, which opens a headline's phrase, no
# column's name
CALL_TO_ACT = re.compile("(坚持|推动|推进|抓实|抓好|聚焦|深化|加强|强化|激活|筑牢|建强|做实|用好|激发|打造|构建|健全|"
                         "完善|提升|夯实|织密|守牢|扛起|擦亮|锚定|凝聚|汇聚|厚植|赋能)")


def kicker_over(first: str, second: str) -> bool:
    """A newspaper's 引题 over its 主题: shorter by two characters or more, leaving nothing to
    the line under it (a headline wrapped in a column leaves its shorter part below)."""
    return len(han(first)) + 2 <= len(han(second)) and not WRAPPED_AFTER.search(first)


# a collection's part heading ("一、专题片"): its name this short at most
PART_HAN = 8


def column_labels(blocks: list[Block], has_labels: bool) -> None:
    """The first of several heading lines is the column label: in an issue without bracketed
    or spaced column labels, when it is short or a series label ("X·Y"); in one with them,
    only when it is one bare word ("工作研究", not "深刻理解 准确把握" or "践行“三严三实”",
    the first half of a headline) over a longer title, or a series' banner ("X·Y"). (Short: six
    characters at most — "持续为基层减负" over "让干部腾出手来抓落实" is a title's first half.)"""
    for b in blocks:
        if len(b.titles) < 2 or DASH_SUBTITLE.match(b.titles[1].text):
            continue    # (a title over its "——记…" deck is no label over a title)
        first = b.titles[0].text.strip()
        numbered = _numbered(b.titles[1])
        if b.titles[0].listed and (part := ENUM.match(first)) and (len(han(first)) <= PART_HAN or numbered):
            # "一、专题片" over "第一集　一座桥的三十年", "一、街道（镇）党（工）委书记述职报告" over
            # "述职报告之一": a part the contents list, the column (and the piece's number under it)
            b.label, b.titles = first[part.end():].strip(), b.titles[1:]
            if numbered and len(b.titles) >= 2:
                b.number, b.titles = b.titles[0], b.titles[1:]
            continue
        if _numbered(b.titles[0]):
            b.number, b.titles = b.titles[0], b.titles[1:]     # "第1法": the piece's number
            continue
        if has_labels:
            label = LABEL_WORD.fullmatch(first) is not None and not CALL_TO_ACT.match(first) and \
                len(han(b.titles[1].text)) >= len(han(first)) + 4 or "·" in first
        else:   # (two phrases side by side, "红色根脉 薪火相传", are a banner's headline, no column;
            # nor is a call to act, "坚持党建引领" over "推动…提质增效": a headline's first half)
            label = bool(han(first)) and len(han(first)) <= 6 and not two_phrases(first) \
                and not CALL_TO_ACT.match(first) or "·" in first
        if label and NUMBERED.fullmatch(re.sub(r"[^\u4e00-\u9fff\d]", "", first)):
            b.number = b.titles[0]      # "讲稿一", "案例二": the piece's number, no column
            b.titles = b.titles[1:]
        elif label:
            b.label = re.sub(r"\s+", " ", first)
            b.titles = b.titles[1:]
