"""P11: what an article page carries beyond its own text — the chrome before the content
(head, header, nav) without the line breaks Material's templates put beside every tag, the
pruned nav entries without their unread class, an article's nav folded to the way down to
its issue, the search box's words in a JSON block instead of the box's markup; on the built
sample site. The reader's side (the nav, the
search box, the switch) is driven in Chromium by the browser tests."""
from __future__ import annotations

import json
import re
from pathlib import Path

# a script element, e.g. `<script id="__config" …>{…}</script>`: its text is left as it is
SCRIPT = re.compile(r"<script\b.*?</script>", re.S)


def article_pages(site: Path) -> list[Path]:
    return sorted(site.glob("issues/*/[0-9][0-9][0-9].html"))


def test_the_chrome_has_no_line_breaks_beside_tags(built_site):
    pages = article_pages(built_site["site"])
    assert len(pages) > 100
    for page in pages:
        html = page.read_text("utf-8")
        chrome, content = html.split('<div class="md-content"', 1)
        assert not re.search(r">\s|\s<", SCRIPT.sub("", chrome)), page
        # the content keeps its spaces: the footer's "以 MkDocs 和 <a>Material for MkDocs</a>"
        assert re.search(r"\S\s+<a [^>]*>Material for MkDocs</a>\s+\S", content), page


def primary_nav(html: str) -> str:
    return html[html.index('<nav class="md-nav md-nav--primary"'):
                html.index('<div class="md-sidebar md-sidebar--secondary"')]


def test_pruned_nav_entries_keep_what_material_styles(built_site):
    # an issue's page (not an article: site/hooks.py folds an article's nav) shows the others
    nav = primary_nav((built_site["site"] / "issues/2015-10-nxdj/index.html").read_text("utf-8"))
    assert "md-nav__item--pruned" not in nav
    # another year of 各期, shown as a bare link: the nested mark and the chevron stay (the
    # title without Material's md-ellipsis wrapper: site/hooks.py)
    other = re.findall(r'<li class="md-nav__item md-nav__item--nested"><a href="[^"]+" '
                       r'class="md-nav__link">(\d{4}) 年'
                       r'<span class="md-nav__icon md-icon"></span></a></li>', nav)
    assert other and "2015" not in other


def test_an_articles_nav_shows_only_the_way_down_to_its_issue(built_site):
    """An article page's 各期 is its year (its page) and the year's issues; the other years are
    not listed (their page is one click away: 浏览 › 年份 names every year), so the nav does
    not grow with the archive's years; 浏览 stays whole."""
    site = built_site["site"]
    years_page = (site / "years.html").read_text("utf-8")
    years = set(re.findall(r'href="years/(\d{4})/index.html"', years_page))
    assert years == {p.name[:4] for p in (site / "issues").iterdir() if p.is_dir()}
    for rel in ("", "zh-Hant/"):
        for page in article_pages(site / rel):
            nav = primary_nav(page.read_text("utf-8"))
            issue = page.parent.name
            shown = set(re.findall(r'href="../../years/(\d{4})/index.html"', nav))
            assert shown == {issue[:4]}, (page, shown)
            assert 'href="index.html"' in nav  # its issue
            for browse in ("sections", "authors", "units", "years", "stats"):
                assert f'href="../../{browse}.html"' in nav, (page, browse)


def test_the_search_box_is_words_not_markup(built_site):
    for rel in ("issues/2015-10-nxdj/001.html", "zh-Hant/issues/2015-10-nxdj/001.html"):
        html = (built_site["site"] / rel).read_text("utf-8")
        assert "<select" not in html and "md-search__form" not in html
        words = json.loads(re.search(r'id="qikan-search-strings">(.*?)</script>', html, re.S)[1])
        assert len(words["filters"]) == 5
        # what the box needs of __config: Material's words for the results
        config = json.loads(re.search(r'id="__config" type="application/json">(.*?)</script>',
                                      html, re.S)[1])
        assert {"search.result.placeholder", "search.result.none",
                "search.result.other"} <= set(config["translations"])
