"""Render: split issues → the Markdown pages of the archive, as {relative path: text}.

Takes the `SplitResult` of every issue; gives the generated docs folder as a mapping from
relative path to page text, plus the MkDocs nav (year → issue). Pure: `site.py` writes them.
URLs are stable ASCII: `issues/<issue-id>/<order>.md` for articles, `issues/<issue-id>/index.md`
for an issue's table of contents.
"""
from __future__ import annotations

from collections import defaultdict

import yaml

from .model import Article, SplitResult
from .segment import escape_markdown

KIND_LABEL = {"article": "文章", "brief": "简讯", "filler": "补白", "editor_note": "编者按",
              "fragment": "残篇"}
ISSUE_KIND_LABEL = {"magazine": "期刊", "newspaper": "报纸", "web": "网页"}


def article_path(issue_id: str, art: Article) -> str:
    return f"issues/{issue_id}/{art.order:03d}.md"


def issue_path(issue_id: str) -> str:
    return f"issues/{issue_id}/index.md"


def front_matter(data: dict) -> str:
    body = yaml.safe_dump({k: v for k, v in data.items() if v not in (None, [], "")},
                          allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{body}---\n\n"


def issue_label(res: SplitResult) -> str:
    i = res.issue
    return i.title or " ".join(x for x in (i.publication, i.date) if x) or i.id


def render_article(res: SplitResult, art: Article) -> str:
    meta = {"title": art.title, "subtitle": art.subtitle, "authors": art.authors,
            "role": art.role, "unit": art.unit, "writer": art.writer, "date": art.date,
            "pub_date": art.date and (art.date + "-01")[:10],  # YYYY-MM-DD for the feeds
            "section": art.section, "issue": res.issue.id, "issue_title": issue_label(res),
            "publication": res.issue.publication, "order": art.order, "kind": art.kind}
    head = [f"# {escape_markdown(art.title or '（无题）')}", ""]
    if art.subtitle:
        head += [f"**{escape_markdown(art.subtitle)}**", ""]
    by = "　".join(x for x in (art.role, "、".join(art.authors), art.unit) if x)
    if by:
        head += [escape_markdown(by), ""]
    tail = [f"（执笔：{escape_markdown(art.writer)}）", ""] if art.writer else []
    return front_matter(meta) + "\n".join(head) + "\n" + art.body + "\n\n" + "\n".join(tail)


def render_issue_index(res: SplitResult) -> str:
    """An issue's table of contents: articles in printed order, grouped by section."""
    i = res.issue
    lines = [f"# {escape_markdown(issue_label(res))}", ""]
    facts = [x for x in (i.publication, ISSUE_KIND_LABEL.get(i.kind), i.date and f"出版日期：{i.date}",
                         i.number and f"第 {i.number} 期") if x]
    if facts:
        lines += [escape_markdown("　".join(facts)), ""]
    section = object()
    for art in res.articles:
        if art.section != section:
            section = art.section
            lines += ["", f"## {escape_markdown(section or '未分栏目')}", ""]
        who = "、".join(art.authors)
        label = escape_markdown(art.title or "（无题）")
        lines.append(f"- [{label}]({art.order:03d}.md)" + (f"　{escape_markdown(who)}" if who else ""))
    return front_matter({"title": issue_label(res), "issue": i.id}) + "\n".join(lines) + "\n"


def render_home(results: list[SplitResult]) -> str:
    lines = ["# 期刊文库", "", f"共 {len(results)} 期，"
             f"{sum(len(r.articles) for r in results)} 篇文章。", ""]
    for res in sorted(results, key=lambda r: (r.issue.date or "", r.issue.id), reverse=True):
        lines.append(f"- [{escape_markdown(issue_label(res))}]({issue_path(res.issue.id)})")
    return front_matter({"title": "首页"}) + "\n".join(lines) + "\n"


def render_archive(results: list[SplitResult]) -> tuple[dict[str, str], list]:
    """Every generated page, and the nav: home, then year → issue."""
    pages = {"index.md": render_home(results)}
    by_year: dict[str, list[SplitResult]] = defaultdict(list)
    for res in results:
        pages[issue_path(res.issue.id)] = render_issue_index(res)
        for art in res.articles:
            pages[article_path(res.issue.id, art)] = render_article(res, art)
        by_year[(res.issue.date or "")[:4] or "年份不详"].append(res)
    nav: list = [{"首页": "index.md"}]
    for year in sorted(by_year, reverse=True):
        issues = sorted(by_year[year], key=lambda r: (r.issue.date or "", r.issue.id), reverse=True)
        nav.append({f"{year}": [{issue_label(r): issue_path(r.issue.id)} for r in issues]})
    return pages, nav
