"""The rules read from Parts Q and R (session 15) do not reach past the shapes they were
written for: each input here holds a line one rule's pattern first took for furniture, a
signature, a column or a caption (found by reading the change) — it must stay what it is."""
from __future__ import annotations

from qikan.sidecar import parse_sidecar
from qikan.split.conserve import lost_lines
from qikan.split.end_lines import parse_end_line
from qikan.split.ingest import read_issue_lines
from qikan.split.pipeline import split_source

PARA = ["　　今年以来，市委坚持把党建引领市域社会治理作为重点工作，推动治理重心下移、力量下沉。",
        "　　全市各级党组织积极行动，涌现出一批可复制可推广的经验做法。"]


def split_text(lines: list[str], name: str = "t"):
    data = "\n".join(lines).encode("utf-8")
    result = split_source(data, f"{name}.txt", parse_sidecar("", "", name))
    assert lost_lines(read_issue_lines(data, f"{name}.txt"), result) == []
    return result


def test_a_headline_of_two_phrases_ending_in_a_district_is_no_letters_signature():
    assert parse_end_line("打造市域治理先行区　正当时") is None
    assert parse_end_line("建设全市文明城区　在行动") is None
    titles = [a.title for a in split_text(["打造市域治理先行区　正当时", "", *PARA]).articles]
    assert titles == ["打造市域治理先行区 正当时"]


def test_a_serials_part_and_a_numbered_plan_are_headlines_not_a_caption_or_a_masthead():
    res = split_text(["学习党章心得体会（中）", "", *PARA, "", "主题党日活动方案（2026年第2期）", "", *PARA])
    assert [a.title for a in res.articles] == ["学习党章心得体会（中）", "主题党日活动方案（2026年第2期）"]


def test_a_contents_entry_with_its_author_and_page_names_no_column():
    lines = ["目　录", "", "理想信念　　　　　　李明　3", "思想根基　　　　　　王芳　5", "",
             "理想信念", "", "　　理想信念是共产党人精神上的“钙”。我们坚持用党的创新理论武装头脑。",
             "　　各级党组织要把理想信念教育作为党员教育的首要任务，常抓不懈。", "",
             "思想根基", "", "　　思想是行动的先导。全县各级党组织认真组织开展主题教育。",
             "　　下一步，我们将继续深化理论武装，推动各项工作落地见效。"]
    res = split_text(lines)
    assert [(a.title, a.section) for a in res.articles] == [("理想信念", None), ("思想根基", None)]


def test_a_call_for_entries_keeps_its_own_address():
    lines = ["关于开展“我身边的好党员”征文活动的通知", "",
             "　　为庆祝中国共产党成立105周年，现面向全县党员开展征文活动，有关事项通知如下。",
             "　　二、投稿方式。请将稿件以电子文档形式发送至指定邮箱，截止时间为6月20日。",
             "投稿邮箱：zhengwen@example.cn", "联系电话：0731-1234567", "中共某县委组织部", "2026年5月10日"]
    [notice] = split_text(lines).articles
    assert "zhengwen@example.cn" in notice.body


def test_a_lede_naming_a_supplement_and_a_page_of_advertisements_last():
    lines = ["2026年7月1日　星期三　第1版　要闻　　责任编辑：邵宁", "", "基层党建观察",
             "　　本报讯（记者　李华）近日，城南区推出党建引领社区治理十项举措，相关报道详见本报第3版专刊",
             "　　这些举措涵盖网格管理、志愿服务等方面，受到居民欢迎。", "",
             "2026年7月1日　星期三　第3版　理论　　责任编辑：周雨", "", "以自我革命引领社会革命",
             "　　党的自我革命是跳出治乱兴衰历史周期率的第二个答案。我们必须坚持不懈推进全面从严治党。",
             "　　新时代新征程，必须深刻把握党的自我革命的重大意义。", "（作者单位：某市委党校）", "",
             "2026年7月1日　星期三　第4版　广告　　责任编辑：周雨", "本版广告"]
    news, theory = split_text(lines).articles
    assert "相关报道详见本报第3版专刊" in news.body
    # page heads over their pages: the last page's head over an advertisement is no page foot
    assert (news.section, theory.section) == ("要闻", "理论")


def test_a_pages_chronicle_dated_with_dots_stays_its_text():
    lines = ["当前位置：首页 > 党建工作 > 工作动态", "县委组织部2026年上半年党建工作大事记",
             "发布时间：2026-07-02　来源：县委组织部　浏览次数：356",
             "　　今年上半年，县委组织部扎实推进各项党建任务。现将主要工作记录如下：",
             "2026.01.08　召开全县组织部长会议", "2026.03.15　启动村级党组织书记轮训",
             "　　下一步，县委组织部将继续抓好各项工作落实。", "【打印本页】【关闭窗口】"]
    [page] = split_text(lines).articles
    assert "召开全县组织部长会议" in page.body and "启动村级党组织书记轮训" in page.body


def test_a_numbered_markdown_heading_over_pieces_is_their_column():
    lines = ["# 某县组工简报（2026年第5期）", "", "## 一、工作动态", "", "### 县委组织部召开年轻干部座谈会", "",
             "5月8日，县委组织部召开年轻干部座谈会，鼓励大家在基层一线经受磨炼。", "",
             "## 二、经验交流", "", "### 柳溪村：小积分激活大治理", "",
             "柳溪村推行积分制管理，群众参与热情明显提高。", "", "会议时间： 2026年5月20日 09:00 县委党校"]
    res = split_text(lines)
    assert [(a.title, a.section) for a in res.articles] == [
        ("县委组织部召开年轻干部座谈会", "一、工作动态"), ("柳溪村：小积分激活大治理", "二、经验交流")]
    # a notice's time line is no push's account and time
    assert "会议时间" in res.articles[1].body
