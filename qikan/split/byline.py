"""Byline: one line of a title block → who wrote it, in what role, from where.

Takes a line's text; gives a `Byline` (authors, role, unit, writer, source) or None when the line
is not a byline; and the credits that both a title block and an article's end print (a lead's
"本报讯（记者 …）", a line of credits, a credit closing a line). End lines are end_lines.py's.
Written by hand: bylines in party-building journals follow a handful of typographic
conventions ("□ 姓名", "● 职务 姓名", "本报记者 姓名", "（作者单位：…）", "（执笔：…）",
"(作者张立新省委党校党建部副主任)", and beyond the magazines: "作者：姓名", "文/姓名",
"本报讯（记者 姓名 通讯员 姓名）", "（供稿：单位）", "(撰稿人姓名)") that no general NER library
models, and a name with a layout space inside ("刘 芳") must be rejoined.
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
# any mark of a sentence's end or a pause in it: no headline's text nor byline holds one
PUNCTUATION = re.compile(r"[。！？；，、：:;,]")
# "  审核：张强", " 编辑：李四", "　来源：《某刊》2026年第4期", "　编导：某某": the page's editors (a film's crew), or where the text
# was taken from, after a credit: not its authors
EDITORS_AFTER = re.compile(r"\s*[，,；;]?\s*(评析|点评|审核|审校|审稿|编辑|责编|责任编辑|校对|初审|复审|终审|摄影|图片|图|来源|稿源|"
                           r"编导|导演|摄像|剪辑|配音|制片|出品|总策划|策划|监制|统筹|作曲|(?<=\s)曲|演唱|演奏|伴奏)"
                           r"\s*[:：丨|｜/／].*$")
# "作者：陈立新", "作者 | 陈立新", "文/张三", "文｜张三", "撰文：张三", "文字：张三", "笔记作者：张三":
# a name line under a title (or closing a push)
# "授课教师：闵思远", "执教：燕若溪", "设计：某小学　党员教师　岑书瑶": who taught or designed a
# lesson in a collection of teaching designs
# "主讲人：龚建平（某镇党委书记）", "发言人：某区委常委、组织部部长 张三": the speaker of a Party
# lecture (党课讲稿) or of a speech in a meeting's 发言摘编 is its author ("口述：…": so is one who
# told his story to the magazine); "作词：某某　作曲：某某", "词：某某（某县文化馆）": a song's
# lyricist (the composer and the singers, `EDITORS_AFTER`, are none); "主持人：本刊记者　某某": the
# reporter who hosted a round table (a meeting's host is no author)
HEAD_CREDIT = re.compile(r"^((?:笔记|文章|作品|征文|稿件|论文)?作者|主持人(?=\s*[：:]\s*(?:本刊|本报|本台)?记者)|作词作曲|词曲|作词|词|授课教师|授课人|执教|设计|文|文字|撰文|文图|图文|撰稿|撰稿人|文案|创作|主讲人|主讲|宣讲人|讲授人|讲述人|讲述|口述人|口述|报告人|发言人|演讲者|演讲人|整理人|记录人|案例编写|学员|考生|答卷人)"
                         r"\s*[：:/／|｜丨]\s*(\S.{0,48})$|^(?:作者|文图|图文|整理人)\s+(\S.{0,30})$|"
                         # "文　蒋　明": 文 and the name, a space between
                         r"^文[ \u3000]+([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})$")
# "【讲述人：方秀英，女，1937年生，柳溪村村民】": a credit boxed in brackets (how a collection of
# talks introduces its narrator)
BOXED_CREDIT = re.compile(r"^【\s*((?:讲述人|讲述|口述人|口述|受访人|受访者|作者|主讲人)\s*[：:]\s*([^【】]{2,80}?))\s*】$")
# "方秀英，女，1937年生，原柳溪村党支部书记": a narrator's profile — name, sex, birth, maybe a post
PROFILE = re.compile(f"^([{HAN}·]{{2,4}})[，,]\\s*[男女][，,]\\s*[^，,]{{2,12}}生(?:[，,]\\s*([^，,]{{2,30}}))?$")
# "文/图 张三", "图·文：张三": text and pictures by one hand
TEXT_AND_PICTURES = re.compile(r"^(文|图)\s*[/／·、]\s*(图|文)(?=\s|[：:/／|｜丨])")
# "陈华（某县委组织部干部科科长）": a name with its post in brackets
NAME_POST = re.compile(f"^([{HAN}·]{{2,4}})\\s*[（(]([^（）()]{{2,40}})[）)]$")
# "俞　岚（…）": a two-character name letter-spaced before its bracket
SPACED_TWO = re.compile(f"^([{HAN}])[ \u3000]+([{HAN}])(?=\\s*[（(])")
# "本报讯（记者 刘海燕 通讯员 张伟）近日，…", "本网讯（通讯员 李明）": the credit inside a lead
# "本报北塘5月7日电（记者 某某）": a dateline of the paper's own
LEAD_CREDIT = re.compile(r"^\s*(本报|本网|本刊|本台)?[^（(，。]{0,12}(讯|\d{1,2}\s*日\s*电)\s*[（(]([^（）()]{2,40})[）)]")
# "本报讯 记者 刘海燕 通讯员 张伟 5月7日，…": the same credit set without brackets, each name
# between spaces (or letter-spaced: "记者　童　欣")
LEAD_CREDIT_BARE = re.compile(r"^\s*(本报|本网|本刊|本台)?[^（(，。\s]{0,12}讯\s+((?:(?:本报|本网|本台|新华社)?"
                              r"(?:融媒体|全媒体)?(?:特约|见习)?(?:记者|通讯员|实习生)\s*(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){1,2})\s+)+)")
# "…受到群众欢迎。(作者张立新省委党校党建部副主任)", "…（撰稿人 李明）", "…（文/梁思远　图/…）": a
# byline closing a line
INLINE_END = re.compile(r"[（(](作者|执笔|执教|来源|撰稿|供稿|记者|本报记者|通讯员|文\s*[/／｜|])[^（）()]{1,40}[）)]$")
# "…的重要依据。（芷江县委组织部供稿）": the office that sent a brief, closing it
OFFICE_CREDIT_END = re.compile(r"(供稿|报送|供图)[）)]$")
# "…进行部署。（市委组织部组织二科）": the office alone in brackets after the last sentence
OFFICE_AFTER_SENTENCE = re.compile(r"[。！？][（(]([\u4e00-\u9fff]{2,24})[）)]$")
# the most Chinese characters of an author a byline's mark stands before: a name of several
# parts ("阿依古丽·买买提"), an office ("本刊评论员"), or an institution (`INSTITUTION_RE`, any length)
NAME_MAX = 8
HAN_CHARS = re.compile(f"[{HAN}]")
# "5月6日", "2024年": Chinese with digits, a date or a count: no name
DIGIT = re.compile(r"\d")
# "记者", "通讯员", "本报记者", "融媒体记者": the roles inside a credit, each before its names
CREDIT_ROLE = re.compile(r"(?:本报|本刊|本网|新华社)?(?:融媒体|全媒体)?(?:特约|见习)?(?:记者|通讯员|实习生)")
# "● 王建国": the line opens with a byline mark
MARK_START = re.compile(f"^\\s*[{BYLINE_MARKS}]")
# the characters a title block's byline opens with: a byline mark, or the first of a word
# HEAD_CREDIT, CREDIT_ROLE or ROLE_RE match first ("作者：", "记者", "新华社记者"); a line
# opening with another is none, unless a speaker's ending with "："
HEAD_OPENERS = BYLINE_MARKS + "作文撰图主宣讲口报发整案演笔征稿论授执设创词学考答" + "本新特记通实" + "【"


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    role: str | None = None
    unit: str | None = None
    writer: str | None = None
    source: str | None = None


# "　　Written by Jiang Ming", "　　Translated by Wei Ning": a byline's English half, two spaces
# or more after the Chinese
LATIN_HALF = re.compile(r"\s{2,}[A-Za-z][A-Za-z .,'-]*$")
# "本报记者　魏小溪　文/图": who wrote the text and took its pictures, after the names
WROTE_AND_SHOT = re.compile(r"\s+(文/图|图/文|文／图|图／文|文图|图文)$")
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


# "来源：澄州日报　记者：沈　悦　通讯员：龚小溪" under a push's title, "本文来源：《岚州日报》　作者：
# 林晓舟" closing an app's article: where the text was taken from, and who wrote it there
SOURCE_CREDITS = re.compile(r"^(?:本文)?来源\s*[：:]\s*(\S{2,24}?)\s+((?:记者|通讯员|作者)\s*[：:].*)$")
# "来源：本站　作者：某某　2026年5月20日": the day the page was posted, after its credits
POSTED = re.compile(r"\s+(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?)$")


# "记者：邓小川　文　浩　　编辑：汪若溪", "摄像：郑一帆　　记者：韦　强", "记者：沈　悦　通讯员：龚
# 小溪": a line of credits, each a role and its names (a broadcast script's or a picture page's
# end), the reporters' names its authors; a name ends at two spaces or at the next role
CREDIT_ROLES = ("记者", "通讯员", "作者", "撰稿", "文字", "摄像", "摄影", "编辑", "责任编辑", "剪辑", "编导", "制作", "播音", "配音")
_ROLE = f"({'|'.join(CREDIT_ROLES)})"
CREDIT_PAIR = re.compile(_ROLE + r"\s*[:：]\s*"
                         r"((?:[\u4e00-\u9fff·]\s?){2,8}?(?:\s+[\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,3})*)"
                         r"(?=\s{2,}|\u3000\u3000|$|\s" + _ROLE + r"\s*[:：])")
# (who wrote the text: "（来源：芷江县委组织部　作者：何苇）", "（文字：蒋明　图片：…）")
WRITING_ROLES = ("记者", "通讯员", "作者", "文字")


def credit_closes(last: str, before: str = "") -> bool:
    """`last` closes a credit, maybe opened at the end of the line `before` ("…培训。（供稿：市委
    组织部" / "组织一科）", "…的温暖。（记者 郭晓" / "通讯员 韩东）"): the paragraph ends there."""
    return last.rstrip()[-1:] in "）)" and bool(
        INLINE_END.search(last) or OFFICE_CREDIT_END.search(last)
        or (office := OFFICE_AFTER_SENTENCE.search(last.rstrip())) and is_institution(office.group(1))
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


# "护理部", "组织科", "党建办": a department named alone before a name ("文/护理部　嵇婉婷")
DEPARTMENT = re.compile("^[\u4e00-\u9fff]{1,5}(部|科|室|处|办)$")
# "党员教师", "退休干部", "学员代表": what a person is, printed between the unit and the name
_STATUS_WORDS = "党员|教师|干部|代表|学员|职工|志愿者"
STATUS_END = re.compile(f"({_STATUS_WORDS})$")
# "党员", "老党员", "预备党员": what a speaker is, alone (no unit)
STATUS = re.compile(f"(预备|正式|老|青年|年轻)?({_STATUS_WORDS})")
# "岚山县石门乡　读者　麻建国": a reader's letter signed with the reader's place and name
READER_SIGNED = re.compile(r"^(?:[\u4e00-\u9fff]{2,16}\s+)?读者\s+([\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,4})$")
# "▶ 党员 某某：": the mark a push sets before each speaker of a collection of their words
SPEAKER_MARKS = "▶►▷ "
# "　授课班级：八年级（3）班　课时：1课时", "　评析：蒙川": the fields printed after the credited name
OTHER_FIELDS = re.compile(r"\s+[\u4e00-\u9fff]{2,6}[：:]\S.*$")
# "雷　敏　|　霓溪组工　|　2026年6月28日": the fields a read-later export sets after the name, each
# after a bar with a space before it ("文｜张三　图｜李四": a label's bar has none)
BARRED_FIELDS = re.compile(r"\s+[|｜丨]\s*\S.*$")
# "　单位：某局机关党委", "　单位：某局　　得分：94": the author's unit, labelled after the name
# (another field after it no part of it)
UNIT_AFTER = re.compile(r"\s+(?:单位|作者单位|工作单位)\s*[:：]\s*(\S.{1,40}?)\s*(?:\s[\u4e00-\u9fff]{2,6}[：:]\S*)?$")


def name_then_unit(text: str) -> Byline | None:
    """"石上松　某区税务局": a name, then the unit it writes from, or None."""
    parts = text.split()
    if len(parts) == 2 and is_name(parts[0]) and has_surname(parts[0]) and is_institution(parts[1]) \
            and not is_institution(parts[0]):
        return Byline(authors=[parts[0]], unit=parts[1])
    return None


def parse_head_byline(text: str) -> Byline | None:
    """The byline of a title block ("● …", "□ …", "本报记者 …"), or None."""
    # "本报记者　魏小溪　文/图": the text is theirs too; "撰文：蒋　明　　Written by Jiang Ming": a
    # bilingual edition's byline, its English half no name
    t = WROTE_AND_SHOT.sub("", LATIN_HALF.sub("", text.strip()))
    if t.endswith("摄"):
        return None     # "本报记者 田 野摄": who took the picture, not who wrote
    if t[:2] == "来源" and (m := SOURCE_CREDITS.match(t)) and (by := credits_line(POSTED.sub("", m.group(2)))):
        return Byline(authors=by.authors, source=m.group(1))
    if t[-1:] in "）)" and (post := NAME_POST.match(t)) and has_surname(post.group(1)) \
            and is_name(post.group(1)) and POST_END.search(post.group(2)):
        # "钟以宁（支部组织委员）" over its words (a unit alone in the brackets, "范小禾（某市委组织部
        # 组织一处）", is a paper's author line, which the journal's header reads)
        return Byline(authors=[post.group(1)], unit=post.group(2))
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
        given = m.group(2) or m.group(3) or m.group(4)
        rest = BARRED_FIELDS.sub("", EDITORS_AFTER.sub("", given) or given) or given
        if not UNIT_AFTER.search(rest):
            rest = OTHER_FIELDS.sub("", rest) or rest  # "闵思远　授课班级：八年级（3）班　课时：1课时"
        if (unit := UNIT_AFTER.search(rest)) and (by := parse_head_byline(t[:len(t) - len(given)] + rest[:unit.start()])):
            return Byline(by.authors, by.role, unit.group(1))    # "作者：蒋予安　单位：某局机关党委"
        if by := _role_names(rest):  # "文/本刊记者 王建"
            return by
        post = NAME_POST.match(SPACED_TWO.sub(r"\1\2", rest))
        if post:  # "作者：陈华（某县委组织部干部科科长）", "作者：俞　岚（某市委社会工作部）"
            return Byline(authors=[clean_name(post.group(1))], unit=post.group(2).strip())
        names = split_names(rest)
        if len(names) == 2 and (by := unit_and_name(rest)) is not None:
            return by   # "主讲人：县委书记　罗建平"
        # ("党委学生工作部　吕思源": 党 opens names too, but no name is seven characters long)
        people = [n for n in names[1:] if not STATUS_END.search(n)]    # ("党员教师": who, no name)
        unit = is_institution(names[0]) or len(names) == 2 and DEPARTMENT.match(names[0]) is not None
        if len(names) >= 2 and unit and (not has_surname(names[0]) or len(names[0]) > NAME_MAX // 2) \
                and people and all(NAME_RE.fullmatch(n) for n in people):
            return Byline(authors=people, unit=names[0])     # "文/ 维修中心　房　悦"
        if names and all(NAME_RE.fullmatch(n) for n in names):
            return Byline(authors=names)
        return names_with_post(rest) if not re.search("[，。；]", rest) else None
    by = reporters(t) if len(t) <= 40 else None
    if by:  # "记者 刘海燕 通讯员 张伟"
        return by
    if t[-1:] in "：:" and len(t) <= 40 and (by := names_with_post(t[:-1].lstrip(SPEAKER_MARKS))).unit \
            and POST_END.search(by.unit) and NAME_RE.fullmatch(by.authors[0]):
        # "某街道党工委书记　洪家骏：", "▶ 党员 岑佩兰：": a speaker's words follow ("党员" says what
        # the speaker is, no unit)
        return Byline(by.authors) if STATUS.fullmatch(by.unit) else by
    m = ROLE_RE.match(t)
    if m and len(t) <= 30:
        role, rest = m.group(1), m.group(2)
        if role.endswith("评论员") and not rest:
            return Byline(authors=[role])
        names = split_names(rest)
        if names and all(NAME_RE.match(n) for n in names):
            return Byline(authors=names, role=role)
    return None


def wrapped_byline(first: str, second: str) -> Byline | None:
    """"□ 琮阳市某街道某社区" over "党委书记　谭素梅": a byline wrapped in a narrow column, which
    only read with the line under it names someone (the first line alone names no one and
    holds no pause: no brief's, no sentence's)."""
    first = first.strip()
    if PUNCTUATION.search(first) or parse_head_byline(first) is not None:
        return None
    by = parse_head_byline(first + second.strip())
    return by if by is not None and by.authors else None


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
    if "读者" in text and (reader := READER_SIGNED.match(text)) and is_name(clean_name(reader.group(1))):
        return Byline(authors=[clean_name(reader.group(1))])  # "某县城关镇　读者　卜玉华": a letter's
    # the unit is everything up to the last part that ends like a post
    for k in range(len(parts) - 1, 0, -1):
        head = " ".join(parts[:k])
        if (POST_END.search(head) or is_institution(head)) and len(clean_name(" ".join(parts[k:]))) <= 4:
            return Byline(authors=[clean_name(" ".join(parts[k:]))], unit=clean_name(head))
    return Byline(authors=[clean_name(n) for n in split_names(text)])
