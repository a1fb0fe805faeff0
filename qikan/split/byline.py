"""Byline: one line of a title block or an article's end → who wrote it, in what role, from where.

Takes a line's text; gives a `Byline` (authors, role, unit, writer, source) or None when the line
is not a byline. Written by hand: bylines in party-building journals follow a handful of
typographic conventions ("□ 姓名", "● 职务 姓名", "本报记者 姓名", "（作者单位：…）",
"（执笔：…）", "(作者张立新省委党校党建部副主任)", and beyond the magazines: "作者：姓名",
"文/姓名", "本报讯（记者 姓名 通讯员 姓名）", "（供稿：单位）", "(撰稿人姓名)") that no general NER
library models, and a name with a layout space inside ("刘 芳") must be rejoined.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text import BYLINE_MARKS, HAN
from .names import NAME_RE, POST_END, clean_name, has_surname, is_institution, is_name, split_names

# "本报记者 李明", "本刊评论员", "新华社记者"
ROLES = ("本报记者", "本报通讯员", "本刊记者", "本刊通讯员", "本刊评论员", "本报评论员",
         "新华社记者", "特约评论员", "通讯员", "记者")
ROLE_RE = re.compile("^(" + "|".join(ROLES) + r")\s*(.*)$")
# "□ 王建国", "● 本刊评论员", "●● 某市委组织部", "● 某市委常委、组织部部长 刘 芳"
MARK_RE = re.compile(f"^\\s*[{BYLINE_MARKS}]+\\s*(.*?)\\s*$")
# "（作者单位：某市委党校）", "（作者系某市委常委、某县委书记）", "（作者：某县委常委、组织部长）",
# "（执笔：王 军 李少春 赵冬梅）", "（执笔人：张天保、李晓忠）", "（来源：中国干部学习网）",
# "(作者张立新省委党校党建部副主任)", "（本文作者单位：某县委组织部）"
# "《浙江日报》", "新华社", "人民网": a medium a text was taken from
MEDIUM = re.compile(r"《[^》]{2,20}》|[\u4e00-\u9fff]{1,10}(社|报|台|网)$")
END_RE = re.compile(r"^[（(]\s*(?:本文)?(作者单位|作者系|作者|案例编写|执笔人|执笔|撰文|来源|稿源|转自|据)\s*([：:]?)\s*"
                    r"(.*?)\s*[）)]$")
# "作者单位：某市委党校": the unit line set without its brackets
UNIT_LINE = re.compile(r"^作者单位\s*[：:]\s*([^。！？，]{2,60}?)\s*$")
# "（供稿：区委组织部组织科）", "（撰稿人：张三）", "(撰稿人张三)", "（文/张三）", "（整理人：某镇
# 党委组织办 张三）": who supplied the text (who wrote up a 事迹 piece is its author)
CREDIT_RE = re.compile(r"^[（(]\s*(供稿单位|供稿|撰稿人|撰稿|整理人|整理|文字|文|文图|图文)\s*[：:/／|｜]?\s*(.+?)\s*[）)]$")
# "  审核：张强", " 编辑：李四", "　来源：《某刊》2026年第4期", "　编导：某某": the page's editors (a film's crew), or where the text
# was taken from, after a credit: not its authors
EDITORS_AFTER = re.compile(r"\s*[，,；;]?\s*(审核|审校|审稿|编辑|责编|责任编辑|校对|初审|复审|终审|摄影|图片|图|来源|稿源|"
                           r"编导|导演|摄像|剪辑|配音|制片|出品|总策划|策划|监制|统筹)"
                           r"\s*[:：丨|｜/／].*$")
# "（作者：杜庆丰，作者单位：中共西吉县委党校）" after its key: the author, then the unit
NAME_THEN_UNIT = re.compile(r"^(\S{2,4}?)\s*[，,；;]\s*(?:作者)?单位\s*[:：]\s*(.+)$")
# "（案例编写：裴远舟、常　乐，岚江干部学院公共管理教研部）" after its key: names, then their unit
NAMES_THEN_UNIT = re.compile(r"^([^，,；;（）()]{2,30}?)\s*[，,]\s*([^，,；;]{4,40})$")
# "岚山县石门乡　读者　麻建国": a reader's letter signed with the reader's place and name
READER_SIGNED = re.compile(r"^(?:[\u4e00-\u9fff]{2,16}\s+)?读者\s+([\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,4})$")
# "（柳　青）", "（闻笛）": a name (or a pen name) alone in brackets
NAME_ALONE = re.compile(r"^[（(]\s*([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})\s*[）)]$")
# "（全文完）", "（有删节）", "（待续）": the editor's word on the text in brackets, no name
EDITORIAL_NOTE = re.compile("[完删节续摘略待注译编选]")
# "（组织科 撰稿：祁永年）", "（东城街道党工委 撰稿：毛小溪）": an office, then who wrote the text
OFFICE_WRITER = re.compile(r"^[（(]\s*[^（）()\s]{2,20}\s+(?:撰稿人?|执笔人?|文)\s*[:：/]\s*([^（）()]{2,20}?)\s*[）)]$")
# "（记者 刘海燕 通讯员 张伟）", "（本报记者 王锦涛）": a news story's closing credit
REPORTERS_RE = re.compile(r"^[（(]\s*((?:本报|本刊|本网|新华社)?(?:记者|通讯员)\s*[^（）()]{2,40})[）)]$")
# "作者：陈立新", "作者 | 陈立新", "文/张三", "文｜张三", "撰文：张三", "文字：张三": a name line
# under a title (or closing a push)
# "主讲人：龚建平（某镇党委书记）", "发言人：某区委常委、组织部部长 张三": the speaker of a Party
# lecture (党课讲稿) or of a speech in a meeting's 发言摘编 is its author
HEAD_CREDIT = re.compile(r"^(作者|文|文字|撰文|文图|图文|撰稿|撰稿人|文案|主讲人|主讲|宣讲人|讲授人|讲述人|讲述|报告人|发言人|演讲者|演讲人|整理人|记录人|案例编写)"
                         r"\s*[：:/／|｜丨]\s*(\S.{0,30})$|^(?:作者|文图|图文|整理人)\s+(\S.{0,30})$")
# "【讲述人：方秀英，女，1937年生，柳溪村村民】": a credit boxed in brackets (how a collection of
# talks introduces its narrator)
BOXED_CREDIT = re.compile(r"^【\s*((?:讲述人|讲述|口述人|口述|受访人|受访者|作者|主讲人)\s*[：:]\s*([^【】]{2,80}?))\s*】$")
# "方秀英，女，1937年生，原柳溪村党支部书记": a narrator's profile — name, sex, birth, maybe a post
PROFILE = re.compile(f"^([{HAN}·]{{2,4}})[，,]\\s*[男女][，,]\\s*[^，,]{{2,12}}生(?:[，,]\\s*([^，,]{{2,30}}))?$")
# "文/图 张三", "图·文：张三": text and pictures by one hand
TEXT_AND_PICTURES = re.compile(r"^(文|图)\s*[/／·、]\s*(图|文)(?=\s|[：:/／|｜丨])")
# "陈华（某县委组织部干部科科长）": a name with its post in brackets
NAME_POST = re.compile(f"^([{HAN}·]{{2,4}})\\s*[（(]([^（）()]{{2,40}})[）)]$")
# "本报讯（记者 刘海燕 通讯员 张伟）近日，…", "本网讯（通讯员 李明）": the credit inside a lead
# "本报北塘5月7日电（记者 某某）": a dateline of the paper's own
LEAD_CREDIT = re.compile(r"^\s*(本报|本网|本刊|本台)?[^（(，。]{0,12}(讯|\d{1,2}\s*日\s*电)\s*[（(]([^（）()]{2,40})[）)]")
# "本报讯 记者 刘海燕 通讯员 张伟 5月7日，…": the same credit set without brackets, each name
# between spaces
LEAD_CREDIT_BARE = re.compile(r"^\s*(本报|本网|本刊|本台)?[^（(，。\s]{0,12}讯\s+((?:(?:本报|本网|本台|新华社)?"
                              r"(?:特约)?(?:记者|通讯员|实习生)\s*[\u4e00-\u9fff·]{2,4}\s+)+)")
# "…受到群众欢迎。(作者张立新省委党校党建部副主任)", "…（撰稿人 李明）", "…（文/梁思远　图/…）": a
# byline closing a line
INLINE_END = re.compile(r"[（(](作者|执笔|来源|撰稿|供稿|记者|本报记者|通讯员|文\s*[/／｜|])[^（）()]{1,40}[）)]$")
# "…的重要依据。（芷江县委组织部供稿）": the office that sent a brief, closing it
OFFICE_CREDIT_END = re.compile(r"(供稿|报送|供图)[）)]$")
# a unit printed right after the name: "张立新中央党校…", "张三省委党校…"
UNIT_START = re.compile(r"^(中共|中央|国家|国务院|全国|省|市|县|区|自治区|[" + HAN + r"]{1,4}(省|市|县|区|州|旗|乡|镇))")
# the same with a place name of two characters or more before 省/市/县…: "王强东平市委书记" is
# 王强 of 东平市委 rather than 王强东 of 平市委 (one-character places are rare)
UNIT_START_PLACE = re.compile(r"^(中共|中央|国家|国务院|全国|省|市|县|区|自治区|[" + HAN +
                              r"]{2,4}(省|市|县|区|州|旗|乡|镇))")
# the most Chinese characters of an author a byline's mark stands before: a name of several
# parts ("阿依古丽·买买提"), an office ("本刊评论员"), or an institution (`INSTITUTION_RE`, any length)
NAME_MAX = 8
HAN_CHARS = re.compile(f"[{HAN}]")
# "5月6日", "2024年": Chinese with digits, a date or a count: no name
DIGIT = re.compile(r"\d")
# "记者", "通讯员", "本报记者": the roles inside a credit, each before its names
CREDIT_ROLE = re.compile(r"(?:本报|本刊|本网|新华社)?(?:特约)?(?:记者|通讯员|实习生)")
# "● 王建国": the line opens with a byline mark
MARK_START = re.compile(f"^\\s*[{BYLINE_MARKS}]")
# the characters a title block's byline opens with: a byline mark, or the first of a word
# HEAD_CREDIT, CREDIT_ROLE or ROLE_RE match first ("作者：", "记者", "新华社记者"); a line
# opening with another is none, unless a speaker's ending with "："
HEAD_OPENERS = BYLINE_MARKS + "作文撰图主宣讲报发整案演" + "本新特记通实" + "【"
# and any byline's: an end line's bracket ("（作者单位：…）") too ("作者单位：…" opens with 作)
OPENERS = HEAD_OPENERS + "（(采录口来"


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    role: str | None = None
    unit: str | None = None
    writer: str | None = None
    source: str | None = None


# "（本刊记者　洪佳音　整理）", "记者 刘海燕 报道": what the reporters did, after their names
REPORTED = re.compile(r"\s+(整理|报道|采写)$")


def reporters(text: str) -> Byline | None:
    """"记者 刘海燕 通讯员 张伟" → authors 刘海燕, 张伟, role 记者 (the first role printed)."""
    if not CREDIT_ROLE.match(text):  # most lines: no role word first
        return None
    text = REPORTED.sub("", text)
    roles = list(CREDIT_ROLE.finditer(text))
    names: list[str] = []
    for k, m in enumerate(roles):
        part = text[m.end():roles[k + 1].start() if k + 1 < len(roles) else len(text)]
        found = split_names(part)
        if not found or not all(NAME_RE.fullmatch(n) for n in found):
            return None
        names += found
    return Byline(authors=names, role=roles[0].group())


def lead_credit(text: str) -> tuple[Byline, int] | None:
    """The credit a news lead opens with ("本报讯（记者 刘海燕）近日，…", or without brackets
    "本报讯 记者 刘海燕 通讯员 张伟 5月7日，…"): its byline and where the credit ends in the line."""
    m = LEAD_CREDIT.match(text)
    m, group = (m, 3) if m else (LEAD_CREDIT_BARE.match(text), 2)
    by = m and reporters(m.group(group).strip())
    return (by, m.end()) if by else None


# "（祁云　澄州市委党校教授）": the name, then the post (an answer's expert, a short piece's writer)
SIGNED_POST = re.compile(f"^[（(]([{HAN}]{{2,4}})\\s+([\u4e00-\u9fff“”、]{{4,30}})[）)]$")
# "（本文系某市社科规划项目阶段性成果）": the project that paid for the piece, no author's
FUNDED = re.compile(r"^[（(]本文(系|为|是|受).{4,60}(成果|资助|项目)[）)]$")
# "述职人：鲍文清", "汇报人：…": who gave the report, signing it at its end
SIGNER = re.compile(r"^(?:述职人|报告人|汇报人|发言人)\s*[：:]\s*(\S{2,4}|\S(?:\s\S){1,3})$")
# "作者简介：唐小禾，荻港市委党校公共管理教研室副教授。": a note on the author closing the article —
# the name, then (the first clause) the post
AUTHOR_NOTE = re.compile(r"^作者简介\s*[：:]\s*([\u4e00-\u9fff·]{2,4})[，,]\s*([^，,。；;]{2,40})[^。]*。?$")
# "主持人（签字）：周晓川　　记录人（签字）：宋嘉": minutes signed off, no author of their own
SIGNED_OFF = re.compile(r"^(主持人|记录人|审核人)\s*[（(]签[字名][）)]\s*[:：]")
# "来源：澄州日报　记者：沈　悦　通讯员：龚小溪": where a push took its text from, over it, and who
# wrote it there
SOURCE_CREDITS = re.compile(r"^来源\s*[：:]\s*(\S{2,24}?)\s+((?:记者|通讯员|作者)\s*[：:].*)$")
# "采访整理：周沫", "记录整理：…": who wrote a talk down, closing it — its writer, not its author
WRITTEN_UP = re.compile(r"^(?:采访|记录|录音|口述)?整理\s*[：:]\s*(\S{2,4}|\S(?:\s\S){1,3})$")
# "本文来源：《岚州日报》　作者：林晓舟": where the text was taken from, and who wrote it
SOURCE_AUTHOR = re.compile(r"^(?:本文)?来源\s*[：:]\s*(\S{2,24}?)\s+作者\s*[：:]\s*(\S{2,4}|\S(?:\s\S){1,3})$")
# what an office says it did with a text it sent ("（县教育局党组报送）")
OFFICE_SENT = "报送|供稿|提供"
# "（某镇党委书记　张三）": a speaker's post and name closing a speech (not "（党委组织部　供稿）")
POST_NAME = re.compile(f"^[（(]([\u4e00-\u9fff“”、]{{4,30}})\\s+(?!(?:{OFFICE_SENT})[）)])([{HAN}]{{2,4}})[）)]$")
# "（鹭州市集美区侨英街道　邵雨薇）": the place a contributor writes from, then the name
PLACE_END = re.compile("(街道|社区|村|镇|乡)$")
# "永安县槐树村　秦伯年": a reader's letter signed with the village and the name, no bracket
PLACE_SIGNED = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:街道|社区|村|镇|乡)[ \u3000]+([\u4e00-\u9fff]{2,4})$")
# "（城西街道党工委）", "（县教育局党组报送）", "（党委组织部　供稿）": an office alone in a closing
# bracket (maybe saying it sent the text)
OFFICE_ALONE = re.compile(f"^[（(]([\u4e00-\u9fff]{{4,24}}?)\\s*({OFFICE_SENT})?[）)]$")
# "（根据录音整理，有删节）", "（全文完）": the editor's word closing a text, no name
EDITOR_CLOSES = re.compile(r"^[（(][^（）()]{0,16}?(有删节|有删改|全文完)[）)]$")
# "（推荐单位：石桥镇党委）": the unit that put a piece forward, no author's
RECOMMENDED = re.compile(r"^[（(]\s*(推荐单位|推荐|报送单位|报送)\s*[：:].{2,30}[）)]$")


# "记者：邓小川　文　浩　　编辑：汪若溪", "摄像：郑一帆　　记者：韦　强", "记者：沈　悦　通讯员：龚
# 小溪": a line of credits, each a role and its names (a broadcast script's or a picture page's
# end), the reporters' names its authors; a name ends at two spaces or at the next role
CREDIT_ROLES = ("记者", "通讯员", "作者", "撰稿", "文字", "摄像", "摄影", "编辑", "责任编辑", "剪辑", "编导", "制作", "播音", "配音")
_ROLE = f"({'|'.join(CREDIT_ROLES)})"
CREDIT_PAIR = re.compile(_ROLE + r"\s*[:：]\s*"
                         r"((?:[\u4e00-\u9fff·]\s?){2,8}?(?:\s+[\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,3})*)"
                         r"(?=\s{2,}|\u3000\u3000|$|\s" + _ROLE + r"\s*[:：])")
# the first two characters a closing line of credits opens with (a 撰稿 or 文字 credit is a byline
# under a title, read by `parse_head_byline`: no closing credit)
CREDIT_STARTS = frozenset(r[:2] for r in CREDIT_ROLES if r not in ("作者", "撰稿", "文字"))
# (who wrote the text: "（来源：芷江县委组织部　作者：何苇）", "（文字：蒋明　图片：…）")
WRITING_ROLES = ("记者", "通讯员", "作者", "文字")


def credit_closes(last: str, before: str = "") -> bool:
    """`last` closes a credit, maybe opened at the end of the line `before` ("…培训。（供稿：市委
    组织部" / "组织一科）", "…的温暖。（记者 郭晓" / "通讯员 韩东）"): the paragraph ends there."""
    return last.rstrip()[-1:] in "）)" and bool(
        INLINE_END.search(last) or OFFICE_CREDIT_END.search(last)
        or before and INLINE_END.search(before.strip() + last.strip()))


def credit_pairs(t: str) -> list[tuple[str, str]] | None:
    """The (role, names) pairs of a line of nothing but credits, else None."""
    pairs = list(CREDIT_PAIR.finditer(t))
    if not pairs or re.sub(r"\s+", "", "".join(p.group(0) for p in pairs)) != re.sub(r"\s+", "", t):
        return None
    return [(p.group(1), p.group(2)) for p in pairs]


def credits_line(t: str) -> Byline | None:
    """A line of nothing but credits naming who wrote the piece (a reporter, a writer): their
    names, its authors; a line of editors or photographers only is none (a caption's credit)."""
    names = [n for role, who in credit_pairs(t) or [] if role in WRITING_ROLES for n in split_names(who)]
    return Byline(authors=names) if names and all(NAME_RE.fullmatch(n) for n in names) else None


def parse_end_line(text: str) -> Byline | None:
    """The byline an article's closing parenthesis carries: unit, writer, author or source."""
    t = text.strip()
    if t[:1] not in "（(":  # every pattern but UNIT_LINE, a signer's and a reader's opens with a bracket
        if (s := SIGNER.match(t)) and is_name(s.group(1)):
            return Byline(authors=[clean_name(s.group(1))])     # "述职人：鲍文清"
        if t[:1] in "主记审" and SIGNED_OFF.match(t):
            return Byline()
        if t[:2] == "作者" and (s := AUTHOR_NOTE.match(t)):
            return Byline(authors=[s.group(1)], unit=s.group(2))
        if (s := WRITTEN_UP.match(t)) and is_name(s.group(1)):
            return Byline(writer=clean_name(s.group(1)))
        if (s := SOURCE_AUTHOR.match(t)) and is_name(s.group(2)):
            return Byline(authors=[clean_name(s.group(2))], source=s.group(1))
        m = UNIT_LINE.match(t)
        if m is None and "读者" in t and (r := READER_SIGNED.match(t)) and is_name(clean_name(r.group(1))):
            return Byline(authors=[clean_name(r.group(1))])
        if m is None and (r := PLACE_SIGNED.match(t)) and is_name(r.group(1)):
            return Byline(authors=[r.group(1)])     # "永安县槐树村　秦伯年": a letter's signature
        if m is None and t[:2] in CREDIT_STARTS:
            return credits_line(t)
        return Byline(unit=clean_name(m.group(1))) if m else None
    m = OFFICE_WRITER.match(t)
    if m and (names := split_names(m.group(1))) and all(NAME_RE.fullmatch(n) for n in names):
        return Byline(authors=names)   # "（组织科 撰稿：祁永年）": the writer, not the office
    m = REPORTERS_RE.match(t)
    if m and (by := reporters(m.group(1))):
        return by
    m = CREDIT_RE.match(t)
    credit = EDITORS_AFTER.sub("", m.group(2)) if m else ""
    if m and m.group(1).startswith("供稿"):  # "（供稿：区委组织部组织科）": the unit that sent it
        return Byline(unit=clean_name(credit))
    if m:  # "（撰稿人：张三）", "（文/张三）"
        names = split_names(credit)
        if names and all(NAME_RE.fullmatch(n) for n in names):
            return Byline(authors=names)
        # "宁远县委直属机关工委 邓雅琴", "县委组织部组织二科　陶　然" (the name letter-spaced)
        spaced = " ".join(credit.split())
        for unit, _, name in (spaced.rpartition(" "), spaced.partition(" ")):
            name = "".join(name.split())
            if unit and NAME_RE.fullmatch(name) and is_institution(unit):
                return Byline(authors=[name], unit=clean_name(unit))
        return Byline(authors=[clean_name(credit)])
    m = END_RE.match(t)
    if not m and (o := POST_NAME.match(t)) and (POST_END.search(o.group(1)) or is_institution(o.group(1))
                                                 or PLACE_END.search(o.group(1)) and is_name(o.group(2))):
        return Byline(authors=[o.group(2)], unit=clean_name(o.group(1)))
    if not m and (o := SIGNED_POST.match(t)) and is_name(o.group(1)) \
            and (POST_END.search(o.group(2)) or is_institution(o.group(2))):
        return Byline(authors=[o.group(1)], unit=clean_name(o.group(2)))
    if not m and (o := NAME_ALONE.match(t)) and is_name(name := clean_name(o.group(1))) \
            and not EDITORIAL_NOTE.search(name):
        return Byline(authors=[name])   # "（柳　青）": a commentary closed by its writer's name
    if not m:
        if (o := OFFICE_ALONE.match(t)) and is_institution(o.group(1)) or RECOMMENDED.match(t) or FUNDED.match(t) \
                or EDITOR_CLOSES.match(t):
            return Byline()     # "（城西街道党工委）": the office that sent it, no author
        m = UNIT_LINE.match(t)  # "作者单位：某市委党校", printed without brackets
        return Byline(unit=clean_name(m.group(1))) if m else None
    key, colon, rest = m.group(1), m.group(2), m.group(3).strip()
    if not rest:
        return None
    if key.startswith("执笔"):
        return Byline(writer="、".join(clean_name(n) for n in split_names(rest)))
    if key == "撰文":   # "（撰文：县党史研究室　杜若冰）": who wrote the commentary round a text
        return Byline(writer=clean_name(rest.split()[-1]))
    if key == "据" and not MEDIUM.match(rest):
        return None     # "（据了解）": no medium named
    if key in ("来源", "稿源", "转自", "据"):  # "（据《浙江日报》）": where the text was taken from
        medium, _, credits = rest.partition(" ") if " " in rest else rest.partition("　")
        # "（来源：芷州日报　记者：叶青禾）": and its reporter
        names = credits_line(credits.strip()) if credits.strip() else None
        return Byline(authors=names.authors, source=medium.strip()) if names else Byline(source=rest)
    if key in ("作者单位", "作者系"):
        return Byline(unit=clean_name(rest))
    if colon and (nu := NAME_THEN_UNIT.match(rest)) and NAME_RE.fullmatch(nu.group(1)):
        return Byline(authors=[nu.group(1)], unit=clean_name(nu.group(2)))
    if colon and (nu := NAMES_THEN_UNIT.match(rest)) and is_institution(nu.group(2)) \
            and (names := [clean_name(n) for n in split_names(nu.group(1))]) \
            and all(NAME_RE.fullmatch(n) for n in names):
        return Byline(authors=names, unit=clean_name(nu.group(2)))
    if colon and (name := EDITORS_AFTER.sub("", rest)) != rest and NAME_RE.fullmatch(name):
        return Byline(authors=[name])   # "（作者：张三，来源：《某刊》2026年第3期）"
    if colon:  # "（作者：某县委常委、组织部长）": the post only
        return Byline(unit=clean_name(rest))
    # "(作者张立新省委党校党建部副主任)": the name glued to the post
    rest = clean_name(rest)
    for start in (UNIT_START_PLACE, UNIT_START):
        for n in (3, 2, 4):
            if len(rest) > n + 2 and start.match(rest[n:]):
                return Byline(authors=[rest[:n]], unit=rest[n:])
    if len(rest) > 5:
        return Byline(authors=[rest[:3]], unit=rest[3:])
    return Byline(authors=[rest])


def parse_byline(text: str) -> Byline | None:
    """The byline this line carries ("● …", "□ …", "本报记者 …", an end parenthesis), or None."""
    t = text.strip()
    if not t or t[0] not in OPENERS and t[-1] not in "：:":
        return None     # (most lines: neither parse below could read them)
    return parse_end_line(t) or parse_head_byline(t)


def parse_head_byline(text: str) -> Byline | None:
    """The byline of a title block ("● …", "□ …", "本报记者 …"), or None."""
    t = text.strip()
    if t.endswith("摄"):
        return None     # "本报记者 田 野摄": who took the picture, not who wrote
    if t[:2] == "来源" and (m := SOURCE_CREDITS.match(t)) and (by := credits_line(m.group(2))):
        return Byline(authors=by.authors, source=m.group(1))
    if t[:1] not in HEAD_OPENERS and t[-1:] not in "：:":
        return None     # most lines: no pattern below can match them
    if t[:1] == "【" and (box := BOXED_CREDIT.match(t)):
        return _narrators(box.group(2)) or parse_head_byline(box.group(1))
    m = MARK_RE.match(t)
    if m and MARK_START.match(t):
        rest = m.group(1)
        if not rest:
            return Byline()
        if "。" in rest:
            return None     # "◆【石桥镇】…起步。（通讯员　严冬）": a brief, its sentence and credit
        by = _role_names(rest) or names_with_post(rest)  # "□ 本刊记者 韦瑞"
        # "●石门镇组织全镇村干部开展政…", "■5月6日，市委组织部召开": a brief's or a list's first
        # line after its mark
        return None if any(len(HAN_CHARS.findall(a)) > NAME_MAX and not is_institution(a)
                           or DIGIT.search(a) and HAN_CHARS.search(a) for a in by.authors) else by
    m = HEAD_CREDIT.match(TEXT_AND_PICTURES.sub(r"\1\2", t) if t[:1] in "文图" else t)
    if m:  # "作者：陈立新", "文/张三"
        rest = EDITORS_AFTER.sub("", m.group(2) or m.group(3)) or m.group(2) or m.group(3)
        if by := _role_names(rest):  # "文/本刊记者 王建"
            return by
        post = NAME_POST.match(rest)
        if post:  # "作者：陈华（某县委组织部干部科科长）"
            return Byline(authors=[clean_name(post.group(1))], unit=post.group(2).strip())
        names = split_names(rest)
        if len(names) == 2 and (by := unit_and_name(rest)) is not None:
            return by   # "主讲人：县委书记　罗建平"
        if len(names) >= 2 and is_institution(names[0]) and not has_surname(names[0]) \
                and all(NAME_RE.fullmatch(n) for n in names[1:]):
            return Byline(authors=names[1:], unit=names[0])     # "文/ 维修中心　房　悦"
        if names and all(NAME_RE.fullmatch(n) for n in names):
            return Byline(authors=names)
        return names_with_post(rest) if not re.search("[，。；]", rest) else None
    by = reporters(t) if len(t) <= 40 else None
    if by:  # "记者 刘海燕 通讯员 张伟"
        return by
    if t[-1:] in "：:" and len(t) <= 40 and (by := names_with_post(t[:-1])).unit \
            and POST_END.search(by.unit) and NAME_RE.fullmatch(by.authors[0]):
        return by   # "某街道党工委书记　洪家骏：": a speaker's words follow
    m = ROLE_RE.match(t)
    if m and len(t) <= 30:
        role, rest = m.group(1), m.group(2)
        if role.endswith("评论员") and not rest:
            return Byline(authors=[role])
        names = split_names(rest)
        if names and all(NAME_RE.match(n) for n in names):
            return Byline(authors=names, role=role)
    return None


def _narrators(text: str) -> Byline | None:
    """"蒋福来，男，1952年生，退役军人；王桂兰，女，…": the narrators a profile (or several) names —
    a lone narrator's post, the unit — else None."""
    profiles = [PROFILE.match(p.strip()) for p in re.split("[；;]", text)]
    if not all(profiles):
        return None
    post = profiles[0].group(2) if len(profiles) == 1 else None
    return Byline(authors=[p.group(1) for p in profiles], unit=post if post and POST_END.search(post) else None)


def _role_names(text: str) -> Byline | None:
    """"本刊记者 韦瑞" (after a byline's mark or label) → the names and their role; None when
    the text opens with no reporter's role."""
    if by := reporters(text):  # "本报记者 张三 通讯员 李四": each role opens its names
        return by
    role = ROLE_RE.match(text)
    if role and role.group(2) and not role.group(1).endswith("评论员"):
        names = split_names(role.group(2))
        if names and all(NAME_RE.match(n) for n in names):
            return Byline(authors=names, role=role.group(1))
    return None


def unit_and_name(text: str) -> Byline | None:
    """"市委常委、组织部部长　闻一舟", "某大学马克思主义学院　甄真": a unit — posts ending like a
    post, or an institution — then one personal name; else None ("本报通讯员　某某" is a
    reporter's credit: a role, no unit)."""
    by = names_with_post(text)
    return by if by.unit and (POST_END.search(by.unit) or is_institution(by.unit)) \
        and not CREDIT_ROLE.search(by.unit) and len(by.authors) == 1 and is_name(by.authors[0]) else None


def names_with_post(text: str) -> Byline:
    """"某市委常委、组织部部长 刘 芳", "区人民医院 张三" → unit + author; "王建国" → author;
    "周亚东 吴占山" → two authors; "本刊评论员" → the institutional author as printed."""
    text = text.strip()
    if is_institution(text) or clean_name(text).endswith("评论员"):
        return Byline(authors=[clean_name(text)])
    parts = text.split()
    # the unit is everything up to the last part that ends like a post
    for k in range(len(parts) - 1, 0, -1):
        head = " ".join(parts[:k])
        if (POST_END.search(head) or is_institution(head)) and len(clean_name(" ".join(parts[k:]))) <= 4:
            return Byline(authors=[clean_name(" ".join(parts[k:]))], unit=clean_name(head))
    return Byline(authors=[clean_name(n) for n in split_names(text)])
