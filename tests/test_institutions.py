"""P15: units as institutions — the institutions a printed unit names and the posts held there,
on P15's examples and the samples' units; the unit index lists institutions."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import GOLD_OF, gold
from qikan.site.institutions import affiliation

POST_WORDS = ("常委", "书记", "部长", "主任", "局长", "成员", "组织部长")


@pytest.mark.parametrize("unit, institutions, posts", [
    ("海原县委常委、组织部部长", ("海原县委", "海原县委组织部"), ("常委", "部长")),
    ("吴忠市委常委、同心县委书记", ("吴忠市委", "同心县委"), ("常委", "书记")),
    ("永吉县委常委、组织部长", ("永吉县委", "永吉县委组织部"), ("常委", "部长")),
    ("中央党校党建部副主任", ("中央党校党建部",), ("副主任",)),
    ("吴忠市国土资源局副局长、党组成员", ("吴忠市国土资源局", "吴忠市国土资源局党组"), ("副局长", "成员")),
    ("荆州市委党校", ("荆州市委党校",), ()),
    ("南溪师范学院马克思主义学院；安远大学党建研究院", ("南溪师范学院马克思主义学院", "安远大学党建研究院"), ()),
])
def test_a_unit_names_institutions_and_posts(unit, institutions, posts):
    got = affiliation(unit)
    assert (got.institutions, got.posts) == (institutions, posts)


def test_the_unit_index_is_institutions_not_posts(built_site):
    """At most 10 % of the 单位 index's entries end in a post word (21 of 24 did)."""
    index = (Path(built_site["site"]) / "units.html").read_text("utf-8")
    names = re.findall(r'<li><a href="units/[^"]+">([^<]+)</a>', index)
    assert len(names) >= 10
    with_post = [n for n in names if n.endswith(POST_WORDS)]
    assert len(with_post) <= 0.1 * len(names), with_post
    units = {g["unit"] for stem in GOLD_OF for g in gold(stem)["articles"] if g["unit"]}
    assert "海原县委组织部" in names and "海原县委常委、组织部部长" in units
