"""Byline parsing on the shapes the journals print."""
from __future__ import annotations

from qikan.split.byline import credit_closes, lead_credit, parse_head_byline
from qikan.split.end_lines import parse_byline
from qikan.split.names import are_names, is_name, split_names


def by(text):
    b = parse_byline(text)
    assert b is not None, text
    return b.authors, b.role, b.unit, b.writer


def test_marked_names():
    assert by("□ 任善华") == (["任善华"], None, None, None)
    assert by("□ 王 琼") == (["王琼"], None, None, None)          # layout space inside a name
    assert by("● 董亚飞 马占锋") == (["董亚飞", "马占锋"], None, None, None)


def test_post_before_name():
    assert by("● 吴忠市委常委、组织部部长 孙 瑛") == (["孙瑛"], None, "吴忠市委常委、组织部部长", None)
    assert by("● 青铜峡市裕民街道紫薇社区党支部书记 钱丽娟") == \
        (["钱丽娟"], None, "青铜峡市裕民街道紫薇社区党支部书记", None)


def test_institutional_authors_as_printed():
    assert by("●● 石嘴山市委组织部") == (["石嘴山市委组织部"], None, None, None)
    assert by("● 灵武市委党校课题组") == (["灵武市委党校课题组"], None, None, None)
    assert by("● 本刊评论员") == (["本刊评论员"], None, None, None)


def test_roles():
    assert by("本报记者 赵成") == (["赵成"], "本报记者", None, None)
    assert by("本刊评论员") == (["本刊评论员"], None, None, None)


def test_end_lines():
    assert by("（作者单位：荆州市委党校）") == ([], None, "荆州市委党校", None)
    assert by("（作者单位： 大武口区委组织部）") == ([], None, "大武口区委组织部", None)
    assert by("（作者系吴忠市委常委、同心县委书记）") == ([], None, "吴忠市委常委、同心县委书记", None)
    assert by("（作者：永吉县委常委、组织部长）") == ([], None, "永吉县委常委、组织部长", None)
    assert by("(作者祝灵君中央党校党建部副主任)") == (["祝灵君"], None, "中央党校党建部副主任", None)


def test_writers():
    assert by("（执笔：刘国强）")[3] == "刘国强"
    assert by("（执笔人：吕天保、蒋晓忠）")[3] == "吕天保、蒋晓忠"
    assert by("（执笔：王 军 杨少春 孙冬梅）")[3] == "王军、杨少春、孙冬梅"


def test_source_line_is_no_author():
    b = parse_byline("（来源：《学习时报》）")
    assert b is not None and b.source == "《学习时报》" and not b.authors


def test_not_bylines():
    for text in ("党建引领社区自治，实现共治格局。", "（一） 关于社区联合党委运行机制", "", "记者节"):
        b = parse_byline(text)
        assert b is None or not b.authors, text


def test_split_names():
    assert split_names("王 军 杨少春 孙冬梅") == ["王军", "杨少春", "孙冬梅"]
    assert split_names("张三、李四") == ["张三", "李四"]


def test_credits_of_web_pages_pushes_and_newspapers():
    """P10: the byline shapes beyond the magazines."""
    assert by("作者：陈立新") == (["陈立新"], None, None, None)
    assert by("文/张三") == by("文｜张三") == (["张三"], None, None, None)
    assert by("记者 刘海燕 通讯员 张伟") == (["刘海燕", "张伟"], "记者", None, None)
    assert by("（记者 刘海燕 通讯员 张伟）") == (["刘海燕", "张伟"], "记者", None, None)
    assert by("（本报记者 王锦涛）") == (["王锦涛"], "本报记者", None, None)
    assert by("（供稿：区委组织部组织科）") == ([], None, "区委组织部组织科", None)
    assert by("(撰稿人李明)") == (["李明"], None, None, None)


def test_the_credit_inside_a_news_lead():
    credit, end = lead_credit("本报讯（记者 刘海燕 通讯员 张伟）近日，某县组织党员服务队走进田间")
    assert (credit.authors, credit.role, end) == (["刘海燕", "张伟"], "记者", 18)
    assert lead_credit("本网讯（通讯员 李明）5月7日，某区召开")[0].authors == ["李明"]
    assert lead_credit("近日，某县（区）召开会议") is None
    # without brackets, each name between spaces
    credit, end = lead_credit("本报讯 记者 陈华 通讯员 刘洋 5月7日，全市组织工作会议召开")
    assert (credit.authors, credit.role) == (["陈华", "刘洋"], "记者")
    assert lead_credit("本报讯 5月7日，全市组织工作会议召开") is None


def test_several_bare_names_need_surnames():
    assert are_names("张晓明 李华") and are_names("王 军 杨少春") and are_names("欧阳明、李华")
    assert not are_names("加强 党建") and not are_names("张晓明")


def test_a_name_glued_to_a_unit_leaves_the_place_its_two_characters():
    # "(作者王强东平市委书记)": 王强 of 东平市委, not 王强东 of 平市委
    assert by("(作者王强东平市委书记)") == (["王强"], None, "东平市委书记", None)
    assert by("（作者李少春临川县委常委、组织部部长）") == (["李少春"], None, "临川县委常委、组织部部长", None)
    assert by("(作者张立新省委党校党建部副主任)") == (["张立新"], None, "省委党校党建部副主任", None)


def test_letter_spaced_names_of_three_characters():
    assert by("□ 王 建 国 李华") == (["王建国", "李华"], None, None, None)
    assert by("□ 张 三 李 四 王 五") == (["张三", "李四", "王五"], None, None, None)
    assert by("□ 王 琼 陈建华 刘 芳") == (["王琼", "陈建华", "刘芳"], None, None, None)


def test_a_credits_editors_are_not_part_of_it():
    assert by("（供稿：马克思主义学院党委  审核：张强）") == ([], None, "马克思主义学院党委", None)
    assert by("（撰稿人：李明 编辑：王芳）") == (["李明"], None, None, None)


def test_a_name_with_its_post_in_brackets():
    assert by("作者：陈华（某县委组织部干部科科长）") == (["陈华"], None, "某县委组织部干部科科长", None)


def test_text_and_pictures_by_one_hand():
    assert by("文/图 张三") == (["张三"], None, None, None)
    assert by("图·文：李四") == (["李四"], None, None, None)


def test_a_marked_byline_with_a_reporters_role():
    assert parse_byline("□ 本刊记者 韦瑞").role == "本刊记者"
    assert by("□ 本刊记者 韦瑞") == (["韦瑞"], "本刊记者", None, None)


def test_a_pushs_text_credit():
    assert by("文字：尹宇华") == (["尹宇华"], None, None, None)


def test_a_labelled_byline_with_a_reporters_role():
    """"文/本刊记者 王建": the label, then the role and the name (not an author named 本刊记者)."""
    assert by("文/本刊记者 王建") == (["王建"], "本刊记者", None, None)
    assert by("作者：本报记者 李华 张伟") == (["李华", "张伟"], "本报记者", None, None)
    assert by("文/王建") == (["王建"], None, None, None)


def test_a_closing_credit_naming_where_the_text_was_taken_from():
    """"（据《浙江日报》）", "（据新华社）" close a reprinted piece: its source; "（据了解）" names none."""
    from qikan.split.end_lines import parse_end_line
    assert parse_end_line("（据《浙江日报》）").source == "《浙江日报》"
    assert parse_end_line("（据新华社）").source == "新华社"
    assert parse_end_line("（据了解）") is None


def test_the_speaker_of_a_party_lecture_is_its_author():
    by = parse_head_byline("主讲人：周明远（青阳县城关镇党委书记）")
    assert by.authors == ["周明远"] and by.unit == "青阳县城关镇党委书记"
    assert parse_head_byline("主讲：周明远").authors == ["周明远"]
    assert parse_head_byline("主讲人：今天我们一起学习党章，重温入党誓词。") is None


def test_a_two_character_name_opens_with_a_surname():
    assert is_name("王强") and is_name("何 静") and is_name("欧阳明月")
    assert not is_name("召开") and not is_name("举行")


def test_an_office_before_the_writer_in_a_closing_credit_is_not_an_author():
    from qikan.split.end_lines import parse_end_line
    assert parse_end_line("（组织科 撰稿：周明）").authors == ["周明"]
    assert parse_end_line("（东城街道党工委 撰稿：王强 刘洋）").authors == ["王强", "刘洋"]
    assert parse_end_line("（组织科 撰稿：本单位全体同志共同完成）") is None or \
        parse_end_line("（组织科 撰稿：本单位全体同志共同完成）").authors != ["本单位全体同志共同完成"]


def test_a_bullet_before_running_text_is_no_byline_and_before_anything_else_it_is():
    assert parse_head_byline("●石门镇组织全镇村两委干部开展政策法规") is None
    assert parse_head_byline("■5月6日，市委组织部召开") is None
    assert parse_head_byline("● 江城市委组织部").authors == ["江城市委组织部"]
    assert parse_head_byline("□ <b>x</b>=1").authors == ["<b>x</b>=1"]   # as printed, escaped later


def test_a_photographers_credit_is_no_byline():
    assert parse_head_byline("本报记者 田 野摄") is None
    assert parse_head_byline("记者 王强 摄") is None
    assert parse_head_byline("本报记者 王强").authors == ["王强"]


def test_a_wrapped_headlines_last_words_are_no_four_character_name():
    from qikan.split.names import is_name
    assert not is_name("江州举行") and not is_name("全面启动")
    assert is_name("马成立") and is_name("欧阳明月") and is_name("郑海涛")


def test_a_teaching_cases_writers_under_its_title_or_in_its_closing_bracket():
    from qikan.split.byline import parse_head_byline
    from qikan.split.end_lines import parse_end_line
    head = parse_head_byline("案例编写：孔令仪（岚江干部学院党建教研部）")
    assert (head.authors, head.unit) == (["孔令仪"], "岚江干部学院党建教研部")
    end = parse_end_line("（案例编写：裴远舟、常　乐，岚江干部学院公共管理教研部）")
    assert (end.authors, end.unit) == (["裴远舟", "常乐"], "岚江干部学院公共管理教研部")
    post = parse_end_line("（作者：某县委常委、组织部长）")     # the post alone stays a unit
    assert (post.authors, post.unit) == ([], "某县委常委、组织部长")


def test_who_took_the_pictures_after_a_pushs_author_is_no_author():
    from qikan.split.byline import parse_head_byline
    assert parse_head_byline("作者丨裘晓宁　图｜市水利局机关党委").authors == ["裘晓宁"]
    assert parse_head_byline("作者：张三　图片：李四").authors == ["张三"]


def test_an_end_credit_naming_the_writers_unit_then_the_writer():
    # "（作者单位：…　撰稿人：…）" closing a web page: the unit so named and the writer (an office
    # printed bare before "撰稿：" stays no unit: "（组织科 撰稿：…）")
    from qikan.split.end_lines import parse_end_line
    by = parse_end_line("(作者单位:岚州市财政局机关党委 撰稿人:邹明)")
    assert (by.authors, by.unit) == (["邹明"], "岚州市财政局机关党委")
    by = parse_end_line("（组织科 撰稿：祁永年）")
    assert (by.authors, by.unit) == (["祁永年"], None)


def test_a_bilingual_bylines_english_half_names_no_one():
    # "撰文：蒋　明　　Written by Jiang Ming": a bilingual edition's byline, its English half after
    # two spaces no author's name
    assert parse_head_byline("撰文：蒋　明　　Written by Jiang Ming").authors == ["蒋明"]
    assert parse_head_byline("作者：陈立新").authors == ["陈立新"]


def test_an_exam_answers_header_fields_name_its_writer_and_unit():
    # (Part AP: a Party school's 优秀答卷选登) the trainee's fields over the answer's title; the
    # score after the unit is no part of it
    assert by("学员：曹一鸣　　单位：某县发展和改革局　　得分：94") == (["曹一鸣"], None, "某县发展和改革局", None)
    assert by("作者：蒋予安　　单位：某局机关党委　　字数：3200") == (["蒋予安"], None, "某局机关党委", None)


def test_an_office_alone_in_brackets_after_the_last_sentence_closes_a_brief():
    # (Part AQ: a magazine's 组工信息, each brief closed by the office that sent it)
    assert credit_closes("年党员教育培训重点任务进行部署。（市委组织部组织二科）")
    assert not credit_closes("会议要求各单位抓好落实。（一）")      # a list's number, no office
    assert not credit_closes("活动分三个阶段进行（动员部署）")      # no sentence closed before it


def test_rarer_surnames_make_names_common_words_do_not():
    # (Part AQ's cnki-aq1: "郗明哲，庞素琴" under a paper's title)
    assert are_names("郗明哲，庞素琴") and are_names("傅红梅 洪涛")
    assert not are_names("计划 班子")
