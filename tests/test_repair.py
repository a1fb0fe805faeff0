"""Repair on hand-written lines: doubled glyphs in their four shapes, vertical titles, half-width
punctuation, page furniture."""
from __future__ import annotations

from qikan.split.ingest import split_lines
from qikan.split.repair import collapse_doubled, normalise_punctuation, repair_lines


def test_whole_string_doubled():
    assert collapse_doubled("以党建工作新成效扎实推进精准扶贫以党建工作新成效扎实推进精准扶贫") \
        == "以党建工作新成效扎实推进精准扶贫"


def test_doubled_in_halves():
    assert collapse_doubled("当前农村基层党建工作当前农村基层党建工作面临的难题及对策面临的难题及对策") \
        == "当前农村基层党建工作面临的难题及对策"


def test_doubled_chunk_by_chunk():
    assert collapse_doubled("铸魂聚力铸魂聚力 固本固本强基强基") == "铸魂聚力 固本强基"


def test_doubled_char_by_char_with_quotes():
    assert collapse_doubled("践行践行““三严三三严三实实””") == "践行“三严三实”"


def test_doubled_byline_keeps_its_mark():
    assert collapse_doubled("●● 石嘴山市委组织部石嘴山市委组织部") == "● 石嘴山市委组织部"
    assert collapse_doubled("● 本刊评论员本刊评论员") == "● 本刊评论员"


def test_ordinary_repeats_are_left_alone():
    for text in ("天天向上，好好学习", "研究研究再说", "看看", "我们要认真学习贯彻会议精神。"):
        assert collapse_doubled(text) == text


def test_half_width_punctuation_inside_chinese():
    assert normalise_punctuation("坚持创新,先行先走;积极探索:好(试行)") == "坚持创新，先行先走；积极探索：好（试行）"
    assert normalise_punctuation("46.39%,占全区") == "46.39%，占全区"
    # between digits or Latin text nothing changes
    assert normalise_punctuation("比例为4:6,共1,200人") == "比例为4:6，共1,200人"
    assert normalise_punctuation("see a, b; c") == "see a, b; c"


def test_half_width_brackets_with_chinese_beside_them_become_full_width_in_pairs():
    # a number inside, Chinese before or after: both brackets change, never one of the two
    assert normalise_punctuation("一、优秀共产党员(2名)") == "一、优秀共产党员（2名）"
    assert normalise_punctuation("(1)韦宁.新时代村党组织书记") == "（1）韦宁.新时代村党组织书记"
    assert normalise_punctuation("党员群(31)") == "党员群（31）"
    # Latin and figures alone keep theirs
    assert normalise_punctuation("2025(2):61-66") == "2025(2):61-66"
    assert normalise_punctuation("f(x) = a(b)") == "f(x) = a(b)"


def test_vertical_title_joined_and_logged():
    text = "正文一行。\n我\n们\n要\n学\n习\n\n●\n鲁\n下一行正文"
    kept, dropped = repair_lines(split_lines(text))
    texts = [l.text for l in kept if l.text]
    assert "我们要学习" in texts and "● 鲁" in texts
    assert {d.line for d in dropped} == {3, 4, 5, 6, 9}
    assert all("vertical title" in d.reason for d in dropped)


def test_a_double_spaced_vertical_title_takes_its_name_past_the_blank_line():
    # "●" ends the one-character run and the name ("邵 远") stands two lines down
    text = "正文一行，\n\n在\n\n群\n\n众\n\n中\n\n●\n\n邵 远\n\n下一行正文。"
    kept, dropped = repair_lines(split_lines(text))
    texts = [l.text for l in kept if l.text]
    assert texts == ["正文一行，", "在群众中", "● 邵 远", "下一行正文。"]
    assert {d.line for d in dropped} == {5, 7, 9, 13}


def test_page_marks_and_chrome_dropped_with_reasons():
    text = "2015·10\n正文。\n①\n扫一扫在手机打开当前页\n首页|走进工委|工作动态|组织建设"
    kept, dropped = repair_lines(split_lines(text))
    assert [l.text for l in kept if l.text] == ["正文。"]
    assert [d.line for d in dropped] == [1, 3, 4, 5]
    assert all(d.reason for d in dropped)


def test_doubled_line_kept_once_and_original_logged():
    kept, dropped = repair_lines(split_lines("思考与探索思考与探索"))
    assert kept[0].text == "思考与探索"
    assert dropped[0].text == "思考与探索思考与探索" and "doubled" in dropped[0].reason


def test_page_start_space_survives():
    kept, _ = repair_lines(split_lines(" 新一页的第一行\n\u00a0\u00a0"))
    assert kept[0].text == " 新一页的第一行" and kept[1].text == ""


def test_the_semicolon_of_an_entity_next_to_chinese_stays():
    """"&gt;和" is an entity a scraper left (shown literally), not a half-width mark to widen;
    an ordinary ";" between Chinese words next to it still is."""
    assert normalise_punctuation("条件a&gt;和b&#60;与c&#x3C;") == "条件a&gt;和b&#60;与c&#x3C;"
    assert normalise_punctuation("见&amp;党建;文件") == "见&amp;党建；文件"
    assert normalise_punctuation("坚持创新;先行先走") == "坚持创新；先行先走"


def test_radicals_and_ligatures_standing_for_characters_are_read_as_those_characters():
    # "⼈才" with U+2F08 (Kangxi radical MAN), "⻓期" with U+2ED3 (C-simplified LONG), "ﬁ"
    kept, dropped = repair_lines(split_lines("⼈才是第⼀资源，要⻓期坚持。\nThe ﬁrst step"))
    assert [l.text for l in kept] == ["人才是第一资源，要长期坚持。", "The first step"]
    assert dropped == []


def test_a_body_with_radicals_is_searchable_and_loses_nothing():
    from qikan.model import IssueMeta
    from qikan.split.conserve import lost_lines
    from qikan.split.pipeline import split_passes
    text = "把党校办成人才高地\n□ 张三\n" + "⼈才队伍建设是党校事业发展的关键所在，抗⽇战争时期就是如此。\n" * 3
    p = split_passes(text.encode(), "t.txt", IssueMeta(id="t"))
    assert "人才队伍建设" in p.result.articles[0].body and "抗日战争" in p.result.articles[0].body
    assert lost_lines(p.lines, p.result) == []


def test_a_hyphen_breaking_a_chinese_word_at_a_lines_end_goes():
    """A scan's OCR breaks "组织部" as Latin type is broken ("…市委组-" / "织部…"); a dash, a
    hyphen between digits or Latin letters, and one inside a line stay."""
    kept, _ = repair_lines(split_lines("　　今年以来，市委组-\n织部组织开展专题培训－\n"
                                       "电话0431-\nCOVID-\n　　奋斗——\n甲-乙两村"))
    assert [l.text.strip() for l in kept] == ["今年以来，市委组", "织部组织开展专题培训",
                                              "电话0431-", "COVID-", "奋斗——", "甲-乙两村"]


def test_an_ocrs_full_stop_read_as_a_small_o_is_a_full_stop():
    assert normalise_punctuation("个社也建立了党的小组o各党支") == "个社也建立了党的小组。各党支"
    assert normalise_punctuation("参加修整河堤的义务劳动o") == "参加修整河堤的义务劳动。"
    for kept in ("推行O2O模式", "把logo印在上面", "Hello世界", "photo的意思"):
        assert normalise_punctuation(kept) == kept


def test_a_revised_drafts_tracked_changes_and_comments_read_in_their_final_state():
    # (Part AP: a Word draft saved with its marks shown) deletions and comments are no text, an
    # insertion is; every mark is logged at its line
    lines = split_lines("[删除：某县]某镇：“党员中心户”把服务送到家门口\n"
                        "镇党委从[插入：三百二十六名]农村党员中选出八十四名中心户。[批注 A1：请补充培训次数。]\n"
                        "[批注 A2：结尾偏虚。]")
    kept, dropped = repair_lines(lines)
    assert [l.text for l in kept] == ["某镇：“党员中心户”把服务送到家门口", "镇党委从三百二十六名农村党员中选出八十四名中心户。", ""]
    assert [(d.line, d.text, d.code) for d in dropped] == [
        (1, "[删除：某县]", "revision-mark"), (2, "[插入：]", "revision-mark"),
        (2, "[批注 A1：请补充培训次数。]", "revision-mark"), (3, "[批注 A2：结尾偏虚。]", "revision-mark")]
