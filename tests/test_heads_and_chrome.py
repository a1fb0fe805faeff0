"""Page heads and chrome met in the blind parts of session 23 (AU–AY): a journal's month with its
English under the masthead, a site's masthead and its 信息公开 block, a daily's page named on the
line under its head, a push's column printed before its title. Small texts written for these
tests, split through the whole pipeline as `split FILE` splits them."""
from __future__ import annotations

from conftest import split_checked

BODY = ("基层党组织是党的全部工作和战斗力的基础。近年来，各地坚持大抓基层的鲜明导向，"
        "推动基层党组织全面进步、全面过硬。")


def test_a_journals_month_printed_with_its_english_is_the_journals_head_not_the_title():
    text = "\n".join([
        "某某大学学报（社会科学版）　　　　第40卷　第3期",
        "Journal of Moumou University (Social Science Edition)　　Vol.40　No.3",
        "2026年5月　　　　　　　　　　May　2026",
        "【党的建设研究】",
        "高校基层党组织组织力提升路径研究",
        "柏思远1，闻一舟2",
        "（1.某某大学 马克思主义学院，某市 000000；2.某某大学 党委组织部，某市 000000）",
        "摘　要：高校基层党组织是落实立德树人根本任务的重要力量。",
        "关键词：高校；基层党组织；组织力",
        "中图分类号：D267　　文献标识码：A　　文章编号：1000-0000（2026）03-0001-05",
        BODY, BODY,
        "参考文献：",
        "［1］某某.论基层党组织建设［J］.某某学刊，2025（2）：1-5."])
    result = split_checked(text, "journal.txt")
    paper, = result.articles
    assert paper.title == "高校基层党组织组织力提升路径研究"
    assert paper.section == "党的建设研究" and paper.authors == ["柏思远", "闻一舟"]


def test_a_sites_masthead_and_its_public_information_block_are_chrome():
    page = [
        "某某组工网　中共某某市委组织部主办",
        "首页 | 组工动态 | 干部工作 | 信息公开",
        "当前位置：首页 > 干部工作 > 正文",
        "信息公开",
        "索引号：000000000/2026-00001　　信息分类：干部任免",
        "发布机构：中共某某市委组织部　　发文日期：2026-05-19",
        "名称：某某市2026年市管干部任前公示",
        "某某市2026年市管干部任前公示",
        "发布时间：2026-05-19 17:00　　来源：市委组织部　　浏览次数：321",
        "根据干部选拔任用有关规定，经市委研究，拟对以下同志进行任前公示。",
        "公示期为2026年5月20日至5月26日（5个工作日）。",
        "中共某某市委组织部",
        "2026年5月19日",
        "【打印本页】　【关闭窗口】",
        "主办：中共某某市委组织部　　备案号：X ICP备00000000号"]
    result = split_checked("\n".join(page + [""] + page), "site.txt")
    notice = result.articles[0]
    assert notice.title == "某某市2026年市管干部任前公示" and notice.section == "干部工作"
    assert notice.body.startswith("根据干部选拔任用有关规定")
    # (the dropped lines as repair gave them: the ideographic space a half-width one)
    dropped = {d.line: d.text for d in result.dropped}
    assert dropped[1] == "某某组工网 中共某某市委组织部主办" and dropped[4] == "信息公开"
    assert dropped[7].startswith("名称：")


def test_a_dailys_page_named_under_its_head_names_the_column_of_its_stories():
    text = "\n".join([
        "某城日报　　2026年7月8日　星期三　　3",
        "党　建",
        "责任编辑：某某　　版式：某某",
        "党员“双报到”激活社区治理",
        "本报记者　蒲　阳",
        "　　清晨七点，某某社区的“党员服务站”已经亮起了灯。在职党员放下早餐，套上红马甲，开始了每周一次的志愿服务。",
        "　　“双报到”开展以来，全市在职党员认领服务岗位一万多个，解决群众急难愁盼问题三千余件。",
        "以好作风凝聚人心",
        "本报评论员",
        "　　作风建设永远在路上。党员干部要把群众的小事当作自己的大事，在点滴中践行初心。"])
    result = split_checked(text, "daily.txt")
    assert [a.section for a in result.articles] == ["党建", "党建"]
    assert result.articles[0].title == "党员“双报到”激活社区治理"


def test_a_page_head_then_a_columns_label_after_a_gap_names_one_story():
    # "第7版" alone, a blank line, a spaced label of four: a column's, not the page's name
    text = "\n".join([
        "某阳日报　2026年7月21日　星期五", "第7版", "",
        "身 边 榜 样",
        "扎根山村的“领头雁”",
        "本报记者　汤浩",
        "　　走进某某村，平整的水泥路通到家家户户。村党支部书记带领群众发展茶叶产业，村集体收入翻了两番。",
        "", "以好作风凝聚人心", "本报评论员",
        "　　作风建设永远在路上。党员干部要把群众的小事当作自己的大事，在点滴中践行初心。"])
    result = split_checked(text, "page.txt")
    assert [a.section for a in result.articles] == ["身边榜样", None]


def test_a_pushs_column_before_its_title_is_its_section_not_the_accounts_name():
    text = "\n".join([
        "某州机关党建", "",
        "微党课｜以“小切口”推动作风建设“大提升”", "",
        "原创", "某州机关党建　2026-07-16 07:30", "",
        "作者｜裴文瀚", "",
        "　　作风建设无小事。机关党员干部的作风，往往体现在接一个电话、办一件业务这样的“小事”上。", "",
        "　　电话是机关联系群众的窗口。我们推行“首问负责”，接到来电的干部必须一问到底、答复到位。", "",
        "阅读原文", "分享　收藏　点赞　在看"])
    result = split_checked(text, "push.txt")
    piece, = result.articles
    assert piece.title == "以“小切口”推动作风建设“大提升”"
    assert piece.section == "微党课" and piece.authors == ["裴文瀚"]


def test_a_pushs_statement_of_its_source_and_the_accounts_card_are_chrome():
    text = "\n".join([
        "学思践悟丨让党的创新理论在基层“落地生根”",
        "原创 温知行 某城党校 2026年12月02日 18:05",
        "某城党校",
        "微信号 mc_dangxiao",
        "作者 | 温知行",
        "理论武装是一项长期任务。各级党组织要坚持经常学、反复学、联系实际学，推动理论走进基层。",
        "基层干部要在学深悟透上下功夫，把学习成效转化为推动发展的实际行动。",
        "来源声明：本文转载自《某城日报》2026年9月14日第6版，版权归原作者所有。如有侵权，请联系删除。",
        "责编：贺　宁　校对：阮思远"])
    result = split_checked(text, "push.txt")
    piece, = result.articles
    assert piece.title == "让党的创新理论在基层“落地生根”" and piece.section == "学思践悟"
    assert piece.body.endswith("推动发展的实际行动。")
    dropped = {d.line for d in result.dropped}
    assert {3, 4, 8} <= dropped     # the account's name over its id, the statement


def test_an_accounts_name_alone_over_the_title_is_chrome():
    # a browser's save: the account's name over the title, printed again on its time line
    text = "\n".join([
        "某江机关党建",
        "“三联三带”让机关党建与业务深度融合",
        "某江机关党建 2026-05-09 08:00",
        "点击上方蓝字 关注我们",
        "今年以来，某江市直机关工委推行“三联三带”工作机制，推动党建工作和业务工作同谋划、同部署。",
        "支部联科室，把组织建在业务链上；党员联岗位，把作用亮在窗口前。",
        "作者：邬清扬"])
    result = split_checked(text, "push.txt")
    piece, = result.articles
    assert piece.title == "“三联三带”让机关党建与业务深度融合" and piece.section is None
    assert any(d.line == 1 and d.reason == "the account's name" for d in result.dropped)


def test_reporters_under_a_pushs_title_sign_the_story():
    text = "\n".join([
        "某州新闻丨某县“红色驿站”让新就业群体有了“暖心家”", "",
        "原创 某州发布 某州发布 2026年11月06日 18:30", "",
        "点击蓝字 关注我们", "",
        "记者：邓闻笛　通讯员：穆　清", "",
        "“跑了一上午单，能在这里歇歇脚、喝口热水，心里暖乎乎的。”外卖骑手小谭说。", "",
        "今年以来，某县建成“红色驿站”43个，为新就业群体提供休息、饮水、充电等服务。"])
    result = split_checked(text, "push.txt")
    story, = result.articles
    assert story.authors == ["邓闻笛", "穆清"] and story.section == "某州新闻"
    assert story.body.startswith("“跑了一上午单")


def test_a_photographers_credit_under_a_caption_is_no_title():
    text = "\n\n".join([
        "深化基层治理·一线观察",
        "“小网格”里的大民生",
        "本报记者 范 宁 温 雅",
        "——资源下沉,让网格有力量。",
        "以前网格员只能“发现问题、上报问题”,解决问题要等。如今,某区把多方力量编入网格,小事不出格。",
        "清晨七点,某社区网格员唐小梅已经开始了一天的巡查。哪户的水管漏了,她都一一记在手机上。",
        "图①:某社区网格员唐小梅(左)上门了解独居老人生活情况。",
        "本报记者 温 雅摄",
        "基层传真",
        "石门镇推行“村民说事”议事制度",
        "本报记者 柯 林",
        "石门镇每月开展一次“村民说事”,村里的大事小情摆上桌面商量,群众参与村务的热情越来越高。"])
    result = split_checked(text, "page.txt")
    assert [a.title for a in result.articles] == ["“小网格”里的大民生", "石门镇推行“村民说事”议事制度"]
    assert result.articles[0].authors == ["范宁", "温雅"]


def test_a_jump_mark_wrapped_in_its_column_joins_the_story_to_its_continuation():
    text = "\n".join([
        "某阳日报", "2026年6月10日　星期三　第1版　要闻",
        "深化“红色领航”工程　推动基层治理提质增效",
        "我市新建党群服务驿站126个",
        "　　本报讯（记者　冯知秋　通讯员　杜",
        "成）记者从市委组织部获悉，我市今年新",
        "建党群服务驿站126个。",
        "　　驿站统一配备饮水、充电、应急药箱",
        "等设施，为群众提供政策咨询等服务。",
        "　　截至目前，已有4300余名党员到驿站",
        "报到服务。（下转",
        "第4版）",
        "让党群服务驿站真正“驿”起来",
        "本报评论员",
        "　　党群服务驿站建起来了，关键要用起",
        "来、活起来，真正成为群众的贴心港湾。",
        "　　驿站建得再漂亮，如果大门常关、无",
        "人问津，就成了摆设。",
        "2026年6月10日　星期三　第4版　综合",
        "　　（上接第1版）市委组织部有关负责人",
        "表示，下一步将建立驿站运行评估机制。",
        "　　让驿站服务与网格管理、志愿服务有",
        "机衔接，打造“红色领航”服务品牌。"])
    result = split_checked(text, "daily.txt")
    story, comment = result.articles
    # the 引题 over a headline that opens as news ("我市新建…") is no part of the title
    assert story.title == "我市新建党群服务驿站126个" and story.authors == ["冯知秋", "杜成"]
    assert story.body.endswith("打造“红色领航”服务品牌。") and "（下转" not in story.body
    assert comment.title == "让党群服务驿站真正“驿”起来" and comment.section == "要闻"


def test_a_push_copied_from_the_phone_its_further_reading_a_piece_of_its_own():
    # no chrome but the account and the minute under the title: a push all the same, and its
    # 【延伸阅读】 heads a piece of its own (in a magazine's piece it would be a box of it)
    text = "\n".join([
        "某川：“村级事务明白卡”让群众办事心里亮堂",
        "某川组工 2026年07月08日 18:30",
        "今年以来，某川县委组织部指导全县行政村推行“村级事务明白卡”，让群众办事有“指南”。",
        "一张卡片，理清“找谁办”",
        "县委组织部梳理出32项村级高频事项，逐项明确经办人、联系电话和所需材料。",
        "截至6月底，全县通过明白卡受理群众事项1.2万余件，按时办结率达98.6%。",
        "【延伸阅读】",
        "村干部的“第二张名片”",
        "在某村党群服务中心，村党支部书记的办公桌上放着一摞明白卡。他说，这张卡就是村干部的“第二张名片”。",
        "（来源：某川日报）"])
    result = split_checked(text, "push.txt")
    lead, further = result.articles
    assert lead.title == "某川：“村级事务明白卡”让群众办事心里亮堂" and lead.body.endswith("按时办结率达98.6%。")
    assert further.title == "村干部的“第二张名片”" and further.section == "延伸阅读"
    assert any(d.line == 2 for d in result.dropped)


def test_a_notices_lists_of_names_and_offices_are_its_text():
    text = "\n\n".join([
        "公示丨某区2026年“两优一先”拟表彰对象公示",
        "原创　某区组工　某区组工　2026年06月20日 09:00",
        "经基层党组织推荐、考察审核和区委研究，拟表彰优秀共产党员3名、先进基层党组织3个，现予以公示。",
        "一、优秀共产党员（3名）",
        "（以姓氏笔画为序）",
        "　　丁秋禾　　城东街道梧桐社区党委书记",
        "　　马晓东　　区人民医院急诊科主任",
        "　　方　静　　区第二实验小学校长",
        "二、先进基层党组织（3个）",
        "中共某区城东街道梧桐社区委员会",
        "中共某区白沙镇荷塘村总支部委员会",
        "中共某区人民医院急诊科支部委员会",
        "公示时间：2026年6月20日至6月26日。",
        "受理电话：0000－0000000",
        "中共某区委组织部",
        "2026年6月20日"])
    result = split_checked(text, "push.txt")
    notice, = result.articles
    assert notice.title == "某区2026年“两优一先”拟表彰对象公示" and notice.section == "公示"
    assert notice.authors == ["中共某区委组织部"]
    assert "马晓东" in notice.body and "中共某区白沙镇荷塘村总支部委员会" in notice.body


def test_offices_signing_a_text_together_stay_its_signatories():
    # three offices under a text's last sentence, over its date: who issued it, no list
    text = "\n".join([
        "关于做好2026年度高校毕业生到村任职工作的通知",
        "各乡镇党委、政府：",
        "为做好今年高校毕业生到村任职工作，现就有关事项通知如下。请各地认真抓好落实，确保工作取得实效。",
        "中共某县委组织部",
        "某县人力资源和社会保障局",
        "某县财政局",
        "2026年5月1日"])
    result = split_checked(text, "notice.txt")
    notice, = result.articles
    assert "某县财政局" not in notice.body


def test_a_paper_under_a_square_bracketed_column_its_authors_each_with_a_unit():
    text = "\n".join([
        "某州社会主义学院学报　　2026年第2期",
        "［多党合作研究］",
        "基层政协协商与基层协商有效衔接的探索",
        "岑　远（某州社会主义学院 教务处）　冉小舟（某州市民族宗教事务局）",
        "摘　要：推动政协协商与基层协商有效衔接，需要在平台、机制和能力上协同发力。",
        "关键词：政协协商；基层协商；有效衔接",
        "中图分类号：D627　文献标识码：A　文章编号：0000-0000（2026）02-0017-03",
        "　　推动政协协商与基层协商有效衔接，是发挥人民政协专门协商机构作用的重要方面。",
        "　　近年来，某州在乡镇（街道）建立政协委员工作室，把协商平台延伸到群众身边。"])
    result = split_checked(text, "journal.txt")
    paper, = result.articles
    assert paper.title == "基层政协协商与基层协商有效衔接的探索" and paper.section == "多党合作研究"
    assert paper.authors == ["岑远", "冉小舟"]
    assert paper.unit == "某州社会主义学院教务处；某州市民族宗教事务局"


def test_a_papers_corresponding_author_note_is_apparatus():
    text = "\n".join([
        "第52卷第4期　　　　某州师范大学学报（哲学社会科学版）　　　　Vol.52 No.4",
        "【党史党建】",
        "红色家书融入高校党史学习教育的价值与路径",
        "孔令仪1*，谢一鸣2",
        "（1.某州师范大学 马克思主义学院，某州 000000；2.中共某州市委党校 党史教研室，某州 000000）",
        "[收稿日期]2026-03-09",
        "[通讯作者]孔令仪，E-mail：kongly@example.cn",
        "[摘　要]红色家书是革命先辈留下的珍贵精神财富，蕴含着坚定的理想信念。",
        "[关键词]红色家书；党史学习教育",
        "一、红色家书的育人价值",
        "　　一封封红色家书，记录了革命先辈在艰难岁月中的所思所想，是党史学习教育的生动教材。"])
    result = split_checked(text, "journal.txt")
    paper, = result.articles
    assert paper.title == "红色家书融入高校党史学习教育的价值与路径" and paper.authors == ["孔令仪", "谢一鸣"]
    assert "kongly" not in paper.body and paper.section == "党史党建"


def test_a_dailys_masthead_with_its_pages_and_a_bracketed_caption_stay_out_of_its_stories():
    text = "\n".join([
        "某江日报", "2026年7月1日　星期三", "中共某江市委机关报　　今日8版", "第1版　要闻", "",
        "坚持大抓基层鲜明导向",
        "我市“红色网格”覆盖全部城乡社区",
        "　　本报讯（记者　何清源）记者从",
        "市委组织部获悉，截至6月底，我市已",
        "在全部城乡社区建立“红色网格”。",
        "　　去年以来，我市把网格作为党建",
        "引领基层治理的基本单元，统一划定",
        "城乡网格1.1万个。",
        "",
        "■ 基层传真",
        "老旧小区里的“楼道议事会”",
        "本报记者　俞晚晴",
        "　　傍晚时分，某小区3号楼的楼道",
        "里摆上了几张小板凳，居民们提出的",
        "问题被一条条记下来。",
        "（图为居民在楼道议事会上发言　俞晚晴　摄）",
        "　　“楼道议事会”是社区党委去年",
        "推出的做法。一年来，小区通过议事",
        "会解决问题一百三十多件。",
        "本版责任编辑：温若溪"])
    result = split_checked(text, "daily.txt")
    lead, report = result.articles
    assert lead.title == "我市“红色网格”覆盖全部城乡社区" and lead.section == "要闻"
    assert report.title == "老旧小区里的“楼道议事会”" and report.body.endswith("一百三十多件。")


def test_a_read_later_export_its_barred_author_line_and_the_readers_highlights():
    text = "\n".join([
        "组织工作丨“党员责任区”划到群众家门口",
        "原文链接：https://mp.weixin.qq.com/s/Nx7qK2vYf0aLm3TgQe9wRb",
        "作者：雷　敏　|　某溪组工　|　2026年6月28日",
        "",
        "  近年来，某溪县把党员责任区建设作为推动党员发挥作用的重要抓手，让每名党员都有“一亩田”。",
        "",
        "  半年来，全县各级党组织通过责任区帮助群众解决实际困难2400余件。",
        "",
        "────────────",
        "我的划线（2）",
        "> 让每名党员都有“一亩田”。",
        "> 责任区不是画在地图上的格子。",
        "我的笔记：支部下半年可以试一试。",
        "────────────",
        "导出自「拾页」稍后读 · 2026-07-02 22:16"])
    result = split_checked(text, "saved.txt")
    piece, = result.articles
    assert piece.authors == ["雷敏"] and piece.section == "组织工作"
    assert piece.body.endswith("解决实际困难2400余件。")


def test_a_day_of_pushes_each_title_over_its_chrome_and_a_video_card():
    text = "\n".join([
        "微党课丨做群众的“贴心人”，从听懂一句方言开始",
        "原创 某水党建 2026年09月02日 19:30",
        "点击蓝字 关注我们",
        "主讲丨向晓岚（某县委党校党建教研室主任）",
        "　　同志们，今天想和大家聊一个看起来很小的话题：听懂一句方言。",
        "　　前几年，县里一名刚到村里任职的选调生跟我讲，他第一次入户走访，一位老人家拉着他的手说了半天，"
        "他一句也没听懂，只能笑着点头。群众工作是一门学问，第一步就是要和群众说到一块儿去。",
        "视频号",
        "某水党建",
        "一句方言里的群众工作",
        "03:26",
        "　　愿意学群众的话，说明心里装着群众。",
        "文字：莫清溪",
        "— END —",
        "编辑：秦悦　审核：伍敏",
        "往期推荐",
        "党员风采丨“泥腿子”支书的二十年",
        "分享 收藏 点赞 在看",
        "基层动态丨某水县“红色代办员”跑出为民服务加速度",
        "某水党建 2026年09月16日 18:00",
        "　　“没想到在家门口就把营业执照办下来了，代办员全程帮忙跑，省了我好几天工夫。”9月15日，"
        "在某水县城关镇便民服务中心，个体工商户小周拿着刚领到的执照高兴地说。",
        "　　今年以来，县委组织部指导各乡镇（街道）从村（社区）“两委”成员、党员志愿者中选聘“红色代办员”，"
        "为群众代办证照、社保、医保等事项一千余件，群众满意率达到百分之九十八以上。"])
    result = split_checked(text, "pushes.txt")
    lesson, news = result.articles
    assert lesson.title == "做群众的“贴心人”，从听懂一句方言开始" and lesson.section == "微党课"
    assert lesson.authors == ["向晓岚"] and lesson.body.endswith("说明心里装着群众。")
    assert "03:26" not in lesson.body
    assert news.title == "某水县“红色代办员”跑出为民服务加速度" and news.section == "基层动态"


def test_a_dailys_lettered_page_head_over_its_dated_line_names_the_pages_column():
    text = "\n".join([
        "第A05版　党建",
        "某城晚报　2026年9月12日　星期六",
        "责任编辑：龙若兰　美术编辑：汪星野　校对：苗小满",
        "",
        "“小哥驿站”里的党课",
        "本报记者　谭一苇　通讯员　蔡明月",
        "　　在某城区锦绣路的“小哥驿站”里，十几名快递员围坐在一起，听社区党委书记讲",
        "党课。“以前送件顾不上学习，现在驿站就在家门口。”快递员小陈说。",
        "　　今年以来，全区建成“小哥驿站”36个，开展微党课、法律咨询等活动一百余场。",
        "",
        "■ 一线观察",
        "石桥村的“积分卡”",
        "本报记者　谭一苇",
        "　　在某县石桥村，每名党员都有一张“积分卡”。参加组织生活、带头志愿服务都能",
        "加分，年底积分排名靠前的党员在党员大会上受表扬。"])
    result = split_checked(text, "daily.txt")
    first, second = result.articles
    assert first.title == "“小哥驿站”里的党课" and first.section == "党建"
    assert second.section == "一线观察"


def test_hyphened_pinyin_names_under_an_english_title_are_no_part_of_it():
    text = "\n".join([
        "中共某市委党校学报　　2026 年第 3 期",
        "■理论研究",
        "以调查研究提升领导干部解决实际问题能力的思考",
        "顾清远1，沈若岚2",
        "（1.中共某市委党校 党建教研部，某市 000000；2.某市委组织部 干部一科，某市 000000）",
        "摘　要：调查研究是谋事之基、成事之道。本文结合三个县区的调研，分析领导干部调研中的问题与对策。",
        "关键词：调查研究；领导干部；解决问题",
        "中图分类号：D262　文献标识码：A　文章编号：0000-0000（2026）03-0020-07",
        "　　调查研究是我们党的传家宝。领导干部只有深入实际、深入群众，才能把情况摸清、把问题找准。",
        "The Practical Path of Improving Leading Cadres' Ability to Solve Problems",
        "——Based on a Survey of Three Counties and Districts",
        "GU Qing-yuan1，SHEN Ruo-lan2",
        "Abstract：Investigation and research is the basis of planning and the way to success.",
        "Key words：investigation and research；leading cadres"])
    result = split_checked(text, "journal.txt")
    paper, = result.articles
    assert paper.section == "理论研究" and paper.authors == ["顾清远", "沈若岚"]
    assert paper.apparatus.title_en.startswith("The Practical Path") and "GU Qing" not in paper.apparatus.title_en
    assert "GU Qing" not in paper.body and any(d.line == 12 for d in result.dropped)


def test_the_pieces_an_editors_note_presents_are_in_the_column_its_title_prints():
    text = "\n".join([
        "点击蓝字关注我们",
        "学习笔记｜读原著 学原文 悟原理",
        "原创 某南机关党建 2026年04月23日 18:05",
        "编者按：为推动读书学习走深走实，市直机关工委开展“我的学习笔记”征集活动。本期选登两篇，与大家分享。",
        "①在“学”字上下真功夫",
        "作者：葛文清（某市财政局机关党委）",
        "读原著最怕浅尝辄止。这段时间，我给自己定了个规矩：每天早上提前半小时到办公室，读一篇原文，写几句体会。",
        "②理论学习要“入脑入心”",
        "作者：侯一帆（某市生态环境局）",
        "入脑入心，关键在于思考。我在学习中坚持“三问”：这段话讲了什么，为什么这样讲，我该怎么做。"])
    result = split_checked(text, "push.txt")
    note, first, second = result.articles
    assert note.kind == "editor_note" and note.section == "学习笔记"
    assert [first.section, second.section] == ["学习笔记", "学习笔记"]
    assert first.authors == ["葛文清"] and second.title == "理论学习要“入脑入心”"


def test_a_page_head_naming_its_page_before_its_editors_names_its_stories_column():
    text = "\n".join([
        "某阳报　2026年4月9日　星期四　第3版　综合新闻　　责编：邹　宁　　版式：梅　子",
        "",
        "“板凳会”开到田埂上",
        "本报记者　温　澜　陆远舟",
        "　　清明刚过，某镇杏林村的田埂上摆开了十几条长板凳。村党支部书记把当月的“板凳会”从村部搬到了地头。",
        "　　“在村部开会，来的多是老面孔；开到田里，干活的人顺便就坐下了。”村党支部书记说。"])
    result = split_checked(text, "daily.txt")
    story, = result.articles
    assert story.title == "“板凳会”开到田埂上" and story.section == "综合新闻"
