"""Texts read aloud or handed out, kinds nobody described (P10, Part AF of the hand-written
corpus): an exhibition hall's narration, a report meeting's speeches, policy leaflets, letters of
congratulation — and a party-school page whose article has neither title nor byline. Small texts
written for these tests, split through the whole pipeline as `split FILE` splits them."""
from __future__ import annotations

from conftest import split_checked

from qikan.text import han


def wrap(text: str, width: int = 20) -> list[str]:
    return [text[k:k + width] for k in range(0, len(text), width)]


def test_an_exhibitions_narration_its_halls_units_asides_and_page_feet():
    lines = ["某县革命纪念馆", "展厅讲解词", "",
             "第一展厅　星火初燃（1927—1937）", "第一单元", "油灯下的入党誓词",
             *wrap("　　各位来宾，这盏油灯陪伴了第一批党员的秘密会议。会议总在深夜举行，灯芯压得很低，"
                   "窗户用棉被遮住。（请大家往前走，看右侧的展墙）"),
             "某县革命纪念馆展厅讲解词　第1页",
             "第二单元", "山路上的交通站",
             *wrap("　　这面展墙上的地图，标出了当年交通员走过的山路。交通员把情报缝在鞋底里，"
                   "一夜要翻过两座山。（请随我进入第二展厅）"),
             "",
             "第二展厅　建设家乡（1949—1978）", "第三单元", "石头缝里的梯田",
             *wrap("　　大家请看这张照片。村党支部带着群众在石头缝里垒田，十年垒起了八百亩梯田，"
                   "种下了板栗。"),
             "（本单元讲解词撰稿：馆陈列研究部　温若川）",
             "某县革命纪念馆展厅讲解词　第2页"]
    result = split_checked("\n".join(lines), "narration.txt")
    assert [(a.title, a.section, a.authors, a.unit) for a in result.articles] == [
        ("油灯下的入党誓词", "星火初燃", [], None),
        ("山路上的交通站", "星火初燃", [], None),
        ("石头缝里的梯田", "建设家乡", ["温若川"], "馆陈列研究部")]
    # the aside closes the paragraph it follows (here wrapped over two lines): no sentence runs on
    first, second, _ = result.articles
    assert first.body.endswith("（请大家往前走，看右侧的展墙）") and second.body.startswith("这面展墙上的地图")
    # the hall's name and page number at the page's foot is no text, nor the unit's number
    feet = [d.reason for d in result.dropped if "第1页" in d.text or "第2页" in d.text]
    assert feet == ["running head with the page number"] * 2
    assert all("第1页" not in a.body and "第一单元" not in a.body for a in result.articles)


def test_speeches_of_a_report_meeting_credited_over_and_after_their_texts():
    speech = "　　我是一名乡村教师。二十年来，我和孩子们一起在山里读书、种树、过节，看着他们一批批走出大山。"
    lines = ["把讲台安在大山里", "□ 某市日报社记者　邬小川", *wrap(speech),
             "把群众的事当成自家的事", "某乡某村党支部书记", "柯玉珠", "各位领导，同志们：",
             *wrap("　　我是村里的党支部书记，今年是我当支书的第二十个年头。二十年前，村里没有一条像样的路。"),
             "我的父亲是个护林员", *wrap("　　我的父亲在林场干了三十年。每天天不亮，他就背着水壶上山巡林，"
                                       "晚上回来把巡山日志记得清清楚楚。"),
             "（报告人：郦春晓，某林场护林队队员）", "（根据现场录音整理）"]
    result = split_checked("\n".join(lines), "reports.txt")
    assert [(a.title, a.authors, a.unit) for a in result.articles] == [
        ("把讲台安在大山里", ["邬小川"], "某市日报社记者"),
        ("把群众的事当成自家的事", ["柯玉珠"], "某乡某村党支部书记"),
        ("我的父亲是个护林员", ["郦春晓"], "某林场护林队队员")]
    assert result.articles[-1].body.endswith("记得清清楚楚。")


def test_policy_leaflets_made_by_offices_between_cut_lines():
    qa = ["问：外出务工的党员要不要转组织关系？", "答：外出时间在六个月以上、地点相对固定的，一般应当转到所在地党组织。",
          "问：党费交给谁？", "答：组织关系在哪里，就向哪里交纳党费。"]
    lines = ["流动党员管理明白纸", *qa, "咨询电话：0000-0000000", "某县委组织部组织一科　制", "",
             "－－－－－✂－－－－－", "",
             "党费交纳明白纸", *qa, "咨询电话：0000-0000000", "某县委组织部组织二科　2026年7月", "",
             "－－－－－✂－－－－－", "",
             "组织关系网上转接明白纸", "（某县党员教育中心　编印）", *qa, "咨询电话：0000-0000000"]
    result = split_checked("\n".join(lines), "leaflets.txt")
    assert [(a.title, a.authors, a.section) for a in result.articles] == [
        ("流动党员管理明白纸", ["某县委组织部组织一科"], None),
        ("党费交纳明白纸", ["某县委组织部组织二科"], None),
        ("组织关系网上转接明白纸", ["某县党员教育中心"], None)]
    # the contact line printed under every leaflet heads no column; the cut lines are furniture
    assert all(a.body.startswith("问：外出务工") for a in result.articles)
    assert sum("✂" in d.text for d in result.dropped) == 2


def test_letters_titled_by_their_kind_signed_by_one_or_two_and_a_letter_spaced_foreword():
    letter = "　　欣闻你们被评为全省优秀志愿服务集体，学校党委向你们表示热烈的祝贺！希望你们再接再厉。"
    far = "　" * 16
    lines = ["编　印　说　明", *wrap("　　现将学校本年度发出的贺信、慰问信汇编成册，供各二级党组织参考。", 24),
             far + "校党委办公室", far + "2027年2月26日", "",
             "贺　信", "学校研究生支教团全体同学：", *wrap(letter, 24),
             far + "中共某学院委员会", far + "2026年5月20日", "",
             "致我校驻村干部的慰问信", "各位驻村干部：", *wrap(letter, 24),
             far + "党委组织部　人事处", far + "2026年6月28日", "",
             "贺　信", "附属小学全体师生：", *wrap(letter, 24),
             far + "中共某学院委员会", far + "2026年9月1日", "",
             "致全校教职工的新春慰问信", "尊敬的各位老同志：", *wrap(letter, 24),
             far + "党委书记　戚景山", far + "校长　汤若水", far + "2027年1月25日", "",
             "（校党委办公室　印）"]
    result = split_checked("\n".join(lines), "letters.txt")
    assert [(han(a.title), a.authors, a.unit) for a in result.articles] == [
        ("编印说明", ["校党委办公室"], None), ("贺信", ["中共某学院委员会"], None),
        ("致我校驻村干部的慰问信", ["党委组织部", "人事处"], None),
        # (a second letter titled by its kind alone is no copy of the first)
        ("贺信", ["中共某学院委员会"], None),
        ("致全校教职工的新春慰问信", ["戚景山", "汤若水"], "党委书记；校长")]
    assert result.articles[1].body.startswith("学校研究生支教团全体同学：")
    # who printed the collection, at its end, signs no letter
    assert [d.reason for d in result.dropped if "印）" in d.text] == ["compiler of the collection"]


def test_an_article_with_neither_title_nor_byline_on_a_page_before_a_body_titled_after_it():
    # a party-school page: an article in the usual order, closed by its writer's line; a new
    # page opens on an article with no title, no byline, no unit line; then the body of an
    # article whose title and byline are printed after it
    lines = ["推进社区减负增效的对策建议", "□ 某市委党校课题组", "",
             *wrap("社区是党和政府联系群众的最后一公里。课题组对四十个社区调研后建议：清理社区工作事项，"
                   "整合信息系统，让社区干部把精力用在服务居民上。", 26), "",
             "（执笔：魏建中）", "", "— 10 —", "",
             " " + wrap("年轻干部是党和国家事业发展的生力军。培养年轻干部，事关党的事业薪火相传。", 26)[0],
             *wrap("年轻干部是党和国家事业发展的生力军。培养年轻干部，事关党的事业薪火相传。", 26)[1:], "",
             *wrap("年轻干部成长，既要靠自身努力，也离不开组织培养。要有计划地安排年轻干部到艰苦地区"
                   "经受磨炼，经常咬耳扯袖，帮助他们扣好廉洁从政的第一粒扣子。", 26), "",
             *wrap("乡村治理是国家治理的基石。调研发现，党组织领导作用发挥充分的村，村规民约执行好、"
                   "矛盾纠纷少；党组织软弱涣散的村，治理效能往往低下。", 26), "",
             *wrap("提升乡村治理效能，要健全党组织领导的自治、法治、德治相结合的乡村治理体系，"
                   "推广积分制、清单制等做法。", 26), "",
             "（作者单位：某市委党校）", "党组织领导下的乡村治理效能提升", "□ 冯　雪　曹立军"]
    result = split_checked("\n".join(lines), "school.txt")
    assert [(a.title, a.authors) for a in result.articles] == [
        ("推进社区减负增效的对策建议", ["某市委党校课题组"]),
        ("年轻干部是党和国家事业发展的生力军", []),
        ("党组织领导下的乡村治理效能提升", ["冯雪", "曹立军"])]
    untitled, last = result.articles[1:]
    assert untitled.body.endswith("第一粒扣子。") and last.body.startswith("乡村治理是国家治理的基石")


def test_a_supervision_notice_listing_its_attachment_over_its_signature_and_its_distribution():
    far = "　" * 20
    lines = ["关于全县村级阵地建设专项督查情况的通报", "各乡镇党委，县直各单位党组（党委）：",
             *wrap("　　近期，县委督查室对全县村级党组织阵地建设情况开展了专项督查。多数村阵地建设规范、"
                   "使用充分，但也有少数村存在无人值守、挪作他用等问题。", 30),
             "附件：村级阵地建设问题清单", far + "县委督查室", far + "2026年8月14日",
             "抄送：县委、县人大常委会、县政府、县政协领导同志，县纪委监委。",
             "印发：某县委办公室　　　　2026年8月14日印发", "",
             "灯亮没亮，群众心里有杆秤", "县委督查室　卓言",
             *wrap("　　这次回头看，我们又去了一趟楂树坪村。党群服务中心的门开着，值班的村干部正在帮"
                   "一位老大爷办理医保缴费。", 30)]
    result = split_checked("\n".join(lines), "notice.txt")
    assert [(a.title, a.authors, a.unit) for a in result.articles] == [
        ("关于全县村级阵地建设专项督查情况的通报", ["县委督查室"], None),
        ("灯亮没亮，群众心里有杆秤", ["卓言"], "县委督查室")]
    assert {d.text.strip()[:2] for d in result.dropped if d.code == "furniture"} >= {"抄送", "印发"}


def test_a_programmes_scripts_numbered_titled_by_the_work_and_credited_to_their_writers():
    lines = ["节目二", "快板《红色物业进小区》", "创作：鲁知春（某社区党委书记）　　表演：某社区党员志愿服务队（4人）",
             "（四人手持竹板上场，站成一排，齐打板）", "合：竹板一打响连天，某某社区变了天，", "红色物业进小区，家家户户笑开颜！",
             "甲：说从前，道从前，老旧小区真可怜，", "乙：楼道堆满破家具，下水管道年年堵。",
             "（四人亮板，定格，下场）", "",
             "节目四", "三句半《垃圾分类我先行》", "创作：某某社区党委", "表演：某某社区老年艺术团（甲　乙　丙　丁）",
             "（四人分持锣、鼓、镲上场，敲一通锣鼓后站定）", "甲：党的生日快来到，我们四个来报到，",
             "乙：垃圾分类新风尚，", "丙：人人参与，", "丁：真棒！", "（四人齐敲锣鼓，鞠躬下场）"]
    result = split_checked("\n".join(lines), "programme.txt")
    assert [(a.title, a.authors, a.unit) for a in result.articles] == [
        ("红色物业进小区", ["鲁知春"], "某社区党委书记"), ("垃圾分类我先行", ["某某社区党委"], None)]
    # the stage direction closing the first script stays its last line, no part of the next title
    first, second = result.articles
    assert first.body.endswith("（四人亮板，定格，下场）") and "下场" not in second.title
