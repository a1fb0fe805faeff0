"""P10: the kind of source read from the text, its furniture dropped with reasons, a scholarly
journal's apparatus set aside and given to its article (model, JSON, front matter, citation
tags). Inputs: tests/fixtures/p10/*.txt, issues written for these tests in the shapes P10
describes (an academic journal, a WeChat push, an organisation's web page, a newspaper page).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from qikan.site.cite import citation_meta
from qikan.split.conserve import lost_lines
from qikan.split.apparatus import numbered_units
from qikan.split.furniture import strip_furniture
from qikan.split.kinds import source_kind
from qikan.split.ingest import read_issue_lines, split_lines
from qikan.site.render import render_archive
from qikan.sidecar import parse_sidecar
from qikan.split.pipeline import split_source
from qikan.site.urls import article_path
from conftest import DOCS_SRC, SEEDS

P10 = Path(__file__).parent / "fixtures" / "p10"


def lines_of(name: str):
    path = P10 / f"{name}.txt"
    return read_issue_lines(path.read_bytes(), str(path))


def split(name: str):
    path = P10 / f"{name}.txt"
    return split_source(path.read_bytes(), str(path), parse_sidecar("", "", name))


@pytest.mark.parametrize("name, kind", [("academic", "academic"), ("wechat", "wechat"),
                                        ("website", "website"), ("newspaper", "newspaper")])
def test_the_kind_is_read_from_the_text(name, kind):
    assert source_kind(lines_of(name)) == kind


@pytest.mark.parametrize("txt", SEEDS, ids=[p.stem for p in SEEDS])
def test_the_samples_are_of_no_special_kind_and_lose_no_line_to_furniture(txt):
    lines = read_issue_lines(txt.read_bytes(), str(txt))
    assert source_kind(lines) == "generic"
    assert strip_furniture(lines).dropped == []


@pytest.mark.parametrize("name, expected", [
    ("wechat", {1: "account chrome", 2: "account chrome", 10: "the account's editors",
                11: "the account's editors", 12: "end mark", 13: "list of other pushes",
                14: "list of other pushes: an entry", 16: "list of other pushes: an entry",
                17: "share buttons", 18: "share buttons"}),
    ("website", {1: "breadcrumb", 3: "publication line of the page",
                 9: "links to the next and previous pages", 11: "site footer"}),
    ("newspaper", {1: "page head of the newspaper", 6: "page jump mark", 7: "photo caption",
                   11: "editors of the page"}),
])
def test_furniture_is_dropped_with_its_reason(name, expected):
    reasons = {d.line: d.reason for d in split(name).dropped}
    assert {no: reasons.get(no) for no in expected} == expected


@pytest.mark.parametrize("name", ["academic", "wechat", "website", "newspaper"])
def test_every_line_ends_somewhere(name):
    assert lost_lines(lines_of(name), split(name)) == []


def test_academic_apparatus_is_metadata_not_body():
    res = split("academic")
    (art,) = res.articles
    ap = art.apparatus
    assert ap.abstract.startswith("基层党组织是党的全部工作和战斗力的基础。") and ap.abstract.endswith("的路径。")
    assert ap.keywords == ("基层党组织", "组织力", "乡村振兴")
    assert ap.references == ("[1] 王某某. 论基层党组织建设[J]. 党建研究，2020（5）：12-15.",
                             "[2] 李某某. 新时代基层治理研究[M]. 北京：人民出版社， 2021.")
    assert ap.funding == "国家社会科学基金项目“新时代基层党组织组织力研究”（20BDJ001）"
    assert ap.received == "2024-03-12" and ap.bio.endswith("主要研究方向为党的建设。")
    assert ap.title_en.startswith("Research on the Practical Path")
    assert ap.abstract_en.endswith("analyzes the main problems.")
    assert ap.keywords_en == ("grassroots Party organizations", "organizational capacity",
                              "rural revitalization")
    assert ap.affiliations == ("某某大学马克思主义学院", "某市委党校党建教研部")
    for text in ("摘", "关键词", "中图分类号", "参考文献", "收稿日期", "Abstract", "ZHANG", "— 45 —"):
        assert text not in art.body
    assert art.body.startswith("## 一、问题的提出\n\n党的十八大以来") and "\n\n## 三、几点启示\n\n" in art.body
    reasons = {(d.line, d.reason) for d in res.dropped}
    assert {(1, "running head of the journal"), (33, "page number or issue mark"),
            (5, "author line with affiliation markers, kept without them")} <= reasons
    assert (art.title, art.subtitle, art.authors) == ("基层党组织组织力提升的实践路径研究",
                                                     "——基于三个县的调查", ["张晓明", "李华"])


def test_numbered_affiliations_give_each_author_a_unit():
    assert numbered_units("（1. 某某大学 马克思主义学院，北京 100871；2. 某市委党校 党建教研部，某市 310000）") \
        == {"1": "某某大学马克思主义学院", "2": "某市委党校党建教研部"}
    assert numbered_units("（某某大学 马克思主义学院，北京 100871）") == {"1": "某某大学马克思主义学院"}


def test_apparatus_reaches_json_front_matter_and_citation_tags():
    res = split("academic")
    out = json.loads(json.dumps(res.to_json(), ensure_ascii=False))
    assert out["articles"][0]["apparatus"]["keywords"] == ["基层党组织", "组织力", "乡村振兴"]
    assert "apparatus" not in split("website").to_json()["articles"][0]  # the shape it had
    art = res.articles[0]
    tags = citation_meta(art, res.issue, "https://example.org/a.html")
    assert ("citation_abstract", art.apparatus.abstract) in tags
    assert ("citation_keywords", "基层党组织; 组织力; 乡村振兴") in tags
    assert [v for k, v in tags if k == "citation_reference"] == list(art.apparatus.references)
    pages, _ = render_archive([res])
    front = yaml.safe_load(pages[article_path(res.issue.id, art)].split("---\n", 2)[1])
    assert front["apparatus"]["references"] == list(art.apparatus.references)
    assert front["qikan"]["apparatus"]["abstract"] == art.apparatus.abstract


def test_one_paper_in_a_magazine_does_not_make_the_issue_a_journal():
    """A magazine issue that prints one scholarly paper (摘要, 关键词, 参考文献 …) is still split
    article by article: headers that leave most of the text before the first one are not the
    issue's structure."""
    mag = (DOCS_SRC / "2020-12-jzdx.txt").read_text("utf-8")
    text = mag + "\n" + (P10 / "academic.txt").read_text("utf-8")
    alone = split_source(mag.encode(), "m.txt", parse_sidecar("", "", "m"))
    both = split_source(text.encode(), "m.txt", parse_sidecar("", "", "m"))
    assert [a.title for a in both.articles[:len(alone.articles)]] == [a.title for a in alone.articles]
    assert both.articles[-1].title == "基层党组织组织力提升的实践路径研究"
    assert both.articles[-1].apparatus.keywords == ("基层党组织", "组织力", "乡村振兴")


@pytest.mark.parametrize("authors, units", [
    # markers set as superscript digits
    ("张晓明¹，李华²", "（1. 某某大学 马克思主义学院，北京 100871；2. 某市委党校，某市 310000）"),
    # a layout space inside a name, a corresponding author's star; province and city before the
    # postcode
    ("张 晓明1*，李 华2", "（1. 某某大学 马克思主义学院，湖北 武汉 430072；2. 某市委党校，浙江 某市 310000）"),
])
def test_marked_author_lines_in_their_printed_variants(authors, units):
    """"张三¹，李四²", "张 三1*，李 四2" are author lines, as "张三1，李四2"; the affiliations' places
    and postcodes are left out of the units."""
    text = "\n".join(["第3卷第2期    某某学报    Vol.3 No.2", "文章编号：1008-0000（2021）02-0001-05",
                      "基层党组织组织力研究", authors, units,
                      "摘　要：基层党组织是党的全部工作和战斗力的基础。", "关键词：基层党组织；组织力",
                      "中图分类号：D267    文献标识码：A", "一、问题的提出",
                      "党的十八大以来，基层党组织建设取得明显成效。"]) + "\n"
    (art,) = split_source(text.encode("utf-8"), "t.txt", parse_sidecar("", "", "t")).articles
    assert (art.title, art.authors) == ("基层党组织组织力研究", ["张晓明", "李华"])
    assert art.unit == "某某大学马克思主义学院；某市委党校"


def test_a_short_web_page_under_its_sites_name_with_a_reposted_headline():
    """The site's name over a short page is not text that makes the page no web page; "您现在的
    位置：" is a breadcrumb; "某某日报：" before a headline names the medium it was taken from."""
    text = "\n".join(["中共某某市委组织部", "网站首页 | 组工动态 | 干部工作", "您现在的位置：首页 >> 组工动态", "",
                      "某某日报：我市推进年轻干部培养工作",
                      "信息来源：某某日报  发布日期：2022-11-03  点击数：1205", "",
                      "近日，我市出台年轻干部培养工作实施意见，着力建设高素质年轻干部队伍。",
                      "意见提出，要坚持把政治标准放在首位，让年轻干部在实践中增长才干。",
                      "（供稿：市委组织部干部科  审核：张强）", "打印本页 | 关闭窗口"]) + "\n"
    res = split_source(text.encode("utf-8"), "t.txt", parse_sidecar("", "", "t"))
    (art,) = res.articles
    assert (art.title, art.unit) == ("我市推进年轻干部培养工作", "市委组织部干部科")
    assert art.body.startswith("近日，我市出台")
    reasons = {d.line: d.reason for d in res.dropped}
    assert reasons[3] == "breadcrumb" and reasons[1] == "site menu (and the site's name over it)"


def test_a_web_pages_publication_line_names_its_author():
    text = "\n".join(["【基层党建】我校召开党支部书记培训会",
                      "发布时间：2023-05-12 09:30  作者：李明  来源：党委组织部  浏览次数：368",
                      "5月10日，我校召开党支部书记培训会，会议强调要把党支部建设成为坚强战斗堡垒。",
                      "【打印本页】  【关闭窗口】"]) + "\n"
    (art,) = split_source(text.encode("utf-8"), "t.txt", parse_sidecar("", "", "t")).articles
    assert (art.title, art.section, art.authors) == ("我校召开党支部书记培训会", "基层党建", ["李明"])


def test_a_push_with_few_buttons_is_read_as_a_push():
    """A push known by its account-and-time line and its editor: "栏目 | 标题" gives the column,
    "作者：姓名（职务）" the author and unit; a reprint note, a picture placeholder and the
    editors are no body."""
    text = "\n".join(["学习园地 | 关于加强年轻干部培养的实践与思考", "某某组工 2024-03-02 19:11", "",
                      "作者：陈华（某县委组织部干部科科长）", "",
                      "年轻干部是党和国家事业发展的生力军，我县坚持把培养年轻干部作为一项战略任务来抓。", "图片",
                      "坚持严管厚爱结合，对年轻干部既要严格要求，也要关心关爱，为他们成长创造良好环境。", "",
                      "*本文刊于《某某党建》2024年第2期", "责任编辑：刘洋"]) + "\n"
    res = split_source(text.encode("utf-8"), "t.txt", parse_sidecar("", "", "t"))
    (art,) = res.articles
    assert (art.title, art.section, art.authors, art.unit) == (
        "关于加强年轻干部培养的实践与思考", "学习园地", ["陈华"], "某县委组织部干部科科长")
    assert art.body.endswith("创造良好环境。") and "图片" not in art.body
    assert {d.line: d.reason for d in res.dropped}[10] == "note of where the text was printed first"
    # the column's words and its bar are kept where the editor can see them: nothing is lost
    assert [(d.line, d.text, d.code) for d in res.dropped if d.line == 1] == [(1, "学习园地 |", "column-label")]


def test_a_headlines_column_set_off_by_a_han_bar_loses_no_character():
    """"一线丨…": 丨 (U+4E28) is a Han character, counted by the conservation check."""
    text = "\n".join(["一线丨“小网格”里的大党建", "作者：聂嘉禾", "",
                      "年轻干部是党和国家事业发展的生力军，我县坚持把培养年轻干部作为一项战略任务来抓。"]) + "\n"
    res = split_source(text.encode("utf-8"), "t.txt", parse_sidecar("", "", "t"))
    (art,) = res.articles
    assert (art.title, art.section) == ("“小网格”里的大党建", "一线")
    assert "丨" in "".join(d.text for d in res.dropped)


def test_a_jump_mark_set_inside_a_line_is_cut_out_and_the_story_read_on():
    """"……该区还将（下转第3版）" and "（上接第1版）建立……": the mark is furniture (dropped with its
    reason), the words around it stay the story's, and its text on page 3, printed without its
    headline, goes on the story that jumped, across the story printed between."""
    result = split("newspaper-jumps")
    marks = [(d.line, d.text) for d in result.dropped if d.reason == "page jump mark"]
    assert marks == [(4, "（下转第3版）"), (10, "（上接第1版）")]
    assert [a.title for a in result.articles] == ["让党旗在基层一线高高飘扬", "村级组织换届平稳有序"]
    jumped, other = (a.body for a in result.articles)
    assert "转第" not in jumped and "接第" not in jumped
    assert "赢得居民称赞。该区还将建立党员下沉常态化机制" in jumped
    assert jumped.endswith("逐项明确责任人和完成时限。")
    assert other.endswith("大专以上学历占比提高。")
    assert lost_lines(lines_of("newspaper-jumps"), result) == []


PUSH_WITH_FURTHER_READING = """江岸先锋　2026年3月2日 07:10
以下文章来源于江岸组工，作者江岸组工

夜校开进新村 学用结合见实效

作者丨罗文英　唐一鸣

　　开春以来，江岸区在十二个新村开办党员夜校，每周两晚，由驻村干部和返乡大学生轮流授课。

　　夜校课程分为理论学习、技能培训和政策答疑三类，课后还留出半小时听取群众意见。

- THE END -

延伸阅读
办好夜校贵在持之以恒

作者丨钟立平（江岸区委党校教师）

　　夜校开得起来不难，难在坚持下去。要把课程排进村级组织的年度计划，让夜校成为常态。

编辑丨林　青
审核丨许明远

往期推荐
江岸区召开基层党建工作推进会
夜校的课程怎么排？
春耕时节的党员先锋岗

阅读原文
"""


def test_a_push_with_a_further_reading_piece_after_its_end_mark():
    """A push's second piece printed under 延伸阅读 (its title, then its credit) is an article in
    that column, not a list of other pushes; "以下文章来源于…" and "- THE END -" are the push's
    chrome."""
    res = split_source(PUSH_WITH_FURTHER_READING.encode("utf-8"), "push.txt", parse_sidecar("", "", "push"))
    assert [(a.title, a.authors, a.section) for a in res.articles] == [
        ("夜校开进新村 学用结合见实效", ["罗文英", "唐一鸣"], None),
        ("办好夜校贵在持之以恒", ["钟立平"], "延伸阅读")]
    assert "THE END" not in res.articles[0].body
    reasons = {d.text.strip(): d.code for d in res.dropped}
    assert reasons["以下文章来源于江岸组工，作者江岸组工"] == "furniture"
    assert reasons["- THE END -"] == "furniture"
    # a list of other pushes is still one, a question among its titles
    assert reasons["江岸区召开基层党建工作推进会"] == reasons["夜校的课程怎么排？"] \
        == reasons["春耕时节的党员先锋岗"] == "furniture"
    assert len(res.articles) == 2


PUSH_WITH_BRIEFS = """点击上方蓝字关注我们
加强机关作风建设的三点思考
南浦机关党建　2026-05-12 19:20
听全文
文/宋立群
机关作风好不好，群众最有发言权。改进作风要从群众最不满意的地方改起。
要把服务窗口作为检验作风的第一线，定期回访办事群众，把意见当作改进的清单。
（作者单位：南浦市直机关工委）
基层动态
■市水务局：党员服务队进社区
五月以来，市水务局机关党委组织党员服务队走进十个社区，上门检修供水设施。
（来源：市水务局机关党委）
■市档案馆：红色档案进校园
市档案馆党支部把馆藏红色档案制成展板，送进六所中小学巡回展出。
（来源：市档案馆）
· END ·
"""


def test_a_push_says_listen_and_sets_its_titles_off_with_bullets():
    """"听全文" alone is the push's reading aid, not its author; "■" before a titled item's
    headline is no word of its title (dropped with its reason, nothing lost)."""
    res = split_source(PUSH_WITH_BRIEFS.encode("utf-8"), "push.txt", parse_sidecar("", "", "push"))
    assert [(a.title, a.authors) for a in res.articles] == [
        ("加强机关作风建设的三点思考", ["宋立群"]),
        ("市水务局：党员服务队进社区", []), ("市档案馆：红色档案进校园", [])]
    marks = [d for d in res.dropped if d.code == "title-mark"]
    assert [d.text for d in marks] == ["■", "■"]
    assert any(d.text.strip() == "听全文" and d.code == "furniture" for d in res.dropped)
    assert lost_lines(read_issue_lines(PUSH_WITH_BRIEFS.encode("utf-8"), "push.txt"), res) == []


CONTENTS_UNDER_MASTHEAD = """目录　CONTENTS
青川组工 2026年第3期（总第88期）
1　卷首语　把组织优势转化为发展优势
4　基层一线　村里来了新书记　汪若水
9　史事钩沉　一封家书
卷首语
把组织优势转化为发展优势
本刊评论员
组织优势是我们党的突出优势。基层党组织坚强有力，群众就有主心骨，发展就有方向。
各级党组织要在强班子、带队伍、促发展上下功夫，把组织优势转化为推动发展的实际成效。
"""


def test_the_issues_masthead_between_contents_and_their_first_entry():
    """"目录" then the issue's masthead, then the entries: the entries are the contents still
    (they were an article of their own)."""
    res = split_source(CONTENTS_UNDER_MASTHEAD.encode("utf-8"), "c.txt", parse_sidecar("", "", "c"))
    assert [a.title for a in res.articles] == ["把组织优势转化为发展优势"]
    entries = [d for d in res.dropped if d.line in (3, 4, 5)]
    assert len(entries) == 3 and all(d.code == "furniture" for d in entries)


def test_contents_with_each_page_on_a_line_of_its_own():
    """A contents list that prints each entry's page under it ("在小事上见初心" / "2"), its
    column headings over the entries: all of it is the contents; the headings are columns, the
    entries are not."""
    text = "\n\n".join(["目　录", "青川党建　2026.8", "卷首语", "在小事上见初心", "2",
                        "基层治理", "让邻里中心成为居民客厅", "4", "组织工作动态", "9",
                        "卷 首 语", "在小事上见初心",
                        "基层治理千头万绪，说到底是为群众办好一件件小事。社区干部多走一步、",
                        "多问一句，群众的烦心事就少一分。", "本刊编辑部"]) + "\n"
    lines = read_issue_lines(text.encode("utf-8"), "c.txt")
    furnished = strip_furniture(lines)
    assert [d.text for d in furnished.dropped] == [
        "目　录", "青川党建　2026.8", "卷首语", "在小事上见初心", "2", "基层治理",
        "让邻里中心成为居民客厅", "4", "组织工作动态", "9"]
    assert furnished.columns == {"卷首语", "基层治理"}


def test_a_books_running_foot_with_its_number_first_is_furniture():
    # "·4·　基层党务工作知识问答" on a left-hand page, as "基层党务工作知识问答　·5·" on a right-hand one
    lines = split_lines("一、党员发展\n1.问：入党要经过哪些程序？\n答：要经过申请、培养、考察等程序。\n"
                        "·4·\u3000基层党务工作知识问答\n发展党员要坚持标准、严格程序。\n基层党务工作知识问答\u3000·5·")
    furnished = strip_furniture(lines)
    assert [d.text for d in furnished.dropped if d.reason == "running head with the page number"] == [
        "·4·\u3000基层党务工作知识问答", "基层党务工作知识问答\u3000·5·"]
