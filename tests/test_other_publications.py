"""The five kinds P10 describes, from publications the splitter had not seen (Parts AJ and AL of
the hand-written corpus): a daily's page whose lead jumps, a journal set by `pdftotext -layout`, a
city magazine's contents and round table, an organisation's web pages, a push of three pieces, a
push of members' words.
Small texts written for these tests, split through the whole pipeline as `split FILE` splits
them."""
from __future__ import annotations

from conftest import split_checked


def column(text: str, width: int = 12) -> list[str]:
    return [text[k:k + width] for k in range(0, len(text), width)]


def daily_page() -> list[str]:
    lead = column("本报讯（融媒体记者　柯小川　通讯员　闵一帆）记者从市委组织部获悉，全市已建成党群服务驿站二百余个，"
                  "覆盖所有城市社区。")
    lead[-1] += "（下转第3版）"     # (the mark set at the end of the page's last line)
    rest = "每个驿站至少明确一名党员负责人，公布服务事项清单和联系电话，群众可以随时找到人。"
    lines = ["2026年5月12日　星期二　第1版　要闻", "",
             "聚焦基层治理", "全市二百余个驿站", "让群众办事少跑腿", *lead, "",
             "让党旗在群众家门口", "高高飘扬", "——论深化基层治理之二", "本报评论员",
             *column("基层是党的执政之基、力量之源。把服务送到群众家门口，是检验基层党建成效的重要标尺。"), "",
             "开发区为新就业群体", "建起暖心驿站",
             *column("本报讯（记者　施　然）开发区近日在商圈建成暖心驿站十二个，为外卖骑手提供休息服务。"),
             "▲驿站内，骑手在休息区给", "电动车充电。（资料图", "片）",
             *column("驿站还设立议事角，每月召开一次恳谈会，已解决停车难等问题二十多个。"), "",
             "2026年5月12日　星期二　第3版　党建", "",
             "驿站让群众", "办事少跑腿", "（上接第1版）", *column(rest)]
    return lines


def test_a_dailys_lead_jumps_under_its_headline_printed_again_shortened():
    result = split_checked("\n".join(daily_page()), "daily.txt")
    lead_article, comment, station = result.articles
    # the lead goes on on page 3: one article, its reporters from the lead's credit
    assert lead_article.authors == ["柯小川", "闵一帆"] and lead_article.body.endswith("随时找到人。")
    # the headline printed again, shortened, over the continuation is no text
    assert "办事少跑腿" not in lead_article.body
    assert {d.text for d in result.dropped if d.reason == "heading printed twice"} == {"驿站让群众", "办事少跑腿"}
    # a name-shaped line over the deck is the headline's last line, not an author
    assert "".join(comment.title.split()) == "让党旗在群众家门口高高飘扬" and comment.authors == ["本报评论员"]
    # the picture's caption, wrapped in the column, stays inside its story
    assert "驿站还设立议事角" in station.body and station.authors == ["施然"]


def test_a_dailys_page_extracted_double_spaced_splits_as_set():
    # a blank line after every line (as some PDF extractions give a page): the stories, their
    # headlines, bylines and bodies are those of the page set line under line
    lines = daily_page()
    single = split_checked("\n".join(lines), "daily.txt")
    double = split_checked("\n\n".join(lines), "daily.txt")
    assert [(a.title, a.authors, a.body) for a in double.articles] == \
        [(a.title, a.authors, a.body) for a in single.articles]
    assert len(single.articles) == 3


def test_a_dailys_flush_column_keeps_a_paragraph_opening_as_wide_as_the_column_and_a_wrapped_byline():
    # a column set without indents: "我们社区党委把这些“小事”" fills the column with no pause, over
    # a full line of text — a paragraph's first line, not a headline; "□ 某街道某社区" / "党委书
    # 记　谭素梅" is one byline wrapped in the column, not a brief
    lines = [*daily_page(), "",
             "支部书记说", "把小事办好就是大事", "□ 某市某江街道平桥社区", "党委书记　谭素梅",
             *column("在社区工作十几年，我最深的体会是：群众的事没有小事。楼道灯坏了，看似是小事。"),
             "我们社区党委把这些“小事”", *column("列成清单，每周在驿站公示办理进度，居民看到问题有人管。")]
    result = split_checked("\n".join(lines), "daily.txt")
    piece = result.articles[-1]
    assert (piece.title, piece.authors, piece.unit) == ("把小事办好就是大事", ["谭素梅"], "某市某江街道平桥社区党委书记")
    assert piece.body.split("\n\n")[-1].startswith("我们社区党委把这些“小事”列成清单")
    assert len(result.articles) == 4


def test_a_journal_set_by_pdftotext_layout_keeps_the_body_after_its_english_apparatus():
    lines = ["                                     某某社会科学  2026 年第 3 期", "",
             "              数字化赋能党员教育管理的实践逻辑",
             "                                  1             2",
             "                              邵明川 ，卫　兰",
             "        （1. 某某大学 马克思主义学院，某市 650091 ；2. 中共某市委党校，某市 650031）", "",
             "    摘  要：  党员教育管理的数字化正在从“建平台”转向“用平台”。",
             "    关键词：  数字党建；党员教育管理；平台治理",
             "    中图分类号：D262.6        文献标识码：A        文章编号：1008-7729（2026）03-0052-03", "",
             "        The Practical Logic of Digital Empowerment",
             "    Abstract: Taking the digital platforms of three counties",
             "    as samples, the paper summarizes three practical logics.", "",
             "      党员教育管理是党的建设的基础性工作。近年来，各地普遍建设",
             "    了数字党建平台，党员学习、组织生活等事项逐步实现线上办理。",
             "                          · 52 ·",
             "    邵明川，卫　兰：数字化赋能党员教育管理的实践逻辑",
             "    平台建起来之后怎样用好，仍是基层反映较多的问题。"]
    result = split_checked("\n".join(lines), "journal.txt")
    (paper,) = result.articles
    # the first page's text after the English abstract is the body's start, not the abstract's tail
    assert paper.body.startswith("党员教育管理是党的建设的基础性工作") and "three practical logics" in paper.apparatus.abstract_en
    # the authors' superscript numbers and the running head of names and title are no text
    assert paper.title == "数字化赋能党员教育管理的实践逻辑" and paper.authors == ["邵明川", "卫兰"]
    assert "邵明川" not in paper.body and paper.body.endswith("较多的问题。")


def test_a_university_journals_bracketed_apparatus_unbracketed_affiliations_and_running_heads():
    lines = ["第28卷第3期　　　　　　某州大学学报（哲学社会科学版）", "第56-59页",
             "高校基层党组织建设的",
             "内在逻辑与实践进路",
             "韦思源1,2，蔺晓晴1,3",
             "1.某州大学马克思主义学院；2.某州大学党内法规研究中心；3.某州大学公共管理学院",
             "[摘 要] 对标争先建设是推动高校基层党组织全面过硬的重要抓手。",
             "[关键词] 高校基层党组织；对标争先；组织力",
             "[中图分类号] D267.6　　[文献标识码] A",
             "[文章编号] 1000-0000(2026)03-0056-04",
             "党的二十大报告强调，要坚持大抓基层的鲜明导向。高校基层党组织处在立德",
             "树人的第一线，其组织力强不强，直接关系到办学治校的政治方向。",
             "57",
             "第28卷第3期　韦思源，蔺晓晴：高校基层党组织建设的内在逻辑与实践进路",
             "找准推进中的堵点，对于提升高校党建质量具有现实意义。",
             "某州大学学报（哲学社会科学版）",
             "一、对标争先建设的内在逻辑",
             "标准是衡量工作的尺子，把原则性要求细化为可检查的清单。"]
    result = split_checked("\n".join(lines), "journal.txt")
    (paper,) = result.articles
    # the affiliations, numbered but in no brackets, are the authors' units, not a title's line
    assert (paper.title, paper.authors) == ("高校基层党组织建设的内在逻辑与实践进路", ["韦思源", "蔺晓晴"])
    assert paper.unit == "某州大学马克思主义学院；某州大学党内法规研究中心；某州大学公共管理学院"
    # the running heads — volume, authors and title; the journal's name and edition — and the
    # paper's pages are no text
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons[14] == "running head of the paper" and reasons[16] == "masthead: the publication's name alone"
    assert reasons[2] == "pages of the paper"
    assert paper.body.startswith("党的二十大报告强调") and "标准是衡量工作的尺子" in paper.body
    assert "第28卷" not in paper.body and "学报" not in paper.body


def test_a_city_magazines_bracketed_contents_names_its_columns_and_a_round_table_its_host():
    lines = ["某城组工", "2026年第4期", "目　录",
             "【卷首语】", "P02　小巷虽小　连着民心",
             "【书记手记】我的联户故事　4", "【圆　桌】", "P12　小巷管家如何从有形到有效", "",
             "卷首语", "小巷虽小　连着民心",
             *column("老城区有四百多条小巷。巷子窄，事情却不少，都要有人管、有人问。", 20), "（本刊编辑部）",
             "书记手记", "我的联户故事",
             *column("我联系的十二户群众，情况我都记在一个小本子上。每次走访，我都先翻翻本子，再去敲门。", 20),
             "（某县东岭镇党委书记　霍　青）",
             "圆　桌", "小巷管家如何从有形到有效", "主持人：本刊记者　石　溪", "嘉宾：侯明轩（某街道党工委书记）",
             "　　主持人：小巷管家推行一年多，各位觉得最大的变化是什么？",
             "　　侯明轩：最大的变化是居民找组织更方便了。"]
    result = split_checked("\n".join(lines), "citymag.txt")
    assert [(a.title.replace(" ", "").replace("　", ""), a.section, a.authors, a.unit) for a in result.articles] == [
        ("小巷虽小连着民心", "卷首语", ["本刊编辑部"], None),
        ("我的联户故事", "书记手记", ["霍青"], "某县东岭镇党委书记"),
        ("小巷管家如何从有形到有效", "圆桌", ["石溪"], None)]


def test_an_organisations_pages_title_bar_list_and_metadata_are_no_text():
    lines = ["某山党建网_中共某山县委组织部", "首页 | 组织建设 | 干部工作 | 党员教育 | 信息公开",
             "当前位置：首页 > 工作动态", "工作动态",
             "· 某山镇：党建引领合作社带富乡亲（2026-05-10）", "· 某山县2026年5月县管干部任前公示（2026-05-09）",
             "共 118 条　第1页/共12页　首页　上页　下页　末页", "",
             "某山县2026年5月县管干部任前公示_某山党建网",
             "当前位置：首页 > 信息公开 > 干部工作 > 正文",
             "索引号：QS-ZZB-2026-0031　　　　信息分类：干部工作",
             "文　　号：　　　　　　　　　　　　公开方式：主动公开",
             "名　　称：某山县2026年5月县管干部任前公示",
             "某山县2026年5月县管干部任前公示",
             "发布时间：2026-05-09 09:00:00　来源：县委组织部　浏览次数：",
             "　　根据有关规定，经县委研究，拟对以下同志任职进行公示。",
             "　　公示时间：2026年5月9日至5月15日。",
             "【打印本页】　【关闭窗口】"]
    result = split_checked("\n".join(lines), "site.txt")
    (notice,) = result.articles
    assert notice.title == "某山县2026年5月县管干部任前公示" and notice.section == "干部工作"
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons[1] == reasons[9] == "title bar of the browser"
    assert reasons[5] == reasons[6] == "list page entry"
    assert reasons[12] == reasons[13] == "信息公开 metadata"


def test_a_push_numbers_its_pieces_as_on_a_cheque_and_its_chrome_is_dropped():
    lines = ["机关党建周刊丨结对共建如何避免一签了之",
             "原创 某岗机关党建 某岗机关党建 2026年5月12日 18:30", "文章已于2026-05-13修改",
             "点击上方蓝字，关注某岗机关党建", "[图片]",
             "壹｜结对共建如何避免一签了之", "文 / 潘以宁（某岗县直机关工委）",
             "近年来，机关党支部与社区结对共建越来越普遍。但在一些地方，协议签了、牌子挂了，后续活动却寥寥无几。",
             "结对共建要见实效，首先要找准结合点，宁可少而精。",
             "[图片]",
             "贰｜一图读懂党支部标准化建设",
             "1. 一个坚强有力的支部委员会", "2. 一套规范健全的组织生活制度", "3. 一个功能完备的党员活动阵地",
             "· END ·", "微信号：yg_jgdj", "功能介绍：某岗县直机关工委官方微信公众号。",
             "已同步到看一看写下你的想法"]
    result = split_checked("\n".join(lines), "push.txt")
    assert [(a.title, a.authors) for a in result.articles] == [
        ("结对共建如何避免一签了之", ["潘以宁"]), ("一图读懂党支部标准化建设", [])]
    assert {d.text for d in result.dropped if d.reason == "the piece's number before its title"} == {"壹｜", "贰｜"}
    assert {d.line for d in result.dropped if d.reason == "account chrome"} == {2, 3, 4, 16, 17, 18}
    # the push's title at the top, its first piece's headline printed again, with its column
    assert [d.line for d in result.dropped if d.reason == "heading printed twice"] == [1]


def test_a_pushs_marked_news_items_are_titled_pieces_and_its_comments_no_text():
    lines = ["某岗机关党建", "机关党建周刊丨支部工作法", "原创 某岗机关党建 某岗机关党建 2026年5月12日 18:30",
             "支部工作法：三单一评让主题党日不再老三样", "来源：某县财政局机关党委　作者：毛晓川",
             "主题党日怎么过？过去不少支部的做法是读文件、谈体会，党员参与感不强。",
             "三单即党员点单、支部派单、党员接单，每月初由支部收集党员的需求。",
             "图文设计：某岗县直机关工委组织科",
             "▍一线快报",
             "◎ 县交通运输局开展党员先锋岗评选",
             "近日，县交通运输局机关党委在窗口单位开展党员先锋岗评选，评出先锋岗八个。（来源：县交通运输局）",
             "◎ 县卫健局党支部走进养老院",
             "5月9日，县卫健局机关党支部组织党员医生走进县社会福利中心，为老人义诊。（来源：县卫健局）",
             "· END ·", "阅读 1532", "留言", "某岗税务", "5月12日", "三单一评很实用，已转给支部学习。", "12",
             "青山", "5月13日", "结对共建最怕走形式，说到点子上了。"]
    result = split_checked("\n".join(lines), "push.txt")
    # each ◎ line over a paragraph of its own is a news item's headline (without its mark),
    # under the column the ▍ label names
    assert [(a.title, a.section) for a in result.articles] == [
        ("支部工作法：三单一评让主题党日不再老三样", None),
        ("县交通运输局开展党员先锋岗评选", "一线快报"),
        ("县卫健局党支部走进养老院", "一线快报")]
    assert [a.lines for a in result.articles[1:]] == [[(10, 11)], [(12, 13)]]
    reasons = {d.line: d.reason for d in result.dropped}
    # the push's designer is one of its staff, not a line of the piece above
    assert reasons[8] == "the account's editors"
    # the readers' comments under "留言": their names, dates and texts (a like count alone is
    # dropped as a number)
    assert set(range(16, 24)) <= set(reasons)
    assert all(reasons[k].startswith("readers' comments") for k in (16, 17, 18, 19, 21, 22, 23))


def test_a_features_banner_with_a_bar_or_a_dot_names_its_column_and_titles_its_note():
    for banner in ("专题｜党建引领小巷管家", "专题·党建引领小巷管家"):
        lines = ["卷首语", "小巷虽小　连着民心", *column("老城区有四百多条小巷。巷子窄，事情却不少，都要有人管。", 20),
                 "（本刊编辑部）", banner,
                 "【编者按】小巷管家是我区推进基层治理的一项创新举措。本期特邀两位作者讲述管家们的故事。",
                 "巷子里的红马甲", "文｜龙若溪", *column("每天早上七点，龙湾社区的巷口就会出现几位穿红马甲的身影。", 20)]
        result = split_checked("\n".join(lines), "citymag.txt")
        assert [(a.kind, a.title.replace("　", " "), a.section) for a in result.articles] == [
            ("article", "小巷虽小 连着民心", "卷首语"),
            ("editor_note", "党建引领小巷管家", "专题"),
            ("article", "巷子里的红马甲", "专题")]


def test_a_magazines_headline_opening_with_a_call_to_act_keeps_its_first_half():
    # "坚持党建引领" over "推动网格化服务管理提质增效" under a column's spaced label: one headline in
    # two halves (a column is named by a noun, not by a call to act)
    body = column("网格是基层治理的最小单元。近年来，我市把党支部建在网格上，党员下沉一线。", 20)
    lines = ["基 层 动 态", "坚持党建引领", "推动网格化服务管理提质增效", "□ 韦　宁", *body, "",
             "工 作 研 究", "调研成果", "关于村级后备力量培养的调查", "□ 邱　岚", *body]
    result = split_checked("\n".join(lines), "city.txt")
    assert [(a.title, a.section) for a in result.articles] == [
        ("坚持党建引领 推动网格化服务管理提质增效", "基层动态"),
        ("关于村级后备力量培养的调查", "调研成果")]


def test_a_single_dailys_page_without_the_kinds_marks_drops_its_name_and_staff():
    lines = ["2026年5月8日　星期五　第6版　理论", "青禾日报", "责任编辑：韦　宁　版式设计：葛　青", "",
             "把调研的脚步迈进群众家门", "鲁明远",
             *column("调查研究是谋事之基、成事之道。党员干部要把调研的脚步迈进群众家门，听真话、察实情。", 14)]
    result = split_checked("\n".join(lines), "page.txt")
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons[2] == "masthead" and reasons[3] == "editors of the page"
    (article,) = result.articles
    assert article.title == "把调研的脚步迈进群众家门" and "青禾日报" not in article.body


def test_an_office_after_a_dash_under_a_title_signs_the_piece():
    body = column("村级巡察是打通全面从严治党最后一公里的重要抓手。去年以来，巡察组坚持三个聚焦，推动村级巡察走深走实。", 24)
    lines = ["坚持“三个聚焦”　提升村级巡察质效", "——县委第三巡察组", *body, "",
             "在乡村振兴中锤炼干部", "——记石门乡党委书记邱岚", *body]
    result = split_checked("\n".join(lines), "bulletin.txt")
    assert [(a.authors, a.subtitle) for a in result.articles] == [
        (["县委第三巡察组"], None), ([], "——记石门乡党委书记邱岚")]


def test_a_push_of_members_words_gives_each_member_a_piece_and_its_title_to_the_note():
    lines = ["学习心得｜在党旗下重温初心，我们这样说",
             "原创 某社区第二党支部 某山红邻 2026年6月22日 20:05", "某山红邻", "点击上方蓝字关注我们",
             "编者按：6月18日，支部组织党员开展主题党日活动，重温入党誓词。现将部分党员的学习心得摘登如下。",
             "▶ 党员 岑佩兰：",
             "退休三年来，我一直在社区当楼道长。这次重温入党誓词，我站在最后一排，声音却一点不比年轻人小。",
             "钟以宁（支部组织委员）",
             "作为组织委员，我平时更多想的是怎么把活动办好。组织生活在于能不能触动每个党员。",
             "▶ 党员 骆一帆：",
             "我是一名刚转正的年轻党员，这次活动后我报名加入了支部的志愿服务队。",
             "· END ·", "编辑：尚小满　审核：某社区第二党支部"]
    result = split_checked("\n".join(lines), "push.txt")
    note, *pieces = result.articles
    # the push's title, its column before the bar, heads the editor's note under it
    assert (note.kind, note.title, note.section) == ("editor_note", "在党旗下重温初心，我们这样说", "学习心得")
    # each member's line ("▶ 党员 某某：", "某某（post）") signs the words under it: a piece each
    # ("党员" says what the member is: no unit)
    assert [(a.authors, a.unit) for a in pieces] == [
        (["岑佩兰"], None), (["钟以宁"], "支部组织委员"), (["骆一帆"], None)]
    assert [a.lines for a in pieces] == [[(6, 7)], [(8, 9)], [(10, 11)]]


def test_a_magazine_signed_at_the_foot_keeps_the_unit_under_the_name_and_the_reply_with_the_letter():
    lines = ["以“党建链”带动“人才链”",
             "人才是产业链发展的第一资源。经开区党工委推行党建加人才工作模式，",
             "把技术骨干培养成党员，把党员培养成技术骨干。",
             "　　　　　　　　　■ 邢嘉树", "（作者单位：某市经开区党工委）", "",
             "【读者来信】", "期待多些“接地气”的党课",
             "编辑同志：我是一名农村党员，每期刊物都认真阅读。希望刊物多介绍一些",
             "基层支部上党课的好办法，让党课听得懂、记得住。",
             "　　　　　　　　　■ 某县城关镇　读者　卜玉华",
             "编辑回复：卜玉华同志，感谢您的来信和建议。本刊将开设微党课栏目，",
             "也欢迎您和身边的党员积极来稿。"]
    result = split_checked("\n".join(lines), "magazine.txt")
    piece, letter = result.articles
    # the unit line under the name printed at the foot is the piece's
    assert (piece.authors, piece.unit, piece.lines) == (["邢嘉树"], "某市经开区党工委", [(1, 5)])
    # a reader signs a letter (the place and "读者" are no unit, no authors); the editors' reply
    # under the signature is the letter's item, not a piece of its own
    assert (letter.title, letter.authors, letter.unit, letter.section) == ("期待多些“接地气”的党课", ["卜玉华"], None, "读者来信")
    assert letter.body.rstrip().endswith("积极来稿。") and "编辑回复" in letter.body


def test_a_county_weeklys_page_its_afterword_one_line_news_and_picture_story():
    def para(text: str) -> list[str]:   # a paragraph set in a 14-character column, indented
        first, rest = "  " + text[:12], text[12:]
        return [first, *column(rest, 14)]
    lines = ["某县报　2026年6月5日　第4期（总第1234期）　第2版　综合新闻",
             "一名老支书的“田间课堂”", "记者　邹　雨　报道",
             *para("清晨六点，某乡枫林村的稻田边已经围满了村民，老支书蹲在田埂上，手把手教大家辨认稻飞虱。"),
             "【编后】",
             *para("老支书的“田间课堂”，讲的是农技，传的是初心，值得我们多学一学。"),
             "县委党校开展新任村干部集中培训", "通讯员　许　宁　报道",
             *para("6月3日至4日，县委党校举办新任村干部集中培训班，全县86名新任村干部参加。学员们还现场观摩，交流了心得体会。"),
             "一句话新闻",
             "●县委组织部近日组织开展农村党员", "“亮身份、比贡献”主题活动。",
             "●某镇新建3个党群服务驿站，为货", "车司机、快递员提供歇脚服务。",
             "图片新闻", "山乡党课进茶园",
             *para("6月2日，某镇党委组织党员讲师走进茶园，为茶农宣讲惠农政策。"),
             "（葛　川　摄）",
             "责任编辑：苗　岚　校对：闵　铮"]
    result = split_checked("\n".join(lines), "weekly.txt")
    assert [(a.title, a.authors, a.section) for a in result.articles] == [
        ("一名老支书的“田间课堂”", ["邹雨"], "综合新闻"),
        ("县委党校开展新任村干部集中培训", ["许宁"], "综合新闻"),
        (None, [], "一句话新闻"), (None, [], "一句话新闻"),
        # the photographer's credit names no author of a picture story
        ("山乡党课进茶园", [], "图片新闻")]
    # the page head (a weekly's number between the day and the page) is no story's headline
    assert 1 in {d.line for d in result.dropped}
    # the editors' afterword is the story's last paragraph, not a column of its own
    story = result.articles[0]
    assert story.body.split("\n\n")[-2:] == ["【编后】", "老支书的“田间课堂”，讲的是农技，传的是初心，值得我们多学一学。"]


def test_a_pushs_weekly_news_in_brackets_are_headlines_not_columns():
    lines = ["组工周报｜本周要闻（6月1日—6月7日）", "",
             "原创　某江组工　某江组工　2026年6月8日 18:30", "",
             "本周要闻", "",
             "【某江召开全市基层党建重点任务推进会】", "",
             "6月3日，全市基层党建重点任务推进会召开，部署下一阶段抓党建促基层治理工作。", "",
             "【市委组织部开展年轻干部“墩苗”实践锻炼】", "",
             "近日，第三批42名年轻干部分赴乡镇、社区开展为期一年的实践锻炼。", "",
             "【江湾镇“田埂夜校”受欢迎】", "",
             "江湾镇依托村党群服务中心开办“田埂夜校”，今年以来已开课36期。（来源：江湾镇）", "",
             "投稿邮箱：zugong@example.cn", "", "欢迎全市各级党组织和广大党员投稿", "",
             "预览时标签不可点", "", "轻点两下取消赞"]
    result = split_checked("\n".join(lines), "push.txt")
    # a bracketed line over one paragraph of its own, among such lines as long as a headline, is
    # an item's headline (without its brackets), not a column's label; the shorter one beside
    # them too; the column is the label over them all
    assert [(a.title, a.section) for a in result.articles] == [
        ("某江召开全市基层党建重点任务推进会", "本周要闻"),
        ("市委组织部开展年轻干部“墩苗”实践锻炼", "本周要闻"),
        ("江湾镇“田埂夜校”受欢迎", "本周要闻")]
    # the call for contributions and the app's buttons under the push are no text
    kept = {n for a in result.articles for lo, hi in a.lines for n in range(lo, hi + 1)}
    assert kept.isdisjoint({19, 21, 23, 25})


def test_a_theory_pages_key_points_box_staff_line_and_spaced_author_with_unit():
    lines = ["某川日报　2026年6月16日　星期二　第7版　理论", "责任编辑：汤若愚　版式：晏　澄", "",
             "以钉钉子精神抓好党建工作责任落实", "作者：黎清远（中共某川市委党校党建教研部）",
             "核心观点", "●责任不落实，制度就是一纸空文", "●压力传导要层层递进、环环相扣",
             "党建工作责任制是管党治党的“牛鼻子”。抓好责任落实，关键在于发扬钉钉子精神。",
             "压实责任，首先要明晰责任，把任务细化到岗、落实到人。", "",
             "新就业群体党建要在“融”字上下功夫", "作者：俞　岚（某川市委社会工作部）",
             "快递员、外卖骑手等新就业群体流动性强、组织化程度低，党建工作要在融字上下功夫。"]
    result = split_checked("\n".join(lines), "daily.txt")
    first, second = result.articles
    assert (first.title, first.authors, first.unit) == ("以钉钉子精神抓好党建工作责任落实", ["黎清远"], "中共某川市委党校党建教研部")
    # the box of the piece's points, printed again from its text, is no body; nor the page's staff
    assert first.body.startswith("党建工作责任制") and "核心观点" not in first.body
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons[6] == "box of the piece's key points"
    assert reasons[7] == reasons[8] == "box of the piece's key points: an entry"
    assert 2 in reasons
    # a two-character name letter-spaced before its unit in brackets
    assert (second.authors, second.unit) == (["俞岚"], "某川市委社会工作部")


def test_a_sites_publication_line_with_time_author_source_and_reads():
    page = ["某城市直机关党建网", "首页　工作动态　模范机关　通知公告", "当前位置：首页 > 工作动态",
            "市直机关工委举办基层党组织书记培训班",
            "时间：2026-04-28 16:40:05　作者：桑语晨　来源：本站　阅读：87",
            "【大 中 小】【打印】【关闭】",
            "　　4月26日至27日，市直机关工委举办基层党组织书记培训班，120余名党支部书记参加培训。",
            "分享到：微信 微博 QQ空间", "上一篇：无", "下一篇：无",
            "备案号：某ICP备00000000号-1"]
    result = split_checked("\n".join(page), "site.txt")
    (news,) = result.articles
    # the publication line names the author and heads the article; the breadcrumb its column
    assert (news.title, news.authors, news.section) == ("市直机关工委举办基层党组织书记培训班", ["桑语晨"], "工作动态")
    assert news.body.startswith("4月26日至27日")


def test_a_pushs_titled_news_items_follow_one_another_after_their_credits():
    lines = ["点击上方蓝字“某镇党建”关注我们", "转载｜村里来了“新农人”支书", "原创 某镇党建 2026-05-15 18:30 江西",
             "来源：某澜日报　作者：邵明川　编辑：凌　霜",
             "走进某镇竹溪村，新修的产业路通到了山脚的竹笋加工厂。三年前，这里还是一条泥巴路，村集体经济"
             "收入不足五万元，年轻人大多外出务工，如今村里办起了合作社，在外的年轻人陆续回来了。",
             "程一帆上任后做的第一件事，是把村里的党员按特长分成三个小组，分别负责产业、治理和服务，"
             "每个小组每月向党员大会报告一次进展，群众可以随时提出意见。",
             "“支书年轻，点子多，但更难得的是他肯听老党员的意见。”村里的老党员说，现在村里开会，"
             "大家都愿意来，也都愿意说，事情办得越来越顺了，日子也越过越有奔头。",
             "▍镇村动态",
             "某镇召开党建引领乡村振兴推进会",
             "5月14日，某镇召开党建引领乡村振兴推进会，各村党组织书记逐一汇报产业发展、集体经济和人居环境整治情况，"
             "镇党委对下一阶段重点工作作了部署，要求各村对照清单逐项推进。（某镇党政办供稿）",
             "竹溪村党支部开展“夏日护学”志愿服务",
             "连日来，竹溪村党支部组织党员志愿者在村小学门口开展护学服务，家长们纷纷点赞。（文/田小满）",
             "本期编辑：庄　宁　宋一禾　　校对：卢　苗", "阅读 962", "赞 38  在看 17"]
    result = split_checked("\n".join(lines), "push.txt")
    # a short line after a paragraph its credit closed opens the next item, where lines are
    # paragraphs (the item before is done)
    assert [(a.title, a.authors, a.section) for a in result.articles] == [
        ("村里来了“新农人”支书", ["邵明川"], "转载"),
        ("某镇召开党建引领乡村振兴推进会", [], "镇村动态"),
        ("竹溪村党支部开展“夏日护学”志愿服务", ["田小满"], "镇村动态")]
    # the staff, two names to a role, are no text
    assert result.articles[-1].lines == [(11, 12)] and 13 in {d.line for d in result.dropped}


def test_a_magazines_foreword_signed_by_its_desk_and_a_running_foot_with_one_space():
    lines = ["卷首语", "以实干实绩回应群众期盼",
             "　　作风建设永远在路上。群众看干部，不是", "看他说了什么，而是看他做了什么。",
             "　　本期专题聚焦“在一线锤炼过硬作风”，", "刊发几位同志的思考与体会，希望能给读者带", "来启发。",
             "本刊编辑部", "某湾党建　2026.4　1",
             "专　题", "把作风建设落在“小切口”上", "冉秋生",
             "　　作风建设要从具体事抓起，从群众反映强", "烈的问题改起，一件一件抓落实。"]
    result = split_checked("\n".join(lines), "magazine.txt")
    foreword, piece = result.articles
    # "本刊编辑部" under the foreword signs it; the magazine's running foot (its name, the month
    # and the page, one space apart) is no text and no title
    assert (foreword.title, foreword.authors, foreword.lines) == ("以实干实绩回应群众期盼", ["本刊编辑部"], [(2, 8)])
    assert "来启发。" in foreword.body and 9 in {d.line for d in result.dropped}
    assert (piece.title, piece.authors, piece.section) == ("把作风建设落在“小切口”上", ["冉秋生"], "专题")


def test_a_dailys_brief_closed_by_a_bare_name_under_its_last_line_before_a_reporters_story():
    lines = ["2026年6月24日　星期三　第5版　党建", "责任编辑：苏　晓　版式：晏　澄", "",
             "党建快讯",
             "　　■6月20日，某区召开离退休干部党建", "工作座谈会，听取老同志对加强离退休干部党", "支部建设的意见建议。（蓝天宇）", "",
             "某区为“两新”组织选派党建指导员", "本报记者　黎书航",
             "　　为破解“两新”组织党建工作力量薄弱的", "难题，某区近日从区直机关选派五十六名党建",
             "指导员，联系辖区内一百二十余家非公企业和社", "会组织，帮助其规范组织生活、完善工作制度。",
             "　　党建指导员每月至少到联系单位开展一次", "指导，重点帮助尚未建立党组织的企业做好党",
             "员排查和组建准备工作，对已建立党组织的企", "业，则指导其健全“三会一课”等制度。指导",
             "员队伍由区委组织部统一管理，实行", "（下转第6版）"]
    result = split_checked("\n".join(lines), "daily.txt")
    brief, story = result.articles
    # the brief's last line (its sentence's end and its writer's name) is no line of the headline
    # over the reporter's byline
    assert (brief.kind, brief.lines) == ("brief", [(4, 7)]) and brief.body.endswith("意见建议。（蓝天宇）")
    assert (story.title, story.authors, story.lines[0][0]) == ("某区为“两新”组织选派党建指导员", ["黎书航"], 9)


def test_a_dailys_marked_news_column_names_each_marked_item_and_ends_at_a_credit():
    lines = ["2026年6月3日　星期三　第4版　党建周刊", "责任编辑：苏　晓", "",
             "■简讯",
             "■高新区开展“企业党建开放日”活动",
             "　　日前，某州高新区组织园区十", "二家企业党组织开放党建阵地，邀", "请非公企业负责人现场观摩交流，",
             "推动企业党建互学互鉴。（通讯员", "尚　薇）",
             "■某县集中培训村级后备力量",
             "　　5月下旬，某县分三期对全县", "村级后备力量进行集中培训，采取", "课堂教学与跟岗实践相结合的方",
             "式，提升履职能力。（通讯员　向", "东）",
             "■市直机关党员到社区报到服务",
             "　　市直机关工委组织机关党员到", "居住地社区报到，认领志愿服务项", "目，目前已有两千四百余名党员参",
             "与社区服务。（通讯员　黎　川）",
             "图片新闻", "老党员讲述入党故事",
             "　　6月1日，某区北门街道组织新", "党员走进老党员家中，聆听老党员", "讲述入党故事，重温入党初心。",
             "（下转第6版）"]
    result = split_checked("\n".join(lines), "daily.txt")
    # "■简讯" names the column of every marked item under it; an item ends at its credit, the
    # picture story's label under it opening the next
    assert [(a.title, a.authors, a.section) for a in result.articles] == [
        ("高新区开展“企业党建开放日”活动", ["尚薇"], "简讯"),
        ("某县集中培训村级后备力量", ["向东"], "简讯"),
        ("市直机关党员到社区报到服务", ["黎川"], "简讯"),
        ("老党员讲述入党故事", [], "图片新闻")]


def test_a_site_pages_headline_wrapped_after_its_subjects_colon():
    # (Part AQ's orgsite-aq2) "某学院学生第一党支部：" over "“理论+实践”双轮驱动": one headline
    lines = ["某山大学党委组织部", "", "首页 | 党建动态 | 支部风采 | 党校培训 | 通知公告", "",
             "您现在的位置：首页 >> 支部风采 >> 正文", "", "化学化工学院学生第一党支部：", "", "“理论+实践”双轮驱动", "",
             "发布时间：2026-06-12　浏览次数：347", "",
             "化学化工学院学生第一党支部现有党员三十二名。支部坚持理论学习与专业实践相结合。", "",
             "支部还组织党员走进企业开展调研，形成调研报告五篇。", "", "【关闭窗口】"]
    (page,) = split_checked("\n".join(lines), "site.txt").articles
    assert page.title.replace(" ", "") == "化学化工学院学生第一党支部：“理论+实践”双轮驱动"
    assert page.body.startswith("化学化工学院学生第一党支部现有党员")
