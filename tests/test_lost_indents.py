"""Text extracted without the indents its pages set (as `pdftotext` gives a PDF by default, and
as the five samples come): a paragraph's first line stands flush, two characters short of the
column, where the page had its indent. Small texts written for these tests, split through the
whole pipeline as `split FILE` splits them."""
from __future__ import annotations

from conftest import split_checked

from qikan.archive import ROOT

WIDTH = 14


def paragraph(text: str, indent: int = 2) -> list[str]:
    """`text` set in a column of `WIDTH` with a first line `indent` short (the indent lost),
    a closing mark never starting a line."""
    out: list[str] = []
    while text:
        n = WIDTH - (indent if not out else 0)
        while n < len(text) and text[n] in "，。、；：？！”）":
            n += 1
        out.append(text[:n])
        text = text[n:]
    return out


def county_page() -> list[str]:
    return ["瑞川日报　2026年3月4日　星期三　第3版　党建",
            "市直机关开展结对共建活动",
            *paragraph("本报讯（记者　方远）近日，市直机关工委组织四十个机关党支部与村（社区）党组织签订结对共建协议，"
                       "围绕政策宣讲、产业发展、为民服务等开展共建活动。"),
            # a paragraph whose first line has no pause: flush, two short, like a headline
            *paragraph("结对双方将每季度至少开展一次联合主题党日，机关党支部每年为结对村（社区）办成一至两件实事。"
                       "市直机关工委将把结对共建成效纳入机关党建考核。"),
            *paragraph("今年以来，各结对单位已经开展联学活动六十余次，协调解决群众反映的道路维修、饮水安全等问题二十多个。"),
            "新区为企业选派党建指导员", "本报记者　林晓",
            *paragraph("为破解非公企业党建难题，新区从机关和街道选派三十名党建指导员，分别联系五十余家企业。"),
            *paragraph("党建指导员每月至少到联系企业开展一次指导，重点帮助尚未建立党组织的企业做好党员发展工作。"),
            "社区书记讲党课",
            *paragraph("本报讯（通讯员　陈曦）日前，城南街道组织十二名社区党组织书记走上讲台，结合身边事讲党课。"),
            *paragraph("讲课中，书记们用居民听得懂的话讲道理，把基层治理中的难题和办法带进课堂，受到党员群众欢迎。"),
            "责任编辑：孙　宁"]


def test_a_paragraph_opening_without_a_pause_where_the_indent_was_lost_goes_on_its_story():
    lines = county_page()
    assert "结对双方将每季度至少开展" in lines and "党建指导员每月至少到联系" in lines    # (as set: flush, 12 of 14)
    result = split_checked("\n".join(lines), "county.txt")
    assert [a.title for a in result.articles] == ["市直机关开展结对共建活动", "新区为企业选派党建指导员", "社区书记讲党课"]
    joint, advisers, lectures = result.articles
    assert joint.authors == ["方远"] and "结对双方将每季度" in joint.body and joint.body.endswith("二十多个。")
    assert advisers.authors == ["林晓"] and "党建指导员每月至少" in advisers.body
    assert lectures.authors == ["陈曦"]


def test_a_headline_as_short_as_a_first_line_over_a_dated_lead_stays_a_headline():
    # "5月6日，市委组织部人才科" is as many characters as the column less one, but its digits
    # are set half width: it is a first line (two short), not a full line a paragraph runs on to
    lines = county_page()[:-1] + ["组工干部走进企业送政策",
                                  *paragraph("5月6日，市委组织部人才科干部走进电子信息产业园，为企业宣讲人才引进政策，现场解答问题。",
                                             indent=1),
                                  "责任编辑：孙　宁"]
    assert lines[-5] == "5月6日，市委组织部人才科"
    result = split_checked("\n".join(lines), "county.txt")
    assert [a.title for a in result.articles][-1] == "组工干部走进企业送政策"
    assert result.articles[-1].body.startswith("5月6日，市委组织部人才科干部")


def test_a_reader_of_unsigned_pieces_set_without_indents_one_article_a_heading():
    # (a Party-history reader extracted without its indents: a short heading between a
    # paragraph's end and a full line opens the next piece, as over an indented paragraph)
    def column(text: str) -> list[str]:
        return [text[k:k + 24] for k in range(0, len(text), 24)]
    lines = ["党史学习教育读本", "中共临江市委党史研究室　编", "编写说明",
             *column("为深入开展党史学习教育，我们编写了这本读本，以专题短文的形式讲述临江党组织的奋斗历程。"),
             "编写组", "第一章　星火燎原", "临江第一个党支部的诞生",
             *column("一九二六年春，几名在外求学的青年回到临江，在城南一所小学里秘密组建了临江第一个党支部。"
                     "他们白天教书，夜里到码头和纺纱厂向工人宣传革命道理，大地从此有了点燃革命火种的组织。"),
             "烽火中的交通站",
             *column("抗战时期，临江北乡的一家杂货铺是党的秘密交通站。店主以做买卖为掩护，先后护送过往干部二百余人，"
                     "传递情报数百份，始终没有暴露。这种舍生忘死的忠诚，是我们今天仍要传承的宝贵财富。")]
    result = split_checked("\n".join(lines), "reader.txt")
    assert [a.title for a in result.articles] == ["编写说明", "临江第一个党支部的诞生", "烽火中的交通站"]
    assert result.articles[2].body.startswith("抗战时期，临江北乡")


def test_a_first_line_ending_a_sentence_goes_on_and_a_marked_name_is_a_byline():
    # (Part AQ's daily-aq2, a county daily's page in a 13-character column without indents:
    # "六月的瑸江，茶山叠翠。" is a paragraph's first line, two short, its sentence ending there and
    # the paragraph going on; "□ 蓝向东" under a headline is its byline, no ■ brief)
    source = ROOT / "bench" / "wildtune" / "src" / "daily-aq2.txt"
    result = split_checked(source.read_bytes(), source.name)
    assert [(a.title, a.authors) for a in result.articles] == [
        ("支部建在产业链上", ["雷晓彤"]), ("党员积分制管理激发支部活力", ["宋佳欣"]),
        ("一本“民情日记”的分量", ["蓝向东"]), ("琯坪镇开展党员“亮身份”活动", ["温可欣"]),
        ("琪岭街道举办社区书记擂台赛", ["钟立"])]
    assert result.articles[0].body.startswith("六月的瑸江，茶山叠翠。")


def test_a_bulletins_unsigned_items_under_headlines_most_of_the_column_wide():
    # (Part AS's other-as1: a 简报 set 27 wide, no indents; a headline of 22 characters between
    # a paragraph's end and the next item's full first line)
    def column(text: str) -> list[str]:
        return [text[k:k + 27] for k in range(0, len(text), 27)]
    lines = ["机 关 党 建 工 作 简 报", "第 9 期", "中共某市直属机关工作委员会办公室　　2026年7月20日",
             "━━━━━━━━━━━━━━━━━━━━━━━━━", "市直机关开展“七一”系列主题活动",
             *column("为庆祝中国共产党成立105周年，市直机关工委围绕主题组织开展了系列活动，共有86个机关党组织、"
                     "3200余名党员参与。各机关党组织结合主题党日，组织党员到烈士陵园重温入党誓词。"),
             "以“三联三比”推动业务工作和党建工作深度融合",
             *column("今年以来，市税务局机关党委探索推行“三联三比”工作法，把支部建在业务链上，"
                     "让党员在服务纳税人一线比作风、比技能、比实绩。")]
    result = split_checked("\n".join(lines), "bulletin.txt")
    assert [a.title for a in result.articles] == ["市直机关开展“七一”系列主题活动", "以“三联三比”推动业务工作和党建工作深度融合"]
