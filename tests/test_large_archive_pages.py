"""P11: pages that list the whole archive stay small as it grows — the home page names the
newest HOME_ISSUES issues and counts the older years; the 统计 page charts the newest
STATS_ISSUES issues. Built from a long series of one sample issue under new ids and dates."""
from __future__ import annotations

import re
from dataclasses import replace

from conftest import DOCS_SRC
from qikan.archive import load_archive
from qikan.site.browse import HOME_ISSUES
from qikan.site.render import render_archive
from qikan.site.stats import STATS_ISSUES


def series(months: int):
    one = load_archive(DOCS_SRC)[0]
    return [replace(one, issue=replace(one.issue, id=f"s{m:04d}", title=f"合成刊 {m:04d}",
                                       date=f"{1900 + m // 12}-{m % 12 + 1:02d}"))
            for m in range(months)]


def test_the_home_page_names_the_newest_issues_and_counts_the_older_years():
    results = series(306)  # 25 years and a half: the newest has 6 issues
    home = render_archive(results)[0]["index.md"]
    years = home.split("## 按年份浏览")[1]
    named = re.findall(r"\]\(issues/(s\d{4})/index\.md\)", years)
    assert named == [f"s{m:04d}" for m in range(305, 305 - HOME_ISSUES, -1)]
    # every year is there, the older ones with their counts
    assert len(re.findall(r"^- \*\*\[\d{4} 年\]", years, re.M)) == 26
    n = len(results[0].articles)
    assert f"- **[1900 年](years/1900/index.md)**：12 期、{12 * n} 篇" in years
    # the year the limit falls in says how many issues it has
    cut = next(x for x in years.splitlines() if "……" in x)
    assert cut.endswith("……（共 12 期）") and cut.count("](issues/") == (HOME_ISSUES - 6) % 12


def test_a_small_archive_names_every_issue_on_the_home_page():
    results = series(30)
    home = render_archive(results)[0]["index.md"]
    assert len(re.findall(r"\]\(issues/s\d{4}/index\.md\)", home.split("## 按年份浏览")[1])) == 30


def test_the_stats_page_charts_the_newest_issues():
    stats = render_archive(series(300))[0]["stats.md"]
    assert f"## 最近 {STATS_ISSUES} 期文章数" in stats and "## 各期文章数" not in stats
    assert "合成刊 0299" in stats and "合成刊 0239" not in stats
    assert "## 各期文章数" in render_archive(series(20))[0]["stats.md"]
