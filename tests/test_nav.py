"""P11: the nav's 各期 stays small on every page however large the archive: more than
NAV_FANOUT years are listed by decade (by century beyond NAV_FANOUT decades), a year of more
than NAV_FANOUT issues by month; every issue and every year page is in it exactly once, and
a decade or century is listed with its page first."""
from __future__ import annotations

import pytest

from qikan.model import IssueMeta
from qikan.site.plan import NavViews, article_way, is_year_node
from qikan.site.render import NAV_FANOUT, archive_nav, newest_first


def issues_nav(issues: list[IssueMeta]) -> list:
    nav = archive_nav(newest_first(issues))
    assert [list(e)[0] for e in nav] == ["首页", "浏览", "各期"]
    return nav[2]["各期"]


def leaves(entries) -> list[str]:
    """Every page path of a nav subtree, in nav order."""
    out = []
    for e in entries:
        if isinstance(e, str):
            out.append(e)
        else:
            (value,) = e.values()
            out += leaves(value) if isinstance(value, list) else [value]
    return out


def widest_open_path(entries) -> int:
    """The most entries a page's nav shows under 各期: each level's entries along the path
    that opens the most (Material shows every entry of each open level)."""
    sub = [list(e.values())[0] for e in entries if isinstance(e, dict)]
    return len(entries) + max((widest_open_path(v) for v in sub if isinstance(v, list)),
                              default=0)


def monthly(n: int, start: int = 2000) -> list[IssueMeta]:
    return [IssueMeta(id=f"m{k:05d}", publication="月刊", date=f"{start + k // 12}-{k % 12 + 1:02d}")
            for k in range(n)]


def test_a_small_archive_lists_years_and_issues_as_before():
    nav = issues_nav(monthly(36))  # three years of a monthly
    assert [list(e)[0] for e in nav] == ["2002 年", "2001 年", "2000 年"]
    year = nav[0]["2002 年"]
    assert year[0] == "years/2002/index.md"
    assert year[1:] == [{f"月刊 2002-{m:02d}": f"issues/m{24 + m - 1:05d}/index.md"}
                        for m in range(12, 0, -1)]


@pytest.mark.parametrize("n", [12 * 60, 12 * 400])  # 60 years, 400 years of a monthly
def test_many_years_are_listed_by_decade_and_century(n):
    issues = monthly(n)
    nav = issues_nav(issues)
    titles = [list(e)[0] for e in nav]
    assert len(titles) <= NAV_FANOUT
    if n == 12 * 60:
        assert titles == [f"{y}–{y + 9} 年" for y in range(2050, 1999, -10)]
        decade = nav[0]["2050–2059 年"]
        assert decade[0] == "years/2050-2059/index.md"
        assert [list(e)[0] for e in decade[1:]] == [f"{y} 年" for y in range(2059, 2049, -1)]
        spans = [f"years/{y}-{y + 9}/index.md" for y in range(2000, 2060, 10)]
    else:
        assert titles == [f"{y}–{y + 99} 年" for y in range(2300, 1999, -100)]
        century = nav[0]["2300–2399 年"]
        assert century[0] == "years/2300-2399/index.md"
        assert [list(e)[0] for e in century[1:]] == [f"{y}–{y + 9} 年"
                                                     for y in range(2390, 2299, -10)]
        assert century[1]["2390–2399 年"][0] == "years/2390-2399/index.md"
        spans = [f"years/{y}-{y + 99}/index.md" for y in range(2000, 2400, 100)] + \
            [f"years/{y}-{y + 9}/index.md" for y in range(2000, 2400, 10)]
    pages = leaves(nav)
    want = [f"years/{y}/index.md" for y in range(2000, 2000 + n // 12)] + \
        [f"issues/{i.id}/index.md" for i in issues] + spans
    assert sorted(pages) == sorted(want)  # each year, decade, century page and issue, once
    assert widest_open_path(nav) <= 4 * NAV_FANOUT


def test_a_daily_year_is_listed_by_month():
    days = [IssueMeta(id=f"d{m:02d}{d:02d}", publication="日报", date=f"2021-{m:02d}-{d:02d}")
            for m in range(1, 13) for d in range(1, 29)]
    days.append(IssueMeta(id="d-undated-day", publication="日报", date="2021"))
    nav = issues_nav(days)
    (year,) = nav
    entries = year["2021 年"]
    assert entries[0] == "years/2021/index.md"
    assert [list(e)[0] for e in entries[1:]] == [f"{m} 月" for m in range(12, 0, -1)] + ["月份不详"]
    # a month of more than NAV_FANOUT issues, by 旬 (each titled with its month: an article
    # page shows the 旬 without the month above it)
    december = entries[1]["12 月"]
    assert [list(e)[0] for e in december] == ["12 月下旬", "12 月中旬", "12 月上旬"]
    assert [list(e)[0] for e in december[0]["12 月下旬"]] == [f"日报 2021-12-{d:02d}"
                                                              for d in range(28, 20, -1)]
    assert [list(e)[0] for e in december[2]["12 月上旬"]] == [f"日报 2021-12-{d:02d}"
                                                              for d in range(10, 0, -1)]
    assert sorted(leaves(nav)[1:]) == sorted(f"issues/{i.id}/index.md" for i in days)
    # the year; its page and months; a month's 旬; a 旬
    assert widest_open_path(nav) == 1 + 1 + 13 + 3 + 10


def test_a_month_of_a_weekly_or_fewer_issues_is_not_split():
    weeks = [IssueMeta(id=f"w{m:02d}{d:02d}", publication="周报", date=f"2021-{m:02d}-{d:02d}")
             for m in range(1, 13) for d in (1, 8, 15, 22)]
    (year,) = issues_nav(weeks)
    assert [list(e)[0] for e in year["2021 年"][1]["12 月"]] == [
        f"周报 2021-12-{d:02d}" for d in (22, 15, 8, 1)]


def test_undated_issues_keep_their_own_entry_among_decades():
    issues = monthly(12 * 30) + [IssueMeta(id="undated", publication="无日期")]
    nav = issues_nav(issues)
    assert list(nav[-1]) == ["年份不详"]
    assert "issues/undated/index.md" in leaves(nav[-1:])


def article_shows(issues: list[IssueMeta], issue_id: str) -> list[tuple[str, list]]:
    """What an article page of `issue_id` shows of 各期 (site/hooks.py folds its nav so):
    [(section title, the titles or paths of the entries it lists)]."""
    views = NavViews(archive_nav(newest_first(issues)))
    way = views.way[f"issues/{issue_id}/index.md"]
    return [(s.title, [c.path or c.title for c in entries])
            for s, entries in article_way(list(way), is_year_node)]


def test_an_articles_nav_is_its_year_whatever_the_archives_depth():
    """400 years of a monthly (各期 › century › decade › year › issue): an article shows 各期,
    its year (the year's page and its twelve issues) and nothing of the other years, decades
    and centuries — as on an archive of three years."""
    for n in (36, 12 * 400):
        issues = monthly(n)
        target = issues[len(issues) // 2]
        year = target.date[:4]
        shown = article_shows(issues, target.id)
        assert [t for t, _ in shown] == ["各期", f"{year} 年"]
        assert shown[0][1] == [f"{year} 年"]
        assert shown[1][1][0] == f"years/{year}/index.md"
        assert sorted(shown[1][1][1:]) == sorted(f"issues/{i.id}/index.md" for i in issues
                                                 if i.date[:4] == year)


def test_a_daily_articles_nav_is_its_ten_days():
    days = [IssueMeta(id=f"d{y}{m:02d}{d:02d}", publication="日报", date=f"{y}-{m:02d}-{d:02d}")
            for y in range(1990, 2021) for m in range(1, 13) for d in range(1, 29)]
    shown = article_shows(days, "d20050612")
    # the month, a group without a page, is left out: its 旬 says it
    assert [t for t, _ in shown] == ["各期", "2005 年", "6 月中旬"]
    assert shown[1][1] == ["years/2005/index.md", "6 月中旬"]  # the year's page, its 旬 open
    assert shown[2][1] == [f"issues/d200506{d:02d}/index.md" for d in range(20, 10, -1)]


def changed_views(before: list[IssueMeta], after: list[IssueMeta]) -> set[str]:
    """The nav's pages (and the articles of their issues) whose view of the nav differs."""
    old, new = (NavViews(archive_nav(newest_first(i))) for i in (before, after))
    pages = [p for p in old.order if p in new.order]
    articles = [p.replace("index.md", "001.md") for p in pages if p.startswith("issues/")]
    return {p for p in pages + articles + ["authors.md"] if old.view(p) != new.view(p)}


def test_a_new_year_changes_the_view_of_its_decade_alone():
    """The first issue of a new year: only the pages that open its decade show it (the decade's
    years and their issues); a century, as every page lists it, links to its own page — when
    it linked to its newest year, every page but the articles was made again once a year."""
    issues = monthly(12 * 395)  # 2000–2394
    new = IssueMeta(id="m-new", publication="月刊", date="2395-01")
    changed = changed_views(issues, issues + [new])
    decade = {f"years/{y}/index.md" for y in range(2390, 2395)} | \
        {f"issues/{i.id}/index.md" for i in issues if i.date >= "2390"}
    assert changed == decade | {"years/2390-2399/index.md"}
    # the first issue of a new decade: the pages that open its century, once in ten years
    issues = issues[:-12 * 5]
    changed = changed_views(issues, issues + [IssueMeta(id="m-new", date="2390-01")])
    century = {f"years/{y}/index.md" for y in range(2300, 2390)} | \
        {f"issues/{i.id}/index.md" for i in issues if i.date >= "2300"} | \
        {f"years/{y}-{y + 9}/index.md" for y in range(2300, 2390, 10)} | \
        {"years/2300-2399/index.md"}
    assert changed == century
