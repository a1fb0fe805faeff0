#!/usr/bin/env python3
"""The development corpus (P10): synthetic issues in ten layouts, with exact gold.

Takes the sentence pool (sentences.txt: the samples' own body sentences, see pool.py) and the
small name/unit/title lists below; gives bench/devset/corpus/{tune,heldout}/{src,gold}/, one
issue text and one gold YAML (format of tests/fixtures/gold/FORMAT.md) per issue. The gold is
written from the typesetter's own records: every line it sets is known to be a title, a byline,
a body line or furniture, so nothing is annotated by hand.

Layouts: the five sample layouts (school, province, page, city, web) and five kinds the
splitter has never seen (cnki, daily, wechat, citymag, orgsite). Each issue draws its own
choices (title before/after the body, byline and end-line forms, wrap width, blank lines,
running heads, page marks, doubled glyphs, glyph artefacts, encoding, line ends) from a
random generator seeded by layout and issue number, so `python bench/devset/typeset.py`
rewrites the committed corpus byte for byte.

Gold conventions where FORMAT.md leaves a choice (the splitter should follow them):
- body_head/body_tail come from the body paragraphs only: never from running heads, page
  marks, captions, pull quotes, journal apparatus (摘要, 关键词, 参考文献, English abstract,
  基金项目, 作者简介, 收稿日期) or credit lines (（作者单位…）, （供稿：…）, 编辑：…).
  Glyph artefacts (Kangxi radicals) are never placed inside the first or last 15 Han
  characters, so head and tail read the same before and after repair.
- Superscript-marked authors (张三1，李四2) are clean names; unit is the numbered
  affiliations without numbers, city and postcode, joined by "；".
- A lead 本报讯（记者 甲 通讯员 乙） / 本网讯（通讯员 甲） opens the first paragraph in print but
  is not in body_head, so the head matches whether a splitter keeps the lead or takes it out.
- 本报讯（记者 甲 通讯员 乙） and closing credits: authors [甲, 乙], role null;
  "本报记者 甲" / "本刊记者 甲" on its own line: authors [甲], role 本报记者 / 本刊记者.
- WeChat 作者： is the author; 编辑/审核/责编/来源 are not. The account is the publication.
- 【专栏】 headline tags and "来源：" prefixes are not part of the title; the tag is the section,
  else the last step of the page's breadcrumb ("当前位置：首页 > 工作动态": 工作动态).
- （供稿：单位） gives unit; 本网讯（通讯员 甲） gives authors [甲].
- 往期推荐 lists, 目录 blocks, captions, page heads and site chrome are not items.

Tune-only variants (VARIANTS, issues `{layout}-vNN` in corpus/tune/): further shapes of the city
paper (under `page`), the city magazine, the daily, the WeChat push and the journal. Their
conventions: in a paper a column label is the section of the one story under it (of every
untitled brief under it in a 简讯 column); a 引题 over the headline or a ——副题 under it is the
subtitle; a headline wrapped over two lines is one title; 本报记者 甲 通讯员 乙 gives authors
[甲, 乙]; place labels between a magazine's briefs are nobody's section.
"""
from __future__ import annotations

import datetime as dt
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SEED = 20240508
ISSUES_PER_LAYOUT = 6
TUNE_PER_LAYOUT = 4  # the other two of each layout are the held-out part
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红建文辉力斌宇浩凯健俊帆鹏晨欣宁雪琳晶波海峰志国庆东亮松林春梅丹成永兴岩明慧佳婷宏毅新民立群瑞祥鑫"
PLACES = ["江城", "临川", "青阳", "白河", "东平", "安远", "宁川", "南溪", "桐山", "柳江", "金台", "松原",
          "河阳", "清水", "石门", "永和", "新丰", "长岭", "云溪", "北塘"]
COUNTY = ["县", "市", "区"]
ORGANS = ["委组织部", "委党校", "委宣传部", "直机关工委", "委政法委", "委老干部局", "委党史研究室"]
POSTS = ["部长", "副部长", "常委、组织部部长", "副校长", "教授", "科长", "主任", "副主任"]
UNIVERSITIES = ["江城大学", "临川师范大学", "青阳理工大学", "东平财经大学", "安远大学", "南溪师范学院"]
SCHOOLS = ["马克思主义学院", "公共管理学院", "政治与法学学院", "党建研究院", "社会学系"]
CITIES = [("北京", "100000"), ("武汉", "430072"), ("成都", "610064"), ("长沙", "410081"),
          ("南京", "210023"), ("西安", "710062")]
VERBS = ["加强", "推进", "提升", "深化", "夯实", "创新", "健全", "筑牢", "激活", "锻造", "完善", "强化"]
OBJECTS = ["基层党组织建设", "党员教育管理", "干部队伍建设", "城市基层党建", "人才工作", "组织生活制度",
           "作风建设", "乡村振兴", "社区治理", "党建引领", "政治能力", "服务群众本领", "党支部标准化",
           "年轻干部培养", "机关党建", "非公企业党建", "网格化管理", "村级组织", "党性教育", "基层减负"]
GOALS = ["高质量发展", "基层治理现代化", "共同富裕", "乡村全面振兴", "干事创业", "为民服务",
         "组织体系建设", "党建工作提质增效", "凝聚力战斗力"]
SECTIONS = ["理论研究", "党建论坛", "工作研究", "基层党建", "干部工作", "人才工作", "调查与思考",
            "经验交流", "学习园地", "案例选编", "一线风采", "他山之石"]
JOURNALS = ["江城党校学报", "临川行政学院学报", "党建理论研究", "青阳社会科学", "中共安远市委党校学报"]
PAPERS = ["江城日报", "临川日报", "青阳日报", "东平日报"]
ACCOUNTS = ["江城组工", "临川党建", "青阳先锋", "白河组织工作", "东平机关党建"]
MAGS = ["江城党建", "临川先锋", "青阳支部生活", "安远组工"]
SITES = ["中共江城市委组织部", "临川大学党委组织部", "青阳市直机关工委", "东平党建网"]
EN_WORDS = ["Party", "building", "grassroots", "governance", "organization", "cadres", "community",
            "leadership", "modernization", "rural", "revitalization", "practice", "path", "mechanism"]
WEEK = "一二三四五六日"
NO_LINE_START = set("，。、；：！？”’）》…—·")
# Kangxi radicals that stand for ordinary characters in some PDF extractions: 人 → ⼈ (U+2F08)
KANGXI = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0x2F00, 0x2FD6)}


def han(s: str | None) -> str:
    return "".join(HAN.findall(s or ""))


@dataclass
class Item:
    """One gold entry, filled in while its lines are set."""
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    role: str | None = None
    unit: str | None = None
    writer: str | None = None
    section: str | None = None
    kind: str = "article"
    title_line: int | None = None
    start_line: int | None = None
    end_line: int | None = None
    body: list[str] = field(default_factory=list)  # body paragraphs in reading order
    notes: str | None = None

    def gold(self) -> dict:
        text = han("".join(self.body))
        return {"title": self.title, "subtitle": self.subtitle, "authors": list(self.authors),
                "role": self.role, "unit": self.unit, "writer": self.writer,
                "section": self.section, "kind": self.kind, "title_line": self.title_line,
                "start_line": self.start_line, "end_line": self.end_line,
                "body_head": text[:15], "body_tail": text[-15:], "notes": self.notes}


class Sheet:
    """The issue's lines as they are set, numbered from 1 as the splitter numbers them."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, text: str = "") -> int:
        self.lines.append(text)
        return len(self.lines)

    def blank(self, n: int = 1) -> None:
        for _ in range(n):
            self.add("")

    @property
    def n(self) -> int:
        return len(self.lines)


@dataclass
class Fmt:
    """How body paragraphs are set: wrap width (None: one paragraph a line), indent of a
    paragraph's first line, blank line between paragraphs / after every line, a running head
    every `run_every` lines."""
    width: int | None = None
    indent: str = ""
    para_blank: bool = True
    every_blank: bool = False
    run_every: int | None = None
    run_head: object = None  # callable(sheet) that sets the furniture lines


class Setter:
    """The random choices and text sources of one issue."""

    def __init__(self, rng: random.Random, pool: list[str]) -> None:
        self.rng = rng
        self.pool = pool[:]
        rng.shuffle(self.pool)
        self.titles: set[str] = set()
        self.names: set[str] = set()
        self.artefacts = rng.random() < 0.3

    # ---- text ----
    def sentence(self) -> str:
        return self.pool.pop()

    def paras(self, lo: int, hi: int, slo: int = 2, shi: int = 4) -> list[str]:
        return ["".join(self.sentence() for _ in range(self.rng.randint(slo, shi)))
                for _ in range(self.rng.randint(lo, hi))]

    def name(self) -> str:
        while True:
            n = self.rng.choice(SURNAMES) + "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2))))
            if n not in self.names:
                self.names.add(n)
                return n

    def place(self) -> str:
        return self.rng.choice(PLACES) + self.rng.choice(COUNTY)

    def unit(self) -> str:
        return self.place() + self.rng.choice(ORGANS)

    def post(self) -> str:
        return self.place() + self.rng.choice(["委常委、组织部部长", "委组织部副部长", "委党校副校长", "委书记"])

    def title(self) -> str:
        r = self.rng
        while True:
            v1, v2 = r.sample(VERBS, 2)
            o1, o2 = r.sample(OBJECTS, 2)
            t = r.choice([f"{v1}{o1} {v2}{o2}", f"以{o1}{r.choice(['推动', '引领', '保障'])}{r.choice(GOALS)}",
                          f"{v1}{o1}的实践与思考", f"关于{v1}{o1}的调查", f"{v1}{o1}助力{r.choice(GOALS)}",
                          f"{r.choice(PLACES)}：{v1}{o1}", f"新时代{v1}{o1}的路径探析"])
            if t not in self.titles:
                self.titles.add(t)
                return t

    def short_title(self) -> str:
        while True:
            t = self.rng.choice(PLACES) + self.rng.choice(VERBS) + self.rng.choice(OBJECTS)
            if t not in self.titles:
                self.titles.add(t)
                return t

    def spoil(self, paras: list[str]) -> list[str]:
        """Kangxi-radical artefacts in the middle of a body (never in its first or last 20 Han)."""
        if not self.artefacts or len(paras) < 3:
            return paras
        out = paras[:]
        i = self.rng.randint(1, len(out) - 2)
        chars = list(out[i])
        spots = [k for k, c in enumerate(chars) if c in KANGXI]
        for k in self.rng.sample(spots, min(2, len(spots))):
            chars[k] = KANGXI[chars[k]]
        out[i] = "".join(chars)
        return out

    # ---- setting ----
    def wrap(self, para: str, width: int | None) -> list[str]:
        """Hard-wrapped lines of `para`; a closing mark never opens a line (it stays on the
        line before, as typesetters do)."""
        if not width:
            return [para]
        lines: list[str] = []
        i = 0
        while i < len(para):
            j = min(i + width, len(para))
            while j < len(para) and para[j] in NO_LINE_START:
                j += 1
            lines.append(para[i:j])
            i = j
        return lines

    def put_body(self, sh: Sheet, item: Item, paras: list[str], fmt: Fmt,
                 inserts: dict[int, object] | None = None, lead: str = "") -> None:
        """Set `paras` as `item`'s body; `inserts` maps a body-line index to a callable that
        sets furniture (a floating title block, a footnote) before that line; `lead` (本报讯
        （记者 某某）) is printed before the first paragraph but is not body, so body_head
        holds whether a splitter keeps the lead in the body or takes it out."""
        item.body = paras
        inserts = inserts or {}
        shown = self.spoil(paras)
        shown[0] = lead + shown[0]
        k = 0
        for pi, para in enumerate(shown):
            for li, line in enumerate(self.wrap(para, fmt.width)):
                if k in inserts:
                    inserts[k](sh)
                if k and fmt.run_every and k % fmt.run_every == 0:
                    fmt.run_head(sh)
                n = sh.add((fmt.indent if li == 0 else "") + line)
                if item.start_line is None:
                    item.start_line = n
                item.end_line = n
                if fmt.every_blank:
                    sh.blank()
                k += 1
            if fmt.para_blank and not fmt.every_blank and pi < len(shown) - 1:
                sh.blank()

    def double(self, s: str) -> str:
        """A doubled-glyph artefact of a label or title: whole string or two-character chunks."""
        if self.rng.random() < 0.5:
            return s + s
        return "".join(s[i:i + 2] * 2 for i in range(0, len(s), 2))


def spaced(s: str) -> str:
    return " ".join(s)


def spaced_name(rng: random.Random, n: str) -> str:
    return " ".join(n) if len(n) == 2 and rng.random() < 0.6 else n


# ============================================================== the five sample layouts

def lay_school(s: Setter, sh: Sheet) -> dict:
    """Party-school journal: title, □ byline, hard-wrapped body, （作者单位：…）; in some issues
    the title block is printed after the body (after the unit line)."""
    r, items = s.rng, []
    after = r.random() < 0.5
    width = r.randint(17, 22)
    fmt = Fmt(width=width, indent=r.choice(["", " "]), para_blank=r.random() < 0.7)
    sh.blank()
    for _ in range(r.randint(5, 8)):
        it = Item()
        it.title = s.title()
        if r.random() < 0.2:
            it.subtitle = f"——基于{s.place()}的调查"
        names = [s.name() for _ in range(r.choice((1, 1, 1, 2, 3)))]
        it.authors = names
        byline = "□ " + " ".join(spaced_name(r, n) for n in names)
        if r.random() < 0.8:
            it.unit = s.unit() if r.random() < 0.8 else f"{s.unit()}；{s.unit()}"
        no_title = r.random() < 0.08
        if no_title:
            it.title, it.subtitle, it.authors, byline = None, None, [], None

        def head(sh: Sheet) -> None:
            if it.title:
                it.title_line = sh.add(it.title)
                if it.subtitle:
                    sh.add(it.subtitle)
            if byline:
                sh.add(byline)
        if not after:
            head(sh)
            sh.blank(r.choice((0, 1)))
        s.put_body(sh, it, s.paras(3, 7), fmt)
        if it.unit:
            sh.blank()
            it.end_line = sh.add(f"（作者单位：{it.unit}）")
        if after and (it.title or byline):
            sh.blank()
            head(sh)
            it.end_line = sh.n
        sh.blank(r.choice((0, 1)))
        items.append(it)
    return {"kind": "magazine", "publication": None, "date": None,
            "notes": f"party-school journal layout; titles {'after' if after else 'before'} bodies; wrap {width}",
            "items": items}


def lay_province(s: Setter, sh: Sheet) -> dict:
    """Provincial magazine: a blank line after every line, 【section】 labels (sometimes
    doubled), ● bylines, speeches with a date line, titled briefs, page marks YYYY·MM, title
    blocks floating inside the body, a vertical title, （执笔：…）."""
    r, items = s.rng, []
    year, month = r.randint(2014, 2023), r.randint(1, 12)
    mark = f"{year}·{month:02d}"
    fmt = Fmt(width=r.randint(18, 21), every_blank=True, run_every=r.randint(26, 40))
    fmt.run_head = lambda sh: (sh.add(mark), sh.blank())
    sh.blank(3)

    def label(sec: str, first: bool) -> None:
        text = f"【{sec}】"
        if first and r.random() < 0.4:
            text = f"【【{sec}{sec}】】"
        sh.add(text)
        sh.blank()
    # 卷首语
    sec = "卷首语"
    label(sec, True)
    it = Item(title=s.title(), authors=["本刊评论员"], section=sec)
    it.title_line = sh.add(it.title)
    sh.add("● 本刊评论员" + ("本刊评论员" if r.random() < 0.3 else ""))
    sh.blank()
    s.put_body(sh, it, s.paras(3, 5), fmt)
    if r.random() < 0.6:
        it.writer = s.name()
        it.end_line = sh.add(f"（执笔：{it.writer}）")
        sh.blank()
    items.append(it)
    # briefs
    sec = "要闻要论"
    label(sec, False)
    for _ in range(r.randint(3, 6)):
        it = Item(section=sec, kind="brief")
        t = s.title() + r.choice(["", "", " " + s.short_title()])
        it.title = t
        parts = [t] if len(t) < 16 or r.random() < 0.4 else [t[:len(t) // 2], t[len(t) // 2:]]
        for p in parts:
            n = sh.add(p)
            it.title_line = it.title_line or n
            sh.blank()
        s.put_body(sh, it, s.paras(1, 2, 2, 3), fmt)
        items.append(it)
    # signed articles and speeches, title block floating inside the first page sometimes
    for j in range(r.randint(3, 5)):
        sec = r.choice(SECTIONS)
        label(sec, False)
        it = Item(section=sec)
        speech = j == 0 and r.random() < 0.6
        name = s.name()
        it.authors = [name]
        if speech:
            it.title = f"在{s.place()}{r.choice(OBJECTS)}工作推进会上的讲话"
        else:
            it.title = s.title()
        if r.random() < 0.5:
            it.unit = s.post()
            byline = f"● {it.unit} {spaced_name(r, name)}"
        else:
            byline = f"● {spaced_name(r, name)}"
        vertical = not speech and r.random() < 0.12

        def block(sh: Sheet, it=it, byline=byline, speech=speech, vertical=vertical) -> None:
            if vertical:
                for ch in han(it.title):
                    n = sh.add(ch)
                    it.title_line = it.title_line or n
                sh.add("●")
                sh.add(it.authors[0])
            else:
                it.title_line = sh.add(s.double(it.title) if r.random() < 0.15 else it.title)
                sh.blank()
                sh.add(byline)
            sh.blank()
            if speech:
                sh.add(f"（{year}年{month}月{r.randint(1, 28)}日）")
                sh.blank()
        paras = s.paras(4, 8)
        place = r.choice(["float", "before", "before", "after"]) if not speech else r.choice(["float", "before"])
        if place == "after":  # （作者单位：…） then the title block
            it.unit = s.unit() if r.random() < 0.6 else f"{s.unit()}；{s.unit()}"
            byline = f"● {spaced_name(r, name)}"
        if place == "float":
            s.put_body(sh, it, paras, fmt, inserts={r.randint(4, 10): block})
            it.notes = f"title block floats inside the body at line {it.title_line}"
        elif place == "before":
            block(sh)
            s.put_body(sh, it, paras, fmt)
        else:
            s.put_body(sh, it, paras, fmt)
            sh.add(f"（作者单位：{it.unit}）")
            sh.blank()
            block(sh, byline=byline)
            it.end_line = sh.n - 1
            it.notes = "title block printed after the unit line"
        if r.random() < 0.3:
            it.writer = s.name()
            it.end_line = sh.add(f"（执笔：{it.writer}）")
            sh.blank()
        items.append(it)
    return {"kind": "magazine", "publication": None, "date": f"{year}-{month:02d}",
            "notes": f"provincial magazine layout; page mark {mark}", "items": items}


def lay_page(s: Setter, sh: Sheet) -> dict:
    """Newspaper page: section kicker, headline, 本报记者 byline, one paragraph a line with
    blank lines, ——subheads, photo captions with 摄 credits, 版式设计, a commentary with a bare
    author line."""
    r, items = s.rng, []
    sh.blank(2)
    banner = None
    if r.random() < 0.5:  # banner + deck + byline at the page top are the lead's headline;
        # its body follows the smaller stories, under a kicker of its own
        banner = Item(title=s.short_title(), subtitle=s.title(), authors=[s.name()], role="本报记者")
        banner.title_line = sh.add(banner.title)
        sh.blank()
        sh.add(banner.subtitle)
        sh.blank()
        sh.add(f"本报记者 {banner.authors[0]}")
        sh.blank(3)
        banner.notes = "banner, deck and byline at the page top head a body printed further down"
    n_stories = r.randint(3, 5)
    for j in range(n_stories):
        if banner and j == min(2, n_stories - 1):
            banner.section = f"奋进新征程 {r.choice(VERBS)}新时代·{r.choice(GOALS)}"
            sh.add(banner.section)
            sh.blank()
            s.put_body(sh, banner, s.paras(5, 8, 1, 3), Fmt(para_blank=True))
            sh.blank()
            items.append(banner)
        it = Item()
        commentary = j == 0 or r.random() < 0.2
        lead = j == 1 and not banner and r.random() < 0.6  # banner + deck over the lead, byline under them
        it.section = r.choice(["潮头观澜", "新时代新作为", "基层党建创新", "一线观察"])
        if lead:
            it.section = f"奋进新征程 {r.choice(VERBS)}新时代·{r.choice(GOALS)}"
        sh.add(it.section)
        sh.blank()
        it.title = s.title()
        it.title_line = sh.add(it.title)
        sh.blank()
        if lead:
            it.subtitle = s.short_title()
            sh.add(it.subtitle)
            sh.blank()
        name = s.name()
        it.authors = [name]
        if commentary:
            sh.add(name)
        else:
            it.role = "本报记者"
            sh.add(f"本报记者 {name}" + ("  " + s.name() if r.random() < 0.2 else ""))
            if sh.lines[-1].count(" ") > 1:
                it.authors.append(sh.lines[-1].split()[-1])
        sh.blank()
        paras = s.paras(4, 8, 1, 3)
        if r.random() < 0.4:  # ——subheads inside a longer story
            paras.insert(2, "——" + s.short_title())
        shown = paras
        if lead and r.random() < 0.6:  # the lede printed last (column order lost)
            shown = paras[1:] + paras[:1]
            it.notes = "lede printed after the rest of the body; body_head from the lede"
        if r.random() < 0.3:  # a blank line in the middle of a sentence
            k = r.randrange(1, len(shown) - 1)
            cut = len(shown[k]) // 2
            shown = shown[:k] + [shown[k][:cut], shown[k][cut:]] + shown[k + 1:]
        s.put_body(sh, it, shown, Fmt(para_blank=True))
        it.body = paras
        sh.blank()
        items.append(it)
        if r.random() < 0.5:
            sh.add(f"图{'①②③'[j % 3]}：{s.place()}党员志愿者在社区开展服务。")
            sh.blank()
            sh.add(f"{s.name()}摄")
            sh.blank()
    sh.add(f"版式设计：{s.name()}")
    return {"kind": "newspaper", "publication": None, "date": None,
            "notes": "newspaper page layout; captions and 版式设计 are not items", "items": items}


def lay_city(s: Setter, sh: Sheet) -> dict:
    """City magazine: letter-spaced section labels, title + name + body + （作者：…） end lines,
    series running heads inside bodies, untitled dated briefs with spaces around digits and
    letter-spaced place labels floating between them, sometimes a fragment at the file start."""
    r, items = s.rng, []
    series = s.short_title()
    fmt = Fmt(width=r.randint(17, 20), para_blank=r.random() < 0.5, run_every=r.randint(25, 40))
    fmt.run_head = lambda sh: sh.add(series)
    if r.random() < 0.5:
        it = Item(kind="fragment")
        s.put_body(sh, it, s.paras(1, 2), Fmt(width=fmt.width, para_blank=False))
        sh.blank()
        items.append(it)
    sec = "卷首语"
    sh.add(spaced(sec))
    sh.blank()
    for j in range(r.randint(4, 6)):
        it = Item(section=sec)
        it.title = s.title()
        name = s.name()
        it.authors = [name]
        after = r.random() < 0.25
        if not after:
            it.title_line = sh.add(it.title)
            sh.add(spaced_name(r, name))
            sh.blank()
        s.put_body(sh, it, s.paras(3, 7), fmt)
        if r.random() < 0.7:
            it.unit = s.post()
            it.end_line = sh.add(f"（作者：{it.unit}）")
        if after:
            sh.blank()
            it.title_line = sh.add(it.title)
            it.end_line = sh.add(spaced_name(r, name))
        sh.blank()
        items.append(it)
        sec = r.choice(SECTIONS)
        if r.random() < 0.5:
            sh.add(spaced(sec))
            sh.blank()
        else:
            sec = it.section
    sec = "组织工作动态"
    sh.add(" " + spaced(sec))
    sh.blank()
    for _ in range(r.randint(4, 8)):
        it = Item(section=sec, kind="brief")
        m, d = r.randint(1, 12), r.randint(1, 28)
        paras = s.paras(1, 2, 2, 3)
        paras[0] = f"{m} 月 {d} 日，{s.unit()}" + paras[0]
        s.put_body(sh, it, paras, Fmt(width=fmt.width, para_blank=False))
        sh.blank()
        if r.random() < 0.3:
            p = r.choice(PLACES)
            sh.add(f"{p[0]} {p[1]}{r.choice(COUNTY)}")
            sh.blank()
        items.append(it)
    return {"kind": "magazine", "publication": None, "date": None,
            "notes": f"city magazine layout; series running head {series!r}", "items": items}


def lay_web(s: Setter, sh: Sheet) -> dict:
    """Web page: site chrome, title bar, timestamp, the title again, 来源, NBSP lines, pull
    quotes that repeat body sentences, half-width punctuation, the author inline at the end."""
    r = s.rng
    site = r.choice(SITES)
    day = dt.date(r.randint(2016, 2023), r.randint(1, 12), r.randint(1, 28))
    it = Item(title=s.title())
    sh.add("无障碍浏览")
    sh.add(f"欢迎访问{site}")
    sh.blank()
    it.title_line = sh.add(it.title)
    sh.blank()
    sh.add("【字体: 打印")
    sh.add(f"{day.isoformat()} 00:00:00")
    sh.blank()
    sh.add("\u00a0")
    sh.blank()
    sh.add(it.title)
    sh.blank()
    sh.add(f"来源:{r.choice(SITES)}\u00a0\u00a0\u00a0 {day.year}年{day.month}月{day.day}日")
    sh.blank()
    paras = [p.translate(str.maketrans("，：；（）", ",:;()")) for p in s.paras(5, 9)]
    for q in r.sample(paras[1:-1], 2):  # pull quotes: a body sentence without its stop
        sh.add(q.split("。")[0])
        sh.blank()
    name = s.name()
    it.authors = [name]
    it.unit = s.post()
    tail = r.choice([f"(作者{name}{it.unit})", f"(作者系{it.unit})", f"(撰稿人{name})"])
    if tail.startswith("(撰稿人"):
        it.unit = None
    if tail.startswith("(作者系"):
        sh.add(f"作者:{name}")
        sh.blank()
    s.put_body(sh, it, paras, Fmt(para_blank=True))
    sh.lines[-1] += tail
    sh.blank()
    sh.add("\u00a0")
    sh.blank()
    sh.add("扫一扫在手机打开当前页")
    sh.blank()
    sh.add("首页|走进工委|工作动态|组织建设|宣传教育|党纪党风|机关工会")
    return {"kind": "webpage", "publication": site, "date": day.isoformat(),
            "notes": "web page layout; two pull quotes repeat body sentences", "items": [it]}


# ============================================================== five never-seen kinds

def lay_cnki(s: Setter, sh: Sheet) -> dict:
    """CNKI-style academic journal: running heads, — N — page marks with form feeds, 文章编号,
    title, superscript-marked authors + numbered affiliations, 摘要/关键词/中图分类号/文献标识码/
    DOI, headings 一、（一）1., 参考文献, English title/abstract/keywords, 基金项目/作者简介/收稿日期
    as a first-page footnote."""
    r, items = s.rng, []
    journal = r.choice(JOURNALS)
    year, no, vol = r.randint(2018, 2024), r.randint(1, 6), r.randint(20, 45)
    month = no * 2
    page = [r.randint(10, 80)]
    sup = r.choice(["digit", "super"])

    def run_head(sh: Sheet) -> None:
        page[0] += 1
        sh.add("\f" + r.choice([f"— {page[0]} —", f"- {page[0]} -"]))
        if page[0] % 2:
            sh.add(f"{journal}    {year}年第{no}期")
        else:
            sh.add(f"第{vol}卷第{no}期    {journal}    Vol.{vol} No.{no}")
    fmt = Fmt(width=r.randint(24, 34), para_blank=False, run_every=r.randint(28, 45), run_head=run_head)
    sh.add(f"第{vol}卷第{no}期{' ' * 8}{journal}{' ' * 8}Vol.{vol} No.{no}")
    sh.add(f"{year}年{month}月")
    for _ in range(r.randint(3, 5)):
        it = Item()
        if r.random() < 0.5:
            it.section = r.choice(SECTIONS)
            sh.add(f"【{it.section}】" if r.random() < 0.5 else it.section)
        sh.add(f"文章编号：1008-{r.randint(1000, 9999)}（{year}）0{no}-00{r.randint(10, 99)}-0{r.randint(5, 9)}")
        it.title = s.title()
        if r.random() < 0.3:
            it.subtitle = f"——以{s.place()}为例"
        it.title_line = sh.add(it.title)
        if it.subtitle:
            sh.add(it.subtitle)
        n_auth = r.choice((1, 2, 2, 3))
        it.authors = [s.name() for _ in range(n_auth)]
        affs = []
        for _ in range(r.randint(1, min(2, n_auth))):
            a = f"{r.choice(UNIVERSITIES)} {r.choice(SCHOOLS)}"
            if a not in affs:
                affs.append(a)
        marks = "⁰¹²³" if sup == "super" else "0123"
        owner = [min(i, len(affs) - 1) + 1 for i in range(n_auth)]
        if len(affs) == 1:
            sh.add("，".join(spaced_name(r, a) for a in it.authors))
        else:
            sh.add("，".join(f"{a}{marks[k]}" for a, k in zip(it.authors, owner)))
        city = [r.choice(CITIES) for _ in affs]
        if len(affs) == 1:
            sh.add(f"（{affs[0]}，{city[0][0]} {city[0][1]}）")
        else:
            sh.add("（" + "；".join(f"{k}. {a}，{c} {p}" for k, (a, (c, p)) in enumerate(zip(affs, city), 1)) + "）")
        it.unit = "；".join(a.replace(" ", "") for a in affs)
        abstract = "".join(s.sentence() for _ in range(3))
        kw = r.sample(OBJECTS, 4)
        for line in s.wrap("摘　要：" + abstract, fmt.width):
            sh.add(line)
        sh.add("关键词：" + "；".join(kw))
        sh.add(f"中图分类号：D26{r.randint(0, 9)}    文献标识码：A")
        if r.random() < 0.6:
            sh.add(f"DOI:10.{r.randint(13000, 16999)}/j.cnki.{r.choice(['dxxb', 'djll', 'xzxy'])}.{year}.0{no}.0{r.randint(10, 99)}")
        fund = f"基金项目：国家社会科学基金项目“{s.short_title()}研究”（{year - 2}BDJ0{r.randint(10, 99)}）"
        bio = "作者简介：" + "；".join(f"{a}，{r.choice(UNIVERSITIES)}{r.choice(['教授', '副教授', '讲师', '博士研究生'])}" for a in it.authors) + "。"
        recv = f"收稿日期：{year - 1}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"

        def footnote(sh: Sheet, fund=fund, bio=bio, recv=recv) -> None:
            sh.add(recv)
            sh.add(fund)
            sh.add(bio)
            run_head(sh)
        paras = []
        for h in range(r.randint(2, 3)):
            paras.append("一二三"[h] + "、" + s.short_title())
            for k in range(r.randint(1, 2)):
                if r.random() < 0.5:
                    paras.append("（" + "一二"[k] + "）" + r.choice(VERBS) + r.choice(OBJECTS))
                paras.extend(s.paras(1, 2))
        s.put_body(sh, it, paras, fmt, inserts={r.randint(6, 14): footnote})
        sh.add("参考文献：")
        for k in range(1, r.randint(3, 6)):
            sh.add(f"[{k}] {s.name()}.{s.short_title()}研究[J].{r.choice(JOURNALS)}，{year - r.randint(1, 5)}（{r.randint(1, 6)}）：{r.randint(1, 99)}-{r.randint(100, 120)}.")
        sh.add(" ".join(w.capitalize() for w in r.sample(EN_WORDS, 6)))
        sh.add("Abstract: " + " ".join(r.choice(EN_WORDS) for _ in range(40)) + ".")
        it.end_line = sh.add("Key words: " + "; ".join(r.sample(EN_WORDS, 4)))
        it.notes = "journal apparatus (摘要, 关键词, 分类号, DOI, 参考文献, English abstract, footnote) is not body"
        run_head(sh)
        items.append(it)
    return {"kind": "magazine", "publication": journal, "date": f"{year}-{month:02d}",
            "notes": "CNKI-style academic journal; running heads with journal, year, issue; form feeds", "items": items}


def lay_daily(s: Setter, sh: Sheet) -> dict:
    """Daily newspaper: page heads with date, weekday, page and page name; several stories a
    page; 本报讯（记者 …）leads, closing credits, 本报评论员, 资料图片 captions, 责任编辑, ■ briefs
    and a story that jumps to a later page (下转/上接)."""
    r, items = s.rng, []
    paper = r.choice(PAPERS)
    day = dt.date(r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28))
    pages = sorted(r.sample(range(1, 9), 2))
    jump, jump_credit = None, False

    def page_head(p: int) -> str:
        name = r.choice(["要闻", "理论", "党建", "综合"])
        sh.add(f"{day.year}年{day.month}月{day.day}日 星期{WEEK[day.weekday()]} 第{p}版 {name}")
        if r.random() < 0.5:
            sh.add(paper)
        sh.blank()
        return name
    for pi, p in enumerate(pages):
        # no story here prints a column of its own: the page's name is its column (the
        # convention of bench/wild and bench/wildtune, written by other hands)
        name = page_head(p)
        first = len(items)  # (a story jumping here was given its first page's name)
        if pi == 1 and jump:
            it, rest = jump
            sh.add(it.title)
            sh.add(f"（上接第{pages[0]}版）")
            item_end = Item()
            s.put_body(sh, item_end, rest, Fmt(para_blank=False, indent="　　"))
            it.body = it.body + rest
            it.end_line = item_end.end_line
            if jump_credit:
                it.end_line = sh.add(f"（记者 {it.authors[0]} 通讯员 {it.authors[1]}）")
            sh.blank()
        for j in range(r.randint(2, 4)):
            it = Item(title=s.title())
            if r.random() < 0.3:
                it.subtitle = s.short_title()
            it.title_line = sh.add(it.title)
            if it.subtitle:
                sh.add(it.subtitle)
            form = r.choice(["xun", "xun", "byline", "credit", "comment"])
            paras = s.paras(3, 6, 1, 3)
            lead = ""
            fmt = Fmt(para_blank=r.random() < 0.3, indent="　　")
            if form == "xun":
                a = [s.name()] + ([s.name()] if r.random() < 0.5 else [])
                it.authors = a
                lead = f"本报讯（记者 {a[0]}" + (f" 通讯员 {a[1]}" if len(a) > 1 else "") + "）"
            elif form == "byline":
                it.authors, it.role = [s.name()], "本报记者"
                sh.add(f"本报记者  {it.authors[0]}")
            elif form == "comment":
                it.authors = ["本报评论员"]
                sh.add("本报评论员")
            if form == "credit":
                it.authors = [s.name(), s.name()]
            if pi == 0 and j == 0 and jump is None and len(paras) > 3:
                s.put_body(sh, it, paras[:3], fmt, lead=lead)
                sh.add(f"（下转第{pages[1]}版）")
                jump, jump_credit = (it, paras[3:]), form == "credit"
                it.notes = f"continued on page {pages[1]} (上接 at a later line)"
            else:
                s.put_body(sh, it, paras, fmt, lead=lead)
                if form == "credit":
                    it.end_line = sh.add(f"（记者 {it.authors[0]} 通讯员 {it.authors[1]}）")
            sh.blank()
            items.append(it)
            if r.random() < 0.3:
                sh.add(f"图为{s.place()}党员干部走访群众。  资料图片")
                sh.blank()
        for _ in range(r.randint(1, 3)):
            it = Item(kind="brief")
            body = s.paras(1, 1, 1, 2)
            body[0] = f"■ {s.place()}" + body[0]
            s.put_body(sh, it, body, Fmt(para_blank=False))
            items.append(it)
        for it in items[first:]:
            it.section = name
        sh.blank()
        sh.add(f"责任编辑：{s.name()}  版式设计：{s.name()}")
        sh.blank()
    return {"kind": "newspaper", "publication": paper, "date": day.isoformat(),
            "notes": "daily newspaper pages; page heads, 责任编辑 lines and 资料图片 captions are not items", "items": items}


def lay_wechat(s: Setter, sh: Sheet) -> dict:
    """WeChat push saved as text: 点击蓝字关注我们, 原创 line, 作者/来源/编辑/审核 lines, 图片
    placeholders, · END ·, 往期推荐, 阅读原文, 分享 收藏 点赞 在看; sometimes two pieces."""
    r, items = s.rng, []
    acct = r.choice(ACCOUNTS)
    day = dt.date(r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28))
    sh.add("点击蓝字关注我们" if r.random() < 0.7 else "点击上方蓝字 关注我们")
    sh.blank()
    for j in range(1 if r.random() < 0.5 else 2):
        it = Item(title=s.title())
        it.title_line = sh.add(it.title)
        if j == 0:
            sh.add(f"{'原创 ' if r.random() < 0.5 else ''}{acct} {day.isoformat()} {r.randint(7, 21):02d}:{r.randint(0, 59):02d}")
        sh.blank()
        author = s.name()
        it.authors = [author]
        top = r.random() < 0.5
        if top:
            sh.add(f"作者：{author}")
            sh.add(f"来源：{s.unit()}")
            sh.blank()
        paras = s.paras(4, 8, 1, 3)
        fmt = Fmt(para_blank=r.random() < 0.6)
        s.put_body(sh, it, paras, fmt, inserts={3: lambda sh: (sh.add("图片"), sh.blank())} if r.random() < 0.5 else None)
        sh.blank()
        if not top:
            sh.add(f"作者：{author}" if r.random() < 0.6 else f"文字：{author}")
            sh.add(f"来源：{s.unit()}")
        sh.add(f"编辑：{s.name()}")
        if r.random() < 0.6:
            sh.add(f"审核：{s.name()}")
        if r.random() < 0.3:
            sh.add(f"责编：{s.name()}")
        sh.blank()
        items.append(it)
    sh.add(r.choice(["· END ·", "- END -", "END"]))
    sh.blank()
    sh.add("往期推荐")
    for _ in range(r.randint(3, 4)):
        sh.add(s.title())
    sh.blank()
    sh.add("阅读原文")
    sh.add("分享 收藏 点赞 在看" if r.random() < 0.6 else "分享  收藏  点赞  在看")
    return {"kind": "webpage", "publication": acct, "date": day.isoformat(),
            "notes": "WeChat push; editors are not authors; 往期推荐 titles are not items", "items": items}


def lay_citymag(s: Setter, sh: Sheet) -> dict:
    """City Party-building magazine: a 目录 block with page numbers, a 专题 banner with
    【编者按】 and short 文/某某 pieces, an interview (主持人：/某某：), a 本刊记者 report with
    photo captions inside the body."""
    r, items = s.rng, []
    mag = r.choice(MAGS)
    year, month = r.randint(2018, 2024), r.randint(1, 12)
    plan, titles = [], []
    topic = s.short_title()
    n_pieces = r.randint(3, 4)
    for _ in range(n_pieces):
        titles.append(s.title())
    interview_t, report_t = s.title(), s.title()
    others = [s.title() for _ in range(r.randint(1, 2))]
    sh.add(f"{mag}  {year}年第{month}期")
    sh.blank()
    sh.add("目 录" if r.random() < 0.5 else "目录")
    pg = 2
    for t in [f"专题：{topic}"] + titles + [interview_t, report_t] + others:
        sh.add(f"{t}{r.choice(['……', ' ', '　'])}{pg}")
        pg += r.randint(2, 5)
    sh.blank()
    sec = "专题"
    sh.add(f"专题：{topic}")
    sh.blank()
    note = Item(title=topic, section=sec, kind="editor_note")
    note.title_line = sh.n - 1
    sh.add("【编者按】")
    s.put_body(sh, note, s.paras(1, 1, 2, 3), Fmt())
    sh.blank()
    items.append(note)
    for t in titles:
        it = Item(title=t, section=sec, authors=[s.name()])
        it.title_line = sh.add(t)
        sh.add(f"文/{it.authors[0]}" if r.random() < 0.7 else f"文 / {it.authors[0]}")
        sh.blank()
        s.put_body(sh, it, s.paras(2, 3, 1, 3), Fmt(para_blank=r.random() < 0.5))
        if r.random() < 0.4:
            it.unit = s.post()
            it.end_line = sh.add(f"（作者系{it.unit}）")
        sh.blank()
        items.append(it)
    sec = "访谈"
    sh.add(spaced(sec))
    sh.blank()
    it = Item(title=interview_t, section=sec, role="本刊记者", authors=[s.name()])
    it.title_line = sh.add(interview_t)
    sh.add(f"本刊记者 {it.authors[0]}")
    sh.blank()
    guests = [s.name() for _ in range(2)]
    paras = [s.sentence()]
    for k in range(r.randint(2, 4)):
        paras.append("主持人：" + s.sentence())
        paras.append(f"{guests[k % 2]}：" + s.sentence() + s.sentence())
    s.put_body(sh, it, paras, Fmt(para_blank=r.random() < 0.5))
    sh.blank()
    items.append(it)
    sec = r.choice(SECTIONS)
    sh.add(sec)
    sh.blank()
    it = Item(title=report_t, section=sec, role="本刊记者", authors=[s.name()])
    it.title_line = sh.add(report_t)
    sh.add(f"□ 本刊记者 {it.authors[0]}" if r.random() < 0.5 else f"本刊记者  {it.authors[0]}")
    sh.blank()
    cap = lambda sh: (sh.add(f"▲{s.place()}组织党员开展志愿服务。（{s.name()} 摄）"), sh.blank())  # noqa: E731
    s.put_body(sh, it, s.paras(4, 7), Fmt(para_blank=True), inserts={r.randint(2, 4): cap})
    sh.blank()
    items.append(it)
    for t in others:
        it = Item(title=t, section=sec, authors=[s.name()])
        it.title_line = sh.add(t)
        sh.add(f"文/{it.authors[0]}")
        sh.blank()
        s.put_body(sh, it, s.paras(3, 5), Fmt(para_blank=True))
        sh.blank()
        items.append(it)
    return {"kind": "magazine", "publication": mag, "date": f"{year}-{month:02d}",
            "notes": "city Party-building magazine; 目录 block and photo captions are not items", "items": items}


def lay_orgsite(s: Setter, sh: Sheet) -> dict:
    """Organisation-department / university site: a list page, then detail pages with
    breadcrumbs, 【专栏】 tags, 发布时间/来源/浏览次数, 信息公开 blocks, 本网讯（通讯员 …）,
    （供稿：…）, 打印本页 / 关闭窗口, 上一篇 / 下一篇."""
    r, items = s.rng, []
    site = r.choice(SITES)
    day = dt.date(r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28))
    n = r.randint(3, 5)
    titles = [s.title() for _ in range(n)]
    tags = [r.choice([None, None, "基层党建", "组工动态", "学习贯彻"]) for _ in range(n)]
    sh.add(f"{site}")
    sh.add("首页 | 机构设置 | 工作动态 | 信息公开 | 党员教育")
    sh.blank()
    sh.add("工作动态")
    for t in titles + [s.title()]:
        sh.add(f"· {t}    {day.isoformat()}")
    sh.add(f"共{n + 1}条  首页 上一页 1 下一页 尾页")
    sh.blank()
    for k, (t, tag) in enumerate(zip(titles, tags)):
        it = Item(title=t, section=tag or "工作动态")  # the 【专栏】 tag, else the breadcrumb's column
        sh.add("当前位置：首页 > 工作动态")
        sh.blank()
        it.title_line = sh.add(f"【{tag}】{t}" if tag else t)
        src = r.choice([site, s.unit()])
        sh.add(f"发布时间：{day.isoformat()}  来源：{src}  浏览次数：{r.randint(30, 3000)}")
        if r.random() < 0.4:
            sh.add(f"索引号：{r.randint(100000, 999999)}/{day.year}-{r.randint(10, 99)}  发布机构：{site}")
            sh.add(f"生成日期：{day.isoformat()}  主题分类：组织人事")
        sh.blank()
        paras = s.paras(2, 5, 1, 3)
        form = r.choice(["xun", "supply", "plain"])
        lead = ""
        if form == "xun":
            it.authors = [s.name()]
            lead = f"本网讯（通讯员 {it.authors[0]}）"
        s.put_body(sh, it, paras, Fmt(para_blank=r.random() < 0.5, indent=r.choice(["", "　　"])), lead=lead)
        if form == "supply":
            it.unit = s.unit()
            it.end_line = sh.add(f"（供稿：{it.unit}）")
        sh.blank()
        sh.add("【打印本页】  【关闭窗口】")
        sh.add(f"上一篇：{titles[k - 1] if k else '无'}")
        sh.add(f"下一篇：{titles[k + 1] if k + 1 < n else '无'}")
        sh.blank()
        items.append(it)
    sh.add(f"版权所有：{site}  技术支持：信息中心")
    return {"kind": "webpage", "publication": site, "date": None,
            "notes": "organisation web site: list page, then detail pages", "items": items}


# ============================================================== tune-only variants
# Further shapes of four weak kinds, set only into the tune part as issues `{layout}-vNN`
# (their own seeds, so the issues above stay byte for byte what they were).

KICKERS = ["坚持党建引领", "聚焦主责主业", "激活红色引擎", "建强战斗堡垒", "服务群众零距离", "擦亮党建品牌"]
COLUMNS = ["党建聚焦", "基层一线", "组工视窗", "身边榜样", "干部风采", "民生关注"]


def put_led(s: Setter, sh: Sheet, it: Item, paras: list[str], fmt: Fmt, lead: str) -> None:
    """put_body with a lead, the body kept without it (put_body writes the lead into the list
    it is given when it sets no artefacts; the issues above keep that as they were set)."""
    s.put_body(sh, it, paras[:], fmt, lead=lead)
    it.body = paras


def kicker(r: random.Random) -> str:
    a, b = r.sample(KICKERS, 2)
    return f"{a} {b}"


def lay_citypaper(s: Setter, sh: Sheet) -> dict:
    """City newspaper (市报) pages: a page head, several stories a page under column labels
    (■ label / 【label】 / letter-spaced), headlines with an 引题 above or a ——副题 below,
    本报记者 bylines above the body, under it or as an end credit, 本报讯 leads, stories with no
    byline; bodies indented, flush one paragraph a line, hard-wrapped as a PDF's columns, or
    indented with every blank line lost (text copied from a page)."""
    r, items = s.rng, []
    paper = r.choice(PAPERS).replace("日报", r.choice(["日报", "晚报"]))
    day = dt.date(r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28))
    setting = r.choice(["indented", "flush", "wrapped", "compact"])
    wrap_indent = r.choice(["", "　　"])  # a paper indents all its paragraphs or none

    def fmt() -> Fmt:
        if setting == "indented":
            return Fmt(para_blank=r.random() < 0.5, indent="　　")
        if setting == "compact":
            return Fmt(para_blank=False, indent="　　")
        if setting == "flush":
            return Fmt(para_blank=True)
        return Fmt(width=r.randint(16, 22), indent=wrap_indent, para_blank=r.random() < 0.5)

    def gap(n: int = 1) -> None:
        if setting != "compact":
            sh.blank(n)
    for p in sorted(r.sample(range(2, 12), 2)):
        sh.add(r.choice([f"{paper}  {day.year}年{day.month}月{day.day}日  星期{WEEK[day.weekday()]}",
                         f"{p:02d}  {r.choice(['党建', '基层', '综合'])}  {day.isoformat()}"]))
        sh.add(f"责任编辑：{s.name()}  美术编辑：{s.name()}" if r.random() < 0.5 else f"第{p}版")
        gap()
        for _ in range(r.randint(3, 4)):
            it = Item(title=s.title())
            col = r.random() < 0.6
            if col:
                it.section = r.choice(COLUMNS)
                sh.add(r.choice([f"■ {it.section}", f"【{it.section}】", spaced(it.section)]))
                gap(r.choice((0, 1)))
            deck = r.choice(["kicker", "sub", "none", "none"])
            if deck == "kicker":
                it.subtitle = kicker(r)
                sh.add(it.subtitle)
            it.title_line = sh.add(it.title)
            if deck == "sub":
                it.subtitle = f"——{s.place()}{r.choice(VERBS)}{r.choice(OBJECTS)}纪实"
                sh.add(it.subtitle)
            a = [s.name()] + ([s.name()] if r.random() < 0.4 else [])
            it.authors = a
            where = r.choice(["top", "top", "box", "end", "xun", "none"])
            credit = f"本报记者 {a[0]}" + (f" 通讯员 {a[1]}" if len(a) > 1 else "")
            if where == "top":
                it.role = "本报记者"
                sh.add(credit)
            elif where == "box":
                it.role = "本报记者"
                sh.add("□ " + credit)
            elif where == "none":
                it.authors = []
            gap()
            paras = s.paras(2, 5, 1, 3)
            if where == "xun":
                put_led(s, sh, it, paras, fmt(), f"本报讯（{credit[2:]}）")
            else:
                s.put_body(sh, it, paras, fmt())
            if where == "end":
                it.end_line = sh.add(f"（{credit}）")
            gap()
            items.append(it)
            if r.random() < 0.3:
                sh.add(f"▲ {s.place()}党员志愿者走进社区。本报记者 {s.name()} 摄")
                gap()
    return {"kind": "newspaper", "publication": None, "date": day.isoformat(),
            "notes": "city newspaper pages; column labels are sections; 引题/副题 are subtitles", "items": items}


def lay_daily_briefs(s: Setter, sh: Sheet) -> dict:
    """Daily pages of another house: page heads as `A3 | 要闻 | 2024.5.8`, headlines wrapped over
    two lines, 本报讯 leads in several forms, a 简讯 column of untitled 本报讯 briefs."""
    r, items = s.rng, []
    paper = r.choice(PAPERS)
    day = dt.date(r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28))
    for p in sorted(r.sample(range(1, 9), 2)):
        sh.add(f"A{p} | {r.choice(['要闻', '党建', '综合'])} | {day.year}.{day.month}.{day.day}")
        sh.add(f"编辑 {s.name()}  校对 {s.name()}")
        sh.blank()
        for _ in range(r.randint(2, 3)):
            it = Item(title=s.title() + "\u3000" + s.short_title())
            t = it.title
            if r.random() < 0.7:
                cut = t.index("\u3000")
                it.title = t[:cut] + t[cut + 1:]
                it.title_line = sh.add(t[:cut])
                sh.add(t[cut + 1:])
            else:
                it.title = t.replace("\u3000", " ")
                it.title_line = sh.add(it.title)
            a = [s.name()] + ([s.name()] if r.random() < 0.5 else [])
            it.authors = a
            form = r.choice(["xun", "xun2", "report", "byline"])
            lead = ""
            if form == "xun":
                lead = f"本报讯 （记者 {a[0]}" + (f"  通讯员 {a[1]}" if len(a) > 1 else "") + "）"
            elif form == "xun2":
                lead = f"本报讯 记者{a[0]}" + (f" 通讯员{a[1]}" if len(a) > 1 else "") + " 报道："
            elif form == "report":
                lead = f"本报{r.choice(PLACES)}{day.month}月{day.day}日电（记者 {a[0]}" + (f" 通讯员 {a[1]}" if len(a) > 1 else "") + "）"
            else:
                it.role = "本报记者"
                it.authors = a[:1]
                sh.add(f"■本报记者 {a[0]}")
            sh.blank(r.choice((0, 1)))
            put_led(s, sh, it, s.paras(2, 4, 1, 3), Fmt(para_blank=r.random() < 0.3, indent="　　"), lead)
            sh.blank()
            items.append(it)
        sec = r.choice(["简讯", "要闻简报", "党建简讯"])
        sh.add(r.choice([sec, spaced(sec), f"【{sec}】"]))
        sh.blank()
        for _ in range(r.randint(2, 4)):
            it = Item(kind="brief", section=sec)
            body = s.paras(1, 1, 1, 2)
            lead = ""
            if r.random() < 0.5:
                it.authors = [s.name()]
                lead = f"本报讯（通讯员 {it.authors[0]}）"
            else:
                lead = "本报讯 "
            put_led(s, sh, it, body, Fmt(para_blank=False, indent="　　"), lead)
            items.append(it)
        sh.blank()
    return {"kind": "newspaper", "publication": paper, "date": day.isoformat(),
            "notes": "daily pages, two-line headlines, 本报讯 leads and a 简讯 column of untitled briefs", "items": items}


def lay_wechat_chrome(s: Setter, sh: Sheet) -> dict:
    """WeChat push saved from a browser: account line, 原标题 line, `作者 | 某某` / `来源 | …` /
    `编辑 | …` with bars, 文字/图片/排版/校对/审核 credits, 预览时标签不可点, 微信扫一扫, 阅读原文,
    赞 / 在看 / 写留言; sometimes two pieces numbered 01 / 02."""
    r, items = s.rng, []
    acct = r.choice(ACCOUNTS)
    day = dt.date(r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28))
    two = r.random() < 0.4
    head = s.title()
    if two:
        sh.add(head)
        sh.add(f"{acct}  {day.year}年{day.month}月{day.day}日 {r.randint(7, 21):02d}:{r.randint(0, 59):02d} {r.choice(PLACES)}")
        sh.blank()
    bar = r.choice(["|", "｜", "：", " / "])
    for j in range(2 if two else 1):
        it = Item(title=head if not two else s.title())
        if two:
            sh.add(f"0{j + 1}")
        it.title_line = sh.add(it.title)
        if not two:
            sh.add(f"{'原创 ' if r.random() < 0.5 else ''}{s.name() if r.random() < 0.3 else ''} {acct} {day.isoformat()}".strip())
        sh.blank()
        author = s.name()
        it.authors = [author]
        if r.random() < 0.4:
            sh.add(f"原标题：《{s.title()}》")
        top = r.random() < 0.6
        if top:
            sh.add(f"来源{bar}{s.unit()}")
            sh.add(f"作者{bar}{author}" if r.random() < 0.7 else f"文{bar}{author}")
            sh.blank()
        s.put_body(sh, it, s.paras(3, 7, 1, 3), Fmt(para_blank=r.random() < 0.7))
        sh.blank()
        if not top:
            sh.add(f"文字{bar}{author}" if r.random() < 0.5 else f"作者{bar}{author}")
            sh.add(f"图片{bar}{s.unit()}")
        for role in r.sample(["排版", "校对", "编辑", "初审", "复审", "终审"], r.randint(2, 4)):
            sh.add(f"{role}{bar}{s.name()}")
        sh.blank()
        items.append(it)
    sh.add("预览时标签不可点")
    if r.random() < 0.5:
        sh.add("长按识别二维码关注我们")
    sh.add("阅读原文")
    sh.add(r.choice(["赞 在看 写留言", "继续滑动看下一个", "轻触阅读原文"]))
    sh.add(acct)
    sh.add("向上滑动看下一个")
    return {"kind": "webpage", "publication": acct, "date": day.isoformat(),
            "notes": "WeChat push with browser chrome and credit lines with bars", "items": items}


def lay_journal_columns(s: Setter, sh: Sheet) -> dict:
    """School / province journal of another house: a banner repeated as a running head,
    column labels letter-spaced or in ◆ ◆, the title block (title, ——subtitle, 文/□ byline)
    after the unit line in some articles, 作者单位 lines without brackets."""
    r, items = s.rng, []
    banner = r.choice(["学习贯彻党的二十大精神", "深入学习贯彻习近平新时代中国特色社会主义思想", "党建引领基层治理"])
    width = r.randint(17, 24)
    fmt = Fmt(width=width, para_blank=r.random() < 0.6, indent=r.choice(["", "　　"]), run_every=r.randint(30, 45))
    fmt.run_head = lambda sh: sh.add(banner)
    sh.add(banner)
    sh.blank()
    sec = None
    for j in range(r.randint(4, 6)):
        if j == 0 or r.random() < 0.5:
            sec = r.choice(SECTIONS)
            sh.add(r.choice([spaced(sec), f"◆{sec}◆", f"◎ {sec}"]))
            sh.blank()
        it = Item(title=s.title(), section=sec)
        if r.random() < 0.3:
            it.subtitle = f"——以{s.place()}为例"
        it.authors = [s.name() for _ in range(r.choice((1, 1, 2)))]
        it.unit = s.unit()
        byline = r.choice(["□ ", "文/", "◇ "]) + " ".join(spaced_name(r, n) for n in it.authors)
        after = r.random() < 0.4

        def head(sh: Sheet, it=it, byline=byline) -> None:
            it.title_line = sh.add(it.title)
            if it.subtitle:
                sh.add(it.subtitle)
            sh.add(byline)
        if not after:
            head(sh)
            sh.blank()
        s.put_body(sh, it, s.paras(3, 6), fmt)
        unit_line = r.choice([f"（作者单位：{it.unit}）", f"作者单位：{it.unit}", f"（作者系{it.unit}干部）"])
        if "作者系" in unit_line:
            it.unit = it.unit + "干部"
        sh.blank(r.choice((0, 1)))
        it.end_line = sh.add(unit_line)
        if after:
            sh.blank()
            head(sh)
            it.end_line = sh.n
        sh.blank()
        items.append(it)
    return {"kind": "magazine", "publication": None, "date": None,
            "notes": f"journal with banner running head {banner!r}, column labels, title blocks after the unit line", "items": items}


def lay_citymag_briefs(s: Setter, sh: Sheet) -> dict:
    """City magazine of another house: column labels letter-spaced, bracketed or plain; bylines
    `文/某某`, `本刊记者 某某`, a bare name or `■ 某某` under the title, or the title block after
    the body; end lines `（作者单位：…）` / `（作者系…）`; a series running head; a news column of
    untitled briefs opening `M月D日，` / `近日，` / `日前，` with place labels (`【桐山县】`,
    `桐山县`, `◆桐山县`) between them, and titled briefs of one paragraph."""
    r, items = s.rng, []
    series = s.short_title()
    typed = r.random() < 0.4  # one paragraph a line, indented, as typed
    fmt = (Fmt(indent="　　", para_blank=r.random() < 0.5) if typed else
           Fmt(width=r.randint(17, 22), para_blank=r.random() < 0.5, run_every=r.randint(25, 40)))
    fmt.run_head = lambda sh: sh.add(series)

    def label(sec: str) -> None:
        sh.add(r.choice([spaced(sec), f"【{sec}】", sec]))
        sh.blank()
    sec = r.choice(SECTIONS)
    label(sec)
    for j in range(r.randint(3, 5)):
        it = Item(title=s.title(), section=sec)
        name = s.name()
        form = r.choice(["wen", "reporter", "bare", "mark"])
        byline = {"wen": f"文/{name}", "reporter": f"本刊记者 {name}", "bare": spaced_name(r, name),
                  "mark": f"■ {name}"}[form]
        it.authors = [name]
        if form == "reporter":
            it.role = "本刊记者"
        after = r.random() < 0.25
        if not after:
            it.title_line = sh.add(it.title)
            sh.add(byline)
            sh.blank()
        s.put_body(sh, it, s.paras(3, 6), fmt)
        if r.random() < 0.5:
            it.unit = s.unit()
            it.end_line = sh.add(r.choice([f"（作者单位：{it.unit}）", f"（作者系{it.unit}干部）"]))
            if "作者系" in sh.lines[-1]:
                it.unit += "干部"
        if after:
            sh.blank()
            it.title_line = sh.add(it.title)
            it.end_line = sh.add(byline)
        sh.blank()
        items.append(it)
        if r.random() < 0.5:
            sec = r.choice(SECTIONS)
            label(sec)
    sec = r.choice(["基层动态", "组工动态", "工作动态", "各地传真"])
    label(sec)
    for _ in range(r.randint(4, 7)):
        if r.random() < 0.35:
            p = r.choice(PLACES) + r.choice(COUNTY)
            sh.add(r.choice([f"【{p}】", p, f"◆{p}"]))
        it = Item(section=sec, kind="brief")
        paras = s.paras(1, 1, 2, 3)
        opening = r.choice([f"{r.randint(1, 12)}月{r.randint(1, 28)}日，", "近日，", "日前，"])
        if r.random() < 0.3:  # a titled brief of one paragraph
            it.title = s.short_title()
            it.title_line = sh.add(it.title)
        paras[0] = opening + s.unit() + paras[0]
        s.put_body(sh, it, paras, Fmt(width=fmt.width, indent=fmt.indent, para_blank=False))
        sh.blank()
        items.append(it)
    return {"kind": "magazine", "publication": None, "date": None,
            "notes": f"city magazine; news column of briefs with place labels; series {series!r}", "items": items}


# layout name (for the tables) → the tune-only variant set as issues `{layout}-vNN`; the city
# paper is a newspaper page, filed under `page` (`city` is the city magazine of sample 003)
VARIANTS = {"page": lay_citypaper, "city": lay_citymag_briefs, "daily": lay_daily_briefs,
            "wechat": lay_wechat_chrome, "school": lay_journal_columns}
VARIANT_ISSUES = {"page": 6, "city": 6, "daily": 4, "wechat": 4, "school": 4}


LAYOUTS = {"school": lay_school, "province": lay_province, "page": lay_page, "city": lay_city,
           "web": lay_web, "cnki": lay_cnki, "daily": lay_daily, "wechat": lay_wechat,
           "citymag": lay_citymag, "orgsite": lay_orgsite}
ENCODINGS = ["utf-8"] * 6 + ["gbk", "utf-16", "utf-8-sig"]


def encode(text: str, enc: str) -> bytes:
    if enc == "gbk":
        try:
            return text.encode("gbk")
        except UnicodeEncodeError:  # artefact glyphs and NBSP are outside GBK
            return text.encode("gb18030")
    return text.encode(enc)


def set_issue(layout: str, k: int, pool: list[str], variant: bool = False) -> tuple[str, bytes, dict]:
    """Issue k of `layout` (of its tune-only variant, stem `{layout}-vNN`, when `variant`)."""
    tag = "v" if variant else ""
    rng = random.Random(f"{SEED}-{layout}-{tag}{k}")
    s, sh = Setter(rng, pool), Sheet()
    rec = (VARIANTS if variant else LAYOUTS)[layout](s, sh)
    stem = f"{layout}-{tag}{k:02d}"
    enc = rng.choice(ENCODINGS)
    eol = "\r\n" if rng.random() < 0.25 else "\n"
    text = "\n".join(sh.lines) + "\n"
    data = encode(text.replace("\n", eol), enc)
    gold = {"source": stem + ".txt",
            "issue": {"kind": rec["kind"], "publication": rec["publication"], "date": rec["date"],
                      "date_evidence": None if rec["date"] is None else "set by the typesetter",
                      "notes": f"{rec['notes']}; layout {layout}; encoding {enc}; "
                               f"line ends {'CRLF' if eol == chr(13) + chr(10) else 'LF'}"},
            "articles": [it.gold() for it in rec["items"]]}
    return stem, data, gold


def corpus_files() -> dict[str, bytes]:
    """Every file of the corpus, path relative to corpus/ → bytes, as the typesetter sets it."""
    pool = (HERE / "sentences.txt").read_text("utf-8").split("\n")[:-1]
    out = {}
    for layout in LAYOUTS:
        for k in range(ISSUES_PER_LAYOUT):
            stem, data, gold = set_issue(layout, k, pool)
            part = "tune" if k < TUNE_PER_LAYOUT else "heldout"
            out[f"{part}/src/{stem}.txt"] = data
            out[f"{part}/gold/{stem}.yml"] = yaml.safe_dump(
                gold, allow_unicode=True, sort_keys=False, width=1000).encode("utf-8")
    for layout in VARIANTS:
        for k in range(VARIANT_ISSUES[layout]):
            stem, data, gold = set_issue(layout, k, pool, variant=True)
            out[f"tune/src/{stem}.txt"] = data
            out[f"tune/gold/{stem}.yml"] = yaml.safe_dump(
                gold, allow_unicode=True, sort_keys=False, width=1000).encode("utf-8")
    return out


def main() -> int:
    files = corpus_files()
    for part in ("tune", "heldout"):
        for sub in ("src", "gold"):
            d = CORPUS / part / sub
            d.mkdir(parents=True, exist_ok=True)
            for old in d.iterdir():
                old.unlink()
    n_items = 0
    for rel, data in files.items():
        (CORPUS / rel).write_bytes(data)
        if rel.endswith(".yml"):
            n_items += len(yaml.safe_load(data)["articles"])
    print(f"{len(files) // 2} issues, {n_items} items → {CORPUS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
