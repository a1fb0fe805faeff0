"""Vocabulary: the furniture of each kind of source, as data.

Takes nothing; gives the tables `furniture.py` applies: per kind of source a signature (lines
only that kind prints), the lines it drops with their reason, and whether it carries journal
apparatus; the apparatus labels (摘要, 关键词, 参考文献 …) and the shapes around them. Like
Trafilatura's `xpaths.py`, the vocabulary lives here and the cascade that uses it elsewhere:
a new kind of source is a new table, not a new branch in the code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..model import DropCode

SourceKind = Literal["generic", "academic", "newspaper", "wechat", "newsapp", "website", "forum", "markdown",
                     "email", "slides", "subtitles"]


@dataclass(frozen=True)
class Furniture:
    pattern: re.Pattern
    reason: str
    # the line opens a list of other articles' titles (往期推荐, 目录): the lines after it
    # that match `item` are dropped with it
    item: re.Pattern | None = None
    # the line stands under an article's title (a web page's publication line): it marks
    # where an article starts, for `headed.py`
    header: bool = False
    # the list's entries carry page numbers: past a blank line, an entry without one (the
    # first heading of the issue, repeating the first entry) is no longer the list's
    paged: bool = False
    # a jump mark: the story goes on on another page ("下转") or comes from one ("上接")
    jump: bool = False
    # text every line it matches holds ("版"): a line without it is not tried
    needs: str = ""
    # the short line printed right over it is part of it (the account's name over the time)
    with_previous: bool = False
    # a daily's page head: the page's name ("第5版 理论") is the column of the stories on it
    # that print none of their own
    page: bool = False
    # "media": where a body showed a picture or a video (its place, its card), which ends no
    # piece; "furniture" ends the piece before it where a piece could start after it
    code: DropCode = "furniture"
    # the list runs on through lines that are furniture of their own (a comment's likes, "赞
    # 12") up to a blank line
    through: bool = False
    # …and past blank lines (readers' comments, a blank line between each), up to a line none
    # of its entries is or the header of another piece (a push saved after it)
    gaps: bool = False


@dataclass(frozen=True)
class KindTable:
    kind: SourceKind
    signature: tuple[re.Pattern, ...]
    minimum: int  # lines the signature must match for the text to be of this kind
    drop: tuple[Furniture, ...]
    apparatus: bool = False
    # marks printed inside a line (at its start or its end), cut out of it with their reason
    inline: tuple[Furniture, ...] = ()
    # lines that count toward the minimum but never make the kind alone, unless two of them
    # differ: a page's publication line with its print button, or with its readers counted —
    # not a collection of web comments each noting its readers ("阅读量：1.3万") alone
    hints: tuple[re.Pattern, ...] = ()
    # a line that, second in a text no kind's signature claims, makes the kind alone (a push
    # copied from the phone: its title, then its account and time, and no other chrome)
    opening: re.Pattern | None = None
    # words that, alone on a line, name a column in this kind, not a box inside a piece (a
    # push's "【延伸阅读】" heads a piece of its own; a magazine piece's is a part of its text)
    columns: frozenset[str] = frozenset()


# (A run followed by what it cannot hold — "[\u4e00-\u9fff]{2,12}+" before a space or a mark —
# is possessive, "+": giving characters back could never let the rest match, and every line
# of body text, Chinese from its start, would try each.)
def _re(pattern: str) -> re.Pattern:
    return re.compile(pattern)


# a line of another article's title in a list: short, no sentence inside ("党建引领基层治理", "积分制
# 管理怎么做？": a question or an exclamation may end it)
TITLE_ITEM = _re(r"^[^。]{2,40}$")
# "加强基层党建 …… 12", "12 加强基层党建", "卷首语", "在全县组织工作会议上的讲话…………王建国（1）",
# "预备期从何时算起？":
# a contents entry with or without its page (after leaders, the author may stand before it)
CONTENTS_ITEM = _re(r"^(\d{1,3}|\d{1,3}\s*\S.{0,40}|.{1,40}?[.…·\s]*\d{1,3}|[^。！？，]{2,24}[？！]?|"
                    # "支部书记谈　　　　　08　网格员里的…": two columns of the contents read across
                    r"[^。！？，\s]{2,24}[\s　]{4,}\S.{0,40}|"
                    r".{1,60}?[.…·．]{3,}[^.…·．]{0,20}?[（(]?\d{1,3}[）)]?)$")
# "同志们：", "尊敬的各位领导，同志们：", "各位领导、各位前辈，同志们：": a speech's salutation, a line
# of its own
SALUTATION = re.compile(r"^[^。！？]{0,30}(同志们|朋友们|同学们|老师们|代表们|委员们|来宾们|先生们)[：:]$")
# the numerals a part or an item is numbered with, one to ten, in their order
NUMERALS = "一二三四五六七八九十"
# "一、", "（三）", "3.", "1.2　", "第二，", "第一节", "②": a numbered part or item (not "第一党小组")
ENUM = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+(\.\d+)+[\s　]*|\d+\s*[.、．]|第[一二三四五六七八九十]+(节|(?=[，、,：:\s]))|[①-⑳])")
# "一、“土改那年我十二岁”", "①在“学”字上下真功夫" right over its byline: a collection's number
# for the piece (a body's own parts number their headings the same way, but no byline stands
# under those)
NUMBERED_PIECE = re.compile("[一二三四五六七八九十]{1,3}、|[①-⑳]")
# "澜发〔2026〕15号", "某组通〔2026〕3号": an official document's number
DOCUMENT_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]第?\d{1,4}号$")
# "关于表彰全县优秀共产党员…" / "…的决定": an official document's title, "关于" to its kind (not a
# notice sending another on, "关于印发《…》的通知": the rules under it are the piece — unless its
# number is printed over it, "某发〔2026〕9号": then the notice is filed, its attachments after it)
DOCUMENT_OPENS = re.compile(r"^关于(?!印发|转发)\S")
# "贺信", "致全校离退休老同志的重阳节慰问信": a letter, by its kind
LETTERS = "贺信|慰问信|感谢信|公开信|倡议书"
LETTER_KIND = re.compile(f"({LETTERS})$")
DOCUMENT_KIND = re.compile(r"(决定|通知|意见|办法|方案|规定|报告|请示|批复|答复|通报|决议|公告|函|纪要|细则|规则|"
                           rf"准则|条例|计划|要点|规划|公报|责任书|承诺书|协议书|实施意见|{LETTERS})(（(试行|草案|修订)）)?$")
# "（2026年1月5日支部委员会会议研究通过）": a document's adoption, bracketed under its title
ADOPTED = re.compile(r"^[（(][^（）()]{2,40}(通过|印发|施行)[）)]$")
# "党员身份：退休教师，1986年入党", "所在支部：第二网格党支部": a labelled field on a line of its own,
# a piece's header's
FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:][^。！？：:]{2,30}$")
# "表1　全县党员年龄结构变化情况（单位：名）": a table's caption inside a text, no title of a piece
TABLE_CAPTION = re.compile(r"^表\s*\d{1,2}\s+\S")
# "第一部分　理论文章", "第二篇 经验做法", "第一章　星火燎原", "第一篇章　初心如磐", "第一展厅　烽火岁月
# （1927—1949）": a part of a collection (a hall of an exhibition), named (its column)
PART_HEAD = re.compile(r"^第[一二三四五六七八九十]+(?:部分|篇章|篇|编|单元|辑|章|展厅|展区)\s*(\S.{1,15})$")
# "目 录", "目录", "CONTENTS", "本期导读", "CONTENTS 目录": the list of the pieces
CONTENTS = Furniture(_re(r"^[【\[]?((目\s*录|本期目录|本期导读|今日导读|本期要目|本期看点|CONTENTS)\s*){1,2}[】\]]?$"), "table of contents",
                     CONTENTS_ITEM, paged=True)
# "学习园地 | 我县推进党支部标准化建设": a column's name and a bar before the headline (or a
# contents entry)
COLUMN_BAR = re.compile(r"^\s*([^\s|｜丨]{2,8})\s*[|｜丨]\s*(\S.{3,})$")
# "【组工动态】关于激活作风建设的调查": a headline tagged with its column
TAGGED = re.compile(r"^\s*【([^【】]{2,12})】\s*(\S.*)$")
# "加强基层党建 …… 12", "12 加强基层党建", "P05　加强…": a contents entry with its page; "12": the page of
# the entry over it, on a line of its own
PAGED_ITEM = _re(r"^P?\d{1,3}\s*\S|\S[.…·\s]*\d{1,3}$|[.…·．]{3,}.{0,20}?[（(]?\d{1,3}[）)]?$|^\d{1,3}$")

# "江城党建  2021年第4期", "某某组工 2020年9月", "溪城组工 2026·9", "江城晚报　2023年7月1日　星期六": a
# publication's name and its issue or day, its masthead (a running head: "岚能先锋·2026年第2期　　5",
# "芷州组工　2026.5　·14·", the page's number after it; not "某县委组织部组织二科　2026年7月", a section of
# an office signing a text and its date: an office's name over the date on a cover is left to it)
MAGAZINE_MASTHEAD = _re(r"^(?![\u4e00-\u9fff]{1,11}(科|股|室|组|支部)\s)[\u4e00-\u9fff]{2,12}+(\s+|\s*[·•]\s*)(\d{4}\s*年\s*第\s*\d{1,3}\s*期|\d{4}\s*[·.．]\s*\d{1,2}|"
                        r"\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?(\s*星期[一二三四五六日天])?)"
                        r"(\s*[（(]?总第\s*\d+\s*期[）)]?)?(\s+\d{1,3}|\s+[·•]\s*\d{1,3}\s*[·•])?$|"
                        # "鹭州党建｜2026.08　18": the name and the month over a bar, the page's number
                        r"^[\u4e00-\u9fff]{2,12}+\s*[|｜]\s*\d{4}\s*[.．]\s*\d{1,2}(\s+\d{1,3})?$|"
                        # "·20·　楚望学刊　2026年第3期": the page's number first
                        # ("·5·　青禾先锋·2026.5")
                        r"^[·•]?\d{1,3}[·•]?\s+[\u4e00-\u9fff]{2,12}(\s+|\s*[·•]\s*)(\d{4}\s*年\s*第\s*\d{1,3}\s*期|"
                        r"\d{4}\s*[.．]\s*\d{1,2})$|"
                        # "第12期", "（总第236期）", "2024年第3期（总第58期）": the number alone
                        # (or with the page's, "2026年第5期　37": a two-line running head's second)
                        r"^[（(]?(\d{4}\s*年\s*)?第\s*\d{1,4}\s*期[）)]?(\s*[（(]?总第\s*\d+\s*期[）)]?)?(\s+\d{1,3})?$|"
                        r"^[（(]?总第\s*\d+\s*期[）)]?$|"
                        # "某县市场监督管理局党建工作资料（2026年第1辑）": a collection's name and number
                        r"^[\u4e00-\u9fff]{2,20}(资料|汇编|选编|文集|简报|通讯|读本)[（(]\d{4}\s*年\s*第\s*\d{1,3}\s*[辑期][）)]$")
# "檀州行政学院学报　2026年第2期" → 檀州行政学院学报: the publication's name, which a masthead prints
# with the issue (and a journal's first page alone)
MASTHEAD_NAME = re.compile(r"^([\u4e00-\u9fff]{2,12})(\s+|\s*[·•]\s*)\d{4}")
# "06  党建  2020-10-01", "A3 | 要闻 | 2024.5.8", "第4版": a newspaper page's folio (its number,
# the page's name, the day), "第二版　一九五七年三月十二日": whatever the source around it was read as
# (a magazine's: "2 临江党建 2024.9", the page, the title, the year and month)
PAGE_FOLIO = _re(r"^[A-D]?\d{1,3}\s*[|｜]?\s*[\u4e00-\u9fff]{2,8}\s*[|｜]?\s*"
                 r"\d{4}\s*[-./年]\s*\d{1,2}(\s*[-./月]\s*\d{1,2}\s*日?|\s*月)?$|^第\s*\d{1,2}\s*版$|"
                 # "第二版　一九五七年三月十二" (the day cut off by the OCR's line)
                 r"^第[一二三四五六七八九十]{1,3}版\s+[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月")
# "编辑 张三  校对 李四", "责任编辑：薛春  美术编辑：崔辉明", "编辑：某某　审核：某某", "责任编辑：韦　宁
# 版式设计：葛　青" (names letter-spaced), "责任编辑：汤若愚　版式：晏　澄", "本期编辑：庄　宁　宋一禾　　校对：
# 卢　苗" (two names to a role): two or more of a page's (an issue's) staff on one line
_STAFF_NAME = r"[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}"
_STAFF = (r"(本版责任编辑|本期责任编辑|责任编辑|本版编辑|本期编辑|编辑|校对|审核|审校|责编|美术编辑|美编|版式设计|版式|摄影)"
          rf"\s*[:：|｜]?\s*{_STAFF_NAME}(?:\s+{_STAFF_NAME})*")
STAFF_LINE = _re(rf"^{_STAFF}(\s+{_STAFF})+$")
# "投稿邮箱：llb@…", "本版投稿邮箱：…": where to send the page (the push) a text (a call for entries
# prints its own: a paper's and a push's only)
# ("欢迎全市各级党组织和广大党员投稿": the call under the address)
CONTRIBUTIONS = Furniture(_re(r"^(本版|本刊|本号)?(投稿|来稿)(邮箱|信箱|邮件|电话)\s*[:：]|^欢迎[^。，！]{0,20}(投稿|来稿|赐稿)[。！!]?$"),
                          "address for contributions")
# Furniture any kind of source may print.
COMMON = (
    # "核心观点" over "●责任不落实，制度就是一纸空文" …: a theory page's box of the piece's
    # points, printed again from its text
    Furniture(_re(r"^(核心观点|观点提要|内容提要|本文提要|观点速览)$"), "box of the piece's key points",
              _re(r"^[●■◆•·▲]\s*\S.{1,40}$")),
    Furniture(PAGE_FOLIO, "page folio of a newspaper"),
    # "保存自：http://…", "原文链接：https://…": where a saved page came from
    Furniture(_re(r"^(保存自|保存于|来自|原文链接|原文地址|本文链接|网址|URL)\s*[:：]\s*(https?://|www\.)\S+$"),
              "address the page was saved from", needs="://"),
    # "--------------------------------------------------": a rule drawn between two saved pages
    Furniture(_re(r"^[-—=_*~]{8,}$"), "rule between pages"),
    # "我的划线（3）" over "> …" and "我的笔记：…", "导出自「拾页」稍后读 · 2026-07-02": a read-later
    # app's export, the reader's highlights and notes under the text and its own footer
    Furniture(_re(r"^我的(划线|标注|高亮|摘录)([（(]\d+[）)])?$"), "reader's highlights in a read-later export",
              _re(r"^[>＞]\s*\S|^我的(笔记|想法|批注)\s*[:：]"), through=True),
    Furniture(_re(r"^导出自\s*「[^」]{1,20}」"), "footer of a read-later export"),
    # "梅某（右二）在居民家中了解情况", "（作者近照）": a photo's caption, by where its people stand
    # in the picture, or the picture's note
    # ("百年党史中的青年力量（中）": a serial's part, no place in a picture)
    Furniture(_re(r"^[^。！？]{2,40}[（(]((前排|后排|中排)?[左右][一二三四五六七八九十]?|左起|右起)[）)][^。！？]{0,30}$|"
                  r"^[^。！？]{2,40}[（(]中[）)][^。！？]{2,30}$|^[（(][^（）()]{0,8}(近照|供图)[）)]$"), "photo caption", code="media"),
    # "封面：某镇党员志愿服务队在田间宣讲政策": the cover picture's caption; "欢迎订阅2027年《…》":
    # the magazine's call for subscribers
    # "订阅：移动用户编辑短信…", "退订请回复“TD”": how a 手机报 is ordered
    Furniture(_re(r"^封面(图片|照片)?\s*[:：]|^(欢迎订阅|订阅热线|邮发代号|(订阅|退订)\s*[:：]|退订请)"),
              "cover caption or subscription notice"),
    # "（下转第28页）", "（上接第21页）": an article jumping to a later page of a magazine, and
    # coming back from an earlier one
    Furniture(_re(r"^[（(](下转|上接|转|接)第?\s*\d{1,3}\s*页[）)]$"), "page jump mark", jump=True, needs="页"),
    # "09:41　　5G 78%": a phone's status bar, over a page copied from an app
    Furniture(_re(r"^\d{1,2}:\d{2}\s+(\S+\s+){0,3}(4G|5G|WiFi|Wi-Fi)?\s*\d{1,3}%$"), "status bar of a phone", needs="%"),
    # "[图片]", "[视频]", "[图片：报头.jpg]": where a saved page or a message showed a picture or a
    # video; "[2/5]": the frame of a multimedia message (a 手机报) that follows
    Furniture(_re(r"^\[(图片|图|视频|音频|二维码)([：:][^\[\]]{1,40})?\]$"), "picture placeholder", code="media", needs="["),
    Furniture(_re(r"^\[\d{1,2}/\d{1,2}\]$"), "frame number of a multimedia message", needs="/"),
    # "3/8", "向上滑动", "♪ 背景音乐": an H5 page's screen counter, its swipe prompt, its music switch
    Furniture(_re(r"^\d{1,2}\s*/\s*\d{1,2}$"), "screen counter of an H5 page", needs="/"),
    Furniture(_re(r"^([↑︿∧^]\s*)?(向上|上|向左|左)(滑动|滑)(查看|翻页|继续)?(\s*[↑︿∧^])?$|^[♪♫]?\s*背景音乐$"),
              "swipe prompt or music switch of an H5 page"),
    # "（图略）", "【此处为手写笔记照片，略】": where the typed copy left a picture out
    Furniture(_re(r"^[\[【（(][^\[\]【】（）()。]{0,12}(图片|照片|图|视频|扫描件)[，,]?(略|从略|省略)[\]】）)]$"),
              "picture left out", code="media", needs="略"),
    # "1=F　4/4　深情、舒展地", "5 3 5 6 | 1̇ — 6 |": a song's key, time and tempo, and its notes,
    # over its words
    Furniture(_re(r"^1\s*=\s*[♭#♯b]?[A-G]\s+\d/\d|^[\d\s.·\u0307\u0323—\-]+(\|[\d\s.·\u0307\u0323—\-]+){2,}\|?$"),
              "a song's score"),
    # "９　月　SEPTEMBER　　2026", "日　一　二　三　四　五　六", "13　14　15　16　17　18　19": a desk
    # calendar's month, the week's days over its grid, a row of the grid
    Furniture(_re(r"^[0-9０-９]{1,2}\s*月\s+[A-Z]{3,9}\s+\d{4}$|^[日一]\s+[一二]\s+[二三]\s+[三四]\s+[四五]\s+[五六]\s+[六日]$|"
                  r"^(?:[12]?\d|3[01])(?:\s+(?:[12]?\d|3[01])){2,6}$"), "a month's calendar"),
    # "第 1 页 共 5 页": a page's number in a document printed from a word processor
    Furniture(_re(r"^第\s*\d{1,4}\s*页\s*[，,/]?\s*(共\s*\d{1,4}\s*页)?$"), "page number"),
    Furniture(STAFF_LINE, "editors of the page"),
    # "（下期预告：《雪夜送信》）", "（未完待续，下期刊登…）": a serial's next part announced
    Furniture(_re(r"^[（(](下期预告|下期看点|下期刊登|敬请关注下期)[：:，,]?[^（）()]{0,30}[）)]$"), "next part announced",
              needs="下期"),
    # "青禾日报" alone (a daily's page printed without the kind's other marks): its name
    Furniture(_re(r"^[\u4e00-\u9fff]{2,6}(日报|晚报)$"), "masthead"),
    # "2026年7月1日　星期三　第3版　综合新闻　　责任编辑：…": a daily's page head in full (the
    # day, the weekday, the page: no text prints them so), whatever kind the text was read as
    Furniture(_re(r"^([\u4e00-\u9fff]{2,8}报\s+)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*星期[一二三四五六日天]\s*第\s*\d{1,2}\s*版"),
              "page head of the newspaper", page=True, needs="版"),
    # "本版策划：某县委组织部　某县融媒体中心": who planned the page
    Furniture(_re(r"^本版(策划|统筹)\s*[:：]"), "editors of the page"),
    CONTENTS,
    Furniture(MAGAZINE_MASTHEAD, "masthead: the publication and its issue"),
    # "中共某市委组织部办公室　　2026年3月2日印发": an official document's imprint, at each page's foot
    Furniture(_re(r"^[\u4e00-\u9fff]{4,30}(办公室|办公厅|秘书处)\s+(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*"
                  r"(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*印发$"),
              "imprint of an official document", needs="印发"),
    # "（上接2026年第2期）", "（接上期）", "（续上期）": a serial piece taken up from an earlier issue
    Furniture(_re(r"^[（(](上接|接上|续上|续)(本刊)?(\d{4}\s*年\s*)?(第\s*\d{1,3}\s*期|期)[）)]$"),
              "mark of a piece continued from an earlier issue"),
    # "首发：某某发布微信公众号　2026-01-18　阅读量：1.3万": where a piece was first published (and
    # how often read), a line of its own under its title or after its text
    Furniture(_re(r"^首发(平台|于)?\s*[:：][^。！？]{2,40}(\d{4}\s*[-./年]\s*\d{1,2}|阅读量?\s*[:：])"),
              "where the piece was first published", needs="首发"),
    # "👆👆👆", "🌟": a line of emoji alone, a push's (or a page's) decoration
    Furniture(_re("^[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D\\s]+$"), "emoji alone"),
    # "━━━━━━━━", "————————", "=========", "· · ·", "＊＊＊", "✂－－－－－－", "－－－✂－－－", "▼": a rule or a mark
    # between a page's parts (a clipping's cut line, a push's arrow to the next piece)
    Furniture(_re(r"^[✂✄]?\s*[━─═—＿_=＝~～－]{6,}\s*[✂✄]?$|^[━─═—＿_=＝~～－]{3,}\s*[✂✄]\s*[━─═—＿_=＝~～－]{3,}$|"
                  r"^([·•*＊※]\s*){3,}$|^[▼▽↓⬇]{1,3}$"), "rule line"),
    # "（责任编辑 柳 眉）", "(编辑：张三)", "[责任编辑：鲍宁]", "［责任编辑：苗　禾］": who edited the
    # piece, not who wrote it
    Furniture(_re(r"^[（(\[【［]\s*(责任编辑|责编|编辑|校对|审核|审校)\s*[:：]?\s*[\u4e00-\u9fff·\s、，]{2,20}[）)\]】］]$"),
              "editor of the piece"),
    # "· END ·", "-END-", "- THE END -", "◇END◇", "（完）", "（汇编完）", "【某某手机报】本期完"
    Furniture(_re(r"^[-—·•◇◆○●\s]*((THE\s+)?END|完)[-—·•◇◆○●\s]*$|^[（(](汇编|全书|全文|本期)?完[）)]$|"
                  r"^(【[^【】]{2,12}】\s*)?本期(完|结束)$|"
                  r"^[（(](未完待续|待续|未完)[）)]$"), "end mark"),
    # "（内部学习资料　请勿外传）", "（内部资料　注意保存）", "（本选编由某办公室编印，内部交流）", "内部学习资料"
    # on a cover: how a collection may be passed on
    Furniture(_re(r"^[（(](内部(学习)?资料|内部刊物|仅供内部|请勿外传)[^（）()]{0,16}[）)]$|"
                  r"^(内部(学习|交流)?资料|内部刊物)(\s*(注意保存|请勿外传))?$|"
                  r"^[（(]本(选编|汇编|资料|材料|读本|手册)[^（）()]{2,30}[）)]$"), "note on passing the collection on"),
    # "党史学习教育读本　　7", "征文作品选 · 3", "基层党务工作知识问答　·5·", "12　临江党建", "52　青禾年鉴（2026）",
    # "某某大会材料　·2·", "某某英烈传略（第一辑）　·3·", "某某纪念馆展厅讲解词　第1页", "某县委组织部　— 4 —",
    # "·4·　基层党务工作知识问答" (the number first, on a left-hand page): a book's
    # or a magazine's running head (or foot) with the page's number
    Furniture(_re(r"^[\u4e00-\u9fff“”]{2,16}+(（\d{4}）|（[^（）\d]{2,8}）)?"
                  r"((\s{2,}|\s*[·•|｜]\s*)\d{1,4}(\s*[·•])?|\s+第\s*\d{1,4}\s*[页頁]|\s+[-—–]\s*\d{1,4}\s*[-—–])$|"
                  r"^(\d{1,4}\s{2,}|[·•]\s*\d{1,4}\s*[·•]\s*|[-—–]\s*\d{1,4}\s*[-—–]\s+)[\u4e00-\u9fff]{2,16}(（\d{4}）)?$"),
              "running head with the page number"),
    # "中共某区委宣传部　区委组织部　编", "某县委组织部 编印", "市委宣传部理论科 整理": who compiled a
    # collection, on its cover ("（校党委办公室　印）": who printed it, at its end)
    Furniture(_re(r"^[\u4e00-\u9fff“”、·]{2,20}+(\s+[\u4e00-\u9fff“”、·]{2,20}+){0,3}\s+(编印?|整理|汇编)$|"
                  r"^[（(][\u4e00-\u9fff“”、·]{2,20}+\s+印[）)]$"),
              "compiler of the collection"),
    # "*本文刊于《某某党建》2024年第2期", "（原载《某某日报》）", "（本文首发于“某某网”评论频道，…）":
    # where the text was printed first
    Furniture(_re(r"^[*＊※（(]?\s*(本文|原文|此文)?(刊于|刊发于|原载|原刊|首发于|转载自|转自)\s*(《[^》]{2,20}》|“[^”]{2,20}”).{0,30}$"),
              "note of where the text was printed first"),
    # "（摘自邱某某的忏悔书）": where an excerpt was taken from, under its title
    Furniture(_re(r"^[（(]摘自[^（）()]{2,30}[）)]$"), "source of the excerpt"),
    # "〔某县档案馆馆藏报纸扫描件　OCR识别文本　未校对〕": an archive's note on how the text was made
    Furniture(_re(r"^[〔\[【（(][^〔〕\[\]【】（）()]{0,40}(扫描|OCR|识别|录入|未校对)[^〔〕\[\]【】（）()]{0,40}[〕\]】）)]$"),
              "note on how the text was digitised"),
)

# "— 45 —", "·45·", "- 45 -": a page number between marks
PAGE_MARK = _re(r"^[-—–·•\s]*\d{1,4}[-—–·•\s]*$")
# a page's number in a daily: "5", "05", "五", "十二"
PAGE_NO = r"([A-Z]?\d{1,2}|[一二三四五六七八九十]{1,3})"
# "2024年5月8日 星期三 第5版 理论", "第5版：理论", "第一版　要闻", "2024年5月8日 星期三" (the
# paper's name before them: "某某日报　2026年3月18日　星期三　第1版　要闻"; a weekly's number
# between the day and the page: "某县报　2026年6月5日　第4期（总第1234期）　第2版　综合新闻")
PAGE_HEAD = _re(r"^(([\u4e00-\u9fff]{2,8}报\s+)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(星期[一二三四五六日天].{0,24}|"
                rf"\s.{{0,24}}第\s*{PAGE_NO}\s*版.{{0,16}})|"
                rf"第\s*{PAGE_NO}\s*版.{{0,16}}|.{{0,16}}第\s*{PAGE_NO}\s*版\s*$)")
# "2024年5月8日 星期三 第5版 理论" → 理论, "第5版：理论·党建" → 理论·党建, "第1版　要闻　责任编辑：邵宁"
# → 要闻: the page's name (the page's editors may follow it)
# "理论周刊　第186期": a weekly supplement's head, its name the column of its pages
SUPPLEMENT = r"^(?P<supplement>[\u4e00-\u9fff]{2,8}(周刊|专刊|副刊|特刊))\s*(第\s*\d{1,4}\s*期)?$"
PAGE_NAME = _re(rf"第\s*{PAGE_NO}\s*版\s*[:：|｜·]?\s*(?P<name>[\u4e00-\u9fff·・]{{2,10}})"
                rf"(\s+(责任编辑|本版编辑|编辑|责编|校对|美编|版式)\s*[:：].*)?\s*$|{SUPPLEMENT}")
NEWSPAPER = KindTable(
    "newspaper",
    # ("记者　某某　通讯员　某某　报道": a county paper's byline, under the headline)
    signature=(PAGE_HEAD, PAGE_FOLIO, _re(r"^\s*本报讯|^\s*本报[^\s]{0,6}电"), _re(r"^(本版责任编辑|责任编辑|本版编辑|版式设计|本版制图)"),
               _re(r"^(本报)?(记者|通讯员|实习生)\s.{1,30}\s报道$"),
               _re(rf"[（(](下转|上接)第\s*{PAGE_NO}\s*版"), _re(r"资料图片"), _re(r"^本报评论员$")),
    minimum=3,
    # ("第4版）": the end of a jump mark wrapped onto a line of its own, no page's head)
    drop=(Furniture(_re(rf"^第?\s*{PAGE_NO}\s*版[）)]$"), "page jump mark", needs="版"),
          Furniture(PAGE_HEAD, "page head of the newspaper", page=True),
          Furniture(_re(SUPPLEMENT), "head of the paper's supplement", page=True, needs="刊"),
          # "责任编辑：张三", "本版编辑：李四 王五", "版式设计：赵六"
          Furniture(_re(r"^(本版责任编辑|责任编辑|本版编辑|版式设计|美术编辑|美编|校对|图表制作|本版制图)\s*[:：|]"),
                    "editors of the page"),
          # "（下转第5版）", "（上接第1版）": a story jumping pages
          Furniture(_re(rf"^[（(](下转|上接|转|接)第?\s*{PAGE_NO}\s*版[）)]$"), "page jump mark", jump=True),
          # "资料图片", "图为…（资料图片）", "（图为…　俞晚晴　摄）", "新华社记者 张三摄", "▲ 党员走进
          # 社区。本报记者 张三 摄", "枫林村党员在查看长势。 本报记者 袁子涵 摄" (the picture's words,
          # then its credit: a line is asked for its last "摄" first, not for each "。" of its first
          # 60 characters)
          Furniture(_re(r"资料图片[）)]?$|^[（(]?图为.{0,60}$|^[\u4e00-\u9fff]{0,8}记者\s*[\u4e00-\u9fff ]{2,6}摄$|"
                        r"^▲.{2,80}(摄|新华社发|供图)[）)]?$|"
                        r"^(?=.*摄$).{2,60}[。！]\s*[\u4e00-\u9fff]{0,8}记者\s*[\u4e00-\u9fff ]{2,6}摄$|"
                        # "（上洋村党员在河堤上巡查　本报记者　魏小溪　摄）": the caption in brackets
                        r"^[（(](?=.*摄[）)]$)[^（）()]{2,60}\s[\u4e00-\u9fff]{0,8}记者\s*[\u4e00-\u9fff 　]{2,6}摄[）)]$"),
                    "photo caption"),
          Furniture(PAGE_MARK, "page number"),
          # "今日导读" over "党建周刊｜东门社区：…　　7": the other pages' stories, with their pages
          # (or "◆ 百名书记进百村（详见第2版）")
          Furniture(_re(r"^(今日导读|本期导读|导读|今日关注)$"), "guide to the other pages",
                    _re(r"^\S.{1,50}\s+\d{1,2}\s*版?$|^.{2,50}[（(](详见|见)第\s*\d{1,2}\s*版[）)]$")),
          # "天气：多云转晴　18℃～27℃": the front page's weather box ("天气预报" over "今天：…",
          # "东南风3级", "（市气象台提供）")
          Furniture(_re(r"^(今日)?天气\s*[:：]"), "weather box"),
          Furniture(_re(r"^(天气预报|今日天气)$"), "weather box",
                    _re(r"^(今天|明天|后天|今日|明日|夜间|白天)\s*[:：].{0,30}$|^.{0,8}风\s*\d{1,2}(-\d{1,2})?级.{0,10}$|"
                        r"^[（(].{2,12}提供[）)]$")),
          # "社址：澄州市迎宾大道18号　邮编：415100　广告许可证：…": the paper's imprint
          Furniture(_re(r"^(社址|报社地址|邮编|广告(经营)?许可证|发行|印刷|零售价|定价)\s*[:：]"), "imprint of the paper"),
          CONTRIBUTIONS,
          # "本版由中共某市委组织部与某日报社联合主办": who runs the page
          Furniture(_re(r"^本版由.{2,40}(主办|协办|合办|承办)$"), "sponsor of the page"),
          # "青阳日报", "人民日报": the paper's name printed under a page head
          # (and "中共澄州市委机关报" under it, maybe with the day's pages: "…机关报　今日8版")
          Furniture(_re(r"^[\u4e00-\u9fff]{2,8}(日报|晚报|时报|报)$|"
                        r"^中共[\u4e00-\u9fff]{2,12}委(员会)?机关报(\s+(今日|本期)\s*\d{1,2}\s*版)?$"), "masthead"),
          # "LINJIANG RIBAO", "国内统一连续出版物号 CN36-0019", "今日8版　第12831期　…", "本期4版",
          # "中共某学院委员会主办", "内部准印证号：…": the masthead's romanised name, serial number,
          # pages and number, publisher and permit
          Furniture(_re(r"^[A-Z][A-Z ]{5,40}$|^(国内统一连续出版物号|国际标准连续出版物号|CN\s*\d{2}-\d{4})|"
                        r"^(今日|本期)\s*\d{1,2}\s*版|^(?=.{0,60}$).*(国内统一连续出版物号|准印证)"),
                    "masthead"),
          Furniture(_re(r"^[\u4e00-\u9fff]{4,30}(委员会|大学|学院|集团|公司)主办$"), "masthead", needs="主办"),
          *COMMON),
    # "……是关键。（下转第6版）", "（上接第1版）发展壮大集体经济……": a jump mark set in the line
    # (or wrapped in its column: "…1800余场次。（下转" / "第4版）", the rest a line of its own)
    inline=(Furniture(_re(rf"[（(](下转|转)第?\s*{PAGE_NO}\s*版[）)]\s*$|^\s*[（(](上接|接)第?\s*{PAGE_NO}\s*版[）)]"),
                      "page jump mark", jump=True, needs="版"),
            Furniture(_re(r"[（(]下转\s*$"), "page jump mark", jump=True, needs="下转")),
)

# "工作简报", "组工快报" (a bulletin's name), "报：县委组织部，县委办公室", "抄送：省委组织部。",
# "签发：贺明哲", "（共印30份）" (whom a bulletin or a document goes to, who signed it off, how many
# copies were printed; a full stop closes a list of names only, no sentence): one pattern, as every line of a
# plain text is tried (the name's characters taken possessively, then 简报/快报/专报 looked for
# behind them: a body line fails at once)
BULLETIN = Furniture(_re(r"^(?:[\u4e00-\u9fff]{2,12}+(?<=[简快专]报)|"
                         r"(报|送|发|报送|抄送|抄报|分送|主送|发送|签发|印发)\s*[:：]\s*([^。！？]{2,120}|[^。！？，,]{2,60}。)|"
                         # ("抄送：县委、县人大常委会…，县纪委监委。": a list of offices in clauses)
                         r"(抄送|抄报|主送|印发)\s*[:：]\s*[^。！？]{2,120}。|"
                         r"[（(]?共印\s*\d+\s*份[）)]?)$"),
                     "masthead or distribution of a bulletin (its name, whom it goes to)",
                     # ("送：县委常委，县人大常委会…。" under "报：市委组织部。": the block's next lines)
                     _re(r"^(送|发|抄送|抄报|分送|签发|发送)\s*[:：]\s*\S"))
# a plain text (a magazine, a bulletin) drops the bulletin's furniture too; the other kinds
# print none (and every line is not tested against it once more)
GENERIC = KindTable("generic", signature=(), minimum=1 << 30, drop=(*COMMON, BULLETIN))
