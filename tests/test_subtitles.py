"""A video's subtitle files joined into one text (P10, Part R of the hand-written corpus: a
kind nobody described): each file one video, its cues' numbers and times no text."""
from __future__ import annotations

from qikan.sidecar import parse_sidecar
from qikan.split.conserve import lost_lines
from qikan.split.ingest import read_issue_lines
from qikan.split.pipeline import split_source


def _srt(cues: list[list[str]]) -> list[str]:
    out: list[str] = []
    for n, cue in enumerate(cues, 1):
        out += [str(n), f"00:00:{n:02d},300 --> 00:00:{n + 1:02d},100", *cue, ""]
    return out


def test_subtitle_files_joined_into_one_text_one_article_a_video():
    lines = ["“红色某州”微党课　字幕文本合集", "整理：某州市委组织部电化教育中心　2026年6月", "",
             "==================== 01_一盏马灯.srt ====================",
             *_srt([["“红色某州”微党课"], ["第一课　一盏马灯"], ["主讲：邱岚（某州市委党校讲师）"],
                    ["同志们好，欢迎收看本期微党课。"], ["今天，我们从一盏马灯讲起。"],
                    ["这盏马灯，现在陈列在", "柳溪村党史陈列馆的展柜里。"],
                    ["出品：中共某州市委组织部", "制作：某州市融媒体中心"]]),
             "==================== 02_一张借条.srt ====================",
             *_srt([["“红色某州”微党课"], ["第二课　一张借条的分量"], ["主讲：祁云（某州市档案馆馆员）"],
                    ["大家好，今天和大家聊一张借条。"], ["在市档案馆的库房里，", "保存着一张发黄的借条。"]])]
    data = "\r\n".join(lines).encode("utf-8-sig")
    result = split_source(data, "srt.txt", parse_sidecar("", "", "srt"))
    assert lost_lines(read_issue_lines(data, "srt.txt"), result) == []
    first, second = result.articles
    assert (first.title, first.authors, first.unit) == ("一盏马灯", ["邱岚"], "某州市委党校讲师")
    assert first.body == ("同志们好，欢迎收看本期微党课。\n\n今天，我们从一盏马灯讲起。\n\n"
                          "这盏马灯，现在陈列在柳溪村党史陈列馆的展柜里。")
    assert (second.title, second.authors) == ("一张借条的分量", ["祁云"])
    assert second.body.endswith("保存着一张发黄的借条。")
    reasons = {d.reason for d in result.dropped}
    assert {"the cue's time code", "page number or issue mark", "who made the video",
            "before the first video: the compiler's own lines"} <= reasons
    # no time code, no cue number in any text
    assert not any("-->" in a.body for a in result.articles)
