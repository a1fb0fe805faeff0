"""Lists: classified lines → the rows of a notice's list marked as its text.

Takes the `Ln`s classify gave; marks, in place, three rows or more of names and posts ("丁秋禾　　某
社区党委书记") or of offices alone, under the line that introduces them ("一、优秀共产党员（10名）",
"（以姓氏笔画为序）", "…名单如下："), as lines of the text: no title, no byline, no signature each.
"""
from __future__ import annotations

import re

from .layout import Ln
from .names import is_institution

# "一、理论网评", "一、优秀共产党员（2名）": a numbered part of a collection, named (a body's subhead is
# numbered alike)
NUMBERED_PART = re.compile(r"^[一二三四五六七八九十]{1,3}、([\u4e00-\u9fff]{2,8})(（\d{1,3}[名个人篇项]）)?$")
# "丁秋禾　　城东街道梧桐社区党委书记", "方　静　　区第二实验小学校长": a name, a gap, a post (a row of a
# list of names); "（以姓氏笔画为序）": the order of such a list
NAME_ROW = re.compile(r"^[\u4e00-\u9fff](\s?[\u4e00-\u9fff]){1,3}(\s{2,}|\u3000)\S")
ORDER_NOTE = re.compile(r"^[（(]?(以|按)姓氏笔画(为序|排序|排列)[）)]?$")


def _introduces_list(text: str) -> bool:
    """"一、优秀共产党员（10名）", "（以姓氏笔画为序）", "现将名单公布如下：": a line a list follows
    (not a title over several writers' bylines, not a text over its signatories)."""
    t = text.strip()
    # (the last character asked first: it rules out nearly every line)
    return t[-1:] in "：:" or t[-1:] in "）)" and (m := NUMBERED_PART.match(t)) is not None and bool(m.group(2)) \
        or "姓氏笔画" in t and ORDER_NOTE.match(t) is not None


def list_row(l: Ln) -> bool:
    """A name and a post, or an office alone: a row of a notice's list, maybe."""
    return NAME_ROW.match(l.text) is not None or l.han <= 30 and is_institution(l.text)


# rows of a list one after another: the fewest that make one
LIST_ROWS = 3


def listed_rows(out: list[Ln]) -> None:
    """"丁秋禾　　某社区党委书记" / "马晓东　　区人民医院急诊科主任" / …, "中共某社区委员会" / "中共某村总
    支部委员会" / …: three rows or more of names and posts, or of offices alone, one under another
    under the line that introduces them — a notice's list, each row a line of its text (no
    title, no byline, no signature)."""
    # (the introducing line asked first: most lines introduce nothing, and a row's test is dearer)
    for k in range(1, len(out)):
        if not _introduces_list(out[k - 1].text):
            continue
        end = k
        while end < len(out) and out[end].kind in ("body", "byline") and not out[end].listed and list_row(out[end]):
            end += 1
        if end - k >= LIST_ROWS:
            for l in out[k:end]:
                l.kind, l.by, l.title_shape, l.stop = "body", None, False, True
