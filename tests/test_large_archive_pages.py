"""P11: pages that list the whole archive stay small as it grows — the home page names the
newest HOME_ISSUES issues and counts the older years; the 统计 page charts the newest
STATS_ISSUES issues; a name's page lists its newest articles, the older ones on pages of
LIST_ENTRIES each. Built from a long series of one sample issue under new ids and dates."""
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


def name_pages(pages: dict) -> list[str]:
    return [p for p in pages if re.fullmatch(r"(authors|units|sections)/[^/]+\.md", p)]


def older_pages(pages: dict) -> set[str]:
    return {p for p in pages if re.fullmatch(r"(authors|units|sections)/[^/]+/\d+\.md", p)}


def issues_listed(text: str) -> list[str]:
    return re.findall(r"\]\((?:\.\./)+issues/(s\d{4})/index\.md\)", text)


def test_a_name_with_many_articles_lists_its_newest_and_gives_the_older_pages_of_their_own():
    pages = render_archive(series(238))[0]
    author = max((p for p in name_pages(pages) if p.startswith("authors/")),
                 key=lambda p: int(re.search(r"共 (\d+) 篇", pages[p]).group(1)))
    text = pages[author]
    total = int(re.search(r"作者　共 (\d+) 篇", text).group(1))
    assert total >= 2 * LIST_ENTRIES
    # the page itself: its newest articles, fewer than twice LIST_ENTRIES, from the newest issue on
    own = issues_listed(text)
    assert LIST_ENTRIES <= len(own) < 2 * LIST_ENTRIES and own[0] == "s0237"
    assert f"## 最近 {len(own)} 篇" in text
    # the older ones on pages of LIST_ENTRIES each, newest first, named by their years
    older = re.findall(r"\[(\d{4})(?:–(\d{4}))? 年\]\(([^)]+)\)（(\d+) 篇）", text)
    assert [int(n) for *_, n in older] == [LIST_ENTRIES] * len(older)
    assert len(own) + LIST_ENTRIES * len(older) == total
    seen = list(own)
    for first, last, target, n in older:
        page = posixpath.normpath(posixpath.join("authors", target))
        listed = issues_listed(pages[page])
        assert len(listed) == LIST_ENTRIES
        years = {1900 + int(s[1:]) // 12 for s in listed}
        assert (min(years), max(years)) == (int(first), int(last or first))
        assert f"](../{author.split('/')[1]})" in pages[page]   # back to the name's page
        seen += listed
    # newest first across the pages, every article once: the issues in order, none skipped
    assert seen == sorted(seen, reverse=True) and len(seen) == total
    # every link of every name page and older page leads to a page of the site
    for path, page in pages.items():
        if path.startswith(("authors/", "units/", "sections/")):
            bad = [t for t in LINK.findall(page) if not _resolves(path, t, pages)]
            assert not bad, (path, bad[:3])


def test_an_added_issue_leaves_the_older_pages_as_they_were():
    before = render_archive(series(238))[0]
    after = render_archive(series(239))[0]
    older = older_pages(before)
    assert len(older) > 20
    # (a name whose count crosses a multiple of LIST_ENTRIES gets one page more)
    assert older <= older_pages(after) and all(after[p] == before[p] for p in older)
    # while the names' own pages, which list the new issue, did change
    assert all(after[re.sub(r"/\d+\.md$", ".md", p)] != before[re.sub(r"/\d+\.md$", ".md", p)]
               for p in older)


def test_a_name_with_few_articles_keeps_them_on_one_page():
    pages = render_archive(series(12))[0]
    assert name_pages(pages) and not any("较早的文章" in pages[p] for p in name_pages(pages))
    assert not older_pages(pages)
