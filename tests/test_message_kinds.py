"""Kinds nobody described (P10, Part AH of the hand-written corpus): a 手机报 sent as a multimedia
message, and a collection of songs. Small texts written for these tests, split through the whole
pipeline as `split FILE` splits them."""
from __future__ import annotations

from conftest import split_checked


def test_a_multimedia_messages_frames_headlines_and_one_line_news():
    lines = ["【某县党建手机报】", "2026年3月2日　星期一　第52期", "",
             "[1/3]", "[图片：报头.jpg]", "【要闻】",
             "1.【县委召开党建工作领导小组会议】2月27日，县委党建工作领导小组召开会议，研究今年基层党建"
             "重点任务，要求各乡镇三月底前完成村级组织活动场所排查。（记者　温一帆）",
             "2.【全县村党组织书记集中轮训开班】3月1日，全县村党组织书记集中轮训在县委党校开班，"
             "一百二十名书记参加为期五天的学习。",
             "", "[2/3]", "【学习园地】", "一张借条的分量", "文/郑小禾",
             "老支书去世后，家人在他的抽屉里翻出一张借条，借的是村集体的两百元钱，后面写着已还清。"
             "一张借条，记着的是公私分明的规矩。",
             "", "[3/3]", "【一句话新闻】",
             "▲某镇开展党员积分管理，七百余名党员参加首月评议。",
             "▲某社区为老党员送学上门，覆盖行动不便党员三十人。",
             "━━━━━━━━━━━━━━━━", "编辑：包晓禾　　审核：甘仲远",
             "订阅：编辑短信“DJ”发送至10650000订阅；退订请回复“TD”。",
             "【某县党建手机报】本期完"]
    result = split_checked("\n".join(lines), "sms-paper.txt")
    assert [(a.title, a.section, a.authors) for a in result.articles] == [
        ("县委召开党建工作领导小组会议", "要闻", ["温一帆"]),
        ("全县村党组织书记集中轮训开班", "要闻", []),
        ("一张借条的分量", "学习园地", ["郑小禾"]),
        # (an untitled brief's title is its first sentence, when that is short)
        ("某镇开展党员积分管理，七百余名党员参加首月评议", "一句话新闻", []),
        ("某社区为老党员送学上门，覆盖行动不便党员三十人", "一句话新闻", [])]
    # ▲ sentences of news under a column's label are its briefs, not the captions of pictures
    assert [a.kind for a in result.articles[-2:]] == ["brief", "brief"]
    # the frames, the picture's place, the staff, the ordering and the end mark are no text
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons[4] == reasons[10] == reasons[16] == "frame number of a multimedia message"
    assert reasons[5] == "picture placeholder"
    assert reasons[21] == "editors of the page"
    assert 22 in reasons and 23 in reasons
    assert all("订阅" not in a.body and "本期完" not in a.body for a in result.articles)


def test_a_song_collection_credits_the_lyricist_and_keeps_its_parts_in_one_song():
    lines = ["某县原创歌曲作品集", "某县文学艺术界联合会　编", "",
             "一路山花向党开", "作词：符晓岚　　作曲：欧仲平", "演唱：某县教师合唱团",
             "1=D　4/4　深情地", "5 3 5 6 | 1 — 6 | 5 3 2 1 |",
             "【主歌一】", "　　山路弯弯通村口，", "　　党员带头走前头。", "",
             "【副歌】", "　　一路山花向党开，", "　　好日子一年一年来。", "",
             "【尾声】", "　　好日子一年一年来。", "",
             "村口那盏灯", "词：鲁春燕（某镇文化站）", "曲：欧仲平",
             "【主歌】", "　　村口那盏灯，", "　　照着回家的人。", "",
             "【副歌】", "　　灯下有人等，", "　　等的是亲人。"]
    result = split_checked("\n".join(lines), "songs.txt")
    assert [(a.title, a.authors, a.unit) for a in result.articles] == [
        ("一路山花向党开", ["符晓岚"], None),
        ("村口那盏灯", ["鲁春燕"], "某镇文化站")]
    first = result.articles[0]
    # a song's parts are headings inside it, not columns nor titles of their own
    assert first.section is None and "好日子一年一年来" in first.body and "副歌" in first.body
    # its key, time and notes are no words of it
    assert sorted(d.line for d in result.dropped if d.reason == "a song's score") == [7, 8]
