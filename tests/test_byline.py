"""Byline parsing on the shapes the journals print."""
from __future__ import annotations

from qikan.split.byline import parse_byline, split_names


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
