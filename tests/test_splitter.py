"""The splitter on small hand-written issues, one layout artefact each.

Bodies are wrapped the way the PDF extractions wrap them: a fixed column width, the first line of
a paragraph two characters short (the indent was lost), the last line short.
"""
from __future__ import annotations

import re

from qikan.split.ingest import split_lines
from qikan.model import IssueMeta
from qikan.split.repair import repair_lines
from qikan.split.pipeline import split_source
from qikan.split.segment import split_issue
from qikan.split.classify import classify
from qikan.split.widths import ALNUM
from qikan.text import han

HAN = re.compile(r"[\u4e00-\u9fff]")

# three topics with little shared vocabulary, so that bigram overlap can tell them apart
SCHOOL = ["党校发展之要唯在队伍唯在人才，人才队伍建设是党校事业发展的关键所在。",
          "打造新时代党校人才高地，就要牢牢把握党校姓党这一根本政治原则，培养教师队伍。",
          "培养政治合格素质优良的师资队伍是重点，党校要建立符合教学特点的教师管理体系。"]
FLOOD = ["面对重大洪涝灾害，基层党组织迅速组建抗洪突击队，群众转移安置工作有序展开。",
         "抗洪抢险期间，村里的堤坝日夜有人值守，物资调运和医疗救护保障到位及时。",
         "洪水退去以后，突击队又帮助受灾农户清淤消毒、抢种补种，恢复生产生活秩序。"]
VILLAGE = ["石马村过去垃圾成堆，道路泥泞，村集体经济薄弱，群众意见很大，发展难以起步。",
           "新班子上任后带领党员清理垃圾场，修通水泥路，建起文化广场和养殖合作社。",
           "如今石马村摘掉了软弱涣散的帽子，村民收入逐年增加，日子越过越有奔头。"]


def wrap(paras: list[str], width: int = 20) -> list[str]:
    """Hard-wrapped lines; as in print, no line starts with a comma or full stop (it stays on
    the line before, which is one character longer)."""
    lines = []
    for p in paras:
        n = width - 2
        while p:
            cut = n
            if p[n:n + 1] in ("，", "。", "、", "；", "："):
                cut = n - 1 if n == width - 2 else n + 1   # first lines pull back, others extend
            lines.append(p[:cut])
            p = p[cut:]
            n = width
    return lines


def flush(paras: list[str], width: int = 20) -> list[str]:
    """Lines as a narrow column is read from a scan or a PDF without indents: `width`
    characters each (a stop or a comma stays on the line before, as printed)."""
    lines = []
    for p in paras:
        while p:
            cut = width + (p[width:width + 1] in "，。、；：")
            lines.append(p[:cut])
            p = p[cut:]
    return lines


def split(lines: list[str]):
    kept, dropped = repair_lines(split_lines("\n".join(lines)))
    return split_issue(IssueMeta(id="t"), kept, dropped)


def body_han(art) -> str:
    return "".join(HAN.findall(art.body))


def test_paragraphs_rejoined_without_spaces():
    res = split(["学习心得", "□ 张三", ""] + wrap(SCHOOL))
    assert len(res.articles) == 1
    paras = res.articles[0].body.split("\n\n")
    assert paras == SCHOOL


def test_running_head_by_repetition_is_dropped_and_names_the_column():
    body = wrap(SCHOOL + FLOOD)
    head = "理论学习专栏"
    mid = [i for i in range(3, len(body) - 2) if not body[i - 1].endswith("。")]
    a, b = mid[2], mid[-1]      # two page breaks, each in mid-sentence
    lines = [head, "把党校办成人才高地", "□ 张三"] + body[:a] + [head] + [" " + body[a]] + body[a + 1:b] \
        + [head] + [" " + body[b]] + body[b + 1:]
    res = split(lines)
    arts = [a for a in res.articles if a.body]
    assert len(arts) == 1
    assert head not in arts[0].body
    assert arts[0].section == head
    assert "".join(HAN.findall("".join(SCHOOL + FLOOD))) in body_han(arts[0])
    assert sum(1 for d in res.dropped if d.text.strip() == head) == 3


def test_letter_spaced_column_label():
    res = split([" 高 层 动 态", "把党校办成人才高地", "□ 张三"] + wrap(SCHOOL))
    assert res.articles[0].section == "高层动态"
    assert res.articles[0].title == "把党校办成人才高地"


def test_floating_title_block_mid_word():
    body = wrap(SCHOOL)
    # the block interrupts a sentence between two page lines
    cut = next(i for i, l in enumerate(body) if "把握" in l)
    lines = body[:cut + 1] + ["构筑党校人才集聚新高地", "● 王 琼", "【理论研究】"] + [" " + body[cut + 1]] \
        + body[cut + 2:] + ["（作者单位：市委党校）"]
    res = split(lines)
    assert len(res.articles) == 1
    a = res.articles[0]
    assert a.title == "构筑党校人才集聚新高地" and a.authors == ["王琼"] and a.unit == "市委党校"
    assert a.section == "理论研究"
    assert body_han(a) == "".join(HAN.findall("".join(SCHOOL)))
    assert any(w.code == "floating-title" for w in res.warnings)


def test_title_after_body_goes_to_the_body_it_names():
    lines = (["加强党校人才队伍建设", "□ 张三", ""] + wrap(SCHOOL) + ["（作者单位：市委党校）"]
             + wrap(FLOOD) + ["（作者单位：县委组织部）", "", "抗洪突击队冲在一线", "□ 李四", ""]
             + wrap(VILLAGE) + ["（作者单位：镇党委）", "", "石马村换了新颜", "□ 王五"])
    res = split(lines)
    by_title = {a.title: a for a in res.articles}
    assert body_han(by_title["抗洪突击队冲在一线"]).startswith("面对重大洪涝灾害")
    assert by_title["抗洪突击队冲在一线"].authors == ["李四"]
    assert body_han(by_title["石马村换了新颜"]).startswith("石马村过去垃圾成堆")
    assert len(res.articles) == 3


def test_titles_printed_under_their_bodies_throughout_an_issue_stay_with_the_body_above():
    # body, title, body, title, body, title: every title is its body's above, though the words
    # of these titles are found in none of the bodies
    lines = ([""] + wrap(SCHOOL) + ["", "（作者单位：市委党校）", "", "开拓进取谱新篇", "□ 张三", ""]
             + wrap(FLOOD) + ["", "（作者单位：县委组织部）", "", "风雨同舟见真情", "□ 李四", ""]
             + wrap(VILLAGE) + ["", "（作者单位：镇党委）", "", "砥砺前行启新程", "□ 王五"])
    res = split(lines)
    assert [(a.title, a.authors, body_han(a)[:4]) for a in res.articles] == [
        ("开拓进取谱新篇", ["张三"], "党校发展"), ("风雨同舟见真情", ["李四"], "面对重大"),
        ("砥砺前行启新程", ["王五"], "石马村过")]


def test_titles_printed_over_their_bodies_stay_with_the_body_below():
    lines = (["开拓进取谱新篇", "□ 张三", ""] + wrap(SCHOOL) + ["", "（作者单位：市委党校）", "",
             "风雨同舟见真情", "□ 李四", ""] + wrap(FLOOD) + ["", "（作者单位：县委组织部）", "",
             "砥砺前行启新程", "□ 王五", ""] + wrap(VILLAGE) + ["", "（作者单位：镇党委）"])
    res = split(lines)
    assert [(a.title, body_han(a)[:4]) for a in res.articles] == [
        ("开拓进取谱新篇", "党校发展"), ("风雨同舟见真情", "面对重大"), ("砥砺前行启新程", "石马村过")]


def test_untitled_article_gets_a_derived_title_and_a_warning():
    lines = (["加强党校人才队伍建设", "□ 张三", ""] + wrap(SCHOOL) + ["（作者单位：市委党校）"]
             + wrap(VILLAGE) + ["（作者单位：镇党委）"])
    res = split(lines)
    assert len(res.articles) == 2
    second = res.articles[1]
    assert second.title and second.title.startswith("石马村过去垃圾成堆")
    assert any(w.code == "no-title" and w.line == second.lines[0][0] for w in res.warnings)


def test_a_derived_title_is_never_a_bare_date():
    from qikan.split.articles import derived_title
    # "9 月 12 日" (long with its spaces) is no title: the clause after it goes with it
    assert derived_title(["9 月 12 日，江北区委组织部举办年轻干部“菁英讲堂”，邀请优秀基层干部讲述经历。"]) \
        == "9 月 12 日，江北区委组织部举办年轻干部“菁英讲堂”"
    assert derived_title(["7 月初，全市组织系统开展“七一”走访慰问活动，为老党员送去慰问金。"]) \
        == "7 月初，全市组织系统开展“七一”走访慰问活动"


def test_dated_briefs_are_split_one_per_dateline():
    briefs = ["7 月 1 日，" + SCHOOL[0], "7 月 15 日，" + FLOOD[0], "8 月初，" + VILLAGE[0],
              "“七一”期间，" + FLOOD[1]]
    res = split([" 组 织 工 作 动 态"] + wrap(briefs))
    assert [a.kind for a in res.articles] == ["brief"] * 4
    assert all(a.section == "组织工作动态" for a in res.articles)


def test_vertical_title_with_its_byline():
    body = wrap(SCHOOL)
    cut = next(i for i in range(2, len(body)) if not body[i - 1].endswith("。"))
    lines = body[:cut] + list("我们要向福建人学习什么") + ["", "●", "鲁"] + [" " + body[cut]] + body[cut + 1:]
    res = split(lines)
    titled = [a for a in res.articles if a.title == "我们要向福建人学习什么"]
    assert len(titled) == 1 and titled[0].authors == ["鲁"]
    assert body_han(titled[0]) == "".join(HAN.findall("".join(SCHOOL)))


def test_news_headlines_with_kicker_and_dated_lede():
    lines = ["【要闻要论】", "习近平在会见基层代表时强调", "中华民族一家亲同心共筑中国梦",
             *wrap(["9月30日下午，" + VILLAGE[0], VILLAGE[1]]),
             "中共中央国务院出台方案", "为抗洪救灾作出全面部署", *wrap(["9月21日，" + FLOOD[0], FLOOD[1]])]
    res = split(lines)
    assert [(a.title, a.subtitle) for a in res.articles] == [
        ("中华民族一家亲同心共筑中国梦", "习近平在会见基层代表时强调"),
        ("中共中央国务院出台方案 为抗洪救灾作出全面部署", None)]
    assert all(a.section == "要闻要论" for a in res.articles)


def test_every_chinese_character_is_kept_somewhere():
    lines = ["2015·10", "【【卷首语卷首语】】", "把党校办成人才高地", "● 本刊评论员本刊评论员"] + wrap(SCHOOL) \
        + ["（执笔：刘国强）", "微 书 摘", VILLAGE[0], "——周国平《爱与孤独》"]
    res = split(lines)
    src = "".join(HAN.findall("".join(lines)))
    out = "".join(HAN.findall("".join(
        (a.title or "") + (a.subtitle or "") + a.body + "".join(a.authors) + (a.unit or "")
        + (a.writer or "") + (a.section or "") + (a.role or "") for a in res.articles)
        + "".join(d.text for d in res.dropped)))
    from collections import Counter
    missing = Counter(src) - Counter(out)
    assert not missing, missing
    first = res.articles[0]
    assert (first.title, first.authors, first.writer, first.section) == \
        ("把党校办成人才高地", ["本刊评论员"], "刘国强", "卷首语")
    assert res.articles[-1].kind == "filler" and res.articles[-1].authors == ["周国平"]


def test_issue_date_from_page_marks():
    res = split(["2015·10", "把党校办成人才高地", "□ 张三"] + wrap(SCHOOL) + ["2015·10"])
    assert res.issue.date == "2015-10"


def test_web_page_author_at_the_end_and_half_width_punctuation():
    lines = ["无障碍浏览", "让基层党组织力量倍增", "2018-03-12 00:00:00", "", "让基层党组织力量倍增", "",
             "党的基层组织是确保党的路线方针政策贯彻落实的基础,要以提升组织力为重点,突出政治功能。" * 3, "",
             "提升组织力的基本路径", "",
             "扩大党内民主,加大党内关怀。党员是党的细胞,也是党的主体,要积极稳妥扩大党内民主。(作者祝灵君中央党校党建部副主任)"]
    res = split(lines)
    assert len(res.articles) == 1
    a = res.articles[0]
    assert a.title == "让基层党组织力量倍增"
    assert a.authors == ["祝灵君"] and a.unit == "中央党校党建部副主任"
    assert "," not in a.body and "为重点，突出" in a.body
    assert res.issue.date == "2018-03-12"


def test_numbered_subheads_become_the_outline(split_json):
    """P15: every sample article whose body numbers its parts 一、 and 二、 has them as
    headings (## for 一、, ### for （一）), each standing alone, not glued to the paragraph
    after it, and never cut inside a word (no heading is followed by a closing mark)."""
    seen = 0
    for stem, data in split_json.items():
        for a in data["articles"]:
            paras = a["body"].split("\n\n")
            if "一、" in a["body"] and "二、" in a["body"]:
                seen += 1
                assert any(p.startswith("## ") for p in paras), (stem, a["title"])
            for k, p in enumerate(paras):
                if p.startswith("#"):
                    assert re.match(r"#{2,5} (第|[一二三四五六七八九十]+、|（|\(|\d)", p), p
                    after = paras[k + 1] if k + 1 < len(paras) else ""
                    assert after[:1] not in "”，、。）" or not after, (p, after)
    assert seen >= 10
    nxdj = next(a for a in split_json["2015-10-nxdj"]["articles"]
                if a["title"].startswith("当前农村基层党建工作"))
    assert "\n\n## 一、当前农村基层党建工作存在的突出问题\n\n近年来，" in nxdj["body"]
    assert "\n\n### （一） 选优配强村党组织带头人的难度大。\n\n" in nxdj["body"]


def test_news_headline_opening_with_its_place_and_a_colon():
    # a news column of one-line headlines, the second "place：what happened"
    lines = ["【要闻要论】", "夯实村级组织助力共同富裕", *wrap([VILLAGE[0], VILLAGE[1]]),
             "柳江：筑牢抗洪救灾防线", *wrap([FLOOD[0], FLOOD[1]])]
    res = split(lines)
    assert [a.title for a in res.articles] == ["夯实村级组织助力共同富裕", "柳江：筑牢抗洪救灾防线"]
    assert body_han(res.articles[1]) == "".join(HAN.findall(FLOOD[0] + FLOOD[1]))


def test_column_is_the_label_printed_above_on_its_page_not_the_series_running_head():
    # one long page (no page breaks until the end) with two column labels, a series title
    # printed as a running head three times, and a form feed before the last column
    head = "松原基层治理系列"
    lines = (["卷 首 语", "", "把党校办成人才高地", "张三", ""] + wrap(SCHOOL) + ["", head, ""]
             + ["人 才 工 作", "", "抗洪一线的突击队", "李四", ""] + wrap(FLOOD) + ["", head, ""]
             + ["石马村的新班子", "王五", ""] + wrap(VILLAGE) + ["", head, ""]
             + ["\f组 织 动 态", "", "石马村的新变化", "赵六", ""] + wrap(VILLAGE[::-1]))
    res = split(lines)
    assert [(a.title, a.section) for a in res.articles] == [
        ("把党校办成人才高地", "卷首语"), ("抗洪一线的突击队", "人才工作"),
        ("石马村的新班子", "人才工作"), ("石马村的新变化", "组织动态")]


def test_banner_deck_and_byline_at_the_page_top_head_the_body_printed_further_down():
    # a page's lead: headline and reporter printed at the top, its body further down under a
    # banner line, after another story
    lines = (["抗洪一线筑起堤坝", "", "本报记者 马志强", "", "", "一线观察", "",
              "把党校办成人才高地", "", "张三", ""] + wrap(SCHOOL)
             + ["", "奋进新征程 基层治理现代化", ""] + wrap(FLOOD))
    res = split(lines)
    assert [(a.title, a.authors) for a in res.articles] == [
        ("把党校办成人才高地", ["张三"]), ("抗洪一线筑起堤坝", ["马志强"])]
    assert body_han(res.articles[1]) == "".join(HAN.findall("".join(FLOOD)))
    assert any(d.text == "奋进新征程 基层治理现代化" and d.code == "column-label" for d in res.dropped)


def test_city_magazine_front_matter_feature_banner_and_letter_spaced_column():
    # masthead, a 目录 with page numbers, then the feature's banner (repeating the first
    # entry, past a blank line), its 【编者按】 on a line of its own, two signed pieces, then a
    # two-character letter-spaced column "访 谈"
    lines = (["江城党建  2021年第4期", "", "目录", "专题：抗洪一线的党旗……2", "把党校办成人才高地 7",
              "石马村的新班子……11", "", "专题：抗洪一线的党旗", "", "【编者按】"] + wrap(FLOOD[:1])
             + ["", "把党校办成人才高地", "文/张三", ""] + wrap(SCHOOL)
             + ["", "访 谈", "", "石马村的新班子", "本刊记者 李四", ""] + wrap(VILLAGE))
    res = split_source("\n".join(lines).encode(), "mag.txt", IssueMeta(id="mag"))
    assert [(a.kind, a.section) for a in res.articles] == [
        ("editor_note", "专题"), ("article", "专题"), ("article", "访谈")]
    assert [a.title for a in res.articles[1:]] == ["把党校办成人才高地", "石马村的新班子"]
    # the note keeps its marker, as a note whose marker runs into its text does
    assert body_han(res.articles[0]) == "编者按" + "".join(HAN.findall(FLOOD[0]))
    codes = {d.text: d.code for d in res.dropped}
    assert codes["江城党建  2021年第4期"] == "furniture"
    assert codes["专题：抗洪一线的党旗……2"] == "furniture"
    assert codes["专题：抗洪一线的党旗"] == "column-label"      # not a contents entry


def test_title_block_printed_after_its_body_above_the_next_columns_label():
    # a body cut by the series' running head, then its title and author, then the next
    # column's letter-spaced label and a body with its title printed above it
    head = "松原基层治理系列"
    school = wrap(SCHOOL)
    lines = (["卷 首 语", ""] + school[:3] + [head] + school[3:]
             + ["", "把党校办成人才高地", "张 三", "", "调 查 与 思 考", "", "抗洪一线的突击队", "李四", ""]
             + wrap(FLOOD) + ["", head, ""] + wrap(VILLAGE) + ["", head, ""])
    res = split(lines)
    assert [(a.title, a.authors, a.section) for a in res.articles][:2] == [
        ("把党校办成人才高地", ["张三"], "卷首语"), ("抗洪一线的突击队", ["李四"], "调查与思考")]
    assert body_han(res.articles[0]) == "".join(HAN.findall("".join(SCHOOL)))


def test_short_headline_over_a_body_whose_first_line_has_no_pause():
    # the body's first line fills the column without a comma, the next is narrower for its
    # half-width digits: a headline of one line, not two
    body = ["全会提出了十四五时期经济社会发展主要目标", "和2035年远景目标，2020年12月",
            "以来基层党组织把握大局，抓好各项工作落实", "落实工作。"]
    lines = ["【要闻要论】", "激活服务群众本领 健全政治能力", *body,
             "以党建引领保障抗洪救灾", *wrap(FLOOD)]
    res = split(lines)
    assert [a.title for a in res.articles] == ["激活服务群众本领 健全政治能力", "以党建引领保障抗洪救灾"]
    assert body_han(res.articles[0]) == "".join(HAN.findall("".join(body)))


def test_news_headline_of_two_phrases_as_wide_as_the_column():
    lines = ["【要闻要论】", "石马村的新班子", *wrap([VILLAGE[0], VILLAGE[1]]),
             "柳江：筑牢抗洪防线 永和深化网格化管理",
             # a lede whose first line fills the column (its indent not lost)
             "面对重大洪涝灾害，柳江县基层党组织迅速组", "建抗洪突击队，群众转移安置工作有序展开。",
             *wrap([FLOOD[1]])]
    res = split(lines)
    assert [a.title for a in res.articles] == ["石马村的新班子", "柳江：筑牢抗洪防线 永和深化网格化管理"]


def test_daily_page_short_marked_brief_is_a_brief_of_its_own():
    # a daily's page: indented paragraphs, a commentary, then two ■ briefs, the first one short
    page = ["2024年5月8日 星期三 第5版 理论", "", "石马村的新班子", "本报评论员",
            "　　" + VILLAGE[0] + VILLAGE[1], "　　" + VILLAGE[2] + SCHOOL[0], "",
            "■ 桐山县委强调，“从严治党重在从严管理干部”。",
            "■ 江城区就业援助员通过上门、电话联系等方式随时了解就业困难人员的需求，帮助他们找到工作。",
            "", "责任编辑：刘杰  版式设计：范凯", "　　本报讯（记者 夏琳）" + FLOOD[0] + FLOOD[1]]
    res = split_source("\n".join(page).encode(), "daily.txt", IssueMeta(id="d"))
    assert [(a.kind, a.title) for a in res.articles][:3] == [
        ("article", "石马村的新班子"), ("brief", None), ("brief", None)]
    assert body_han(res.articles[0]) == "".join(HAN.findall("".join(VILLAGE) + SCHOOL[0]))
    assert body_han(res.articles[1]) == "桐山县委强调从严治党重在从严管理干部"


def test_one_bare_word_over_a_longer_title_is_its_column_in_an_issue_with_labels():
    lines = (["【卷首语】", "把党校办成人才高地", "□ 张三"] + wrap(SCHOOL)
             + ["", "工作研究", "抗洪一线突击队的实践与思考", "本刊记者 李四", ""] + wrap(FLOOD)
             + ["", "深刻理解 准确把握", "石马村新班子带领群众脱贫致富", "本刊记者 王五", ""] + wrap(VILLAGE))
    res = split(lines)
    assert [(a.title, a.section) for a in res.articles] == [
        ("把党校办成人才高地", "卷首语"), ("抗洪一线突击队的实践与思考", "工作研究"),
        # two phrases side by side are the first half of a headline, not a column
        ("深刻理解 准确把握 石马村新班子带领群众脱贫致富", "工作研究")]


def test_second_piece_of_a_push_starts_after_the_first_ones_editors():
    push = ["点击蓝字关注我们", "", "把党校办成人才高地", "白河组织工作 2023-07-12 19:11", "",
            "作者：张三", "", *SCHOOL, "", "编辑：丁志", "审核：莫宁", "",
            "抗洪一线的突击队", "", *FLOOD, "", "作者：李四", "编辑：付海", "",
            "- END -", "", "阅读原文", "分享  收藏  点赞  在看"]
    res = split_source("\n".join(push).encode(), "push.txt", IssueMeta(id="p"))
    assert [(a.title, a.authors) for a in res.articles] == [
        ("把党校办成人才高地", ["张三"]), ("抗洪一线的突击队", ["李四"])]
    assert body_han(res.articles[1]) == "".join(HAN.findall("".join(FLOOD)))


def test_a_sentence_ending_on_a_short_line_under_a_running_head_is_no_headline():
    # the series' running head falls inside a body, over a sentence whose last line is short
    head = "松原基层治理系列"
    school = wrap(SCHOOL)
    lines = (["把党校办成人才高地", "张三", ""] + school[:4]
             + ["自我革命的推动主体是各级党组织。师资、", head,
                "经费等培训资源越往上越集中，越往下", "越捉襟见肘。"] + school[4:]
             + ["", head, "", "抗洪一线的突击队", "李四", ""] + wrap(FLOOD) + ["", head])
    res = split(lines)
    assert [a.title for a in res.articles] == ["把党校办成人才高地", "抗洪一线的突击队"]
    assert "越捉襟见肘" in body_han(res.articles[0])


def test_daily_page_extracted_without_indents_one_paragraph_a_line():
    page = ["2024年5月8日 星期三 第5版 理论", "青阳日报", "", "石马村的新班子", "本报评论员",
            VILLAGE[0] + VILLAGE[1], VILLAGE[2] + SCHOOL[0], "",
            "抗洪一线筑起堤坝", "完善应急机制助力防汛救灾", "本报讯（记者 夏琳）" + FLOOD[0] + FLOOD[1], FLOOD[2] + SCHOOL[1],
            "（记者 夏琳 通讯员 金海）", "",
            "■ 桐山县委强调，“从严治党重在从严管理干部”。", "", "责任编辑：刘杰  版式设计：范凯"]
    res = split_source("\n".join(page).encode(), "daily.txt", IssueMeta(id="d"))
    assert [(a.kind, a.title, a.subtitle, a.authors) for a in res.articles] == [
        ("article", "石马村的新班子", None, ["本报评论员"]),
        # a shorter line over the headline, leaving nothing to it, is its 引题: the subtitle
        # (as the hand-written dailies' gold reads one; a deck would open with ——)
        ("article", "完善应急机制助力防汛救灾", "抗洪一线筑起堤坝", ["夏琳"]),
        ("brief", None, None, [])]
    assert res.articles[1].body.count("\n\n") == 1      # two paragraphs, one a line


def test_a_byline_under_an_unsigned_body_signs_it_and_cuts_nothing():
    # a push's second piece: title, nine paragraphs, then its author at the end
    push = ["点击蓝字关注我们", "", "把党校办成人才高地", "白河组织工作 2023-07-12 19:11", "",
            "作者：张三", "", *SCHOOL, "", "编辑：丁志", "",
            "抗洪一线的突击队", "", *FLOOD, "", "图片", "", *VILLAGE, "", *SCHOOL[::-1], "",
            "作者：李四", "来源：某县委组织部", "编辑：付海", "", "- END -"]
    res = split_source("\n".join(push).encode(), "push.txt", IssueMeta(id="p"))
    assert [(a.title, a.authors) for a in res.articles] == [
        ("把党校办成人才高地", ["张三"]), ("抗洪一线的突击队", ["李四"])]
    assert body_han(res.articles[1]).endswith(han("".join(SCHOOL[::-1])))


def test_a_dash_line_inside_a_body_is_no_banner():
    lines = (["抗洪一线筑起堤坝", "", "本报记者 马志强", "", "", "一线观察", "",
              "把党校办成人才高地", "", "张三", ""] + wrap(SCHOOL[:2]) + ["", "——东平锻造党支部标准化", ""]
             + wrap(SCHOOL[2:]) + ["", "奋进新征程 基层治理现代化", ""] + wrap(FLOOD))
    res = split(lines)
    assert [a.title for a in res.articles] == ["把党校办成人才高地", "抗洪一线筑起堤坝"]
    assert "东平锻造党支部标准化" in res.articles[0].body


def test_two_phrase_headline_over_a_full_first_line_without_a_pause():
    # (the second line is narrower for its half-width digits)
    body = ["中国共产党第十八届中央委员会第五次全体会", "议，于2015年10月26日在京举行，全",
            "会听取和讨论了工作报告，审议通过了建议稿。"]
    lines = ["【要闻要论】", "石马村的新班子", *wrap([VILLAGE[0], VILLAGE[1]]),
             "云溪：创新社区治理 云溪提升城市基层党建", *body]
    res = split(lines)
    assert [a.title for a in res.articles] == ["石马村的新班子", "云溪：创新社区治理 云溪提升城市基层党建"]
    assert body_han(res.articles[1]) == han("".join(body))


def test_a_dash_subhead_over_two_lines_inside_a_body_opens_no_article():
    lines = (["把党校办成人才高地", "", "本报记者 张三", ""] + [SCHOOL[0] + SCHOOL[1], ""]
             + ["——清水加强", "", "非公企业党建", ""] + [SCHOOL[2] + FLOOD[0], ""]
             + ["潮头观澜", "", "石马村的新班子", "", "本报记者 李四", "", VILLAGE[0] + VILLAGE[1]])
    res = split(lines)
    assert [a.title for a in res.articles] == ["把党校办成人才高地", "石马村的新班子"]
    assert "清水加强" in res.articles[0].body


def test_one_line_news_headline_four_fifths_of_the_column_wide():
    # a 22-character column of long paragraphs; the second headline 17 characters wide
    lines = ["【要闻要论】", "石马村的新班子", *wrap(["".join(VILLAGE) * 2], 22),
             "新时代筑牢抗洪防线的路径与实践探析", "面对重大洪涝灾害，基层党组织迅速组建抗洪突",
             *wrap(["".join(FLOOD) * 2], 22)]
    res = split(lines)
    assert [a.title for a in res.articles] == ["石马村的新班子", "新时代筑牢抗洪防线的路径与实践探析"]


def test_a_long_subhead_wrapped_over_three_lines_is_a_heading():
    # 36 Chinese characters with a comma inside, wrapped as the column wraps it
    head = ["三、以严的要求、实的作风，推广落实好社区", "“联合党委”和“三建四关心”党内关怀机制的各", "项任务"]
    lines = ["把党校办成人才高地", "□ 张三", ""] + wrap(SCHOOL) + [""] + head + [""] + wrap(FLOOD)
    body = split(lines).articles[0].body
    assert "## 三、以严的要求、实的作风，推广落实好社区“联合党委”和“三建四关心”党内关怀机制的各项任务" in body


def test_a_dailys_masthead_line_is_furniture_not_a_title():
    lines = ["江城晚报　2023年7月1日　星期六", "", "把党校办成人才高地", "□ 张三", ""] + wrap(SCHOOL)
    res = split_source("\n".join(lines).encode(), "d.txt", IssueMeta(id="d"))
    assert [a.title for a in res.articles] == ["把党校办成人才高地"]
    assert [d.code for d in res.dropped if d.line == 1] == ["furniture"]


def test_news_headline_wrapped_over_two_lines_over_a_first_line_without_a_pause():
    # the body's first line has no pause and fills the column: no third line of the headline
    lines = ["【要闻要论】", "石马村的新班子", *wrap([VILLAGE[0], VILLAGE[1]]),
             "筑牢抗洪防线 深化网格", "化管理 永和建强突击队",
             "面对重大洪涝灾害基层党组织迅速组建抗洪突", "击队，群众转移安置工作有序展开。", *wrap([FLOOD[1]])]
    res = split(lines)
    assert [a.title for a in res.articles] == ["石马村的新班子", "筑牢抗洪防线 深化网格 化管理 永和建强突击队"]
    assert body_han(res.articles[1]).startswith("面对重大洪涝灾害")


# figures in running text
FIGURES = ["2019年以来，石马村投入资金300余万元，修通水泥路12公里，建起文化广场3处、养殖合作社"
           "5个，村集体收入从不足1万元增加到36万元，带动128户农户增收，群众满意率达到98%以上。",
           "2020年汛期，抗洪突击队先后出动队员260人次，加固堤坝4.5公里，转移群众1300余人，"
           "调运物资80余吨，设立临时安置点6个，保障了全村2600多名群众的生命财产安全。"]


def slots(paras: list[str], width: int = 20) -> list[str]:
    """Lines of `width` characters whatever they are: set one character a slot."""
    return [p[k:k + width] for p in paras for k in range(0, len(p), width)]


def test_an_issue_set_one_character_a_slot_has_its_lines_with_figures_full():
    lines = ["【要闻要论】", "石马村的新班子", *slots([FIGURES[0], "".join(VILLAGE), FIGURES[0]]),
             "抗洪突击队的一天", *slots([FIGURES[1], "".join(FLOOD), FIGURES[1]])]
    ln = classify(repair_lines(split_lines("\n".join(lines)))[0])
    with_figures = [l for l in ln if ALNUM.search(l.text) and len(l.text) == 20]
    assert len(with_figures) >= 8 and all(l.full for l in with_figures)
    res = split(lines)
    assert [a.title for a in res.articles] == ["石马村的新班子", "抗洪突击队的一天"]
    # one such line among lines of Chinese only tells nothing: it stays short in display cells
    alone = slots(["".join(VILLAGE * 3)]) + [with_figures[0].text, *slots(["".join(FLOOD * 3)])]
    assert not next(l for l in classify(repair_lines(split_lines("\n".join(alone)))[0])
                    if ALNUM.search(l.text)).full


def test_after_a_title_printed_over_the_next_columns_label_the_next_title_heads_the_body_below():
    # body, unit line, title, byline, next column's label, title, byline, body
    lines = (["【基层党建】"] + wrap(SCHOOL + SCHOOL) + ["（作者单位：市委党校）", "开拓进取谱新篇", "● 张三",
             "【经验交流】", "风雨同舟见真情", "● 李四"] + wrap(FLOOD))
    res = split(lines)
    assert [(a.title, a.authors, a.section, body_han(a)[:4]) for a in res.articles] == [
        ("开拓进取谱新篇", ["张三"], "基层党建", "党校发展"), ("风雨同舟见真情", ["李四"], "经验交流", "面对重大")]


def test_a_columns_one_title_block_between_two_untitled_bodies_floats_in_one_article():
    lines = (["【基层党建】"] + wrap(SCHOOL[:2]) + ["开拓进取谱新篇", "● 张三"] + wrap(SCHOOL[2:] + SCHOOL)
             + ["【经验交流】", "风雨同舟见真情", "● 李四"] + wrap(FLOOD))
    res = split(lines)
    assert [(a.title, a.authors, body_han(a)[:4]) for a in res.articles] == [
        ("开拓进取谱新篇", ["张三"], "党校发展"), ("风雨同舟见真情", ["李四"], "面对重大")]
    assert body_han(res.articles[0]).endswith(han(SCHOOL[1] + SCHOOL[2] + "".join(SCHOOL)))


def test_a_title_over_the_next_columns_label_under_a_titled_body_takes_that_bodys_tail():
    # a titled article, then an article printed without a break whose title block comes after
    # it, over the label of the next column (dated briefs)
    briefs = [f"{m} 月 {d} 日，{t}" for m, d, t in zip((3, 5, 9), (2, 14, 26), VILLAGE)]
    lines = (["开拓进取谱新篇", "□ 张三", ""] + wrap(SCHOOL + SCHOOL[:1]) + [""] + wrap(FLOOD + FLOOD)
             + ["", "风雨同舟见真情", "□ 李四", "", "组 织 工 作 动 态", ""] + wrap(briefs))
    res = split(lines)
    assert [(a.title, body_han(a)[:4]) for a in res.articles[:2]] == [
        ("开拓进取谱新篇", "党校发展"), ("风雨同舟见真情", "面对重大")]
    assert [body_han(a)[:4] for a in res.articles[2:]] == ["月日石马", "月日新班", "月日如今"]


def test_a_title_printed_after_bodies_never_reaches_back_across_a_body_printed_under_its_title():
    briefs = [f"{m} 月 {d} 日，{t}" for m, d, t in zip((3, 5, 9), (2, 14, 26), VILLAGE)]
    lines = (wrap(VILLAGE) + ["（作者：镇党委书记）", "", "开拓进取谱新篇", "□ 张三", ""] + wrap(SCHOOL)
             + ["", "风雨同舟见真情", "□ 李四", ""] + wrap(FLOOD[:1] + SCHOOL[:1]) + [""] + wrap(FLOOD[1:] * 2)
             + ["", "砥砺前行启新程", "□ 王五", "", "组 织 工 作 动 态", ""] + wrap(briefs))
    res = split(lines)
    first = res.articles[0]
    assert body_han(first).startswith("石马村过去") and first.title != "砥砺前行启新程"
    (late,) = [a for a in res.articles if a.title == "砥砺前行启新程"]
    assert late.lines[0][0] > 20 and "石马村" not in late.body


def test_a_dated_sentence_set_unlike_the_columns_datelines_stays_inside_its_brief():
    briefs = ["3 月 2 日，" + VILLAGE[0], "7月1日，" + VILLAGE[1], "5 月 14 日，" + FLOOD[0],
              "9 月 26 日，" + SCHOOL[0]]
    res = split(["组 织 工 作 动 态", ""] + wrap(briefs))
    assert [body_han(a)[:5] for a in res.articles] == ["月日石马村", "月日面对重", "月日党校发"]
    assert "月日新班子上任后" in body_han(res.articles[0])


def test_web_page_pull_quotes_between_title_and_byline_are_dropped_and_the_byline_heads_the_body():
    paras = ["".join(SCHOOL).replace("，", ","), "".join(FLOOD).replace("，", ","), "".join(VILLAGE).replace("，", ",")]
    quotes = [paras[1].split("。")[0], paras[2].split("。")[0]]    # printed large, without the stop
    lines = ["无障碍浏览", "党校队伍建设的新路子", "2021-06-01 00:00:00", "", "党校队伍建设的新路子", "",
             "来源:某市委组织部 2021年6月1日", "", quotes[0], "", quotes[1], "", "作者:张三", "",
             paras[0], "", paras[1], "", paras[2], "", "扫一扫在手机打开当前页"]
    res = split(lines)
    (a,) = res.articles
    assert (a.title, a.authors) == ("党校队伍建设的新路子", ["张三"])
    assert body_han(a).startswith("党校发展之要") and body_han(a).count("面对重大洪涝灾害") == 1
    assert {d.line: d.code for d in res.dropped if d.code == "pull-quote"} == {9: "pull-quote", 11: "pull-quote"}


def test_daily_page_byline_set_as_an_indented_paragraph_under_the_headline():
    page = ["2024年5月8日 星期三 第5版 理论", "", "石马村的新班子", "　　本报记者 王明",
            "　　" + VILLAGE[0] + VILLAGE[1], "　　" + VILLAGE[2] + SCHOOL[0], "",
            "■ 江城区就业援助员通过上门、电话联系等方式随时了解就业困难人员的需求，帮助他们找到工作。",
            "", "抗洪突击队冲在一线", "　　本报讯（记者 夏琳）" + FLOOD[0] + FLOOD[1], "",
            "责任编辑：刘杰  版式设计：范凯"]
    res = split_source("\n".join(page).encode(), "daily.txt", IssueMeta(id="d"))
    first = res.articles[0]
    assert (first.title, first.authors, first.role) == ("石马村的新班子", ["王明"], "本报记者")
    assert body_han(first).startswith("石马村过去")


def test_a_photo_caption_inside_a_body_is_dropped():
    lines = ["网格连民心", "文/图 张三", ""] + wrap(VILLAGE[:2]) + ["▲网格员走访群众。（李四 摄）"] + wrap(VILLAGE[2:])
    res = split(lines)
    (a,) = res.articles
    assert a.authors == ["张三"] and "网格员走访群众" not in a.body
    assert any(d.code == "caption" and d.text.startswith("▲") for d in res.dropped)


def test_an_editors_note_under_a_features_banner_is_titled_with_its_topic():
    lines = (["专题：抗洪一线的党旗", "", "【编者按】", "面对洪灾，基层党组织冲锋在前。本期专题记录他们的故事。", "",
              "抗洪突击队冲在一线", "文/张三", ""] + wrap(FLOOD))
    res = split(lines)
    note = res.articles[0]
    assert (note.kind, note.title, note.section) == ("editor_note", "抗洪一线的党旗", "专题")
    assert (res.articles[1].title, res.articles[1].section) == ("抗洪突击队冲在一线", "专题")


def test_a_page_tops_banner_and_deck_head_the_body_under_its_column_banner():
    # one paragraph a line: the headline and its deck do not wrap, the deck is the subtitle;
    # the banner line over the body further down is the lead's column
    para = lambda ps: [x for p in ps for x in (p, "")]  # noqa: E731
    lines = (["抗洪一线筑起堤坝", "", "突击队员日夜坚守守护群众安全", "", "本报记者 马志强", "", "", "一线观察", "",
              "把党校办成人才高地", "", "张三", ""] + para(["".join(SCHOOL)] * 3)
             + ["奋进新征程 建功新时代·基层治理", ""] + para(["".join(FLOOD)] * 3))
    res = split(lines)
    lead = res.articles[1]
    assert (lead.title, lead.subtitle, lead.section, lead.authors) == (
        "抗洪一线筑起堤坝", "突击队员日夜坚守守护群众安全", "奋进新征程 建功新时代·基层治理", ["马志强"])


def test_a_series_banner_over_a_headline_is_its_column_in_an_issue_with_labels():
    lines = (["【一线观察】", "把党校办成人才高地", "□ 张三", ""] + wrap(SCHOOL) + ["【基层党建】",
             "奋进新征程 建功新时代·基层治理", "抗洪一线筑起堤坝", "□ 马志强", ""] + wrap(FLOOD))
    res = split(lines)
    assert [(a.title, a.section) for a in res.articles] == [
        ("把党校办成人才高地", "一线观察"), ("抗洪一线筑起堤坝", "奋进新征程 建功新时代·基层治理")]


def test_news_headline_nearly_as_wide_as_a_column_whose_paragraphs_are_not_indented():
    # every body line is 20 characters (paragraphs start flush); the second headline is 16
    two = lambda ps: [ps[0] + ps[1], ps[1] + ps[2], ps[2] + ps[0]]  # noqa: E731  paragraphs of 4 lines
    lines = ["【要闻要论】", "石马村的新班子", *slots(two(VILLAGE)), "新时代筑牢抗洪防线的实践路径探析",
             *slots(two(FLOOD)), "党校人才队伍建设的新路子", *slots(two(SCHOOL))]
    res = split(lines)
    assert [a.title for a in res.articles] == ["石马村的新班子", "新时代筑牢抗洪防线的实践路径探析",
                                               "党校人才队伍建设的新路子"]


def test_a_columns_one_title_block_over_the_next_columns_label_closes_the_body_above_it():
    # a column holding one body with its title printed after it, over the next column's
    # label (dated briefs): no floating title, the briefs stay briefs
    briefs = [f"{m} 月 {d} 日，{t}" for m, d, t in zip((3, 5, 9), (2, 14, 26), VILLAGE)]
    lines = (["【经验交流】"] + wrap(SCHOOL + SCHOOL) + ["开拓进取谱新篇", "张 三", "", "组 织 工 作 动 态", ""]
             + wrap(briefs))
    res = split(lines)
    assert [(a.title, a.kind) for a in res.articles][:1] == [("开拓进取谱新篇", "article")]
    assert [a.kind for a in res.articles[1:]] == ["brief"] * 3


def test_a_body_with_no_title_over_it_goes_on_across_a_running_head_at_a_paragraphs_end():
    # a series running head (printed three times) stands where a page turned between two
    # paragraphs of one body, whose title and byline come after it
    head = "党建引领基层治理"
    lines = (["开拓进取谱新篇", "□ 张三", ""] + wrap(SCHOOL) + ["（作者单位：市委党校）", head, "", "【基层党建】"]
             + wrap(FLOOD[:2]) + [head] + wrap(FLOOD[2:] + FLOOD[:1]) + ["（作者单位：县委组织部）", "",
             "风雨同舟见真情", "□ 李四", "", "【经验交流】", head] + wrap(VILLAGE))
    res = split(lines)
    flood = next(a for a in res.articles if body_han(a).startswith("面对重大"))
    assert flood.title == "风雨同舟见真情" and "洪水退去以后" in flood.body
