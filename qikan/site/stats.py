"""Statistics: the archive's entries → the 统计 page, its charts drawn as static SVG.

Takes every article (`Entry`) of the archive; gives the Markdown of `stats.md`: articles per
year, articles per issue (the newest STATS_ISSUES), the sections over the years, the most frequent authors and units
(institutions, not posts) — each a bar chart as inline SVG with its numbers in a table below,
so it reads without JavaScript, from file://, and on the zh-Hant twin (whose converter turns
the SVG's text into Traditional like any text of the page).

Written by hand: a few rectangles and labels; a charting library would bring JavaScript or a
plotting stack (matplotlib) for what is a table drawn as bars.
"""
from __future__ import annotations

import html
from collections import Counter

from .browse import Entry, md
from .institutions import institutions
from .urls import front_matter, issue_label, year_of

TOP = 15  # authors and units shown
# issues charted, the newest (entries come newest first): at 4,500 issues the chart of all was
# 1.3 MB, made again with every issue, and no reader could tell one bar from another
STATS_ISSUES = 60
LABEL_CHARS = 15  # a longer label is cut (the table below the chart has it whole)
BAR_H, GAP, LABEL_W, BAR_W = 18, 6, 190, 360  # px


def bar_chart(title: str, rows: list[tuple[str, int]]) -> str:
    """A horizontal bar chart: one labelled bar per row, its count at the bar's end."""
    most = max((n for _, n in rows), default=1) or 1
    height = len(rows) * (BAR_H + GAP) + GAP
    width = LABEL_W + BAR_W + 50
    parts = [f'<svg class="qikan-chart" role="img" aria-label="{html.escape(title)}" '
             f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'xmlns="http://www.w3.org/2000/svg">', f"<title>{html.escape(title)}</title>"]
    for k, (label, n) in enumerate(rows):
        y = GAP + k * (BAR_H + GAP)
        w = max(1, round(BAR_W * n / most))
        parts += [f'<text x="{LABEL_W - 6}" y="{y + BAR_H - 5}" text-anchor="end" '
                  f'class="qikan-chart__label">{html.escape(_short(label))}</text>',
                  f'<rect x="{LABEL_W}" y="{y}" width="{w}" height="{BAR_H}" '
                  f'class="qikan-chart__bar"/>',
                  f'<text x="{LABEL_W + w + 5}" y="{y + BAR_H - 5}" '
                  f'class="qikan-chart__count">{n}</text>']
    return "".join(parts) + "</svg>"


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"


def _section(title: str, rows: list[tuple[str, int]], unit: str) -> list[str]:
    if not rows:
        return []
    table = ["| " + title.split("的")[0] + f" | {unit} |", "| --- | ---: |"]
    table += [f"| {md(label)} | {n} |" for label, n in rows]
    return [f"## {title}", "", f'<div class="qikan-chart-box">{bar_chart(title, rows)}</div>',
            "", *table, ""]


def stats_page(entries: list[Entry]) -> str:
    years = Counter(year_of(e.issue.date) for e in entries)
    issues = Counter(issue_label(e.issue) for e in entries)
    sections = Counter(e.art.section for e in entries if e.art.section)
    authors = Counter(a for e in entries for a in e.art.authors)
    units = Counter(i for e in entries for i in dict.fromkeys(institutions(e.art.unit)))
    lines = ["# 统计", "", f"全库共 {len(entries)} 篇文章、{len(issues)} 期。", ""]
    lines += _section("各年文章数", sorted(years.items()), "篇")
    newest = list(issues.items())[:STATS_ISSUES]
    lines += _section("各期文章数" if len(newest) == len(issues)
                      else f"最近 {STATS_ISSUES} 期文章数", newest, "篇")
    lines += _section("栏目文章数", sections.most_common(TOP), "篇")
    lines += _section("发文最多的作者", authors.most_common(TOP), "篇")
    lines += _section("发文最多的单位", units.most_common(TOP), "篇")
    return front_matter({"title": "统计"}) + "\n".join(lines) + "\n"
