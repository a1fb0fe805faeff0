"""A WeChat push as other accounts save it (P10, Part Q of the hand-written corpus): a repost's
source lines, a picture's caption, the writer's note, the lists and comments under the text,
a push of numbered pieces each over its byline — small pushes written for these tests, split
through the whole pipeline as `split FILE` splits them."""
from __future__ import annotations

from conftest import split_checked


def test_a_reposted_push_its_caption_writers_note_lists_and_comments_are_no_text():
    lines = ["青禾组工 2026-06-02 08:10 发表于湖南", "", "村支书的“民情账本”", "",
             "本文转自：公众号“青禾先锋”", "原文刊于《青禾党建》2026年第6期", "作者：陶若禾", "",
             "在青禾镇柳塘村，党支部书记何小满有一本随身带的账本，谁家有难处、谁家有诉求，都记在上面。", "",
             "▼", "[图片]", "何小满（左一）在村民家中了解情况", "",
             "账本里记的是民情，也是责任。办完一件，她就划掉一件，九年来从没断过。", "",
             "【作者简介】", "陶若禾，青禾县委组织部干部，长期从事基层党建宣传工作。", "[图片]", "（作者近照）", "",
             "投稿邮箱：qhzg@example.cn", "",
             "↓↓↓ 推荐阅读", "村里的“红色议事厅”　2026-05-30", "新任村党组织书记培训班开班　2026-05-26", "",
             "阅读 1820", "分享　收藏　点赞　在看", "",
             "留言区", "柳塘老周：何书记是真心为我们办事的好书记！　点赞 41",
             "小陈：向何书记学习，账本里是满满的民情。　点赞 18"]
    res = split_checked("\n".join(lines))
    [push] = res.articles
    assert (push.title, push.authors) == ("村支书的“民情账本”", ["陶若禾"])
    assert push.body.startswith("在青禾镇柳塘村") and push.body.endswith("从没断过。")
    reasons = {d.line: d.reason for d in res.dropped}
    assert reasons[5] == "source of the push"
    assert reasons[13] == reasons[20] == "photo caption"
    assert reasons[17] == "the writer's note" and reasons[18].startswith("the writer's note")
    assert reasons[22] == "address for contributions"
    assert reasons[24] == "list of other pushes" and {25, 26} <= set(reasons)
    assert reasons[31] == "readers' comments" and reasons[33].startswith("readers' comments")


def test_a_push_of_circled_numbered_pieces_each_over_its_byline():
    lines = ["点击蓝字关注我们", "读书心得｜学原著 悟原理", "原创 青禾机关党建 2026年05月12日 18:05 湖南",
             "编者按：为推动读书学习走深走实，机关工委开展读书心得征集活动，现选登三篇。",
             "①在“读”字上下功夫", "作者：程一禾（青禾市财政局机关党委）",
             "读原著最怕浅尝辄止。这段时间，我给自己定了个规矩：每天早上提前半小时到办公室读原著。",
             "②让理论学习“落地生根”", "作者：沈可言（青禾市生态环境局）",
             "学以致用，关键在于思考。我在学习中坚持问自己三个问题，把学到的用到工作中去。",
             "视频号 · 青禾机关党建", "【微党课】读原著的三个方法", "03:12", "点击观看",
             "③笔记里的“真问题”", "作者：蒋晚晴（青禾市委党校）",
             "做读书笔记，不能只抄金句。我的笔记本分成两栏，左边摘原文，右边写体会。",
             "编辑：谈　笑　　审核：冉　东", "▼往期精彩", "机关党支部“标准化”建设怎么抓？",
             "青年理论学习小组：让学习“活”起来", "分享　收藏　点赞　在看"]
    res = split_checked("\n".join(lines))
    note, *pieces = res.articles
    assert (note.kind, note.title, note.section) == ("editor_note", "学原著 悟原理", "读书心得")
    # the circled number is the piece's number in the push, no word of its title
    assert [(a.title, a.authors, a.unit) for a in pieces] == [
        ("在“读”字上下功夫", ["程一禾"], "青禾市财政局机关党委"),
        ("让理论学习“落地生根”", ["沈可言"], "青禾市生态环境局"),
        ("笔记里的“真问题”", ["蒋晚晴"], "青禾市委党校")]
    reasons = {d.line: d.reason for d in res.dropped}
    assert all(reasons[n].startswith("video card") for n in (11, 12, 13, 14))
    assert reasons[19] == "list of other pushes"


def test_an_organisations_pages_list_dated_first_a_bare_click_count_and_a_page_saved_half_loaded():
    lines = ["首页 | 本会简介 | 会务动态 | 学习园地 | 联系我们", "会务动态",
             "18/05/2026　本会举办学习全国两会精神座谈会", "2026-05-09　青年委员会走访爱国主义教育基地",
             "第一页　上一页　1　2　下一页　最后一页",
             "您的位置：首页 > 会务动态 > 正文", "本会举办学习全国两会精神座谈会",
             "发布时间：2026-05-18　点击：", "页面加载中，请稍候……",
             "您的位置：首页 > 会务动态 > 正文", "本会举办学习全国两会精神座谈会",
             "作者：麦家明　责任编辑：黄绮雯　点击：368　日期：2026-05-18",
             "本会讯　5月16日，本会在会址举办学习全国两会精神座谈会，四十余家会员企业代表参加。",
             "大家表示，将把学习成果转化为推动企业高质量发展的实际行动。",
             "【打印】【关闭】", "上一则：无", "下一则：青年委员会走访爱国主义教育基地",
             "您的位置：首页 > 会务动态 > 正文", "青年委员会走访爱国主义教育基地", "文：梁晓晴",
             "日期：2026-05-09　点击：241",
             "5月8日，本会青年委员会组织三十多名会员企业青年员工，走访爱国主义教育基地。",
             "参观结束后，青年们纷纷表示，要传承红色基因，立足岗位、勤奋工作。",
             "【打印】【关闭】", "版权所有 某某中资企业协会"]
    res = split_checked("\n".join(lines))
    *first, meeting, visit = res.articles
    # the page saved before it loaded: its headline and header, no text
    assert [a.kind for a in first] == ["fragment"]
    assert (meeting.title, meeting.authors) == ("本会举办学习全国两会精神座谈会", ["麦家明"])
    assert (visit.title, visit.authors) == ("青年委员会走访爱国主义教育基地", ["梁晓晴"])
    assert visit.body.startswith("5月8日") and "文：" not in visit.body
    reasons = {d.line: d.reason for d in res.dropped}
    assert reasons[3] == reasons[4] == "list page entry"
    assert reasons[9] == "page still loading"
    assert reasons[16] == reasons[17] == "links to the next and previous pages"


def test_two_pushes_saved_in_one_file_an_audio_lesson_and_a_repost():
    # (Part S's wechat-s2) each push under its account and time; the lesson's title bar printing
    # its column, an audio card between it and the headline, the speaker's line, the player's
    # length over its button, 文字稿 over the text; the repost's source, author and editor on one
    # line under its headline
    lines = ["公众号：某塘党建　　发布时间：2026-05-12 20:05", "——————————————————",
             "点击上方蓝字“某塘党建”关注我们", "微党课｜“三会一课”怎样开出新意", "原创　某塘党建　2026-05-12 20:05　江西",
             "[音频]", "“三会一课”怎样开出新意", "主讲：某塘镇党委书记　戴振华", "08:36", "点击播放", "文字稿",
             "同志们，今天和大家聊一聊“三会一课”。这项制度大家都很熟悉，可怎样开出新意？",
             "希望各支部把“三会一课”当成解决问题的平台，而不是完成任务的负担。",
             "长按识别下方二维码，关注“某塘党建”，收听更多微党课", "[二维码]", "本公众号由中共某塘镇委员会主办",
             "——————————————————", "公众号：某塘党建　　发布时间：2026-05-15 18:30", "——————————————————",
             "转载｜村里来了“新农人”支书", "某塘党建　2026-05-15 18:30　江西", "来源：某澜日报　作者：邵明川　编辑：凌　霜",
             "走进某塘镇竹溪村，新修的产业路通到了山脚的竹笋加工厂。",
             "“支书年轻，点子多，但更难得的是他肯听老党员的意见。”村里的老党员说。",
             "封面图：竹溪村党支部提供", "阅读 962"]
    res = split_checked("\n".join(lines))
    lesson, repost = res.articles
    assert (lesson.title, lesson.authors, lesson.unit, lesson.section) == (
        "“三会一课”怎样开出新意", ["戴振华"], "某塘镇党委书记", "微党课")
    assert lesson.body.startswith("同志们") and lesson.body.endswith("负担。")
    assert (repost.title, repost.authors) == ("村里来了“新农人”支书", ["邵明川"])
    assert repost.body.startswith("走进某塘镇竹溪村")
    reasons = {d.line: d.reason for d in res.dropped}
    assert reasons[1] == reasons[18] == "account and time of the push"
    assert reasons[9] == reasons[10] == "audio player of the push"
    assert reasons[11] == "the transcript's label" and reasons[16] == "who runs the account"
    assert reasons[15] == "picture placeholder" and reasons[25] == "picture credit"


def test_a_party_schools_site_its_english_name_and_menu_a_search_page_and_credits_closing_a_page():
    # (Part S's orgsite-s2) the site's name in Chinese and English over its menus, a search-results
    # page (titles and snippets: no articles), a page closed by one credit a line
    site = ["中共某汀市委党校　某汀行政学院", "Party School of Heting Municipal Committee of C.P.C.",
            "首页 | 学校概况 | 教学培训 | 科研咨询 | 学校要闻 | 联系我们",
            "Home | About Us | Teaching | Research | News | Contact"]
    lines = [*site, "站内搜索：中青年干部培训班　　　搜索", "共找到 2 条结果，用时 0.03 秒",
             "我校举办2026年春季学期中青年干部培训班开班式", "……本期培训班为期两个月，设置理论教育、党性教育……　2026-03-09",
             "中青年干部培训班学员赴萍阳县开展现场教学", "……学员们走进田间地头和企业车间，围绕基层治理开展调研……　2025-11-21",
             "首页　上一页　1　下一页　尾页", "", *site, "当前位置：首页 > 学校要闻",
             "我校举办2026年春季学期中青年干部培训班开班式", "发布时间：2026-03-09　　来源：教务处　　点击：428",
             "　　3月9日上午，我校2026年春季学期中青年干部培训班开班式在礼堂举行。",
             "　　据了解，本期培训班为期两个月，设置理论教育、党性教育、履职能力培训三个教学单元。",
             "供稿：教务处", "文字：汤　宁", "摄影：孔　哲", "审核：范立群", "【打印】　【关闭】"]
    res = split_checked("\n".join(lines))
    [page] = res.articles
    assert (page.title, page.authors, page.section) == ("我校举办2026年春季学期中青年干部培训班开班式", ["汤宁"], "学校要闻")
    assert page.body.endswith("三个教学单元。")
    reasons = {d.line: d.reason for d in res.dropped}
    assert reasons[2] == reasons[14] == "the site's name in English"
    assert reasons[5] == "search box of the site" and reasons[6] == "search results"
    assert all(reasons[n].startswith("search results") for n in range(7, 11))
    assert all(reasons[n] == "credits closing the page" for n in range(22, 26))


def test_a_university_push_its_account_twice_on_the_time_line_and_a_department_signing():
    lines = ["某溪师大党建", "", "把“学生党员先锋岗”设在宿舍楼里", "",
             "原创　某溪师大党建　某溪师大党建　2026年4月23日 07:30　发表于某溪", "", "作者：党委学生工作部　吕思源", "",
             "晚上九点半，桃李苑6号楼一楼的“学生党员先锋岗”亮着灯，值班的研究生党员正帮一名新生查找补考安排。", "",
             "学校党委有关负责同志表示，下一步将把先锋岗值守情况纳入学生党员民主评议。", "", "编辑：唐小溪　　审核：周伯言",
             "", "长按下方二维码，关注“某溪师大党建”", "[二维码]", "", "阅读 1836　　在看 52"]
    [push] = split_checked("\n".join(lines)).articles
    assert (push.title, push.authors, push.unit) == ("把“学生党员先锋岗”设在宿舍楼里", ["吕思源"], "党委学生工作部")
    assert push.body.startswith("晚上九点半")


def test_readers_comments_a_blank_line_between_each_up_to_the_next_pushs_header():
    # (Part S's wechat-s1) 留言精选: each comment its reader, words, likes and the author's reply,
    # blank lines between — none of it a piece; the next push saved after them is one
    lines = ["公众号：某溪党建　　发布时间：2026-04-23 07:30", "点击蓝字关注我们", "把先锋岗设在宿舍楼里", "作者：吕思源", "",
             "晚上九点半，宿舍楼一楼的“学生党员先锋岗”亮着灯，值班的研究生党员正帮新生查找补考安排。", "",
             "分享　收藏　点赞　在看", "", "留言精选", "", "文学院·小周", "我们楼的先锋岗帮我找到了丢失的校园卡，谢谢学长学姐！",
             "👍 41", "", "作者回复：不客气，这就是先锋岗的意义～", "", "化学学院·林同学", "希望先锋岗能开到周末！", "👍 27", "",
             "公众号：某溪党建　　发布时间：2026-04-24 07:30", "", "青年理论学习小组走进社区", "作者：孟遥", "",
             "4月23日，学校青年理论学习小组走进溪桥社区，与社区党员一起学习党的创新理论。"]
    res = split_checked("\n".join(lines))
    first, second = res.articles
    assert first.title == "把先锋岗设在宿舍楼里" and "校园卡" not in first.body
    assert (second.title, second.authors) == ("青年理论学习小组走进社区", ["孟遥"])
    reasons = {d.line: d.reason for d in res.dropped}
    assert all(reasons[n].startswith("readers' comments") for n in (10, 12, 13, 16, 18, 19, 20))


def test_the_credits_closing_a_signed_piece_name_its_writer_again_and_cut_nothing():
    # (Part AQ: a push's last piece signed at its head, "文｜某某（unit）", and the push's
    # credits under it naming the writers of its pieces, this one among them)
    lines = ["清廉机关｜守住廉洁“第一道防线”", "原创　某市机关党建　2026-05-30 18:00", "文｜凌子墨",
             "廉洁是党员干部的立身之本。守住廉洁防线，要从小事小节做起。",
             "党员心得｜算好“廉政账”　走好人生路", "文｜滕思远（某市商务局）",
             # (hard-wrapped at 18, no indents)
             "看完警示教育片，我久久不能平静。片中", "那些落马干部，曾经也是兢兢业业的好干", "部，却因为一念之差毁掉了前程。",
             "作为一名年轻党员，我要时刻算好政治账、", "经济账、家庭账，守得住清贫，耐得住寂", "寞，干干净净做事、清清白白做人。",
             "文字：凌子墨　滕思远", "编辑：伍佳", "审核：谭立峰", "分享　收藏　点赞　在看"]
    result = split_checked("\n".join(lines), "push.txt")
    last = result.articles[-1]
    assert last.title == "算好“廉政账” 走好人生路" and last.authors == ["滕思远"] and last.unit == "某市商务局"
    assert last.body.endswith("清清白白做人。") and last.body.startswith("看完警示教育片")


def test_the_pieces_an_editors_note_opens_numbered_01_02():
    # (Part AQ's wechat-aq1) "01" / "02" alone number the pieces under the note (no byline
    # between: a signed piece's "01" / "02" number its parts)
    lines = ["擂台比武｜书记上擂台　比出抓党建真本事", "原创　某县组工　2026-06-18 18:30", "",
             "编者按：抓党建是书记的“主业”。连日来，某县开展基层党组织书记抓党建“擂台比武”。", "",
             "01", "", "乡镇党委书记：亮出清单晒实绩", "",
             "6月15日，全县十二个乡镇党委书记逐一", "", "登台，围绕抓党建责任清单用数据说话。", "",
             "02", "", "村党组织书记：比着干　争着上", "",
             "在某山镇的擂台上，二十三名村党组织书", "", "记带着各自的“成绩单”同台竞技。", "",
             "编辑：伍佳"]
    result = split_checked("\n".join(lines), "push.txt")
    assert [a.title for a in result.articles][-2:] == ["乡镇党委书记：亮出清单晒实绩", "村党组织书记：比着干 争着上"]
    assert result.articles[-1].body.startswith("在某山镇的擂台上")
