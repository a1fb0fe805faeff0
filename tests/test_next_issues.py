"""Next issues of the sample layouts (Part AN of the hand-written corpus): what a new issue of a
known publication brings that its sample did not. Small texts written for these tests, split
through the whole pipeline as `split FILE` splits them."""
from __future__ import annotations

from conftest import split_checked


def spaced(lines: list[str]) -> str:
    """The lines with a blank line after each, as the city magazine's extraction gives them."""
    return "\n".join(x for line in lines for x in ("", line))


def test_an_issue_opening_in_another_issues_article_gives_an_untitled_fragment():
    text = spaced([
        "率，2025 年，区委召开常委会专题研究基层",
        "党建工作 4 次，对全区 9 个街道党工委书记",
        "逐一开展述职评议，评议结果与年度考核挂钩。",
        "以考核为抓手，压实党建责任",        # (a heading cut off with its text)
        "卷 首 语",
        "基层是一切工作的落脚点。今年以来，全市上下推动基层党组织建设在补短板、强弱项上持续用力。",
        "抓基层要有久久为功的韧劲，把基层党建工作抓在手上、扛在肩上。",
        "把基层基础抓在经常落在日常",
        " 党 建 视 点",
        "以严实作风推动工作落地见效",
        "钟 琏",
        "作风建设关乎事业成败。组织部门更要在转作风、提效能上走在前、作表率。",
        "要在调查研究上下功夫，多到基层一线听实情、摸底数，真正把情况搞清楚。",
        "（作者：某市委组织部组织一科科长）"])
    result = split_checked(text, "city.txt")
    fragment, foreword, piece = result.articles
    # the text before the first article is another issue's: its heading is no title of it
    assert fragment.kind == "fragment" and fragment.title is None
    assert fragment.body.startswith("率，2025 年") and fragment.body.endswith("以考核为抓手，压实党建责任")
    assert foreword.title == "把基层基础抓在经常落在日常" and foreword.section == "卷首语"
    # a body under its label and signed title opens its article ("作风建设关乎事业成败。" is no
    # sentence's tail an earlier body goes on with)
    assert piece.title == "以严实作风推动工作落地见效" and piece.authors == ["钟琏"]
    assert piece.body.startswith("作风建设关乎事业成败。") and piece.unit == "某市委组织部组织一科科长"


def test_a_picture_news_caption_is_the_text_of_its_headline():
    text = "\n\n".join([
        "图片新闻",
        "田间课堂学技术",
        "近日，某县一名农技专家党员在田间为种植户讲解春季水稻育秧技术，助力春耕生产。（沈玥摄）",
        "潮头观澜",
        "在为民服务中践行初心",
        "许琏",
        "为民服务是共产党人的初心所在。每一名党员都要把群众的小事当作自己的大事。",
        "只有把群众放在心上，才能赢得群众的信任和支持。"])
    result = split_checked(text, "page.txt")
    photo, comment = result.articles
    # the picture's caption is all the news its headline has (its credit names no author)
    assert photo.title == "田间课堂学技术" and photo.section == "图片新闻" and photo.authors == []
    assert photo.body.startswith("近日，某县一名农技专家党员")
    assert comment.title == "在为民服务中践行初心" and comment.authors == ["许琏"]


def column(text: str, width: int = 22) -> list[str]:
    return [text[k:k + width] for k in range(0, len(text), width)]


def test_the_opening_words_column_holds_one_piece():
    text = "\n".join([
        "", "卷首语", "", "在学思践悟中提升理论研究质量", "",
        *column("本期刊发的几篇文章，都来自教学科研一线，共同的特点是问题从实践中来、对策回到实践中去。"), "",
        *column("我们希望更多教研人员沉下身子、走进基层，用扎实的材料说话，写出能管用的文章。"), "",
        "本刊编辑部", "",
        "以“红色网格”激活社区治理末梢", "□ 沈书瑶", "",
        *column("社区是党和政府联系服务群众的最后一公里。近年来，一些街道把党支部建在网格上，把党员编入网格中，"
                "社区治理的精细化水平明显提高。"), "",
        "（作者单位：某市委党校）", "",
        "涵养风清气正的党内政治文化", "□ 周岚", "",
        *column("党内政治文化是党的建设的灵魂。涵养风清气正的党内政治文化，要从每一名党员做起，从每一次组织生活做起。"), "",
        "（作者单位：某市委党校）"])
    result = split_checked(text, "school.txt")
    assert [a.title for a in result.articles] == ["在学思践悟中提升理论研究质量", "以“红色网格”激活社区治理末梢",
                                                  "涵养风清气正的党内政治文化"]
    # the issue's opening words are its one piece: the papers after them are in no column
    assert [a.section for a in result.articles] == ["卷首语", None, None]


def test_a_site_pages_credits_line_closed_by_the_day_it_was_posted_names_its_author():
    text = "\n".join([
        "无障碍浏览", "欢迎访问中共某市委直属机关工作委员会", "", "激活机关青年理论学习“一池春水”", "",
        "【字体: 打印", "2026-05-20 00:00:00", "", " ", "", "激活机关青年理论学习“一池春水”", "",
        "来源:本站   作者:欧阳玥   2026年5月20日", "", " ", "",
        "青年干部是机关干部队伍的生力军。今年以来,市直机关工委聚焦青年干部理论学习,创新开展学习小组擂台赛。", "",
        "下一步,市直机关工委将健全青年理论学习长效机制,引导青年干部在学思践悟中坚定理想信念。", "", " ", "",
        "扫一扫在手机打开当前页"])
    (page,) = split_checked(text, "web.txt").articles
    assert page.title == "激活机关青年理论学习“一池春水”" and page.authors == ["欧阳玥"]


def test_lines_taken_for_a_title_over_a_sentences_last_word_open_a_fragment():
    # another issue's article cut off at the text's start, in a column narrower than the
    # foreword's: its two full lines look short beside the foreword's and read like a title,
    # but the line under them ends their sentence
    text = spaced([
        "纪律建设，把监督执纪挺在前面，严把选",
        "人关、用人关、考核关，确保干部队伍纯",
        "洁。",
        "（作者：某县纪委常委）",
        "卷 首 语",
        "作风建设永远在路上。全市各级党组织要把作风建设摆在突出位置，以好作风凝聚人心、推动发展。",
        "要坚持问题导向，拿出真招实策，让群众在身边感受到作风之变。",
        "以好作风开创新局面"])
    result = split_checked(text, "city.txt")
    fragment, foreword = result.articles
    assert fragment.kind == "fragment" and fragment.title is None
    assert fragment.body.startswith("纪律建设，把监督执纪挺在前面")
    assert foreword.title == "以好作风开创新局面" and foreword.section == "卷首语"


def test_a_pieces_first_column_printed_above_its_title_is_its_first_lines():
    # two pieces of a series whose headlines span a page's later columns: each page's first
    # column is printed above its title, the series' name runs at a page's head
    text = spaced([
        "基 层 风 采",
        "两年前，我从县直机关来到山区乡镇任",
        "职，第一次进村就被群众问住了。老支书",
        "对我说：“办法总比困难多，关键要多跑。”",
        "把根扎进泥土里",
        "邬以宁",
        " 从那以后，我一有空就往村里跑，跟着",
        "老支书挨家挨户走访，把群众的急难愁盼",
        "记在本子上，能办的马上办，难办的想",
        "基层风采",
        " 办法办。两年下来，我和乡亲们成了朋",
        "友，也真正懂得了什么叫为民服务。",
        "（作者：某县某乡党委副书记）",
        " 去年，我被派到县里的重点项目工地蹲",
        "点，负责协调施工中的各种矛盾。工期紧、",
        "任务重，我和同事们常常忙到深夜。",
        "在一线练就",
        "过硬本领",
        "祁墨",
        " 有一户群众对补偿有意见，我先后上门",
        "八次，一笔笔算清楚账，最终赢得了理解",
        "和支持。这段经历让我懂得，本领是在一",
        "线干出来的。",
        "（作者：某县发展和改革局干部）"])
    result = split_checked(text, "city.txt")
    first, second = result.articles
    # the column's first lines, above the headline that spans the others, open each piece
    assert first.title == "把根扎进泥土里" and first.authors == ["邬以宁"] and first.section == "基层风采"
    assert first.body.startswith("两年前，我从县直机关来到山区乡镇任职") and first.unit == "某县某乡党委副书记"
    assert second.title.replace(" ", "") == "在一线练就过硬本领" and second.authors == ["祁墨"]
    assert second.body.startswith("去年，我被派到县里的重点项目工地蹲点") and second.unit == "某县发展和改革局干部"


def test_an_untitled_article_before_a_signed_title_stays_an_article_of_its_own():
    # too long for a first column above a title: an article printed without title or byline
    first = ("调查研究是谋事之基、成事之道。当前，一些干部调研走马观花，只看盆景不看全景，"
             "调研报告写得洋洋洒洒，解决问题却乏善可陈。调研要多到矛盾集中、群众意见大的地方去，"
             "听真话、察实情；要在研究上下功夫，把调研成果转化为推动工作的具体举措，"
             "做到调研一次、解决一批、带动一片，让调查研究真正成为推动发展的有力武器。"
             "各级领导干部要带头深入基层，既要身入更要心至，同群众面对面交流、心贴心沟通。")
    text = "\n".join([
        "筑牢基层党建堡垒",
        "□ 闻一舟",
        *column("基层党组织是党的全部工作和战斗力的基础。要坚持抓基层、打基础，推动基层党组织全面进步、全面过硬。", 18),
        "（作者单位：某县委党校）",
        *column(first, 18),
        "以组织振兴引领乡村振兴",
        "□ 柏文渊",
        *column("乡村振兴，关键在党。要把党组织建设成为推动乡村振兴的坚强战斗堡垒，"
                "选优配强村级班子，让党员在产业发展中当先锋、作表率。", 18),
        "（作者单位：某市委党校）"])
    result = split_checked(text, "school.txt")
    before, untitled, titled = result.articles
    assert before.title == "筑牢基层党建堡垒" and before.body.endswith("全面过硬。")
    assert untitled.title_derived and untitled.authors == [] and untitled.body.startswith("调查研究是谋事之基")
    assert titled.title == "以组织振兴引领乡村振兴" and titled.body.startswith("乡村振兴，关键在党。")


def test_a_short_untitled_column_before_the_forewords_label_is_another_issues_fragment():
    # its first word cut in two ("员队伍建设" of 党员队伍建设): only its place, a few sentences
    # before the first column's label, tells it is the end of another issue's article
    text = spaced([
        "员队伍建设，推动机关党员到社区报到",
        "服务，认领群众微心愿 200 余个，解决",
        "停车难等问题 30 余件。",
        "卷 首 语",
        "干事创业，关键在人。全市各级组织部门要坚持事业为上、以事择人，让想干事的有机会、能干事的有舞台。",
        "要完善干部考核评价机制，树立重实干重实绩的用人导向，激励干部在服务大局中担当作为。",
        "在服务发展大局中彰显组织担当",
        " 党 建 视 点",
        "以严实作风推动工作落地见效",
        "钟 琏",
        "作风建设关乎事业成败。组织部门更要在转作风、提效能上走在前、作表率。",
        "（作者：某市委组织部组织一科科长）"])
    result = split_checked(text, "city.txt")
    fragment, foreword, piece = result.articles
    assert fragment.kind == "fragment" and fragment.body.startswith("员队伍建设")
    # the foreword's title printed after its body is its title, no author's name ("大局" is no
    # bureau's name)
    assert foreword.title == "在服务发展大局中彰显组织担当" and foreword.authors == [] and foreword.section == "卷首语"
    assert piece.title == "以严实作风推动工作落地见效"


def test_a_heading_and_a_note_opening_the_text_before_a_label_are_no_fragment():
    text = "\n".join([
        "某县革命纪念馆基本陈列",
        "“星火燎原——某县党组织创建历程展”展板文字",
        "说明：本稿为展板文字定稿，标“展板”者为大幅图文展板，展品说明牌另行印制。",
        "",
        "【展板一】",
        "序　言",
        "某县地处三省交界，山高路远。1927 年秋，第一个党支部在这里诞生，革命的火种从此点燃。",
        "【展板二】",
        "星火初燃",
        "1928 年春，县委在山区各村发展党员，建立农民协会，组织群众开展减租减息斗争。"])
    result = split_checked(text, "exhibit.txt")
    assert all(a.kind != "fragment" for a in result.articles)


def test_a_title_closing_a_column_takes_the_tail_after_a_running_head_of_the_piece_before():
    # piece A's title floats among its lines, the series' name runs at a page's head after it;
    # piece B's text follows A's last sentence on a new page, its title and signature printed
    # after it, right over the next column's label
    text = spaced([
        " “先 锋 驿 站” 建 设 巡 礼",
        "近年来，某区把党群服务驿站建在商圈、",
        "楼宇和快递网点，为新就业群体提供歇",
        "脚、饮水、充电等服务，让他们在城市",
        "驿站串珠成链",
        "服务暖心暖胃",
        "某区滨江街道党工委",
        " 里有了温暖的落脚点。街道党工委还依",
        "托驿站组建“骑手党支",
        "部”，吸纳骑手党员参加组织生活，引",
        "导他们在走街串巷中及时发现和上报安",
        "“先锋驿站”建设巡礼",
        " 全隐患。今年以来，骑手们共上报各类",
        "问题三百八十余条。",
        " 快递行业是新就业群体最集中的行业之",
        "一。市邮政管理局党组坚持行业管理与",
        "党建工作同步推进，指导快递企业建立",
        "党组织二十三个，实现规模以上快递企",
        "业党的组织全覆盖。局党组还在全行业",
        "开展“最美快递员”评选活动，让快递",
        "员职业更有尊严、更受尊重。",
        "党建聚合力 快递小哥有了“暖心家”",
        "某市邮政管理局党组",
        " 组 工 动 态",
        "9 月 3 日，某市委组织部召开全市新就",
        "业群体党建工作推进会，通报驿站建设",
        "情况。"])
    result = split_checked(text, "city.txt")
    first, second = result.articles[:2]
    assert first.title == "驿站串珠成链 服务暖心暖胃" and first.body.endswith("问题三百八十余条。")
    assert second.title == "党建聚合力 快递小哥有了“暖心家”" and second.authors == ["某市邮政管理局党组"]
    assert second.body.startswith("快递行业是新就业群体最集中的行业之一。")


def test_a_name_printed_over_the_title_it_signs_floating_in_a_sentence():
    text = spaced([
        "基 层 风 采",
        "石榴湾村地处县西部丘陵地带，村党总支",
        "书记带领党员成立石榴种植专业",
        "合作社，党员干部先种示范园，请来县农",
        "技站的专家现场指导。第一年示范园亩均",
        "收入超过八千元，村民们看到了实实在",
        "戴立春",
        "把“小石榴”做成“大产业”",
        " 在的效益，纷纷加入合作社。如今，全村",
        "石榴种植面积发展到一千六百亩。",
        "（作者：某县石榴湾村党总支书记）"])
    result = split_checked(text, "city.txt")
    piece, = result.articles
    assert piece.title == "把“小石榴”做成“大产业”" and piece.authors == ["戴立春"]
    assert "看到了实实在在的效益" in piece.body and piece.unit == "某县石榴湾村党总支书记"


def test_a_spaced_name_over_a_two_line_title_after_a_short_page_end():
    text = spaced([
        "基 层 风 采",
        "与城市相比，县域新就业群体规模相对较小，",
        "但分布更散、流动更快。某县立足县域实际，",
        "把“先锋驿站”建设与基层治理结合起来。",
        "一是多方联动强服务。由县委组织部牵头，",
        "每月固定一个“驿站服务日”，让服",
        "尤 晨",
        "让“先锋驿站”成为县域",
        "治理的红色节点",
        " 务更加常态。二是赋能赋权促参与，聘请快",
        "递员担任兼职网格员。",
        "（作者：某县委常委、组织部部长）"])
    result = split_checked(text, "city.txt")
    piece, = result.articles
    assert piece.title.replace(" ", "") == "让“先锋驿站”成为县域治理的红色节点" and piece.authors == ["尤晨"]
    assert "让服务更加常态。" in piece.body and piece.body.startswith("与城市相比")
