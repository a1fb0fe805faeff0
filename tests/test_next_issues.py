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
