"""A scholarly journal's pages as other journals print them (P10, Part Q of the hand-written
corpus): how to cite the paper and its online-first lines, a footnote's star after a title,
authors each with a bracketed unit, a feature's editor's note before the first paper, an
unsigned piece after a paper's references, a study signed by its group — small issues
written for these tests, split through the whole pipeline as `split FILE` splits them."""
from __future__ import annotations

from conftest import split_checked

from qikan.split.end_lines import parse_end_line


BODY = ["一、问题的提出", "村级组织是党在农村全部工作和战斗力的基础。近年来，各地按照",
        "抓党建促乡村振兴的要求选优配强村党组织书记，村里的面貌明显改观。",
        "但调研中也看到，部分村干部能力与任务不相适应的情况仍然存在。",
        "二、对策建议", "要健全选育管用全链条机制，让村干部有干头、有奔头、有盼头。"]
REFERENCES = ["参考文献：", "[1]方远山.乡村治理中的村级组织建设[J].农村研究，2024（3）：",
              "21-27.", "[2]柯晓岚.基层党组织组织力研究[M].北京：人民出版社，2023."]


def test_how_to_cite_a_paper_wrapped_and_its_online_first_lines_are_furniture():
    lines = ["网络首发时间：2026-03-02 10:15:40",
             "网络首发地址：https://kns.example.net/detail/12.3456.C.20260302.1015.002.html",
             "引用格式：方晓岩，纪明川.村级组织带头人队伍建设的实践路径",
             "[J/OL].某某学院学报（社会科学版），2026，18（2）：11-17.",
             "村级组织带头人队伍建设的实践路径*", "方晓岩，纪明川",
             "（某某学院 马克思主义学院，湖南 某某 410000）",
             "摘　要：村级组织带头人是乡村振兴的关键力量。本文分析选育管用各环节的做法。",
             "关键词：村级组织；带头人；乡村振兴", *BODY, *REFERENCES]
    res = split_checked("\n".join(lines))
    [paper] = res.articles
    # the star points to a footnote (the grant): no part of the title
    assert paper.title == "村级组织带头人队伍建设的实践路径"
    assert paper.authors == ["方晓岩", "纪明川"]
    reasons = {d.line: d.reason for d in res.dropped}
    assert reasons[3] == "how to cite the paper" and reasons[4].startswith("how to cite the paper")
    assert reasons[1] == reasons[2] == "online-first publication line"
    assert "引用格式" not in paper.body and "J/OL" not in paper.body


def test_authors_each_on_a_line_with_a_bracketed_unit():
    lines = ["社区党组织嵌入网格治理的两种方式", "乔　松（中共某某市委党校党建教研部）",
             "范小禾（某某市委组织部组织一处）",
             "　　内容摘要：网格是社区治理的基本单元。文章归纳两种嵌入方式。",
             "　　关 键 词：社区党组织；网格治理", *BODY, *REFERENCES]
    res = split_checked("\n".join(lines))
    [paper] = res.articles
    assert paper.title == "社区党组织嵌入网格治理的两种方式"
    assert paper.authors == ["乔松", "范小禾"]
    assert paper.unit == "中共某某市委党校党建教研部；某某市委组织部组织一处"
    assert {d.line: d.code for d in res.dropped}[2] == "title-byline"


def test_a_features_editors_note_before_the_first_paper_is_titled_by_the_banner():
    lines = ["专题：党建引领城市基层治理", "【编者按】", "　　城市基层治理面广事杂。本期专题刊发两篇文章，",
             "从不同侧面探讨党建引领的路径，供读者参考。", "编　者", "2026年5月",
             "社区党组织嵌入网格治理的两种方式", "乔　松（中共某某市委党校党建教研部）",
             "　　内容摘要：网格是社区治理的基本单元。文章归纳两种嵌入方式。",
             "　　关 键 词：社区党组织；网格治理", *BODY, *REFERENCES]
    res = split_checked("\n".join(lines))
    note, paper = res.articles
    assert (note.kind, note.title, note.section, note.authors) == \
        ("editor_note", "党建引领城市基层治理", "专题", [])
    assert note.body.startswith("城市基层治理面广事杂") and note.body.endswith("供读者参考。")
    # the note's signature and date are no lines of the paper's title
    assert paper.title == "社区党组织嵌入网格治理的两种方式" and paper.section == "专题"
    assert {d.line: d.code for d in res.dropped}[5] == "end-line"


def test_an_unsigned_piece_under_a_label_after_a_papers_references_is_a_piece_of_its_own():
    # a conference report: no byline under its title, signed at its end by a research group
    lines = ["村级组织带头人队伍建设的实践路径", "方晓岩，纪明川", "（某某学院 马克思主义学院，湖南 某某 410000）",
             "摘　要：村级组织带头人是乡村振兴的关键力量。本文分析选育管用各环节的做法。",
             "关键词：村级组织；带头人；乡村振兴", *BODY, *REFERENCES,
             "■学术动态", "“乡村组织振兴”学术研讨会综述",
             "2026年1月9日，由某某学院主办的“乡村组织振兴”学术研讨会在某某",
             "召开。与会学者围绕村级组织建设的理论和实践展开研讨。",
             "会议认为，乡村组织振兴研究要坚持问题导向，多做扎根基层的实证研究。",
             "（某某学院党建研究课题组　执笔：单青禾）"]
    res = split_checked("\n".join(lines))
    paper, report = res.articles
    assert paper.body.endswith("有盼头。")
    assert (report.title, report.section) == ("“乡村组织振兴”学术研讨会综述", "学术动态")
    assert report.authors == ["某某学院党建研究课题组"] and report.writer == "单青禾"
    assert report.body.startswith("2026年1月9日")


def test_a_labelled_study_bylined_by_its_group():
    lines = ["村级组织带头人队伍建设的实践路径", "方晓岩，纪明川", "（某某学院 马克思主义学院，湖南 某某 410000）",
             "摘　要：村级组织带头人是乡村振兴的关键力量。本文分析选育管用各环节的做法。",
             "关键词：村级组织；带头人；乡村振兴", *BODY, *REFERENCES,
             "■调查研究", "关于某某市新就业群体党建工作的调研报告", "中共某某市委党校课题组",
             "　　为摸清新就业群体党建工作底数，课题组走访了三十家平台企业，",
             "召开座谈会六场，形成本报告。", "（执笔：戴　川）"]
    res = split_checked("\n".join(lines))
    study = res.articles[-1]
    assert (study.title, study.section) == ("关于某某市新就业群体党建工作的调研报告", "调查研究")
    assert study.authors == ["中共某某市委党校课题组"] and study.writer == "戴川"


def test_a_group_with_its_writer_names_the_group_an_office_with_its_writer_the_writer():
    by = parse_end_line("（某某学院党建研究课题组　执笔：单青禾）")
    assert (by.authors, by.writer) == (["某某学院党建研究课题组"], "单青禾")
    # an office is no author: the one who wrote the text is
    assert parse_end_line("（组织科　撰稿：祁永年）").authors == ["祁永年"]


def test_a_debate_under_its_column_the_editors_note_headed_english_apparatus_first():
    # (Part S's cnki-s1) "■学术争鸣" / a heading / "【编者按】…" naming an earlier issue
    # ("本刊2025年第6期刊发的《…》": no running head); the paper's affiliations wrapped at the
    # second's number, its English title, names and affiliations (wrapped) before the Chinese
    # abstract
    lines = ["某岭市委党校学报", "2026年第2期（总第148期）　　　　　　·31·", "■学术争鸣", "关于基层党组织组织力评价的讨论",
             "　　【编者按】本刊2025年第6期刊发的《组织力评价指标", "体系的构建与应用》一文，在读者中引起较多反响。",
             "本期刊发两篇观点不同的文章，欢迎读者继续来稿。",
             "基层党组织组织力评价不宜“唯指标化”", "沈知远1，贺兰舟2", "（1. 某岭市委党校 党建教研部，某岭 531000；",
             "2. 某阳县委组织部，某阳 531300）",
             "Assessing the Organizational Capacity of Primary-level", "Party Organizations Should Not Rely on Indicators Alone",
             "SHEN Zhiyuan1，HE Lanzhou2", "(1. Department of Party Building, Party School of Wuling",
             "Municipal Committee, Wuling 531000, China; 2. Organization",
             "Department of Pingyang County Committee, Pingyang 531300, China)",
             "Abstract: Indicator systems have made the assessment more visible.",
             "Key words: organizational capacity; assessment; indicators",
             "摘　要：近年来，各地普遍以量化指标评价基层党组织的组织力。", "关键词：组织力；基层党组织；考核评价",
             "中图分类号：D267　　文献标识码：A", *BODY, *REFERENCES]
    res = split_checked("\n".join(lines))
    note, paper = res.articles
    assert (note.kind, note.title, note.section) == ("editor_note", "关于基层党组织组织力评价的讨论", "学术争鸣")
    assert note.body.startswith("本刊2025年第6期刊发的")
    assert (paper.title, paper.authors, paper.section) == ("基层党组织组织力评价不宜“唯指标化”", ["沈知远", "贺兰舟"], "学术争鸣")
    assert paper.unit == "某岭市委党校党建教研部；某阳县委组织部"
    assert "一、问题的提出" in paper.body.split("\n")[0] and "Department" not in paper.body
