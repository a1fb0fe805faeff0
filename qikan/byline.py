"""Byline: one line of a title block or an article's end → who wrote it, in what role, from where.

Takes a line's text; gives a `Byline` (authors, role, unit, writer) or None when the line is
not a byline. Written by hand: bylines in party-building journals follow a handful of
typographic conventions ("□ 姓名", "● 职务 姓名", "本报记者 姓名", "（作者单位：…）") that no
general NER library models, and a name with a layout space inside ("孙 瑛") must be rejoined.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# "本报记者 赵成", "本刊评论员", "新华社记者"
ROLES = ("本报记者", "本报通讯员", "本刊记者", "本刊通讯员", "本刊评论员", "本报评论员",
         "新华社记者", "通讯员", "记者")
ROLE_RE = re.compile("^(" + "|".join(ROLES) + r")\s*(.*)$")
# "□ 任善华", "● 本刊评论员", "● 吴忠市委常委、组织部部长 孙 瑛"
MARK_RE = re.compile(r"^\s*[□●■◎○◆◇]\s*(.+?)\s*$")
# "（作者单位：荆州市委党校）", "（作者系吴忠市委常委、同心县委书记）", "(作者祝灵君中央党校党建部副主任)"
END_RE = re.compile(r"^[（(]\s*(作者单位|作者系|作者：|作者:|执笔人?|作者)[：:]?\s*(.*?)\s*[）)]\s*$")
NAME_RE = re.compile(f"^[{HAN}]{{2,4}}$")


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    role: str | None = None
    unit: str | None = None
    writer: str | None = None


def clean_name(text: str) -> str:
    """A name with layout spaces removed: "孙 瑛" → "孙瑛"."""
    return re.sub(r"[\s\u3000\u00a0]+", "", text)


def split_names(text: str) -> list[str]:
    """Several names in one byline: "张三 李四", "张三、李四"; a two-character name may be
    letter-spaced ("王 琼"), so two single characters are one name."""
    parts = [p for p in re.split(r"[、,，;；\s\u3000\u00a0]+", text.strip()) if p]
    names: list[str] = []
    i = 0
    while i < len(parts):
        if len(parts[i]) == 1 and i + 1 < len(parts) and len(parts[i + 1]) <= 2:
            names.append(parts[i] + parts[i + 1])
            i += 2
        else:
            names.append(parts[i])
            i += 1
    return names


def parse_byline(text: str) -> Byline | None:
    """The byline this line carries, or None."""
    t = text.strip()
    if not t:
        return None
    m = END_RE.match(t)
    if m:
        key, rest = m.group(1), m.group(2)
        if key.startswith("执笔"):
            return Byline(writer="、".join(split_names(rest)))
        if key == "作者单位":
            return Byline(unit=rest)
        if key == "作者系":
            return Byline(unit=rest)
        if key in ("作者：", "作者:"):
            return Byline(unit=rest)
        # "(作者祝灵君中央党校党建部副主任)": name glued to the post
        m2 = re.match(f"^([{HAN}]{{2,3}}?)([{HAN}].*(?:主任|书记|部长|教授|研究员|校长|主席|院长|处长|局长|员|长))$", rest)
        if m2:
            return Byline(authors=[m2.group(1)], unit=m2.group(2))
        return None
    m = MARK_RE.match(t)
    if m:
        return _names_with_post(m.group(1))
    m = ROLE_RE.match(t)
    if m and len(t) <= 30:
        role, rest = m.group(1), m.group(2)
        if role.endswith("评论员") and not rest:
            return Byline(authors=[role])
        names = split_names(rest)
        if names and all(NAME_RE.match(n) for n in names):
            return Byline(authors=names, role=role)
    return None


def _names_with_post(text: str) -> Byline:
    """"吴忠市委常委、组织部部长 孙 瑛" → unit + author; "任善华" → author."""
    text = text.strip()
    m = re.match(r"^(.*[长记任员师授理席]|.*委员会|.*党委)\s+(\S.*)$", text)
    if m and len(clean_name(m.group(2))) <= 4:
        return Byline(authors=[clean_name(m.group(2))], unit=m.group(1).strip())
    return Byline(authors=[clean_name(n) for n in split_names(text)])
