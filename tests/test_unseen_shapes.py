"""P10, second round: shapes of city papers, dailies, WeChat pushes and journals the first
corpus did not set (bench/devset variant issues `*-vNN`), one rule a test, on small made-up
inputs (no corpus text)."""
from __future__ import annotations

import re
from pathlib import Path

from qikan.model import IssueMeta
from qikan.text import han
from qikan.split.blocks import headline_parts, kicker_over
from qikan.split.byline import lead_credit, parse_head_byline
from qikan.split.end_lines import parse_end_line
from qikan.split.ingest import split_lines
from qikan.split.classify import classify
from qikan.split.layout import column_label
from qikan.split.pipeline import split_source
from qikan.split.repair import collapse_doubled
from test_splitter import flush

HAN = re.compile(r"[\u4e00-\u9fff]")
# made-up paragraphs, each long enough to be a paragraph of a daily
P1 = "今年以来，青阳县坚持把抓基层打基础作为长远之计，推动党员干部下沉一线，为群众办成了一批实事，群众满意度明显提升。"
P2 = "县委组织部把年轻干部放到项目建设、信访维稳和乡村振兴一线去历练，在急难险重任务中考察识别干部，形成了鲜明导向。"
P3 = "活动中，社区党组织牵头组建志愿服务队伍，围绕老旧小区改造、垃圾分类和邻里互助开展服务，累计解决居民诉求百余件。"
P4 = "该镇把村级组织换届后的培训作为重点，分批次组织村干部外出学习，帮助他们开阔视野、理清思路、提升本领。"


def split(lines: list[str]):
    return split_source("\n".join(lines).encode(), "issue.txt", IssueMeta(id="t"))


def dropped_reasons(res) -> dict[str, str]:
    return {d.text: d.reason for d in res.dropped}


def test_page_folios_and_staff_lines_are_furniture_in_any_source():
    res = split(["A3 | 要闻 | 2024.5.8", "编辑 张明  校对 李华", "", "加强基层组织建设", "王强", "",
                 P1, "", P2, "", "07  党建  2023-11-02", "第7版", "", "推进干部队伍建设", "刘洋", "", P3, "", P4])
    reasons = dropped_reasons(res)
    for line in ("A3 | 要闻 | 2024.5.8", "07  党建  2023-11-02", "第7版"):  # (the folios sign a newspaper)
        assert reasons[line] in ("page folio of a newspaper", "page head of the newspaper")
    assert reasons["编辑 张明  校对 李华"] == "editors of the page"
    assert [a.title for a in res.articles] == ["加强基层组织建设", "推进干部队伍建设"]


def test_a_marked_column_label_names_a_column_and_a_marked_byline_does_not():
    assert column_label("■ 组工视窗") == "组工视窗"
    assert column_label("◆理论研究◆") == "理论研究"
    assert column_label("【要闻简报】") == "要闻简报"
    assert column_label("简 讯") == "简讯"
    for byline in ("● 本刊评论员", "● 青阳县委组织部", "■ 青阳县委常委", "◆ 欧阳明月", "■ 王强"):
        assert column_label(byline) is None, byline


def test_a_marked_reporters_line_gives_each_name():
    by = parse_head_byline("□ 本报记者 王强 通讯员 刘洋")
    assert by.authors == ["王强", "刘洋"]


def test_a_unit_line_without_brackets_is_an_end_line():
    assert parse_end_line("作者单位：青阳县委党校").unit == "青阳县委党校"
    assert parse_end_line("作者单位：青阳县委党校，是全县干部培训的主阵地。") is None


def test_a_dateline_lead_of_the_papers_own_gives_its_reporters():
    by, end = lead_credit("本报青阳5月7日电（记者 王强 通讯员 刘洋）今年以来，…")
    assert by.authors == ["王强", "刘洋"]
    assert lead_credit("本报青阳5月7日电（记者 王强）")[1] == len("本报青阳5月7日电（记者 王强）")


DAILY_HEAD = ["2024年5月8日 星期三 第5版 党建", "", ]


def test_a_dailys_two_line_headline_is_one_title_and_a_dash_deck_a_subtitle():
    res = split(DAILY_HEAD + ["青阳县夯实基层基础", "为民服务水平持续提升", "　　本报讯（记者 王强）" + P1,
                              "　　" + P2, "", "推进干部队伍建设", "——青阳县培养年轻干部纪实",
                              "　　本报讯（记者 刘洋）" + P3, "", "责任编辑：张明"])
    assert [(a.title, a.subtitle, a.authors) for a in res.articles] == [
        ("青阳县夯实基层基础 为民服务水平持续提升", None, ["王强"]),
        ("推进干部队伍建设", "——青阳县培养年轻干部纪实", ["刘洋"])]


def test_in_a_daily_each_lead_opens_a_brief_of_the_column_labelled_above():
    res = split(DAILY_HEAD + ["推进干部队伍建设", "　　本报讯（记者 刘洋）" + P3, "", "【党建简讯】", "",
                              "　　本报讯 " + P1, "　　本报讯（通讯员 王强）" + P2, "　　本报讯 " + P4,
                              "", "责任编辑：张明"])
    arts = res.articles
    assert [(a.title, a.section, a.authors) for a in arts] == [
        ("推进干部队伍建设", "党建", ["刘洋"]), (None, "党建简讯", []),   # (the page's name: 第5版 党建)
        (None, "党建简讯", ["王强"]), (None, "党建简讯", [])]
    assert [a.kind for a in arts[1:]] == ["brief"] * 3
    assert "".join(HAN.findall(P2)) in "".join(HAN.findall(arts[2].body))


def test_a_pushs_browser_chrome_former_title_and_barred_credits():
    res = split(["关注我们", "", "01", "加强基层组织建设", "", "原标题：《青阳县抓基层打基础》",
                 "作者｜王强", "", P1, "", P2, "", "编辑｜张明", "复审｜李华", "图片｜青阳县委组织部", "",
                 "02", "推进干部队伍建设", "", "文 / 刘洋", "", P3, "", P4, "", "排版 / 赵敏",
                 "预览时标签不可点", "阅读原文", "继续滑动看下一个", "向上滑动看下一个"])
    assert [(a.title, a.authors) for a in res.articles] == [
        ("加强基层组织建设", ["王强"]), ("推进干部队伍建设", ["刘洋"])]
    reasons = dropped_reasons(res)
    assert "01" in reasons and "02" in reasons  # the pieces' numbers (repair drops them)
    assert reasons["原标题：《青阳县抓基层打基础》"] == "former title of the text"
    assert reasons["预览时标签不可点"] == reasons["继续滑动看下一个"] == "page chrome of the push"
    assert reasons["复审｜李华"] == "the account's editors"
    assert reasons["图片｜青阳县委组织部"] == "picture credit"


def test_a_folio_in_a_magazine_is_furniture_too():
    res = split(["加强基层组织建设", "王强", "", P1, "", P2, "", "07  党建  2023-11-02", "", P3])
    assert dropped_reasons(res)["07  党建  2023-11-02"] == "page folio of a newspaper"


def test_a_daily_set_in_columns_is_split_by_its_indents():
    """Hard line ends of a column (no line longer than a headline): a flush line under a full
    one goes on its paragraph, even after a comma or a full stop."""
    def column(p: str, w: int = 16) -> list[str]:
        return ["　　" + p[:w]] + [p[k:k + w] for k in range(w, len(p), w)]
    res = split(DAILY_HEAD + ["青阳县夯实基层基础", "本报记者 王强", ""] + column(P1) + column(P2) + column(P4)
                + ["", "推进干部队伍建设", ""] + column("本报讯（记者 刘洋）" + P3) + column(P4) + column(P1)
                + ["", "责任编辑：张明"])
    assert [(a.title, a.authors) for a in res.articles] == [
        ("青阳县夯实基层基础", ["王强"]), ("推进干部队伍建设", ["刘洋"])]
    assert res.articles[0].body.count("\n\n") == 2


def test_a_marked_brief_wrapped_before_its_comma_is_a_brief_not_a_headline():
    """In a narrow column a marked brief's first line may hold no comma ("■ 东乡区日前启动…"):
    its place and when say it is a brief's opening, not a marked headline over the lines
    after it."""
    column = ["简讯", "■ 近日，青阳县委组织部举办", "全县组织系统信息员培训班。",
              "■ 东乡区日前启动“千名党员", "进千家”走访活动，党员干部深", "入群众家中问需问计。",
              "■ 桐山县5月8日召开社区工", "作者队伍建设座谈会，听取意见。"]
    res = split(DAILY_HEAD + ["青阳县夯实基层基础", "　　本报讯（记者 王强）" + P1, ""] + column
                + ["", "责任编辑：张明"])
    assert [(a.kind, a.section) for a in res.articles][1:] == [("brief", "简讯")] * 3
    assert "".join(HAN.findall(res.articles[2].body)) == "东乡区日前启动千名党员进千家走访活动党员干部深入群众家中问需问计"


def test_a_storys_first_line_whose_comma_wrapped_onto_the_next_is_no_headline_line():
    """A narrow column's line of text over one that opens with its comma ("…文化广场上" /
    "，八十三岁的…", as a PDF's text layer wraps it) is the story's first line, not the last
    line of the headline over it."""
    story = ["在石溪县柳湾村的文化广场上", "，八十三岁的老党员曾德厚坐", "在小板凳上，给围坐一圈的村",
             "民讲起了当年的故事。"]
    res = split(DAILY_HEAD + ["青阳县夯实基层基础", "　　本报讯（记者 王强）" + P1, "",
                              "石溪一堂“板凳课”", "坐满村民", *story, "（记者 邹明）", "", "责任编辑：张明"])
    assert res.articles[1].title == "石溪一堂“板凳课” 坐满村民"
    assert "".join(HAN.findall(res.articles[1].body)).startswith("在石溪县柳湾村的文化广场上八十三岁")


def test_a_headline_under_a_paragraph_closed_by_a_quote_opens_a_story():
    """One paragraph a line: a paragraph ending "…。”" and a line without punctuation under
    it — the next story's headline, not the paragraph going on."""
    quote = "一位老党员说：“" + P3 + "”"
    res = split(DAILY_HEAD + ["青阳县夯实基层基础", "本报讯（记者 王强）" + P1, P2, quote,
                              "深化党性教育的实践与思考", "本报记者 叶凯林", P4, "", "责任编辑：张明"])
    assert [(a.title, a.authors) for a in res.articles] == [
        ("青阳县夯实基层基础", ["王强"]), ("深化党性教育的实践与思考", ["叶凯林"])]


def test_a_caption_with_a_space_after_its_triangle_is_no_article():
    res = split(["加强基层组织建设", "王强", "", P1, "", P2, "", "▲ 青阳县党员志愿者走进社区。本报记者 刘洋 摄",
                 "", "推进干部队伍建设", "李华", "", P3, "", P4])
    assert [a.title for a in res.articles] == ["加强基层组织建设", "推进干部队伍建设"]
    assert not any("志愿者走进社区" in a.body for a in res.articles)


def test_a_short_first_paragraph_under_a_headline_opens_its_story():
    """A daily extracted one paragraph a line: a one-sentence paragraph shorter than a
    headline, under a headline and byline, is that story's first paragraph, not the tail of
    the story above."""
    short = "青阳县召开年轻干部座谈会。"
    res = split(DAILY_HEAD + ["推进干部队伍建设", "", "本报讯（记者 刘洋）" + P3, "", P1, "",
                              "青阳县夯实基层基础", "本报记者 王强", "", short, "", P2, "", P4, "",
                              "责任编辑：张明"])
    assert [(a.title, a.authors) for a in res.articles] == [
        ("推进干部队伍建设", ["刘洋"]), ("青阳县夯实基层基础", ["王强"])]
    assert res.articles[1].body.startswith(short)


def test_a_label_over_an_untitled_paragraph_opens_a_story_of_its_column():
    res = split(DAILY_HEAD + ["推进干部队伍建设", "　　本报讯（记者 刘洋）" + P3, "", "【基层传真】",
                              "　　" + P1, "", "责任编辑：张明"])
    assert [(a.title, a.section) for a in res.articles] == [
        ("推进干部队伍建设", "党建"), (None, "基层传真")]   # (no label over it: its page's name)


def test_place_labels_between_briefs_are_floating_labels_not_columns():
    assert column_label("【桐山县】") is None and column_label("◆白河镇") is None
    briefs = ["近日，青阳县委组织部" + P1, "", "【桐山县】", "日前，桐山县委党校" + P2, "",
              "◆白河镇", "5月3日，白河镇党委" + P3, "", "近日，东平区委组织部" + P4]
    res = split(["基 层 动 态", ""] + briefs)
    assert [(a.kind, a.section) for a in res.articles] == [("brief", "基层动态")] * 4
    assert {d.text: d.code for d in res.dropped}["【桐山县】"] == "floating-label"


def test_a_titled_brief_keeps_only_its_own_paragraph_of_a_news_column():
    """Under a short unsigned headline, the dated briefs after the headline's own paragraph
    are briefs of their own."""
    res = split(["基 层 动 态", "", "青阳推进干部培养", "3月2日，青阳县委组织部" + P1, "",
                 "4月5日，桐山县委党校" + P2, "", "近日，白河镇党委" + P3, "", "日前，东平区委组织部" + P4])
    assert [a.kind for a in res.articles] == ["brief"] * 4
    assert res.articles[0].title == "青阳推进干部培养"   # the others' titles are derived from their text
    assert "".join(HAN.findall(P1)) in "".join(HAN.findall(res.articles[0].body))
    assert "".join(HAN.findall(P2)) not in "".join(HAN.findall(res.articles[0].body))


def test_a_short_dated_paragraph_cut_from_a_columns_briefs_is_one_more_brief():
    """The last brief of a column set wider than the ones before it (the width's change cuts
    it from them), a floating place label after it: still a brief of the column (the
    hand-set city magazine issue where this was seen)."""
    src = Path(__file__).resolve().parent.parent / "bench" / "wildtune" / "src" / "city-t7.txt"
    res = split_source(src.read_bytes(), str(src), IssueMeta(id="t"))
    assert [(a.kind, a.section) for a in res.articles][-4:] == [("brief", "组织工作动态")] * 4


def test_a_signed_article_with_dated_paragraphs_stays_whole():
    res = split(["青阳推进干部培养", "王强", "", "3月2日，青阳县委组织部" + P1, "",
                 "4月5日，桐山县委党校" + P2, "", "5月3日，白河镇党委" + P3, "", "6月1日，东平区委组织部" + P4])
    assert [(a.title, a.authors) for a in res.articles] == [("青阳推进干部培养", ["王强"])]


def test_two_dated_paragraphs_under_a_news_column_are_two_briefs():
    res = split(["组 工 动 态", ""] + wrapped("近日，青阳县委组织部" + P1) + [""]
                + wrapped("5月3日，白河镇党委" + P3))
    assert [(a.kind, a.section) for a in res.articles] == [("brief", "组工动态")] * 2


def wrapped(text: str, width: int = 20) -> list[str]:
    """A paragraph set in a narrow magazine column, as a PDF's text layer gives it."""
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_a_title_block_floating_in_a_sentence_leaves_the_sentence_its_full_line():
    # the second piece's first column stops mid-sentence on a full line (no stop), its
    # title and byline are printed there, and the sentence goes on under them; a third
    # piece opens with a line as wide as the column
    first = wrapped(P3 + P4)
    # two full lines, the second without a stop or comma (it looks like a title)
    second = wrapped("全县各级党组织坚持问题导向，围绕群众最关心最直接最现实的利益问题逐项建立工作台账")
    # (the line under the block a little short of the column, so only the cut says it
    # goes on the sentence: not the third piece, whose first line fills the column)
    rest = ["明确责任单位和时限，按月通报进展情况，", *wrapped("做到件件有着落、事事有回音。" + P1)]
    third = wrapped(P4 + P3)
    res = split(["【理论研究】", "筑牢基层组织体系的几点思考", "● 青阳县委组织部 王强", *first,
                 "【调查与思考】", *second, "关于干部队伍建设的调查", "● 刘洋",
                 *rest, "【经验交流】", "用好村级活动阵地", "● 陈明", *third])
    titles = [a.title for a in res.articles]
    assert titles == ["筑牢基层组织体系的几点思考", "关于干部队伍建设的调查", "用好村级活动阵地"]
    second_article = res.articles[1]
    assert second_article.authors == ["刘洋"]
    body = HAN.findall(second_article.body)
    assert "".join(body).startswith("全县各级党组织坚持问题导向围绕群众最关心最直接最现实的利益问题逐项建立工作台账明确")
    assert "".join(body).endswith("".join(HAN.findall(P1[-20:])))
    assert "".join(HAN.findall(res.articles[2].body)).startswith("".join(HAN.findall(P4[:20])))


def test_a_title_and_its_label_floating_in_a_sentence_after_a_news_column():
    """A news column's dated briefs, then an untitled article whose title and column label
    are printed inside one of its sentences, which runs on around them over full lines: the
    briefs stay briefs, and the article, from the paragraph after them, gets the title and the
    label as its column."""
    briefs = wrapped("8月5日，青阳县委组织部举办年轻干部培训班，为期一个月。") + \
        wrapped("近日，白河镇党委出台十条措施，为社区工作者撑腰鼓劲。")
    # the article's first lines: its sentence stops on a full line, mid-sentence
    opening = wrapped(P2 + "严管就是厚爱，加强监督是对干部的保护。各级组织部门")
    assert len(opening[-1]) == 20 and opening[-1][-1] not in "。，"
    res = split(["组 织 工 作 动 态", "", *briefs, *opening, "以严的基调强化干部监督", "理 论 评 论",
                 *wrapped("要把日常监督挺在前面，综合运用谈心谈话、函询诫勉等方式，对苗头性问题早"
                          "发现、早提醒、早纠正。" + P4)])
    assert [(a.kind, a.title, a.section) for a in res.articles] == [
        ("brief", res.articles[0].title, "组织工作动态"),
        ("brief", res.articles[1].title, "组织工作动态"),
        ("article", "以严的基调强化干部监督", "理论评论")]
    body = "".join(HAN.findall(res.articles[2].body))
    assert body.startswith("".join(HAN.findall(P2[:12]))) and body.endswith("".join(HAN.findall(P4[-12:])))
    assert "各级组织部门要把日常监督挺在前面" in body  # the sentence, whole


def test_a_spaced_title_printed_twice_on_one_line_is_kept_once():
    assert collapse_doubled("筑牢基层防线 激活组织细胞筑牢基层防线 激活组织细胞") == "筑牢基层防线 激活组织细胞"


def test_a_title_and_its_institution_floating_in_a_sentence_are_a_block_and_its_byline():
    # a series' second piece: its title and the institution that signs it are printed where
    # the page turned, inside a sentence of its body
    body = wrapped("江城职业学院党委坚持立德树人根本任务，推动教师党支部与学生党支部结对共建，组织党员教师"
                   "担任学生成长导师，做到思想上引导、学业上指导、生活上帮助。学院还把思想政治工作贯穿教育"
                   "教学全过程，推进课程思政建设，让每一门课都守好一段渠，形成全员全过程全方位育人格局。")
    res = split(["【基层动态】", "筑牢国企发展的红色根基", "● 江城城投集团党委", *wrapped(P1 + P2),
                 "【基层动态】", *body[:3], "让思政课走进学生心里", "江城职业学院党委", *body[3:]])
    second = next(a for a in res.articles if a.title == "让思政课走进学生心里")
    assert second.authors == ["江城职业学院党委"]
    # the same with a letter-spaced name
    res = split(["【基层动态】", "筑牢国企发展的红色根基", "● 江城城投集团党委", *wrapped(P1 + P2),
                 "【基层动态】", *body[:3], "让思政课走进学生心里", "曹 慧", *body[3:]])
    assert next(a for a in res.articles if a.title == "让思政课走进学生心里").authors == ["曹慧"]
    assert "".join(HAN.findall(second.body)).startswith("江城职业学院党委坚持立德树人")
    assert "".join(HAN.findall(second.body)).endswith("形成全员全过程全方位育人格局")


def test_a_county_bulletin_its_contents_rules_place_headlines_and_bulleted_items():
    res = split(["党建工作简报", "第8期", "━━━━━━━━━━━━", "本期导读", "◎青阳县推进村级组织规范化建设",
                 "◎东平镇：党员志愿服务常态化", "◎各地简讯", "━━━━━━━━━━━━",
                 "青阳县推进村级组织规范化建设", *wrapped(P4), "东平镇：党员志愿服务常态化", *wrapped(P3),
                 "各地简讯", *wrapped("●白河乡组织全乡村干部开展政策法规知识测试，以考促学，提升履职本领。"),
                 *wrapped("●南溪镇为全镇七十岁以上老党员送去慰问品，并上门为行动不便的老党员送学。")])
    reasons = dropped_reasons(res)
    assert reasons["本期导读"] == "table of contents"
    assert reasons["◎东平镇：党员志愿服务常态化"] == "table of contents: an entry"
    assert reasons["━━━━━━━━━━━━"] == "rule line"
    assert [a.title for a in res.articles][:2] == ["青阳县推进村级组织规范化建设", "东平镇：党员志愿服务常态化"]
    items = res.articles[2:]
    assert [a.kind for a in items] == ["brief", "brief"] and all(a.authors == [] for a in items)
    assert "".join(HAN.findall(items[1].body)).startswith("南溪镇为全镇")


def test_a_journal_with_bracketed_apparatus_starred_authors_and_a_report_without_apparatus():
    lines = ["■ 党的建设研究", "新时代村级组织建设的", "实践路径", "周明远＊　吴佳宁＊＊",
             "【摘要】村级组织是党在农村全部工作和战斗力的基础。本文从组织、队伍、制度三方面提出对策。",
             "【关键词】村级组织；组织力；乡村振兴", "【中图分类号】D267　【文献标识码】A　【文章编号】1009-0000（2024）02-0011-04",
             *wrapped(P4 + P3, 15), "＊周明远，青阳市委党校党建教研部副教授。", *wrapped(P2, 15),
             "参考文献：", "①周明远.村级组织建设研究[M].北京：人民出版社，2020.", "②吴佳宁.论基层组织力[J].党建研究，2021（3）.",
             "（责任编辑 陈 静）", "■ 学术动态", "“基层治理现代化”", "学术研讨会综述", "吴 迪", *wrapped(P1, 15),
             "（作者单位：青阳市委党校科研处）"]
    res = split(lines)
    reasons = dropped_reasons(res)
    assert reasons["（责任编辑 陈 静）"] == "editor of the piece"
    assert reasons["②吴佳宁.论基层组织力[J].党建研究，2021（3）."].startswith("apparatus")
    assert reasons["＊周明远，青阳市委党校党建教研部副教授。"].startswith("apparatus")
    paper, report = res.articles
    assert (han(paper.title), paper.authors, paper.section) == ("新时代村级组织建设的实践路径",
                                                                 ["周明远", "吴佳宁"], "党的建设研究")
    assert paper.apparatus.keywords == ("村级组织", "组织力", "乡村振兴")
    assert len(paper.apparatus.references) == 2 and paper.apparatus.bio.startswith("周明远")
    assert paper.unit is None   # one author's footnote of two: no units half given
    assert (han(report.title), report.authors, report.section) == ("基层治理现代化学术研讨会综述",
                                                                     ["吴迪"], "学术动态")


def test_a_theory_page_names_columns_over_headlines_and_units_from_closing_lines():
    res = split(["2024年6月12日　星期三　　第6版　　理论　　　　江城日报", "", "学思践悟", "",
                 "把调查研究作为基本功", "", "王明远", "", P1 + P2, "", P3, "", "（作者系青阳县委政研室主任）", "",
                 "党建视窗", "", "让组织生活活起来", "", "本报记者 刘洋", "", P4 + P1, "",
                 "图为青阳县一村党支部开展主题党日活动。　资料图片", "", P2 + P3, "",
                 "（作者单位：青阳县委党校）", "", "本版责任编辑：周红  美术编辑：林立"])
    assert [(a.title, a.section, a.authors, a.unit) for a in res.articles] == [
        ("把调查研究作为基本功", "学思践悟", ["王明远"], "青阳县委政研室主任"),
        ("让组织生活活起来", "党建视窗", ["刘洋"], "青阳县委党校")]
    assert dropped_reasons(res)["本版责任编辑：周红  美术编辑：林立"] in ("editors of the page",
                                                                 "editors of the page (the newspaper's)")


def test_dated_bulleted_items_after_a_story_are_briefs_of_their_own():
    res = split(["【要闻】", "青阳县召开组织工作会议", *wrapped(P1 + P2),
                 *wrapped("■5月6日，县委组织部召开年轻干部座谈会，十二名年轻干部谈体会、提建议。（记者 王强）"),
                 *wrapped("■近日，东平镇在全镇推行党员责任区制度，每名党员联系五至十户群众。")])
    story, *briefs = res.articles
    assert story.title == "青阳县召开组织工作会议"
    assert "".join(HAN.findall(story.body)).endswith("".join(HAN.findall(P2[-12:])))
    assert [b.kind for b in briefs] == ["brief", "brief"]
    assert "".join(HAN.findall(briefs[1].body)).startswith("近日东平镇")


def column(text: str, width: int = 22) -> list[str]:
    """A paragraph set in a daily's column: indented by two spaces, wrapped."""
    lines = wrapped(text, width)
    return ["  " + lines[0], *lines[1:]]


def test_a_dailys_column_of_bulleted_briefs_with_credits_then_a_commentary():
    res = split(["2025年3月14日 星期五　第2版　综合新闻", "县委组织部开展蹲点调研", *column("本报讯（通讯员 刘洋）" + P1),
                 *column(P2), "简 讯", *wrapped("■日前，白河镇组织全镇村级后备干部赴邻县学习考察。", 22),
                 *wrapped("■3月10日，县机关工委举办党务干部培训班，一百余名党务干部参加。（记者 王强）", 22),
                 "资料图片", "东平村党员在油茶基地查看长势。 本报记者 王强 摄", "让党员当好先锋", "本报评论员",
                 *column(P3), *column(P4)])
    reasons = dropped_reasons(res)
    assert reasons["东平村党员在油茶基地查看长势。 本报记者 王强 摄"] == "photo caption"
    got = [(a.title, a.kind, a.section, a.authors) for a in res.articles]
    assert got == [("县委组织部开展蹲点调研", "article", "综合新闻", ["刘洋"]),
                   (None, "brief", "简讯", []), (None, "brief", "简讯", ["王强"]),
                   ("让党员当好先锋", "article", "综合新闻", ["本报评论员"])]


def test_a_web_page_its_breadcrumb_column_date_line_related_links_and_closing_credit():
    res = split(["青阳县机关党建网", "网站首页 部门概况 组织建设 干部工作 党员之家", "[2026-07-02] 【学习贯彻】县直机关开展专题读书班",
                 "当前位置：首页 >> 机关党建 >> 理论研究", "",
                 "推动机关党建与业务深度融合", "", "2026年07月03日  来源：县直机关工委  【大 中 小】", "",
                 P1, "", P2, "", P3 + "（撰稿人：青阳县直属机关工委 王强）", "", "相关链接：",
                 "· 县直机关工委召开支部书记述职评议会", "· “清风机关”创建活动启动", "",
                 "上一条：青阳县召开组织工作会议  下一条：没有了",
                 "版权所有：中共青阳县委直属机关工作委员会", "主办：青阳县委组织部  地址：青阳县人民路1号"])
    reasons = dropped_reasons(res)
    assert reasons["· “清风机关”创建活动启动"] == "links to other pages: an entry"
    assert reasons["网站首页 部门概况 组织建设 干部工作 党员之家"] == "site menu (and the site's name over it)"
    assert reasons["[2026-07-02] 【学习贯彻】县直机关开展专题读书班"] == "list page entry"
    assert reasons["主办：青阳县委组织部  地址：青阳县人民路1号"] == "site footer"
    assert reasons["上一条：青阳县召开组织工作会议  下一条：没有了"] == "links to the next and previous pages"
    (page,) = res.articles
    assert (page.title, page.section, page.authors, page.unit) == (
        "推动机关党建与业务深度融合", "理论研究", ["王强"], "青阳县直属机关工委")


def test_a_pushs_reading_time_and_a_dotted_separator_are_furniture():
    res = split(["点击上方蓝字“青阳机关党建”关注我们", "周末微党课", "守纪律，要从小事做起",
                 "青阳机关党建 2025年01月11日 08:00 江城", "听全文 约6分钟", "文/王强", P1, P2,
                 "（作者单位：青阳市直机关工委）", "· · ·", "基层动态", "东平镇：党员先锋岗亮身份", P3,
                 "· END ·", "责编：刘洋　审核：陈明", "往期推荐", "青阳市召开党组织书记述职评议会"])
    reasons = dropped_reasons(res)
    assert reasons["听全文 约6分钟"] == "reading time of the push" and reasons["· · ·"] == "rule line"
    assert split(["点击上方蓝字关注我们", "👆👆👆", "守纪律，要从小事做起", "文/王强", P1, P2, "· END ·",
                  "阅读原文"]).articles[0].title == "守纪律，要从小事做起"
    assert [(a.title, a.section) for a in res.articles][0] == ("守纪律，要从小事做起", "周末微党课")


def test_a_column_word_ending_a_wrapped_title_is_the_titles():
    res = split(["提升年轻干部斗争本领的路径", "思考", "□ 王强", *wrapped(P1 + P2, 15),
                 "（作者单位：青阳市委党校）"])
    (a,) = res.articles
    assert (a.title.replace(" ", ""), a.section, a.authors) == ("提升年轻干部斗争本领的路径思考", None, ["王强"])


def test_a_contents_list_set_with_a_blank_line_after_every_line_keeps_its_headings():
    lines = ["江城组工", "2025年第3期", "CONTENTS", "特别策划", "身边的榜样……………02", "他把群众的事当成自家事……03",
             "基层之声", "一个党支部激活一个空心村………06", "特别策划", "身边的榜样", "【编者按】" + P1,
             "他把群众的事当成自家事", "□ 王强", P2, P3]
    res = split([x for line in lines for x in (line, "")])
    reasons = dropped_reasons(res)
    assert reasons["基层之声"] == "table of contents: an entry"
    assert res.articles[-1].title == "他把群众的事当成自家事" and res.articles[-1].authors == ["王强"]
    # the column's label under the contents is the issue's own, not an entry
    assert res.articles[-1].section == "特别策划"


def test_a_contents_list_ends_where_the_issue_prints_an_entry_again():
    res = split(["临江党建", "2024年第9期（总第213期）", "目　录", "卷首", "01　用好传帮带这把钥匙　　本刊编辑部",
                 "专题策划", "05　一片茶叶富了一方百姓　　文/王强", "卷首", "用好传帮带这把钥匙", *wrapped(P1 + P2),
                 "本刊编辑部", "2　临江党建　2024.9", "专题策划", "一片茶叶富了一方百姓", "文/王强", *wrapped(P3 + P4)])
    reasons = dropped_reasons(res)
    assert reasons["2 临江党建 2024.9"] == "page folio of a newspaper"
    assert [(a.title, a.section) for a in res.articles] == [("用好传帮带这把钥匙", "卷首"),
                                                            ("一片茶叶富了一方百姓", "专题策划")]


def test_one_title_printed_under_its_body_goes_by_its_words_against_the_issues_habit():
    room = ("党员活动室是党员开展组织生活的重要场所。过去一些村的党员活动室平时大门紧锁，成了摆设。"
            "今年以来，县里推动党员活动室常态开放，每周安排党员轮流值守，活动室里有了读书角和议事桌，"
            "党员活动室真正成了党员之家、群众之家。")
    res = split(["以三张清单压实基层党建责任", "□ 王强", "", *wrapped(P1 + P2), "", "（作者单位：青阳市委党校）", "",
                 "农村党员教育培训实效性研究", "□ 刘洋", "", *wrapped(P3), "", "（作者单位：东平县委党校）", "",
                 *wrapped(room), "", "（作者单位：白河镇党委）", "", "让党员活动室活起来", "□ 陈明", "",
                 *wrapped(P4 + P1), "", "用好红色资源 上好思政大课", "□ 周静", "", *wrapped(P2 + P3)])
    got = {a.title: "".join(HAN.findall(a.body))[:6] for a in res.articles}
    assert got["让党员活动室活起来"] == "党员活动室是"


def test_a_headline_wrapped_onto_a_short_last_line_over_a_dated_lede_is_whole():
    res = split(["【党建动态】", "全省组织部长会议在青阳", "召开", *wrapped("3月12日至13日，全省组织部长会议在青阳召开。" + P1),
                 "省委组织部召开选调生", "座谈会", *wrapped("8月9日，省委组织部召开选调生座谈会。" + P2)])
    assert [a.title.replace(" ", "") for a in res.articles] == ["全省组织部长会议在青阳召开", "省委组织部召开选调生座谈会"]
    assert all(a.authors == [] for a in res.articles)


def test_a_lecture_collection_its_cover_numbers_and_speakers():
    res = split(["学习资料汇编", "（第三辑）", "优秀党课讲稿选编", "中共青阳县委组织部 青阳县委党校", "二〇二四年十月",
                 "目　录", "讲稿一　做一名合格的共产党员……2", "讲稿二　从党史中汲取奋进力量……6", "",
                 "讲稿一", "做一名合格的共产党员", "主讲人：王强（白河镇党委书记）", *wrapped(P1 + P2), "",
                 "讲稿二", "从党史中汲取奋进力量", "主讲人：刘洋（青阳县委党校副校长）", *wrapped(P3 + P4)])
    reasons = dropped_reasons(res)
    assert reasons["优秀党课讲稿选编"] == "cover of the issue, over its table of contents"
    assert reasons["讲稿二"] == "the piece's number printed over its headline"
    assert [(a.title, a.section, a.authors, a.unit) for a in res.articles] == [
        ("做一名合格的共产党员", None, ["王强"], "白河镇党委书记"),
        ("从党史中汲取奋进力量", None, ["刘洋"], "青阳县委党校副校长")]


def test_starred_authors_units_come_from_their_footnotes():
    res = split(["■ 党的建设研究", "新时代村级组织建设的实践路径", "周明远＊　吴佳宁＊＊",
                 "【摘要】村级组织是党在农村全部工作和战斗力的基础。", "【关键词】村级组织；组织力",
                 "【中图分类号】D267　【文献标识码】A", *wrapped(P4 + P3, 15),
                 "＊周明远，青阳市委党校党建教研部副教授。", "＊＊吴佳宁，青阳市委党校党建教研部讲师。", *wrapped(P2, 15),
                 "参考文献：", "①周明远.村级组织建设研究[M].北京：人民出版社，2020."])
    (paper,) = res.articles
    assert paper.unit == "青阳市委党校党建教研部副教授；青阳市委党校党建教研部讲师"


def test_among_dated_briefs_a_brief_since_the_year_began_is_one_too():
    res = split(["【理论研究】", "加强党员教育管理的几点思考", "□ 王强", *wrapped("今年以来，" + P1 + P2),
                 "（作者单位：青阳县委党校）", "组 织 工 作 动 态",
                 *wrapped("8月上旬，县委组织部举办新任村党组织书记示范培训班，帮助他们提升履职能力。"),
                 *wrapped("8月15日，县委组织部召开党员发展工作推进会，要求严格执行发展党员工作程序。"),
                 *wrapped("今年以来，东平镇在全镇推行党员积分制管理，党员参加组织生活的积极性明显提高。")])
    briefs = [a for a in res.articles if a.kind == "brief"]
    assert len(briefs) == 3 and "".join(HAN.findall(briefs[2].body)).startswith("今年以来东平镇")
    article = res.articles[0]
    assert article.title == "加强党员教育管理的几点思考" and article.kind == "article"
    assert "".join(HAN.findall(article.body)).endswith("".join(HAN.findall(P2[-10:])))


def test_an_untitled_body_closed_by_its_authors_unit_is_one_article_whatever_its_dates():
    # titles printed under their bodies: the last body's title block went to the body before,
    # and the untitled piece after it opens with dated paragraphs like a run of briefs
    res = split(["", *wrapped(P1 + P2), "", "加强基层组织建设", "□ 王强", "",
                 *wrapped("7月22日，县委组织部部长到东平镇调研软弱涣散村党组织整顿工作。" + P3), "",
                 *wrapped("7月25日，县委召开乡村振兴工作推进会，要求压实各级党组织责任。" + P4), "",
                 *wrapped("二是要保障党员的民主权利，充分发挥党员主体作用。" + P2), "",
                 "（作者单位：青阳县委组织部）"])
    assert [(a.kind, a.title) for a in res.articles][0] == ("article", "加强基层组织建设")
    assert [a.kind for a in res.articles[1:]] == ["article"]
    assert res.articles[1].unit == "青阳县委组织部"
    body = res.articles[1].body
    assert "7月22日" in body and "7月25日" in body and "二是要保障" in body


def test_a_bodiless_heading_right_over_an_editors_note_is_the_title_of_its_group():
    res = split(["专题策划", "", "春风化雨润心田", "", "【编者按】" + P3, "", "加强基层组织建设", "□ 王强", "",
                 *wrapped(P1 + P2)])
    note = res.articles[0]
    assert (note.kind, note.title, note.section) == ("editor_note", "春风化雨润心田", "专题策划")
    assert "春风化雨润心田" not in dropped_reasons(res)
    assert res.articles[1].title == "加强基层组织建设" and res.articles[1].kind == "article"


def test_a_brief_run_on_into_a_speech_whose_title_floats_is_cut_before_the_speech():
    # the brief's headline over its text, the speech following with no break, the speech's
    # title block printed inside it: the brief keeps its own text, the speech the rest
    speech = ("同志们：这次会议的主要任务是，深入贯彻落实上级关于抓党建促乡村振兴的部署要求，交流各地经验做法，"
              "安排下一阶段重点工作。刚才，三个县作了交流发言，讲得都很好，大家要相互学习借鉴。"
              "办好农村的事情，关键在党。乡村振兴是一项系统工程，任务越繁重，越需要加强党的领导，")
    rest = ("越需要发挥农村基层党组织的战斗堡垒作用。要把抓党建促乡村振兴作为一项政治任务，摆上重要议程，"
            "层层压实责任，确保各项工作落地见效。")
    res = split(["【要闻要论】", "全省新就业群体党建工作推进会", "召开",
                 *wrapped("3月27日，全省新就业群体党建工作推进会在临河召开。会议要求，各地要加强快递员、外卖送餐员"
                          "等新就业群体党建工作，推动建立行业党组织，把新就业群体中的党员组织起来。", 22),
                 *wrapped(speech, 22), "在全省抓党建促乡村振兴工作推进会上的讲话", "● 汪建平", "（2026年3月18日）",
                 *wrapped(rest, 22)])
    titles = [a.title for a in res.articles]
    assert titles == ["全省新就业群体党建工作推进会 召开", "在全省抓党建促乡村振兴工作推进会上的讲话"], titles
    brief, talk = res.articles
    assert "同志们" not in brief.body and "".join(HAN.findall(talk.body)).startswith("同志们这次会议")
    assert talk.authors == ["汪建平"] and "层层压实责任" in talk.body


def test_dated_briefs_run_on_into_an_article_titled_under_its_body_are_briefs_still():
    # a news column's briefs, then the next column's article, its title block printed under
    # its body: the briefs are cut off the article's head
    b1 = wrapped("9 月上旬，县委组织部组织开展全县组工干部业务能力测试，成绩纳入年度考核。", 18)
    b2 = wrapped("9 月 12 日，东平区召开社区工作者职业体系建设推进会，为社区工作者颁发等级证书。", 18)
    b3 = wrapped("9 月 26 日，白河市举办“两新”组织党务工作者示范培训班，党务工作者参加为期三天的培训。", 18)
    res = split(["组 织 工 作 动 态", *b1, "", *b2, "", *b3, "", *wrapped(P3, 18), "", *wrapped(P2, 18), "",
                 "（作者单位：青阳县委党校）", "把论文写在田野上", "郑国华"])
    kinds = [(a.kind, a.section) for a in res.articles]
    assert kinds == [("brief", "组织工作动态")] * 3 + [("article", "组织工作动态")], kinds
    article = res.articles[-1]
    assert (article.title, article.authors, article.unit) == ("把论文写在田野上", ["郑国华"], "青阳县委党校")
    assert "".join(HAN.findall(article.body)).startswith("".join(HAN.findall(P3[:12])))


def test_a_letter_spaced_place_between_briefs_is_a_place_label_not_a_byline():
    # (the places float mid-sentence, under a line with no comma that might end a headline)
    res = split(["组 织 工 作 动 态", "", "6 月 28 日，东湖区召开“两优一先”表", "", "彰大会，对 20 个先进基层党组织、45 ",
                 "", "名优秀共产党员和 18 名优秀党务工作者进", "", "东 湖区", "", "西 岗区", "",
                 "行表彰，并组织受表彰代表重温入党誓词。", "", "7 月初，西岗区在全区 42 个城市社区全", "",
                 "面推行“红色物业”，解决群众关心的问题。"])
    briefs = [a for a in res.articles if a.kind == "brief"]
    assert len(briefs) == 2 and not any(a.authors for a in res.articles)
    assert "重温入党誓词" in briefs[0].body


def test_a_series_label_opening_a_page_and_printed_again_as_its_running_head_is_the_column():
    body1 = wrapped(P1 + P2 + P3 + P4, 20)
    res = split(["卷 首 语", *wrapped(P4, 20), "（作者：河口区委常委、组织部长）",
                 " 奋进新征程 建功新时代", "把“头雁”选好配强", "蒋文博", *body1[:12], "奋进新征程 建功新时代", *body1[12:],
                 "（作者：北塔区委常委、组织部长）"])
    art = next(a for a in res.articles if a.authors == ["蒋文博"])
    assert (art.title, art.section) == ("把“头雁”选好配强", "奋进新征程建功新时代")
    assert "".join(HAN.findall(art.body)) == "".join(HAN.findall(P1 + P2 + P3 + P4))


def test_a_series_label_printed_again_on_a_short_page_is_still_its_running_head():
    # a wide column: the page holds nine lines, and the label comes back as its running head
    body = wrapped(P1 + P2 + P3 + P4, 40)
    res = split(["卷 首 语", *wrapped(P4, 40), "（作者：河口区委常委、组织部长）",
                 " 奋进新征程 建功新时代", *body[:3], "把“头雁”选好配强", "蒋文博", *body[3:7], "奋进新征程 建功新时代",
                 *body[7:], "（作者：北塔区委常委、组织部长）"])
    art = next(a for a in res.articles if a.authors == ["蒋文博"])
    assert (art.title, art.section) == ("把“头雁”选好配强", "奋进新征程建功新时代")
    assert "".join(HAN.findall(art.body)) == "".join(HAN.findall(P1 + P2 + P3 + P4))


def test_a_dated_running_head_printed_twice_is_no_column():
    res = split([" 2026.4 新时代党校研究", "把“头雁”选好配强", "□ 蒋文博", *wrapped(P1 + P2 + P3, 20)[:6],
                 "2026.4 新时代党校研究", *wrapped(P1 + P2 + P3, 20)[6:]])
    assert [a.section for a in res.articles] == [None]


def test_a_signed_title_floating_in_a_sentence_beside_a_shortened_line_is_found():
    # the text runs around the title's box: the line before it stops short of the column
    body = wrapped(P1 + P2 + P3, 24)
    res = split(["党 建 视 点", *body[:2], body[2][:-3], "在急难险重任务中识别考察干部", "丁晓梅",
                 *wrapped(body[2][-3:] + "".join(body[3:]), 24)])
    art = next(a for a in res.articles if a.authors == ["丁晓梅"])
    assert art.title == "在急难险重任务中识别考察干部"
    assert "".join(HAN.findall(art.body)) == "".join(HAN.findall(P1 + P2 + P3))


def test_a_contents_list_naming_columns_makes_those_names_labels_where_they_stand_alone():
    res = split(["CONTENTS 目录", "", "04", "", "特别关注｜党建引领基层治理", "", "08", "", "对话｜让党旗高高飘扬", "",
                 "南湖先锋 2026.7", "", "特别关注", "", "党建引领基层治理", "", "本刊记者 卢思远", "", P1, "", P2, "",
                 "对话", "", "让党旗高高飘扬", "", P3, "", P4])
    reasons = dropped_reasons(res)
    assert reasons["特别关注｜党建引领基层治理"].startswith("table of contents")
    assert [(a.title, a.section) for a in res.articles] == [("党建引领基层治理", "特别关注"), ("让党旗高高飘扬", "对话")]
    assert res.articles[0].authors == ["卢思远"]


def test_an_office_alone_in_a_closing_bracket_ends_the_piece_and_names_no_author():
    res = split(["基层传真", "", "城西街道建成“红色驿站”", "", P3, "", "（城西街道党工委）", "", "东港镇评选“最美党员志愿者”", "",
                 P4])
    assert [(a.title, a.authors, a.unit) for a in res.articles] == [
        ("城西街道建成“红色驿站”", [], None), ("东港镇评选“最美党员志愿者”", [], None)]
    assert dropped_reasons(res)["（城西街道党工委）"].startswith("end line")


def test_a_line_going_on_with_an_editors_note_is_its_text_not_its_heading():
    res = split(["封面故事", "党群服务中心里的“幸福密码”", "□ 甘露", *wrapped(P3 + P4, 22), "专题", "学习贯彻全会精神 推动组织工作高质量发展",
                 "　　【编者按】为深入学习贯彻全会精神，本刊特邀几位县", "（市、区）委组织部长撰文，交流推动组织工作高质量发展",
                 "的思考与实践。", "以钉钉子精神抓落实", "□柳江市鱼峰区委常委、组织部部长 沈 立", *wrapped(P1 + P2, 22)])
    note = res.articles[1]
    assert (note.kind, note.title) == ("editor_note", "学习贯彻全会精神 推动组织工作高质量发展")
    assert "委组织部长撰文" in note.body
    assert res.articles[2].title == "以钉钉子精神抓落实" and res.articles[2].authors == ["沈立"]


def test_a_unit_line_under_a_title_printed_after_its_body_closes_that_article():
    res = split(["", *wrapped(P1 + P2, 20), "干部教育培训要在“实”字上下功夫", "□ 穆 清", "（作者单位：宁川市兴庆区委党校）",
                 "", *wrapped(P3 + P4, 20), "以党内法规制度建设推进全面从严治党", "□ 杨志远", "（本文作者单位：宁川市委党校）"])
    assert [(a.title, a.authors, a.unit) for a in res.articles] == [
        ("干部教育培训要在“实”字上下功夫", ["穆清"], "宁川市兴庆区委党校"),
        ("以党内法规制度建设推进全面从严治党", ["杨志远"], "宁川市委党校")]
    assert not [d for d in res.dropped if d.code == "unplaced"]


def test_a_daily_leads_credit_printed_flush_on_its_own_line_is_the_storys_byline():
    res = split(["2026年6月24日 星期三 第6版 党建", "汉江晚报", "", "老党员杨秀珍：坚守社区调解一线二十年",
                 "本报讯（记者 柴伟 通讯员 欧阳洁）", "　　" + P1, "　　" + P2, "", "党员干部要当好“答题人”", "许立言",
                 "　　" + P3, "　　" + P4, "（作者单位：汉江市委党校）", "责任编辑：陶 然"])
    first = res.articles[0]
    assert (first.title, first.authors) == ("老党员杨秀珍：坚守社区调解一线二十年", ["柴伟", "欧阳洁"])
    assert "本报讯" not in first.body
    assert dropped_reasons(res)["本报讯（记者 柴伟 通讯员 欧阳洁）"].startswith("byline")


def test_a_signed_title_floating_in_a_paragraphs_last_sentence_is_found():
    # the sentence the block cuts ends its paragraph on a short line right after it
    text = P1 + "去年以来，高新区新引进各类人才一千八百余名，新增高新技术企业四十六家。"
    body = wrapped(text, 24)
    res = split(["党 建 视 点", *body[:-1], "为人才松绑 让创新活力竞相迸发", "贺雪莲", body[-1],
                 "（作者：松川高新区党工委委员、组织人事部部长）"])
    art = next(a for a in res.articles if a.authors == ["贺雪莲"])
    assert art.title == "为人才松绑 让创新活力竞相迸发"
    assert "".join(HAN.findall(art.body)) == "".join(HAN.findall(text))


def test_the_headings_of_a_paged_contents_list_name_columns_that_label_the_pieces_under_them():
    res = split(["目  录", "访谈", "13 用心用情当好群众“贴心人”", "基层采风", "16 茶山深处党旗红……本刊记者 郭 琳", "",
                 "访谈", "用心用情当好群众“贴心人”", "本刊记者 郭琳", "", P1, "", P2, "",
                 "基层采风", "茶山深处党旗红", "本刊记者 郭 琳", "", P3, "", P4])
    assert [(a.title, a.section) for a in res.articles] == [
        ("用心用情当好群众“贴心人”", "访谈"), ("茶山深处党旗红", "基层采风")]


def test_a_dailys_stories_without_a_column_take_their_pages_name():
    res = split(["2026年6月24日 星期三 第6版 党建", "汉江晚报", "", "老党员杨秀珍坚守社区调解一线",
                 "本报讯（记者 柴伟 通讯员 欧阳洁）", "　　" + P1, "　　" + P2, "", "■理论前沿", "党员干部要当好“答题人”", "许立言",
                 "　　" + P3, "　　" + P4, "（作者单位：汉江市委党校）", "责任编辑：陶 然", "",
                 "2026年6月24日 星期三 第7版：理论·学习", "", "以钉钉子精神抓落实", "本报评论员", "　　" + P1 + P2])
    assert [(a.title, a.section) for a in res.articles] == [
        ("老党员杨秀珍坚守社区调解一线", "党建"), ("党员干部要当好“答题人”", "理论前沿"), ("以钉钉子精神抓落实", "理论·学习")]


def test_a_daily_set_in_a_narrow_column_without_indents_is_read_story_by_story():
    # 14 characters a line, no indents, no blank lines: headlines have no punctuation, a
    # paragraph opens under a short line ending a sentence
    lead = wrapped("本报讯（记者 熊亮 通讯员 桂芬）近日，记者从市委组织部获悉，我市在全市一千八百多个行政村"
                   "全面推行村级事务“阳光议事”制度。", 14)
    more = wrapped("“以前村里花钱，群众心里没底；现在每一笔账都晒出来，大家都放心。”村民黄老汉说。", 14)
    comment = wrapped("村里的事情，群众最关心；村里的账本，群众最想看。推行“阳光议事”，把村务摆到桌面上，"
                      "是基层民主的生动实践，让阳光成为最好的“防腐剂”。", 14)
    theory = wrapped("乡镇干部身处基层一线，直接面对群众，必须具备较强的群众工作能力、依法办事能力和应急处置能力。", 14)
    res = split(["2026年4月16日 星期四 第3版 要闻", "责任编辑：邹 静", "聚焦群众关心事 晒出村务明白账",
                 "全市推行村级事务“阳光议事”", *lead, *more, "让“阳光议事”成为基层治理常态", "本报评论员", *comment,
                 "提升乡镇干部“三种能力”", *theory, "（作者系临川区委党校讲师）"])
    got = [(a.title, a.section, a.authors) for a in res.articles]
    assert got[1:] == [("让“阳光议事”成为基层治理常态", "要闻", ["本报评论员"]),
                       ("提升乡镇干部“三种能力”", "要闻", [])], got
    first = res.articles[0]
    assert first.authors == ["熊亮", "桂芬"] and "全市推行村级事务“阳光议事”" in first.title
    assert "黄老汉" in first.body and "防腐剂" in res.articles[1].body


NARROW_DAILY = """2026年4月9日 星期四 第1版 要闻
南川日报
南川区“党员驿站”开门迎客
　　近日，南川区在各街道设立“党员驿
站”十六个，为过往群众提供休息、饮
水、充电等便民服务，驿站由社区党组
织统筹管理。
　　驿站还定期组织党员志愿者开展政
策宣讲、法律咨询等活动，受到群众普
遍欢迎。（记者 高远 
通讯员 林小溪）
简讯
　　■4月7日，区委组织部召开全区组
织系统业务培训会。
　　■近日，区委党校春季主体班开班，
八十名科级干部参加学习。
责任编辑：王　芳
2026年4月9日 星期四 第5版 理论
南川日报
把群众满意作为检验工作的标准
彭　冬
　　衡量工作成效，最终要看群众满意
不满意。各级党组织要坚持眼睛向下、
脚步向下，把群众的急难愁盼作为工作
的重点，一件一件抓落实、见实效。
（作者系南川区委党校讲师）
"""


def test_a_dailys_credit_wrapped_over_two_lines_closes_its_story():
    """In a narrow daily column, a closing credit wrapped onto the next line ("（记者 高远" /
    "通讯员 林小溪）") gives the story its reporters and ends it: the column label under it
    names the briefs' column; "（作者系…）" on a line of its own under a commentary, right
    under a full line, is its author's unit, not the paragraph going on."""
    res = split_source(NARROW_DAILY.encode("utf-8"), "d.txt", IssueMeta(id="d"))
    story, *briefs, comment = res.articles
    assert story.authors == ["高远", "林小溪"] and "简讯" not in story.body
    assert len(briefs) == 2 and all(b.section == "简讯" for b in briefs)
    assert comment.authors == ["彭冬"] and comment.unit == "南川区委党校讲师"
    assert "作者系" not in comment.body


def test_a_running_head_that_adds_words_before_its_columns_name():
    """"全市组织工作动态" printed between two briefs of the column "组 织 工 作 动 态" is
    the column's running head: no brief's title, no column of its own."""
    text = "\n".join([
        "组 织 工 作 动 态", "",
        "3月6日，市委组织部召开全市组织部长会议，", "总结去年全市组织工作，部署今年重点任务。", "",
        "3月12日，市委组织部举办新任村党组织书记", "示范培训班，一百六十名新任书记参加培训。", "",
        "全市组织工作动态", "",
        "3月20日，清河县委组织部启动人才回引计划，", "动员在外创业人员返乡发展。", ""])
    res = split_source(text.encode("utf-8"), "c.txt", IssueMeta(id="c"))
    assert res.articles and all(a.section == "组织工作动态" for a in res.articles)
    assert not any("全市组织工作动态" in (a.title or "") + a.body for a in res.articles)
    assert any(d.text == "全市组织工作动态" and d.code == "column-label" for d in res.dropped)


def test_a_masthead_running_head_with_a_middle_dot_is_furniture():
    """"党员生活·2026年9月" printed where a page turns is the magazine's running head, as
    "党员生活 2026年9月" is: not a title, not text."""
    res = split(["加强基层组织建设", "王强", "", P1, "党员生活·2026年9月", P2, "", "推进干部队伍建设",
                 "刘洋", "", P3, "", P4])
    reasons = dropped_reasons(res)
    assert reasons["党员生活·2026年9月"] == "masthead: the publication and its issue"
    other = split(["加强基层组织建设", "王强", "", P1, "溪城组工 2026·9", P2])
    assert dropped_reasons(other)["溪城组工 2026·9"] == "masthead: the publication and its issue"
    assert [a.title for a in res.articles] == ["加强基层组织建设", "推进干部队伍建设"]


def test_a_sentence_cut_on_a_short_line_goes_on_over_the_columns_running_head():
    """A brief's sentence stops on a short line with a clause in it ("…班子，为乡村振兴"); the
    column's label is printed where the page turns and the next page (its first line set in
    by a space) goes on with the sentence's end: one brief, and the next brief its own."""
    text = "\n".join([
        "组 织 工 作 动 态", "",
        "3月6日，市委组织部召开全市组织部长会议，", "总结去年全市组织工作，部署今年重点任务。", "",
        "3月20日，清河县委组织部启动人才回引计划，", "已有38名在外人才回到村里，其中5人进入村",
        "“两委”班子，为乡村振兴", "",
        "组 织 工 作 动 态", "",
        " 注入了新的活力。", "",
        "3月下旬，石门区委组织部组织全区机关党员", "干部到社区报到，认领服务岗位1200余个。", ""])
    res = split_source(text.encode("utf-8"), "c.txt", IssueMeta(id="c"))
    assert [han(a.body)[:4] for a in res.articles] == ["月日市委", "月日清河", "月下旬石"]
    assert han(res.articles[1].body).endswith("为乡村振兴注入了新的活力")


def test_paragraphs_set_flush_are_not_read_as_indented_from_a_label_or_an_end_line():
    """Paragraphs set flush (a new one starts a full line after a short one); a sentence goes
    on over the running head onto the next page (set in by a space), and a full paragraph
    follows: one report. A unit line and a column label under short lines are no sign of
    indented first lines (they made that full line look like the rest of a paragraph)."""
    wide = lambda p: [p[:30], p[30:]]  # noqa: E731  a paragraph in lines of 30 characters
    lines = ["【党员生活】", "老支书的红色课堂", "本刊记者　罗晓君", *wide(P1), P2[:30], P2[30:45],
             "党员生活·2026年9月", " " + P2[45:], *wide(P3), "（作者单位：青阳县委组织部）",
             *wide(P4), "党 建 动 态", *wide("8月5日，" + P1), "青 阳县", *wide("8月9日，" + P2)]
    res = split(lines)
    report = res.articles[0]
    assert report.title == "老支书的红色课堂" and han(report.body).endswith(han(P3))
    assert han(P2) in han(report.body)
    assert not classify(split_lines("\n".join(lines)))[0].indents


def test_a_title_and_its_label_printed_into_a_sentence_cut_on_a_short_line():
    """A commentary after a news column's briefs: its sentence runs on from a full line to a
    short one ("…文件少了，各种台账表格" / "又冒"), its title and the label of its column are
    printed there, and the next page goes on with the sentence's end. The title is the
    commentary's, its body is whole, and the briefs keep their own column."""
    wrap17 = lambda p: [p[n:n + 17] for n in range(0, len(p), 17)]  # noqa: E731
    lines = ["基 层 动 态", "", *wrap17("3月5日，" + P4), "", *wrap17("3月12日，" + P3), "",
             *wrap17("为基层减负，是激励干部担当作为的重要部署。近年来，各地精简文件会议，基层干部"
                     "有了更多时间抓落实。"), "",
             *wrap17("但也要看到，一些地方换了马甲的形式主义仍然存在：会议少了，工作群里的打卡多"
                     "了；文件少了，各种台账表格"), "又冒", "以钉钉子精神抓好基层减负", "理 论 评 论",
             " 出来了。这说明，减负不能一阵风，必", "须以钉钉子精神持续用力。", "", "理 论 评 论"]
    res = split(lines)
    comment = next(a for a in res.articles if a.title == "以钉钉子精神抓好基层减负")
    assert han(comment.body).startswith("为基层减负") and han(comment.body).endswith("持续用力")
    assert "又冒出来了" in comment.body.replace("\n", "")
    assert comment.section == "理论评论"
    assert [(a.kind, a.section) for a in res.articles if a is not comment] == \
        [("brief", "基层动态")] * 2


def test_speakers_and_writers_up_of_collections_name_their_authors():
    """A meeting's 发言摘编 and a 事迹 collection sign their pieces with the speaker's or the
    writer-up's post or unit and name, in a line or in brackets at the end."""
    cases = {
        "发言人：青阳区委常委、组织部部长　韦东": (["韦东"], "青阳区委常委、组织部部长"),
        "整理人：柳溪镇党委组织办　林晓": (["林晓"], "柳溪镇党委组织办"),
        "整理人　县教育局党组　吕佳": (["吕佳"], "县教育局党组"),
    }
    for line, (authors, unit) in cases.items():
        by = parse_head_byline(line)
        assert (by.authors, by.unit) == (authors, unit), line
    for line, (authors, unit) in {"（河口镇党委书记　艾林）": (["艾林"], "河口镇党委书记"),
                                  "（整理人：城东街道党工委　宋立）": (["宋立"], "城东街道党工委")}.items():
        by = parse_end_line(line)
        assert (by.authors, by.unit) == (authors, unit), line
    assert parse_end_line("（图为党员志愿者在社区服务）") is None


def test_a_title_over_its_deck_and_a_title_wrapped_after_its_particle():
    """"扎根山村的“红管家”" over "——记…" is the title and the deck its subtitle, not a column's
    label over a title; "…组织力提升的" / "路径探析" is one title, though 路径探析 looks like a
    name (路 is a surname) — no title line ends in 的."""
    res = split(["扎根山村的“红管家”", "——记柳溪村党支部书记周年", "", P1, "", P2, "",
                 "数字赋能基层党组织组织力提升的", "路径探析", "——基于青阳县三个街道的调查", "□ 祁 峰",
                 "", P3, "", P4])
    assert [(a.title, a.subtitle) for a in res.articles] == [
        ("扎根山村的“红管家”", "——记柳溪村党支部书记周年"),
        ("数字赋能基层党组织组织力提升的路径探析", "——基于青阳县三个街道的调查")]
    assert res.articles[0].section is None and res.articles[1].authors == ["祁峰"]


def test_a_collections_contents_makes_its_numbered_lines_titles_and_its_parts_columns():
    """A study collection lists its parts ("第一部分　理论文章") and numbered pieces ("一、…")
    in its 目录: in the text the numbered lines are the pieces' titles (without the number,
    which goes to `dropped`), the parts their columns — a numbered line not in the contents
    stays a heading inside its piece."""
    res = split(["学习资料", "目　录", "第一部分　理论文章", "一、在真抓实干中践行初心使命",
                 "二、以钉钉子精神抓好作风建设", "第二部分　经验做法", "（一）南坪县推行村级事务清单", "",
                 "第一部分　理论文章", "一、在真抓实干中践行初心使命", "来源：《柳川日报》2026年5月8日", P1,
                 "一、摸清情况", P2, "二、以钉钉子精神抓好作风建设", "作者：卢明轩　来源：《党建研究参考》2026年第4期",
                 P3, "第二部分　经验做法", "（一）南坪县推行村级事务清单", P4, "（作者：钱晓岚，来源：《求实论坛》）"])
    assert [(a.title, a.section) for a in res.articles] == [
        ("在真抓实干中践行初心使命", "理论文章"), ("以钉钉子精神抓好作风建设", "理论文章"),
        ("南坪县推行村级事务清单", "经验做法")]
    assert "一、摸清情况" in res.articles[0].body
    assert [a.authors for a in res.articles] == [[], ["卢明轩"], ["钱晓岚"]]
    assert {d.text for d in res.dropped if d.code == "title-mark"} == {"一、", "二、", "（一）"}


def test_a_pictures_credit_after_the_writers_names_no_author():
    assert parse_head_byline("文丨覃小薇　图片丨钟毅").authors == ["覃小薇"]


def test_a_speakers_line_over_a_title_or_opening_the_speech_is_its_byline():
    """A meeting's 发言摘编: "○ post name" printed over the speech's title, and "post name："
    opening a speech printed without one."""
    assert parse_head_byline("○ 市国资委党委书记　孟繁星").authors == ["孟繁星"]
    by = parse_head_byline("桥东街道党工委书记　洪家骏：")
    assert (by.authors, by.unit) == (["洪家骏"], "桥东街道党工委书记")
    for words in ("他说：", "一是加强组织建设：", "市委书记张三："):
        assert parse_head_byline(words) is None, words
    res = split(["○ 市国资委党委书记　孟繁星", "把国企党建优势转化为治理效能", "", P1, "", P2, "",
                 "桥东街道党工委书记　洪家骏：", P3, "", P4])
    assert [(a.title, a.authors) for a in res.articles] == [
        ("把国企党建优势转化为治理效能", ["孟繁星"]), (res.articles[1].title, ["洪家骏"])]
    assert han(res.articles[1].body).startswith(han(P3)[:10])


def test_a_collections_compiler_is_furniture_and_a_heading_with_de_is_no_name():
    res = split(["获奖作品选", "", "中共青阳区委宣传部　区委组织部　编", "", "编者的话", "", P1, "", P2])
    assert [d.reason for d in res.dropped if d.text.endswith("编")] == ["compiler of the collection"]
    assert all("编者的话" not in a.authors for a in res.articles)


def test_a_headlines_lines_give_its_title_and_subtitle():
    """One rule for every kind of source: a deck under the headline is its subtitle, a 引题 of
    two phrases over a headline and its deck goes with the deck, a title wrapped after 的 joins
    without a space, two phrases side by side with one."""
    assert headline_parts(["坚持党建引领　激活发展动能", "滨海新区“链上党建”助企纾困", "——今年以来帮助企业解决难题一百余个"]) \
        == ("滨海新区“链上党建”助企纾困", "坚持党建引领 激活发展动能 ——今年以来帮助企业解决难题一百余个")
    assert headline_parts(["数字赋能基层党组织组织力提升的", "路径探析", "——基于三个街道的调查"]) \
        == ("数字赋能基层党组织组织力提升的路径探析", "——基于三个街道的调查")
    assert headline_parts(["加强党建引领", "提升社区治理水平"]) == ("加强党建引领 提升社区治理水平", None)
    assert headline_parts(["坚持党建引领　激活发展动能", "滨海新区助企纾困"]) == \
        ("坚持党建引领 激活发展动能 滨海新区助企纾困", None)   # (no deck: no telling a 引题)


def test_a_title_printed_after_its_body_as_the_texts_last_line():
    """A hard-wrapped story whose title was extracted after its body, as the file's last line:
    its title (in a push set one paragraph a line, a last short line is no title: see
    test_wechat)."""
    wrap20 = lambda p: [p[n:n + 20] for n in range(0, len(p), 20)]  # noqa: E731
    res = split(["【党史故事】", "", *wrap20(P1), "", *wrap20(P2), "", "一盏马灯"])
    assert [(a.title, a.section) for a in res.articles] == [("一盏马灯", "党史故事")]
    assert han(res.articles[0].body).endswith(han(P2))


def test_a_pushs_star_request_and_a_marked_end_are_chrome():
    res = split(["星标⭐“漓川机关党建”，第一时间获取推送", "机关党支部如何开好组织生活会", "作者｜卜文韬", P1, P2,
                 "◇END◇", "用好第一议题制度", "文｜左明川", P3, P4, "◇END◇", "阅读原文"])
    reasons = dropped_reasons(res)
    assert reasons["星标⭐“漓川机关党建”，第一时间获取推送"] == "account chrome"
    assert reasons["◇END◇"] == "end mark"
    assert [a.title for a in res.articles] == ["机关党支部如何开好组织生活会", "用好第一议题制度"]


def test_a_dailys_marked_brief_headlines_are_titles_not_columns():
    """"■花溪镇开展党员冬训" over an indented paragraph on a daily's page: the brief's headline
    (the bullet dropped), not a column named by a marked word ("■ 组工视窗" is one)."""
    assert column_label("■花溪镇开展党员冬训") is None and column_label("■ 组工视窗") == "组工视窗"
    page = "\n".join(["2026年11月3日　星期二　第3版　党建周刊", "责任编辑：晏小川", "",
                      "以小积分激活党员队伍大活力", "", "　　本报讯（记者 简宁）" + P1, "", "　　" + P4, "",
                      "简讯", "", "■县委组织部评选党员教育示范课", "　　" + P2, "",
                      "■花溪镇开展党员冬训", "　　" + P3, "", "2026年11月3日　星期二　第4版　理论"])
    res = split_source(page.encode("utf-8"), "d.txt", IssueMeta(id="d"))
    titles = [a.title for a in res.articles]
    assert "县委组织部评选党员教育示范课" in titles and "花溪镇开展党员冬训" in titles
    assert not any(a.section == "花溪镇开展党员冬训" for a in res.articles)
    assert [d.text for d in res.dropped if d.code == "title-mark"] == ["■", "■"]


def test_a_research_group_signs_the_report_above_the_next_title_and_heads_its_own():
    """A collection of reports: "市直机关工委调研组" closing a report, right over the next one's
    title and its group byline (units joined by 、), signs the report above."""
    res = split(["关于机关党建与业务融合的调查", P1, P2, "市直机关工委调研组", "关于社区工作者队伍建设的调研报告",
                 "市委社会工作部、市民政局联合调研组", P3, P4])
    assert [(a.title, a.authors) for a in res.articles] == [
        ("关于机关党建与业务融合的调查", ["市直机关工委调研组"]),
        ("关于社区工作者队伍建设的调研报告", ["市委社会工作部、市民政局联合调研组"])]


def test_an_export_of_labelled_records_is_read_by_its_fields():
    """A reporting system's export: each piece a record of fields, its title field first; the
    lines after 正文 up to the next title field are its body."""
    res = split(["稿件导出", "标题：以高质量党建引领基层治理", "作者：青阳县委组织部　王明", "栏目：工作交流", "正文：",
                 P1, P2, "", "【标题】社区党组织牵头办实事", "【作者】李红", "【作者单位】城关镇党委",
                 "【正文】" + P3, P4])
    assert [(a.title, a.authors, a.unit, a.section) for a in res.articles] == [
        ("以高质量党建引领基层治理", ["王明"], "青阳县委组织部", "工作交流"),
        ("社区党组织牵头办实事", ["李红"], "城关镇党委", None)]
    assert han(res.articles[1].body) == han(P3 + P4)
    assert {d.code for d in res.dropped} == {"before-first", "title-byline"}
    # a magazine's "作者：" byline under a title is no record
    res = split(["加强基层组织建设", "作者：王强", "", P1, "", P2])
    assert res.articles[0].title == "加强基层组织建设"


def test_a_markdown_exports_heading_marks_are_no_part_of_titles():
    res = split(["# 以高质量党建引领基层治理", "", "作者：王明", "", P1, "", "## 一、压实责任", "", P2, "",
                 "# 社区党组织牵头办实事", "", "李红", "", P3, "", P4])
    assert [(a.title, a.authors) for a in res.articles] == [
        ("以高质量党建引领基层治理", ["王明"]), ("社区党组织牵头办实事", ["李红"])]
    assert [d.text for d in res.dropped if d.code == "title-mark"] == ["#", "#"]


def test_a_pieces_number_in_figures_over_its_title_is_no_column():
    res = split(["第1篇", "以高质量党建引领基层治理", "王明", P1, P2, "", "第2篇", "社区党组织牵头办实事", "李红", P3, P4])
    assert [(a.title, a.authors, a.section) for a in res.articles] == [
        ("以高质量党建引领基层治理", ["王明"], None), ("社区党组织牵头办实事", ["李红"], None)]


def test_a_reading_books_chapters_sections_and_unsigned_essays():
    """A 读本 of unsigned essays in indented paragraphs: "第一章　星火燎原" over a title names the
    column; each heading over an indented paragraph is an essay's title ("第一节　…" without its
    number); the book's running head with its page number is furniture; "编写说明" is no name."""
    res = split(["党史学习教育读本", "编写说明", "　　" + P1, "第一章　星火燎原", "临江第一个党支部的诞生",
                 "　　" + P2, "党史学习教育读本　　7", "　　" + P3, "烽火中的交通站", "　　" + P4,
                 "第二章　艰苦创业", "第一节　修筑红旗渠的日日夜夜", "　　" + P1, "第二节　一位老支书的账本", "　　" + P2])
    assert [(a.title, a.section) for a in res.articles][1:] == [
        ("临江第一个党支部的诞生", "星火燎原"), ("烽火中的交通站", "星火燎原"),
        ("修筑红旗渠的日日夜夜", "艰苦创业"), ("一位老支书的账本", "艰苦创业")]
    assert [d.reason for d in res.dropped if d.text.endswith("7")] == ["running head with the page number"]
    assert not any("编写说明" in a.authors for a in res.articles)
    # a regulation's chapter over its first article is no column
    res = split(["中国共产党某某工作条例", "第一章　总则", "第一条　为了加强党的建设，根据党章，制定本条例。", P1])
    assert all(a.section is None for a in res.articles)


def test_a_cases_bracketed_parts_stay_in_its_body():
    res = split(["案例一", "“小院议事”破解老旧小区治理难题", "中共桃源街道工作委员会", "　　【背景】", "　　" + P1,
                 "　　【做法】", "　　" + P2, "　　【成效】", "　　" + P3])
    (case,) = res.articles
    assert case.title == "“小院议事”破解老旧小区治理难题" and "【做法】" in case.body and case.section is None


def test_an_untitled_piece_on_a_new_page_after_another_untitled_one_is_its_own_article():
    # a party-school journal: an untitled, unsigned piece closed on a short line, then a new
    # page (its first line set in by a space) with a piece on another matter, signed by its
    # closing line alone; the words on the two sides of the break have nothing in common
    faith = ("理想信念是共产党人精神上的支柱。一些干部之所以出问题，根子上是信念动摇了。"
             "加强理想信念教育，要坚持用党的创新理论武装头脑，让干部在学思践悟中坚定信仰。")
    burden = ("基层减负是一项系统工程。近年来各地出台了不少举措，但表格满天飞等问题仍然存在。"
              "为基层减负要从源头抓起，精简文件会议，严格控制督查检查考核总量，注重实绩导向。")
    page = wrapped(burden, 16)
    res = split(["党建引领城市社区治理的三个着力点", "□ 祁红梅", *wrapped(P3 + P4, 16),
                 "（作者单位：中共青阳县委党校）", *wrapped(faith, 16),
                 " " + page[0], *page[1:], "（作者：杜庆丰，作者单位：中共白河县委党校）"])
    first, unsigned, signed = res.articles
    assert first.title == "党建引领城市社区治理的三个着力点"
    assert "".join(HAN.findall(unsigned.body)) == "".join(HAN.findall(faith))
    assert unsigned.authors == [] and unsigned.unit is None
    assert "".join(HAN.findall(signed.body)) == "".join(HAN.findall(burden))
    assert (signed.authors, signed.unit) == (["杜庆丰"], "中共白河县委党校")


def test_a_page_heads_editors_after_the_pages_name_leave_it_the_stories_column():
    for head in ("2025年3月14日 星期五　第2版　综合新闻　　编辑：冉晴　校对：吴双",
                 "2026年11月12日　星期四　第1版　要闻　责任编辑：邵宁"):
        name = head.split("版")[1].split()[0]
        res = split([head, "县委组织部开展蹲点调研", *column("本报讯（通讯员 刘洋）" + P1), *column(P2),
                     "让党员当好先锋", "本报评论员", *column(P3), *column(P4)])
        assert [(a.title, a.section) for a in res.articles] == [
            ("县委组织部开展蹲点调研", name), ("让党员当好先锋", name)], head


def test_a_contents_list_with_each_page_number_on_a_line_of_its_own():
    # the page numbers alone under their entries are page marks to repair; to the contents
    # they are the entries' pages: the list is furniture, its headings name columns
    lines = ["目　录", "", "青阳党建　2026.8", "", "卷首语", "", "在小事上见初心", "", "2", "",
             "党建引领基层治理", "", "让邻里中心成为居民的客厅", "", "4", "", "组织工作动态", "", "9", "",
             "卷 首 语", "", "在小事上见初心", "", *wrapped(P1, 20), "", "（本刊编辑部）", "",
             "党 建 引 领 基 层 治 理", "", "让邻里中心成为居民的客厅", "", "□ 刘洋", "", *wrapped(P3 + P4, 20)]
    res = split(lines)
    assert [(a.title, a.section) for a in res.articles] == [
        ("在小事上见初心", "卷首语"), ("让邻里中心成为居民的客厅", "党建引领基层治理")]
    reasons = dropped_reasons(res)
    assert reasons["组织工作动态"].startswith("table of contents")


def test_title_blocks_floating_after_a_short_cut_line_leave_the_sentence_whole():
    # a city magazine without blank lines or indents: each piece's title and author float in
    # its first sentence — once after a line cut short by the block ("…的重" / "中之重，…"),
    # once after a full line ending in a comma; a two-character tail ("对村") over the
    # series' running head is the sentence's, not a title
    w = 24
    a1 = wrapped("村党组织书记是乡村振兴的领头雁。近年来，我市把书记队伍建设作为基础工程，从致富能手、"
                 "退役军人、返乡大学生中选拔优秀人才担任村党组织书记，大专以上学历的比例明显提高。", w)
    a2 = wrapped("白河县地处山区，村多人散，过去不少村班子年龄偏大、能力偏弱。县委坚持把村级班子建设"
                 "作为组织振兴的重中之重，去年以来共调整不胜任现职的村干部四十三名，储备后备力量三百余人。"
                 "群众看到了变化，对村班子的满意度明显提升。", w)
    cut1 = a2.index(next(x for x in a2 if "中之重" in x))
    lines = ["擦亮组织振兴金字招牌", *a1[:2], "头雁领飞 群雁齐振", "赵明川", *a1[2:],
             "（作者：青阳市委组织部副部长）", *a2[:cut1], a2[cut1][:14], "抓实村级班子 激活发展动能", "沈丽萍",
             " " + a2[cut1][14:] + a2[cut1 + 1][:10], *wrapped(a2[cut1 + 1][10:] + "".join(a2[cut1 + 2:]), w),
             "（作者：白河县委常委、组织部部长）"]
    res = split(lines)
    got = [(a.title, a.authors) for a in res.articles]
    assert got == [("头雁领飞 群雁齐振", ["赵明川"]), ("抓实村级班子 激活发展动能", ["沈丽萍"])]
    assert "".join(HAN.findall(res.articles[1].body)) == "".join(HAN.findall("".join(a2)))


def test_a_body_cut_by_a_floating_title_goes_on_after_it_with_its_sentences_last_words():
    # "…开办四点半课堂，由退休教" / title / institutional author / "师党员义务辅导。": the body
    # runs on after the block, not into the next column's piece
    w = 22
    first = wrapped("滨江社区是一个老旧小区，社区党委把闲置用房改造成邻里中心，大家在这里议事、学习、"
                    "互助，社区的烟火气越来越浓。", w)
    body = ("桃源社区居民来自四面八方，需求多样。针对青少年放学后无人看管问题，有的社会组织开办四点半"
            "课堂，由退休教师党员义务辅导。一系列贴心服务，让居民感受到了党组织就在身边。")
    cut, pause = body.index("师党员"), body.index("课堂，")
    head = [*wrapped(body[:pause], w), body[pause:cut]]     # "…开办四点半" (full) / "课堂，由退休教"
    assert len(head[-2]) == w
    lines = ["党 建 引 领 基 层 治 理", "让邻里中心成为居民的客厅", "青阳市望江街道滨江社区党委", *first,
             *head, "三社联动激活治理末梢", "青阳市城南街道桃源社区党支部", " " + body[cut:cut + 8],
             *wrapped(body[cut + 8:], w), "圆 桌 访 谈", "新就业群体如何融入城市基层治理", "本刊记者 宋雨桐",
             *wrapped("主持人：" + P1, w), *wrapped("许晓峰：" + P2, w)]
    res = split(lines)
    assert [a.title for a in res.articles] == ["让邻里中心成为居民的客厅", "三社联动激活治理末梢",
                                               "新就业群体如何融入城市基层治理"]
    assert "".join(HAN.findall(res.articles[1].body)) == "".join(HAN.findall(body))


def test_a_column_name_with_a_quoted_term_over_a_title_is_its_label():
    res = split(["学 习 园 地", "在读书学习中提升履职本领", "陆 宏 远", *wrapped(P1 + P2, 20), "（作者：青阳市委组织部干部）",
                 "“两新”党建观察", "党建工作站开进物流园", "钱 海 波", *wrapped(P3 + P4, 20)])
    assert [(a.title, a.section) for a in res.articles] == [
        ("在读书学习中提升履职本领", "学习园地"), ("党建工作站开进物流园", "“两新”党建观察")]


def test_a_story_after_a_columns_briefs_titled_under_it_over_the_last_label():
    # dated briefs, their place label, then a story whose short title and column label are
    # printed after it, the label the text's last line: the title is the story's, not the
    # first brief's headline, and the label its column
    story = ("党史陈列室里有一盏锈迹斑斑的马灯。抗战时期，游击队政委提着它走遍山乡，夜里召集群众开会，"
             "宣讲抗日道理。他牺牲后，乡亲们把马灯珍藏起来，讲述着共产党人与人民群众的鱼水深情。")
    res = split(["党 建 简 讯", *wrapped("10月9日，城北区召开机关党建工作推进会，部署开展模范机关创建活动。", 30),
                 *wrapped("10月15日，城北区委组织部组织新任村党组织书记赴外地学习考察，拓宽工作思路。", 30),
                 " 城 北 区", *wrapped("10月20日，青禾镇在镇党校举办入党积极分子培训班，六十名学员参加培训。", 30),
                 " 青 禾 镇", *wrapped(story, 30), "一盏马灯照初心", " 史 海 钩 沉"])
    got = [(a.kind, a.title_derived, a.section) for a in res.articles]
    assert got == [("brief", True, "党建简讯")] * 3 + [("article", False, "史海钩沉")]
    assert res.articles[-1].title == "一盏马灯照初心"
    assert "".join(HAN.findall(res.articles[-1].body)) == "".join(HAN.findall(story))


def test_a_case_collections_numbered_pieces_and_its_preface_are_titled():
    # "前 言" over the collection's own text, then "案例一" over a title over each case; some
    # cases signed by their unit under the title, some not at all
    typed = lambda p: "　　" + p
    res = split(["前 言", typed(P1), "市委组织部", "2026年10月",
                 "案例一", "小院议事破解老旧小区治理难题", "中共桃源街道工作委员会", "　　【背景】", typed(P2),
                 "　　【做法】", typed(P3),
                 "案例二", "党建联建带动山区村抱团发展", "　　【背景】", typed(P4), "　　【成效】", typed(P1),
                 "案例三", "以案促改筑牢廉洁防线", "　　【背景】", typed(P3), "（撰稿：钟岩）"])
    got = [(a.title, a.authors) for a in res.articles]
    assert got == [("前 言", ["市委组织部"]), ("小院议事破解老旧小区治理难题", ["中共桃源街道工作委员会"]),
                   ("党建联建带动山区村抱团发展", []), ("以案促改筑牢廉洁防线", ["钟岩"])]
    assert "【背景】" in res.articles[2].body


def test_a_base_news_columns_one_line_headlines_near_the_columns_width():
    # 【基层传真】 is a news column: its briefs' one-line headlines, short of the width by a
    # few cells only, each open a brief (double-spaced, as the magazine prints them)
    heads = ["丰源县村村有个党员议事会", "清川市为新就业群体开设暖心课堂"]
    lines = ["【基层传真】", ""]
    for head, para in zip(heads, (P1, P2)):
        lines += [head, ""] + [x for row in wrapped(para, 21) for x in (row, "")]
    res = split(lines)
    assert [a.title for a in res.articles] == heads


def test_a_longer_title_floating_with_its_label_in_a_sentence_run_on_from_a_full_line():
    # a 16-character title (two thirds of the 24-character column) and the label under it,
    # printed between two full lines of one sentence
    body = ("作风建设是组织部门自身建设的永恒课题。组织部门作为管党治党的重要职能部门，肩负着选干部、"
            "建队伍、抓基层的重要职责。严实作风首先体现在坚持原则上，选人用人要秉持公道，"
            "其次体现在深入基层上，要经常到基层走一走，听听干部和群众的意见，掌握第一手情况。")
    rows = wrapped(body, 24)
    assert len(rows[3]) == 24
    res = split(["基 层 动 态", *wrapped("4月下旬，城北区为辖区“两新”组织配备党建指导员。", 24), "城 北区",
                 " 理 论 评 论", *rows[:4], "以严实作风推动组织工作高质量发展", "理 论 评 论", *rows[4:]])
    art = res.articles[-1]
    assert (art.title, art.section) == ("以严实作风推动组织工作高质量发展", "理论评论")
    assert "".join(HAN.findall(art.body)) == "".join(HAN.findall(body))


def test_two_authors_on_one_spaced_line_under_a_title_floating_in_a_sentence():
    body = ("引才难，留才更难。一些地方花大力气引进人才，却因为平台不够、服务不优，人才留不住、用不好，"
            "出现引进来、流出去的现象。人才工作必须在留字上多下功夫，为人才搭建干事创业的平台。")
    rows = wrapped(body, 19)
    res = split(["（作者：临水市委组织部副部长）", rows[0], "人才工作要在“留”字上下功夫", "谷 雨 林小满", *rows[1:]])
    art = res.articles[-1]
    assert (art.title, art.authors) == ("人才工作要在“留”字上下功夫", ["谷雨", "林小满"])
    assert "".join(HAN.findall(art.body)) == "".join(HAN.findall(body))


def test_a_collections_cover_and_its_own_texts_headed_by_front_words():
    # a cover (title, its second line, the month alone), "编者的话" over the editors' text,
    # signed pieces, "评审后记" at the end: the cover is no article and names no column
    res = split(["“我身边的共产党员”主题征文", "获奖作品选", "", "2026年7月", "", "编者的话", "", *wrapped(P1, 26), "",
                 "父亲的党费证", "卓 雅", "", *wrapped(P2 + P3, 26), "", "评审后记", "", *wrapped(P4, 26)])
    assert [(a.title, a.authors, a.section) for a in res.articles] == [
        ("编者的话", [], None), ("父亲的党费证", ["卓雅"], None), ("评审后记", [], None)]
    assert {d.text: d.code for d in res.dropped}["2026年7月"] == "title-date"


def test_a_speakers_piece_and_the_next_one_signed_at_its_end_are_two():
    # a bulletin, one paragraph a line: a speaker's line opens one piece; the next piece's
    # title stands alone between paragraphs and its speaker signs it in brackets at the end
    res = split(["全市抓党建促基层治理推进会交流发言摘编", "", "桥东街道党工委书记 洪家骏：", "", P1, "", P2, "",
                 "用好“四议两公开”让村民当家作主", "", P3, "", P4, "", "（河口镇党委书记 艾林）"])
    got = [(a.title, a.authors) for a in res.articles]
    assert got[-2:] == [(got[-2][0], ["洪家骏"]), ("用好“四议两公开”让村民当家作主", ["艾林"])]
    assert res.articles[-1].body.startswith(P3[:10])


def test_a_collective_signing_the_editors_text_before_a_chapter_is_no_title():
    from qikan.split.names import is_institution
    assert all(map(is_institution, ("编写组", "本书编委会", "课题组", "本刊编辑部")))
    assert not any(map(is_institution, ("编写说明", "组织生活", "小组")))
    res = split(["编写说明", "　　" + P1, "　　" + P2, "编写组", "第一章　星火燎原", "临江第一个党支部的诞生",
                 "　　" + P3, "　　" + P4])
    assert [(a.title, a.section) for a in res.articles] == [
        ("编写说明", None), ("临江第一个党支部的诞生", "星火燎原")]


def test_a_clippings_cut_lines_and_publication_dates_are_no_text():
    cut = "✂－－－－－－－－－－－－－－－－－－"
    res = split(["理论文章剪报", "（2026年第三季度）", "市委宣传部理论科 整理", "", cut, "",
                 "在实干担当中践行初心使命", "■ 沈若兰", P1, P2, "来源：《江城理论周刊》", "刊发日期：2026年8月2日", "",
                 cut, "", "让调查研究成为干部的基本功", "本报评论员", "来源：《临江日报》 刊发日期：2026-08-19", P3, P4,
                 "", cut])
    assert [(a.title, a.authors, a.section) for a in res.articles] == [
        ("在实干担当中践行初心使命", ["沈若兰"], None), ("让调查研究成为干部的基本功", ["本报评论员"], None)]
    reasons = dropped_reasons(res)
    assert reasons[cut] == "rule line" and reasons["刊发日期：2026年8月2日"].startswith("date or source")


def test_a_contents_list_printing_no_page_numbers_lists_titles_not_columns():
    res = split(["槐川机关党建", "2026年第3期（总第58期）", "本期要目", "把“机关味”变成“实干味”", "一张“服务清单”的变迁",
                 "", "【卷首】", "把“机关味”变成“实干味”", "钱予安", *wrapped(P1 + P2, 22), "（作者系市直机关工委书记）",
                 "【支部园地】", "一张“服务清单”的变迁", "□ 市自然资源局机关第二党支部　宋知远", *wrapped(P3 + P4, 22)])
    assert [(a.title, a.section) for a in res.articles] == [
        ("把“机关味”变成“实干味”", "卷首"), ("一张“服务清单”的变迁", "支部园地")]
    assert res.articles[0].authors == ["钱予安"]


def test_a_dailys_kicker_over_its_headline_is_no_part_of_the_title():
    # a 引题 shorter than the headline under it, with or without a deck; a headline wrapped
    # after a verb ("县委组织部开展" / "“组工干部走基层”活动") stays whole
    res = split(["2026年5月13日　星期三　第1版　要闻", "责任编辑：伍晴川", "聚焦基层党建“提质年”",
                 "全市1.2万名党员“亮身份”进社区", "——已认领服务项目三千余个", *column("本报讯（记者 柯雨桐）" + P1),
                 *column(P2), "以评促建　比学赶超", "全县二百四十七个村党组织完成星级评定", *column("本报讯（记者 刘洋）" + P3)])
    assert [(a.title, a.subtitle) for a in res.articles] == [
        ("全市1.2万名党员“亮身份”进社区", "聚焦基层党建“提质年” ——已认领服务项目三千余个"),
        ("全县二百四十七个村党组织完成星级评定", "以评促建 比学赶超")]
    assert not kicker_over("县委组织部开展", "“组工干部走基层”主题实践活动")
    assert not kicker_over("全县二百四十七个村党组织", "完成星级评定")


def test_a_notice_on_a_site_its_breadcrumb_ending_in_the_page_and_signed_by_its_office():
    res = split(["青阳大学党委组织部", "首页 > 通知公告 > 正文", "", "关于余知行等同志拟发展为中共预备党员的公示", "",
                 "发布者：党委组织部　发布日期：2026-06-18　点击数：1024", "", P1, "", P2, "",
                 "中共青阳大学委员会组织部", "", "2026年6月18日", "", "【打印此页】【关闭窗口】",
                 "上一条：机械工程学院党委开展“党员先锋岗”创建活动", "下一条：无"])
    (page,) = res.articles
    assert (page.title, page.section, page.authors) == (
        "关于余知行等同志拟发展为中共预备党员的公示", "通知公告", ["中共青阳大学委员会组织部"])
    assert "2026年6月18日" not in page.body


def test_a_photo_stories_credit_line_is_a_caption_not_a_title():
    res = split(["图 片 故 事", "汛期里的党旗", *wrapped(P1, 21), "摄影：岑川市委组织部宣传科", "基层来风",
                 "石门镇建立“党员中心户”联系制度", *wrapped(P2, 21)])
    assert res.articles[-1].title == "石门镇建立“党员中心户”联系制度"
    assert dropped_reasons(res)["摄影：岑川市委组织部宣传科"].startswith("photo caption")


def test_a_city_page_two_floating_titles_and_a_title_closing_its_column_after_a_running_head():
    # flush lines, no blank, no indent: the first piece ends with its line, so only a sentence
    # ending with a full line can end it between the two floating title blocks; the third
    # piece's title, printed under its body past a running head printed inside the second
    # piece, heads that body, and the first of the two labels under it is its column
    a = flush(["清泉社区是一个建成三十多年的老旧小区，过去没有专业物业管理，楼道堆物、路灯不亮，居民意见很大。"
                     "社区党委牵头引进国有物业企业，推动物业企业成立党支部，建立社区党委、物业党支部和业委会联席会议"
                     "制度，每月研究一次小区难题。两年来，小区先后完成管网改造、增设充电桩等民生实事十余件，居民满意"
                     "度明显提高，群众拍手称快。"], 22)
    b = flush(["河湾社区共有住户三千余户，辖区内有两家物业企业。为解决物业服务参差不齐的问题，社区党总支推行物"
                     "业服务季度评议，评议结果在小区公示，并作为物业企业续聘的重要依据。在社区党总支推动下，两家物业"
                     "企业都建立了党的组织，物业企业负责人担任社区兼职委员，参与社区重大事项的讨论。一年来，共受理居"
                     "民诉求八百余件，办结率达到百分之九十八。"], 22)
    c = flush(["一九六三年春，一位县委书记下乡调研，住在农民家里，和群众同吃同住同劳动。他发现有的干部下乡吃请"
                     "收礼，群众意见很大，便亲自起草了干部下乡的几条规矩。他自己带头执行，下乡一律自带干粮，吃派饭按"
                     "标准交钱交粮票。他的作风，至今仍被当地群众传为佳话。"], 22)
    assert len(a[-1]) == 22 and a[-1].endswith("。")    # no paragraph's end shows
    lines = (["红 色 物 业 观 察"] + a[:4] + ["“红色物业”让老旧小区焕新颜", "南城区清泉街道清泉社区党委"] + a[4:]
             + b[:3] + ["党建引领 物业提质", "南城区河湾街道河湾社区党总支"] + b[3:5] + ["红 色 物 业 观 察"] + b[5:]
             + c + ["一位县委书记的下乡规矩", " 史 事 通 鉴", " 基 层 动 态",
                    "5月8日，南城区委组织部组织全区社区书记开展集中轮训，帮助大家提升服务本领。"])
    res = split(lines)
    got = [(x.title, x.authors, x.section) for x in res.articles]
    assert got[:3] == [("“红色物业”让老旧小区焕新颜", ["南城区清泉街道清泉社区党委"], "红色物业观察"),
                       ("党建引领 物业提质", ["南城区河湾街道河湾社区党总支"], "红色物业观察"),
                       ("一位县委书记的下乡规矩", [], "史事通鉴")]
    assert han(res.articles[0].body).endswith("群众拍手称快")
    assert han(res.articles[1].body).startswith("河湾社区") and han(res.articles[1].body).endswith("百分之九十八")
    assert han(res.articles[2].body).startswith("一九六三年春")


def test_a_title_printed_after_its_body_takes_the_text_from_a_full_line_ending_a_sentence():
    # the piece before, titled over its body, shows a paragraph's end (a short line); the
    # piece under the last title starts after a full line ending a sentence, where its words
    # begin — not at the paragraph's end the other piece shows
    a = flush(["初夏时节，走进青山乡石门村，漫山茶园青翠欲滴。村党支部书记正带着茶农查看新梢长势。"], 22) + \
        flush(["前几年，石门村茶叶品质参差不齐，卖不上好价钱。村党支部把全村茶园划分为十个片区，每名党员"
                     "认领一片责任田，负责技术推广和质量把关。去年全村茶叶均价每斤提高了十多元，群众都说效果好。"], 22)
    b = flush(["一九三五年春，红军路过山里一个小村子。部队向村民借了两担稻谷和一口铁锅，临走时，司务长写"
                     "下一张借条，言明日后归还。村民把借条藏在墙缝里，一藏就是十几年。新中国成立后，当地政府"
                     "按借条上的数目如数偿还。一张借条，见证的是人民军队的铁的纪律。"], 22)
    assert len(a[-1]) == 22 and a[-1].endswith("。") and len(a[1]) < 20
    lines = ["茶山上的党员责任田", "本刊记者　郑晓　韦强"] + a + b + ["一张借条", "史 事 钩 沉"]
    res = split(lines)
    got = [(x.title, x.section) for x in res.articles]
    assert got == [("茶山上的党员责任田", None), ("一张借条", "史事钩沉")]
    assert han(res.articles[0].body).endswith("群众都说效果好")
    assert han(res.articles[1].body).startswith("一九三五年春")


def test_a_collections_cover_closed_by_its_volume_number_is_no_article():
    # "（2026年第1辑）" under the cover's title lines is the cover's date: no article
    res = split(["临江干部学院", "教学案例选编", "（2026年第1辑）", "临江干部学院教务处　编", "", "编写说明",
                 "　　" + P1, "　　" + P2, "", "“接诉即办”背后的组织力", "——某区网格党建案例", "　　" + P3, "　　" + P4])
    assert [a.title for a in res.articles] == ["编写说明", "“接诉即办”背后的组织力"]
    assert dropped_reasons(res)["（2026年第1辑）"] == "a date alone under a title (a cover's)"


def test_a_title_and_its_label_at_a_page_foot_between_two_sentences_float_in_one_body():
    # the column's label printed again under the second part: it runs at the pages' foot, so
    # the title between the two parts floats in one commentary, not over a second piece
    a = flush(["一分部署，九分落实。再好的蓝图，如果不抓落实，也只能是镜中花。抓落实，要有一抓到底的韧劲，"
                     "对确定的目标任务要定人定责定时限，一项一项抓推进。"], 22)
    b = flush(["坚决反对形式主义、官僚主义，不搞层层加码，把功夫下在解决实际问题上。"], 22)
    briefs = flush(["9月中旬，龙门县委组织部开展村级后备力量集中培训，全县二百余人参加。"], 22) + \
        flush(["9月下旬，青石县委组织部选派30名年轻干部到重点村挂职锻炼，挂职期限为一年。"], 22)
    lines = ["党 建 动 态", *briefs, " " + a[0], *a[1:],
             "在狠抓落实中彰显担当作为", "理 论 评 论", " " + b[0], *b[1:], " 理 论 评 论"]
    res = split(lines)
    last = res.articles[-1]
    assert (last.title, last.section) == ("在狠抓落实中彰显担当作为", "理论评论")
    assert han(last.body).startswith("一分部署") and han(last.body).endswith("解决实际问题上")
