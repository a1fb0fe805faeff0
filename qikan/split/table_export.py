"""Table export: a content system's export as a table (CSV or tab-separated) → its articles.

Takes the lines the furniture stage kept and the issue's `IssueMeta`; gives the articles and
the lines (and cells) set outside them (`dropped`), or None when the text is no such table.
A reporting system saves its pieces as rows under a header row naming the columns
("序号,信息标题,作者,所属单位,栏目,报送日期,正文,状态,浏览量"): the header is the structure, so
no layout is read — each row is a piece, its title, author, unit and column cells its fields,
its text cell (quoted, running over several lines) its body, the other cells no text. The rows
are read by the standard library's `csv` module (quoting, doubled quotes, cells over several
lines); what is written here is only which column is which.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass

from ..model import Article, Dropped, IssueMeta, Line
from ..text import body_markdown
from .names import clean_name, split_names

# the header's names of each field (the first column that names one gives it)
FIELDS = {
    "title": ("信息标题", "标题", "题目", "文章标题", "稿件标题"),
    "authors": ("作者", "撰稿人", "报送人", "作者姓名"),
    "unit": ("所属单位", "单位", "报送单位", "作者单位"),
    "section": ("栏目", "所属栏目", "栏目名称"),
    "body": ("正文", "内容", "正文内容", "稿件内容"),
}
# lines, at most, before the header row (the export's own: when, by whom)
HEADER_WITHIN = 5
# a header row's cells, at least, and the characters of one, at most
HEADER_CELLS, HEADER_CELL_MAX = 4, 8


@dataclass(frozen=True)
class _Header:
    at: int                 # its index among the lines
    delimiter: str
    columns: dict[str, int]  # field → its column


def split_table(meta: IssueMeta, kept: list[Line]) -> tuple[list[Article], list[Dropped]] | None:
    """The rows as articles and the lines and cells set outside them, or None: no header row
    naming a title and a text column."""
    lines = [l for l in kept if l.text.strip()]
    header = _header(lines)
    if header is None:
        return None
    dropped = [Dropped(l.no, l.text, "the export's own lines, over its table", "before-first")
               for l in lines[:header.at]]
    dropped.append(Dropped(lines[header.at].no, lines[header.at].text, "the table's header row", "furniture"))
    rows = lines[header.at + 1:]
    # (each row read with the source lines it took: a quoted cell runs over several)
    source = iter(rows)
    taken: list[Line] = []

    def feed():
        for l in source:
            taken.append(l)
            yield l.text + "\n"   # (the reader keeps the break inside a quoted cell)
    articles: list[Article] = []
    for cells in csv.reader(feed(), delimiter=header.delimiter):
        used, taken[:] = list(taken), []
        if not any(c.strip() for c in cells):
            continue
        cell = {field: cells[k].strip() if k < len(cells) else "" for field, k in header.columns.items()}
        # the cells but the text, each pair dropped at its line (before the text cell, on the row's
        # first line; after it, on its last): "1,title,author,unit,column,2026-04-02" / "已发布,412"
        text_at = header.columns["body"]
        for side, no in ((cells[:text_at], used[0].no), (cells[text_at + 1:], used[-1].no)):
            if any(c.strip() for c in side):
                dropped.append(Dropped(no, ",".join(c.strip() for c in side), "the row's cells, read into the "
                                       "article's fields", "title-byline"))
        paras = [p.strip() for p in cell.get("body", "").split("\n") if p.strip()]
        articles.append(Article(
            id=f"{meta.id}-{len(articles) + 1:03d}", order=len(articles) + 1, title=cell.get("title") or None,
            body=body_markdown(paras), lines=[(used[0].no, used[-1].no)],
            authors=[clean_name(n) for n in split_names(cell.get("authors", ""))],
            unit=cell.get("unit") or None, section=cell.get("section") or None,
            kind="article" if paras else "fragment", date=meta.date))
    return (articles, dropped) if articles else None


def _header(lines: list[Line]) -> _Header | None:
    """The header row among the first lines: short names, a title's and a text's among them."""
    for k, l in enumerate(lines[:HEADER_WITHIN]):
        for delimiter in (",", "\t"):
            names = [c.strip() for c in l.text.split(delimiter)]
            if len(names) < HEADER_CELLS or any(not n or len(n) > HEADER_CELL_MAX for n in names):
                continue
            columns = {}
            for field, words in FIELDS.items():
                at = next((j for j, n in enumerate(names) if n in words), None)
                if at is not None:
                    columns[field] = at
            if "title" in columns and "body" in columns:
                return _Header(k, delimiter, columns)
    return None
