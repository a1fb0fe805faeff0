"""An issue printed in Traditional characters is split as its Simplified twin is, and every
text the split gives is in the issue's own characters."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import opencc
import pytest

from qikan.model import IssueMeta, Line
from qikan.text import han
from qikan.split.conserve import lost_lines
from qikan.split.pipeline import split_passes, split_source
from qikan.split.script import simplified_shadow
from conftest import DOCS_SRC, gold

S2TWP = opencc.OpenCC("s2twp")   # how such issues arrive: Taiwan characters and words


def _found(arts, source: str) -> float:
    """The share of a split's bodies' 8-character runs that the source prints."""
    runs = [r for a in arts for x in [han(a.body)] for r in
            (x[i:i + 8] for i in range(0, max(1, len(x) - 8), 4))]
    return sum(r in source for r in runs) / len(runs)


@pytest.mark.parametrize("stem", ["2020-12-jzdx", "2022-06-rmrb", "2018-03-syjg", "2015-10-nxdj"])
def test_a_traditional_issue_splits_as_its_simplified_twin(stem):
    text = (DOCS_SRC / f"{stem}.txt").read_text("utf-8")
    trad_text = S2TWP.convert(text)
    simp = split_source(text.encode(), f"{stem}.txt", IssueMeta(id="s")).articles
    trad = split_source(trad_text.encode(), f"{stem}.txt", IssueMeta(id="t")).articles
    assert [(a.lines, a.kind, len(a.authors)) for a in trad] == \
        [(a.lines, a.kind, len(a.authors)) for a in simp]
    # the bodies are the source's text as printed, as much as the Simplified twin's are
    assert _found(trad, han(trad_text)) >= _found(simp, han(text)) - 0.005
    # and the gold's titles are found as often as in the twin (the samples' gold, in
    # Traditional characters for the Traditional issue)
    titles = [a["title"] for a in gold(stem)["articles"] if a["title"]]
    found_simp = sum(han(t) in {han(a.title or "") for a in simp} for t in titles)
    found_trad = sum(han(S2TWP.convert(t)) in {han(a.title or "") for a in trad} for t in titles)
    assert found_trad >= found_simp - 1


def test_every_text_is_given_back_in_the_sources_characters():
    text = (DOCS_SRC / "2020-12-jzdx.txt").read_text("utf-8")
    trad = S2TWP.convert(text)
    res = split_source(trad.encode(), "t.txt", IssueMeta(id="t"))
    source = han(trad)    # repair makes "," next to Chinese "，": compare the characters
    for a in res.articles:
        for field in [a.title, a.unit, a.section, *a.authors]:
            if field:
                assert han(field) in source
        # every character of the body is one the source printed
        assert not Counter(han(a.body)) - Counter(source)
    for d in res.dropped:
        assert d.text.strip() in trad


def test_one_simplified_character_for_several_is_given_back_as_printed_there():
    # 干 stands for 幹 (幹部) and 乾 (乾淨) and for itself (干涉); a text the split joins
    # across a line end is given back character for character
    lines = [Line(1, "幹部要乾淨做事，不干涉群眾"), Line(2, "生活。基層幹部說：乾淨的村莊。"),
             Line(3, "這裡的幹部們從不干涉。"), Line(4, "這是一個關於黨員組織工作的會議，說明了問題。")]
    shadow, back = simplified_shadow(lines)
    assert back is not None
    assert shadow[0].text == "干部要干净做事，不干涉群众"
    assert back.text("干部要干净做事，不干涉群众生活。") == "幹部要乾淨做事，不干涉群眾生活。"
    assert back.text("  这里的干部们从不干涉。") == "  這裡的幹部們從不干涉。"
    # a character the split wrote itself is given as the issue prints it most often
    assert back.text("【干部】") == "【幹部】"


def test_a_simplified_issue_is_read_as_it_is():
    lines = [Line(1, "著名的党建工作者说：基层干部要干净。")]
    shadow, back = simplified_shadow(lines)
    assert back is None and shadow is lines


def test_a_passage_printed_twice_is_given_back_as_printed_at_each_place():
    # the same sentence twice, once with 才 and once with 纔 (both 才 in the shadow), and the
    # split's full-width commas where the source has half-width ones
    first = "一個黨員就是一面旗幟,旗幟招展,才會有凝聚力、號召力,最終實現領導力。"
    second = first.replace("才會", "纔會")
    filler = "黨的基層組織是確保黨的路線方針政策和決策部署貫徹落實的基礎。要以提升組織力為重點。"
    text = "\n".join(["讓基層黨組織力量倍增", first, filler * 3, second])
    p = split_passes(text.encode(), "t.txt", IssueMeta(id="t"))
    body = p.result.articles[0].body
    assert body.index("才會有凝") < body.index("纔會有凝")
    assert lost_lines(p.lines, p.result) == []


def test_a_word_the_converter_changes_is_given_back_as_printed_before_a_comma():
    # a sample's lines, mutated and in Traditional characters, as hypothesis found them
    # (test_properties): tw2sp reads the Taiwan word 核心 as 内核, the split writes "，" for
    # the source's "," right after it, and 内 and 核 stand for other characters elsewhere
    text = (Path(__file__).parent / "fixtures" / "p10" / "mutated_traditional.txt").read_bytes()
    p = split_passes(text, "t.txt", IssueMeta(id="t"))
    assert any("核心區，不足" in a.body for a in p.result.articles)
    assert lost_lines(p.lines, p.result) == []


def test_words_the_converter_gives_a_computing_sense_are_read_as_meant():
    # tw2sp makes 通訊員 a 通信员 and 資料圖片 a 数据图片: in the shadow they are the reporter's role
    # and the picture's credit the splitter knows, and the credit is given back as printed
    simplified = ["学校召开基层党支部书记培训会",
                  "本网讯（通讯员　闵思远）5月25日，学校基层党支部书记培训会在图书馆报告厅举行。全校160余人参加培训。",
                  "会议强调，各党支部书记要切实担负起抓党建第一责任人职责，推动党建工作与事业发展深度融合。"]
    text = "\n".join(S2TWP.convert(line) for line in simplified)
    assert "通訊員" in text
    (article,) = split_source(text.encode("utf-8"), "t.txt", IssueMeta(id="t")).articles
    assert article.authors == ["閔思遠"] and article.role == "通訊員"
    lines = [Line(k, t) for k, t in enumerate(text.split("\n") + ["（資料圖片）"], 1)]
    shadow, restorer = simplified_shadow(lines)
    assert restorer is not None and "通讯员" in shadow[1].text and shadow[-1].text == "（资料图片）"


def test_a_column_tw2sp_reads_as_an_sms_keeps_its_name():
    # s2twp prints the column 简讯 as 簡訊, which tw2sp reads back as 短信 (a phone's message): in
    # the shadow it is the column the splitter knows, and its briefs are given back under 簡訊
    simplified = ["某川推行“书记项目”制度", "本报某川6月3日电（记者阮清）",
                  "某川市在各级党组织书记中推行", "“书记项目”制度，每名书记每", "年领办一至两个党建重点项目，",
                  "年底进行公开述职和评议。目前，", "全市已确定书记项目八百余个。",
                  "简讯",
                  "■临溪县近日举办新发展党员集", "中培训班，一百二十名预备党员", "参加培训。",
                  "■东坪镇为辖区内八十位老党员", "送去“政治生日”贺卡，勉励老", "党员继续发挥作用。"]
    text = "\n".join(S2TWP.convert(line) for line in simplified)
    assert "簡訊" in text
    result = split_source(text.encode("utf-8"), "t.txt", IssueMeta(id="t"))
    assert [(a.kind, a.section) for a in result.articles][1:] == [("brief", "簡訊"), ("brief", "簡訊")]
