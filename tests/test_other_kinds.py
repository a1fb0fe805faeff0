"""Kinds of source nobody described (P10, Part R of the hand-written corpus): a video's subtitle
files joined into one text, pages saved in a browser's reader mode as Markdown — small texts
written for these tests, split through the whole pipeline as `split FILE` splits them."""
from __future__ import annotations

import json

from conftest import split_checked

from qikan.sidecar import parse_sidecar
from qikan.split.pipeline import split_source
from qikan.text import han


def _srt(cues: list[list[str]]) -> list[str]:
    out: list[str] = []
    for n, cue in enumerate(cues, 1):
        out += [str(n), f"00:00:{n:02d},300 --> 00:00:{n + 1:02d},100", *cue, ""]
    return out


def test_subtitle_files_joined_into_one_text_one_article_a_video():
    lines = ["“红色某州”微党课　字幕文本合集", "整理：某州市委组织部电化教育中心　2026年6月", "",
             "==================== 01_一盏马灯.srt ====================",
             *_srt([["“红色某州”微党课"], ["第一课　一盏马灯"], ["主讲：邱岚（某州市委党校讲师）"],
                    ["同志们好，欢迎收看本期微党课。"], ["今天，我们从一盏马灯讲起。"],
                    ["这盏马灯，现在陈列在", "柳溪村党史陈列馆的展柜里。"],
                    ["出品：中共某州市委组织部", "制作：某州市融媒体中心"]]),
             "==================== 02_一张借条.srt ====================",
             *_srt([["“红色某州”微党课"], ["第二课　一张借条的分量"], ["主讲：祁云（某州市档案馆馆员）"],
                    ["大家好，今天和大家聊一张借条。"], ["在市档案馆的库房里，", "保存着一张发黄的借条。"]])]
    data = "\r\n".join(lines).encode("utf-8-sig")
    result = split_checked(data, "srt.txt")
    first, second = result.articles
    assert (first.title, first.authors, first.unit) == ("一盏马灯", ["邱岚"], "某州市委党校讲师")
    assert first.body == ("同志们好，欢迎收看本期微党课。\n\n今天，我们从一盏马灯讲起。\n\n"
                          "这盏马灯，现在陈列在柳溪村党史陈列馆的展柜里。")
    assert (second.title, second.authors) == ("一张借条的分量", ["祁云"])
    assert second.body.endswith("保存着一张发黄的借条。")
    reasons = {d.reason for d in result.dropped}
    assert {"the cue's time code", "page number or issue mark", "who made the video",
            "before the first video: the compiler's own lines"} <= reasons
    # no time code, no cue number in any text
    assert not any("-->" in a.body for a in result.articles)


def test_subtitle_files_with_the_compilers_signed_note_and_the_series_cue():
    # (Part AP: a subtitle tool's export — a note before the first file, signed and dated; each
    # video's first cue its series' name, its column)
    lines = ["【字幕合集】某城先锋微党课（第二季）", "导出工具：字幕助手 3.2　　格式：SRT", "",
             "合集说明", "本合集收录第二季前两集的字幕文件，供基层党组织在组织生活中播放时配字使用。",
             "请勿改动时间码；如发现错字，请反馈至中心制作科。", "某城市党员教育中心", "2026年10月", "",
             "==================== 文件：第1集_一枚党徽的分量.srt ====================",
             *_srt([["某城先锋微党课"], ["第1集　一枚党徽的分量"], ["主讲：某镇党委书记　林素屏"],
                    ["同志们好，今天我想从一枚党徽讲起。"], ["这枚党徽是我们镇一位老党员留下的。"]]),
             "==================== 文件：第2集_田埂上的夜校.srt ====================",
             *_srt([["某城先锋微党课"], ["第2集　田埂上的夜校"], ["主讲：某村党支部书记　邵一帆"],
                    ["大家好，今天讲讲我们村的田埂夜校。"]])]
    result = split_checked("\n".join(lines), "srt.txt")
    note, first, second = result.articles
    assert (note.title, note.authors, note.kind) == ("合集说明", ["某城市党员教育中心"], "editor_note")
    assert note.body.startswith("本合集收录第二季前两集")
    assert (first.title, first.authors, first.section) == ("一枚党徽的分量", ["林素屏"], "某城先锋微党课")
    assert (second.title, second.section) == ("田埂上的夜校", "某城先锋微党课")


def test_pages_saved_in_reader_mode_as_markdown():
    # (Part R's other-r9: a kind nobody described) a page's fields under its title, numbered
    # parts of the piece as headings a level deeper, a push's time line and editor's note,
    # links and counters closing the page, credits between bars
    lines = ["<!-- saved with Reader View · 2026-05-21 09:14 · https://www.example.cn/a.html -->", "",
             "# 让“红色物业”成为小区治理的“连心桥”", "",
             "*某州党建网 · 理论前沿* | 作者：祁云 | 2026-05-20 | 约 6 分钟", "",
             "物业服务连着千家万户，是基层治理的“最后一米”。", "",
             "## 一、组织链条：从“无人管”到“有人领”", "",
             "截至今年4月，全市已在312个住宅小区建立党支部或党小组。", "",
             "## 二、评价导向：让群众说了算", "",
             "物业服务好不好，由居民评。", "",
             "（作者单位：某州市委党校公共管理教研室）", "", "---", "",
             "[返回首页](https://www.example.cn/) · [上一篇：培训班开班](https://www.example.cn/b.html)", "",
             "<!-- saved with Reader View · 2026-05-21 09:20 · https://mp.example.com/s/x -->", "",
             "# 党员中心户蒋大姐的“民情小本子”", "", "原创 某江先锋 2026年05月19日 18:30 湖南", "",
             "**编者按：** 在某江县，两千多名党员中心户活跃在村组院落。本期起，本号推出系列报道。", "",
             "柳溪村三组的蒋秀英今年六十一岁，是村里的党员中心户。", "",
             "*文字：邹明　|　编辑：李婷　|　审核：韦宁*", "",
             "[阅读原文](https://mp.example.com/s/x) · 阅读 2318 · 在看 96"]
    data = "\n".join(lines).encode()
    result = split_checked(data, "reader.txt")
    piece, note, story = result.articles
    assert (piece.title, piece.authors, piece.section) == ("让“红色物业”成为小区治理的“连心桥”", ["祁云"], "理论前沿")
    assert piece.unit == "某州市委党校公共管理教研室"
    # the numbered headings are the piece's parts
    assert "一、组织链条" in piece.body and "二、评价导向" in piece.body
    assert (note.kind, note.title) == ("editor_note", None) and note.body.startswith("在某江县")
    assert (story.title, story.authors, story.section) == ("党员中心户蒋大姐的“民情小本子”", ["邹明"], None)
    assert story.body == "柳溪村三组的蒋秀英今年六十一岁，是村里的党员中心户。"
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons[21] == reasons[35] == "links and counters of the saved page"
    assert reasons[27] == "account and time of the push"


def test_a_collection_of_model_letters_numbered_signed_by_their_applicants():
    # (Part R's other-r3) one paragraph a line: the collection's cover, its note on passing it
    # on, the compilers' own text under 编写说明, then 范文一… over each letter's title, the
    # salutation, the closing formula, the applicant's signature and date
    lines = ["某师范学院文学院学生党总支", "入党积极分子培养教育参考范文汇编", "（内部学习资料　请勿外传）", "",
             "编写说明", "　　为帮助入党积极分子规范撰写入党申请书和思想汇报，学生党总支选出两篇，汇编成册。",
             "文学院学生党总支", "2026年3月", "",
             "范文一", "入党申请书", "敬爱的党组织：", "　　我志愿加入中国共产党，愿意为共产主义事业奋斗终身。",
             "　　请党组织在实践中考验我！", "　　此致", "敬礼！", "　　　　　　　　申请人：林小雨",
             "　　　　　　　　2025年10月8日", "",
             "范文二", "预备党员第二季度思想汇报", "敬爱的党组织：", "　　自去年十二月被接收为预备党员以来，我时刻提醒自己。",
             "　　请党组织继续对我进行教育和考察。", "汇报人：何佳", "二〇二六年四月二日", "", "（汇编完）"]
    data = "\n".join(lines).encode()
    result = split_checked(data, "letters.txt")
    note, first, second = result.articles
    assert note.title == "编写说明" and note.body.startswith("为帮助入党积极分子")
    assert (first.title, first.authors) == ("入党申请书", ["林小雨"])
    assert first.body.startswith("敬爱的党组织：")
    assert (second.title, second.authors) == ("预备党员第二季度思想汇报", ["何佳"])
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons[1] == reasons[2] == "a collection's cover: its title lines"
    assert reasons[3] == "note on passing the collection on"
    assert reasons[28] == "end mark"
    assert reasons[10] == reasons[20] == "the piece's number printed over its headline"


def test_an_offices_papers_each_signed_and_dated_by_it():
    # (Part R's other-r5) a notice closed by its contact lines, then the office and the date;
    # two papers of one branch each signed by it — the office printed three times is no
    # running head; the collection's name and number over all
    notice = ["　　根据县委巡察工作统一部署，县委第二巡察组对局党组开展了常规巡察，现将整改情况予以公布。",
              "　　一、反馈问题整改落实情况", "　　局党组逐项明确责任领导和完成时限，实行销号管理。",
              "　　欢迎广大干部群众对巡察整改落实情况进行监督。", "联系电话：0745-6621035", "电子邮箱：dz@example.cn",
              "　　　　　　　　　　　中共某县市场监督管理局党组", "　　　　　　　　　　　　　2026年3月10日"]
    summary = ["　　　　县市场监督管理局机关党支部2025年党建工作总结",
               "　　2025年，局机关党支部紧扣“市场监管为民”主线，较好完成了各项任务。",
               "　　一、主要工作及成效", "　　全年开展集中学习12次，组织党员开展现场教学1次。",
               "　　　　　　　　　　　县市场监督管理局机关党支部", "　　　　　　　　　　　　2025年12月26日"]
    plan = ["　　　　县市场监督管理局机关党支部2026年党建工作要点",
            "　　2026年，机关党支部以“党建+监管服务”为抓手，着力建设模范机关。",
            "　　一、强化政治引领。落实“第一议题”制度，全年集中学习不少于12次。",
            "　　　　　　　　　　　县市场监督管理局机关党支部", "　　　　　　　　　　　　2026年1月8日"]
    lines = ["某县市场监督管理局党建工作资料（2026年第1辑）", "",
             "中共某县市场监督管理局党组关于县委第二巡察组", "巡察反馈意见整改进展情况的通报", "",
             *notice, "", *summary, "", *plan, "", "县市场监督管理局机关党支部"]
    data = "\n".join(lines).encode()
    result = split_checked(data, "office.txt")
    first, second, third = result.articles
    assert han(first.title) == han("中共某县市场监督管理局党组关于县委第二巡察组巡察反馈意见整改进展情况的通报")
    assert first.authors == ["中共某县市场监督管理局党组"]
    assert [(a.title, a.authors, a.section) for a in (second, third)] == [
        ("县市场监督管理局机关党支部2025年党建工作总结", ["县市场监督管理局机关党支部"], None),
        ("县市场监督管理局机关党支部2026年党建工作要点", ["县市场监督管理局机关党支部"], None)]
    assert {d.line: d.reason for d in result.dropped}[1] == "masthead: the publication and its issue"


def test_a_book_converted_from_an_e_book_its_chapters_pieces_of_their_own():
    # (Part R's other-r6) one paragraph a line: a preface signed with a name and a dated place,
    # chapters "第N章　title" over their text (a short one no place label), notes after each
    lines = ["序　一条河和一群人", "柳溪是芷江的一条支流，不宽，也不深，可它流过的地方都有故事。",
             "这本书里没有惊天动地的场面，有的是渡口的风和灯下的账本。", "是为序。", "", "祁云", "2026年3月于岚州", "",
             "第一章　渡口", "一九四七年的冬天来得早，芷江渡口的水面上就结了一层薄冰。",
             "蒋福来那年二十六岁，入党刚满一年[1]。区委交给他的任务只有一句话。",
             "[1] 据县档案馆藏党员名册。", "",
             "第二章　借条", "韦家的那张借条，如今锁在市档案馆的库房里。",
             "借条是用毛笔写的，字不大，有几处已经洇开了。", "",
             "第三章　路", "柳溪村到镇上只有十一公里，可在二〇一五年以前，这段路要走两个钟头。",
             "如今，水泥路修到了每家门口。"]
    data = "\n".join(lines).encode()
    result = split_checked(data, "book.txt")
    preface, *chapters = result.articles
    assert preface.authors == ["祁云"] and preface.body.endswith("是为序。")
    # the chapter's number is no word of its title
    assert [a.title for a in chapters] == ["渡口", "借条", "路"]
    assert chapters[1].body.startswith("韦家的那张借条")


def test_a_rules_chapter_over_its_first_article_is_no_piece():
    lines = ["中国共产党某某工作条例", "第一章　总则", "第一条　为了加强党的基层组织建设，制定本条例。",
             "第二条　本条例适用于各级党组织。", "第二章　组织设置", "第三条　党员人数三人以上的，应当成立党支部。"]
    result = split_source("\n".join(lines).encode(), "rule.txt", parse_sidecar("", "", "rule"))
    assert not any(a.title in ("总则", "组织设置") for a in result.articles)


def test_a_content_systems_export_as_a_table_each_row_a_piece():
    # (Part U's other-u2) the export's own line, the header row naming the columns, rows whose
    # text cell is quoted and runs over lines (one paragraph a line, quotes doubled inside);
    # records end CRLF, the breaks inside a cell LF — as spreadsheet tools save them
    rows = ["导出时间：2026-04-20 16:32:05,导出人：admin,共2条",
            "序号,信息标题,作者,所属单位,栏目,报送日期,正文,状态,浏览量",
            '1,某州市“红色物业”联盟成立,韦宁,某州市委组织部组织一科,工作动态,2026-04-02,"4月1日，某州市“红色物业”联盟揭牌成立。\n'
            '联盟成员单位共同签署了""红色物业""服务承诺书。",已发布,412',
            '2,读《支部工作条例》有感,蒋福来、祁云,柳溪村党支部,学习心得,2026-04-15,"读了条例，我最深的体会是：支部强不强，关键看书记。",待审核,88']
    data = ("\r\n".join(rows) + "\r\n").encode("utf-8-sig")
    result = split_checked(data, "export.csv.txt")
    first, second = result.articles
    assert (first.title, first.authors, first.unit, first.section) == (
        "某州市“红色物业”联盟成立", ["韦宁"], "某州市委组织部组织一科", "工作动态")
    assert first.body == "4月1日，某州市“红色物业”联盟揭牌成立。\n\n联盟成员单位共同签署了\"红色物业\"服务承诺书。"
    assert first.lines == [(3, 4)]
    assert (second.title, second.authors) == ("读《支部工作条例》有感", ["蒋福来", "祁云"])
    reasons = {(d.line, d.reason) for d in result.dropped}
    assert (2, "the table's header row") in reasons and (4, "the row's cells, read into the article's fields") in reasons
    # a text whose first lines hold commas but name no title and text columns is no table
    plain = "会议要求,各级党组织,要把抓基层,打基础作为长远之计\n　　会议强调，要坚持问题导向。".encode()
    assert split_source(plain, "p.txt", parse_sidecar("", "", "p")).articles[0].body.startswith("会议要求")


def test_village_secretaries_diaries_each_entry_under_its_day_and_weather():
    # (Part U's other-u6) the compilers' note signed 编　者 and dated; each diary under its title
    # with its writer's name and post ("name（post）", "name——post"); entries under their day
    # and weather ("3月l2日 阴": the OCR's l for 1) — days, no headings
    lines = ["编者的话", "  去年以来，全县28名驻村第一书记坚持写工作日记，记下走村入户",
             "的所见所闻。我们从中选出两位同志的部分日记，供大家交流。", "                编 者", "           2026年1月", "",
             "柳溪村日记（选）", "蒋明（县委组织部派驻柳溪村第一书记）", "",
             "3月5日 晴", "  今天正式到柳溪村报到。蒋福来书记带我把村里转了一圈，", "七个村民小组，三百一十二户。",
             "3月l2日 阴", "  走访了第三村民小组十一户，记下了村口那段河道的事。", "",
             "石门村的一百天", "祁云——县农业农村局派驻石门村第一书记", "",
             "6月3日 多云转晴", "  到石门村第一天，先去看了村里的茶园，茶叶卖不上价。",
             "6月10日 小雨", "  和村干部商量成立茶叶合作社，大家的积极性很高。"]
    data = "\n".join(lines).encode()
    result = split_checked(data, "diary.txt")
    note, first, second = result.articles
    assert note.title == "编者的话" and note.authors == []
    assert (first.title, first.authors, first.unit) == ("柳溪村日记（选）", ["蒋明"], "县委组织部派驻柳溪村第一书记")
    assert (second.title, second.authors, second.unit) == ("石门村的一百天", ["祁云"], "县农业农村局派驻石门村第一书记")
    assert "3月l2日 阴" in first.body and "6月10日 小雨" in second.body


def test_a_service_guide_each_item_a_piece_its_bracketed_fields_its_text():
    # (Part U's other-u10) "事项一　title" numbers each service; its 【…】 fields are its text,
    # never columns
    item = ["【服务对象】在本区范围内调动工作的党员。", "【办理流程】党员向所在党支部提出申请—党支部审核—开具介绍信。",
            "【办理时限】材料齐全的，3个工作日内办结。"]
    lines = ["事项一　党员组织关系转接（区内）", "【事项名称】党员组织关系转接（区内）", *item, "",
             "事项二　流动党员活动证办理", "【事项名称】流动党员活动证办理", *item]
    data = "\n".join(lines).encode()
    result = split_checked(data, "guide.txt")
    assert len(result.articles) == 2
    assert all("【办理时限】" in a.body and a.section is None for a in result.articles)


def test_a_warning_education_readers_running_head_and_an_excerpts_source():
    # (Part U's other-u5) the reader's name and number printed at a page break inside a piece;
    # "（摘自…）" under a title; "文　name", 文 and the name a space apart
    from qikan.split.byline import parse_head_byline
    assert parse_head_byline("文　蒋　明").authors == ["蒋明"]
    assert parse_head_byline("文化是灵魂") is None
    lines = ["【以案说纪】", "“小节”失守终酿“大错”", "　　韦某某的问题，从一张购物卡开始。据他交代，第一次收卡时",
             "心里也发慌，可过了几天见没人过问，胆子就大了起来。", "·8·", "警示教育读本（2026年第1辑）",
             "　　防微杜渐，贵在自觉。党员干部要守住“第一次”，管住“小节”。", "",
             "【忏悔实录】", "我忘记了自己是从哪里来的", "（摘自邱某某的忏悔书）",
             "　　我出生在一个偏远山村，是党和组织把我从一个放牛娃培养成了局长。"]
    data = "\n".join(lines).encode()
    result = split_checked(data, "reader.txt")
    case, confession = result.articles
    assert case.body.endswith("管住“小节”。") and "警示教育读本" not in case.body
    assert confession.title == "我忘记了自己是从哪里来的" and confession.body.startswith("我出生在")
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons[6] == "masthead: the publication and its issue" and reasons[11] == "source of the excerpt"


def test_a_collection_of_lesson_plans_one_article_a_plan_its_labelled_parts_body():
    # (Part AP: a county Party school's 教案 collection; its cover prints the title again as
    # the running head of its pages, "内部学习资料" and the year alone under it)
    lines = ["某县基层党课教案选编", "（2026年）", "中共某县委党校　编", "内部学习资料", "编写说明",
             "　　本书选编基层党课优秀教案两篇，供党课讲授人员参考。", "　　　　　　县委党校", "·1·",
             "教案一", "课题：从红船精神中汲取奋进力量", "授课人：曹一鸣（某镇党委组织委员）",
             "授课对象：镇机关党员　　课时：60分钟", "【教学目标】",
             "　　通过讲授，使党员深刻理解红船精神的内涵，增强首创意识。",
             "【教学方法】", "　　讲授与讨论相结合，辅以身边事例。", "·2·", "某县基层党课教案选编",
             "【教学过程】", "一、导入（5分钟）", "　　播放视频片段，引出课题。",
             # (the blackboard's words close the plan, no sentence's end: the next plan's number
             # stops it — nothing goes on past "教案二")
             "【板书设计】", "红船精神：首创精神——敢闯敢试；奉献精神——为民服务",
             "·3·", "某县基层党课教案选编",
             "教案二", "课题：新时代党员如何践行群众路线", "授课人：钟岩（某县委组织部）",
             "授课对象：县直机关党员　　课时：45分钟", "【教学目标】",
             "　　帮助党员理解群众路线的基本内涵，增强宗旨意识。",
             "【教学方法】", "　　案例教学，分组讨论。",
             "【教学过程】", "一、案例导入（5分钟）", "　　讲述社区“板凳会”的故事。",
             "·4·", "某县基层党课教案选编", "【教学反思】", "　　案例贴近学员工作实际，互动效果较好。"]
    result = split_checked("\n".join(lines), "plans.txt")
    # the cover is no article; its title, the running head, no column
    assert [a.title for a in result.articles] == ["编写说明", "从红船精神中汲取奋进力量", "新时代党员如何践行群众路线"]
    first, second = result.articles[1:]
    assert first.authors == ["曹一鸣"] and first.unit == "某镇党委组织委员" and first.section is None
    # the labels under the plan's header fields (two to a line) are parts of its body
    assert "教学方法" in first.body and first.body.endswith("为民服务") and "讲述社区“板凳会”的故事。" in second.body
    assert second.body.endswith("互动效果较好。") and second.section is None
    assert {"（2026年）", "内部学习资料"} <= {d.text for d in result.dropped}


def test_a_wikis_entries_exported_as_text_one_article_an_entry():
    # (Part AP: a county 党史 wiki's batch export, each entry "词条：…" with its category)
    def entry(name: str, category: str, lead: str, part: str, text: str) -> list[str]:
        return ["====================", f"词条：{name}", f"分类：{category}　　浏览次数：1826　　编辑次数：12次",
                lead, "目录", f"1 {part}", "基本信息", f"中文名：{name}", f"1 {part}[编辑]", text,
                "参考资料", "[1] 《某县党史资料汇编》第二辑，1986年。"]
    lines = ["某县党史百科　词条批量导出（纯文本）", "导出时间：2026-08-20 14:36　　共2条", "",
             *entry("某山阻击战", "历史事件", "某山阻击战是1947年6月在某县某山一带阻击敌军的战斗。", "战斗经过",
                    "阻击部队在某山主峰连续坚守三昼夜，附近村庄的党员带领群众运送弹药、抢救伤员。"),
             *entry("钟秉衡", "人物", "钟秉衡，1908年生，1927年加入中国共产党，曾任中共某县委书记。", "人物生平",
                    "钟秉衡早年在县城读书时接触进步思想，后参加学生运动并加入中国共产党。")]
    result = split_checked("\n".join(lines), "wiki.txt")
    assert [(a.title, a.section, a.authors) for a in result.articles] == [
        ("某山阻击战", "历史事件", []), ("钟秉衡", "人物", [])]
    assert "附近村庄的党员带领群众运送弹药" in result.articles[0].body


def test_a_platforms_json_export_one_article_a_record():
    # (Part AP: a 智慧党建 platform's export) each record's keys its fields, its text one line of
    # paragraphs joined by "\n" escapes, a credit closing it
    records = [{"id": 1, "title": "某县“红色驿站”让快递小哥有了歇脚的家", "subtitle": "", "author": "周晓岚 邵一帆",
                "column": "基层动态", "views": 356,
                "content": "　　近日，某县第五个“红色驿站”投入使用。\n　　驿站由县委组织部联合行业党组织共同建设。\n"
                           "（通讯员　周晓岚　邵一帆）"},
               {"id": 2, "title": "以“小切口”推动基层治理", "subtitle": "——某街道推行“网格吹哨”工作法",
                "author": "", "column": "经验交流", "content": "　　某街道辖区内老旧小区多，治理任务重。"}]
    text = json.dumps({"platform": "某市智慧党建云平台", "total": 2, "records": records}, ensure_ascii=False, indent=2)
    result = split_checked(text, "export.json.txt")
    first, second = result.articles
    assert (first.title, first.authors, first.section) == ("某县“红色驿站”让快递小哥有了歇脚的家", ["周晓岚", "邵一帆"], "基层动态")
    assert first.body == "近日，某县第五个“红色驿站”投入使用。\n\n驿站由县委组织部联合行业党组织共同建设。"
    assert (second.title, second.subtitle, second.authors) == ("以“小切口”推动基层治理", "——某街道推行“网格吹哨”工作法", [])
    content_line = text.split("\n").index(next(x for x in text.split("\n") if "某街道辖区内" in x)) + 1
    assert second.lines == [(content_line, content_line)]
    # the export's own keys and values are set aside, each at its line
    assert any("某市智慧党建云平台" in d.text for d in result.dropped)


def test_an_h5_pages_screen_counters_and_swipe_prompts_are_no_text():
    # (Part AP: a year-end H5 copied screen by screen)
    lines = ["奋进2026·某城机关党建年度印记", "♪ 背景音乐", "1/3", "奋进2026", "某城机关党建年度印记", "向上滑动",
             "2/3", "服务印记", "三千名机关党员走进社区",
             "今年，全市机关在职党员全部到居住地社区报到，累计参加志愿服务两万一千余人次。",
             "从楼道清理到助老送餐，机关党员的身影出现在社区的每一个角落。", "文/周晓岚", "向上滑动",
             "3/3", "作风印记", "纪律教育月：以案为鉴守初心",
             "九月，全市机关集中开展纪律教育月活动，组织观看警示教育片。", "（孟芸）"]
    result = split_checked("\n".join(lines), "h5.txt")
    service = next(a for a in result.articles if a.title == "三千名机关党员走进社区")
    assert service.authors == ["周晓岚"] and "向上滑动" not in service.body
    reasons = {d.text: d.reason for d in result.dropped}
    assert reasons["2/3"] == "screen counter of an H5 page"
    assert reasons["向上滑动"] == "swipe prompt or music switch of an H5 page"


def test_a_minified_json_export_loses_nothing():
    # several records to a line (no indent): no line can be one record's, so the text is read as
    # text — every record's words kept (`split_checked` checks each line is placed somewhere)
    records = [{"title": "某县开展活动", "content": "近日，某县开展主题党日活动。"},
               {"title": "某镇召开会议", "content": "某镇召开党建工作会议。"}]
    result = split_checked(json.dumps({"records": records}, ensure_ascii=False), "export.json.txt")
    assert "某镇召开党建工作会议" in "".join(a.body for a in result.articles)
