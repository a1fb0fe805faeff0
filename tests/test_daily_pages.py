"""A daily's pages as other papers print them (P10, Part Q of the hand-written corpus): a
weekly supplement's head, a reader's letter answered by the column's editor, page heads at the
pages' feet, briefs whose closing credit wraps onto a line of its own — small pages written
for these tests, split through the whole pipeline as `split FILE` splits them."""
from __future__ import annotations

from conftest import split_checked

from qikan.split.end_lines import parse_end_line


def test_a_supplements_page_its_name_the_column_a_letter_answered_by_the_columns_editor():
    lines = ["2026年6月24日　星期三　　7", "理论周刊　第186期", "责任编辑：卢　曼　　校对：苏　晴",
             "把“放心不下”落到实处", "冯南星",
             "　　基层党建工作千头万绪，", "最怕的是“差不多”。对党员", "队伍的状况放心不下，就会", "多走访、多谈心。",
             "▲在某市江北区一处社区党群服务中心，党员志愿者为居民讲解政策。（新华社发）",
             "　　把“放心不下”转化为“放", "得下心”，还要在建机制上", "下功夫。",
             "（作者系某市委党校副校长）",
             "理论信箱", "党员年龄大了还要参加组织生活吗",
             "　　编辑同志：我是一名有四", "十多年党龄的老党员，腿脚", "不太方便。请问，年纪大了", "还必须参加组织生活吗？",
             "某市城南区　庞守业",
             "　　答：按照党章规定，每个", "党员都要参加组织生活。对", "行动不便的党员，支部可以", "送学上门。",
             "（本栏编辑）", "本版制图：温　言"]
    res = split_checked("\n".join(lines))
    essay, letter = res.articles
    assert (essay.title, essay.authors, essay.section) == ("把“放心不下”落到实处", ["冯南星"], "理论周刊")
    assert "新华社发" not in essay.body and essay.body.endswith("下功夫。")
    # the reader signs the question, the editor answers under it: one item, the reader's
    assert (letter.title, letter.authors, letter.section) == ("党员年龄大了还要参加组织生活吗", ["庞守业"], "理论信箱")
    assert "答：" in letter.body
    reasons = {d.line: d.reason for d in res.dropped}
    assert reasons[2] == "head of the paper's supplement"
    assert reasons[10] == "photo caption"


def test_a_village_or_a_district_signs_a_letter_the_columns_editor_no_one():
    assert parse_end_line("某市城南区　庞守业").authors == ["庞守业"]
    assert parse_end_line("永安县槐树村　秦伯年").authors == ["秦伯年"]
    assert parse_end_line("（本栏编辑）").authors == []
    # a headline's two phrases are no place and name
    assert parse_end_line("建设美丽乡村　何以为家") is None


def test_page_heads_printed_at_the_pages_feet_name_the_page_above_them():
    lines = ["一根“红线”串起山乡振兴路", "本报记者　聂卓然",
             "初夏时节，走进柘溪县茶岭片区，连片的茶", "园一直铺到山脊。如今五个村联成一个“党", "建联盟”，茶农的腰包鼓了起来。",
             "", "2026年7月1日　星期三　第3版　综合新闻　　责任编辑：甄　慧", "",
             "我在山村教书的二十年", "邓月英",
             "二十年前，我背着铺盖卷来到茶岭村小学，", "那时学校只有两间土坯房、十几个孩子。",
             "（作者系柘溪县茶岭村小学校长）", "",
             "2026年7月1日　星期三　第4版　七一专版　　责任编辑：甄　慧"]
    res = split_checked("\n".join(lines))
    lead, essay = res.articles
    assert (lead.title, lead.section) == ("一根“红线”串起山乡振兴路", "综合新闻")
    assert (essay.title, essay.section) == ("我在山村教书的二十年", "七一专版")
    assert {d.line: d.reason for d in res.dropped}[7] == "page head of the newspaper"


def test_a_briefs_closing_credit_wrapped_onto_a_line_of_its_own_names_its_reporters():
    lines = ["乡镇快讯",
             "6月26日，柘溪县石门镇开展“党员进网格”", "集中行动，全镇在职党员到居住地网格报到。（通讯员　晏　春）",
             "6月28日，柘溪县龙潭镇在红军桥旧址举行", "主题党日活动，全镇党员代表一百余人参", "加。（通讯员　闵　",
             "涛　柯雨桐）",
             "近日，柘溪县城关镇举办新发展党员培训班，", "四十二名发展对象进行了集中学习。（通讯员　华",
             "婉）"]
    res = split_checked("\n".join(lines))
    assert [a.authors for a in res.articles] == [["晏春"], ["闵涛", "柯雨桐"], ["华婉"]]
    assert all("通讯员" not in a.body for a in res.articles)


def _column(text: str, width: int = 16) -> list[str]:
    """A paragraph set in a narrow column: indented, wrapped at `width` characters."""
    text = "　　" + text
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_a_front_page_its_head_after_the_papers_name_a_commentary_after_a_full_line_a_trainee():
    # (Part S's daily-s1) the page head printed after the paper's name; a lead whose last line
    # fills the column and ends its sentence, a bracketed box label, the commentary's headline
    # over 本报评论员; the weather box; a feature by a trainee reporter
    lead = _column("本报讯（记者　罗映雪）3月17日，记者从市委组织部获悉，我市在全市城乡社区全面推行"
                   "“支部建在网格上”，推动资源、服务和管理向网格下沉。")
    lines = ["某汀日报　2026年3月18日　星期三　第1版　要闻", "全市推行“支部建在网格上”", *lead,
             "【数说】", "一组数字看网格党建", "1863个　全市网格党支部", "（数据来源：市委组织部）",
             "让党旗在网格上高高飘扬", "本报评论员",
             *_column("基层治理千头万绪，落脚点在网格。把支部建在网格上，是把党的组织优势转化为治理效能的具体行动。"),
             "天气预报", "今天：多云转小雨　8℃～15℃", "东南风3级", "（市气象台提供）",
             "【特写】", "凌晨四点的“红马甲”", "本报见习记者　卢一鸣",
             *_column("凌晨四点，蔬菜批发市场灯火通明。穿着红马甲的党员志愿者已经在入口处忙开了。"),
             "本版责任编辑：许　蔓"]
    res = split_checked("\n".join(lines))
    titles = [a.title for a in res.articles]
    assert titles[0] == "全市推行“支部建在网格上”" and res.articles[0].section == "要闻"
    commentary = next(a for a in res.articles if a.authors == ["本报评论员"])
    assert commentary.title.endswith("让党旗在网格上高高飘扬")
    assert commentary.body.startswith("基层治理千头万绪")
    feature = res.articles[-1]
    assert (feature.title, feature.authors, feature.section) == ("凌晨四点的“红马甲”", ["卢一鸣"], "特写")
    reasons = {d.line: d.reason for d in res.dropped}
    assert reasons[1] == "page head of the newspaper"
    weather = lines.index("天气预报") + 1
    assert all(reasons[n].startswith("weather box") for n in range(weather, weather + 4))


def test_a_serials_part_its_number_no_word_of_its_title_and_its_to_be_continued():
    lines = ["某阳报　2026年4月9日　星期四　第3版　综合新闻　　责编：邹　宁", "",
             "【红色某阳·连载】", "老交通站的故事（之三）", "文/某阳县党史研究室　钟　岚",
             "　　渡口的盘查比往常严得多。秦满仓把密信缝进草鞋底，混在挑担的人群里过了渡口。",
             "　　过了渡口，天已擦黑。按照约定，他要在天亮前赶到柿子坪。", "（未完待续）", "",
             "一句话新闻", "　　■县委组织部近日举办全县村级后备干部培训班，80余人参加。",
             "　　■县人民医院党委开展“党员专家进乡村”义诊活动。"]
    res = split_checked("\n".join(lines))
    serial = res.articles[0]
    assert (serial.title, serial.authors, serial.unit) == ("老交通站的故事", ["钟岚"], "某阳县党史研究室")
    assert serial.body.endswith("赶到柿子坪。")
    reasons = {d.line: d.reason for d in res.dropped}
    assert reasons[1] == "page head of the newspaper" and reasons[8] == "end mark"
    assert [a.section for a in res.articles[1:]] == ["一句话新闻", "一句话新闻"]
