"""End lines: a line closing an article (or opening one with its credit) → who wrote it.

Takes a line's text; gives the `Byline` an end line carries — "（作者单位：…）", "（执笔：…）",
"（供稿：单位）", "（撰稿人：…）", "（本报记者　姓名　整理）", "（某镇党委书记　姓名）", "作者简介：…",
a signer's "述职人：…", a letter's "某村　姓名" — or None; and `parse_byline`, either kind of
byline a line may be. The head bylines and the credits both read are byline.py's. Written by
hand for the reason byline.py gives: no NER library knows these conventions.
"""
from __future__ import annotations

import re

from ..text import HAN
from .byline import (CREDIT_ROLES, EDITORS_AFTER, HEAD_OPENERS, READER_SIGNED, SOURCE_CREDITS, STATUS_END, Byline,
                     credits_line, parse_head_byline, reporters)
from .layout import PHOTO_CREDIT
from .names import NAME_RE, POST_END, clean_name, has_surname, is_institution, is_name, split_names

# "《浙江日报》", "新华社", "人民网": a medium a text was taken from
MEDIUM = re.compile(r"《[^》]{2,20}》|[\u4e00-\u9fff]{1,10}(社|报|台|网)$")
# "（作者单位：某市委党校）", "（作者系某市委常委、某县委书记）", "（作者：某县委常委、组织部长）",
# "（执笔：王 军 李少春 赵冬梅）", "（执笔人：张天保、李晓忠）", "（来源：中国干部学习网）",
# "(作者张立新省委党校党建部副主任)", "（本文作者单位：某县委组织部）"
END_RE = re.compile(r"^[（(]\s*(?:本文)?(作者单位|作者系|作者|案例编写|执笔人|执笔|撰文|来源|稿源|转自|据)\s*([：:]?)\s*"
                    r"(.*?)\s*[）)]$")
# "某县委组织部组织一科　制", "（某县党员教育中心　编印）": the office that made a leaflet, closing it
MADE_BY = re.compile(r"^[（(]?([\u4e00-\u9fff“”]{4,30}?)\s+(制|编印|印制|制作)[）)]?$")
# "某县委组织部组织二科　2026年7月": the office that signs a text and the date, on one line
OFFICE_DATED = re.compile(r"^([\u4e00-\u9fff“”]{4,30}?)\s+\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?$")
# "作者单位：某市委党校": the unit line set without its brackets
UNIT_LINE = re.compile(r"^作者单位\s*[：:]\s*([^。！？，]{2,60}?)\s*$")
# "（供稿：区委组织部组织科）", "（撰稿人：张三）", "(撰稿人张三)", "（文/张三）", "（整理人：某镇
# 党委组织办 张三）", "（执教：燕若溪　评析：蒙川）", "（报告人：某某，某厂班长）": who supplied the text (who
# wrote up a 事迹 piece, taught the lesson a teaching design sets down or gave the talk, is its author);
# "（词：某某　曲：某某　演唱：…）": a song's lyricist (not "…讲解词撰稿：", a commentary's writer)
CREDIT_RE = re.compile(r"^[（(]\s*(?:本(?:单元|篇|文|课|章|节|部分)[\u4e00-\u9fff]{0,4}?)?(供稿单位|供稿|撰稿人|撰稿|材料整理|整理人|整理|执教|报告人|讲述人|文字|文\s*[/／]\s*图|文|文图|图文|(?<![\u4e00-\u9fff])作?词)\s*[：:/／|｜]?\s*(.+?)\s*[）)]$")
# "（作者：杜庆丰，作者单位：中共西吉县委党校）" after its key: the author, then the unit
NAME_THEN_UNIT = re.compile(r"^(\S{2,4}?)\s*[，,；;]\s*(?:作者)?单位\s*[:：]\s*(.+)$")
# "（案例编写：裴远舟、常　乐，岚江干部学院公共管理教研部）" after its key: names, then their unit (or
# "郦晓春，某水厂运行班班长": one name, then a post)
NAMES_THEN_UNIT = re.compile(r"^([^，,；;（）()]{2,30}?)\s*[，,]\s*([^，,；;]{4,40})$")
# "（柳　青）", "（闻笛）": a name (or a pen name) alone in brackets
NAME_ALONE = re.compile(r"^[（(]\s*([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})\s*[）)]$")
# "（全文完）", "（有删节）", "（待续）": the editor's word on the text in brackets, no name
EDITORIAL_NOTE = re.compile("[完删节续摘略待注译编选]")
# "（组织科 撰稿：祁永年）", "（东城街道党工委 撰稿：毛小溪）": an office, then who wrote the text;
# "（作者单位：某局机关党委　撰稿人：邹明）": the writer's unit, so named, then the writer
OFFICE_WRITER = re.compile(r"^[（(]\s*(?:作者单位\s*[:：]\s*(?P<unit>[^（）()\s]{2,30})|(?P<office>[^（）()\s]{2,20}))\s+"
                           r"(?:撰稿人?|执笔人?|文)\s*[:：/]\s*([^（）()]{2,20}?)\s*[）)]$")
# "编　者", "本刊编辑部": the editors signing their note, no author
EDITORS_SIGNED = re.compile(r"^(编\s*者|本刊编辑部|编辑部)$")
# "…课题组", "…调研组": a group formed to write a study, its author
GROUP_END = re.compile("(课题组|调研组|写作组|编写组)$")
# "（记者 刘海燕 通讯员 张伟）", "（本报记者 王锦涛）": a news story's closing credit
REPORTERS_RE = re.compile(r"^[（(]\s*((?:本报|本刊|本网|新华社)?(?:记者|通讯员)\s*[^（）()]{2,40})[）)]$")
# "（某供电所　通讯员　柴映川）": the same, their unit first
UNIT_REPORTERS = re.compile(r"^[（(]\s*([^（）()\s]{2,20})\s+((?:记者|通讯员)\s*[^（）()]{2,40})[）)]$")
# a unit printed right after the name: "张立新中央党校…", "张三省委党校…"
UNIT_START = re.compile(r"^(中共|中央|国家|国务院|全国|省|市|县|区|自治区|[" + HAN + r"]{1,4}(省|市|县|区|州|旗|乡|镇))")
# the same with a place name of two characters or more before 省/市/县…: "王强东平市委书记" is
# 王强 of 东平市委 rather than 王强东 of 平市委 (one-character places are rare)
UNIT_START_PLACE = re.compile(r"^(中共|中央|国家|国务院|全国|省|市|县|区|自治区|[" + HAN +
                              r"]{2,4}(省|市|县|区|州|旗|乡|镇))")
# the first characters a line any byline can read opens with: a head byline's, an end line's
# bracket ("（作者单位：…）"), "采访整理：", "录音整理：", "口述：", "来源：…　作者：…"
OPENERS = HEAD_OPENERS + "（(采录口来"
# "（祁云　澄州市委党校教授）": the name, then the post (an answer's expert, a short piece's writer)
SIGNED_POST = re.compile(f"^[（(]([{HAN}]{{2,4}})\\s+([\u4e00-\u9fff“”、]{{4,30}})[）)]$")
# "（本文系某市社科规划项目阶段性成果）": the project that paid for the piece, no author's
FUNDED = re.compile(r"^[（(]本文(系|为|是|受).{4,60}(成果|资助|项目)[）)]$")
# "述职人：鲍文清", "汇报人：…", "申请人：…", "党员：牛静怡": who gave the report (wrote the application,
# the self-appraisal), signing it at its end
SIGNER = re.compile(r"^(?:述职人|报告人|汇报人|发言人|申请人|党员)\s*[：:]\s*(\S{2,4}|\S(?:\s\S){1,3})$")
# "作者简介：唐小禾，荻港市委党校公共管理教研室副教授。": a note on the author closing the article —
# the name, then (the first clause) the post
AUTHOR_NOTE = re.compile(r"^作者简介\s*[：:]\s*([\u4e00-\u9fff·]{2,4})[，,]\s*([^，,。；;]{2,40})[^。]*。?$")
# "主持人（签字）：周晓川　　记录人（签字）：宋嘉", "党组书记（签字）：倪嘉禾", "签订日期：2026年2月20日":
# a text signed off (minutes, a pledge, an agreement), the signature naming no author of its own
SIGNED_OFF = re.compile(r"^([\u4e00-\u9fff]{1,8}\s*[（(](签字|签名|签章)[）)]|(签订|签署|签字)(日期|时间))\s*[:：]")
# "甲方（盖章）：中共某县财政局党组", two on a line: a party sealing an agreement, its author
SEALED = re.compile(r"(?:^|\s)[\u4e00-\u9fff]{1,8}\s*[（(]盖章[）)]\s*[:：]\s*([^\s：:]{4,40})(?=\s|$)")
# "采访整理：周沫", "记录整理：…": who wrote a talk down, closing it — its writer, not its author
WRITTEN_UP = re.compile(r"^(?:采访|记录|录音|口述)?整理\s*[：:]\s*(\S{2,4}|\S(?:\s\S){1,3})$")
# what an office says it did with a text it sent ("（县教育局党组报送）")
OFFICE_SENT = "报送|供稿|提供"
# "（某镇党委书记　张三）", "（某镇党委书记　霍　青）": a speaker's post and name closing a speech (not
# "（党委组织部　供稿）")
POST_NAME = re.compile(f"^[（(]([\u4e00-\u9fff“”、]{{4,30}})\\s+(?!(?:{OFFICE_SENT})[）)])([{HAN}](?:[ \u3000]?[{HAN}]){{1,3}})[）)]$")
# "（鹭州市集美区侨英街道　邵雨薇）": the place a contributor writes from, then the name
PLACE_END = re.compile("(街道|社区|村|镇|乡)$")
# "永安县槐树村　秦伯年", "某市城南区　庞守业": a reader's letter signed with the village (the
# district) and the name, no bracket
# (the village under its county, "…县…村": a headline's first phrase, "建设美丽乡村　何以为家", is none)
PLACE_SIGNED = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}(?:县|市|区|旗)[\u4e00-\u9fff]{1,8}(?:街道|社区|村|镇|乡)|"
                          r"[\u4e00-\u9fff]{1,4}市[\u4e00-\u9fff]{2,4}(?:区|县))"
                          r"[ \u3000]+([\u4e00-\u9fff]{2,3})$")
# "（本刊编辑部）", "（本报评论员）": the publication's own desk signing its piece (a 卷首语), its author
# (the editors' desk also without brackets, "本刊编辑部" under the text: a commentator's name
# alone is a byline under a headline)
OWN_DESK = re.compile(r"^[（(]\s*((?:本刊|本报)(?:编辑部|评论员|特约评论员))\s*[）)]$|^((?:本刊|本报)编辑部)$")
# "（城西街道党工委）", "（县教育局党组报送）", "（党委组织部　供稿）": an office alone in a closing
# bracket (maybe saying it sent the text)
OFFICE_ALONE = re.compile(f"^[（(]([\u4e00-\u9fff]{{4,24}}?)\\s*({OFFICE_SENT})?[）)]$")
# "（根据录音整理，有删节）", "（全文完）", "（根据发言录音整理，未经本人审阅）": the editor's word closing a
# text, no name (or "（本栏编辑）", "（本版编辑）": the column's editor answering a reader, no author)
EDITOR_CLOSES = re.compile(r"^[（(]([^（）()]{0,16}?(有删节|有删改|全文完|未经本人审阅|未经本人审定)|本(栏|版|刊)编辑|"
                           r"根据[^（）()]{0,8}录音整理)[）)]$")
# "（联系人：宋宜　联系电话：0000-0000000）": whom to ask about a document, after its signature — no author
CONTACT = re.compile(r"^[（(]\s*(联系人|联系电话|咨询电话)\s*[：:].{2,60}[）)]$")
# "（推荐单位：石桥镇党委）": the unit that put a piece forward, no author's
RECOMMENDED = re.compile(r"^[（(]\s*(推荐单位|推荐|报送单位|报送)\s*[：:].{2,30}[）)]$")
# "（新党员代表　某社区卫生服务中心　邵一帆）", "（学员代表　…）": the status a speaker spoke in, before
# the unit and the name
SPEAKING_FOR = re.compile(r"^[（(]\s*[\u4e00-\u9fff]{0,6}代表\s+(?=\S)")
# the first two characters a closing line of credits opens with (a 撰稿 or 文字 credit is a byline
# under a title, read by `parse_head_byline`: no closing credit)
CREDIT_STARTS = frozenset(r[:2] for r in CREDIT_ROLES if r not in ("作者", "撰稿", "文字"))


def parse_end_line(text: str) -> Byline | None:
    """The byline an article's closing parenthesis carries: unit, writer, author or source."""
    t = text.strip()
    if t[:1] not in "（(":  # every pattern but UNIT_LINE, a signer's and a reader's opens with a bracket
        if t[:1] == "本" and (o := OWN_DESK.match(t)):
            return Byline(authors=[o.group(2)])     # "本刊编辑部" signing a 卷首语
        if (s := SIGNER.match(t)) and is_name(s.group(1)):
            return Byline(authors=[clean_name(s.group(1))])     # "述职人：鲍文清"
        if "签" in t and SIGNED_OFF.match(t):
            return Byline()
        if "盖章" in t and SEALED.match(t):
            return Byline(authors=[p for p in SEALED.findall(t) if is_institution(p)])
        if t[:2] == "作者" and (s := AUTHOR_NOTE.match(t)):
            return Byline(authors=[s.group(1)], unit=s.group(2))
        if (s := WRITTEN_UP.match(t)) and is_name(s.group(1)):
            return Byline(writer=clean_name(s.group(1)))
        if t[-1] in "制印作" and (s := MADE_BY.match(t)) and is_institution(s.group(1)):
            return Byline(authors=[clean_name(s.group(1))])
        if t[-1] in "月日" and (s := OFFICE_DATED.match(t)) and is_institution(s.group(1)):
            return Byline(authors=[clean_name(s.group(1))])     # "某县委组织部组织二科　2026年7月"
        if (s := SOURCE_CREDITS.match(t)) and s.group(2)[:2] == "作者" and (by := credits_line(s.group(2))):
            # (its writer named: the line closes the text; its reporters named, it stands over it)
            return Byline(authors=by.authors, source=s.group(1))
        m = UNIT_LINE.match(t)
        if m is None and "读者" in t and (r := READER_SIGNED.match(t)) and is_name(clean_name(r.group(1))):
            return Byline(authors=[clean_name(r.group(1))])
        if m is None and (r := PLACE_SIGNED.match(t)) and is_name(r.group(1)) and has_surname(r.group(1)):
            return Byline(authors=[r.group(1)])     # "永安县槐树村　秦伯年": a letter's signature
        if m is None and t[:2] in CREDIT_STARTS:
            return credits_line(t)
        return Byline(unit=clean_name(m.group(1))) if m else None
    if PHOTO_CREDIT.match(t):
        # "（葛　川　摄）", "（本报记者　王明　摄）" alone: who took the picture, no author (a caption in
        # the brackets, "（…课堂一角。本报记者　某某　摄）", is longer: the picture's, inside the text)
        return Byline()
    if (status := SPEAKING_FOR.match(t)) is not None:
        t = t[:1] + t[status.end():]    # (the status a speaker spoke in names no unit)
    m = OFFICE_WRITER.match(t)
    if m and (names := split_names(m.group(3))) and all(NAME_RE.fullmatch(n) for n in names):
        if m.group("office") and GROUP_END.search(m.group("office")):
            # "（某学院党建研究课题组　执笔：祁小满）": the group is the author, one of it the writer
            return Byline(authors=[m.group("office")], writer="、".join(names))
        return Byline(authors=names, unit=m.group("unit"))   # "（组织科 撰稿：祁永年）": the writer, not the office
    m = REPORTERS_RE.match(t)
    if m and (by := reporters(m.group(1))):
        return by
    m = UNIT_REPORTERS.match(t)
    if m and is_institution(m.group(1)) and (by := reporters(m.group(2))):
        return Byline(by.authors, by.role, clean_name(m.group(1)))
    m = CREDIT_RE.match(t)
    credit = EDITORS_AFTER.sub("", m.group(2)) if m else ""
    if m and m.group(1).startswith("供稿"):  # "（供稿：区委组织部组织科）": the unit that sent it
        return Byline(unit=clean_name(credit))
    if m:  # "（撰稿人：张三）", "（文/张三）"
        names = [n for n in split_names(credit) if not STATUS_END.search(n)] or split_names(credit)
        if names and all(NAME_RE.fullmatch(n) and not is_institution(n) for n in names):
            return Byline(authors=names)
        if (nu := NAMES_THEN_UNIT.match(credit)) and NAME_RE.fullmatch(name := clean_name(nu.group(1))) \
                and (POST_END.search(nu.group(2)) or is_institution(nu.group(2))):
            return Byline(authors=[name], unit=clean_name(nu.group(2)))     # "郦晓春，某水厂运行班班长"
        # "宁远县委直属机关工委 邓雅琴", "县委组织部组织二科　陶　然" (the name letter-spaced)
        spaced = " ".join(credit.split())
        name_first = spaced.partition(" ")[::-1]   # "覃晓岚　镇文化站": the name, then its unit
        for unit, _, name in (spaced.rpartition(" "), spaced.partition(" "), name_first):
            name = "".join(name.split())
            if unit and NAME_RE.fullmatch(name) and is_institution(unit):
                return Byline(authors=[name], unit=clean_name(unit))
        return Byline(authors=[clean_name(credit)])
    m = END_RE.match(t)
    if not m and (o := MADE_BY.match(t)) and is_institution(o.group(1)):
        return Byline(authors=[clean_name(o.group(1))])
    if not m and (o := POST_NAME.match(t)) and (POST_END.search(o.group(1)) or is_institution(o.group(1))
                                                 or PLACE_END.search(o.group(1)) and is_name(clean_name(o.group(2)))):
        return Byline(authors=[clean_name(o.group(2))], unit=clean_name(o.group(1)))
    if not m and (o := SIGNED_POST.match(t)) and is_name(o.group(1)) \
            and (POST_END.search(o.group(2)) or is_institution(o.group(2))):
        return Byline(authors=[o.group(1)], unit=clean_name(o.group(2)))
    if not m and (o := NAME_ALONE.match(t)) and is_name(name := clean_name(o.group(1))) \
            and not EDITORIAL_NOTE.search(name):
        return Byline(authors=[name])   # "（柳　青）": a commentary closed by its writer's name
    if not m and (o := OWN_DESK.match(t)):
        return Byline(authors=[o.group(1)])
    if not m:
        if (o := OFFICE_ALONE.match(t)) and is_institution(o.group(1)) or RECOMMENDED.match(t) or FUNDED.match(t) \
                or EDITOR_CLOSES.match(t) or CONTACT.match(t):
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
