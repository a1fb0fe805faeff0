"""Institutions: a unit as printed → the institutions it names and the posts held there.

Takes the `unit` string of an article ("海原县委常委、组织部部长", "中央党校党建部副主任",
"荆州市委党校"); gives `Affiliation(institutions, posts)`: 海原县委 and 海原县委组织部 with the
posts 常委 and 部长. The unit index, the unit pages and `citation_author_institution` list
institutions, so that a researcher counting by institution counts 海原县委组织部 once, whoever
held which post there; the article header shows the post beside the author. The split keeps
`unit` as printed (the contract and the scorer read it).

The post words are data (`POSTS`); a part of the unit that names no place ("组织部部长" after
"海原县委常委") belongs to the institution named before it. Written by hand: no library knows
the posts of Chinese party and government organs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Post words, longest first, so that 副部长 is tried before 部长.
POSTS = sorted((
    "常务副部长", "副部长", "部长", "副书记", "书记", "常委", "副主任", "主任", "副局长", "局长",
    "副处长", "处长", "副科长", "科长", "副主席", "主席", "副院长", "院长", "副校长", "校长",
    "副教授", "教授", "讲师", "副研究员", "研究员", "委员", "干事", "干部", "负责人", "副县长",
    "县长", "副市长", "市长", "副区长", "区长", "副镇长", "镇长", "副乡长", "乡长", "副主编",
    "主编", "副秘书长", "秘书长", "调研员", "组长", "副组长", "成员", "党员", "职工", "工作人员",
), key=len, reverse=True)
# "组织部长" is 组织部 + 部长 printed short: these organ stems take their 部 back
SHORT_ORGANS = ("组织", "宣传", "统战")
# a part that names a place or a national body stands on its own
PLACE = re.compile(r"(省|市|县|区|州|旗|盟|乡|镇|村|街道|社区|自治区|中央|中共|国家|全国)")


@dataclass(frozen=True)
class Affiliation:
    institutions: tuple[str, ...]
    posts: tuple[str, ...]


def _without_post(part: str) -> tuple[str, str | None]:
    """("海原县委", "常委") of "海原县委常委"; (part, None) when it ends in no post."""
    if part.endswith(tuple(stem + "部长" for stem in SHORT_ORGANS)) and \
            not part.endswith("部部长"):
        return part[:-1], "部长"  # "组织部长": 组织部 + 部长
    for post in POSTS:
        if part.endswith(post) and len(part) > len(post):
            return part[:-len(post)], post
    return part, None


def affiliation(unit: str | None) -> Affiliation:
    """The institutions and posts a printed unit names, in their order."""
    institutions: list[str] = []
    posts: list[str] = []
    base = ""  # the last institution that named its place
    for part in re.split(r"[、，,；;\s]+", (unit or "").strip()):
        organ, post = _without_post(part)
        if post:
            posts.append(post)
        if not organ:
            continue
        if PLACE.search(organ):
            base = organ
        elif base:
            organ = base + organ  # "组织部" of the 海原县委 named before it
        if organ not in institutions:
            institutions.append(organ)
    return Affiliation(tuple(institutions), tuple(posts))


def institutions(unit: str | None) -> list[str]:
    return list(affiliation(unit).institutions)
