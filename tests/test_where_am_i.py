"""P15: where am I — a breadcrumb on every article page, 上一期/下一期 on every issue page and at
the ends of an issue's article pager; on the built sample site."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

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


@pytest.mark.build
def test_a_build_without_site_url_warns_once_and_writes_no_address(tmp_path):
    """A local build (no QIKAN_SITE_URL, mkdocs.yml's site_url empty): one warning line, no
    placeholder host anywhere, no feeds, citations without a URL (P15)."""
    import os
    import subprocess
    import sys

    from conftest import ROOT

    src = tmp_path / "src"
    src.mkdir()
    for ext in (".txt", ".yml"):
        (src / f"2022-06-rmrb{ext}").write_bytes((DOCS_SRC / f"2022-06-rmrb{ext}").read_bytes())
    env = {**os.environ, "QIKAN_SITE_URL": ""}
    r = subprocess.run([sys.executable, str(ROOT / "build_site.py"), "build", "--src", str(src),
                        "--out", str(tmp_path / "site"), "--work", str(tmp_path / "work"),
                        "--dist", str(tmp_path / "dist")], env=env, capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    warnings = [l for l in r.stderr.splitlines() if l.startswith("warning:")]
    assert len(warnings) == 1 and "site_url" in warnings[0]
    assert "RSS-plugin" not in r.stderr
    site = tmp_path / "site"
    page = (site / "issues" / "2022-06-rmrb" / "001.html").read_text("utf-8")
    assert "example.org" not in page and "citation_fulltext_html_url" not in page
    assert 'rel="canonical"' not in page and "url = {" not in page and "UR  - " not in page
    assert not (site / "feeds").exists()
    assert not any("example.org" in p.read_text("utf-8", errors="replace")
                   for p in site.rglob("*.html"))


@pytest.mark.browser
def test_the_breadcrumb_shows_its_separators(built_site, hosted, browser):
    """The › between the breadcrumb's steps is drawn by the stylesheet (not in the page), before
    every step but the first; the steps' own text has none."""
    article = sorted(Path(built_site["site"], "issues").glob("*/001.html"))[0]
    page = browser.new_page()
    page.goto(hosted + article.relative_to(built_site["site"]).as_posix())
    marks = page.eval_on_selector_all(
        ".qikan-breadcrumb > *",
        "els => els.map(e => getComputedStyle(e, '::before').content)")
    assert len(marks) == 4 and marks[0] == "none" and all("›" in m for m in marks[1:]), marks
    assert "›" not in page.inner_text(".qikan-breadcrumb > a")
    page.close()
