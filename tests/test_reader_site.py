"""P3 in Chromium: what a reader of the built sample site sees — article headers, citation
tags and box, issue pages in printed order, browse pages (authors, sections, units, years)
that link to the right articles, no request to any other host, the print stylesheet.

Expected values come from the hand-made gold (tests/fixtures/gold) and the sidecars in
docs_src/, not from the code under test; the split is used only to find an article's page.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
import yaml

from conftest import DOCS_SRC, GOLD_OF, ROOT
from conftest import gold as gold_issue
SHOTS = ROOT / "tests" / "screenshots"
# The site_url of the test builds (QIKAN_SITE_URL, set by conftest).
SITE_URL = "https://example.org/qikan/"


def gold(stem: str) -> list[dict]:
    return gold_issue(stem)["articles"]


def sidecar(stem: str) -> dict:
    return yaml.safe_load((DOCS_SRC / f"{stem}.yml").read_text("utf-8"))


def page_of(stem: str, n: int) -> str:
    """The page of the n-th (0-based) article of an issue: articles are numbered in the order
    they start in the source, as the gold lists them."""
    return f"issues/{stem}/{n + 1:03d}.html"


def richest(stem: str) -> int:
    """The gold article of an issue with the most header fields filled in."""
    arts = gold(stem)
    score = [(bool(a["title"]) * 4 + bool(a["authors"]) * 2 + bool(a["unit"]) + bool(a["section"]), -i)
             for i, a in enumerate(arts)]
    return -max(score)[1]


@pytest.fixture()
def page(browser, hosted):
    """A page of the hosted site whose requests to anywhere but the local server are
    recorded (and refused: Chromium resolves no other host, conftest's CHROMIUM_ARGS); the
    test fails if any was made."""
    ctx = browser.new_context()
    elsewhere: list[str] = []
    ctx.on("request", lambda r: r.url.startswith(hosted) or elsewhere.append(r.url))
    pg = ctx.new_page()
    pg.goto_site = lambda rel: pg.goto(hosted + rel)
    yield pg
    ctx.close()
    assert not elsewhere, elsewhere


def site_rel(url: str, hosted: str) -> str:
    return urlsplit(url).path.lstrip("/") if url.startswith(hosted) else url


def links(pg, selector: str, hosted: str) -> list[tuple[str, str]]:
    """(text, site-relative path) of the links a selector finds, in page order."""
    return [(t.strip(), site_rel(h, hosted)) for t, h in pg.eval_on_selector_all(
        selector, "els => els.map(a => [a.textContent, a.href])")]


@pytest.mark.parametrize("stem", sorted(GOLD_OF))
def test_an_article_of_each_seed_shows_its_header(page, hosted, stem):
    n = richest(stem)
    g, side = gold(stem)[n], sidecar(stem)
    page.goto_site(page_of(stem, n))
    head = page.locator("header.qikan-head")
    assert page.inner_text("h1.qikan-head__title") == g["title"]
    assert page.title() == f"{g['title']} - 期刊文库"
    authors = links(page, ".qikan-head__author", hosted)
    assert [t for t, _ in authors] == g["authors"]
    assert all(re.fullmatch(r"authors/[a-z0-9-]+\.html", h) for _, h in authors)
    if g["unit"]:  # the unit's institutions linked, the posts held there beside them (P15)
        units = [t for t, _ in links(page, ".qikan-head__unit", hosted)]
        posts = page.inner_text(".qikan-head__post") if page.query_selector(".qikan-head__post") else ""
        assert set(re.sub(r"\W", "", g["unit"])) <= set("".join(units) + posts), (units, posts)
        assert not any(u.endswith(("常委", "书记", "部长", "主任", "组织部长")) for u in units), units
    if g["role"]:
        assert page.inner_text(".qikan-head__role") == g["role"]
    if g["section"]:
        assert page.inner_text(".qikan-head__section") == g["section"]
        assert g["section"] in head.inner_text()
    facts = page.inner_text(".qikan-head__facts")
    assert side["date"] in facts and side["publication"] in facts
    issue_links = links(page, ".qikan-head__issue", hosted)
    assert issue_links[0][1] == f"issues/{stem}/index.html"


@pytest.mark.parametrize("stem", sorted(GOLD_OF))
def test_citation_tags_in_the_head(page, hosted, stem):
    n = richest(stem)
    g, side = gold(stem)[n], sidecar(stem)
    rel = page_of(stem, n)
    page.goto_site(rel)
    tags = page.eval_on_selector_all(
        "head meta[name^='citation_'], head meta[name^='DC.']",
        "els => els.map(m => [m.getAttribute('name'), m.getAttribute('content')])")
    meta = {}
    for name, content in tags:
        meta.setdefault(name, []).append(content)
    url = SITE_URL + rel
    assert meta["citation_title"] == [g["title"]] and meta["DC.title"] == [g["title"]]
    assert meta.get("citation_author", []) == g["authors"]
    assert meta.get("DC.creator", []) == g["authors"]
    # each author is followed by that author's institutions when the unit is known: the
    # institutions it names, never the posts (P15)
    names = [tuple(x) for x in tags if x[0] in ("citation_author", "citation_author_institution")]
    assert [x for x in names if x[0] == "citation_author"] == [("citation_author", a) for a in g["authors"]]
    insts = [v for k, v in names if k == "citation_author_institution"]
    if g["unit"] and g["authors"]:
        assert insts and names[1][0] == "citation_author_institution"
        assert all(v in g["unit"] or v.startswith(g["unit"][:2]) for v in insts), insts
        assert not any(v.endswith(("常委", "书记", "部长", "主任")) for v in insts), insts
    else:
        assert not insts
    assert meta["citation_date"] == [side["date"].replace("-", "/")]
    assert meta["DC.date"] == [side["date"]]
    assert meta["citation_journal_title"] == [side["publication"]]
    assert meta.get("citation_issue") == ([side["number"]] if side.get("number") else None)
    assert meta["citation_language"] == ["zh"] and meta["DC.type"] == ["Text"]
    assert meta["citation_fulltext_html_url"] == [url]
    assert page.get_attribute("head link[rel=canonical]", "href") == url


def test_citation_box_formats_and_copies(browser, hosted):
    """GB/T 7714 with the right type mark per kind of source, BibTeX, RIS (shown, copied and
    downloaded), and copy buttons that put exactly the shown text on the clipboard."""
    ctx = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    pg = ctx.new_page()
    marks = {"magazine": "[J]", "newspaper": "[N]", "web": "[EB/OL]"}
    for stem in sorted(GOLD_OF):
        n, side = richest(stem), sidecar(stem)
        g = gold(stem)[n]
        pg.goto(hosted + page_of(stem, n))
        ref = pg.inner_text("#qikan-cite-gbt7714")
        assert ref.startswith(", ".join(g["authors"]) + ". " + g["title"]), ref
        assert marks[side["kind"]] in ref and side["publication"] in ref
        if side["kind"] == "web":  # the day of reading, filled in by the page
            assert re.search(r"\]\. .*\(\d{4}-\d\d-\d\d\)\[\d{4}-\d\d-\d\d\]\. https://", ref), ref
        bib = pg.inner_text("#qikan-cite-bibtex")
        assert bib.startswith("@misc{" if side["kind"] == "web" else "@article{")
        assert f"title = {{{g['title']}}}" in bib
        ris = pg.inner_text("#qikan-cite-ris")
        assert ris.startswith("TY  - " + {"magazine": "JOUR", "newspaper": "NEWS", "web": "ELEC"}[
            side["kind"]]) and f"TI  - {g['title']}" in ris and ris.rstrip().endswith("ER  -")
        assert [l[6:] for l in ris.split("\n") if l.startswith("AU  - ")] == g["authors"]
        href = pg.get_attribute(".qikan-cite__download", "href")
        got = pg.evaluate("h => fetch(h).then(r => r.text())", href)
        assert got.replace("\r\n", "\n").strip() == ris.strip()  # the file is the box, in CRLF
        for key in ("gbt7714", "bibtex", "ris"):
            pg.click(f"button[data-qikan-copy=qikan-cite-{key}]")
            pg.wait_for_function("b => b.textContent === '已复制'",
                                 arg=pg.query_selector(f"button[data-qikan-copy=qikan-cite-{key}]"))
            assert pg.evaluate("navigator.clipboard.readText()") == pg.inner_text(f"#qikan-cite-{key}")
    ctx.close()


@pytest.mark.parametrize("stem", sorted(GOLD_OF))
def test_issue_page_lists_articles_in_printed_order(page, hosted, stem):
    page.goto_site(f"issues/{stem}/index.html")
    shown = [(t, h) for t, h in links(page, "article li > a:first-child", hosted)
             if re.fullmatch(rf"issues/{stem}/\d+\.html", h)]
    arts = gold(stem)
    assert [h for _, h in shown] == [page_of(stem, n) for n in range(len(arts))]
    for (text, _), g in zip(shown, arts):
        if g["title"]:
            assert text == g["title"]
    # each run of one section under its heading, in print order; no heading (and no
    # placeholder) over articles in no section, no 〔残篇〕 mark (P15)
    heads = [h.strip() for h in page.eval_on_selector_all("article h2", "els => els.map(e => e.textContent)")]
    runs = [s for k, s in enumerate(g["section"] for g in arts)
            if s and (k == 0 or s != arts[k - 1]["section"])]
    assert heads == runs
    text = page.inner_text("article")
    assert "未分栏目" not in text and "残篇" not in text


def gold_pages(field: str) -> dict[str, set[str]]:
    """name → pages of the articles the gold gives that name (author, unit or section)."""
    out: dict[str, set[str]] = {}
    for stem in GOLD_OF:
        for n, g in enumerate(gold(stem)):
            names = g[field] if field == "authors" else [g[field]] if g[field] else []
            for name in names:
                out.setdefault(name, set()).add(page_of(stem, n))
    return out


@pytest.mark.parametrize("field,index", [("authors", "authors.html"), ("section", "sections.html")])
def test_browse_pages_link_to_the_right_articles(page, hosted, field, index):
    """Every name of the gold is on its index page, and its page links to exactly the
    articles the gold gives that name."""
    expected = gold_pages(field)
    page.goto_site(index)
    listed = {re.sub(r"（\d+ 篇）$", "", t): h for t, h in links(page, "article li > a", hosted)}
    assert set(listed) == set(expected)
    for name, pages in expected.items():
        page.goto_site(listed[name])
        assert page.inner_text("article h1") == name
        found = {h for _, h in links(page, "article li > a:first-child", hosted)
                 if re.fullmatch(r"issues/[^/]+/\d+\.html", h)}
        assert found == pages, name


def test_unit_pages_are_institutions_linking_their_articles(page, hosted):
    """The 单位 index lists institutions (P15): every article the gold gives a unit is on the
    page of an institution that unit names (its characters are the unit's), and every article
    a unit page links names that institution in its unit."""
    expected = gold_pages("unit")  # printed unit → its articles
    unit_of = {p: u for u, pages in expected.items() for p in pages}
    page.goto_site("units.html")
    listed = {re.sub(r"（\d+ 篇）$", "", t): h for t, h in links(page, "article li > a", hosted)}
    seen: set[str] = set()
    for name, href in listed.items():
        page.goto_site(href)
        assert page.inner_text("article h1") == name
        found = {h for _, h in links(page, "article li > a:first-child", hosted)
                 if re.fullmatch(r"issues/[^/]+/\d+\.html", h)}
        for p in found:
            assert p in unit_of and set(re.sub(r"\W", "", name)) <= set(unit_of[p]), (name, p)
        seen |= found
    assert seen == set(unit_of)


def test_author_page_names_the_units_seen(page, hosted):
    for name, pages in gold_pages("authors").items():
        units = {g["unit"] for stem in GOLD_OF for n, g in enumerate(gold(stem))
                 if page_of(stem, n) in pages and g["unit"]}
        if units:
            break
    page.goto_site("authors.html")
    target = dict((re.sub(r"（\d+ 篇）$", "", t), h) for t, h in links(page, "article li > a", hosted))[name]
    page.goto_site(target)
    shown = "".join(t for t, h in links(page, "article p a", hosted) if h.startswith("units/"))
    assert all(set(re.sub(r"\W", "", u)) - set("常委书记部长副主任") <= set(shown) for u in units)


def test_year_pages_list_every_article_of_their_issues(page, hosted):
    by_year: dict[str, set[str]] = {}
    for stem in GOLD_OF:
        year = sidecar(stem)["date"][:4]
        by_year.setdefault(year, set()).update(page_of(stem, n) for n in range(len(gold(stem))))
    page.goto_site("years.html")
    years = {t.split("（")[0].replace(" 年", ""): h for t, h in links(page, "article li > a", hosted)}
    assert set(years) == set(by_year)
    for year, pages in by_year.items():
        page.goto_site(years[year])
        found = {h for _, h in links(page, "article li > a", hosted) if re.fullmatch(r"issues/[^/]+/\d+\.html", h)}
        assert found == pages, year


def test_home_shows_latest_issue_archive_and_counts(page, hosted):
    page.goto_site("index.html")
    newest = max(GOLD_OF, key=lambda s: (sidecar(s)["date"], s))
    text = page.inner_text("article")
    assert "最新一期" in text
    toc = [h for _, h in links(page, "article li > a:first-child", hosted)
           if re.fullmatch(r"issues/[^/]+/\d+\.html", h)]
    assert toc == [page_of(newest, n) for n in range(len(gold(newest)))]
    total = sum(len(gold(s)) for s in GOLD_OF)
    assert f"共收录 {len(GOLD_OF)} 期、{total} 篇文章" in text
    assert f"作者 {len(gold_pages('authors'))} 位" in text
    issue_links = {h for _, h in links(page, "article a", hosted) if h.endswith("/index.html")}
    assert issue_links >= {f"issues/{s}/index.html" for s in GOLD_OF}


def test_prev_next_walk_the_issue_then_lead_to_the_issue_before(page, hosted):
    """上一篇/下一篇 walk the issue in printed order; at its first article the pager offers the
    previous issue instead (the newest issue has no next one) (P15)."""
    stem = "2022-06-rmrb"
    page.goto_site(page_of(stem, 0))
    assert page.query_selector(".qikan-pager__prev:not(.qikan-pager__issue)") is None
    assert page.inner_text(".qikan-pager__prev.qikan-pager__issue").startswith("上一期")
    seen = [page_of(stem, 0)]
    while page.query_selector(".qikan-pager__next"):
        with page.expect_navigation():
            page.click(".qikan-pager__next")
        seen.append(site_rel(page.url, hosted))
    assert seen == [page_of(stem, n) for n in range(len(gold(stem)))]
    with page.expect_navigation():
        page.click(".qikan-pager__prev")
    assert site_rel(page.url, hosted) == seen[-2]


def test_nav_stays_small(built_site):
    """The nav lists years and issues, never articles: a page's nav does not grow with the
    number of articles."""
    for rel in ("issues/2015-10-nxdj/003.html", "index.html", "issues/2015-10-nxdj/index.html"):
        html_text = (built_site["site"] / rel).read_text("utf-8")
        start = html_text.index('<nav class="md-nav md-nav--primary"')
        nav = html_text[start:html_text.index('<div class="md-content"', start)]
        assert nav.count('class="md-nav__link') >= 8, rel  # home, 浏览 ×4, the years
        assert not re.search(r'href="[^"]*issues/[^/"]+/\d+\.html"', nav), rel


def test_print_hides_navigation_and_keeps_header_and_citation(page, hosted):
    page.goto_site(page_of("2015-10-nxdj", richest("2015-10-nxdj")))
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-footer',
        '.qikan-pager', '.qikan-cite__copy'].map(s => [...document.querySelectorAll(s)]
        .every(e => getComputedStyle(e).display === 'none'))""")
    assert all(hidden), hidden
    for sel in ("h1.qikan-head__title", ".qikan-head__byline", ".qikan-body", "#qikan-cite-gbt7714"):
        assert page.is_visible(sel), sel
    page.emulate_media(media="screen")
    assert page.is_visible(".md-sidebar--primary")


def test_pages_use_system_fonts_only(page, hosted):
    page.goto_site("index.html")
    page.goto_site(page_of("2020-12-jzdx", 0))
    faces = page.evaluate("() => [...document.fonts].map(f => f.family)")
    assert faces == []  # no @font-face: the reader's own CJK fonts
    family = page.evaluate("getComputedStyle(document.querySelector('.qikan-body p')).fontFamily")
    assert "Noto Sans CJK SC" in family and "Microsoft YaHei" in family
    indent = page.evaluate("getComputedStyle(document.querySelector('.qikan-body p')).textIndent")
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.qikan-body p')).fontSize)")
    assert float(indent.rstrip("px")) == pytest.approx(2 * size)


def test_screenshots_of_home_issue_and_article(browser, hosted):
    """Written for a person to look at (git-ignored): tests/screenshots/."""
    SHOTS.mkdir(exist_ok=True)
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    for name, rel in (("home", "index.html"), ("issue", "issues/2015-10-nxdj/index.html"),
                      ("article", page_of("2015-10-nxdj", richest("2015-10-nxdj"))),
                      ("article-hant", "zh-Hant/" + page_of("2022-06-rmrb", 0)),
                      ("author", "authors.html")):
        pg.goto(hosted + rel)
        pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
        assert (SHOTS / f"{name}.png").stat().st_size > 10_000
    pg.set_viewport_size({"width": 390, "height": 844})
    pg.goto(hosted + page_of("2015-10-nxdj", richest("2015-10-nxdj")))
    pg.screenshot(path=str(SHOTS / "article-phone.png"))
    pg.close()
