"""Layout: the line model of the automatic split and the patterns of a line's shape.

`Ln`, the record classify.py makes of each non-blank line and every later stage reads: its
page (a leading space marks the first line of a PDF page), its width in display cells
against the local column width, whether it ends a sentence, whether it has a title's shape,
its class. Beside it, the patterns of what a line is (a caption, a banner, a date under a
title …) and the tests the stages share on one line or two (`headish`, `cut_short`,
`column_label`, `bracketed_name`). Written by hand: no library models the typography of
Chinese PDF extractions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ..text import BYLINE_MARKS, HAN, HAN_BASIC, HAN_RUN, SECTION_LABEL
from .byline import PUNCTUATION, Byline, credit_closes
from .names import COMPOUND_SURNAMES, POST_END, is_institution
from .columns import COLUMN_NAMES, MARKED_LABEL, NEWS_ACTION, NEWS_COLUMN_NAME, NOTE_HEAD, PLACE_LABEL

# "高 层 动 态", "城 市 基 层 党 建 服 务 品 牌": a letter-spaced heading.
SPACED = re.compile(f"^([{HAN}]\\s+){{2,}}[{HAN}]$")
# "磐 石市", "船 营区": a short, partly spaced place label floating between lines.
PART_SPACED = re.compile(f"^([{HAN}]\\s+[{HAN}]{{1,3}}|[{HAN}]{{1,3}}\\s+[{HAN}])$")
# "专题：青阳深化干部培养", "专题·书记访谈录", "专题｜党建引领“小巷管家”": a feature's banner, the
# column of the pieces under it
BANNER = re.compile(r"^(专题|专题策划|特别策划|专栏|特稿|本期聚焦|封面故事)\s*[：:·•｜|丨]\s*\S")
# "【编者按】 10月10日，…", "编者按：…"
EDNOTE = re.compile(r"^(【编者按】|编者按[：:])")
# "——某某《某书》": the attribution that closes a quote box.
ATTRIB = re.compile(r"^[—-]{2,3}\s*([^《》—]{2,20})《[^》]+》\s*$")
# "图①:…", "田如瑞摄", "版式设计:汪哲平", "摄影：某部宣传科", "▲网格员走访群众。", "▲ 某区党员走进
# 社区。本报记者 某某 摄": photo captions and credits ("▲县人民医院：党支部建在科室上", a place and
# a headline, heads a practice in a list of them)
CAPTION = re.compile(f"^(图[①-⑳\\d]*[：:].*|[{HAN_BASIC}]{{2,4}}(摄|/摄)|版式设计[：:].*|制图[：:].*|摄影[：:].*|"
                     r"▲(?!\s*[\u4e00-\u9fff]{2,10}[：:][^，。！？,]{2,30}$)\s*\S.{0,80})$")
# "本报记者 温 雅摄": the photographer's credit on a line of its own (under the caption it credits)
PHOTO_BYLINE = re.compile(f"^(本报)?(特约)?(记者|通讯员)\\s*[{HAN_BASIC}](\\s?[{HAN_BASIC}]){{1,3}}\\s*/?摄$")
# "…走访群众。（李四 摄）": a caption closing with its photographer
PHOTO_CREDIT = re.compile(r"[（(][^（）()]{0,12}摄[）)]$")
CAPTION_MAX = 90
# "来源:中直党建网 2018年3月9日": where a reposted article comes from; "书名：《…》　作者：…
# 出版社：…": the book a review is of.
SOURCE = re.compile(r"^(来源|稿源|转自|转载自|(刊发|发表|发布|刊登)日期|书\s*名)[：:]")
# "宁新出管字【2015】第0219号": a publication permit or serial number in the masthead.
MASTHEAD = re.compile(r"(出管字|准印证|内部资料|ISSN|CN\s*\d{2}-\d{4})")
# "4　基层党组织建设　4　4": a table's row, numbered, its last cells numbers (a word processor's
# table as text)
TABLE_ROW = re.compile(r"^\d{1,3}\s+\S.*\s\d+(\.\d+)?%?\s+\d+(\.\d+)?%?$")
# "（2015年10月10日）": the date of a speech under its title; "（片长：14分钟）": a film's length under its title.
DATE_PAREN = re.compile(r"^[（(]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|"
                        r"(片长|时长)\s*[:：]\s*[\d\s]+(分钟?|秒|小时)[\d\s分秒钟]*)\s*[）)]$")
# sentence-final punctuation, maybe followed by a closing quote or bracket
SENT_MARKS, SENT_CLOSERS = "。！？!?…", "”’」』）)"
SENT_END = re.compile(f"[{SENT_MARKS}][{SENT_CLOSERS}]*$")
# lines that end mid-sentence with a comma-like mark
COMMA_MARKS = "，、：；,:;"
COMMA_END = re.compile(f"[{COMMA_MARKS}]$")
# "● 本刊评论员": a byline mark
MARK = re.compile(f"^[{BYLINE_MARKS}]")
# "严把党员政治标准，是提升": a comma inside the line
INNER_COMMA = re.compile("[，、：；]")
# "，" "；" and the like: a pause inside a line (a heading has none)
PAUSE = re.compile("[，,、；：]")
# "度，2025 年，县委召开常委会…": a line opening with a sentence's last character or two (the
# text before it cut off)
TAIL_OPEN = re.compile(r"^[\u4e00-\u9fff]{1,2}[，。；！？]")
# "量。", "工作机制。2024 年，…": a line opening with a sentence's last words and its full stop (no
# heading is followed by the end of a sentence; a text may open "近日，" but not "日。"; "大家好！"
# opens a speech)
TAIL_END = re.compile(r"^[\u4e00-\u9fff]{1,4}[。；]")
# "数字赋能基层党组织组织力提升的": a line ending in a word that cannot end a title or a
# phrase — the next line ("路径探析") goes on with it, whatever name it looks like
OPEN_WORD = re.compile("[的与及]$")
# "点评人：某某", "推荐单位：某镇党委", "整理：某某": who commented on, sent or compiled a piece, no title
CREDIT_LABEL = re.compile(r"^(点评人|点评专家|推荐单位|推荐人|报送单位|报送|整理|"
                          # "联系电话：0598-8812345", "联系人：某某", "来信地址：…": a notice's contact,
                          # no heading
                          r"联系电话|联系人|联系方式|咨询电话|监督电话|举报电话|受理电话|投诉电话|电子邮箱|邮箱|传真|邮编|"
                          r"来信地址|通讯地址|联系地址|"
                          # "附件：某某问题清单": a document's attachments, listed over its signature;
                          # "表演：某社区党员志愿服务队": who performs a programme's piece;
                          # "嘉宾：某某（post）": who talks at a round table
                          r"附件|表演|演唱|朗诵|领诵|伴奏|编导|导演|嘉宾|访谈嘉宾|"
                          # "作曲：某某", "曲：某某": who set a song's words to music
                          r"作曲|曲)[：:]")
# "…2015" "…GDP": a line ending in Latin letters or digits (joined to the next with a space)
ALNUM_END = re.compile(r"[A-Za-z0-9]$")
SUBHEAD_LINES = 3
# the most characters a PLACE_LABEL holds, spaces aside
PLACE_LABEL_MAX = 8
# "“三严三实”": runs of characters that take two display cells — CJK and full-width forms,
# and the quote marks, ellipsis, dash and middle dot that Chinese fonts set full-width
WIDE_RUN = re.compile("[\u2e80-\U0010ffff“”‘’…—·]+")


# what a line is: body text, a column label or running head ("section"), a floating place or
# group label, a caption, an end line ("（作者单位：…）"), a quote's attribution, an editor's
# note, a byline, a date or source line under a title, a pull quote, an official document's
# issuer over its title, a form's header fields over the piece it heads ("record")
LineKind = Literal["body", "section", "label", "caption", "end", "attrib", "ednote", "byline",
                   "byline_rest", "date", "quote", "number", "issuer", "record"]
# the kinds of line printed beside the text and read past: no text, no separator of pieces
# ("number": a collection's piece number alone over its title, "（一）"; "byline_rest": the end
# of a byline wrapped onto the next line)
ASIDE: frozenset[LineKind] = frozenset({"label", "caption", "date", "quote", "number", "byline_rest", "issuer",
                                        "record"})


@dataclass(slots=True)
class Ln:
    i: int            # index among non-blank lines
    no: int           # source line number
    text: str         # stripped text
    page: int         # page counter: +1 at every line that starts with a space
    page_start: bool
    cells: int        # display width: Han and full-width forms count 2, ASCII 1
    width: float      # local column width in cells
    kind: LineKind = "body"
    para_line: bool = False   # one paragraph per line (web pages, newspaper extractions)
    indents: bool = False     # the layout indents first lines by two characters
    section: str | None = None
    by: Byline | None = None
    listed: bool = False      # a title, numbered or not: the contents list it, or it is
    # one of the bracketed headlines of a list of news items

    han: int = 0              # Chinese characters in the line
    far: bool = False         # set far right in the source (repair kept its indent)
    box: bool = False         # a bracketed part of a piece's body ("【家训】"): no column, no title
    # what the text alone says, computed once (the segmenter asks very often): it ends with a
    # full stop; it has the shape of a title line (see `headish`)
    stop: bool = field(init=False, repr=False)
    title_shape: bool = field(init=False, repr=False)

    def __post_init__(self) -> None:
        t = self.text
        # (a credit closing a brief ends its sentence too: "…问题。（供稿：部机关党委）"; the tests
        # of SENT_END, of a stop inside and of COMMA_END by hand: every line of an issue is asked them)
        bare = t.rstrip(SENT_CLOSERS)
        self.stop = bool(bare) and bare[-1] in SENT_MARKS or credit_closes(t) or t[-1] in "）)" and aside_closes(t)
        self.title_shape = 2 <= self.han <= 60 and not self.stop \
            and ("。" not in t[:-1] and "；" not in t[:-1] or t[:1] in "记采编" and NOTE_HEAD.match(t) is not None) \
            and t[-1] not in COMMA_MARKS \
            and not CREDIT_LABEL.match(t) and not (t[-1:].isdigit() and TABLE_ROW.match(t))

    @property
    def ends_sentence(self) -> bool:
        return self.para_line or self.stop

    @property
    def full(self) -> bool:
        return self.cells >= self.width - 3


def aside_closes(text: str) -> bool:
    """"…走进那段历史。（请大家随我向左，进入第一展厅）": a bracketed aside after a sentence's
    stop closes the paragraph with it; so does one alone on its line, a clause or two ("（四人亮板，
    定格，下场）": a stage direction; "（2026年5月修订）", one phrase, may stand under a title)."""
    k = max(text.rfind("（"), text.rfind("("))
    return k > 0 and text[k - 1] in SENT_MARKS or k == 0 and "，" in text


def bracketed_name(text: str) -> str | None:
    """"【家训】", "【 领导论坛 】" → "家训", "领导论坛": the name a bracketed label prints, or None."""
    m = SECTION_LABEL.match(text)
    return re.sub(r"\s+", "", m.group(1) or m.group(2)) if m else None


def cells(text: str) -> int:
    return 2 * len(text) - len(WIDE_RUN.sub("", text))


def han_count(text: str) -> int:
    return len(text) - len(HAN_RUN.sub("", text))


def cut_short(l: Ln, above: Ln | None) -> bool:
    """"又冒" under "…各种台账表格": a short line without a stop under a full line without one
    (`above`, the line before it) ends where a sentence was cut — by a title and a label
    printed into it — and is no heading."""
    return not l.ends_sentence and not l.full and above is not None and above.kind == "body" \
        and above.full and not above.ends_sentence


def headish(l: Ln) -> bool:
    """Could this line be (part of) a title: Chinese, not too long, no sentence inside or at
    its end — or a question the issue's contents list ("…预备期从何时算起？")."""
    return l.kind == "body" and (l.title_shape or l.listed and l.text[-1] in "？?")


# "评论员", "记者", "通讯员": a word only a byline holds
ROLE_WORD = re.compile("评论员|记者|通讯员|编辑部")


def column_label(text: str) -> str | None:
    """The column a line names ("【要闻简报】", "简 讯", "■ 组工视窗", "基层动态"), or None."""
    t = text.strip()
    key = "".join(t.split())
    if PLACE_LABEL.match(t):
        return None
    if (name := bracketed_name(t)) is not None:
        return name
    if (lab := MARKED_LABEL.match(t)) and column_words(lab.group(1)):
        return lab.group(1)
    if t[:1] in "■◆◎◇" and len(short := t[1:].strip()) <= 3 and (short in COLUMN_NAMES or NEWS_COLUMN_NAME.match(short)):
        return short    # "■简讯": a column's name too short to tell from a name but by its word
    if SPACED.match(t) or len(key) <= 6 and (key in COLUMN_NAMES or NEWS_COLUMN_NAME.match(key)):
        return key
    return None


def column_words(text: str) -> bool:
    """A marked line's words name a column, not who wrote or what happened ("■ 组工视窗", not
    "● 本刊评论员", "● 某市委组织部", "● 某县委常委", "◆ 欧阳明月", "■花溪镇开展党员冬训")."""
    return not (ROLE_WORD.search(text) or is_institution(text)
                or POST_END.search(text) and not text.endswith(POST_LIKE_COLUMNS)
                or text.startswith(COMPOUND_SURNAMES) and len(text) <= 4 or NEWS_ACTION.search(text))


# the column names that end as a post does ("读书札记", not "党委书记")
POST_LIKE_COLUMNS = tuple(sorted(w for w in COLUMN_NAMES if POST_END.search(w)))


