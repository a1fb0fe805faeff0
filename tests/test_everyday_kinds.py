"""Everyday kinds nobody described (P10, Part W of the hand-written corpus): an office system's
export of news drafts with letter-spaced field labels, a collection of project applications
headed by their fields, … — small texts written for these tests, split through the whole
pipeline as `split FILE` splits them."""
from __future__ import annotations

from conftest import split_checked

from qikan.text import han


# an export prints one paragraph to a line
SECOND = "第二段说的是办法：每个网格配备一名党员网格长，每月至少入户走访一遍，做到底数清、情况明，问题当月解决。"


def test_an_office_export_with_letter_spaced_labels_and_attachments_after_the_text():
    record = ["【稿件信息】", "稿件编号：AB-2026-0{n}", "标　　题：{title}", "作　　者：{author}",
              "部　　门：{unit}", "栏　　目：{section}", "报送日期：2026-05-1{n}", "审 核 人：吕正",
              "签发状态：已签发", "【正　　文】", "{text}", SECOND,
              "【附　　件】", "{attachment}", "------------------------"]
    pieces = [dict(n=1, title="某区启动网格提质行动", author="沈一鸣　葛小禾", unit="组织科", section="党建要闻",
                   text="近日，某区启动网格提质行动，推动网格党小组提档升级。", attachment="现场照片.jpg（1.2MB）"),
              dict(n=2, title="街道党群服务中心延时服务受欢迎", author="通讯员　温川", unit="某街道党工委",
                   section="基层动态", text="本网讯　每天傍晚，某街道党群服务中心的灯依然亮着。", attachment="无")]
    lines = ["某区委组织部　协同办公系统", "导出人：信息科　导出时间：2026-06-03 16:42", "========"]
    for p in pieces:
        lines += [x.format(**p) for x in record]
    result = split_checked("\r\n".join(lines).encode("utf-16"), "oa.txt")
    first, second = result.articles
    assert (first.title, first.authors, first.unit, first.section, first.date) == \
        ("某区启动网格提质行动", ["沈一鸣", "葛小禾"], "组织科", "党建要闻", "2026-05-11")
    assert first.body == "近日，某区启动网格提质行动，推动网格党小组提档升级。\n\n" + SECOND
    assert (second.title, second.authors, second.role, second.unit) == \
        ("街道党群服务中心延时服务受欢迎", ["温川"], "通讯员", "某街道党工委")
    # what the record prints after its text (附件 and its files) is the record's, not its body
    assert "现场照片" not in first.body and "无" not in second.body.splitlines()
    fields = {han(d.text) for d in result.dropped if d.code == "title-byline"}
    assert {"审核人吕正", "附件", "现场照片"} <= fields


def test_project_applications_headed_by_their_fields_and_the_foreword_before_them():
    lines = ["某区2026年度“书记项目”汇编", "中共某区委组织部", "编印说明",
             "　　按照区委的部署，今年全区各级党组织书记每人领办一个项目。",
             "现选取其中三个项目的申报书汇编印发，供各级党组织书记学习借鉴。",
             "区委组织部组织科", "2026年3月10日",
             "项目一", "项目名称：“红色驿站”服务新就业群体", "申报单位：中共某街道工作委员会",
             "项目负责人：庞川（街道党工委书记）", "项目周期：2026年3月—12月",
             "　　一、项目背景", "　　辖区内有快递、外卖配送站点三十余个，从业人员一千",
             "五百余人，党组织对其覆盖还不够。", "　　二、主要举措", "　　在商圈、社区新建“红色驿站”六个，配",
             "备饮水、充电、休息等设施。",
             "联系人：覃宇　联系电话：0000-0000001",
             "项目二　“党建+积分”激活农村党员队伍", "项目负责人：郑坤（村党支部书记）",
             "申报单位：中共某村支部委员会", "　　一、项目背景", "　　某村现有党员四十二名，党员队伍活力不足。",
             "项目三", "项目名称：小区党支部领航物业治理", "申报单位：中共某社区委员会",
             "项目负责人：罗敏（社区党委书记）", "　　一、项目背景", "　　某社区有老旧小区九个，居民诉求集中。"]
    result = split_checked("\n".join(lines), "projects.txt")
    foreword, *projects = result.articles
    assert foreword.title == "编印说明" and foreword.body.startswith("按照区委的部署")
    assert [(a.title, a.authors, a.unit) for a in projects] == [
        ("“红色驿站”服务新就业群体", ["庞川"], "中共某街道工作委员会"),
        ("“党建+积分”激活农村党员队伍", ["郑坤"], "中共某村支部委员会"),
        ("小区党支部领航物业治理", ["罗敏"], "中共某社区委员会")]
    # (each subhead a paragraph of its own, though the paragraph under it is set in as well)
    assert projects[0].body == ("## 一、项目背景\n\n辖区内有快递、外卖配送站点三十余个，从业人员一千五百余人，"
                                "党组织对其覆盖还不够。\n\n## 二、主要举措\n\n在商圈、社区新建“红色驿站”六个，"
                                "配备饮水、充电、休息等设施。")
    # the piece numbers over the fields are no body of the piece before
    assert not projects[0].body.endswith("项目二") and "项目三" not in projects[1].body


def test_pieces_signed_far_right_end_there_and_the_next_title_opens_the_next():
    """A study class's 心得体会 and a magazine's readers' letters, typed in a word processor: each
    piece's signature (and date) set far right under its last sentence, the next title flush."""
    far = "　" * 10
    lines = ["某县读书班学员学习心得体会选编", "编者的话",
             "　　读书班结业时，每名学员提交了一篇学习心得。现从中选登三篇，",
             "供全县党员干部交流参考。",
             far + "县委组织部干部教育科", far + "2026年4月22日",
             "在读原著中把稳思想之舵",
             "　　七天的读书班，时间不长，收获很多。最深的一点体会是，",
             "理论学习来不得半点浮躁，只有沉下心来读原著，才能把方向把准。",
             "　　回到岗位后，我将坚持每天读原著半小时。",
             far + "县发展和改革局　韦东",
             "把学习成果转化为为民服务的实效",
             "　　在乡镇工作，群众的事大多是小事，但每一件小事都连着民心。",
             "读书班上，我反复研读关于群众路线的论述，有了更深的理解。",
             far + "某镇党委书记", far + "段远",
             "请关注流动党员的组织生活",
             "　　我儿子是一名党员，常年在外地打工，组织关系还在村里。",
             "希望各地为流动党员参加组织生活想想办法，让他们离乡不离党。",
             far + "一名老党员", far + "2026年3月"]
    result = split_checked("\r\n".join(lines).encode("gbk"), "xinde.txt")
    assert [(a.title, a.authors, a.unit) for a in result.articles] == [
        ("编者的话", ["县委组织部干部教育科"], None),     # (the compiler's own text: the office that signs it, its author)
        ("在读原著中把稳思想之舵", ["韦东"], "县发展和改革局"),
        ("把学习成果转化为为民服务的实效", ["段远"], "某镇党委书记"),
        ("请关注流动党员的组织生活", [], None)]
    assert result.articles[1].body.endswith("我将坚持每天读原著半小时。")
    assert result.articles[3].body.endswith("让他们离乡不离党。")
    signed = {d.text.strip() for d in result.dropped if d.code == "end-line"}
    assert {"县发展和改革局 韦东", "某镇党委书记", "段远", "一名老党员", "2026年3月"} <= signed


def test_a_collection_of_web_commentaries_is_no_web_page_and_its_numbered_parts_are_columns():
    """Commentaries collected from the web, each noting where it was first published and how often
    read: a page's own line (its publication line, its print button) is missing, so it is read
    as any collection; "一、理论网评" over a title and its byline names the part's column."""
    lines = ["某区网评引导员优秀作品选编", "",
             "一、理论网评", "",
             "“小切口”里的大民生", "作者：芸间（区委政研室）",
             "首发：某城发布微信公众号　2026-01-18　阅读量：1.3万", "",
             "这几天，不少市民在朋友圈晒出家门口新开的“口袋公园”。一块闲置地种",
             "上几棵树、摆上几张长椅，就成了老人晒太阳的好去处。", "",
             "民生无小事。把这些“小切口”一个个做好，群众的获得感就会积累起来。", "",
             "让“办事不求人”成为常态", "文/青禾", "",
             "前不久，一位市民在网上留言：给孩子办入学手续，原以为要跑好几个部",
             "门，结果在政务服务中心一个窗口就办完了，前后不到二十分钟。", "",
             "（本文首发于“某城网”评论频道，2026年2月9日）", "",
             "二、时评短论", "",
             "“躺平式”干部要不得", "石上松　某区税务局", "",
             "少数干部信奉“多干多错、少干少错、不干不错”，遇到难题绕着走，遇到",
             "矛盾往上推。这种心态，看似四平八稳，实则耽误的是发展。", "",
             "读懂“夜经济”里的烟火气", "作者：芸间（区委政研室）", "",
             "入夜的老街，灯火通明，小吃摊前排起长队。发展夜经济，既要放得开，",
             "也要管得好，让烟火气和好秩序相得益彰。", "",
             "首发：某城网　2026-03-02　阅读量：8600"]
    result = split_checked("\n".join(lines), "wangping.txt")
    assert [(a.title, a.authors, a.unit, a.section) for a in result.articles] == [
        ("“小切口”里的大民生", ["芸间"], "区委政研室", "理论网评"),
        ("让“办事不求人”成为常态", ["青禾"], None, "理论网评"),
        ("“躺平式”干部要不得", ["石上松"], "某区税务局", "时评短论"),
        ("读懂“夜经济”里的烟火气", ["芸间"], "区委政研室", "时评短论")]
    assert result.articles[1].body.endswith("前后不到二十分钟。")
    reasons = {d.text.strip()[:4]: d.reason for d in result.dropped}
    assert reasons["首发：某"] == "where the piece was first published"
    assert reasons["（本文首"] == "note of where the text was printed first"


def test_papers_saved_from_a_word_processor_with_their_credits_and_the_foreword_before_them():
    """A Party school's collection of course papers saved as text: the foreword signed by the
    school's office before the first paper; each paper's header — its author, the author's
    affiliation in brackets or labelled after the name, the tutor — over its abstract."""
    lines = ["某市委党校中青年干部培训班", "优秀结业论文选编",
             "前言",
             "　　撰写结业论文是培训班的一项教学环节。现选出两篇编印成册，供交流参考。",
             "某市委党校教务处", "2026年6月",
             "基层党组织领导乡村治理的实践困境与优化路径", "——以某镇为例",
             "郦文博", "（某市某镇党委，2026年春季中青班学员）", "指导教师：韦舟",
             "摘要：党组织领导的自治、法治、德治相结合的乡村治理体系是重要课题。",
             "关键词：基层党组织；乡村治理", "1　问题的提出",
             "　　乡村治理是国家治理的基石。某镇地处丘陵地带，辖十二个行政村。",
             "2　实践困境", "　　调研发现，部分村党组织书记年龄偏大，四十五岁以下的仅占两成多，",
             "后备力量不足。村民议事会等组织有的只挂牌子不运转，群众参与渠道不畅。",
             "3　优化路径", "　　要拓宽村干部来源渠道，注重从返乡创业人员、退役军人中培养发展，",
             "把村民议事会纳入村党组织领导之下规范运行，让群众的事由群众商量着办。",
             "　　要健全考核激励机制，把群众满意度作为评价村党组织书记的重要指标，",
             "对实绩突出的优先推荐为乡镇领导班子成员人选，激发干事创业的内生动力。",
             "参考文献", "[1]韦舟.乡村治理现代化的基层实践[M].某市：某出版社，2024.",
             "数字化赋能机关党建的探索与思考", "作者：蒋安　单位：某市数据局机关党委", "指导教师：邬和",
             "摘要：数字技术为机关党建提供了新的工具和场景。", "关键词：机关党建；数字化",
             "1　主要做法", "　　近年来，市直机关依托政务云平台建设“智慧机关党建”系统，",
             "把组织生活、党员学习和党费收缴搬到线上，机关党员的参与率明显提高。",
             "2　对策建议", "　　应坚持需求导向，精简功能模块，推动数据互联互通，让系统用起来。",
             "参考文献", "[1]邬和.智慧党建的实践逻辑[J].某党校学报，2025（3）."]
    result = split_checked("\n".join(lines).encode("utf-8-sig"), "lunwen.txt")
    assert [(a.title, a.authors, a.unit) for a in result.articles] == [
        ("前言", ["某市委党校教务处"], None),
        ("基层党组织领导乡村治理的实践困境与优化路径", ["郦文博"], "某市某镇党委"),
        ("数字化赋能机关党建的探索与思考", ["蒋安"], "某市数据局机关党委")]
    assert result.articles[0].body.startswith("撰写结业论文是")
    assert result.articles[1].subtitle == "——以某镇为例"
    assert result.articles[2].body.endswith("推动数据互联互通，让系统用起来。")


def test_a_daily_digest_numbers_its_items_under_bracketed_columns():
    """A street office's daily digest: items numbered "1．", "2．" under bracketed columns,
    some closed by a credit, some not, one title wrapped inside its quotation marks."""
    lines = ["某街道党建工作动态", "（日报）", "2026年5月13日　星期三　　　　第88期", "某区某街道党工委党建办编",
             "【社区动态】",
             "1．社区党组织书记例会部署“夏季安全", "月”工作",
             "5月13日上午，街道党工委召开社区党组织书记例会，",
             "部署“夏季安全月”工作。会议要求各社区党组织组织",
             "党员开展防汛隐患排查，对发现的问题建立台账、限期",
             "整改。",
             "2．某社区党员“微心愿”认领墙上线",
             "某社区在党群服务中心设置“微心愿”认领墙，收集困",
             "难群众、留守儿童的小心愿，由辖区党员认领。首批上",
             "墙的32个心愿当天就被认领完毕。",
             "3．某社区开展“党员亮身份”活动",
             "某社区组织在职党员和离退休党员开展“亮身份、亮承",
             "诺、亮服务”活动，为217名党员家庭悬挂“党员户”",
             "标牌，公开服务承诺。",
             "【共建共治】",
             "4．街道与区税务局党委签订共建协议",
             "5月12日上午，街道党工委与区税务局党委签订党建共",
             "建协议，双方将在政策宣传、便民办税等方面开展合作。",
             "（街道党建办供稿）"]
    result = split_checked("\n".join(lines), "digest.txt")
    assert [(a.title, a.section) for a in result.articles] == [
        ("社区党组织书记例会部署“夏季安全月”工作", "社区动态"),
        ("某社区党员“微心愿”认领墙上线", "社区动态"),
        ("某社区开展“党员亮身份”活动", "社区动态"),
        ("街道与区税务局党委签订共建协议", "共建共治")]
    assert result.articles[2].body.endswith("公开服务承诺。")
    numbers = {d.text for d in result.dropped if d.code == "title-mark"}
    assert {"1．", "2．", "3．", "4．"} <= numbers


def test_official_documents_issuer_number_title_and_distribution():
    """A collection of official documents (公文): each under a numbered part, its issuer's
    masthead, its number, its title "关于…的意见" wrapped at any width, its addressees, its text,
    the issuer and date signing it, whom copies go to and the office's imprint."""
    doc = ["{issuer}文件", "{no}", "关于进一步加强农村党支部建设的", "意见",
           "各县委，地直各部委办局党组（党委）：",
           "　　农村实行家庭联产承包责任制以后，生产力得到解放，",
           "农村面貌发生很大变化。为此，地委提出如下意见。",
           "　　一、要把建设一个好的支部班子作为首要任务。",
           "　　二、党支部要带领群众勤劳致富，做到先富帮后富。",
           "　　　　　　　　　　{issuer}", "　　　　　　　　　　一九八五年三月十二日",
           "抄送：省委组织部。", "澄江地委办公室　　一九八五年三月十五日印发"]
    lines = ["一、基层组织建设", *[x.format(issuer="中共某江地委", no="某地发〔1985〕12号") for x in doc],
             "二、党员队伍建设", *[x.format(issuer="中共某江地委组织部", no="某地组发(1985)7号") for x in doc]]
    result = split_checked("\n".join(lines), "gongwen.txt")
    assert [(a.title, a.authors, a.section) for a in result.articles] == [
        ("关于进一步加强农村党支部建设的意见", ["中共某江地委"], "基层组织建设"),
        ("关于进一步加强农村党支部建设的意见", ["中共某江地委组织部"], "党员队伍建设")]
    assert result.articles[0].body.startswith("各县委，地直各部委办局党组（党委）：")
    assert result.articles[0].body.endswith("做到先富帮后富。")
    reasons = {d.text.strip(): d.reason for d in result.dropped}
    assert reasons["某地发〔1985〕12号"] == "date or source line under a title"
    assert reasons["抄送：省委组织部。"] == "masthead or distribution of a bulletin (its name, whom it goes to)"
    assert reasons["中共某江地委文件"].startswith("issuer of an official document")


def test_bracketed_parts_every_piece_has_are_no_entries_of_their_own():
    """Sign boards for a company's Party posts: each board's text in the same bracketed parts
    ("【服务承诺】", "【先锋事迹】"), the parts of each piece — a yearbook's entries are named once."""
    board = ["{name}党员先锋岗", "岗长：{head}",
             "【服务承诺】巡视不漏一台设备，操作不错一个步骤，缺陷不过一个班次。",
             "【先锋事迹】{deed}", ""]
    lines = ["某供电公司党员先锋岗上墙文字", ""]
    for name, head, deed in (("变电运维二班", "邢然", "迎峰度夏期间，先锋岗党员连续四十天坚守岗位，开展红外测温一千余次。"),
                             ("城区营业厅", "柯棠", "营业厅推出“办电一件事”服务，居民新装用电由原来跑三次变为跑一次。"),
                             ("电力抢修突击队", "阎崖", "一场特大暴雨中，突击队连夜奔赴受灾最重的三个乡镇抢修线路。")):
        lines += [x.format(name=name, head=head, deed=deed) for x in board]
    result = split_checked("\n".join(lines), "boards.txt")
    assert all(a.kind != "brief" for a in result.articles)
    assert not any(a.title in ("服务承诺", "先锋事迹") for a in result.articles)
    yearbook = ["组织工作", "【概况】　2025年，全县有基层党组织六百个，党员一万二千名。",
                "【理论学习】　年内，县委理论学习中心组开展集体学习十二次。",
                "【干部培训】　全年举办各类培训班四十期，培训干部五千人次。"]
    entries = split_checked("\n".join(yearbook), "yearbook.txt").articles
    assert [a.title for a in entries] == ["概况", "理论学习", "干部培训"]


def test_a_title_its_contents_list_with_a_page_opens_a_piece_where_nothing_else_marks_it():
    """Experience papers collected for a meeting: the third paper's title follows the second's
    last line with no signature, blank line or byline between — its contents entry
    ("把支部建在产业链上……6") shows it to be a title."""
    lines = ["某县经验交流材料", "目　　录", "以“三张清单”推动村级班子提质增效……2",
             "小网格连起大服务………………………4", "把支部建在产业链上……………………6",
             "以“三张清单”推动村级班子提质增效", "中共某镇委员会",
             "　　某镇辖14个行政村，村“两委”班子换届后，新进班子成员",
             "占比达到四成以上。镇党委推行村级班子清单管理。",
             "小网格连起大服务", "某街道党工委",
             "　　某街道是县城老城区所在地，常住人口5.6万人，老旧小区多、",
             "流动人口多。街道党工委以“红色网格”建设为抓手，把党组织建",
             "在网格上，居民满意度明显提升。",
             "把支部建在产业链上",
             "　　某乡是传统山区农业乡，茶叶、中药材种植面积较大，但长期",
             "存在小散弱、抱团难的问题。乡党委在产业链上建立党组织。",
             "（某乡党委）"]
    result = split_checked("\n".join(lines), "jiaoliu.txt")
    assert [(a.title, a.authors) for a in result.articles] == [
        ("以“三张清单”推动村级班子提质增效", ["中共某镇委员会"]), ("小网格连起大服务", ["某街道党工委"]),
        ("把支部建在产业链上", [])]     # ("（某乡党委）": the office that sent it, as a brief's credit)
    assert result.articles[1].body.endswith("居民满意度明显提升。")


def test_an_editors_mailbox_exported_as_text():
    """Mails exported from a mail client: the export's rules between mails and over a
    manuscript, each mail's headers (an attachment among them), a reply's quoted mail; the
    manuscript's byline, a unit and a name, under its title."""
    lines = ["邮件导出（文本格式）", "",
             "========== 邮件 1/2 ==========", "发件人: \"某村党支部\" <a@example.cn>",
             "收件人: 编辑部 <b@example.cn>", "主　题: 投稿——小院议事会", "附　件: 无", "",
             "-----稿件正文-----", "", "小院议事会议出了村里的新气象", "某村党支部　覃雨桐", "",
             "走进某村，农家小院里常常能看到这样的场景：几张板凳围成一圈，党员、村民代表和乡亲们",
             "你一言我一语，商量着村里的大事小情。", "",
             "========== 邮件 2/2 ==========", "发件人: 编辑部", "主　题: 回复: 关于来稿的修改", "",
             "-----原始邮件-----", "> 来稿已阅。建议压缩至一千五百字以内。"]
    result = split_checked("\n".join(lines), "mail.txt")
    [piece] = [a for a in result.articles if a.title == "小院议事会议出了村里的新气象"]
    assert (piece.authors, piece.unit) == (["覃雨桐"], "某村党支部")
    assert piece.body.endswith("商量着村里的大事小情。")
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons["附　件: 无"] == "header of an e-mail"
    assert reasons["-----稿件正文-----"] == reasons["========== 邮件 2/2 =========="] == "rule line"
    assert reasons["> 来稿已阅。建议压缩至一千五百字以内。"] == "quoted text of an earlier e-mail"


def test_a_speakers_line_with_the_day_of_the_speech_under_its_title():
    lines = ["在全县组织工作会议上的讲话", "县委常委、组织部部长　苗晴　（2026年3月18日）", "　　同志们：",
             "　　刚才，书记作了重要讲话，对全县组织工作提出了明确要求，我们要认真学习",
             "领会、抓好贯彻落实。下面，我就今年的组织工作讲几点具体意见。"]
    [speech] = split_checked("\n".join(lines), "speech.txt").articles
    assert (speech.title, speech.authors, speech.unit) == ("在全县组织工作会议上的讲话", ["苗晴"], "县委常委、组织部部长")


def test_a_bulletins_distribution_lines_are_furniture():
    """Bound bulletins (信息专报): each issue closed by whom it goes to and who signed it off."""
    issue = ["组　工　信　息　专　报", "{no}", "中共某县委组织部　　　　2026年4月16日", "━━━━━━━━━━━━━━━━", "",
             "{title}", "", "为解决部分村党组织书记后继乏人问题，某县从今年起在全县行政村建立后备力量库。",
             "（执笔：俞棠）", "", "报：市委组织部。", "送：县委常委，县人大常委会、县政府党组主要负责同志。",
             "签发：贺哲", "━━━━━━━━━━━━━━━━", ""]
    lines = [x.format(no=no, title=title) for no, title in (("2026年第3期", "某县建立村级后备力量“育苗池”"),
                                                           ("2026年第4期", "“周末夜校”让流动党员学习不断线"))
             for x in issue]
    result = split_checked("\n".join(lines), "zhuanbao.txt")
    assert [a.title for a in result.articles] == ["某县建立村级后备力量“育苗池”", "“周末夜校”让流动党员学习不断线"]
    reasons = {lines[d.line - 1]: d.reason for d in result.dropped}
    assert reasons["报：市委组织部。"] == reasons["签发：贺哲"] == "masthead or distribution of a bulletin (its name, whom it goes to)"


def test_a_collections_title_printed_over_its_pages_names_no_column():
    """A speeches' collection prints its cover's title as the running head of every page: the
    head separates pages, but is no column of the speeches under it."""
    head = "某县领导讲话汇编（2026年第一辑）"
    speech = ["{title}", "——在全县{meeting}上的讲话", "{post}　{name}　（2026年3月18日）", "　　同志们：",
              "　　今天召开这次会议，主要任务是总结去年工作，部署今年任务。刚才，三个单位",
              "作了交流发言，讲得都很好，请大家认真学习借鉴。下面，我讲三点意见。",
              "　　一、{part}", "　　过去一年，全县各级党组织认真落实管党治党责任，各项工作取得明显成效。",
              "- {page} -", head]
    lines = ["某县领导讲话汇编", "（2026年第一辑）", "中共某县委办公室　编", "目　　录",
             "夯实基层基础　建强战斗堡垒……………………1", "以严的基调推进全面从严治党……………………5", head]
    for page, (title, meeting, post, name, part) in enumerate((
            ("夯实基层基础　建强战斗堡垒", "基层党建工作推进会", "县委书记", "桂远", "准确把握新形势"),
            ("以严的基调推进全面从严治党", "全面从严治党工作会议", "县委副书记、县长", "邵川", "压紧压实责任")), 1):
        lines += [x.format(title=title, meeting=meeting, post=post, name=name, page=page, part=part) for x in speech]
    result = split_checked("\n".join(lines), "jianghua.txt")
    assert [(a.title, a.authors, a.section) for a in result.articles] == [
        ("夯实基层基础 建强战斗堡垒", ["桂远"], None), ("以严的基调推进全面从严治党", ["邵川"], None)]


def test_boxes_every_piece_prints_under_its_byline_stay_in_the_piece():
    # (Part AB's 家风家训 selection: "【家训】" right under a piece's byline is a part of its body,
    # and so, then, is every label over no title — a column's label stands over titles)
    pieces = [("“勤俭”二字记心间", "□ 某区审计局　鲁明川", "【家训】", ["勤俭持家，清白做人；", "公家之物，分文不取。"],
               "【家风故事】", "　　祖父当了一辈子生产队会计，账本上从没错过一分钱。", "（整理：苗青）"),
              ("父亲的三句话", "讲述人：舒雨禾（某区住建局）", "【家训】", ["说实话，办实事，", "守本分。"],
               "【我的感悟】", "　　父亲的三句话不长，我在工程项目上守了十几年。", "（整理：苗青）"),
              ("一张贴在门上的公约", "文/贺知远", "【家规】", ["一、晚饭后聊一聊；", "二、每周读一本书。"],
               "【家风故事】", "　　这份公约是全家人一起商量定下的，贴在门上已经五年。", "")]
    lines = ["家风家训选编", "某区直机关工委　编"]
    for title, byline, box, rules, story_box, story, writer in pieces:
        lines += [title, byline, box, *rules, story_box, story, "家里人都记得这件事，也都照着做。"]
        lines += [writer] if writer else []
    result = split_checked("\n".join(lines), "jiafeng.txt")
    assert [(a.title, a.authors) for a in result.articles] == [
        ("“勤俭”二字记心间", ["鲁明川"]), ("父亲的三句话", ["舒雨禾"]), ("一张贴在门上的公约", ["贺知远"])]
    assert all(a.section is None for a in result.articles)
    first = result.articles[0].body
    assert "家训" in first and "家风故事" in first and "祖父当了一辈子" in first
    assert "我的感悟" in result.articles[1].body


def test_speeches_titled_over_their_salutations_and_signed_in_a_closing_bracket():
    # (Part AB's ceremony booklet: no byline under two of the titles; the salutation under a
    # title shows it to be a speech's, the bracket closing it names the speaker)
    lines = ["纪念章颁发仪式材料", "某街道党工委", "2026年6月28日",
             "初心如磐　使命在肩", "王守田（某社区第一党支部）", "尊敬的各位领导，同志们：",
             "今天我从组织手中接过纪念章，心情十分激动。", "五十年来，我始终记着入党时的誓言。", "谢谢大家！",
             "接过接力棒　走好新的长征路", "各位领导、各位前辈，同志们：",
             "刚才，我和其他新党员一起面向党旗庄严宣誓。", "作为一名社区医生，我将把誓词落实到每一次上门随访中。",
             "（新党员代表　某社区卫生服务中心　柯一帆）",
             "在纪念章颁发仪式上的讲话", "某街道党工委书记　卢启明", "（2026年6月28日）", "同志们：",
             "今天，我们在这里隆重举行纪念章颁发仪式。", "希望全街道广大党员以老党员为榜样，在基层治理中当先锋。"]
    result = split_checked("\n".join(lines), "ceremony.txt")
    assert [(a.title, a.authors, a.unit) for a in result.articles[-3:]] == [
        ("初心如磐 使命在肩", ["王守田"], "某社区第一党支部"),
        ("接过接力棒 走好新的长征路", ["柯一帆"], "某社区卫生服务中心"),
        ("在纪念章颁发仪式上的讲话", ["卢启明"], "某街道党工委书记")]
    assert result.articles[-2].body.startswith("各位领导、各位前辈，同志们：")


def test_a_document_known_by_its_adoption_line_and_papers_signed_with_a_label():
    # (Part AB's appraisal file: a cover dated in Chinese numerals over a document whose title
    # shows itself by the adoption line under it; self-appraisals signed "党员：name" and dated)
    lines = ["某局机关第二党支部", "2025年度民主评议党员工作资料", "", "二〇二六年一月",
             "关于开展2025年度民主评议党员工作的实施方案", "（2026年1月5日支部委员会会议研究通过）",
             "根据有关规定，结合支部实际，现就开展民主评议党员工作制定如下方案。",
             "一、评议对象。支部全体正式党员。", "二、方法步骤。学习动员、个人自评、党员互评、组织评定。",
             "某局机关第二党支部委员会", "2026年1月5日", "",
             "对照标准找差距　立足岗位作表率", "——2025年度民主评议党员个人总结",
             "2025年，我在质量安全监管股工作，坚持把学习作为第一要务。",
             "对照党员标准，我还存在服务意识不够强的问题，今后将主动看齐。",
             "党员：牛静怡", "2026年1月11日", "",
             "邹海平同志2025年度民主评议自评材料", "（预备党员，参加评议不评定等次）",
             "2025年6月，我被支部接收为预备党员，按时参加组织生活。", "预备期是考察期，更是成长期。",
             "党员：邹海平", "2026年1月12日"]
    result = split_checked("\n".join(lines), "appraisal.txt")
    plan, summary, material = result.articles
    assert plan.title == "关于开展2025年度民主评议党员工作的实施方案"
    assert plan.body.startswith("根据有关规定")
    assert (summary.title, summary.authors) == ("对照标准找差距 立足岗位作表率", ["牛静怡"])
    assert "党员：牛静怡" not in summary.body
    assert material.title == "邹海平同志2025年度民主评议自评材料" and material.authors == ["邹海平"]


def test_a_tables_caption_stays_in_its_text_and_an_office_signs_before_the_next_documents_issuer():
    # (a PDF's lines: paragraphs wrapped at the column's width, the table's cells set apart by
    # ideographic spaces)
    lines = ["优化结构　提升质量", "——全县党员队伍结构状况分析", "县委组织部组织科",
             "　　党员队伍结构是否合理，直接关系党组织的创造力、凝聚力和战",
             "斗力。对照近五年的统计数据，全县党员队伍结构持续改善。", "　　一、年龄结构逐步优化，老龄化问题依然突出",
             "　　五年来，全县35岁及以下党员占比由18.8%提高到21.3%，但61岁",
             "及以上党员仍占三分之一，部分山区村党员平均年龄超过58岁。",
             "表1　全县党员年龄结构变化情况（单位：名）", "年份　　35岁及以下　　36至60岁　　61岁及以上　　合计",
             "2020　　3962　　　　　9817　　　　7248　　　　　21027", "2025　　4705　　　　　9618　　　　7240　　　　　21563",
             "　　二、学历层次明显提升，农村党员学历偏低", "　　大专及以上学历党员占比五年提高了9.4个百分点，主要得益于",
             "机关事业单位和“两新”组织党员的增加。但农牧渔民党员中，初中",
             "及以下学历的仍占71.6%，接受新知识、运用新技术的能力不足。", "",
             "关于某村党支部换届选举结果的报告", "中共某镇委员会：",
             "　　经镇党委同意，我支部于2026年4月20日召开党员大会，选举产生了新一届支部委员会。",
             "　　妥否，请批复。", "中共某村支部委员会", "2026年4月21日", "",
             "中共某镇委员会文件", "某发〔2026〕17号", "关于某村党支部选举结果的批复", "某村党支部：",
             "　　你支部的报告收悉。经研究，同意选举结果。", "中共某镇委员会", "2026年4月24日"]
    result = split_checked("\n".join(lines), "statistics.txt")
    analysis, report, reply = result.articles
    assert analysis.title == "优化结构 提升质量" and "表1" in analysis.body and "学历层次" in analysis.body
    assert (report.title, report.authors) == ("关于某村党支部换届选举结果的报告", ["中共某村支部委员会"])
    assert reply.title == "关于某村党支部选举结果的批复"


def test_cards_numbered_x_zhi_n_with_header_fields_and_boxes():
    # (Part AB's promise cards: "承诺卡之一" numbers the card over its title; "【我的承诺】" under
    # the card's header fields, over a numbered list, is a box of the card, as are the labels
    # after it — no column, no cut)
    rule = "━━━━━━━━━━━━━━━━"
    cards = [("承诺卡之一", "“四点半课堂”的老园丁", "承诺人：葛秀珍", "所在支部：第二网格党支部",
              "党员身份：退休教师，1986年入党", ["1．每周二、周四下午到社区课堂辅导学生功课；", "2．每月参加一次楼道环境清理。"],
              ["　　一年来，葛秀珍风雨无阻，在课堂值守92次，辅导学", "生1100余人次。"]),
             ("承诺卡之二", "楼道里的“热心肠”", "承诺人：范立群", "所在支部：楼宇党支部", "党员身份：在职党员，2012年入党",
              ["1．每月到社区报到服务不少于1次；", "2．担任1号楼楼栋长，收集反馈居民诉求。"],
              ["　　范立群全年到社区报到服务15次，帮助居民解决楼", "道照明等问题19件。"])]
    lines = ["社区党员承诺践诺选编", "某社区委员会　编", rule]
    for number, title, who, branch, status, promises, done in cards:
        lines += [number, title, who, branch, status, "【我的承诺】", *promises, "【践诺情况】", *done,
                  "【群众评价】", "　　“有事找他，准没错。”——居民　许丽娟", "述诺时间：2026年12月8日", "评诺等次：好", rule]
    result = split_checked("\n".join(lines), "cards.txt")
    first, second = result.articles
    # (the card's title, not its number; the 承诺人 line under it is not read as a byline yet)
    assert first.title.startswith("“四点半课堂”的老园丁") and second.title.startswith("楼道里的“热心肠”")
    assert all(a.section is None and "我的承诺" in a.body and "群众评价" in a.body for a in result.articles)
    assert "葛秀珍风雨无阻" in first.body and "范立群全年" in second.body


def test_a_handbooks_running_head_printing_a_line_of_its_cover_names_no_column():
    # (Part AB's 学员手册: the running head prints the cover's third line, no column)
    lines = ["某县2026年村（社区）", "党组织书记示范培训班", "学　员　手　册", "", "中共某县委组织部", "2026年5月",
             "目　录", "致全体学员的一封信……………1", "学员学习管理规定……………2", "开班式讲话……………………3",
             "学员手册", "致全体学员的一封信", "各位学员：", "　　欢迎大家参加全县村（社区）党组织书记示范培训班。",
             "希望大家珍惜机会，学有所获。", "中共某县委组织部", "2026年5月10日", "·1·",
             "学员手册", "学员学习管理规定", "　　第一条　为加强培训班管理，保证培训质量，制定本规定。",
             "　　第二条　学员应按时参加各项教学活动，不得无故缺课。", "·2·",
             "学员手册", "守初心　强本领　争当乡村振兴“领头雁”", "——在全县村（社区）党组织", "书记示范培训班开班式上的讲话",
             "县委常委、组织部部长　聂长顺", "（2026年5月11日）", "　　同志们：",
             "　　今天，我们举办全县村（社区）党组织书记示范培训班，", "目的是提升大家抓党建、促振兴的本领。",
             "　　希望大家珍惜学习机会，学有所获、学有所成！"]
    result = split_checked("\n".join(lines), "manual.txt")
    letter, rules, speech = result.articles
    assert [a.section for a in result.articles] == [None, None, None]
    assert (letter.title, rules.title) == ("致全体学员的一封信", "学员学习管理规定")
    assert (speech.authors, speech.unit) == (["聂长顺"], "县委常委、组织部部长")
    assert speech.body.startswith("同志们：")


def test_a_proposals_number_over_its_title_is_no_part_of_it():
    lines = ["编印说明", "　　现将部分代表提议及办理答复汇编印发，供各级党组织参考。", "县委党代表联络服务办公室", "2026年11月",
             "", "提议第3号", "关于加强村级后备干部队伍建设的提议", "领衔代表：钟砚秋（某镇党委书记）",
             "　　近年来，部分村后备干部数量不足、结构不优，影响村级组织建设。",
             "　　建议拓宽选人渠道，强化实践培养，健全激励机制。"]
    result = split_checked("\n".join(lines), "proposals.txt")
    assert result.articles[-1].title == "关于加强村级后备干部队伍建设的提议"


def test_a_numbered_notice_sending_plans_on_and_the_plans_after_it():
    # (Part AB's 整顿方案 file: a notice under its number is filed as printed, its attachments
    # after its signature are pieces of their own)
    lines = ["某乡软弱涣散村党组织整顿转化方案汇编", "某乡党建办　2026年3月", "",
             "中共某县某乡委员会", "某发〔2026〕9号", "关于印发《某村等2个村党组织整顿转化方案》的通知",
             "各村党组织，乡直各单位：", "　　现将两个村的整顿转化方案印发给你们，请认真抓好落实。",
             "附件：1．东岭村党支部整顿转化方案", "2．石碾村党支部整顿转化方案",
             "中共某县某乡委员会", "2026年3月12日", "",
             "附件1", "东岭村党支部整顿转化方案", "整顿类型：班子不团结　　包村领导：方敬",
             "　　一、存在问题", "　　班子成员之间沟通不够，议事决策效率不高。", "　　二、整顿措施",
             "　　乡党委副书记每月到村召开一次班子会议，帮助理顺关系。", "",
             "附件2", "石碾村党支部整顿转化方案", "整顿类型：矛盾纠纷多　　包村领导：石峻",
             "　　一、存在问题", "　　受土地征收补偿分配问题影响，村内信访矛盾较多。", "　　二、整顿措施",
             "　　开展矛盾纠纷大排查大化解，由工作组逐户走访。", "某乡党委驻石碾村整顿工作组", "2026年3月15日"]
    result = split_checked("\n".join(lines), "plans.txt")
    notice, first, second = result.articles
    assert notice.title == "关于印发《某村等2个村党组织整顿转化方案》的通知"
    assert first.title == "东岭村党支部整顿转化方案" and second.title.startswith("石碾村党支部整顿转化方案")
    assert "请认真抓好落实" in notice.body and "班子成员之间沟通不够" in first.body


def test_a_reply_known_as_a_document_and_its_contact_line_no_title():
    # (Part AB's proposals: "…的答复" under its number is a document; the bracketed contact line
    # after its signature closes it, no title of what follows)
    lines = ["关于县党代会代表提议第3号的答复", "某组函〔2026〕21号", "钟砚秋代表：",
             "　　您领衔提出的提议收悉。经研究，现答复如下：今年起，我部会同有关部门开展村级后备干部专项储备。",
             "　　感谢您对组织工作的关心和支持。", "中共某县委组织部", "2026年6月18日",
             "（联系人：宋宜　联系电话：0000-0000000）", "",
             "关于对代表提议第7号办理情况的答复", "某组函〔2026〕35号", "唐明蕙代表：",
             "　　您提出的提议收悉。今年以来，县委组织部联合制定了村级阵地共建共享办法。", "中共某县委组织部",
             "2026年10月27日"]
    result = split_checked("\n".join(lines), "replies.txt")
    assert [(a.title, a.authors) for a in result.articles] == [
        ("关于县党代会代表提议第3号的答复", ["中共某县委组织部"]),
        ("关于对代表提议第7号办理情况的答复", ["中共某县委组织部"])]
    assert "联系人" not in result.articles[0].body


def test_a_logs_dated_days_open_entries_of_one_piece_not_briefs():
    # (Part Y's grid logs: "5月12日　星期一　阴" over each day's entry, in a narrow column; the
    # days are the log's body, each log one piece under its title — no dated news briefs)
    lines = ["某街道“楼栋日志”选登", "2026年第2期", "",
             "一位楼栋长的三天",
             "5月12日　星期一　阴", "　　走访：六楼的独居老人说水管", "漏水，当天联系物业上门修好，", "老人很高兴。",
             "5月14日　星期三　晴", "　　走访：二楼住户反映楼道堆放", "杂物，约好周末一起清理干净。",
             "5月16日　星期五　多云", "　　办结情况：楼道杂物全部清走", "了，住户在群里道谢。", "",
             "小区门口的新车棚",
             "2026年5月20日　居民议事", "　　议事：居民提出电动车充电难", "，大家商量在门口建车棚。",
             "2026年5月27日　现场察看", "　　察看：车棚选址已经确定，施", "工队下周进场。"]
    result = split_checked("\n".join(lines), "logs.txt")
    assert [(a.kind, a.title) for a in result.articles] == [
        ("article", "一位楼栋长的三天"), ("article", "小区门口的新车棚")]
    first, second = result.articles
    assert "5月14日" in first.body and "楼道杂物全部清走" in first.body
    assert "2026年5月27日" in second.body and "施工队下周进场" in second.body


def test_a_picture_the_typed_copy_left_out_is_dropped_as_media():
    lines = ["学习笔记二则", "", "读书笔记", "作者：祁文澜",
             "　　今天读了一篇关于调查研究的文章，记下三点体会。第一，要带着问题下去。",
             "【此处为手写笔记照片，略】",
             "　　第二，要听真话、察实情。第三，要把办法带回来，解决群众身边的事。"]
    result = split_checked("\n".join(lines), "notes.txt")
    (note,) = [a for a in result.articles if a.title == "读书笔记"]
    assert note.authors == ["祁文澜"]
    assert "照片" not in note.body and "第二，要听真话" in note.body
    assert [d.code for d in result.dropped if "照片" in d.text] == ["media"]


def test_teaching_designs_numbered_with_their_parts_and_credits():
    # (Part AD's lesson designs: "设计一" over the title and its "——" line; numbered parts inside,
    # a blackboard's two lines between "四、" and "五、", run-in steps that are no yearbook's
    # entries; who taught it over or under the design)
    lines = ["某中学思政课教学设计选编", "",
             "设计一", "", "一条老街的变迁", "——七年级道德与法治“家乡的发展”教学设计",
             "授课教师：简素心　　授课班级：七年级（2）班　　课时：1课时", "",
             "一、教学目标", "　　让学生从家乡老街的变化中体会改革发展的成果。",
             "二、教学过程",
             "　　【情境导入】展示老街三十年前后的照片，请学生说出变化。",
             "　　【合作探究】分组采访家中长辈，整理老街的故事。",
             "　　【课堂小结】师生共同归纳：发展成果由人民共享。",
             "三、板书设计", "老街——新街", "变化　成果　共享", "四、教学反思",
             "　　学生参与热情高，采访环节还可以更充分。", "",
             "设计二　一封家书的分量", "——八年级“传承红色基因”议题式教学设计", "",
             "一、议题设置", "　　总议题：家书里写了什么？信仰从哪里来？",
             "二、教学过程", "　　学生分组朗读先烈家书，交流读后感受。",
             "（执教：蓝若水　评析：岑启明）", "",
             "设计三", "", "到田间地头去", "——小学五年级劳动与思政融合活动设计",
             "设计：某中学附属小学　党员教师　骆青禾", "",
             "一、活动目标", "　　带领学生走进田间，体验劳动的辛苦与收获的喜悦。"]
    result = split_checked("\n".join(lines), "designs.txt")
    designs = [a for a in result.articles if a.kind == "article" and a.title != "某中学思政课教学设计选编"]
    assert [(a.title, a.authors) for a in designs] == [
        ("一条老街的变迁", ["简素心"]), ("一封家书的分量", ["蓝若水"]), ("到田间地头去", ["骆青禾"])]
    first = designs[0]
    assert first.subtitle.startswith("——七年级") and designs[2].unit == "某中学附属小学"
    assert "【合作探究】" in first.body and "变化成果共享" in han(first.body) and "四、教学反思" in first.body
    assert not [a for a in result.articles if a.kind == "brief"]


def test_a_credit_naming_what_was_written_before_the_authors_word():
    lines = ["退休不褪色", "笔记作者：宁守拙（区教育局退休党员）",
             "　　退休以后，我学会了用手机参加支部的线上学习，每天记下一段体会。"]
    (note,) = split_checked("\n".join(lines), "note.txt").articles
    assert (note.title, note.authors, note.unit) == ("退休不褪色", ["宁守拙"], "区教育局退休党员")


def test_an_agreement_closed_by_its_seals_and_signatures():
    # (Part AD's 责任书: the parties' seals, who signed for them and the date close it — no
    # title of what follows; each sealing party an author)
    lines = ["2026年度安全生产责任书",
             "　　为落实安全生产责任制，经研究，双方签订本责任书。乙方全年不发生较大安全事故。",
             "　　本责任书一式两份，双方各执一份。",
             "甲方（盖章）：中共某县交通运输局党组",
             "党组书记（签字）：滕景和",
             "乙方（盖章）：中共某县公路养护中心支部委员会",
             "支部书记（签字）：邬晓岚",
             "签订日期：2026年2月20日",
             "廉洁从政承诺书",
             "　　本人郑重承诺：严守纪律规矩，不利用职务便利为他人谋取利益。"]
    result = split_checked("\n".join(lines), "pledges.txt")
    agreement, pledge = result.articles
    assert agreement.title == "2026年度安全生产责任书"
    assert agreement.authors == ["中共某县交通运输局党组", "中共某县公路养护中心支部委员会"]
    assert "签字" not in agreement.body and "签订日期" not in agreement.body
    assert pledge.title == "廉洁从政承诺书" and pledge.body.startswith("本人郑重承诺")


def test_closing_credits_with_a_unit_first_a_status_or_a_compilers_word():
    # (Part AD's 战报 and 事迹材料: "（某供电所　通讯员　name）", "（文/图：实践站志愿者　name）",
    # "（材料整理：unit　name）")
    lines = ["防汛保电战报", "",
             "■党员突击队连夜抢修线路",
             "　　暴雨导致线路跳闸，突击队连夜巡线，凌晨三点恢复送电。",
             "（某镇供电所　通讯员　柴映川）", "",
             "■“银龄课堂”教老人用手机",
             "　　志愿者手把手教老人用手机挂号、缴费，二十多位老人参加。",
             "（文/图：实践站志愿者　庞雨桐）", "",
             "扎根一线十五年的“路医生”",
             "　　他参加工作十五年，一直奋战在公路养护一线，带出了六名技术骨干。",
             "（材料整理：某市公路事业发展中心党支部　魏蓝溪）"]
    result = split_checked("\n".join(lines), "credits.txt")
    assert [(a.authors, a.role, a.unit) for a in result.articles] == [
        (["柴映川"], "通讯员", "某镇供电所"), (["庞雨桐"], None, None), (["魏蓝溪"], None, "某市公路事业发展中心党支部")]
    assert not any("通讯员" in a.body or "整理" in a.body for a in result.articles)


def test_a_study_groups_plan_and_speeches_under_the_collections_running_head():
    # (Part AD's 中心组 materials: the collection's title, the first lines of the text, printed
    # again at each page's head is no column; the plan's last line and its signature after a page
    # turn close the plan; a heading far above the note is no group heading; "post　name" under a
    # speech's title is its byline; "（…未经本人审阅）" closes a speech, naming no one)
    head = "某区审计局党组理论学习中心组学习资料"
    lines = ["某区审计局党组", "理论学习中心组学习资料", "2026年8月",
             "某区审计局党组理论学习中心组", "2026年学习计划",
             "　　为推进党的创新理论武装，加强中心组学习，推动学习成果转",
             "化为审计工作的实际成效，结合实际，制定本计划。",
             "一、学习重点",
             "　　深入学习党的创新理论，学习党纪党规和审计法律法规，学习",
             "　　　　　　　　　　　　— 1 —", head,
             "审计业务知识。",
             "二、有关要求",
             "　　中心组成员要带头学、深入学，局办公室做好学习记录，每半",
             "　　　　　　　　　　　　— 2 —", head,
             "年报送一次学习情况。",
             "　　　　　　　　　　　　　　　　　　中共某区审计局党组",
             "　　　　　　　　　　　　　　　　　　　　　　2026年1月21日",
             "第三季度专题研讨发言摘要",
             "　　【编者按】9月10日，局党组理论学习中心组开展专题研讨，现将部分成员发言摘要刊",
             "发，供全局党员干部学习参考。",
             "以严明纪律护航审计事业",
             "局党组书记、局长　卓远帆",
             "　　审计工作点多面广，廉政风险不容忽视。作为党组书记，我深感肩上责任重大，要",
             "把纪律挺在前面，重大事项集体研究，坚决杜绝“一支笔”审批。",
             "　　　　　　　　　　　　— 3 —", head,
             "守住审计工作的廉洁底线",
             "□ 党组成员、副局长　伍清泉",
             "　　我分管审计业务。对照党纪学习教育的要求，我认为在审计取证、报告审核等环节",
             "还存在制度执行不够严格的问题，下一步要建立集体会商制度。",
             "（根据发言录音整理，未经本人审阅）"]
    result = split_checked("\n".join(lines), "study.txt")
    plan, note, first, second = result.articles
    assert plan.authors == ["中共某区审计局党组"] and plan.body.endswith("每半年报送一次学习情况。")
    assert (note.kind, note.title) == ("editor_note", "第三季度专题研讨发言摘要")
    assert (first.title, first.authors, first.unit) == ("以严明纪律护航审计事业", ["卓远帆"], "局党组书记、局长")
    assert (second.authors, second.unit) == (["伍清泉"], "党组成员、副局长")
    assert "审阅" not in second.body and not [a for a in result.articles if a.section]


def test_a_marked_place_and_headline_heads_a_practice_not_a_photo():
    # (Part AD's 好做法摘编: "▲县人民医院：党支部建在科室上" over its text and credit is the
    # practice's headline; "▲" over a sentence stays a photo's caption)
    lines = ["好做法摘编", "",
             "▲薷湾乡：推行“党员中心户”联系群众制度",
             "　　薷湾乡在全乡选树党员中心户八十七户，每户联系周边群众十余户，全年帮助解决实际问题四百三十余件。",
             "（薷湾乡党委供稿）",
             "▲县人民医院：党支部建在科室上",
             "　　县人民医院按照“支部建在科室上”的思路调整党组织设置，由科室主任中的党员担任支部书记。",
             "▲党员志愿者在社区为老人义诊。",
             "（县人民医院党委供稿）"]
    result = split_checked("\n".join(lines), "practices.txt")
    assert result.articles[-1].title == "县人民医院：党支部建在科室上"
    assert "义诊" not in result.articles[-1].body


def test_cases_numbered_on_their_own_line_or_on_the_titles_and_a_departments_byline():
    # (Part AD's 医德医风 cases: "案例一" over its title, "案例二　title" on one line; "文/护理部　name")
    lines = ["【正面典型】",
             "一面锦旗背后的七个夜晚", "文/护理部　嵇婉婷",
             "　　今年二月，重症医学科收到一面特殊的锦旗。家属不在身边的七个夜晚，党员护士轮流守在床旁。",
             "【反面警示】",
             "案例一", "某科室医生违规收受回扣被严肃处理",
             "　　【基本情况】某科室医生王某利用处方权，多次收受医药代表给予的回扣。",
             "　　【处理结果】院党委给予王某党内严重警告处分。",
             "案例二　某护士服务态度生硬引发患者投诉",
             "　　【基本情况】一名患者家属询问输液进度，当班护士李某语气生硬，家属随即投诉。",
             "　　【处理结果】所在支部对其进行了批评教育，李某向患者家属道歉。"]
    result = split_checked("\n".join(lines), "cases.txt")
    assert [(a.title, a.section) for a in result.articles] == [
        ("一面锦旗背后的七个夜晚", "正面典型"), ("某科室医生违规收受回扣被严肃处理", "反面警示"),
        ("某护士服务态度生硬引发患者投诉", "反面警示")]
    assert (result.articles[0].authors, result.articles[0].unit) == (["嵇婉婷"], "护理部")
    assert "李某" not in result.articles[1].body


def test_a_forms_header_over_each_piece_is_its_subjects_record_not_its_title():
    # (Part AD's “两优一先” materials: a 推荐表's header fields over each 事迹 piece; the
    # numbered part counting its pieces is their column)
    lines = ["一、优秀共产党员（2名）",
             "推荐对象基本情况",
             "姓　　名：祁远舟　　性　　别：男　　民　　族：汉族",
             "出生年月：1986.03　　入党时间：2010.06　　学　　历：大学本科",
             "工作单位及职务：某市公路事业发展中心养护科科长",
             "拟推荐类别：优秀共产党员",
             "扎根一线十五年的“路医生”",
             "　　他参加工作十五年，一直奋战在公路养护一线，同事们都叫他“路医生”。",
             "（材料整理：某市公路事业发展中心党支部　魏青溪）",
             "推荐对象基本情况",
             "姓　　名：俞晚晴　　性　　别：女　　民　　族：汉族",
             "出生年月：1991.11　　入党时间：2015.07　　学　　历：大专",
             "工作单位及职务：某汽车客运总站服务台主管",
             "拟推荐类别：优秀共产党员",
             "一张服务台　一片为民心",
             "——记某汽车客运总站“晚晴服务台”负责人俞晚晴",
             "　　在候车大厅，有一张挂着党员示范岗牌子的服务台，群众都叫它“晚晴服务台”。",
             "（执笔：薛沐川）"]
    result = split_checked("\n".join(lines), "merits.txt")
    assert [(a.title, a.section) for a in result.articles] == [
        ("扎根一线十五年的“路医生”", "优秀共产党员"), ("一张服务台 一片为民心", "优秀共产党员")]
    assert not any("出生年月" in a.body or "姓" in a.body[:2] for a in result.articles)
    assert {d.code for d in result.dropped if "出生年月" in d.text} == {"record-fields"}
