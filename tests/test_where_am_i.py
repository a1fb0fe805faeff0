"""P15: where am I — a breadcrumb on every article page, 上一期/下一期 on every issue page and at
the ends of an issue's article pager; on the built sample site."""
from __future__ import annotations

import re
from pathlib import Path

from conftest import DOCS_SRC

ISSUES_NEWEST_FIRST = sorted(
    (p.stem for p in DOCS_SRC.glob("*.txt")),
    key=lambda stem: re.search(r'date: "([^"]+)"', (DOCS_SRC / f"{stem}.yml").read_text("utf-8")).group(1),
    reverse=True)


def links(html: str, cls: str) -> list[tuple[str, str]]:
    """(href, text) of the links in the element of class `cls`."""
    m = re.search(rf'class="[^"]*\b{cls}\b[^"]*"[^>]*>(.*?)</(nav|p)>', html, re.S)
    assert m, cls
    return re.findall(r'<a[^>]*href="([^"]+)"[^>]*>(.*?)</a>', m.group(1), re.S)


def test_every_article_has_its_breadcrumb(built_site):
    pages = sorted(Path(built_site["site"], "issues").glob("*/[0-9][0-9][0-9].html"))
    assert len(pages) > 100
    for page in pages:
        html = page.read_text("utf-8")
        crumbs = links(html, "qikan-breadcrumb")
        assert [h for h, _ in crumbs] == ["../../index.html",
                                         crumbs[1][0], "index.html"], page
        assert re.fullmatch(r"\.\./\.\./years/(\d{4}|unknown)/index\.html", crumbs[1][0])
        title = re.search(r'<h1 class="qikan-head__title">(.*?)</h1>', html).group(1)
        assert f'<span aria-current="page">{title}</span>' in html


def test_every_issue_page_leads_to_the_issues_before_and_after(built_site):
    site = Path(built_site["site"], "issues")
    for k, stem in enumerate(ISSUES_NEWEST_FIRST):
        pager = links((site / stem / "index.html").read_text("utf-8"), "qikan-issue-pager")
        want = []
        if k + 1 < len(ISSUES_NEWEST_FIRST):
            want.append((f"../{ISSUES_NEWEST_FIRST[k + 1]}/index.html", "上一期"))
        if k:
            want.append((f"../{ISSUES_NEWEST_FIRST[k - 1]}/index.html", "下一期"))
        assert [(h, re.search("上一期|下一期", t).group()) for h, t in pager] == want, stem


def test_the_article_pager_goes_on_to_the_next_issue_at_the_ends(built_site):
    site = Path(built_site["site"], "issues")
    for k, stem in enumerate(ISSUES_NEWEST_FIRST):
        arts = sorted((site / stem).glob("[0-9][0-9][0-9].html"))
        first, last = arts[0].read_text("utf-8"), arts[-1].read_text("utf-8")
        older = ISSUES_NEWEST_FIRST[k + 1] if k + 1 < len(ISSUES_NEWEST_FIRST) else None
        newer = ISSUES_NEWEST_FIRST[k - 1] if k else None
        assert (f'href="../{older}/index.html"><span>上一期</span>' in first) == bool(older), stem
        assert (f'href="../{newer}/index.html"><span>下一期</span>' in last) == bool(newer), stem
        if len(arts) > 1:
            assert "<span>上一篇</span>" in last and "<span>下一篇</span>" in first


def test_the_site_is_readable_by_a_web_server(built_site):
    """P15: site/ and everything in it world-readable (mkdtemp made the folder 0700)."""
    site = Path(built_site["site"])
    assert site.stat().st_mode & 0o777 == 0o755
    for p in [*site.rglob("*")][:2000]:
        assert p.stat().st_mode & 0o004, p


def test_an_articles_nav_opens_on_its_issue(built_site):
    """The nav of an article page marks its issue and year active (Material expands them);
    no other issue is marked, and pages that are not articles keep their own marks."""
    site = Path(built_site["site"])
    for stem in ISSUES_NEWEST_FIRST:
        html = (site / "issues" / stem / "001.html").read_text("utf-8")
        active = re.findall(r'md-nav__item--active">\s*<a href="([^"]+)"', html)
        assert active == ["index.html"], (stem, active)  # the issue's own page, one folder up
        assert html.count("md-nav__item--active") == 3  # 各期 › the year › the issue
    home = (site / "index.html").read_text("utf-8")
    assert not re.findall(r'md-nav__item--active">\s*<a href="issues/', home)
