"""JSON export: a content platform's export as JSON → its articles.

Takes the issue's lines (as ingest numbered them) and its `IssueMeta`; gives the articles and
the lines (and parts of lines) set outside them (`dropped`), or None when the text is no JSON
holding a list of records with a title and a text. A platform saves its pieces as objects in a
list ("records": [{"title": …, "author": …, "column": …, "content": "　　近日，…\n　　…"}]): the
keys are the structure, so no layout is read — each record is a piece, its title, author, unit
and column its fields, its text (paragraphs joined by "\n" escapes) its body, the other keys
no text. The JSON is read by the standard library's `json` module; what is written here is
only which key is which, and on which line each record's text stands (`json` keeps no
positions: it is found on the first line, from the record before's, that prints it).
"""
from __future__ import annotations

import json

from ..model import Article, Dropped, IssueMeta, Line
from ..text import body_markdown
from .end_lines import parse_end_line
from .names import clean_name, split_names

# each field's keys, English or Chinese, as platforms name them (the first key a record has gives it)
KEYS = {
    "title": ("title", "标题", "信息标题", "文章标题"),
    "subtitle": ("subtitle", "副标题"),
    "authors": ("author", "authors", "writer", "作者", "撰稿人"),
    "unit": ("unit", "dept", "department", "作者单位", "单位"),
    "section": ("column", "category", "channel", "section", "栏目", "分类"),
    "body": ("content", "body", "text", "正文", "内容"),
}
# a text starts so when it is JSON (a BOM and spaces before it aside)
OPENERS = "{["


def split_json_export(meta: IssueMeta, lines: list[Line]) -> tuple[list[Article], list[Dropped]] | None:
    """The records as articles and the other lines set outside them, or None: no JSON, or no
    list of records with a title and a text in it."""
    text = "\n".join(l.text for l in lines).lstrip("\ufeff \t\n")
    if text[:1] not in OPENERS:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    records = _records(data)
    if not records:
        return None
    articles: list[Article] = []
    dropped: list[Dropped] = []
    used: set[int] = set()
    at = 0  # the last record's text line: the next record's text stands there or after it
    for record in records:
        fields = {f: _value(record, f).strip() for f in KEYS}
        body_line = _line_of(lines, _value(record, "body"), at)
        if body_line is None:
            continue
        if body_line in used:
            return None     # (minified, several records to a line: read as text, nothing lost)
        at = body_line
        used.add(body_line)
        paras = [p.strip() for p in fields["body"].split("\n") if p.strip()]
        authors = [clean_name(n) for n in split_names(fields["authors"])]
        if paras and (credit := parse_end_line(paras[-1])) is not None:
            # "（通讯员　周晓岚　邵一帆）" closing the text: its credit, no text (its names, when the
            # record names no author)
            dropped.append(Dropped(lines[body_line].no, paras.pop(), "end line, parsed into the article's fields",
                                   "end-line"))
            authors = authors or credit.authors
        articles.append(Article(
            id=f"{meta.id}-{len(articles) + 1:03d}", order=len(articles) + 1, title=fields["title"] or None,
            subtitle=fields["subtitle"] or None, body=body_markdown(paras),
            lines=[(lines[body_line].no, lines[body_line].no)], authors=authors,
            unit=fields["unit"] or None, section=fields["section"] or None,
            kind="article" if paras else "fragment", date=meta.date))
    if not articles:
        return None
    dropped += [Dropped(l.no, l.text, "the export's keys and values, read into the articles' fields or set aside",
                        "furniture") for k, l in enumerate(lines) if k not in used and l.text.strip()]
    return articles, sorted(dropped, key=lambda d: d.line)


def _value(record: dict, field: str) -> str:
    """The field's value as the record has it: its first key with a value (a number's digits)."""
    return next((str(record[k]) for k in KEYS[field] if isinstance(record.get(k), (str, int))
                 and str(record[k]).strip()), "")


def _records(data: object) -> list[dict]:
    """The longest list of objects with a title and a text, wherever it stands in the JSON."""
    best: list[dict] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
            records = [x for x in node if isinstance(x, dict) and _value(x, "title") and _value(x, "body")]
            if len(records) > len(best):
                best = records
    return best


def _line_of(lines: list[Line], value: str, start: int) -> int | None:
    """The index of the first line from `start` that prints `value` as JSON writes it."""
    printed = [json.dumps(value, ensure_ascii=False)[:40], json.dumps(value)[:40]]
    return next((k for k in range(start, len(lines)) if any(p in lines[k].text for p in printed)), None)
