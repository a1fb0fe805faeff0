"""Fields: an export of labelled records ("标题：…" / "作者：…" / "正文：…") → articles.

Takes the lines the furniture stage kept and the issue's `IssueMeta`; gives the articles and
the field lines read into them (`dropped`), or None when the text is no such export. A
reporting system's, a content system's or an office system's export (信息报送, 稿件库, OA) and a
collection of applications (项目名称/申报单位/项目负责人) print each piece as fields, a title field
first: the labels are the structure (a table of them, `FIELD_ROLES`, spaced or not), so no
layout is read — the lines after "正文：" (or after the fields) up to the next title field are
the body, the other fields name the piece's title, authors, unit, column and date; what the
collection prints before its first record is read by `front.py`. Written by hand: these exports
follow no standard a library reads.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ..model import Article, Dropped, IssueMeta, Line
from ..text import body_markdown
from .articles import TITLE_MARK, line_ranges
from .byline import NAME_POST, Byline, credit_pairs, names_with_post, parse_head_byline
from .end_lines import parse_end_line
from .layout import bracketed_name
from .names import clean_name, is_name
from .paragraphs import join_paragraphs
from .front import front_pieces
from .vocabulary import COLUMN_BAR

FieldRole = Literal["title", "subtitle", "author", "unit", "section", "date", "body", "other"]
# a field's label (letter-spacing taken out: "标　　题" → "标题") → what the article takes from it;
# "other" fields ("审核人", "项目周期") are read and set aside
FIELD_ROLES: dict[str, FieldRole] = {
    **dict.fromkeys(("标题", "题目", "文章标题", "稿件标题", "项目名称", "课题名称", "案例名称", "活动名称",
                     "作品名称", "题名", "组照题名", "词条"), "title"),
    "副标题": "subtitle",
    # (an archive's 著录人 wrote the record's description; a 审签单's 拟稿人 the text submitted)
    **dict.fromkeys(("作者", "撰稿人", "撰稿", "执笔人", "执笔", "项目负责人", "负责人", "申报人", "拟稿人",
                     "著录人"), "author"),
    **dict.fromkeys(("作者单位", "单位", "部门", "申报单位", "报送单位", "所在单位", "供稿单位", "拟稿单位"), "unit"),
    **dict.fromkeys(("栏目", "分类"), "section"),
    **dict.fromkeys(("发布时间", "发布日期", "日期", "报送日期", "著录日期"), "date"),
    **dict.fromkeys(("正文", "内容"), "body"),
    **dict.fromkeys(("来源", "关键词", "摘要", "稿件编号", "编号", "审核人", "审核", "签发状态", "签发人",
                     "项目周期", "项目类别", "类别", "联系人", "联系电话", "附件", "稿件信息", "组号", "张数",
                     "摄影者", "审核人", "拟报送渠道"), "other"),
}
# "标题：以高质量党建引领基层治理", "【作者】王明", "标　　题：…", "【正　　文】": a field's label
# (its characters maybe spaced apart) and its value; the longest label first ("作者单位", not "作者")
_LABELS = "|".join(r"\s*".join(label) for label in sorted(FIELD_ROLES, key=len, reverse=True))
FIELD = re.compile(f"^\\s*(?:[【\\[]({_LABELS})[】\\]]\\s*[：:]?|({_LABELS})\\s*[：:])\\s*(.*?)\\s*$")
# "著录人：林晚枫　　审核人：邵青砚": another field beside the first, on its line
SIDE_FIELD = re.compile(r"[ \u3000]{2,}(?=[^\s：:]{1,6}[：:])")
# "项目二　“党建+积分”激活农村党员队伍", "项目一": a numbered piece of a collection, with its title or
# alone over its title field
PIECE_TITLE = re.compile(r"^(?:项目|案例|课题|稿件)(?:[一二三四五六七八九十]{1,3}|\d{1,2})(?:[\s　]+(\S.*?))?\s*$")
FIRST_LINES = 40  # the first record's title field stands within these lines
# "2026-03-12", "2026年3月12日": a field's date, the piece's own
FIELD_DATE = re.compile(r"^(\d{4})\s*[-年./]\s*(\d{1,2})(?:\s*[-月./]\s*(\d{1,2}))?")


def field_of(text: str) -> tuple[FieldRole, str] | None:
    """The line's field: its role and its value; or None."""
    m = FIELD.match(text)
    if m is None:
        return None
    return FIELD_ROLES[re.sub(r"\s+", "", m.group(1) or m.group(2))], SIDE_FIELD.split(m.group(3), maxsplit=1)[0]


def _side_fields(text: str) -> list[tuple[FieldRole, str]]:
    """The fields beside a line's first ("拟稿单位：某局　　拟稿人：某某": 拟稿人's)."""
    return [got for part in SIDE_FIELD.split(text.strip())[1:] if (got := field_of(part)) is not None]


@dataclass
class _Record:
    fields: dict[FieldRole, str] = field(default_factory=dict)    # each role's first value
    heads: list[Line] = field(default_factory=list)   # the field lines before the body
    body: list[Line] = field(default_factory=list)
    # a field after a labelled body ("【附　　件】") and the lines under it: the record's, no body
    after: list[Line] = field(default_factory=list)
    # after a slug with no title field under it, the lines up to the next record: untitled
    # material of the programme ("稿件五　　类型：口播简讯" / "【口播简讯】" / "▲…" items)
    loose: list[Line] = field(default_factory=list)


def _records(kept: list[Line]) -> tuple[list[_Record], list[Line]] | None:
    """The records, and the lines before the first; None unless every record opens with a
    title field and each has a body or an author field, and some record an author or a body
    field or every one another field (a wiki's entries: "词条：…" / "分类：…")."""
    records: list[_Record] = []
    before: list[Line] = []
    in_body = False
    texted = [l for l in kept if l.text.strip()]
    for k, l in enumerate(texted):
        got = field_of(l.text)
        if got is None and (piece := PIECE_TITLE.match(l.text.strip())) and piece.group(1) \
                and k + 1 < len(texted) and (under := field_of(texted[k + 1].text)) is not None \
                and under[0] != "title":
            got = ("title", piece.group(1))    # "项目二　…" over the piece's other fields
        role, value = got or (None, "")
        if role == "title":
            slug = records[-1].loose[:1] if records and len(records[-1].loose) == 1 else []
            held = records[-1].body if records else before
            if not slug and held and (alone := PIECE_TITLE.match(held[-1].text.strip())) and not alone.group(1):
                slug = [held.pop()]     # "项目三" alone over "项目名称：…"
            records.append(_Record(heads=slug))
            if slug and len(records) > 1 and records[-2].loose:
                records[-2].loose = []
            in_body = False
        if not records:
            before.append(l)
            continue
        r = records[-1]
        if r.loose or r.body and NEXT_SLUG.match(l.text.strip()):
            r.loose.append(l)   # (a slug right over the next title field goes with it below)
            continue
        if r.after or in_body and role not in (None, "body"):
            r.after.append(l)   # (the record's fields after its text)
            continue
        if role and not in_body:
            for role_, value_ in [(role, value), *_side_fields(l.text)]:
                r.fields.setdefault(role_, value_)
            r.heads.append(l)
            if role == "body":
                in_body = True
                if value:  # "正文：今年以来，…": the body begins on the label's line
                    r.body.append(Line(l.no, value))
            continue
        r.body.append(l)
    if not records or not all(r.fields.get("title") for r in records) \
            or not all(r.body or "author" in r.fields for r in records) \
            or not any(r.fields.keys() & {"author", "body"} for r in records) \
            and not all(r.fields.keys() - {"title"} for r in records):
        return None
    return records, before


def _date(value: str | None, meta: IssueMeta) -> str | None:
    m = FIELD_DATE.match(value or "")
    if not m:
        return meta.date
    y, mo, d = m.groups()
    return f"{y}-{int(mo):02d}" + (f"-{int(d):02d}" if d else "")


# "稿件二　　类型：VCR　　时长：3′10″": the next record's slug, its fields side by side (not
# "著录人：某某　　审核人：某某　　著录日期：…", the record's own fields)
NEXT_SLUG = re.compile(r"^[^\s：:]{2,8}(?:[ \u3000]{2,}\S{1,6}[：:]\S+){2,}")
# lines of credits a record's body may close with ("（记者　柳　青）" / "编辑：汪若溪")
CREDIT_LINES_MAX = 3


def _closing_credits(body: list[Line]) -> tuple[list[Line], Byline | None]:
    """The body without the credit lines closing it, and the byline the first of them with
    authors gives ("记者：邓小川　文　浩　　编辑：汪若溪", "（记者　柳　青　通讯员　史家明）")."""
    k, by, seen = len(body), None, 0
    while k and seen < CREDIT_LINES_MAX:
        t = body[k - 1].text.strip()
        if not t:
            k -= 1
            continue
        got = parse_end_line(t)
        if got is None and credit_pairs(t) is None:
            break
        by = got if got is not None and got.authors else by
        k, seen = k - 1, seen + 1
    while k < len(body) and not body[k].text.strip():
        k += 1
    return body[:k], by


def split_fields(meta: IssueMeta, kept: list[Line]) -> tuple[list[Article], list[Dropped]] | None:
    """The articles of an export of labelled records, with the field lines read into them."""
    if not any((got := field_of(l.text)) and got[0] == "title" for l in kept[:FIRST_LINES]):
        return None     # (an export opens with its first record's title field)
    found = _records(kept)
    if found is None:
        return None
    records, before = found
    articles, dropped = front_pieces(meta, before)
    for r in records:
        f = r.fields
        by = _field_byline(f["author"]) if f.get("author") else None
        body, credits = _closing_credits(r.body)
        by = by or credits
        dropped += [Dropped(l.no, l.text, "credits closing the record, read into the article's fields",
                            "end-line") for l in r.body[len(body):]]
        paras = join_paragraphs([l.text for l in body])
        in_body = {x.no: x.text for x in r.body}
        # ("正文：今年以来，…": the label goes, the rest is the body's first line)
        dropped += [Dropped(l.no, l.text.strip().removesuffix(in_body[l.no]).strip() if l.no in in_body
                            else l.text, "field of an exported record, read into the article's fields",
                            "title-byline") for l in r.heads + r.after]
        title = f["title"]
        section = f.get("section") or None
        if (column := COLUMN_BAR.match(title)) and not section:
            # "支部书记谈振兴｜白鹭湾村：…": a series' name before the headline, its column
            section, title = column.group(1), column.group(2)
        articles.append(Article(
            id=f"{meta.id}-{len(articles) + 1:03d}", order=len(articles) + 1, title=title,
            body=body_markdown(paras), lines=line_ranges([l.no for l in r.heads + r.body]),
            subtitle=f.get("subtitle") or None, authors=by.authors if by else [],
            role=by.role if by else None,
            unit=clean_name(f.get("unit") or "") or (by.unit if by else None),
            section=section, kind="article" if paras else "fragment",
            date=_date(f.get("date"), meta)))
        if r.loose:
            briefs, aside = _bulleted_briefs(r.loose[1:], meta, len(articles))
            articles += briefs
            dropped += [Dropped(r.loose[0].no, r.loose[0].text, "field of an exported record, read "
                                "into the article's fields", "title-byline"), *aside]
    return articles, dropped


def _field_byline(value: str) -> Byline:
    """The author field's byline: "通讯员　温晓川" (a role and a name), "庞晓川（街道党工委书记）"
    (a name and a post), "区委组织部", "符海涛　闵秀兰"."""
    head = parse_head_byline(value)
    if head is not None and head.role and head.authors:
        return head
    if (post := NAME_POST.match(value.strip())) and is_name(post.group(1)):
        return Byline(authors=[clean_name(post.group(1))])  # (the post describes the person: no unit)
    return names_with_post(value)


def _bulleted_briefs(lines: list[Line], meta: IssueMeta, before: int) -> tuple[list[Article], list[Dropped]]:
    """Untitled material between records: each "▲headline" line over its text is a brief (in the
    column a "【口播简讯】" label names); the rest ("【结束语】", a presenter's goodbye) is no piece."""
    briefs: list[Article] = []
    aside: list[Dropped] = []
    section = None
    k = 0
    while k < len(lines):
        l = lines[k]
        t = l.text.strip()
        head = TITLE_MARK.match(t)
        body: list[Line] = []
        while head and k + 1 + len(body) < len(lines) and (x := lines[k + 1 + len(body)]).no == l.no + 1 + len(body) \
                and not TITLE_MARK.match(x.text.strip()):
            body.append(x)      # (up to a blank line: the lines come without the blank ones)
        if head and body:
            n = before + len(briefs) + 1
            briefs.append(Article(
                id=f"{meta.id}-{n:03d}", order=n, title=t[head.end():],
                body=body_markdown(join_paragraphs([x.text for x in body])),
                lines=line_ranges([l.no] + [x.no for x in body]), section=section, kind="brief",
                date=meta.date))
            aside.append(Dropped(l.no, head.group(0).strip(), "mark before a title", "title-mark"))
            k += 1 + len(body)
            continue
        if briefs or (label := bracketed_name(t)) is None:
            aside.append(Dropped(l.no, l.text, "placed in no article", "unplaced"))
        else:
            section = label
            aside.append(Dropped(l.no, l.text, "section label", "column-label"))
        k += 1
    return briefs, aside
