"""Headlines: whether heading-shaped lines with no byline under them are a title.

Takes the classified `Ln`s and a run of heading-shaped lines; gives `is_headline` (a heading
that starts an article, or ends one printed after it), `floating_label` (the column label
printed under a short title floating in a sentence) and the line tests `find_blocks` shares
with it (`para_first`, `runs_on`, `wider_after_short`, `two_phrases`). The signals are those
of print: a line's width against its column's, a closed paragraph before it, a column label,
a news column's one-line headlines, a dated lede under it.
"""
from __future__ import annotations

import re

from ..text import bigrams, han
from .byline import credit_closes
from .names import PIECE_BEFORE, PIECE_NUMBER

# "第二章　借条": a chapter's number and title on one line
CHAPTER = re.compile(r"^第[一二三四五六七八九十百\d]{1,3}章\s+\S.{0,15}$")
# "第一条　为了…": a rule's first article, under its chapter's heading
CLAUSE = re.compile(r"^第[一二三四五六七八九十百\d]{1,4}条")
from .dates import DATE_LEAD, DATE_NEAR
from .layout import ASIDE, PAUSE, TAIL_OPEN, Ln, cut_short, headish
from .columns import FRONT_WORDS
from .vocabulary import DOCUMENT_KIND, ENUM, FIELD_LINE, LETTER_KIND, SALUTATION

# "要闻要论", "组织工作动态", "基层快讯", "基层传真": a column of news items
NEWS_COLUMN = re.compile("要闻|动态|简讯|快讯|资讯|速递|短讯|传真|集锦|信息|新闻")
NEWS_REACH = 400  # lines back to look for the column label
# "…时强调", "…上指出": a kicker line above a news headline; "践行“四下基层”谈之一": a series'
# kicker, the piece's place in it
KICKER = re.compile(r"(强调|指出|表示|要求|提出|寄语|致信|之[一二三四五六七八九十]{1,2})$")
# "柳江：筑牢…": a news headline's place before a colon (no pause of running text)
PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,4}[：:]")
# "●石门镇组织全镇村干部开展…": a bulletin's untitled item after its mark
BULLET_LEAD = re.compile(r"^[●■◆◎▲★•◇]\s*[\u4e00-\u9fff\d]")
# "西湖镇：党员积分制管理见实效": the place is named as a place (a bulletin's item headline)
PLACE_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{1,6}(省|市|县|区|旗|镇|乡|村|街道|社区)[：:]\S")
# "夯实非公企业党建 深化网格化管理": two phrases side by side, a headline's (running text
# has a pause between its phrases), which may be as wide as the column
TWO_PHRASES = re.compile(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]")
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


def wider_after_short(last: Ln, l: Ln) -> bool:
    """A line as wide as the column under a clearly shorter heading line."""
    return l.cells >= l.width - 2 and last.cells <= last.width - 8


def runs_on(ln: list[Ln], m: int) -> bool:
    """Line `m` is nearly as wide as its column and the next line fills the column: a
    paragraph's first line, unless the next line opens a dated news lede."""
    l = ln[m]
    nxt = ln[m + 1] if m + 1 < len(ln) else None
    if l.cells >= l.width - 8 and LIST_COMMA.search(l.text):
        return True
    return nxt is not None and l.cells >= l.width - 8 and nxt.full and \
        not (DATE_NEAR.match(nxt.text) or DATE_LEAD.match(nxt.text))


# times a title line's width (or its column's), at least, of a paragraph set on one line under it
ONE_LINE_PARAGRAPH = 2

# of a headline's character bigrams, the share its story's first lines say again
ECHO_SHARE, ECHO_LINES, ECHO_MIN = 0.5, 4, 4
# "的重要方面，…": a line that opens with these goes on with the sentence above it
GOES_ON = "的之了着地得和与及并而，、。；：,"


def _echoed(ln: list[Ln], m: int, l: Ln) -> bool:
    """Most of line `l`'s words come back in the lines from `m` on."""
    words = bigrams(l.text)
    if len(words) < ECHO_MIN or l.han < len(l.text) - 2 or m >= len(ln) or ln[m].text[0] in GOES_ON:
        return False
    after = bigrams("".join(x.text for x in ln[m:m + ECHO_LINES]))
    return len(words & after) >= ECHO_SHARE * len(words)


def para_first(l: Ln) -> bool:
    """A line with commas nearly as wide as its column: the first line of a paragraph."""
    return l.width - 12 <= l.cells <= l.width + 2 and bool(LIST_COMMA.search(l.text))


# "学校研究生支教团全体同学：", "各乡镇党委：": whom a letter addresses, a line of its own
ADDRESSEE = re.compile(r"^[^。！？，；：:]{2,30}[：:]$")


def is_headline(ln: list[Ln], k: int, run: list[Ln], m: int, used: set[int],
                 anchored: set[int], breaks: set[int] = frozenset()) -> bool:
    """A heading without a byline that starts an article (or ends one, printed after it)."""
    j = k - 1
    while j >= 0 and ln[j].kind in ASIDE:
        j -= 1
    prev = ln[j] if j >= 0 else None
    while m < len(ln) and (ln[m].kind in ASIDE or m in used and ln[m].kind == "body"
                           and han(ln[m].text) == han(run[-1].text)):
        m += 1
    nxt = ln[m] if m < len(ln) else None
    if nxt is None:
        # the text's last line, a short title under a closed paragraph or the author's unit
        # line: printed after its body
        only = run[0]
        return prev is not None and (prev.kind == "body" and prev.ends_sentence or prev.kind == "end") \
            and len(run) == 1 \
            and not only.para_line and 4 <= only.han <= 20 and only.cells <= only.width - 6 \
            and not PAUSE.search(only.text)
    last = run[-1]
    if any(l.box for l in run):
        return False    # "【家书原文】": a part of the piece's body
    if all(l.listed for l in run) and nxt.kind in ("body", "byline"):
        return True     # the contents list it
    if k and ln[k - 1].kind == "number" and nxt.kind in ("body", "byline"):
        return True     # "（一）" / "一封写在渡江前夜的家书": under the piece's number
    if len(run) >= 2 and PIECE_NUMBER.fullmatch(run[0].text.replace(" ", "")) and nxt.kind == "body":
        return True     # "案例三" / "党建联建带动山区村抱团发展": a collection's numbered piece
    if len(run) == 1 and PIECE_BEFORE.match(last.text) and nxt.kind == "body" and not CLAUSE.match(nxt.text) \
            and (prev is None or prev.ends_sentence or prev.kind == "end"):
        return True     # "案例二　某护士服务态度生硬引发患者投诉": its number on its title's line
    if len(run) <= 2 and nxt.kind == "body" and SALUTATION.match(nxt.text) and last.han >= 4 \
            and (prev is None or prev.ends_sentence or prev.kind == "end" or prev.text.endswith(("）", ")"))):
        return True     # "接过旗帜　走好我们这一代人的长征路" over "各位领导，同志们：": a speech's title
    if len(run) == 1 and nxt.kind == "body" and ADDRESSEE.match(nxt.text) and LETTER_KIND.search(han(last.text)) \
            and (prev is None or prev.ends_sentence or prev.kind == "end"):
        return True     # "贺　信", "致某某的慰问信" over "某某全体同学：": a letter (an official
        # document's title is found by its issuer and number: `classify._document_titles`)
    if len(run) == 1 and FIELD_LINE.match(nxt.text) and m + 1 < len(ln) and FIELD_LINE.match(ln[m + 1].text) \
            and DOCUMENT_KIND.search(last.text) and (prev is None or prev.ends_sentence or prev.kind == "end"):
        return True     # "…目标责任书" over "甲方：…" / "乙方：…": a document and its parties
    if len(run) == 1 and han(last.text) in FRONT_WORDS and nxt.kind == "body":
        return True     # "前 言": the heading of the collection's own text
    if len(run) == 1 and CHAPTER.match(last.text) and nxt.kind == "body" and not CLAUSE.match(nxt.text):
        return True     # "第二章　借条" over its text: a book's chapter (not a rule's, over "第一条")
    if not anchored and len(run) == 1 and nxt.kind == "body" \
            and (nxt.page_start or nxt.full and not nxt.para_line and last.cells <= last.width * LOST_INDENT_HEADING
                 and not CLAUSE.match(nxt.text)) \
            and not last.page_start and (prev is None or prev.ends_sentence) \
            and 4 <= last.han <= 30 and not PAUSE.search(last.text):
        return True     # a heading over an indented paragraph where no piece is signed: a
        # collection's unsigned pieces ("临江第一个党支部的诞生" / "　　一九二六年春，…"; the
        # indent lost, a short heading over a full line — not a rule's chapter over "第一条")
    if nxt.kind == "section" and (prev is None or prev.kind != "body" or prev.ends_sentence
                                  or CUT_END.search(prev.text) and last.han >= 4
                                  or cut_short(prev, ln[prev.i - 1] if prev.i else None)) \
            and all(l.cells <= l.width - 6 and not para_first(l) for l in run):
        return True     # "某某人物故事" / "史 事 通 鉴": a title printed after its body, or
        # floating in a sentence over its label
    if floating_label(ln, k, run) is not None:
        return True
    if nxt.kind != "body":
        return False
    if any(l.han < 4 for l in run[:-1]) or last.han < 4 and not (
            len(run) >= 2 and run[0].han >= 8 and (DATE_NEAR.match(nxt.text) or DATE_LEAD.match(nxt.text))):
        return False    # (a wrapped headline's tail, "召开", over a dated lede, is its end)
    if len(run) == 1 and BULLET_LEAD.match(last.text) and last.cells >= last.width - 8 \
            and (nxt.full or nxt.ends_sentence) and not last.para_line:
        return False    # a bulleted item's first line, running on into its sentence (where
        # lines are paragraphs, none runs on)
    if para_first(last):
        return False    # the indented first line of a paragraph, not a heading
    lede = bool(DATE_NEAR.match(nxt.text) or DATE_LEAD.match(nxt.text))
    if (prev is None or run[0].no in breaks) and len(run) == 1 and not last.ends_sentence and 4 <= last.han <= 40 \
            and nxt.ends_sentence and nxt.cells > ONE_LINE_PARAGRAPH * max(last.cells, last.width):
        return True     # first in the text or past furniture, over a paragraph set on one line
        # (the width, read from a list's rows or a byline, says nothing): a title
    if len(run) == 1 and prev is not None and last.no > prev.no + 1 and last.full and not last.para_line \
            and (prev.ends_sentence or prev.text.endswith(("）", ")"))) and _echoed(ln, m, last):
        return True     # a headline no wider than the column (an OCR'd page keeps no type
        # size) after a blank line: the story under it says its words again
    if len(run) == 1 and last.width - 8 <= last.cells <= last.width + 2 and nxt.full and not lede \
            and not last.para_line \
            and not two_phrases(last.text) and not (
                last.cells < last.width - 3 and not last.indents and _in_news_column(ln, k)):
        return False    # the first line of a paragraph that runs on (its indent lost), unless
        # it is short where paragraphs are not indented, among news items
    # (in text set one paragraph a line no line runs on: the local width says nothing)
    short = last.cells <= last.width - 4 or last.cells > last.width + 2 or last.ends_sentence
    # (an editor's note closed over it, "编者按：…五种“解法”。" / "01｜村里来了“夜校”", ends a piece too)
    # (…or a paragraph closed by its credit, "…点赞。（文/田小满）": the piece before is done)
    after_sep = prev is None or prev.kind in ("section", "end", "attrib") or run[0].no in breaks \
        or prev.kind == "ednote" and prev.ends_sentence \
        or prev.kind == "body" and prev.text[-1:] in "）)" and credit_closes(prev.text)
    if prev is not None and prev.i in used and run[0].no not in breaks:
        return False    # right under another title block: part of it or its body (not past
        # furniture between: a push's end, its editors and its list of others, then the next)
    # (a line opening with a sentence's tail, "度，2025 年，…", is no heading's either)
    if DATE_LEAD.match(run[0].text) or para_first(run[0]) and not after_sep or TAIL_OPEN.match(run[0].text):
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


def floating_label(ln: list[Ln], k: int, run: list[Ln]) -> Ln | None:
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
            and all(l.cells <= (l.width - 6 if cut else l.width * share) and not para_first(l)
                    and not PAUSE.search(l.text) for l in run)):
        return label
    return None


# a paragraph's indent: two characters
INDENT_CELLS = 4
# of the column's width, at most, a heading over a paragraph whose indent was lost
LOST_INDENT_HEADING = 0.85


def _standalone(prev: Ln | None, line: Ln, nxt: Ln, slack: int | None = None) -> bool:
    """A short unpunctuated line (6–24 Chinese characters, no numbering) after a paragraph's
    last line and before a full line of text: a headline, not a subhead, when both
    neighbours are running text (a subhead's paragraph before it rarely ends short). With
    `slack`, a line short of the column by that many cells is short enough when it holds no
    digit or Latin letter (text wrapped early before a number or a word is not a headline)."""
    short = line.cells <= line.width * 0.8 or two_phrases(line.text) or (
        slack is not None and line.cells <= line.width - slack
        and not LATIN_OR_DIGIT.search(line.text))
    # (the line after may be a paragraph's first, set in by its indent)
    return (prev is not None and prev.kind == "body" and prev.ends_sentence
            and (nxt.full or nxt.page_start and nxt.cells >= nxt.width - INDENT_CELLS - 3)
            and 6 <= line.han <= 24 and not PAUSE.search(PLACE_PREFIX.sub("", line.text))
            and not ENUM.match(line.text) and short)


def two_phrases(text: str) -> bool:
    """A headline of two phrases side by side (after its place and colon, no pause)."""
    return TWO_PHRASES.search(text) is not None and not PAUSE.search(PLACE_PREFIX.sub("", text))


def _in_news_column(ln: list[Ln], k: int) -> bool:
    """The nearest column label above (within a few pages) is a news column ("要闻要论",
    "组织工作动态"), where short items follow one another under one-line headlines."""
    for j in range(k - 1, max(-1, k - NEWS_REACH), -1):
        if ln[j].kind == "section":
            return bool(NEWS_COLUMN.search(ln[j].section or ""))
    return False
