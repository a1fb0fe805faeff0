"""Kinds of issue no corpus prints (P10): a collection of meeting papers with its contents, a
work bulletin (简报), a scanned text — small issues written for these tests, split through the
whole pipeline as `split FILE` splits them."""
from __future__ import annotations

from qikan.sidecar import parse_sidecar
from qikan.split.conserve import lost_lines
from qikan.split.ingest import read_issue_lines
from qikan.split.pipeline import split_source
from test_splitter import FLOOD, SCHOOL, VILLAGE, flush, wrap

SPEECH = ["　　同志们：这次会议的主要任务是总结去年的组织工作，部署今年的重点任务。",
          "　　一、充分肯定过去一年的工作成绩",
          "　　过去一年，全县各级党组织认真履行职责，基层组织建设不断加强，干部队伍活力明显增强。",
          "　　二、切实加强自身建设",
          "　　组工干部要带头讲政治、守纪律，努力建设让党放心、让群众满意的模范部门。"]
BULLETIN = "masthead or distribution of a bulletin (its name, whom it goes to)"
REPORT = ["　　近年来，我县坚持把党建引领作为基层治理的主线，推动资源和服务向村社区下沉。",
          "　　各村党组织普遍建立了网格服务队，群众反映的问题做到件件有回音、事事有着落。"]


def split_text(text: str, name: str = "t"):
    data = text.encode("utf-8")
    return split_source(data, f"{name}.txt", parse_sidecar("", "", name)), \
        read_issue_lines(data, f"{name}.txt")


def test_a_collection_of_meeting_papers_its_cover_and_contents_dropped():
    """"全县组织工作会议材料汇编" over "目　　录" is the cover; an entry with leaders, its author and
    a page in brackets ("…讲话…………王建国（1）") is a contents entry; each speech is an article
    with its speaker, the first one too (a name under the first title after the contents);
    an institution under a title ("县委组织部") signs it."""
    lines = ["全县组织工作会议材料汇编", "", "目　　录", "",
             "在全县组织工作会议上的讲话…………………………王建国（1）",
             "深化党建引领　推动基层治理……………………县委组织部（9）", "", "",
             "在全县组织工作会议上的讲话", "王建国", "（2024年1月10日）", "", *SPEECH, "",
             "深化党建引领　推动基层治理", "县委组织部", "", *REPORT]
    result, source = split_text("\n".join(lines) + "\n")
    assert [(a.title, a.authors) for a in result.articles] == [
        ("在全县组织工作会议上的讲话", ["王建国"]), ("深化党建引领 推动基层治理", ["县委组织部"])]
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons[1] == "cover of the issue, over its table of contents"
    assert reasons[5] == reasons[6] == "table of contents: an entry"
    assert result.articles[0].body.startswith("同志们：")
    assert lost_lines(source, result) == []


def test_a_bulletins_number_and_distribution_are_furniture():
    """A work bulletin's name and issue number on lines of their own ("第12期") and its distribution
    block at the end ("报：…", "送：…", "（共印30份）") are dropped with their reasons; the
    bulletin's text keeps every sentence."""
    lines = ["工作简报", "第12期", "中共青阳镇委员会办公室　　　　2024年3月15日", "",
             "全镇召开党建工作推进会", *REPORT, "",
             "报：县委组织部，县委办公室", "送：镇党委班子成员", "发：各村（社区）党组织", "（共印30份）"]
    result, source = split_text("\n".join(lines) + "\n")
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons[1] == BULLETIN and reasons[2] == "masthead: the publication and its issue"
    assert [reasons[n] for n in (9, 10, 11, 12)] == [BULLETIN] * 4
    assert len(result.articles) == 1
    assert result.articles[0].body.endswith("事事有着落。")
    assert lost_lines(source, result) == []


def test_an_issue_number_or_a_send_line_inside_a_sentence_stays_text():
    lines = ["加强基层党组织建设", "张华", "",
             "　　报：这是一句被排成行首的正文，它以句号结束，不是报送单位。",
             "　　第12期培训班共有学员五十人，大家表示收获很大。"]
    result, _ = split_text("\n".join(lines) + "\n")
    assert not [d for d in result.dropped if d.reason.startswith(("distribution", "masthead"))]


def test_a_magazine_typed_one_paragraph_a_line_its_columns_titles_and_signatures():
    """Text typed one paragraph a line, blank lines between: a column's name alone on its line
    ("卷首语", "专题") is the column; the short line under it is the title (no line runs on,
    so its width tells nothing); an institution closing a body before the next column
    ("本刊编辑部") signs it; "文/本刊记者 王建" gives role and name."""
    lines = ["卷首语", "", "做新时代的奋斗者", "", REPORT[0], REPORT[1], "", "本刊编辑部", "",
             "专题", "", "让党旗在基层高高飘扬", "文/本刊记者 王建", "", *SPEECH[2:]]
    result, source = split_text("\n".join(lines) + "\n")
    assert [(a.section, a.title, a.authors, a.role) for a in result.articles] == [
        ("卷首语", "做新时代的奋斗者", ["本刊编辑部"], None),
        ("专题", "让党旗在基层高高飘扬", ["王建"], "本刊记者")]
    assert result.articles[0].body.startswith("近年来")
    assert result.articles[0].body.endswith("事事有着落。")
    assert lost_lines(source, result) == []


def test_a_dailys_briefs_typed_indented_are_briefs_of_their_own():
    """"　　■ 白河镇…。" (a brief's mark after a paragraph's indent) is an untitled brief, not a
    paragraph of the story above it."""
    lines = ["2024年6月3日 星期一 第2版 综合", "党建引领激活乡村治理",
             "　　本报讯（记者 王海）" + REPORT[0].strip(), REPORT[1], "",
             "　　■ 白河镇近日组织五十名党员志愿者走进敬老院，为老人打扫卫生、理发、检查身体。",
             "　　■ 清水村党支部召开主题党日活动，全体党员重温入党誓词并交流学习体会。",
             "责任编辑：刘洋"]
    result, source = split_text("\n".join(lines) + "\n")
    assert [(a.title, a.kind) for a in result.articles][1:] == [(None, "brief"), (None, "brief")]
    assert result.articles[0].title == "党建引领激活乡村治理"
    assert result.articles[0].body.endswith("事事有着落。")
    assert result.articles[1].body.startswith("白河镇近日")
    assert lost_lines(source, result) == []



def _typed(paras: list[str], width: int = 20) -> list[str]:
    """Paragraphs hard-wrapped, each opening with two full-width spaces (as typed)."""
    out = []
    for p in paras:
        lines = wrap([p], width)
        out += ["　　" + lines[0]] + lines[1:]
    return out


def test_in_a_text_indenting_its_paragraphs_a_column_runs_on_until_the_next_label():
    """Every paragraph opens with a space, as a PDF's page does: here they are paragraphs,
    not pages, and the second piece under "学 习 园 地" is in that column, not in the column
    labelled further down ("访 谈"), as if each paragraph were a page holding no label."""
    lines = ["学 习 园 地", "", "党校队伍建设的思考", "文/王建国", "", *_typed(SCHOOL), "",
             "抗洪一线党旗红", "文/李华", "", *_typed(FLOOD), "",
             "访 谈", "", "石马村的新变化", "本刊记者 张强", "", *_typed(VILLAGE)]
    result, source = split_text("\n".join(lines) + "\n")
    assert [(a.section, a.title) for a in result.articles] == [
        ("学习园地", "党校队伍建设的思考"), ("学习园地", "抗洪一线党旗红"), ("访谈", "石马村的新变化")]
    assert lost_lines(source, result) == []


def test_a_lone_line_shaped_like_a_title_is_no_article():
    """A push's title over furniture and its numbered pieces ("组工信息｜本周基层党建动态", then the
    account's line): a heading with no body, kept in dropped with a warning, not an article
    whose body is its own title."""
    lines = ["组工信息｜本周基层党建动态", "白河组织工作 2024-06-01 08:00", "", "01",
             "白河镇：开展党员积分管理", "", "".join(SCHOOL), "", "".join(FLOOD), "", "".join(VILLAGE), "",
             "END", "", "责编：赵亮", "审核：孙伟"]
    result, source = split_text("\n".join(lines) + "\n")
    assert [a.title for a in result.articles] == ["白河镇：开展党员积分管理"]
    assert {d.line: d.code for d in result.dropped}[1] == "orphan-title"
    assert any(w.code == "orphan-title" and w.line == 1 for w in result.warnings)
    assert lost_lines(source, result) == []


def test_a_dailys_pages_numbered_in_chinese_numerals():
    """"第一版　要闻" is the page head (not the first story's title), "（下转第三版）" a jump mark."""
    lines = ["临川日报", "2024年3月12日　星期二", "", "第一版　要闻", "",
             "党建引领激活乡村治理", "", "　　本报讯（记者 孙丽）" + REPORT[0].strip(),
             "　　" + REPORT[1].strip() + "（下转第三版）", "", "责任编辑：钱进"]
    result, source = split_text("\n".join(lines) + "\n")
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons[4] == "page head of the newspaper"
    assert reasons[9] == "page jump mark"
    assert [(a.title, a.authors) for a in result.articles] == [("党建引领激活乡村治理", ["孙丽"])]
    assert result.articles[0].body.endswith("事事有着落。")
    assert lost_lines(source, result) == []


def test_a_push_with_its_account_over_the_time_and_its_counters():
    """The account's name on a line over the push's time ("青阳先锋" / "2024年4月2日 20:15"),
    "来源 | …", "阅读 1234", "写留言" are the push's chrome; "【党建引领】" before the headline is
    its column, not part of the title; "作者 | 王海涛" signs it."""
    lines = ["【党建引领】清水村：小网格撬动大治理", "", "青阳先锋", "2024年4月2日 20:15", "",
             "作者 | 王海涛", "来源 | 青阳县委组织部", "", "".join(SCHOOL), "", "".join(VILLAGE), "",
             "编辑 | 李娜", "审核 | 赵刚", "", "阅读 1234", "写留言", "", "扫码关注我们"]
    result, source = split_text("\n".join(lines) + "\n")
    assert [(a.section, a.title, a.authors) for a in result.articles] == [
        ("党建引领", "清水村：小网格撬动大治理", ["王海涛"])]
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons[3] == reasons[4] == "account and time of the push"
    assert reasons[7] == "source of the push"
    assert reasons[16] == reasons[17] == "share buttons"
    assert result.articles[0].body.endswith("日子越过越有奔头。")
    assert lost_lines(source, result) == []


def test_an_interview_opening_with_an_editors_note_under_its_signed_title():
    """"编者按：…" right under a signed title block ("让组织工作更有温度 / ——访… / 本刊记者 王建")
    opens that interview, whose 记者：/李华： paragraphs are its body; not a note of its own
    leaving the title block without a body."""
    lines = ["访 谈", "", "让组织工作更有温度", "——访临川市委组织部部长李华", "本刊记者　王建", "",
             "　　编者按：" + SCHOOL[0], "", "　　记者：" + FLOOD[0], "　　李华：" + FLOOD[1] + FLOOD[2],
             "　　记者：" + VILLAGE[0], "　　李华：" + VILLAGE[1] + VILLAGE[2]]
    result, source = split_text("\n".join(lines) + "\n")
    [a] = result.articles
    assert (a.section, a.title, a.subtitle, a.authors, a.role) == (
        "访谈", "让组织工作更有温度", "——访临川市委组织部部长李华", ["王建"], "本刊记者")
    assert a.body.startswith("编者按：") and a.body.endswith("日子越过越有奔头。")
    assert lost_lines(source, result) == []


def test_a_web_pages_font_size_buttons():
    lines = ["学校召开基层党建工作会议", "", "时间：2024年03月05日　　信息来源：党委组织部　　阅读次数：128",
             "【大 中 小】", "", "　　" + SCHOOL[0], "　　" + SCHOOL[1], "", "【打印】【关闭】"]
    result, source = split_text("\n".join(lines) + "\n")
    assert {d.line: d.reason for d in result.dropped}[4] == "page buttons"
    assert result.articles[0].body.startswith("党校发展之要")


def test_a_news_columns_briefs_led_by_their_place():
    """"基层动态" (a news column's name) over briefs typed one paragraph a line, each led by its
    place and when ("白河镇　近日，…"): one brief each, in that column; "全市 18 个乡…" is no lead."""
    lines = ["基层动态", "", "　　白河镇　近日，" + "".join(SCHOOL), "", "　　清水县　日前，" + "".join(FLOOD),
             "", "　　东平区　3月5日，" + "".join(VILLAGE), ""]
    result, source = split_text("\n".join(lines) + "\n")
    assert [(a.section, a.kind, a.body[:3]) for a in result.articles] == [
        ("基层动态", "brief", "白河镇"), ("基层动态", "brief", "清水县"), ("基层动态", "brief", "东平区")]
    assert lost_lines(source, result) == []
    from qikan.split.briefs import PLACE_LEAD
    assert not PLACE_LEAD.match("全市 18 个乡（镇）街党（工）委副书记")


def test_a_bulletins_numbered_items_are_its_articles():
    """A bulletin that opens with "一、全镇召开…" and goes on "二、…", each heading over its news:
    one article per item, titled by its heading without its number (a journal's numbered sections stand under
    the article's own title, and stay its sections)."""
    lines = ["工作简报", "第12期", "", "一、全镇召开党建工作推进会", *_typed(SCHOOL), "",
             "二、白河村开展主题党日活动", *_typed(FLOOD), "", "三、青阳镇举办年轻干部培训班",
             *_typed(VILLAGE), "", "报：县委组织部", "（共印30份）"]
    result, source = split_text("\n".join(lines) + "\n")
    # (the item's number is no word of its title, as no editor's record keeps it)
    assert [a.title for a in result.articles] == [
        "全镇召开党建工作推进会", "白河村开展主题党日活动", "青阳镇举办年轻干部培训班"]
    assert result.articles[1].body.startswith("面对重大洪涝灾害")
    assert lost_lines(source, result) == []
    journal = ["加强党校师资队伍建设", "王建国", "", *_typed(SCHOOL[:1]), "一、问题的提出", *_typed(FLOOD),
               "二、对策建议", *_typed(VILLAGE)]
    [article] = split_text("\n".join(journal) + "\n")[0].articles
    assert article.title == "加强党校师资队伍建设" and "## 一、问题的提出" in article.body


def test_an_issue_number_alone_is_furniture_in_every_kind_of_source():
    """"第3期" on a line of its own in a journal's text (read as academic) is the issue's number."""
    lines = ["青阳社会科学", "第3期", "", "新时代基层党组织组织力提升路径研究", "", "张伟1，李娜2", "",
             "（1.江城大学 马克思主义学院，湖北 武汉 430072；2.中共临川市委党校，江西 临川 344000）", "",
             "摘　要：" + SCHOOL[0], "关键词：基层党组织；组织力", "中图分类号：D267　　文献标识码：A", "",
             *_typed(FLOOD), "", "参考文献：", "[1] 张三.论基层党建[J].党建研究，2020（3）：12-15."]
    result, source = split_text("\n".join(lines) + "\n")
    assert {d.line: d.reason for d in result.dropped}[2] == "masthead: the publication and its issue"
    assert [a.title for a in result.articles] == ["新时代基层党组织组织力提升路径研究"]
    assert lost_lines(source, result) == []


def test_a_journals_name_alone_its_bracketed_editor_and_a_book_review_signed_at_its_end():
    lines = ["檀州学报　2026年第2期", "", "· 59 ·", "", "檀州学报", "", "数字赋能机关党建的实践逻辑",
             "", "戴明川1，孙　悦2", "", "（1.檀州行政学院 党建教研部，檀州 530021；2.中共檀州市直机关工委，檀州 530022）",
             "", "[摘　要]数字技术为机关党建提供了新的工具和场景。", "", "[关键词]数字赋能；机关党建",
             "", "[中图分类号]D262.6　[文献标识码]A", "", *SCHOOL, "戴明川，等：数字赋能机关党建的实践逻辑　　· 61 ·",
             *FLOOD, "参考文献：",
             "[1]郝向东.数字党建的理论意涵[J].党政研究，2024（5）：77-85.", "[责任编辑：冉冬]", "",
             "【书评】", "", "在历史深处读懂组织的力量", "", "——评《组织的力量》", "",
             "（阮青山著，檀州人民出版社，2025年版）", "", *VILLAGE, "", "姚素心", "", "（作者单位：檀州行政学院图书馆）"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.subtitle, a.authors, a.unit) for a in result.articles]
    assert got[0][:3] == ("数字赋能机关党建的实践逻辑", None, ["戴明川", "孙悦"])
    assert got[1] == ("在历史深处读懂组织的力量", "——评《组织的力量》", ["姚素心"], "檀州行政学院图书馆")
    assert "檀州学报" not in result.articles[0].body and "冉冬" not in result.articles[0].body
    assert [d.reason for d in result.dropped if d.text.startswith("戴明川，等：")] == ["running head of the paper"]
    assert result.articles[1].body.startswith(VILLAGE[0][:8])
    assert lost_lines(source, result) == []


def test_a_collection_of_branch_work_methods_numbered_with_boxed_parts():
    # "第1法" over each method's title, the branch under it after a dash, 【…】 parts printed
    # in every method (no columns), the commenter's line and the recommending unit in its body
    def method(n, title, branch, close):
        return ["", f"第{n}法", "", title, "", f"——{branch}", "", "【一句话概括】" + SCHOOL[0], "", "【基本做法】", "",
                FLOOD[0], "", FLOOD[1], "", "【工作成效】", "", VILLAGE[0], "", "【专家点评】", "", VILLAGE[1], "", close]
    lines = ["城市社区篇", *method(1, "“四色预警”工作法", "清河街道南苑社区党委", "点评人：市委党校教授　邵文谦"),
             "", "农村篇", *method(2, "村民说事“三张单”", "南坪镇南坪村党支部", "（推荐单位：南坪镇党委）")]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.subtitle, a.authors) for a in result.articles]
    assert got == [("“四色预警”工作法", None, ["清河街道南苑社区党委"]),
                   ("村民说事“三张单”", None, ["南坪镇南坪村党支部"])]
    assert "【专家点评】" in result.articles[0].body and "点评人" in result.articles[0].body
    assert lost_lines(source, result) == []


def test_a_reader_of_letters_numbered_boxed_and_closed_by_the_commentarys_writer():
    # "（一）" alone over each letter's title, the writer introduced in a line of his own, the
    # letter and its reading in 【】 boxes, the reading's writer in brackets at the end
    def letter(n, title, writer):
        return ["", f"（{n}）", "", title, "", f"　　写信人：{writer}（1915—1949），青溪县人，1938年入党。", "",
                "【家书原文】", "　　" + SCHOOL[0], "　　" + SCHOOL[1], "", "【解读】", "　　" + FLOOD[0],
                "", "（撰文：县党史研究室　杜若冰）"]
    lines = ["红色家书选读", "", *letter("一", "一封写在渡江前夜的家书", "林守正"),
             *letter("二", "“等胜利了，我就回家种桃树”", "方秋白")]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.writer) for a in result.articles]
    assert got == [("一封写在渡江前夜的家书", ["林守正"], "杜若冰"),
                   ("“等胜利了，我就回家种桃树”", ["方秋白"], "杜若冰")]
    assert "【解读】" in result.articles[1].body
    assert {d.text: d.code for d in result.dropped}["（二）"] == "title-mark"
    assert lost_lines(source, result) == []


def test_a_yearbooks_entries_run_in_after_their_names_under_a_subsection():
    # "组织工作" over "【概况】　…" entries: one titled brief per entry, the subsection their
    # column; a running head with the book's year and the page number is furniture
    lines = ["52　　青禾年鉴（2026）", "组织工作", "　　【概况】　" + SCHOOL[0], SCHOOL[1],
             "　　【基层党组织标准化建设】　" + FLOOD[0], FLOOD[1], "党的建设　　53",
             "　　【党员发展与教育】　" + VILLAGE[0], VILLAGE[1], "（撰稿：县委组织部　韦晓敏　审稿：滕家骏）"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.kind, a.title, a.section) for a in result.articles]
    assert got == [("brief", "概况", "组织工作"), ("brief", "基层党组织标准化建设", "组织工作"),
                   ("brief", "党员发展与教育", "组织工作")]
    assert result.articles[1].body.startswith(FLOOD[0][:8]) and result.articles[2].authors == ["韦晓敏"]
    assert lost_lines(source, result) == []


def test_an_ocred_newspaper_page_its_flush_headlines_bulleted_briefs_and_letter():
    # a scanned old page: the archive's note and the page head (the day cut off by the OCR's
    # line) are furniture; a headline as wide as the column after a blank line is known by its
    # story saying its words again; "短评" and "读者来信" name columns; "▲" items running on
    # over full lines under "简讯" are briefs, not photo captions
    story = ["青山乡供销社党支部组织党员送化肥下乡，三天来为社员送去化肥四十余担。",
             "支部还组织党员帮助缺少劳力的社员挑粪积肥，受到社员欢迎。"]
    night = ["今冬以来，石门村党支部办起了冬学夜校，每晚组织社员学习文化，已有六十多人报名。",
             "夜校由党员轮流讲课，教社员识字记账。"]
    comment = ["党员带头，是最好的动员。一个支部有没有力量，就看它的党员在生产中是不是走在前面。"]
    items = ["▲东坪乡党支部最近召开支部大会，讨论了今年春耕生产计划，党员们纷纷报名承担任务。",
             "▲河口镇党总支组织党员参加修渠劳动，两天修好水渠一千余米。"]
    letter = ["编辑同志：", "我们村的党员夜校已经停了半年，大家都盼着早些恢复学习，请报社帮助反映一下。"]
    lines = (["〔某县档案馆馆藏报纸扫描件　OCR识别文本〕", "第三版　一九五六年四月十",
              "日　星期四", ""] + ["送化肥下乡的党员们"] + flush(story, 13)[:1] + [""]
             + flush(story, 13)[1:] + ["（通讯员　梁远山）", ""]
             + ["石门村党支部办起冬学夜校"] + flush(night, 13) + [""]
             + ["短评", "党员要在春耕生产中走在社员前面"] + flush(comment, 13) + ["", "简　讯"] + flush(items, 13) + [""]
             + ["读者来信", "请帮助恢复党员夜校"] + letter[:1] + flush(letter[1:], 13))
    result, source = split_text("\n".join(lines) + "\n")
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons[1] == "note on how the text was digitised"
    assert reasons[2] == "page folio of a newspaper"
    got = [(a.kind, a.title, a.section) for a in result.articles]
    assert got == [("article", "送化肥下乡的党员们", None), ("article", "石门村党支部办起冬学夜校", None),
                   ("article", "党员要在春耕生产中走在社员前面", "短评"),
                   ("brief", "东坪乡党支部最近召开支部大会", "简讯"),
                   ("brief", "河口镇党总支组织党员参加修渠劳动", "简讯"),
                   ("article", "请帮助恢复党员夜校", "读者来信")]
    assert result.articles[0].authors == ["梁远山"] and "送化肥下乡，三天来" in result.articles[0].body
    assert result.articles[3].body.startswith("▲东坪乡")
    assert lost_lines(source, result) == []


def test_a_photo_caption_wrapped_once_stays_a_caption():
    # "▲…" ending its one sentence on the next line is a caption (dropped), not a brief
    lines = ["红色足迹　初心之旅", "", "▲3月6日，东坪乡机关党员到革命纪念", "馆重温入党誓词。", "",
             "▲老党员为青年党员讲述当年的故事。", ""] + wrap(REPORT, 20)
    result, source = split_text("\n".join(lines) + "\n")
    captions = {d.line for d in result.dropped if d.code == "caption"}
    assert {3, 4, 6} <= captions
    assert [a.title for a in result.articles] == ["红色足迹 初心之旅"]
    assert result.articles[0].body.startswith(REPORT[0].strip()[:10])
    assert lost_lines(source, result) == []


def test_a_push_filed_in_collections_with_a_video_card_and_readers_comments():
    # "收录于合集" and its "#话题 N个" lines, a video card inside the body (its place ends no
    # piece: the emoji subhead under it stays a subhead), the counters with "分享" between
    # them, and the readers' comments with their likes and the account's reply are chrome;
    # "图 / 受访者提供" after "文 / 某某" credits the pictures, not an author
    lines = ["党建引领｜清水村的三本账", "", "原创 青阳先锋 青阳先锋 2026-06-05 18:30 发表于青阳", "",
             "收录于合集", "#基层党建 36个", "#乡村振兴 21个", "", "点击上方蓝字，关注我们", "",
             "文 / 任小婷　图 / 受访者提供", "", "".join(SCHOOL), "", "🔸 第一本是民情账", "", "".join(FLOOD), "",
             "视频号 · 青阳先锋", "▶ 清水村的变化", "", "🔸 第二本是发展账", "", "".join(VILLAGE), "",
             "— END —", "", "阅读 2156　　分享　　在看 38　　赞 55", "", "写留言", "精选留言",
             "山里人家　湖北", "我们村也在记这三本账，效果不错！", "赞 12", "作者", "感谢关注。", "赞 3"]
    result, source = split_text("\n".join(lines) + "\n")
    assert [(a.section, a.title, a.authors) for a in result.articles] == [
        ("党建引领", "清水村的三本账", ["任小婷"])]
    assert "第二本是发展账" in result.articles[0].body
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons[5] == reasons[6] == reasons[7] == "collection the push is filed under"
    assert reasons[19] == "video card" and reasons[20].startswith("video card")
    assert reasons[28] == "share buttons"
    assert all(reasons[n].startswith("readers' comments") for n in range(31, 38))
    assert lost_lines(source, result) == []


def test_a_collection_of_film_scripts_its_labels_numbers_lengths_and_crew():
    # "【画面】"/"【解说】" run in again and again are a script's labels, not a yearbook's
    # entries; "第一集" before the title is its number; "（片长：…）" its length; of the credits
    # only "撰稿" names an author (编导, 摄像 are the crew); "一、专题片", listed in the
    # contents over the episodes, is their column
    def episode(no: str, title: str) -> list[str]:
        return [f"第{no}集　{title}", "（片长：12分钟）", "撰稿：罗小岚　　编导：郑一帆　　摄像：韦　强",
                "　　【画面】" + SCHOOL[0], "　　【解说】" + SCHOOL[1], "　　【同期声】" + FLOOD[0],
                "　　【解说】" + FLOOD[1], "　　【画面】" + VILLAGE[0], "（完）"]
    lines = ["党员教育电视片解说词选编", "目　　录", "一、专题片", "第一集　一座桥的三十年………2",
             "第二集　茶山上的夜校………5", "一、专题片", *episode("一", "一座桥的三十年"),
             *episode("二", "茶山上的夜校")]
    result, source = split_text("\n".join(lines) + "\n")
    assert [(a.title, a.authors, a.section) for a in result.articles] == [
        ("一座桥的三十年", ["罗小岚"], "专题片"), ("茶山上的夜校", ["罗小岚"], "专题片")]
    assert result.articles[0].body.startswith("【画面】") and "【同期声】" in result.articles[0].body
    assert lost_lines(source, result) == []


def test_a_dailys_masthead_guide_sponsor_and_a_commentary_signed_in_brackets():
    # "今日8版　第12831期…" is the masthead; "今日导读" and its entries with their pages, "本版由…
    # 主办" are the paper's; a flush line under a line ending with a comma goes on with its
    # paragraph even when it repeats the headline's words; "记者手记" over a title is no
    # reporter's byline; "（柳　青）" under the commentary signs it
    col = lambda text: wrap([text], 16)      # noqa: E731 (a 16-character column, indented)
    lines = ["临川日报", "2026年6月3日　星期三", "今日8版　第12831期　　国内统一连续出版物号（略）",
             "第1版　要闻　　责任编辑：程　远", "让党旗在产业链上高高飘扬", "本报评论员",
             *col("　　" + SCHOOL[0].strip() + SCHOOL[1].strip()),
             "　　让党旗在产业链上高高飘扬，", "需要各级党组织持续用力、久久为", "功，把党建优势转化为发展优势。",
             "今日导读", "党建周刊｜东门社区：“楼道议事”议出幸福家园　　7", "党建论坛｜把“两个覆盖”做实做细　　7版",
             "第7版　党建周刊　　责任编辑：蓝　溪", "本版由中共临川市委组织部与临川日报社联合主办",
             "记者手记", "议事桌上见民心", *col("　　" + FLOOD[0].strip() + FLOOD[1].strip()), "（柳　青）"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors) for a in result.articles]
    assert got == [("让党旗在产业链上高高飘扬", ["本报评论员"]), ("议事桌上见民心", ["柳青"])]
    assert result.articles[0].body.endswith("把党建优势转化为发展优势。")
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons[lines[2]] == "masthead" and reasons["本版由中共临川市委组织部与临川日报社联合主办"] == "sponsor of the page"
    assert reasons["今日导读"] == "guide to the other pages"
    assert reasons["党建论坛｜把“两个覆盖”做实做细　　7版"].startswith("guide to the other pages")
    assert lost_lines(source, result) == []


def test_a_journals_column_host_note_before_its_papers():
    # "【栏目】" / "主持人：某某（post）" / "主持人语：…" before the first paper's header is an
    # editor's note titled by the column and signed by its host, and the column is the papers';
    # "卜文静，郁　航" (surnames 卜, 郁) over the affiliations are the paper's authors
    def paper(title: str, authors: str, body: list[str]) -> list[str]:
        return [title, "", authors, "（临川大学 马克思主义学院，江西 临川 330000）", "",
                "[摘　要] " + REPORT[0].strip(), "[关键词] 党员教育；数字技术", "", *body, ""]
    note = ["　　主持人语：" + SCHOOL[0].strip() + SCHOOL[1].strip() + FLOOD[0].strip(),
            FLOOD[1].strip() + VILLAGE[0].strip() + VILLAGE[1].strip()]
    lines = ["临川大学学报（社会科学版）　　第41卷第2期", "", "【新时代党的建设研究】", "",
             "主持人：邵景明（临川大学马克思主义学院教授）", "", *note, "",
             *paper("数字技术赋能党员教育管理的路径", "卜文静，郁　航", ["　　" + REPORT[1].strip()] * 3),
             *paper("红色资源融入高校组织生活的探索", "邱　岚", ["　　" + SPEECH[0].strip()] * 3)]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.kind, a.title, a.authors, a.section) for a in result.articles]
    assert got == [("editor_note", "新时代党的建设研究", ["邵景明"], "新时代党的建设研究"),
                   ("article", "数字技术赋能党员教育管理的路径", ["卜文静", "郁航"], "新时代党的建设研究"),
                   ("article", "红色资源融入高校组织生活的探索", ["邱岚"], "新时代党的建设研究")]
    assert result.articles[0].unit == "临川大学马克思主义学院教授"
    assert result.articles[0].body.startswith(SCHOOL[0].strip()[:8])
    assert lost_lines(source, result) == []


def test_a_city_magazines_feature_book_review_news_and_readers_letter():
    # a title holding a comma under a paragraph's end, over its "文/" byline; a book's data
    # line under a review's title (no title); briefs headed "岚山：…" then "湖东：…" under one
    # column; a reader's letter signed "place　读者　name" over its date
    lines = ["特别策划", "让党员在家门口报到", "【编者按】" + SCHOOL[0].strip(), "两篇文章，展示各地的探索和思考。",
             "报到之后，如何让党员“动起来”", "文/晏　清", *wrap([FLOOD[0] + FLOOD[1]], 18),
             "党建书架", "读懂基层治理的“密码”", "书名：《嵌入式治理》　作者：周明理　出版社：临川人民出版社　定价：48.00元",
             "文/樊星河", *wrap([VILLAGE[0] + VILLAGE[1]], 18),
             "基 层 来 风", "岚山：村村有了“红色代办员”", *wrap([REPORT[0]], 18),
             "湖东：党建联盟助力企业用工", *wrap([REPORT[1]], 18),
             "编读往来", "一封来自石门乡的信", "　　编辑同志：", *wrap([SPEECH[2]], 18),
             "临川县石门乡　读者　麻建国", "2026年5月10日"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.kind, a.title, a.authors, a.section) for a in result.articles]
    assert got == [("editor_note", "让党员在家门口报到", [], "特别策划"),
                   ("article", "报到之后，如何让党员“动起来”", ["晏清"], "特别策划"),
                   ("article", "读懂基层治理的“密码”", ["樊星河"], "党建书架"),
                   ("article", "岚山：村村有了“红色代办员”", [], "基层来风"),
                   ("article", "湖东：党建联盟助力企业用工", [], "基层来风"),
                   ("article", "一封来自石门乡的信", ["麻建国"], "编读往来")]
    assert result.articles[-1].body.endswith("队伍活力明显增强。")
    assert {d.text: d.code for d in result.dropped}["2026年5月10日"] == "end-line"    # the letter's date
    assert lost_lines(source, result) == []


def test_among_dated_briefs_a_place_doing_something_opens_one_too():
    # "桐山县建立…", "鹿鸣区委组织部在全区推行…" after a paragraph's end, between dated briefs, open
    # briefs of their own; alone, such words open an article's paragraph
    lines = ["基 层 动 态", "3月上旬，桐山县委组织部开展新任村党组织书", "记集中轮训，全县47名书记参加培训。",
             "桐山县建立“党员联户”制度，每名农村党员联系", "5至10户群众，定期上门走访，帮助解决实际困", "难。",
             "3月18日，鹿鸣区召开“两新”组织党建工作推进", "会，部署2026年重点任务。",
             "鹿鸣区委组织部在全区推行年轻干部“成长档案”", "制度，记录干部的学习培训、岗位经历和工作实", "绩。"]
    result, source = split_text("\n".join(lines) + "\n")
    assert [(a.kind, a.body[:4]) for a in result.articles] == [
        ("brief", "3月上旬"), ("brief", "桐山县建"), ("brief", "3月18"), ("brief", "鹿鸣区委")]
    alone = split_text("\n".join(["基层党建的实践与思考", "□ 王　平", *wrap([REPORT[0].strip(), "桐山县建立“党员联户”制度，"
                                                                + FLOOD[0].strip()], 22)]) + "\n")[0]
    assert len(alone.articles) == 1
    assert lost_lines(source, result) == []


def test_an_editors_markdown_export_is_read_by_its_headings():
    # front matter and the export's note before the first heading, the issue's title and its
    # contents, rules, a picture and an editor's comment are no text; "##" headings with
    # only headings under them name columns ("专题 · 主题": 专题, its quoted 【编者按】 an
    # editor's note titled by the topic); "###" titles over bylines in emphasis; "####" items
    # of one paragraph under a column are briefs; a "——" deck heading is the subtitle
    lines = ["---", "title: 临川组工 2026年第4期", "editor: 钟晓雯", "---", "", "> 编者提示：本文件供终校使用。", "",
             "# 临川组工 · 2026年第4期", "", "## 本期目录", "", "- 卷首语｜以实字当头", "- 基层动态（2则）", "", "---", "",
             "## 卷首语", "", "### 以“实”字当头推动工作落地见效", "", "**本刊评论员**", "", SCHOOL[0].strip(), "",
             SCHOOL[1].strip(), "", "---", "", "## 专题 · 党建引领城市基层治理", "",
             "> **【编者按】**" + REPORT[0].strip(), "", "### 把“红色网格”织得更密更实", "",
             "*文/ 临川市东城区委组织部　秦　越*", "", FLOOD[0].strip(), "", "![图：网格员走访](img/p3.jpg)", "",
             "<!-- 校对意见：数字请核对 -->", "", FLOOD[1].strip(), "", "（作者系临川市东城区委组织部副部长）", "",
             "## 基层动态", "", "#### 临川高新区成立“链上党委”", "", "近日，" + VILLAGE[0].strip(), "",
             "#### 南湖区开展社区工作者“轮岗练兵”", "", "日前，" + VILLAGE[1].strip(), "", "## 党员风采", "",
             "### “背篓书记”的二十年", "", "#### ——记云雾村党支部书记向秀英", "", "本刊记者　龙　吟", "", SPEECH[0].strip()]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.kind, a.title, a.authors, a.section) for a in result.articles]
    assert got == [("article", "以“实”字当头推动工作落地见效", ["本刊评论员"], "卷首语"),
                   ("editor_note", "党建引领城市基层治理", [], "专题"),
                   ("article", "把“红色网格”织得更密更实", ["秦越"], "专题"),
                   ("brief", "临川高新区成立“链上党委”", [], "基层动态"),
                   ("brief", "南湖区开展社区工作者“轮岗练兵”", [], "基层动态"),
                   ("article", "“背篓书记”的二十年", ["龙吟"], "党员风采")]
    assert result.articles[2].unit == "临川市东城区委组织部"     # (the byline's, over the end line's post)
    assert result.articles[-1].subtitle == "——记云雾村党支部书记向秀英"
    assert "img/p3.jpg" not in result.articles[2].body and "校对意见" not in result.articles[2].body
    assert lost_lines(source, result) == []


def test_a_question_booklets_contents_parts_and_running_heads():
    # "一、党员发展（第1—6题）" in the contents lists the part "一、党员发展" (what it holds in
    # brackets is no part of its title); "前　言" printing the entry "前言" again ends the
    # contents; "基层党务工作知识问答　·5·" is a running head with its page
    lines = ["基层党务工作知识问答", "目　录", "前言", "一、党员发展（第1—6题）", "二、党费收缴（第7—11题）",
             "前　言", *wrap([SCHOOL[0] + SCHOOL[1]], 20), "一、党员发展",
             "1.问：发展党员工作应当遵循什么方针？", *wrap(["　　答：" + FLOOD[0].strip() + FLOOD[1].strip()], 20)[:3],
             "基层党务工作知识问答　·5·", *wrap(["　　答：" + FLOOD[0].strip() + FLOOD[1].strip()], 20)[3:],
             "二、党费收缴", "7.问：党费怎样收缴？", *wrap(["　　答：" + VILLAGE[0].strip() + VILLAGE[1].strip()], 20)]
    result, source = split_text("\n".join(lines) + "\n")
    assert [a.title for a in result.articles] == ["前 言", "党员发展", "党费收缴"]
    assert result.articles[0].body.startswith(SCHOOL[0].strip()[:6])
    reasons = {d.text.strip(): d.reason for d in result.dropped}
    assert reasons["基层党务工作知识问答 ·5·"] == "running head with the page number"
    assert lost_lines(source, result) == []


def test_a_bulletin_saved_from_a_word_processor_with_numbered_headings():
    # "【本期要目】" over "◆" entries is the contents (a line without the mark is past it);
    # "1　工作动态" over "1.1　…" is a column, "1.1　" before a title its number; "第 1 页 共 3 页"
    # a page's number; a table's numbered rows ending in numbers are no titles; "（某某报送）"
    # closes a piece; the distribution lines end the bulletin
    lines = ["巡察工作简报", "第5期", "中共某县委巡察工作领导小组办公室", "【本期要目】", "◆县委第二轮巡察完成进驻",
             "◆县教育局以巡察整改促进行业治理", "1　工作动态", "1.1　县委第二轮巡察完成进驻",
             "　　" + SCHOOL[0].strip(), "　　" + SCHOOL[1].strip(), "第 1 页 共 3 页", "2　整改落实",
             "2.1　县教育局以巡察整改促进行业治理", "　　" + FLOOD[0].strip(), "序号 问题类别 反馈问题数 已完成整改数",
             "1 落实全面从严治党责任 6 6", "2 基层党组织建设 4 4", "　　" + FLOOD[1].strip(), "（县教育局党组报送）",
             "第 2 页 共 3 页", "报：市委巡察办，县委书记、副书记，县委常委", "送：县人大常委会、县政府主要领导",
             "（共印60份）"]
    result, source = split_text("\n".join(lines) + "\n")
    assert [(a.title, a.section) for a in result.articles] == [
        ("县委第二轮巡察完成进驻", "工作动态"), ("县教育局以巡察整改促进行业治理", "整改落实")]
    assert "4 4" in result.articles[1].body and result.articles[1].body.endswith(FLOOD[1].strip())
    reasons = {d.text.strip(): d.reason for d in result.dropped}
    assert reasons["第 1 页 共 3 页"] == "page number" and reasons["◆县委第二轮巡察完成进驻"].startswith("table of contents")
    assert reasons["送：县人大常委会、县政府主要领导"].startswith("masthead or distribution")
    assert lost_lines(source, result) == []
    from qikan.split.end_lines import parse_end_line
    from qikan.split.layout import Ln
    row, head = (Ln(0, 1, t, 0, False, 2 * len(t), 0.0, han=len(t)) for t in ("4 基层党组织建设 4 4", "基层党组织建设 4"))
    assert not row.title_shape and head.title_shape     # a table's row, not a title
    assert parse_end_line("（县教育局党组报送）") is not None   # the office that sent it closes it


def test_an_in_house_magazine_its_contents_running_heads_and_workshop_bylines():
    # "卷首语　标题" entries name their column before the title: "卷首语" printed alone opens the
    # issue; "刊名·2026年第2期　　5" is a running head with its page; "文/ 维修中心　房　悦" is a
    # unit (two characters before 中心) and a spaced name
    lines = ["岚能先锋", "2026年第2期（总第58期）", "本期导读", "卷首语　以高质量党建护航“双过半”",
             "员工心声　我在岗位上过“政治生日”", "卷首语", "以高质量党建护航“双过半”", "□ 集团党委书记、董事长　蔡鸿远",
             *wrap([SCHOOL[0] + SCHOOL[1]], 22)[:3], "岚能先锋·2026年第2期　　　　5", *wrap([SCHOOL[0] + SCHOOL[1]], 22)[3:],
             "【员工心声】", "我在岗位上过“政治生日”", "文/ 维修中心　房　悦", *wrap([FLOOD[0] + FLOOD[1]], 22)]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.unit, a.section) for a in result.articles]
    assert got == [("以高质量党建护航“双过半”", ["蔡鸿远"], "集团党委书记、董事长", "卷首语"),
                   ("我在岗位上过“政治生日”", ["房悦"], "维修中心", "员工心声")]
    assert "".join(result.articles[0].body.split()).endswith("".join((SCHOOL[0] + SCHOOL[1]).split())[-10:])
    assert lost_lines(source, result) == []


def test_a_broadcast_scripts_records_closed_by_their_credits():
    # "标题：…" records whose bodies close with credits: "记者：name　name　　编辑：name" and
    # "（记者　name　通讯员　name）" over "编辑：name" give the authors (not the editor); the next
    # record's slug of side-by-side fields stands between; a credits line of editors or
    # photographers alone names no author
    lines = ["《临川新闻》播出稿", "", "稿件一　　类型：口播+VCR　　时长：2′30″", "标题：县委理论学习中心组举行专题学习",
             "【导语】" + SCHOOL[0].strip(), "【正文】" + SCHOOL[1].strip(), "记者：邓小川　文　浩　　编辑：汪若溪", "",
             "稿件二　　类型：VCR　　时长：3′10″", "标题：“红色物业”让老旧小区焕新颜", "【导语】" + FLOOD[0].strip(),
             "【正文】" + FLOOD[1].strip(), "（记者　柳　青　通讯员　史家明）", "编辑：汪若溪", ""]
    result, source = split_text("\n".join(lines) + "\n")
    assert [(a.title, a.authors) for a in result.articles] == [
        ("县委理论学习中心组举行专题学习", ["邓小川", "文浩"]), ("“红色物业”让老旧小区焕新颜", ["柳青", "史家明"])]
    assert "汪若溪" not in result.articles[1].body
    assert lost_lines(source, result) == []
    from qikan.split.end_lines import parse_end_line
    assert parse_end_line("摄像：郑一帆　　记者：韦　强").authors == ["韦强"]
    assert parse_end_line("摄影：苗　雨　邹　凯") is None and parse_end_line("记者：这次会议的精神是什么？") is None


def test_a_question_booklets_appendix_of_dated_duties_is_its_own_piece():
    # a booklet of questions and answers in parts, its contents first; after the last answer
    # "附：…" heads a list whose items ("每月：…") open with a label and a colon: "附：" marks the
    # appendix and is no word of its title, and a line so opened starts a paragraph however
    # wide it is (it continues no sentence cut earlier)
    def answer(paras):
        return flush(["  答：" + "".join(p.strip() for p in paras)], 20)
    duties = ["每月：召开支部委员会会议和党小组会，开展主题党日活动，党员按月交纳党费。",
              "每季度：召开一次支部党员大会，由书记或委员上一次党课。",
              "每年：召开组织生活会，开展民主评议党员，向党员大会报告工作。"]
    lines = ["支部工作问答", "中共东川县委组织部　编印", "目　录", "前言", "一、组织生活（第1—3题）",
             "二、党费管理（第4—6题）", "附：支部工作常用时间表",
             "前　言", *flush(["  " + SCHOOL[2].strip() + FLOOD[0].strip()], 20), "编　者", "2026年3月",
             "一、组织生活", "1.问：支部党员大会多久召开一次？", *answer(SCHOOL),
             "2.问：党小组会由谁主持？", *answer(FLOOD), "3.问：主题党日怎样开展？", *answer(VILLAGE[:2]),
             "二、党费管理", "4.问：党费怎样交纳？", *answer(VILLAGE), "5.问：党费怎样使用？",
             *answer(SCHOOL[1:] + FLOOD[:1]), "6.问：党费收缴情况怎样公布？", *answer(FLOOD[1:]),
             "附：支部工作常用时间表", *flush(duties, 20)]
    result, source = split_text("\n".join(lines) + "\n")
    assert [a.title for a in result.articles] == ["前 言", "组织生活", "党费管理", "支部工作常用时间表"]
    assert "".join(result.articles[3].body.split()) == "".join(duties)
    assert lost_lines(source, result) == []
    from qikan.split.layout import Ln
    from qikan.split.units import Unit, cont_start

    def first(text: str) -> Unit:
        return Unit([Ln(0, 1, text, 0, False, 2 * len(text), 40.0, han=len(text))])
    assert not cont_start(first(duties[0][:20])) and not cont_start(first("主持人：请您谈谈支部的做法和体会好吗"))
    assert cont_start(first("委员会会议和党小组会，开展主题党日活动，党"))


def test_a_broadcast_scripts_untitled_record_of_bulleted_briefs_and_a_series_prefix():
    # a slug with no title field under it opens untitled material: under "【口播简讯】" each
    # "▲headline" over its text is a brief of that column (up to a blank line), what follows is
    # no piece; a slug right over a title field goes with that record; "系列名｜headline" in a
    # title field names the series as the column
    lines = ["稿件一　　类型：VCR　　时长：3′10″", "标题：乡村振兴大家谈｜石马村：垃圾场变成了文化广场",
             "【正文】" + "".join(p.strip() for p in VILLAGE), "摄像：郑一帆　　记者：韦　强", "",
             "稿件二　　类型：口播简讯　　时长：1′20″", "【口播简讯】", "▲东川镇组建党员抗洪突击队", FLOOD[0].strip(),
             "▲西岭乡开展党校教师集中培训", SCHOOL[0].strip() + SCHOOL[2].strip(), "",
             "【结束语】", "（女）以上就是今天节目的主要内容，感谢收看。", "（完）", ""]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.section, a.kind) for a in result.articles]
    assert got == [("石马村：垃圾场变成了文化广场", ["韦强"], "乡村振兴大家谈", "article"),
                   ("东川镇组建党员抗洪突击队", [], "口播简讯", "brief"),
                   ("西岭乡开展党校教师集中培训", [], "口播简讯", "brief")]
    assert result.articles[2].body == SCHOOL[0].strip() + SCHOOL[2].strip()
    assert "稿件二" not in result.articles[0].body and "感谢收看" not in result.articles[2].body
    assert lost_lines(source, result) == []


def test_a_university_weeklys_marked_column_picture_news_and_poem():
    # set in a 14-character column without indents: "■ 校园简讯" names the column of the ■
    # briefs under it; a brief whose credit wraps ("…（" / "通讯员　方　圆）") ends there, so
    # "图片新闻" over a headline opens the next story; after a page turn, a title, the poet's
    # name and short unpunctuated lines are a poem (one line a paragraph) closed by the poet's
    # standing in brackets, its unit; "（党委组织部　供稿）" names an office that sent the story,
    # no author
    from qikan.model import IssueMeta, Line
    from qikan.split.end_lines import parse_end_line
    from qikan.split.newspaper import split_newspaper
    verses = ["那一天", "我举起右拳", "声音有些发抖", "党旗的红", "映在每个人的脸上", "我想起爷爷的老党证",
              "从那一天起", "我把誓词", "写进每一个平常的日子"]
    lines = ["学院召开党建工作会议",
             *flush(["本报讯" + SCHOOL[0].strip() + SCHOOL[1].strip(), FLOOD[0].strip() + FLOOD[1].strip(),
                     VILLAGE[0].strip(), FLOOD[2].strip(), FLOOD[1].strip(), FLOOD[0].strip(), VILLAGE[0].strip(),
                     FLOOD[2].strip()], 14), "（党委组织部　供稿）",
             "■ 校园简讯", *flush(["■5月12日，" + FLOOD[0].strip() + "（通讯员　石　磊）"], 14),
             *flush(["■日前，" + VILLAGE[0].strip() + "（通讯员　方　圆）"], 14),
             "图片新闻", "师生重走红军小道", *flush([FLOOD[2].strip()], 14), "（摄影：韦子辰）", "",
             "写给入党那一天", "林　溪", *verses, "（化学学院学生党员）"]
    articles, _ = split_newspaper(IssueMeta(id="t"), [Line(k, t) for k, t in enumerate(lines, 1)])
    got = [(a.title, a.authors, a.unit, a.section, a.kind) for a in articles]
    assert got == [("学院召开党建工作会议", [], None, None, "article"),
                   (None, ["石磊"], None, "校园简讯", "brief"), (None, ["方圆"], None, "校园简讯", "brief"),
                   ("师生重走红军小道", [], None, "图片新闻", "article"),
                   ("写给入党那一天", ["林溪"], "化学学院学生党员", None, "article")]
    assert articles[4].body.split("\n\n") == verses
    assert parse_end_line("（党委组织部　供稿）").authors == []
    from qikan.split.vocabulary import NEWSPAPER
    masthead = [f.pattern for f in NEWSPAPER.drop if f.reason == "masthead"]
    for line in ("中共澄江师范学院委员会主办", "内部准印证号：岚内资准字（2026）第031号", "本期4版"):
        assert any(p.search(line) for p in masthead), line
    assert not any(p.search("学院党委主办的读书班今天开班") for p in masthead)


def test_a_push_of_three_numbered_pieces_under_its_guide():
    # "今日导读" lists the push's pieces "【一】…" (one a question, one "栏目｜标题"): each is a
    # piece whose "【一】" is its number, no word of its title; "▼" between them is a mark; a
    # piece closed by "（来源：paper　记者：name）" names its reporter
    lines = ["东川组工｜三则", "原创 东川组工 东川组工 2026年05月11日 18:30", "", "点击蓝字关注我们", "",
             "今日导读", "【一】东川：百名指导员驻企帮扶", "【二】田埂上的流动党校", "【三】党员小课堂｜预备期从何时算起？", "",
             "【一】东川：百名指导员驻企帮扶", "", "[图片]", "图片来源：东川市委组织部", "", SCHOOL[0] + SCHOOL[1], "", SCHOOL[2] + FLOOD[0], "",
             "（来源：东川日报　记者：叶青禾）", "", "▼", "", "【二】田埂上的流动党校", "文字｜甘雨", "", VILLAGE[0] + VILLAGE[1], "", VILLAGE[2] + SCHOOL[0], "",
             "▼", "", "【三】党员小课堂｜预备期从何时算起？", "", FLOOD[0] + FLOOD[1], "", FLOOD[2] + VILLAGE[0], "", "编辑：苗禾　　审核：邵清", "",
             "· END ·", "", "分享　收藏　点赞　在看"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.section) for a in result.articles]
    assert got == [("东川：百名指导员驻企帮扶", ["叶青禾"], None), ("田埂上的流动党校", ["甘雨"], None),
                   ("预备期从何时算起？", [], "党员小课堂")]
    assert result.articles[2].body == FLOOD[0] + FLOOD[1] + "\n\n" + FLOOD[2] + VILLAGE[0]
    assert {lines[d.line - 1] for d in result.dropped if d.reason == "rule line"} == {"▼"}
    assert lost_lines(source, result) == []


def test_a_city_magazines_news_briefs_closed_by_the_office_that_sent_them():
    # under "工作动态" each brief has a one-line headline over an indented paragraph closed by
    # "（某某供稿）" (the credit may wrap): the credit ends the brief, the next headline opens
    # the next; "芷州组工　2026.5　·14·" is the running head with its page
    def brief(title: str, text: str, credit: str) -> list[str]:
        text += credit  # (a 22-character column, the first line set in by two)
        return [title, "　　" + text[:20], *flush([text[20:]], 22)]
    lines = ["卷首语", "让每一个支部都成为坚强战斗堡垒", *wrap(["　　" + SCHOOL[0] + SCHOOL[1]], 22), "本刊评论员",
             "东川组工　2026.5　·1·", "工作动态",
             *brief("全市新兴领域党建工作推进会召开", FLOOD[0] + FLOOD[1], "（组织二科供稿）"),
             *brief("西岭县开展村级班子运行质量评估", VILLAGE[0] + VILLAGE[1], "（西岭县委组织部供稿）"),
             *brief("南坪镇建立党员积分超市", FLOOD[2] + VILLAGE[2], "（南坪镇党委供稿）"),
             "东川组工　2026.5　·14·"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.section) for a in result.articles]
    assert got == [("让每一个支部都成为坚强战斗堡垒", "卷首语"), ("全市新兴领域党建工作推进会召开", "工作动态"),
                   ("西岭县开展村级班子运行质量评估", "工作动态"), ("南坪镇建立党员积分超市", "工作动态")]
    assert result.articles[0].authors == ["本刊评论员"]
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons["东川组工　2026.5　·1·"].startswith("masthead")
    assert lost_lines(source, result) == []


def test_a_dailys_theory_page_its_signed_pieces_briefs_and_a_question():
    # "（本文系…成果）" under a piece is its funding note (no author, no headline of the next);
    # "某大学某学院　name" under a headline signs it with a unit; marked briefs follow one another
    # whatever their first words; "什么是…？" flush under "理论热点" is a headline, and the answer's
    # closing "（name　post）" signs it; "本版投稿邮箱：…" is the page's
    col = lambda text: wrap(["　　" + text], 16)      # noqa: E731 (a 16-character column, indented)
    lines = ["2026年5月12日　星期二", "第7版　理论", "责任编辑：吕少川", "",
             "把严的基调长期坚持下去", "本报评论员", *col(SCHOOL[0] + SCHOOL[1]), "（本文系东川市社科规划项目阶段性成果）",
             "用好批评和自我批评这个有力武器", "东川大学马克思主义学院　甄真", *col(FLOOD[0] + FLOOD[1]),
             "理论动态", *col("■ 日前，" + VILLAGE[0]), *col("■ 东川大学党建研究中心发布" + VILLAGE[1]),
             "理论热点", "什么是“全周期管理”？", *col(FLOOD[2] + "（祁云　东川市委党校教授）"),
             "本版投稿邮箱：llb@example.cn"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.unit, a.section, a.kind) for a in result.articles]
    assert got == [("把严的基调长期坚持下去", ["本报评论员"], None, "理论", "article"),
                   ("用好批评和自我批评这个有力武器", ["甄真"], "东川大学马克思主义学院", "理论", "article"),
                   (None, [], None, "理论动态", "brief"), (None, [], None, "理论动态", "brief"),
                   ("什么是“全周期管理”？", ["祁云"], "东川市委党校教授", "理论热点", "article")]
    assert "投稿" not in result.articles[-1].body
    assert lost_lines(source, result) == []


def test_a_title_as_wide_as_the_column_floats_when_an_institution_signs_it():
    # a 15-character column, a blank line after every line: each of two bodies has its title
    # and the institution that signs it floating in a sentence; the second title is as wide as
    # the column, but no paragraph's last line is an institution's name alone
    first = flush([SCHOOL[0] + SCHOOL[1], " " + SCHOOL[2]], 15)
    second = flush([" " + VILLAGE[0] + VILLAGE[1], " " + VILLAGE[2]], 15)
    lines = ["红 色 物 业 提 质 增 效", *first[:4], "物业服务“红”起来 小区治理“活”起来", "南湖区湖滨街道翠苑社区党委",
             *first[4:], *second[:3], "党建联席会解开老旧小区“千千结”", "北岭县城关镇向阳社区党委", *second[3:]]
    result, source = split_text("\n\n".join(lines) + "\n")
    got = [(a.title, a.authors) for a in result.articles]
    assert got == [("物业服务“红”起来 小区治理“活”起来", ["南湖区湖滨街道翠苑社区党委"]),
                   ("党建联席会解开老旧小区“千千结”", ["北岭县城关镇向阳社区党委"])]
    assert "".join(result.articles[1].body.split()).startswith("".join(VILLAGE[0].split()))
    assert lost_lines(source, result) == []


def test_a_title_floats_over_the_label_of_the_column_in_force():
    # "基 层 探 索" opens the column; a titled piece, then a body from a new page with no title, a
    # title block whose label is "基层探索" again (the column goes on: the label opens none) and
    # the rest of that body, signed by its unit line: the block floats in that body
    lines = ["基 层 探 索", "古塘社区：“幸福圆桌”聊出治理新气象", "文/ 凌　霄",
             *flush([SCHOOL[0] + SCHOOL[1] + SCHOOL[2], FLOOD[0] + FLOOD[1]], 20),
             *flush([" " + VILLAGE[0] + VILLAGE[1]], 20), "小积分激活乡村治理大能量", "文/ 何　苇", "基 层 探 索",
             *flush([VILLAGE[2] + FLOOD[2]], 20), "（作者单位：青溪县委组织部）", " 基 层 动 态",
             *flush(["4月上旬，青溪县委组织部举办村党组织书记专题培训，一百二十名书记参加。"], 20)]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.unit, a.section) for a in result.articles[:2]]
    assert got == [("古塘社区：“幸福圆桌”聊出治理新气象", ["凌霄"], None, "基层探索"),
                   ("小积分激活乡村治理大能量", ["何苇"], "青溪县委组织部", "基层探索")]
    body = "".join(result.articles[1].body.split())
    assert body.startswith("石马村过去") and body.endswith("恢复生产生活秩序。")
    assert lost_lines(source, result) == []


def test_a_short_line_opening_a_page_over_a_body_whose_title_floats_is_its_label():
    # " 我为群众办实事" where a page opens, over a body whose own title and byline float two
    # lines down: the column's label, no title of the body before's tail
    lines = [" 高 层 动 态", "省委召开青年工作会议：把青年工作抓紧抓实",
             *flush([SCHOOL[0] + SCHOOL[1] + SCHOOL[2], FLOOD[0] + FLOOD[1] + FLOOD[2]], 30),
             " 我为群众办实事", *flush([VILLAGE[0] + VILLAGE[1]], 30)[:2], "一条“连心路”修进群众心坎里", "□ 商明辉",
             *flush([VILLAGE[0] + VILLAGE[1]], 30)[2:], *flush([VILLAGE[2]], 30)]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.section) for a in result.articles]
    assert got == [("省委召开青年工作会议：把青年工作抓紧抓实", "高层动态"), ("一条“连心路”修进群众心坎里", "我为群众办实事")]
    assert "".join(result.articles[0].body.split()).endswith("恢复生产生活秩序。")
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons[" 我为群众办实事"].startswith("column label")
    assert lost_lines(source, result) == []


def test_a_serial_piece_continued_from_the_last_issue():
    # "…（续）" after a title and "（上接2026年第2期）" under its byline mark a serial piece taken up
    # from the last issue: no word of the title, no text of the body; "·20·　刊名　2026年第3期", the
    # page's number first, is a running head, even inside a sentence
    body = flush(["三、改革开放以来的探索与发展", SCHOOL[0] + SCHOOL[1] + SCHOOL[2]], 17)
    lines = ["把党的组织优势转化为县域发展优势", "□ 柯明远", *flush([VILLAGE[0] + VILLAGE[1] + VILLAGE[2]], 17),
             "（作者单位：中共东川县委党校）", "东川县基层党组织建设的历史考察（续）", "□ 鲁文涛", "（上接2026年第2期）",
             *body[:4], "·20·　东川学刊　2026年第3期", *body[4:], "（作者单位：中共东川县委党校）"]
    result, source = split_text("\n".join(lines) + "\n")
    assert [(a.title, a.authors) for a in result.articles] == [
        ("把党的组织优势转化为县域发展优势", ["柯明远"]), ("东川县基层党组织建设的历史考察", ["鲁文涛"])]
    text = "".join(result.articles[1].body.split())
    assert text.startswith("##三、改革开放以来") and "东川学刊" not in text and "上接" not in text
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons["（上接2026年第2期）"] == "mark of a piece continued from an earlier issue"
    assert lost_lines(source, result) == []


def test_a_book_reviews_subtitle_names_the_book_not_an_author():
    # "——读《一个支部和它的村庄》" under a review's title is its subtitle ("读" is no name: an
    # attribution "——name《book》" names its author with two characters or more)
    lines = ["调查研究是做好各项工作的基本功", "□ 邵　伟", *flush([SCHOOL[0] + SCHOOL[1]], 24),
             "（作者单位：东川市委党校）", "", "读书札记", "", "在泥土里读懂基层", "——读《一个支部和它的村庄》", "□ 谭　晓", "",
             *flush([VILLAGE[0] + VILLAGE[1] + VILLAGE[2]], 24), "（作者单位：东川市委党校）"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.subtitle, a.authors, a.section) for a in result.articles]
    assert got[1] == ("在泥土里读懂基层", "——读《一个支部和它的村庄》", ["谭晓"], "读书札记")
    from qikan.split.layout import ATTRIB
    assert ATTRIB.match("——读《一个支部和它的村庄》") is None and ATTRIB.match("——塔勒布《反脆弱》")
    assert lost_lines(source, result) == []


def test_a_groups_heading_over_a_run_in_editors_note_titles_the_note():
    # "【专题】" / a heading / "【编者按】…" run in: the heading is the note's title, never the
    # first line of the piece after the note (whose first line fills the column)
    lines = ["【专题】", "奋力谱写县域高质量发展新篇章", *flush(["【编者按】" + REPORT[0].strip() + REPORT[1].strip()], 16),
             "把党的组织优势转化为县域发展优势", "□ 柯明远", *flush([SCHOOL[0] + SCHOOL[1]], 17),
             "（作者单位：中共东川县委党校）"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.kind, a.authors) for a in result.articles]
    assert got == [("奋力谱写县域高质量发展新篇章", "editor_note", []),
                   ("把党的组织优势转化为县域发展优势", "article", ["柯明远"])]
    assert "奋力谱写" not in result.articles[1].body
    assert lost_lines(source, result) == []


def test_a_speech_printed_as_a_document_with_its_attachment():
    # a long title wrapped (three phrases, then the rest), "——在…上的讲话", "posts　name" and the
    # date under it; the imprint at each page's foot; "附件" over the attachment's title; the
    # attachment signed and dated by the office, right-aligned
    lines = ["锚定目标　奋勇争先　以高质量组织工作", "服务保障全市现代化建设", "——在2026年全市组织工作会议上的讲话",
             "市委常委、组织部部长　闻一舟", "（2026年2月26日）", "", "　　同志们：",
             *wrap(["　　" + SCHOOL[0] + SCHOOL[1]], 30), "- 2 -", "中共东川市委组织部办公室　　2026年3月2日印发",
             *wrap(["　　" + SCHOOL[2] + FLOOD[0] + FLOOD[1]], 30), "", "- 3 -", "附件", "2026年全市组织工作要点",
             *wrap(["　　1." + VILLAGE[0], "　　2." + VILLAGE[1] + VILLAGE[2]], 30),
             "　　　　　　　　　　　　　　　　　中共东川市委组织部", "　　　　　　　　　　　　　　　　　　　2026年2月20日"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.subtitle, a.authors, a.unit) for a in result.articles]
    assert got == [("锚定目标 奋勇争先 以高质量组织工作 服务保障全市现代化建设", "——在2026年全市组织工作会议上的讲话",
                    ["闻一舟"], "市委常委、组织部部长"),
                   ("2026年全市组织工作要点", None, ["中共东川市委组织部"], None)]
    assert "印发" not in result.articles[0].body and result.articles[1].body.endswith(VILLAGE[2])
    assert lost_lines(source, result) == []


def test_a_collection_of_reports_numbered_and_signed_at_their_ends():
    # contents with numbered parts; "编印说明" closed by the office and the date (the compiler's
    # own text: no author); each report numbered "述职报告之一" over its title and "——…" deck,
    # closed by "述职人：name" or "posts　name" and the date, right-aligned
    lines = ["述 职 报 告 汇 编", "目　　录", "编印说明………………………………1", "一、街道党工委书记述职报告……2", "",
             "编印说明", *wrap(["　　" + REPORT[0].strip()], 20), "　　　　　　　　东川区委组织部组织一科", "　　　　　　　　　　2026年1月20日", "",
             "一、街道党工委书记述职报告", "", "述职报告之一", "网格连民心　党建强治理", "——凤栖街道党工委书记抓基层党建工作述职报告",
             *wrap(["　　" + SCHOOL[0] + SCHOOL[1]], 20), "　　　　　　　　　　　述职人：鲍文清", "　　　　　　　　　　2026年1月15日", "",
             "述职报告之二", "以党建引领激活乡村振兴“一池春水”", "——柳溪镇党委书记抓基层党建工作述职报告",
             *wrap(["　　" + VILLAGE[0] + VILLAGE[1]], 20), "　　　　　　　柳溪镇党委书记　祁振山", "　　　　　　　　　2026年1月15日"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.unit) for a in result.articles]
    assert got == [("编印说明", ["东川区委组织部组织一科"], None), ("网格连民心 党建强治理", ["鲍文清"], None),
                   ("以党建引领激活乡村振兴“一池春水”", ["祁振山"], "柳溪镇党委书记")]
    assert [a.section for a in result.articles[1:]] == ["街道党工委书记述职报告"] * 2
    assert result.articles[2].body.endswith(VILLAGE[1]) and "2026" not in result.articles[1].body
    assert lost_lines(source, result) == []


def test_an_issue_sent_as_an_e_mail():
    # the mail's header, its notice and links, "【本期导读】" whose entries each print their link
    # under them, rules between the columns, "（供稿：…" wrapped onto the next line closing a brief
    lines = ["发件人：东川组工电子期刊 <ekan@example.cn>", "收件人：订阅用户", "主　题：《东川组工》电子期刊 2026年第9期",
             "日　期：2026年5月8日 星期五 09:00", "", "如果本邮件无法正常显示，请在浏览器中查看：", "https://ekan.example.cn/213/", "",
             "=" * 40, "　　《东川组工》电子期刊", "=" * 40, "", "【本期导读】", "1. 卷首：把“小事”当成“大事”来办",
             "   https://ekan.example.cn/213/01.html", "2. 工作动态：全市党组织书记培训班开班", "   https://ekan.example.cn/213/02.html",
             "", "=" * 40, "【卷首】", "", "把“小事”当成“大事”来办", "本刊评论员", "", *flush([SCHOOL[0] + SCHOOL[1]], 30), "",
             "-" * 40, "【工作动态】", "", "全市党组织书记培训班开班", *flush([FLOOD[0] + FLOOD[1] + "（供稿：市委组织部组织一科）"], 30), "",
             "西岭乡建立党员积分超市", *flush([VILLAGE[0] + "（供稿：西岭乡党委）"], 30), "", "-" * 40,
             "编辑部地址：东川市新华路18号　邮编：336000", "如需退订，请回复“退订”。"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.section) for a in result.articles]
    assert got == [("把“小事”当成“大事”来办", ["本刊评论员"], "卷首"), ("全市党组织书记培训班开班", [], "工作动态"),
                   ("西岭乡建立党员积分超市", [], "工作动态")]
    assert result.articles[1].body.endswith(FLOOD[1]) and result.articles[1].unit == "市委组织部组织一科"
    assert "退订" not in result.articles[-1].body and "https" not in "".join(a.body for a in result.articles)
    assert lost_lines(source, result) == []


def test_articles_saved_from_a_news_app():
    # each saved article: the channels, its title, "source　time　发布于place", the app's buttons,
    # a byline of the outlet's reporters or "文｜name" first, "展开剩余72%" inside the text,
    # 举报, readers' comments, recommendations and an advertisement after it; a closing
    # "本文来源：《…》　作者：name" signs it
    lines = ["我的收藏（2）", "", "东川新闻 > 政务 > 党建", "一个社区党委书记的“三本账”", "东川新闻　2026-05-08 10:23　发布于东川",
             "关注", "听全文 约5分钟", "东川新闻记者　邵清　通讯员　甘雨", "", SCHOOL[0] + SCHOOL[1], "", "展开剩余68%", "",
             SCHOOL[2], "", "责任编辑：苗　禾", "举报", "全部评论（2）", "老张：这样的书记多一些就好了", "　　5-08 12:31　　赞 36",
             "查看更多评论", "", "相关推荐", "　社区党委书记谈治理：把居民当家人　　东川新闻　44评论", "",
             "广告", "　【限时】城际快线开通 首月票价8折　　东川出行　广告", "",
             "东川新闻 > 乡村 > 人物", "她把党课讲到了田埂上", "东川日报　2026-05-07 09:15　发布于西岭", "关注", "听全文 约4分钟",
             "", VILLAGE[0] + VILLAGE[1], "", VILLAGE[2], "本文来源：《东川日报》　作者：林晓舟", "举报", "", "已经到底了"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors) for a in result.articles]
    assert got == [("一个社区党委书记的“三本账”", ["邵清", "甘雨"]), ("她把党课讲到了田埂上", ["林晓舟"])]
    assert result.articles[0].body == SCHOOL[0] + SCHOOL[1] + "\n\n" + SCHOOL[2]
    assert result.articles[1].body.endswith(VILLAGE[2])
    assert lost_lines(source, result) == []


def test_a_banner_of_two_phrases_over_a_leads_headline_is_its_title():
    # "红色根脉 薪火相传" over the lead's headline and "本报记者" byline: two phrases side by side
    # are a banner's headline (the title, the line under it the deck), never a column's name
    lines = ["", "红色根脉 薪火相传", "", "各地创新党员教育方式推动党史学习教育常态化长效化", "", "本报记者 孟 川", "",
             SCHOOL[0] + SCHOOL[1], "", "——用好红色资源，让党史“看得见”。", "", FLOOD[0] + FLOOD[1], "",
             "党建漫谈", "", "让党员教育“活”起来", "", "石 岩", "", VILLAGE[0] + VILLAGE[1], ""]
    result, source = split_text("\n".join(lines) + "\n")
    first = result.articles[0]
    assert (first.title, first.subtitle, first.authors, first.section) == (
        "红色根脉 薪火相传", "各地创新党员教育方式推动党史学习教育常态化长效化", ["孟川"], None)
    assert result.articles[1].section == "党建漫谈"
    assert lost_lines(source, result) == []


def test_a_title_printed_last_under_the_unit_line_of_a_body_signed_at_its_head():
    # "● names" over a body closed by "（作者单位：…）", then, the text's last line, its title:
    # printed after the body whose block holds only its byline (no cut of that body)
    lines = ["【经验交流】", "", "● 孔令仪 邢　超", "", *flush([SCHOOL[0] + SCHOOL[1]], 22), "",
             *flush([FLOOD[0] + FLOOD[1]], 22), "", "（作者单位：长垣市委组织部；长垣市北关街道党工委）", "",
             "织密“红色网格” 绘就治理“同心圆”"]
    result, source = split_text("\n\n".join(x for x in lines if x) + "\n")
    got = [(a.title, a.authors, a.unit, a.section) for a in result.articles]
    assert got == [("织密“红色网格” 绘就治理“同心圆”", ["孔令仪", "邢超"], "长垣市委组织部；长垣市北关街道党工委", "经验交流")]
    assert lost_lines(source, result) == []


def test_a_speech_opening_inside_a_body_whose_title_floats_further_down():
    # an unsigned commentary on a new page, then "同志们，…" opening a speech whose title block
    # ("title" / "● name" / "（date）") floats between its paragraphs: the commentary is a
    # piece of its own, the speech begins at its address to the comrades
    speech = flush(["同志们，今天我和大家一起学习交流“四下基层”的优良传统。" + VILLAGE[0] + VILLAGE[1] + VILLAGE[2]], 24)
    lines = ["【要闻要论】", "全省“百校千村”结对共建活动启动", *flush([FLOOD[0] + FLOOD[1]], 24), "",
             " " + flush([SCHOOL[0] + SCHOOL[1]], 24)[0], *flush([SCHOOL[0] + SCHOOL[1]], 24)[1:], "",
             *speech[:2], "践行“四下基层” 走好新时代群众路线", "● 关山月", "（2026年8月15日）", *speech[2:]]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors) for a in result.articles]
    assert got[1:] == [("党校发展之要唯在队伍唯在人才", []), ("践行“四下基层” 走好新时代群众路线", ["关山月"])]
    assert result.articles[2].body.startswith("同志们，今天")
    assert lost_lines(source, result) == []


def test_two_decks_of_slides_exported_as_outline_text():
    # each deck one talk from "幻灯片 1": its title slide (title, "——" deck, "主讲人：posts　name",
    # date; a short kicker over the title is its subtitle; "讲述：…" signs, "制作：…" does not),
    # the later slides' lines and the notes its text; slide numbers and the footer on every
    # slide no text
    footer = "东川镇党委　七一专题党课"
    lines = ["【文件】七一专题党课.pptx　（大纲视图导出）", "", "幻灯片 1", "坚定理想信念　争做合格党员", "——2026年“七一”专题党课",
             "主讲人：东川镇党委书记　祁振山", "2026年6月28日", "备注：" + SCHOOL[0], "",
             "幻灯片 2", "一、理想信念是共产党人的精神之钙", "• 理想信念坚定，骨头就硬", footer, "备注：" + SCHOOL[1], "",
             "幻灯片 3", "二、对照合格党员标准找差距", "• 学习上：满足于“学过了”", footer, "",
             "幻灯片 4", "谢谢聆听！", footer, "", "",
             "【文件】微党课-一封家书.pptx", "", "幻灯片 1", "微党课", "一封家书里的初心",
             "讲述：东川村党组织第一书记　邱岚", "制作：东川镇党建办　　2026年6月", "",
             "幻灯片 2", "一封写于1948年的家书", "• 写信人：老党员方守义", "备注：" + VILLAGE[0]]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.subtitle, a.authors, a.unit) for a in result.articles]
    assert got == [("坚定理想信念 争做合格党员", "——2026年“七一”专题党课", ["祁振山"], "东川镇党委书记"),
                   ("一封家书里的初心", "微党课", ["邱岚"], "东川村党组织第一书记")]
    first = result.articles[0].body.split("\n\n")
    assert first[0] == "备注：" + SCHOOL[0] and "谢谢聆听！" in first and footer not in first
    assert "幻灯片" not in result.articles[1].body and "制作" not in result.articles[1].body
    assert lost_lines(source, result) == []


def test_an_oral_history_collection_numbered_talks_under_boxed_narrators():
    # a village's collection of talks: "一、“…”" over "【讲述人：name，sex，birth，post】" is a talk's
    # title (its number no word of it), the narrators its authors (a lone one's post its unit,
    # a villager has none); "采访整理：name" closes it as its writer and "（根据录音整理，有删节）"
    # is the editor's word closing it; the foreword is signed by a "…编纂小组" and dated
    def talk(number, title, narrator, answer):
        return [f"{'一二三'[int(number) - 1]}、“{title}”", "", f"【讲述人：{narrator}】", f"【采访时间：2025年10月{number}日　地点：村委会】", "",
                "　　问：您还记得当年的事吗？", "", *("　　" + x if k == 0 else x for k, x in enumerate(wrap([answer], 24))), "",
                "采访整理：韦　宁", "（根据录音整理，有删节）", ""]
    lines = ["前　言", "", *wrap([FLOOD[0] + FLOOD[1]], 24), "", "　　　　　　　　石马村村史编纂小组", "　　　　　　　　2026年3月", "",
             *talk("1", "那年我们修堤坝", "方秀英，女，1937年生，石马村村民", "答：" + FLOOD[2]),
             *talk("2", "老支书的三本账", "鲍德林，男，1949年生，原石马村党支部书记", "答：" + VILLAGE[1]),
             *talk("3", "我们家的光荣牌", "蒋福来，男，1952年生，退役军人；王桂兰，女，1955年生，蒋福来之妻",
                   "蒋福来答：" + VILLAGE[2])]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.unit, a.writer) for a in result.articles]
    assert got[1:] == [("“那年我们修堤坝”", ["方秀英"], None, "韦宁"),
                       ("“老支书的三本账”", ["鲍德林"], "原石马村党支部书记", "韦宁"),
                       ("“我们家的光荣牌”", ["蒋福来", "王桂兰"], None, "韦宁")]
    assert got[0][0] == "前 言" and result.articles[0].body == FLOOD[0] + FLOOD[1]
    assert result.articles[1].body.split("\n\n") == ["【采访时间：2025年10月1日 地点：村委会】", "问：您还记得当年的事吗？",
                                                      "答：" + FLOOD[2]]
    codes = {d.text: d.code for d in result.dropped}
    assert codes["（根据录音整理，有删节）"] == codes["采访整理：韦 宁"] == "end-line" and codes["一、"] == "title-mark"
    assert lost_lines(source, result) == []


def test_a_speech_contest_collection_wrapped_bylines_and_salutations_said_again():
    # the cover's lines (no sentence in them) title nothing; each speech under its prize label
    # is signed by "演讲者：name（unit" wrapped onto "unit）"; the salutation every speech opens
    # with, wrapped alike each time ("尊敬的各位评委、亲爱的朋" / "友们："), is text, not a running head
    def speech(prize, title, speaker, rest, body):
        return [prize, title, f"演讲者：{speaker}（{rest[0]}", f"{rest[1]}）", "　　尊敬的各位评委、亲爱的朋", "友们：",
                *("　　" + x if k == 0 else x for k, x in enumerate(wrap([body], 14))), "　　谢谢大家！"]
    lines = ["“强国复兴有我”主题演讲比赛", "优秀演讲稿选编", "共青团石马县委员会　编", "2026年5月",
             "前　言", *("　　" + x if k == 0 else x for k, x in enumerate(wrap([FLOOD[0]], 14))), "编　者",
             *speech("一等奖", "把青春写在大地上", "柳星辰", ("石马县第一人民", "医院"), SCHOOL[0] + SCHOOL[1]),
             *speech("二等奖", "一张车票的故事", "岳思远", ("石马县职业技术", "学院"), VILLAGE[0] + VILLAGE[1]),
             *speech("三等奖", "灯火里的守护", "戚明哲", ("石马县公安局东城", "派出所"), FLOOD[1] + FLOOD[2])]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.unit, a.section) for a in result.articles]
    assert got[1:] == [("把青春写在大地上", ["柳星辰"], "石马县第一人民医院", "一等奖"),
                       ("一张车票的故事", ["岳思远"], "石马县职业技术学院", "二等奖"),
                       ("灯火里的守护", ["戚明哲"], "石马县公安局东城派出所", "三等奖")]
    assert got[0][0] == "前 言" and result.articles[0].body.startswith(FLOOD[0][:10])
    assert all(a.body.startswith("尊敬的各位评委、亲爱的朋友们：") for a in result.articles[1:])
    codes = {d.line: d.code for d in result.dropped}
    assert codes[lines.index("医院）") + 1] == "title-byline"
    assert lost_lines(source, result) == []


def test_a_dailys_front_page_its_boxes_a_commentary_by_column_and_briefs_closed_by_sources():
    # the front page's guide ("◆ …（详见第2版）"), weather box and imprint ("社址：…　邮编：…") are
    # the paper's; "短评｜…" is the commentary's column; a two-line headline over "本报记者 name"
    # opens a story even under a full line; each "■" paragraph after a brief closed by its
    # source ("（据…）", wrapped) is the next brief; nothing is lost at the page's end
    col = lambda text: flush(["　　" + text], 13)  # noqa: E731 (a 13-character column, indented)
    lines = ["石马日报", "中共石马市委机关报", "2026年5月8日　星期五", "今日导读",
             "◆ 百名书记进百村　首批到村报到（详见第2版）", "◆ 红色物业让老旧小区焕新颜（详见第3版）",
             "天气：多云转晴　18℃～27℃　南风2级", "第1版　要闻　　责任编辑：程　远",
             "短评｜让好干部在一线脱颖而出", *col(SCHOOL[0]), *col(SCHOOL[1]), *col(SCHOOL[2]), "芷江镇“党员联户”化解", "矛盾纠纷",
             "本报记者　孟　澜", *col(FLOOD[0]), *col(FLOOD[1]), "图为芷江镇党员入户走访（资料图片）", "新闻速览",
             *flush(["■ " + VILLAGE[0] + "（据石马区委组织部）"], 13), *flush(["■ " + VILLAGE[1] + "（据市委党校）"], 13),
             *flush(["■ " + VILLAGE[2] + "（据高新区党工委）"], 13),
             "责任编辑：邹明远　　版式：柏　川", "社址：石马市迎宾大道18号　邮编：415100　广告许可证：石工商广字001号"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.section, a.kind) for a in result.articles]
    assert got == [("让好干部在一线脱颖而出", [], "短评", "article"),
                   ("芷江镇“党员联户”化解 矛盾纠纷", ["孟澜"], "要闻", "article"),
                   (None, [], "新闻速览", "brief"), (None, [], "新闻速览", "brief"), (None, [], "新闻速览", "brief")]
    assert result.articles[0].body == "\n\n".join(SCHOOL)
    assert [a.body for a in result.articles[2:]] == [VILLAGE[k] + "（据" + src + "）" for k, src in
                                                     enumerate(("石马区委组织部", "市委党校", "高新区党工委"))]
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons["天气：多云转晴　18℃～27℃　南风2级"] == "weather box" and reasons[lines[-1]] == "imprint of the paper"
    assert reasons["中共石马市委机关报"] == "masthead" and reasons[lines[4]].startswith("guide to the other pages")
    assert reasons["短评｜让好干部在一线脱颖而出"] == "column printed with the headline, the article's section"
    assert lost_lines(source, result) == []


def test_a_reporters_note_headed_by_its_column_and_title_is_a_piece_of_its_own():
    # one paragraph a line: "记者手记：改造先“改”心" after a report's last paragraph is a piece
    # of its own, titled without its column, which is its section (not the column in force)
    lines = ["走基层", "", "一条老街的“新生”", "", "本报记者　阮清", "", SCHOOL[0], "", SCHOOL[1], "",
             "记者手记：改造先“改”心", "", FLOOD[0] + FLOOD[1], "", "基层观察", "", "多用“绣花功夫”抓治理", "", "莫如晦", "",
             VILLAGE[0], "", VILLAGE[1]]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.section) for a in result.articles]
    assert got == [("一条老街的“新生”", ["阮清"], "走基层"), ("改造先“改”心", [], "记者手记"),
                   ("多用“绣花功夫”抓治理", ["莫如晦"], "基层观察")]
    assert result.articles[1].body == FLOOD[0] + FLOOD[1]
    assert {d.text: d.code for d in result.dropped}["记者手记："] == "column-label"
    assert lost_lines(source, result) == []


def test_a_push_collecting_numbered_pieces_with_a_vote_and_a_mini_program_card():
    # "01｜…" is the piece's number (no column: the pieces are in the column the push's title
    # prints over the editor's note that presents them), "[图片]" a picture, the vote ("投票" over
    # its question and options) and the mini-program card no text; "（来源：office　作者：name）" and
    # "（文字：name　图片：office）" name the author; "喜欢此内容的人还喜欢" lists other pushes
    lines = ["基层党建微观察｜三个村的三种“解法”", "", "原创　石马组工　石马组工　2026年5月20日 18:30", "",
             "点击蓝字　关注我们", "", "编者按：" + SCHOOL[0], "", "[图片]", "",
             "01｜村里来了“夜校”", "", FLOOD[0], "", FLOOD[1], "", "（来源：芷江县委组织部　作者：何苇）", "",
             "02｜一张“积分卡”管住“小事”", "", VILLAGE[0], "", "投票", "你觉得哪种方式最能调动村民积极性", "积分制管理",
             "党员联户", "已结束", "", VILLAGE[1], "", "（文字：蒋明　图片：芷江镇党委）", "",
             "03｜小程序上“晒”村务", "", SCHOOL[1], "", "小程序", "石马村务公开", "点击进入", "", SCHOOL[2], "",
             "（来源：石马区委组织部　作者：丁一帆）", "", "阅读原文", "", "喜欢此内容的人还喜欢", "村里的“红色议事厅”", "骑手驿站：城市里的“温暖港湾”"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.section) for a in result.articles[1:]]
    assert got == [("村里来了“夜校”", ["何苇"], "基层党建微观察"), ("一张“积分卡”管住“小事”", ["蒋明"], "基层党建微观察"),
                   ("小程序上“晒”村务", ["丁一帆"], "基层党建微观察")]
    assert [a.body.replace("\n\n", "") for a in result.articles[1:]] == [FLOOD[0] + FLOOD[1], VILLAGE[0] + VILLAGE[1],
                                                                         SCHOOL[1] + SCHOOL[2]]
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons["投票"] == "vote in the push" and reasons["积分制管理"] == "vote in the push: an entry"
    assert reasons["小程序"] == "mini-program card" and reasons["[图片]"] == "picture placeholder"
    assert reasons["村里的“红色议事厅”"] == "list of other pushes: an entry"
    assert {d.text: d.code for d in result.dropped}["01｜"] == "title-mark"
    assert lost_lines(source, result) == []


def test_an_org_sites_notice_with_files_to_download_and_its_picture_news():
    # "相关附件：" and its files ("….docx（24KB）", or one on the same line) are the page's, so the
    # notice ends with its office and date, which sign it; on the picture-news page
    # "（摄影：name）" closes a picture's news, no line of the next one's title
    chrome = ["【字体：大 中 小】【打印本页】【关闭窗口】"]
    lines = ["石马先锋网　中共石马县委组织部主办", "当前位置：首页 > 通知公告",
             "关于开展优秀共产党员推荐评选工作的通知", "发布时间：2026-05-11 09:30　来源：组织一股　浏览次数：326", *chrome,
             "各乡镇党委，县直各单位党组（党委）：", SCHOOL[0], SCHOOL[1], "中共石马县委组织部", "2026年5月11日", "相关附件：",
             "附件1.名额分配表.docx（24KB）", "附件2.推荐汇总表.xlsx（18KB）", "上一篇：关于做好党费收缴工作的通知",
             "关于举办组织工作业务培训班的通知", "发布时间：2026-05-06 10:12　来源：办公室　浏览次数：215", *chrome,
             VILLAGE[0], "中共石马县委组织部", "2026年5月6日", "相关附件：参训回执.docx（12KB）", "下一篇：关于开展优秀共产党员推荐评选工作的通知",
             "当前位置：首页 > 图片新闻", "党员志愿者清理河道", "发布时间：2026-05-12", "[图片]", FLOOD[0], "（摄影：何苇）",
             "骑手驿站投入使用", "发布时间：2026-05-08", "[图片]", FLOOD[1], "（摄影：谭敏）",
             "主办：中共石马县委组织部　地址：石马县人民路88号　备案号：石ICP备2026005678号"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors) for a in result.articles]
    assert got == [("关于开展优秀共产党员推荐评选工作的通知", ["中共石马县委组织部"]),
                   ("关于举办组织工作业务培训班的通知", ["中共石马县委组织部"]),
                   ("党员志愿者清理河道", []), ("骑手驿站投入使用", [])]
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons["相关附件："] == "files of the page to download"
    assert reasons["附件2.推荐汇总表.xlsx（18KB）"] == "files of the page to download: an entry"
    assert reasons["相关附件：参训回执.docx（12KB）"] == "files of the page to download"
    assert result.articles[2].body.startswith(FLOOD[0])
    assert lost_lines(source, result) == []


def test_a_meetings_excerpts_under_a_note_their_heading_after_it_and_signatures_after_them():
    # "（本文根据讲话录音整理，有删节）" closes the speech; the heading under the 编者按 that repeats
    # its words ("…交流会发言摘编") titles the note, not the first excerpt; each excerpt's
    # "● post　name" printed after its body signs it, not the excerpt after it
    lines = [" 【领导论坛】", "坚持党管人才原则　加快建设人才高地", "——在全区人才工作会议上的讲话",
             "● 自治区党委常委、组织部部长　贺长川", *flush(["同志们：" + SCHOOL[0] + SCHOOL[1]], 24),
             "（本文根据讲话录音整理，有删节）", " 【经验交流】",
             *flush(["【编者按】3月20日，全区党建引领基层治理经验交流会召开，部分市县和街道社区的负责同志作了交流发言。现将部分发言摘编如下。"], 24),
             "全区党建引领基层治理经验交流会发言摘编", "推行“街巷长制”打通治理末梢", *flush([FLOOD[0] + FLOOD[1]], 24),
             "● 澜川市凤城区委常委、组织部部长　吕慧敏", "用好“三本台账”服务居民", *flush([VILLAGE[0] + VILLAGE[1]], 24),
             "● 金星镇富平社区党委书记　沙文静"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.unit, a.kind) for a in result.articles]
    assert got == [("坚持党管人才原则 加快建设人才高地", ["贺长川"], "自治区党委常委、组织部部长", "article"),
                   ("全区党建引领基层治理经验交流会发言摘编", [], None, "editor_note"),
                   ("推行“街巷长制”打通治理末梢", ["吕慧敏"], "澜川市凤城区委常委、组织部部长", "article"),
                   ("用好“三本台账”服务居民", ["沙文静"], "金星镇富平社区党委书记", "article")]
    assert result.articles[0].body.endswith(SCHOOL[1])
    assert {d.text: d.code for d in result.dropped}["（本文根据讲话录音整理，有删节）"] == "end-line"
    assert lost_lines(source, result) == []


def test_a_pages_dateline_on_a_line_of_its_own_and_marked_briefs_before_a_signed_commentary():
    # "本报石马6月3日电（记者阮清）" alone on its line opens the story (its credit closes nothing);
    # the "■" briefs of "简讯" stay briefs of their own though a signed commentary follows them
    # in the column (no article whose title floats among them)
    lines = ["党员突击队奋战防汛一线", "本报记者　邵海峰　柯　兰", *flush([FLOOD[0] + FLOOD[1]], 14),
             "石马推行“书记项目”制度", "本报石马6月3日电（记者阮清）", *flush([SCHOOL[0] + SCHOOL[1]], 14), "简讯",
             *flush(["■" + VILLAGE[0]], 14), *flush(["■" + VILLAGE[1]], 14),
             "危急时刻看党性", "林照", *flush([VILLAGE[2] + FLOOD[2]], 14)]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.kind) for a in result.articles]
    assert got[:2] == [("党员突击队奋战防汛一线", ["邵海峰", "柯兰"], "article"),
                       ("石马推行“书记项目”制度", ["阮清"], "article")]
    assert result.articles[1].body.startswith("本报石马6月3日电（记者阮清）" + SCHOOL[0][:8])
    assert [a.body.lstrip("■") for a in result.articles[2:4]] == [VILLAGE[0], VILLAGE[1]]
    assert got[4] == ("危急时刻看党性", ["林照"], "article") and len(got) == 5
    assert lost_lines(source, result) == []


def test_a_body_closed_by_its_authors_note_takes_the_signed_title_printed_after_it():
    # a journal prints one article title-first ("□ 齐　鸣" under it) and the next title-last: the
    # second's body runs on from the first's with no heading between them, and ends with
    # "作者简介：唐小禾，…" (wrapped) right over "title" / "□ 唐小禾" — the note names the author
    # of the block after it, so the block is that body's title and the body is cut from the first
    lines = ["党建引领乡村治理的三个着力点", "□ 齐　鸣", *flush([VILLAGE[0] + VILLAGE[1] + VILLAGE[2]], 16),
             *flush([SCHOOL[0] + SCHOOL[1] + SCHOOL[2]], 16), "作者简介：唐小禾，荻港市委党校公", "共管理教研室副教授。",
             "党校师资队伍建设研究", "□ 唐小禾", "研讨会综述", *flush([FLOOD[0] + FLOOD[1]], 16)]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.unit) for a in result.articles]
    assert got[:2] == [("党建引领乡村治理的三个着力点", ["齐鸣"], None),
                       ("党校师资队伍建设研究", ["唐小禾"], "荻港市委党校公共管理教研室副教授")]
    assert result.articles[0].body.startswith(VILLAGE[0]) and SCHOOL[1] not in result.articles[0].body
    assert result.articles[1].body.endswith(SCHOOL[2]) and "作者简介" not in result.articles[1].body
    assert lost_lines(source, result) == []


def test_a_digital_papers_pages_saved_one_after_another():
    # "版面导航" and "本版标题" list the paper's pages and the page's titles; each story's title
    # (two lines: headline and deck), "【字号 大 中 小】" and the date line "…　版次：01　作者：…"
    # head it; the date line's credit names the author (a reporter's role before the names, or
    # "本报评论员" alone; "记者 某某 摄" names a photographer, no author)
    def story(title, credit, text):
        return [*title, "【字号 大 中 小】", f"2026年05月12日　　版次：01　　作者：{credit}", "", "　　" + text,
                "上一篇　　下一篇", "【打印】【关闭】", ""]
    lines = ["石马日报数字报", "2026年05月12日　星期二", "首页　|　往期回顾　|　PDF下载", "", "版面导航", "第01版：要闻",
             "第02版：要闻", "", "第01版：要闻", "本版标题", " · 全市基层党建工作推进会召开", " · 把功夫下在“最后一公里”",
             " · 组织部门开展“岗位练兵”活动（图）", "上一版　　下一版", "",
             *story(["全市基层党建工作推进会召开", "邱岚部署下阶段重点任务"], "本报记者　邱岚", SCHOOL[0] + SCHOOL[1]),
             *story(["把功夫下在“最后一公里”"], "本报评论员", VILLAGE[0] + VILLAGE[1]),
             *story(["组织部门开展“岗位练兵”活动"], "记者　孟澜　摄", FLOOD[0])]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors) for a in result.articles]
    assert got == [("全市基层党建工作推进会召开 邱岚部署下阶段重点任务", ["邱岚"]),
                   ("把功夫下在“最后一公里”", ["本报评论员"]), ("组织部门开展“岗位练兵”活动", [])]
    assert [a.body for a in result.articles] == [SCHOOL[0] + SCHOOL[1], VILLAGE[0] + VILLAGE[1], FLOOD[0]]
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons["第02版：要闻"] == "pages of the digital paper: an entry"
    assert reasons[" · 把功夫下在“最后一公里”"] == "titles on the page of the digital paper: an entry"
    assert reasons["上一篇　　下一篇"] == "links to the next and previous pages"
    assert lost_lines(source, result) == []


def test_a_branchs_minutes_their_form_headers_and_sign_offs():
    # each meeting's record: its title over the form's fields ("时间：", "地点：", "主持人：",
    # "记录人：name", "应到党员：", "缺席："), which are no text, the recorder its author; the
    # sign-off "主持人（签字）：…　记录人（签字）：…" closes it; "第一党小组会议记录" is a title, not
    # a numbered part; "整理：…" under the cover is no title's line
    def minutes(title, chair, recorder, day, text):
        return [title, f"时间：2026年{day}下午3:00", "地点：社区党群服务中心二楼会议室", f"主持人：{chair}", f"记录人：{recorder}",
                "应到党员：23名　　实到党员：20名", "缺席：吕长海（外出务工）",
                *flush(["　　议程：" + text[0]], 24), *flush(["　　" + text[1]], 24),
                f"主持人（签字）：{chair}　　记录人（签字）：{recorder}", ""]
    lines = ["桂园社区第二党支部", "2026年“三会一课”会议记录（摘录）", "整理：支部组织委员　宋嘉", "",
             *minutes("支部党员大会记录", "周晓川", "宋嘉", "1月15日", SCHOOL[:2]),
             *minutes("第一党小组会议记录", "韦明", "孔秀兰", "2月5日", VILLAGE[:2]),
             *minutes("主题党日活动记录", "周晓川", "宋嘉", "3月5日", FLOOD[:2])]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors) for a in result.articles]
    assert got[-3:] == [("支部党员大会记录", ["宋嘉"]), ("第一党小组会议记录", ["孔秀兰"]), ("主题党日活动记录", ["宋嘉"])]
    assert result.articles[-2].body == "议程：" + VILLAGE[0] + "\n\n" + VILLAGE[1]
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons["地点：社区党群服务中心二楼会议室"] == "date or source line under a title"
    assert reasons["主持人（签字）：韦明　　记录人（签字）：孔秀兰"] == "end line, parsed into the article's fields"
    assert lost_lines(source, result) == []


def test_an_end_line_wrapped_over_two_lines_closes_its_article():
    # "（作者系岚山市农业农村局派驻" / "青石村第一书记）" at a piece's end: one end line, the unit
    # its author's; the next piece's title is not taken into it
    lines = ["泥土里长出的本领", "□ 韦　宁", *flush([VILLAGE[0] + VILLAGE[1]], 16), "（作者系岚山市农业农村局派驻", "青石村第一书记）",
             "在信访窗口学会倾听", "□ 邱　岚", *flush([FLOOD[0] + FLOOD[1]], 16), "（作者系岚山经济开发区干部）"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.unit) for a in result.articles]
    assert got == [("泥土里长出的本领", ["韦宁"], "岚山市农业农村局派驻青石村第一书记"),
                   ("在信访窗口学会倾听", ["邱岚"], "岚山经济开发区干部")]
    assert lost_lines(source, result) == []


def test_two_saved_pages_in_one_file_their_rule_and_address():
    # a rule of dashes between two pages saved into one file, and "保存自：http://…" over the
    # second, are no text and no title
    lines = ["欢迎访问中共石马市直属机关工作委员会", "以“三个表率”建设模范机关", "发布时间：2026-05-20 09:30　来源：石马机关党建", "",
             SCHOOL[0], "", SCHOOL[1], "", "上一篇：我委召开理论学习中心组会议", "", "-" * 50, "",
             "保存自：http://www.example.cn/jgdj/202605/t20260520_1187.html", "",
             "【学员风采】在基层一线书写青春答卷", "作者：陆晨　来源：石马市委党校　发布时间：2026-06-02　点击：", "",
             VILLAGE[0], "", VILLAGE[1], "", "（责任编辑：孟飞）", "", "版权所有　中共石马市委党校"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.section) for a in result.articles]
    assert got == [("以“三个表率”建设模范机关", [], None), ("在基层一线书写青春答卷", ["陆晨"], "学员风采")]
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons["-" * 50] == "rule between pages"
    assert reasons[lines[12]] == "address the page was saved from"
    assert lost_lines(source, result) == []


def test_a_journal_article_that_jumps_pages_around_another_printed_body_first():
    # "（下转第28页）" stops the first article, whose text comes back after "（上接第21页）"; the
    # piece printed between (body, unit line, then its title and byline) keeps its own title
    lines = ["以“三会一课”提升组织生活质量", "□ 冯晓岚", "", *flush([SCHOOL[0] + SCHOOL[1]], 14), "", "（下转第28页）", "",
             *flush([VILLAGE[0] + VILLAGE[1]], 14), "", "（作者单位：中共柘城县委党校）", "",
             "乡镇干部担当作为的激励机制探析", "□ 温如玉", "", "（上接第21页）", "", *flush([SCHOOL[2]], 14), "",
             "（作者单位：中共柘城县委党校）"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors) for a in result.articles]
    assert got == [("以“三会一课”提升组织生活质量", ["冯晓岚"]), ("乡镇干部担当作为的激励机制探析", ["温如玉"])]
    assert result.articles[0].body.replace("\n\n", "") == SCHOOL[0] + SCHOOL[1] + SCHOOL[2]
    assert result.articles[1].body.replace("\n\n", "") == VILLAGE[0] + VILLAGE[1]
    assert {d.text: d.reason for d in result.dropped}["（下转第28页）"] == "page jump mark"
    assert lost_lines(source, result) == []


def test_a_press_conferences_transcript_one_piece_signed_by_its_speakers():
    # the conference's title over its header (时间/地点/发布人/主持人), a second speaker set in under
    # the first: the speakers are the authors, their posts the unit; 【文字实录】 and 【答记者问】 are
    # parts of the one transcript, no columns; the press release after it is a piece of its own
    buttons = "分享到：微信　微博　　【字号：大 中 小】　【打印】　【关闭】"
    lines = ["石马市人民政府新闻办公室", "首页 > 新闻发布 > 发布会实录", "", "“党建引领基层治理三年行动”新闻发布会", "",
             "时间：2026年4月16日上午10:00", "地点：市政府新闻发布厅", "发布人：市委组织部副部长　韦宁",
             "　　　　市民政局副局长　蒋丽", "主持人：市政府新闻办副主任　贺晓", "",
             "【文字实录】", "", "主持人　贺晓：各位记者朋友，大家上午好！", "", "韦宁：" + SCHOOL[0], "", "【答记者问】", "",
             "石马日报记者：请问在职党员到社区报到后，怎样发挥作用？", "", "韦宁：" + VILLAGE[0], "", "蒋丽：" + VILLAGE[1], "",
             buttons, "", "【新闻通稿】", "", "我市发布党建引领基层治理三年行动进展情况", "", "本报记者　丁一帆", "", FLOOD[0], "",
             buttons]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.unit) for a in result.articles]
    assert got == [("“党建引领基层治理三年行动”新闻发布会", ["韦宁", "蒋丽"], "市委组织部副部长；市民政局副局长"),
                   ("我市发布党建引领基层治理三年行动进展情况", ["丁一帆"], None)]
    assert "【答记者问】" in result.articles[0].body and result.articles[0].body.endswith("蒋丽：" + VILLAGE[1])
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons["地点：市政府新闻发布厅"] == "date or source line under a title"
    assert lost_lines(source, result) == []


def test_a_county_sites_pages_their_name_over_the_menu_and_a_letter_spaced_writer():
    # each saved page opens with the site's name over its menu (a blank line between), the
    # first with the page's title bar over the headline and "来源：… date" under it; a credit
    # names the office, then the writer letter-spaced ("组织股　葛　亮")
    page1 = ["青峰先锋网", "", "首页　工作动态　基层党建　干部工作　人才工作", "", "您的位置：首页 >> 基层党建", "",
             "青峰县推行“党员积分超市”", "", "青峰县推行“党员积分超市”", "", "来源：青峰县委组织部　2026年6月3日", "",
             SCHOOL[0], "", SCHOOL[1] + "（撰稿人：青峰县委组织部组织股　葛　亮）", "",
             "上一篇：青峰县召开党建工作推进会", "", "版权所有：中共青峰县委组织部"]
    page2 = ["青峰先锋网", "", "首页　工作动态　基层党建　干部工作　人才工作", "", "您的位置：首页 >> 基层党建", "",
             "桥头村党支部一张“连心卡”连起干群情", "", "发布日期：2026-06-05　来源：青峰县委组织部　作者：　点击：341", "",
             VILLAGE[0], "", VILLAGE[1] + "（撰稿人：汤敏）", "", "版权所有：中共青峰县委组织部"]
    lines = page1 + [""] + page2
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.unit) for a in result.articles]
    assert got == [("青峰县推行“党员积分超市”", ["葛亮"], "青峰县委组织部组织股"),
                   ("桥头村党支部一张“连心卡”连起干群情", ["汤敏"], None)]
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons[1] == reasons[len(page1) + 2] == reasons[3] == "site menu (and the site's name over it)"
    assert reasons[7] == "heading printed twice"
    assert reasons[11] == "publication line of the page"
    assert lost_lines(source, result) == []


def test_a_county_papers_box_of_marked_briefs_keeps_its_name():
    # one paragraph a line: "一周党建" over three "◆【place】…" briefs each closed by its
    # correspondent: the box's name is their column, not a line lost between two stories
    lines = ["燕江报　2026年7月3日　星期五", "", "第2版　县域新闻", "", "本版编辑：华　颖　校对：石　磊", "",
             "退役军人党员当起“防汛哨兵”", "",
             "本报记者　魏小溪", "", FLOOD[0] + FLOOD[1], "", FLOOD[2] + SCHOOL[0], "", SCHOOL[1] + SCHOOL[2], "",
             FLOOD[1] + FLOOD[2], "", SCHOOL[2] + FLOOD[0], "",
             "一周党建", "",
             *[x for k, v in enumerate(VILLAGE) for x in (f"◆【{'石桥镇城关社区县教育局'[k * 3:k * 3 + 3]}】{v}（通讯员　严冬）", "")],
             "责任编辑：邹明远"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.section, a.kind) for a in result.articles]
    assert got[1:] == [(None, "一周党建", "brief")] * 3
    assert lost_lines(source, result) == []


def test_a_reposted_push_its_source_naming_reporters_and_a_comment_under_a_bar():
    # "来源：paper　记者：A　通讯员：B" under the push's title names its authors (letter-spaced or
    # not); the repost's rights notice is no text; "▍微评" is the column of the comment under it
    lines = ["一张“民情地图”背后的大学问", "澄江机关党建　2026-03-12 07:30", "点击上方蓝字　关注我们",
             "来源：澄州日报　记者：沈　悦　通讯员：龚小溪", *SCHOOL, "本文转载自澄州日报，如有侵权请联系删除。",
             "▍微评", "地图要常画常新", *VILLAGE[:2], "分享　收藏　点赞　在看"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.section) for a in result.articles]
    assert got == [("一张“民情地图”背后的大学问", ["沈悦", "龚小溪"], None), ("地图要常画常新", [], "微评")]
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons[8] == "notice of a reposted text's rights"
    assert lost_lines(source, result) == []


def test_a_city_magazines_contents_of_columns_and_titles_and_its_closing_credits():
    # "本期看点" lists "06　沙龙｜title" (column and title) and "20　一线来稿" (a column alone):
    # both columns; "鹭州党建｜2026.08　8" is the running head; a 【数读】 box is the report's;
    # "（本刊记者　name　整理）", "（place　name）" close their pieces with their writers
    col = lambda text: flush(["　　" + text], 18)  # noqa: E731
    lines = ["鹭州党建", "2026年8月号", "本期看点", "06　沙龙｜新就业群体党建怎么抓", "12　调研｜“党建+物业”破解难题",
             "20　一线来稿", "", "沙　龙", "新就业群体党建怎么抓", *col(SCHOOL[0]), "", "鹭州党建｜2026.08　8", "",
             *col(SCHOOL[1]), "（本刊记者　洪佳音　整理）", "", "调　研", "“党建+物业”破解难题", "本刊记者　欧阳明",
             *col(FLOOD[0]), "　　【数读】", "　　全市物业企业党组织覆盖率：百分之九十二", *col(FLOOD[1]), "",
             "一线来稿", "老支书的“新课本”", *col(VILLAGE[0]), "（鹭州市集美区侨英街道　邵雨薇）"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.unit, a.section) for a in result.articles]
    assert got == [("新就业群体党建怎么抓", ["洪佳音"], None, "沙龙"),
                   ("“党建+物业”破解难题", ["欧阳明"], None, "调研"),
                   ("老支书的“新课本”", ["邵雨薇"], "鹭州市集美区侨英街道", "一线来稿")]
    assert "全市物业企业党组织覆盖率" in result.articles[1].body
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons["鹭州党建｜2026.08　8"] == "masthead: the publication and its issue"
    assert lost_lines(source, result) == []


def test_a_journals_references_wrapped_at_type_marks_and_addresses_then_a_book_note():
    # "［J］." and "http://www." end no reference (the journal's name and the address go on on the
    # next line); a title with the page's number ("title　· 19 ·") is a running head; a book note
    # under "■读书札记" with the book's data wrapped over two lines is a piece of its own, signed
    # at its end "（作者：name，…图书馆）"
    lines = ["以“红色网格”激活城市基层治理末梢", "罗清和", "（汀州大学马克思主义学院，福建 汀州 366000）",
             "摘　要：城市基层治理的末梢在网格。", "关键词：红色网格；基层治理", "中图分类号：D267　　文献标识码：A",
             *flush([SCHOOL[0] + SCHOOL[1]], 26), "参考文献：", "［1］孙海燕.街道管理体制改革中的网格化治理［J］.",
             "治理研究，2024（2）：33-41.", "［2］汀州市人民政府.关于深化网格化服务管理的实施意见［EB/OL］.http://www.",
             "tingzhou.gov.cn/zwgk/2025/0306.html.", "", "· 16 ·　汀州党校学报　2026年第3期", "", "■读书札记", "",
             "“四下基层”制度的当代价值", "——读《四下基层与新时代党的群众路线》",
             "（《四下基层与新时代党的群众路线》，方敬安著，海峡文艺出", "版社2025年版）",
             *flush([VILLAGE[0] + VILLAGE[1]], 26), "“四下基层”制度的当代价值　· 19 ·", "", *flush([VILLAGE[2]], 26),
             "（作者：蓝　溪，中共汀州市委党校图书馆）"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.unit, a.section) for a in result.articles]
    assert got == [("以“红色网格”激活城市基层治理末梢", ["罗清和"], "汀州大学马克思主义学院", None),
                   ("“四下基层”制度的当代价值", ["蓝溪"], "中共汀州市委党校图书馆", "读书札记")]
    assert result.articles[1].body.replace("\n\n", "") == VILLAGE[0] + VILLAGE[1] + VILLAGE[2]
    refs = result.articles[0].apparatus.references
    assert len(refs) == 2 and refs[1].endswith("0306.html.")
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons["“四下基层”制度的当代价值　· 19 ·"] == "running head: a title and the page's number"
    assert reasons["版社2025年版）"] == "the book a review is of"
    assert lost_lines(source, result) == []


def test_a_traditional_sites_list_page_then_its_pages_sized_by_buttons_and_signed_inline():
    # "· title　[2026-09-18]" entries are the list page's; "【字號：大 中 小】" is a button under the
    # publication line (not the headline's column); "（文/name　圖/office）" closing the text signs it
    page = ["鷺州市直機關黨建網", "首頁　工作動態　支部建設　黨員教育　模範機關", "您的位置：首頁 >> 工作動態"]
    lines = [*page, "· 市直機關開展“支部結對共建”現場觀摩活動　[2026-09-18]", "· 市直機關工委召開黨建工作推進會　[2026-09-04]",
             "首頁 上一頁 1 2 3 下一頁 末頁　共 18 條", "", *page, "市直機關開展“支部結對共建”現場觀摩活動",
             "作者：　來源：市直機關工委　發佈日期：2026-09-18　閱讀量：5", "【字號：大 中 小】",
             "市直機關工委組織四十餘個機關黨支部書記，走進社區開展觀摩。", "大家表示，結對共建要避免走過場。（文/梁思遠　圖/市直機關工委宣傳部）",
             "【列印】【關閉】", "版權所有：中共鷺州市直屬機關工作委員會"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.section) for a in result.articles]
    assert got == [("市直機關開展“支部結對共建”現場觀摩活動", ["梁思遠"], "工作動態")]
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons[lines[3]] == reasons[lines[4]] == "list page entry"
    assert lost_lines(source, result) == []


def test_a_readers_letter_signed_with_village_and_name_under_a_page_first_running_head():
    # "·16·　青禾先锋·2026.5" (the page's number first) is the running head; "永安县槐树村　秦伯年"
    # closing the letter signs it
    col = lambda text: flush(["　　" + text], 20)  # noqa: E731
    lines = ["基层来信", "我们村的路灯亮了", "　　编辑同志：", *col(VILLAGE[0]), "", "·16·　青禾先锋·2026.5", "",
             *col(VILLAGE[1]), "永安县槐树村　秦伯年", "党员风采", "“板凳书记”吴大山", "文/图　贺兰心", *col(FLOOD[0])]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.section) for a in result.articles]
    assert got == [("我们村的路灯亮了", ["秦伯年"], "基层来信"), ("“板凳书记”吴大山", ["贺兰心"], "党员风采")]
    assert {lines[d.line - 1]: d.reason for d in result.dropped}["·16·　青禾先锋·2026.5"] == \
        "masthead: the publication and its issue"
    assert lost_lines(source, result) == []


def test_a_deck_exported_without_its_later_slides_numbers_keeps_its_text_out_of_the_title():
    # "幻灯片 1" and nothing after: the title slide's few short lines are the title, the long
    # run under them the text (it had all gone into the title, the body empty)
    lines = ["【文件】微党课-一封家书.pptx　（大纲视图导出）", "", "幻灯片 1", "微党课", "一封家书里的初心",
             "讲述：柳溪村党组织第一书记　邱岚", "备注：" + FLOOD[0], *SCHOOL, *VILLAGE]
    result, source = split_text("\n".join(lines) + "\n")
    (deck,) = result.articles
    assert (deck.title, deck.subtitle, deck.authors, deck.kind) == ("一封家书里的初心", "微党课", ["邱岚"], "article")
    assert deck.body.replace("\n\n", "").endswith("".join(SCHOOL + VILLAGE))
    assert lost_lines(source, result) == []


def test_a_county_papers_run_in_lead_credit_a_text_and_pictures_byline_and_a_bracketed_caption():
    # "本报讯　记者　童　欣　通讯员　钱一帆　报道：…" (a name letter-spaced) names the lead's authors;
    # "本报记者　name　文/图" signs the story; "（…　本报记者　name　摄）" is its picture's caption
    lines = ["燕江报　2026年7月3日　星期五", "", "第2版　县域新闻", "", "本版编辑：华　颖　校对：石　磊", "",
             "全县村“两委”班子晒出履职清单", "本报讯　记者　童　欣　通讯员　钱一帆　报道：" + FLOOD[0] + FLOOD[1], "",
             FLOOD[2] + SCHOOL[0], "", "退役军人党员当起“防汛哨兵”", "本报记者　魏小溪　文/图", SCHOOL[1] + SCHOOL[2], "",
             "（上洋村退役军人党员在河堤上巡查　本报记者　魏小溪　摄）", VILLAGE[0] + VILLAGE[1], "", "责任编辑：邹明远"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors) for a in result.articles]
    assert got == [("全县村“两委”班子晒出履职清单", ["童欣", "钱一帆"]), ("退役军人党员当起“防汛哨兵”", ["魏小溪"])]
    assert result.articles[1].body.replace("\n\n", "") == SCHOOL[1] + SCHOOL[2] + VILLAGE[0] + VILLAGE[1]
    assert {lines[d.line - 1]: d.reason for d in result.dropped}[lines[15]] == "photo caption"
    assert lost_lines(source, result) == []


def test_a_vertical_title_with_quote_marks_floating_between_a_pieces_numbered_parts():
    # "守" / "好" / … / "“" / "前" / "哨" / "”" set one glyph a line is one title (its quote marks
    # too), "●" / name under it its byline; printed between "第二，…" and "第三，…" of one piece,
    # with the column's running head over the next page: the two parts are one article
    vertical = [x for ch in "守好基层治理的“前哨”" for x in (ch, "")]
    lines = [" 【干部心得】", "", *flush(["第一，" + SCHOOL[0] + SCHOOL[1]], 22), "",
             *flush(["第二，" + SCHOOL[2] + FLOOD[0]], 22), "", *vertical, "●", "程晓峰", " 【干部心得】", "",
             *flush(["第三，" + FLOOD[1] + FLOOD[2]], 22), "", "（作者系青原县委常委、组织部部长）", "",
             " 【党建动态】", "", "澜川市“红色链长”制助力产业链党建", "", *flush([VILLAGE[0] + VILLAGE[1]], 22)]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors) for a in result.articles]
    assert got[0] == ("守好基层治理的“前哨”", ["程晓峰"])
    assert result.articles[0].body.replace("\n\n", "").endswith("第三，" + FLOOD[1] + FLOOD[2])
    assert len(result.articles) == 2
    assert lost_lines(source, result) == []



def test_a_title_the_stretch_gave_a_body_sharing_none_of_its_words_goes_to_the_other():
    # school-p3's shape: the stretch's habit (titles over their bodies) gave "网格化管理要在精准
    # 服务上见实效" to the body under it, which shares none of its words; the unsigned body over
    # it shares a clear part (0.24 of its weight: less than the 0.25 that overrules a habit
    # when both share some): the title goes to that body
    from qikan.split.assign import _words_over_habit
    from qikan.split.blocks import Block
    from qikan.split.layout import Ln
    from qikan.split.units import Unit
    ln = lambda i, t: Ln(i, i + 1, t, 0, False, 2 * len(t), 40.0)  # noqa: E731
    before, title, after = Unit([ln(0, "网格化管理的生命力在于服务。")]), ln(1, "网格化管理要在精准服务上见实效"), \
        Unit([ln(2, "家风是社会风气的重要组成部分。")])
    b = Block([title], [title])
    after.tb, b.unit = b, after
    shares = {before.lns[0].text: 0.24, after.lns[0].text: 0.0}
    _words_over_habit([before, b, after], {b: after}, lambda _t, text: shares[text])
    assert (b.unit, before.tb, after.tb) == (before, b, None)
    shares[after.lns[0].text] = 0.05   # both share some: the habit stands
    b.unit, after.tb, before.tb = after, b, None
    _words_over_habit([before, b, after], {b: after}, lambda _t, text: shares[text])
    assert (b.unit, after.tb) == (after, b)

def test_a_journals_title_printed_after_its_body_that_has_no_unit_line_goes_by_its_words():
    # the title and "□ name" printed after an unsigned body (no "（作者单位：…）" closes it) whose
    # words it shares, over a body that shares none of them (an untitled piece closed by its
    # unit line): the title is the body's before it, as the issue's other titles stand over theirs
    unit = "（作者单位：荆州市委党校）"
    lines = ["提升机关抗洪救灾组织力的实践路径", "□ 郑雅文", *flush([FLOOD[0] + FLOOD[1] + FLOOD[2]], 20), unit, "",
             *flush([SCHOOL[0] + SCHOOL[1]], 20), "", *flush([SCHOOL[2]], 20), "",
             "打造新时代党校人才高地", "□ 蔡志远", *flush([VILLAGE[0] + VILLAGE[1]], 20), "", *flush([VILLAGE[2]], 20),
             "", unit]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors, a.title_derived) for a in result.articles]
    assert got[1] == ("打造新时代党校人才高地", ["蔡志远"], False)
    assert result.articles[1].body.replace("\n\n", "") == SCHOOL[0] + SCHOOL[1] + SCHOOL[2]
    assert got[2][2] and result.articles[2].body.replace("\n\n", "") == "".join(VILLAGE)
    assert lost_lines(source, result) == []


def test_a_push_with_an_audio_player_and_a_notice_signed_by_its_office_under_a_contact_line():
    # "音频：…", "朗读：…", "05:42", "点击播放，收听全文" are the push's player (its reader no author);
    # a notice's "联系电话：…" is no heading, so the office and date under it sign the notice
    lines = ["“家门口”的党课开讲啦", "原创　青禾组工　青禾组工　2026-04-16 18:30　福建", "音频：“家门口”的党课开讲啦",
             "朗读：青禾组工", "05:42", "点击播放，收听全文", "作者：庄　慧　林秋生", SCHOOL[0] + SCHOOL[1], "", SCHOOL[2], "",
             "关于征集基层党建优秀案例的通知", "青禾组工　2026-04-16 18:30", "各县（市、区）委组织部：", "",
             VILLAGE[0] + VILLAGE[1], "", "联系电话：0598-8812345", "青禾市委组织部组织一科", "2026年4月16日", "阅读 863　在看 5",
             "分享　收藏　点赞　在看"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.authors) for a in result.articles]
    assert got == [("“家门口”的党课开讲啦", ["庄慧", "林秋生"]), ("关于征集基层党建优秀案例的通知", ["青禾市委组织部组织一科"])]
    assert result.articles[0].body.replace("\n\n", "") == "".join(SCHOOL)
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons["05:42"] == reasons["朗读：青禾组工"] == "audio player of the push: an entry"
    assert lost_lines(source, result) == []


def test_a_two_line_title_whose_first_line_is_a_phrase_of_seven_is_no_column_label():
    # "持续为基层减负" / "让干部腾出手来抓落实" over "□ name" in a journal without column labels:
    # one title (a column's name is shorter: "理论前沿", "党建论坛")
    unit = "（作者单位：荆州市委党校）"
    lines = ["持续为基层减负", "让干部腾出手来抓落实", "□ 邓晓岚", *flush([SCHOOL[0] + SCHOOL[1] + SCHOOL[2]], 20), unit, "",
             "在实践磨砺中加快年轻干部成长", "□ 唐　敏", *flush([VILLAGE[0] + VILLAGE[1]], 20), unit]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.section, a.authors) for a in result.articles]
    assert got == [("持续为基层减负 让干部腾出手来抓落实", None, ["邓晓岚"]), ("在实践磨砺中加快年轻干部成长", None, ["唐敏"])]
    assert lost_lines(source, result) == []


def test_rules_of_this_session_that_must_not_reach_too_far():
    # (a review's cases) a reference ending in a whole address closes the zone: the next paper
    # keeps its title and author; a headline's first phrase ending in 村 is no letter's
    # signature; a notice's signature over a footer's menu a blank line apart stays the notice's;
    # a body line holding "如有侵权" is text; a time alone in a push is text where no audio player
    # stands over it
    from qikan.split.end_lines import parse_end_line
    paper = lambda title, name: [title, name, "（汀州大学马克思主义学院，福建 汀州 366000）",  # noqa: E731
                                 "摘　要：" + SCHOOL[0], "关键词：党校；人才", "中图分类号：D267　　文献标识码：A"]
    lines = [*paper("以“红色网格”激活城市基层治理末梢", "罗清和"), FLOOD[0], FLOOD[1], "参考文献：",
             "［1］孙海燕.街道管理体制改革中的网格化治理［J］.治理研究，2024（2）：33-41.",
             "［2］汀州市人民政府.关于深化网格化服务管理的实施意见［EB/OL］.（2025-03-06）［2026-01-10］."
             "http://www.tingzhou.gov.cn/zwgk/2025/0306.html.",
             *paper("新时代党校教育培训质量提升路径研究", "陈　静"), VILLAGE[0], VILLAGE[1], "参考文献：",
             "［1］李明.党校教育培训改革研究［J］.理论探讨，2023（4）：12-18."]
    result, _ = split_text("\n".join(lines) + "\n")
    assert [(a.title, a.authors) for a in result.articles] == [
        ("以“红色网格”激活城市基层治理末梢", ["罗清和"]), ("新时代党校教育培训质量提升路径研究", ["陈静"])]
    assert parse_end_line("建设美丽乡村　何以为家") is None and parse_end_line("走进石桥村　田园如画") is None
    lines = ["青峰先锋网", "", "首页　工作动态　基层党建　干部工作　人才工作", "", "您的位置：首页 >> 通知公告", "",
             "关于开展基层党建优秀案例征集的通知", "", "发布日期：2026-06-05　来源：青峰县委组织部　点击：341", "",
             SCHOOL[0], "", SCHOOL[1], "", "青峰县委组织部", "", "关于我们 | 联系我们 | 网站地图", "", "版权所有：中共青峰县委组织部"]
    result, source = split_text("\n".join(lines) + "\n")
    assert 15 not in {d.line for d in result.dropped} and lost_lines(source, result) == []
    lines = ["村里来了“法律明白人”", "澄江机关党建　2026-03-12 07:30", "点击上方蓝字　关注我们", "作者：沈悦",
             "镇里设立知识产权维权服务站，企业和群众如有侵权线索，可", "就近咨询。", "8:30", "开班式", "分享　收藏　点赞　在看"]
    result, source = split_text("\n".join(lines) + "\n")
    (push,) = result.articles
    assert "如有侵权线索" in push.body and "8:30" in push.body and lost_lines(source, result) == []


def test_a_headline_over_one_marked_brief_heads_it_and_names_no_column():
    # (the box rule's other side) one short line over a single ■ brief, a story after it: the
    # brief's headline, not a column over what follows
    lines = ["燕江报　2026年7月3日　星期五", "", "第2版　县域新闻", "", "本版编辑：华　颖　校对：石　磊", "",
             "退役军人党员当起“防汛哨兵”", "", "本报记者　魏小溪", "", FLOOD[0] + FLOOD[1], "", FLOOD[2] + SCHOOL[0], "",
             SCHOOL[1] + SCHOOL[2], "", FLOOD[1] + FLOOD[2], "", "石桥镇党员冬训见实效", "",
             "■ " + VILLAGE[0] + VILLAGE[1] + "（通讯员　严冬）", "", "老党员讲述入党故事", "", "本报记者　童　欣", "",
             SCHOOL[2] + FLOOD[0], "", VILLAGE[2] + SCHOOL[0], "", "责任编辑：邹明远"]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.section) for a in result.articles]
    assert ("石桥镇党员冬训见实效", "县域新闻") in got and all(s != "石桥镇党员冬训见实效" for _, s in got)
    assert lost_lines(source, result) == []


def test_a_series_kicker_over_a_title_is_its_subtitle():
    # "践行“四下基层”谈之二" over "现场办公要办在群众心坎上": the piece's place in a series, its
    # subtitle, not the first half of its title
    unit = "（作者单位：青禾市委党校）"
    lines = ["践行“四下基层”谈之二", "现场办公要办在群众心坎上", "□ 葛长风", *flush([SCHOOL[0] + SCHOOL[1]], 20), unit, "",
             "在实践磨砺中加快年轻干部成长", "□ 唐　敏", *flush([VILLAGE[0] + VILLAGE[1]], 20), unit]
    result, source = split_text("\n".join(lines) + "\n")
    assert (result.articles[0].title, result.articles[0].subtitle) == ("现场办公要办在群众心坎上", "践行“四下基层”谈之二")
    assert lost_lines(source, result) == []


def test_a_forums_threads_one_article_each_their_floors_the_body():
    # a 问政 board saved as text: each "【tag】headline" over "楼主：handle　发表于 time" opens a
    # thread (the tag its column, a question its headline), its floors ("2楼", "handle　发表于 …",
    # "回复 | 引用 | 举报") no text, their replies the thread's body
    def thread(tag, title, words):
        return [f"【{tag}】{title}", "楼主：柳溪老周　　发表于 2026-03-02 09:15　　查看：326　回复：4", words[0],
                "回复 | 引用 | 举报", "2楼", "芷江网友小李　　发表于 2026-03-02 10:02", words[1], "回复 | 引用 | 举报",
                "本帖最后由 柳溪老周 于 2026-03-02 09:20 编辑", "────────────────"]
    lines = ["芷江论坛 › 问政芷江 › 浏览帖子", "版规：文明发帖，实名反映问题。", "────────────────",
             *thread("问政", "村党支部书记能否兼任合作社理事长？", SCHOOL), *thread("咨询", "流动党员怎么转组织关系", VILLAGE)]
    result, source = split_text("\n".join(lines) + "\n")
    got = [(a.title, a.section, a.authors) for a in result.articles]
    assert got == [("村党支部书记能否兼任合作社理事长？", "问政", []), ("流动党员怎么转组织关系", "咨询", [])]
    assert result.articles[1].body.replace("\n\n", "") == VILLAGE[0] + VILLAGE[1]
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons["2楼"] == "the floor's number" and reasons["回复 | 引用 | 举报"] == "the floor's buttons"
    assert lost_lines(source, result) == []
