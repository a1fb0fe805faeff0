"""Names: who a line can name — a person (maybe letter-spaced), a post, an institution.

Takes a piece of a line's text; gives whether it is a personal name (`is_name`, `are_names`,
`has_surname`), the names a credit lists (`split_names`), an institution (`is_institution`),
with the vocabulary they read: surnames, the words an institution or a post ends with. The
byline parsers (`byline.py`) and the stages that ask whether a short line is a name share it.
Written by hand: no library knows the common surnames, and a name with a layout space inside
("刘 芳") must be rejoined.
"""
from __future__ import annotations

import re

from ..text import HAN

# "某市委组织部", "某市委党校课题组", "某区某街道·某社区党总支", "县委组织部", "本刊编辑部", "区人民医院",

# "某镇党委组织办", "市委社会工作部、市民政局联合调研组" (never "祠堂里的第一个党支部": no name holds
# a 的, a title may; nor "服务全市发展大局": 大局, 格局, 开局 are no bureaus)
INSTITUTION_RE = re.compile(f"^(?!.*的)([{HAN}·“”、]{{2,40}}|[县市区省州镇乡]委|本[刊报]|[县镇乡村](?=..站$))(组织部|宣传部|统战部|党委|党工委|工委|党支部|党总支|党组|"
                            r"课题组|小组|研究室|政研室|委员会|[一二三四五六七八九十]处|(教务|组织|宣传|人事|科研|学生|党委|办公|干部)处|(组织|干部|宣传|人事|党建)?[一二三四五六七八九十]?科|(组织|干部|宣传|人事|党建|综合|办公)[一二三四五六七八九十]?股|调研组|工作组|编辑部|办公室|党校|学院|中心|研究所|"
                            r"教研部|研究部|教研室|研究院|工作部|督查室|巡察组|督导组|检查组|考核组|指导组|"
                            r"医院|卫生院|学校|[中小大]学|(组织|党建|宣传|综合|督查)办|(?<![大全格布开新变胜时结定僵残赌饭棋牌])局|(图书|档案|纪念|博物|文化)馆|"
                            r"(供电|派出|司法|财政|税务|管理|服务|林业|水利|国土)所|(护理|医务|财务|营销|运维)部|"
                            r"(文化|广播|卫生|农技)站)$")
NAME_RE = re.compile(f"^[{HAN}·]{{2,4}}$")

# The common Chinese surnames (a line of several short words is a list of names only if each

# opens with one: "张晓明 李华", not "加强 党建")
SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
               "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶"
               "黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷"
               "詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛"
               "靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费"
               "卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘"
               "池查麻苑迟邝郁萧闻储冼"
               # (rarer ones, none opening a common word: "计划", "班子", "海上" are not names)
               "傅洪冀封裘嵇阚钮濮邰郦郜蔺郗贝丘楚荆晋晁匡寿湛竺禹危戈仝鄢扈逯桓宦訾钭郇厉酆昝宓蒯邸莘")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐")


# a post that ends a unit before a name: "…部长 刘 芳", "…党支部书记 陈丽华"
POST_END = re.compile(r"(长|记|任|员|师|授|理|席|书|官|主编|委员|常委|成员|记者)$")


def clean_name(text: str) -> str:
    """A name with layout spaces removed: "刘 芳" → "刘芳"."""
    return re.sub(r"[\s\u3000\u00a0]+", "", text)


def split_names(text: str) -> list[str]:
    """Several names in one byline: "张三 李四", "张三、李四"; a name may be letter-spaced
    ("王 某", "王 军 李少春", "王 建 国 李华"), so single characters join into a name of up to
    three until one that opens a name (a surname after two characters), and a lone character
    joins the next short part."""
    parts = [p for p in re.split(r"[、,，;；\s\u3000\u00a0]+", text.strip()) if p]
    names: list[str] = []
    i = 0
    while i < len(parts):
        name = parts[i]
        i += 1
        if len(name) == 1:
            while i < len(parts) and len(parts[i]) == 1 and len(name) < 3 \
                    and not (len(name) >= 2 and has_surname(parts[i])):
                name += parts[i]
                i += 1
            if len(name) == 1 and i < len(parts) and len(parts[i]) <= 2:
                name += parts[i]
                i += 1
        names.append(name)
    return names

# "江州举行", "全面启动": a wrapped headline's last words, a news verb no four-character name

# ends with (three-character ones may: "马成立")
NEWS_VERB_END = re.compile(r"(举行|召开|开展|启动|举办|发布|印发|成立|揭牌|开幕|闭幕|落幕|签约|出台)$")

# "案例一", "讲稿三", "范文二", "设计一", "节目二", "第2法", "第一集", "第三章", "第二单元", "提议第3号", "第7号", "述职报告之一", "承诺卡之二":
# a piece's number in a collection (a chapter's in a book), printed over its title — no name
PIECE_NUMBER = re.compile("(案例|讲稿|事迹|材料|经验|篇目|专题|发言|讲座|范文|例文|事项|作品|设计|课例|教案|征文|来信|访谈|节目|答卷|稿件)[一二三四五六七八九十]{1,3}|"
                          "第([一二三四五六七八九十]{1,3}|\\d{1,3})([法集章讲课]|单元)|(提议|提案|议案)?第\\d{1,3}号|"
                          "[\u4e00-\u9fff]{2,5}之[一二三四五六七八九十]{1,3}")

# "第一集　一座桥的三十年", "第3法 党建联建…", "案例二　某护士…": a collection's number for the piece
# before its title, on the title's line
# "壹｜结对共建如何避免…": a push's piece numbered as on a cheque, a bar after the number
CAPITAL_NUMBER = re.compile(r"^\s*[壹贰叁肆伍陆柒捌玖拾]{1,2}\s*[|｜丨]\s*(?=\S)")
PIECE_BEFORE = re.compile(f"^({PIECE_NUMBER.pattern})\\s+(?=\\S)|{CAPITAL_NUMBER.pattern}")

# "第一辑", "第3期", "第二卷": a volume's or an issue's number, printed in brackets under a title
VOLUME = re.compile("第[一二三四五六七八九十\\d]{1,3}[辑期卷册]")


def is_name(text: str) -> bool:
    """A bare personal name, maybe letter-spaced: "郑海涛", "何 静" (a name of two or four
    characters opens with a known surname: "召开", the end of a wrapped headline, and "编写说明",
    a heading, are none)."""
    t = clean_name(text)
    return bool(NAME_RE.fullmatch(t)) and len(text.strip()) <= 6 and (len(t) == 3 or has_surname(t)) \
        and not (len(t) == 4 and NEWS_VERB_END.search(t)) and "的" not in t \
        and not PIECE_NUMBER.fullmatch(t) and not VOLUME.fullmatch(t)   # ("编者的话", "案例一", "第一辑")


def are_names(text: str) -> bool:
    """Two to five bare personal names on one line: "张晓明 李华", "王军、杨少春"."""
    names = split_names(text)
    return 2 <= len(names) <= 5 and all(NAME_RE.fullmatch(n) and has_surname(n) for n in names) \
        and len(text.strip()) <= 30


def has_surname(name: str) -> bool:
    return name[0] in SURNAMES or name.startswith(COMPOUND_SURNAMES)


# "编写组", "本书编委会": a collective that signs a collection's own text, named by its task alone
COLLECTIVE = re.compile("^(本书|本刊|本报)?(编写组|编委会|编辑组|编辑部|课题组|调研组|写作组)$")


def is_institution(text: str) -> bool:
    name = clean_name(text)
    return bool(INSTITUTION_RE.match(name) or COLLECTIVE.match(name))
