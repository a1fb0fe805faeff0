"""P11: pages that list the whole archive stay small as it grows — the home page names the
newest HOME_ISSUES issues and counts the older years; the 统计 page charts the newest
STATS_ISSUES issues; a name's page lists its newest year when it has more than LIST_ENTRIES
articles, each older year on a page of its own. Built from a long series of one sample issue under new ids and dates."""
from __future__ import annotations

import posixpath
import re
from dataclasses import replace

from conftest import DOCS_SRC
from qikan.archive import load_archive
from qikan.site.browse import HOME_ISSUES, LIST_ENTRIES
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


# "[text](target)": a Markdown link of a generated page
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def _resolves(here: str, target: str, pages: dict) -> bool:
    return posixpath.normpath(posixpath.join(posixpath.dirname(here), target)) in pages


def test_a_name_with_many_articles_lists_its_newest_year_and_gives_each_older_year_a_page():
    pages = render_archive(series(238))[0]    # 1900-01 … 1919-10: 20 years
    author = max((p for p in pages if re.fullmatch(r"authors/[^/]+\.md", p)),
                 key=lambda p: int(re.search(r"共 (\d+) 篇", pages[p]).group(1)))
    text = pages[author]
    total = int(re.search(r"作者　共 (\d+) 篇", text).group(1))
    assert total > LIST_ENTRIES
    # the page itself: the newest year's articles, each in an issue of 1919
    assert "按年份：**1919 年**" in text
    own = re.findall(r"\]\(\.\./issues/(s\d{4})/index\.md\)", text)
    assert own and all(1900 + int(s[1:]) // 12 == 1919 for s in own)
    # a page for every older year, its articles all of that year, the counts adding up
    years = re.findall(r"\[(\d{4}) 年\]\(([^)]+)\)（(\d+) 篇）", text)
    assert [y for y, _, _ in years] == [str(y) for y in range(1918, 1899, -1)]
    assert sum(int(n) for _, _, n in years) + len(own) == total
    for year, target, n in years:
        page = posixpath.normpath(posixpath.join("authors", target))
        listed = re.findall(r"\]\(\.\./\.\./issues/(s\d{4})/index\.md\)", pages[page])
        assert len(listed) == int(n) and {1900 + int(s[1:]) // 12 for s in listed} == {int(year)}
        assert f"](../{author.split('/')[1]})" in pages[page]   # back to the name's page
    # every link of every name page and year page leads to a page of the site
    for path, page in pages.items():
        if path.startswith(("authors/", "units/", "sections/")):
            bad = [t for t in LINK.findall(page) if not _resolves(path, t, pages)]
            assert not bad, (path, bad[:3])


def test_an_issue_added_in_the_newest_year_leaves_the_older_years_pages_as_they_were():
    before = render_archive(series(238))[0]
    after = render_archive(series(239))[0]     # 1919-11: the same newest year
    def year_pages(pages):
        return {p for p in pages if re.fullmatch(r"(authors|units|sections)/[^/]+/\d{4}\.md", p)}
    years = year_pages(before)
    assert len(years) > 50 and year_pages(after) == years
    assert all(after[p] == before[p] for p in years)
    # while the names' own pages, which list 1919, did change
    names = {re.sub(r"/\d{4}\.md$", ".md", p) for p in years}
    assert all(after[p] != before[p] for p in names)


def test_a_name_with_few_articles_keeps_them_on_one_page():
    pages = render_archive(series(12))[0]
    names = [p for p in pages if re.fullmatch(r"(authors|units|sections)/[^/]+\.md", p)]
    assert names and not any("按年份" in pages[p] for p in names)
    assert not [p for p in pages if re.fullmatch(r"(authors|units|sections)/[^/]+/.+\.md", p)]
