"""Title blocks: classified lines → the title blocks of an issue.

Takes the `Ln`s of `layout.classify`; gives `Block`s (heading lines, maybe a kicker, a byline
and the lines printed with them) found around bylines (up to three heading-shaped lines above
a byline) and, without a byline, where a short heading stands after a column label or an
article's end, spans several lines, or heads a dated news lede; and the group headings that
repeat an editor's note. Also: a block printed again is marked a duplicate, and the first of
several heading lines becomes the column label in an issue that prints none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Dropped
from ..text import HAN_BASIC, bigrams, han
from .byline import PIECE_NUMBER, Byline
from .dates import DATE_ALONE, DATE_LEAD, DATE_NEAR
from .layout import ENUM, OPEN_WORD, PAUSE, Ln, cut_short, headish
from .vocabulary import FRONT_WORDS

if TYPE_CHECKING:
    from .units import Unit
# "习近平：…": the speaker prefix shared by a series of headlines.
HEAD_PREFIX = re.compile(f"^[{HAN_BASIC}]{{2,6}}[：:]")
# "要闻要论", "组织工作动态", "基层快讯", "基层传真": a column of news items
NEWS_COLUMN = re.compile("要闻|动态|简讯|快讯|资讯|速递|短讯|传真|集锦|信息|新闻")
NEWS_REACH = 400  # lines back to look for the column label
# "…时强调", "…上指出": a kicker line above a news headline.
KICKER = re.compile(r"(强调|指出|表示|要求|提出|寄语|致信)$")
# "——基于三个县的调查", "——青铜峡市扎实开展…": a subtitle printed under the title after a dash
DASH_SUBTITLE = re.compile(r"^\s*(——|—|--|－－)\s*\S")
# "讲稿一", "案例二", "第三讲", "第2篇", "之五": a piece's number in a series, printed over its headline
NUMBERED = re.compile("(第?[一二三四五六七八九十]{1,3}[讲篇课期]?|第\\d{1,3}[讲篇课期]|[\u4e00-\u9fff]{1,4}[一二三四五六七八九十]{1,3}|之[一二三四五六七八九十]{1,3})")
# "柳江：筑牢…": a news headline's place before a colon (no pause of running text)
PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,4}[：:]")
# "●石门镇组织全镇村干部开展…": a bulletin's untitled item after its mark
BULLET_LEAD = re.compile(r"^[●■◆◎▲★•◇]\s*[\u4e00-\u9fff\d]")
# "西湖镇：党员积分制管理见实效": the place is named as a place (a bulletin's item headline)
PLACE_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{1,6}(省|市|县|区|旗|镇|乡|村|街道|社区)[：:]\S")
# "夯实非公企业党建 深化网格化管理": two phrases side by side, a headline's (running text
# has a pause between its phrases), which may be as wide as the column
TWO_PHRASES = re.compile(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]")
# "工作研究", "潮头观澜", "“两新”党建观察": a column's name, one bare word (maybe after a quoted
# term) printed over a title
LABEL_WORD = re.compile(r"(“[\u4e00-\u9fff]{1,4}”)?[\u4e00-\u9fff]{2,6}")
# "坚持创新，先行先走": a comma inside a line (running text, not a title)
COMMA = re.compile("[，,]")
# "党建引领、组织体系": a comma or list comma
LIST_COMMA = re.compile("[，,、]")
# a news item's one-line headline between two items may come this close to the column's width
NEWS_HEAD_SLACK = 4
# "员 4200 余名", "推进 AI 赋能": text wrapped early before a number or a Latin word
LATIN_OR_DIGIT = re.compile(r"[0-9A-Za-z０-９]")
# "…在新的起点上，": a line that stops mid-sentence
CUT_END = re.compile(r"[，、：；]$")
CUT_END_ANY = re.compile(r"[，、：；,;:]$")


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
            if c.kind != "body" or not headish(c) or ENUM.match(c.text) and not c.listed \
                    or DATE_ALONE.match(c.text):
                break
            if c.cells >= c.width * 0.8 and COMMA.search(c.text):
                break   # running text cut by the block, not a title
            if titles and COMMA.search(c.text) and cut_short(c, ln[j - 1] if j else None):
                break   # "中之重，去年以来共调整不胜任": the end of a sentence cut by the block
            if titles and _overlaps_note(c, ednotes):
                break   # a group heading above the title
            titles.insert(0, c)
            j -= 1
        above = ln[j] if j >= 0 else None
        if above is not None and above.kind == "body" and not above.ends_sentence and (
                len(titles) > 2 or len(titles) == 2 and titles[0].full and above.full
                and titles[0].cells <= titles[0].width + 2):
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
        lines = over[::-1] + titles + [l]
        m = k + 1
        while m < len(ln) and m - k <= 3 and (ln[m].kind in ("date", "section", "caption") or
                                               _caption_under(ln, m)):
            lines.append(ln[m])
            m += 1
        b = Block(lines, titles, l.by, True, twice=over[::-1])
        blocks.append(b)
        used.update(x.i for x in lines)
    prefixes: set[str] = set()
    anchored = set(used)
    for k, l in enumerate(ln):
        if k in used or l.kind != "body" or not headish(l) or ENUM.match(l.text) and not l.listed \
                or DASH_SUBTITLE.match(l.text):
            continue    # (a "——…" line under a title or inside a body opens no headline)
        run = [l]
        twice: list[Ln] = []
        m = k + 1
        while m < len(ln) and m not in used and len(run) < 3 and ln[m].kind == "body" \
                and headish(ln[m]) and not ENUM.match(ln[m].text) and not _para_first(ln[m]) \
                and not _runs_on(ln, m) and not (run[0].no in doubled and ln[m].no not in doubled) \
                and ln[m].no not in breaks:
            if han(ln[m].text) != han(run[-1].text):
                run.append(ln[m])
            else:   # the same heading printed twice (page-title bar and headline)
                twice.append(ln[m])
            m += 1
        if m < len(ln) and m not in used and len(run) < 3 and ln[m].kind == "body" and len(run) >= 1 \
                and run[-1].full and ln[m].ends_sentence and ln[m].cells < ln[m].width - 4 \
                and ln[m].han <= 20 and (not COMMA.search(run[-1].text)
                                         or PLACE_PREFIX.match(run[0].text)):
            # a headline whose last line keeps its full stop ("习近平：…，…。"); a sentence
            # with a comma running on to a short line with a full stop is a paragraph's end
            run.append(ln[m])
            m += 1
        used.update(x.i for x in twice)
        prefix = HEAD_PREFIX.match(run[0].text)
        headline = _is_headline(ln, k, run, m, used, anchored, breaks)
        if not headline and len(run) >= 2 and not twice and (
                _wider_after_short(run[-2], run[-1])
                or _two_phrases(run[-2].text) and run[-1].full and not TWO_PHRASES.search(run[-1].text)):
            # a short (or two-phrase) heading, maybe wrapped, over the body's first line, which
            # looked like a heading too
            run, m = run[:-1], k + len(run) - 1
            headline = _is_headline(ln, k, run, m, used, anchored, breaks)
        if headline or prefix and prefix.group(0) in prefixes \
                and k and ln[k - 1].ends_sentence:
            if prefix:
                prefixes.add(prefix.group(0))
            b = Block(list(run) + twice, list(run))
            b.twice = twice
            if (label := _floating_label(ln, k, run)) is not None:
                b.label = label.section
            after = k + len(run) + len(twice)
            b.before_label = after >= len(ln) or ln[after].kind == "section"
            if after == len(ln) - 1 and ln[after].kind == "section" and b.label is None:
                b.label = ln[after].section     # the text's last line: no column follows
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


def _wider_after_short(last: Ln, l: Ln) -> bool:
    """A line as wide as the column under a clearly shorter heading line."""
    return l.cells >= l.width - 2 and last.cells <= last.width - 8


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


def _overlaps_note(l: Ln, ednotes: list[tuple[int, int, set[str]]], share: float = 0.6) -> bool:
    """The line repeats most of a nearby editor's note (not a line of the note itself): the
    heading of the group it introduces."""
    bg = bigrams(l.text)
    return len(bg) >= 6 and any(abs(l.no - no) <= 120 and not no <= l.no <= last
                                and len(bg & n) >= share * len(bg) for no, last, n in ednotes)


def _is_headline(ln: list[Ln], k: int, run: list[Ln], m: int, used: set[int],
                 anchored: set[int], breaks: set[int] = frozenset()) -> bool:
    """A heading without a byline that starts an article (or ends one, printed after it)."""
    j = k - 1
    while j >= 0 and ln[j].kind in ("label", "caption", "date", "quote"):
        j -= 1
    prev = ln[j] if j >= 0 else None
    while m < len(ln) and (ln[m].kind in ("label", "caption", "date", "quote") or m in used and ln[m].kind == "body"
                           and han(ln[m].text) == han(run[-1].text)):
        m += 1
    nxt = ln[m] if m < len(ln) else None
    if nxt is None:
        # the text's last line, a short title under a closed paragraph: printed after its body
        only = run[0]
        return prev is not None and prev.kind == "body" and prev.ends_sentence and len(run) == 1 \
            and not only.para_line and 4 <= only.han <= 20 and only.cells <= only.width - 6 \
            and not PAUSE.search(only.text)
    last = run[-1]
    if all(l.listed for l in run) and nxt.kind in ("body", "byline"):
        return True     # the contents list it
    if len(run) >= 2 and PIECE_NUMBER.fullmatch(run[0].text.replace(" ", "")) and nxt.kind == "body":
        return True     # "案例三" / "党建联建带动山区村抱团发展": a collection's numbered piece
    if len(run) == 1 and han(last.text) in FRONT_WORDS and nxt.kind == "body":
        return True     # "前 言": the heading of the collection's own text
    if not anchored and len(run) == 1 and nxt.kind == "body" and nxt.page_start \
            and not last.page_start and (prev is None or prev.ends_sentence) \
            and 4 <= last.han <= 30 and not PAUSE.search(last.text):
        return True     # a heading over an indented paragraph where no piece is signed: a
        # collection's unsigned pieces ("临江第一个党支部的诞生" / "　　一九二六年春，…")
    if nxt.kind == "section" and (prev is None or prev.kind != "body" or prev.ends_sentence
                                  or CUT_END.search(prev.text) and last.han >= 4
                                  or cut_short(prev, ln[prev.i - 1] if prev.i else None)) \
            and all(l.cells <= l.width - 6 and not _para_first(l) for l in run):
        return True     # "某某人物故事" / "史 事 通 鉴": a title printed after its body, or
        # floating in a sentence over its label
    if _floating_label(ln, k, run) is not None:
        return True
    if nxt.kind != "body":
        return False
    if any(l.han < 4 for l in run[:-1]) or last.han < 4 and not (
            len(run) >= 2 and run[0].han >= 8 and (DATE_NEAR.match(nxt.text) or DATE_LEAD.match(nxt.text))):
        return False    # (a wrapped headline's tail, "召开", over a dated lede, is its end)
    if len(run) == 1 and BULLET_LEAD.match(last.text) and last.cells >= last.width - 8 \
            and (nxt.full or nxt.ends_sentence):
        return False    # a bulleted item's first line, running on into its sentence
    if _para_first(last):
        return False    # the indented first line of a paragraph, not a heading
    lede = bool(DATE_NEAR.match(nxt.text) or DATE_LEAD.match(nxt.text))
    if len(run) == 1 and last.width - 8 <= last.cells <= last.width + 2 and nxt.full and not lede \
            and not last.para_line \
            and not _two_phrases(last.text) and not (
                last.cells < last.width - 3 and not last.indents and _in_news_column(ln, k)):
        return False    # the first line of a paragraph that runs on (its indent lost), unless
        # it is short where paragraphs are not indented, among news items
    # (in text set one paragraph a line no line runs on: the local width says nothing)
    short = last.cells <= last.width - 4 or last.cells > last.width + 2 or last.ends_sentence
    after_sep = prev is None or prev.kind in ("section", "end", "attrib") or run[0].no in breaks
    if prev is not None and prev.i in used:
        return False    # right under another title block: part of it or its body
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
    if len(run) == 1 and after_para and not lede and _in_news_column(ln, k) and (
            _standalone(prev, last, nxt) or _standalone(prev, last, nxt, NEWS_HEAD_SLACK)):
        return True     # a one-line headline between two news items
    if len(run) == 1 and after_para and PLACE_HEADLINE.match(last.text) and 6 <= last.han <= 24 \
            and not last.full and nxt.cells >= nxt.width * 0.6 and prev is not None \
            and prev.kind == "body" and prev.ends_sentence:
        return True     # "某镇：…", a news item's headline after the last item, in any column
    return lede and after_para


# of the column's width, at most, a title floating over its label in a sentence run on from a
# full line fills
FLOAT_WIDTH = 0.75


def _floating_label(ln: list[Ln], k: int, run: list[Ln]) -> Ln | None:
    """The column's label printed under a short title (`run`, from line `k`) that floats in a
    sentence running on around them ("…要把" / "以严的基调强化干部监督" / "理 论 评 论" /
    "政治监督放在首位，…"): the title and the label of the article that sentence is in."""
    m = k + len(run)
    if k == 0 or m + 1 >= len(ln):
        return None
    prev, label, after = ln[k - 1], ln[m], ln[m + 1]
    if label.kind != "section" or prev.kind != "body" or after.kind != "body" or not after.full:
        return None
    # the sentence stops on a full line, or on a short one run on from a full line ("…各种
    # 台账表格" / "又冒"), which leaves no doubt: a title up to the column's width less 3
    cut = not prev.full and cut_short(prev, ln[k - 2] if k > 1 else None)
    # (of two lines under a full one, the first may be the sentence's cut tail: both short)
    share = FLOAT_WIDTH if len(run) == 1 else 0.6
    if ((prev.full or cut)
            and all(l.cells <= (l.width - 6 if cut else l.width * share) and not _para_first(l)
                    and not PAUSE.search(l.text) for l in run)):
        return label
    return None


def _standalone(prev: Ln | None, line: Ln, nxt: Ln, slack: int | None = None) -> bool:
    """A short unpunctuated line (6–24 Chinese characters, no numbering) after a paragraph's
    last line and before a full line of text: a headline, not a subhead, when both
    neighbours are running text (a subhead's paragraph before it rarely ends short). With
    `slack`, a line short of the column by that many cells is short enough when it holds no
    digit or Latin letter (text wrapped early before a number or a word is not a headline)."""
    short = line.cells <= line.width * 0.8 or _two_phrases(line.text) or (
        slack is not None and line.cells <= line.width - slack
        and not LATIN_OR_DIGIT.search(line.text))
    return (prev is not None and prev.kind == "body" and prev.ends_sentence and nxt.full
            and 6 <= line.han <= 24 and not PAUSE.search(PLACE_PREFIX.sub("", line.text))
            and not ENUM.match(line.text) and short)


def _two_phrases(text: str) -> bool:
    """A headline of two phrases side by side (after its place and colon, no pause)."""
    return TWO_PHRASES.search(text) is not None and not PAUSE.search(PLACE_PREFIX.sub("", text))


def _in_news_column(ln: list[Ln], k: int) -> bool:
    """The nearest column label above (within a few pages) is a news column ("要闻要论",
    "组织工作动态"), where short items follow one another under one-line headlines."""
    for j in range(k - 1, max(-1, k - NEWS_REACH), -1):
        if ln[j].kind == "section":
            return bool(NEWS_COLUMN.search(ln[j].section or ""))
    return False


def dedupe_blocks(blocks: list[Block], dropped: list[Dropped]) -> None:
    """A title block printed again (a side-bar copy, a page-title bar) is layout, not a title."""
    seen: set[str] = set()
    for b in blocks:
        key = han(b.title_text) + "|" + "".join(b.by.authors if b.by else [])
        if key in seen and han(b.title_text):
            b.dup = True
            for x in b.lines:
                dropped.append(Dropped(x.no, x.text, "title block printed again (side-bar copy)",
                                       "duplicate-block"))
        seen.add(key)


def headline_parts(texts: list[str]) -> tuple[str | None, str | None]:
    """A headline's lines → its title and subtitle. A "——" deck under it is the subtitle; over
    a headline and its deck, a first line of two phrases side by side is the 引题 ("坚持党建
    引领　激活发展动能" / "某区“链上党建”助企纾困" / "——今年以来…"), printed with the deck. The
    title's lines join with a space (phrases side by side), but after a word no phrase ends in
    ("…提升的" / "路径探析"), where the title was only wrapped."""
    lines = [re.sub(r"\s+", " ", x.strip()) for x in texts if x.strip()]
    main = next((k for k, x in enumerate(lines) if k and DASH_SUBTITLE.match(x)), len(lines))
    head, deck = lines[:main], lines[main:]
    if deck and len(head) >= 2 and TWO_PHRASES.search(head[0]) and not TWO_PHRASES.search(head[1]):
        head, deck = head[1:], head[:1] + deck
    title = "".join(("" if not n or OPEN_WORD.search(head[n - 1]) else " ") + x
                    for n, x in enumerate(head))
    return title or None, " ".join(deck) or None


def column_labels(blocks: list[Block], has_labels: bool) -> None:
    """The first of several heading lines is the column label: in an issue without bracketed
    or spaced column labels, when it is short or a series label ("X·Y"); in one with them,
    only when it is one bare word ("工作研究", not "深刻理解 准确把握" or "践行“三严三实”",
    the first half of a headline) over a longer title, or a series' banner ("X·Y")."""
    for b in blocks:
        if len(b.titles) < 2 or DASH_SUBTITLE.match(b.titles[1].text):
            continue    # (a title over its "——记…" deck is no label over a title)
        first = b.titles[0].text.strip()
        if has_labels:
            label = LABEL_WORD.fullmatch(first) is not None and \
                len(han(b.titles[1].text)) >= len(han(first)) + 4 or "·" in first
        else:
            label = bool(han(first)) and len(han(first)) <= 8 or "·" in first
        if label and NUMBERED.fullmatch(re.sub(r"[^\u4e00-\u9fff\d]", "", first)):
            b.number = b.titles[0]      # "讲稿一", "案例二": the piece's number, no column
            b.titles = b.titles[1:]
        elif label:
            b.label = re.sub(r"\s+", " ", first)
            b.titles = b.titles[1:]
