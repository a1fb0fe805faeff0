"""A city magazine as other editors print it (P10, Part Q of the hand-written corpus): a
contents read across two columns naming the columns, a branch secretary's story told to the
magazine (口述), photo pages on the inner covers — small issues written for these tests,
split through the whole pipeline as `split FILE` splits them."""
from __future__ import annotations

from conftest import split_checked

from qikan.split.byline import parse_head_byline


def test_a_contents_read_across_two_columns_names_the_columns_of_the_issue():
    lines = ["某西党建　2026年第5期", "目　录",
             "卷首　　　　　　　　　　　　　　　　基层来风",
             "02　让制度长出“牙齿”　　　　　　　08　“红色驿站”暖了骑手心",
             "村官说事　　　　　　　　　　　　　清风廉韵",
             "05　我们村的“议事长廊”　　　　　　11　一张没有报销的车票",
             "卷　首", "让制度长出“牙齿”",
             "　　制度的生命力在于执行。基层党建工作中，有的", "制度挂在墙上、写在纸上，却没有落在行动上，成了",
             "“稻草人”。让制度长出“牙齿”，关键在于较真碰硬。",
             "　　较真碰硬，要从每一次组织生活抓起。支部的", "“三会一课”开没开、开得好不好，不能只看台账。",
             "　　较真碰硬，还要敢于对违反制度的行为说不，", "让制度真正成为带电的高压线。", "（丁　松）",
             "村官说事", "我们村的“议事长廊”", "口述：严大川（某区白沙镇柳岗村党支部书记）",
             "　　我们柳岗村村口有一条长廊，过去村民在这里乘", "凉聊天。三年前，村党支部把它改成了“议事长廊”，",
             "每周五晚上，村干部都坐在这里，听大家说事。",
             "　　议事长廊开起来以后，村里的事情摆到了明处。", "修路怎么修、补贴怎么分，大家当面说、当面议。"]
    res = split_checked("\n".join(lines))
    preface, story = res.articles
    assert (preface.title, preface.section) == ("让制度长出“牙齿”", "卷首")
    # a column named only in the contents' second column, printed over the story's title
    assert (story.title, story.section) == ("我们村的“议事长廊”", "村官说事")
    assert (story.authors, story.unit) == (["严大川"], "某区白沙镇柳岗村党支部书记")
    assert all(d.reason.startswith("table of contents") for d in res.dropped if 2 <= d.line <= 6)


def test_one_who_told_his_story_is_its_author():
    assert parse_head_byline("口述：严大川（某区白沙镇柳岗村党支部书记）").authors == ["严大川"]
    assert parse_head_byline("口述人：严大川").authors == ["严大川"]


def test_photo_pages_on_the_inner_covers_and_the_covers_caption():
    lines = ["某川组工　2026年第8期", "封面：某市青岭镇党员志愿服务队在田间宣讲政策", "",
             "封二", "党旗飘在项目一线", "",
             "　　今年以来，某市在重点项目上组建党员突击队六十余支，让党旗在一线高高飘扬。", "",
             "　　①城北快速路施工现场，党员突击队开展夜间攻坚。", "　　②临时党支部在工地召开“三会一课”。", "",
             "封三", "夏日里的“红色课堂”", "",
             "　　暑期，全市各级党组织组织青少年走进红色教育基地，上好开学前的预习课。", "",
             "　　①青少年在革命纪念馆参观学习。", "摄影：纪小岚", "",
             "封底", "欢迎订阅2027年《某川组工》　内部资料　免费交流"]
    res = split_checked("\n".join(lines))
    assert [(a.title, a.section) for a in res.articles] == [
        ("党旗飘在项目一线", "封二"), ("夏日里的“红色课堂”", "封三")]
    reasons = {d.line: d.reason for d in res.dropped}
    assert reasons[2] == reasons[21] == "cover caption or subscription notice"


def test_a_contents_entry_shaped_as_a_running_head_and_a_profiles_record_box():
    # (Part S's citymag-s1) entries "title　　　　　　01" read like a running head with its page
    # number, and stay entries of the contents; a profile's 【人物档案】 box is part of its text
    lines = ["某汀先锋", "2026年第4期（总第211期）", "目　录", "卷首语", "把党建责任扛在肩上　　　　　　　　　　　　01",
             "人　物", "守着老街的“红管家”　　　　　　　　　　　10", "卷首语", "把党建责任扛在肩上",
             "　　抓党建是本职，不抓党建是失职，抓不好党建是不称职。各级党组织书记要把责任扛在肩上。",
             "本刊评论员", "人　物", "守着老街的“红管家”", "文/本刊通讯员　姚　薇",
             "　　老街社区是城区最老的街区之一，巷子窄、楼房旧、老人多。二十年来，韩玉梅每天早上七点",
             "准时出现在巷口。", "【人物档案】", "姓名：韩玉梅", "职务：老街社区党委书记", "荣誉：全省优秀共产党员",
             "　　去年老街改造，涉及三百多户居民，韩玉梅带着党员挨家挨户听意见，最终没有一户上访。"]
    res = split_checked("\n".join(lines))
    assert [(a.title, a.section) for a in res.articles] == [("把党建责任扛在肩上", "卷首语"), ("守着老街的“红管家”", "人物")]
    profile = res.articles[1]
    assert profile.authors == ["姚薇"] and "姓名：韩玉梅" in profile.body and profile.body.endswith("没有一户上访。")
    assert {d.line: d.reason for d in res.dropped}[5].startswith("table of contents")
