"""P4 in a real browser: the sample site's search, hosted (http on localhost) and from file://.

Expected results come from the seed articles themselves (the `split --json` of every seed), not
from the search code: an article is expected when its title, byline or body holds the phrase.
"""
from __future__ import annotations

import random
import re
from urllib.parse import unquote, urlsplit

import opencc
import pytest

from conftest import HANT_PROFILE

HAN_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")
NONSENSE = "齉龘靐齾爩鱻"
MODES = ("http", "file")


def articles(split_json) -> list[dict]:
    out = []
    for stem, data in split_json.items():
        for a in data["articles"]:
            fields = [a["title"] or "", a["subtitle"] or "", "、".join(a["authors"]),
                      a["writer"] or "", a["unit"] or "", a["section"] or "", a["body"]]
            out.append({"path": f"issues/{data['issue']['id']}/{a['order']:03d}.html",
                        "title": a["title"] or "", "body": a["body"], "all": "\n".join(fields)})
    return out


def random_phrases(arts: list[dict], n: int, seed: int = 4) -> list[tuple[str, str]]:
    """`n` (phrase, article path) pairs: 4–10 adjacent Han characters from a random body."""
    rnd = random.Random(seed)
    pool = [(a, m.group()) for a in arts for m in HAN_RUN.finditer(a["body"])]
    picked = []
    while len(picked) < n:
        art, run = rnd.choice(pool)
        size = rnd.randint(4, min(10, len(run)))
        start = rnd.randint(0, len(run) - size)
        picked.append((run[start:start + size], art["path"]))
    return picked


@pytest.fixture(params=MODES)
def site(request, built_site, hosted, browser):
    """(root URL, page factory, list of requests that tried to leave the machine)."""
    root = hosted if request.param == "http" else built_site["site"].as_uri() + "/"
    ctx = browser.new_context()
    escaped: list[str] = []  # (refused too: Chromium resolves no other host, CHROMIUM_ARGS)

    def record(req):
        url = req.url
        if not (url.startswith(root) or (request.param == "file" and url.startswith("file:"))):
            escaped.append(url)
    ctx.on("request", record)

    def open_page(path: str = "index.html"):
        page = ctx.new_page()
        page.goto(root + path)
        return page
    yield root, open_page, escaped
    ctx.close()
    assert not escaped, f"requests that left the site: {escaped}"


def search(page, query: str) -> list[str]:
    """Type `query`, load every result (scrolling as a reader does), give the result links'
    site-relative paths in the order shown."""
    page.eval_on_selector(".md-search-result", """el => {
        el.querySelector('.md-search-result__meta').textContent = '';
        el.querySelector('.md-search-result__list').innerHTML = '' }""")
    page.fill("input[name=query]", query)
    page.wait_for_function(
        "() => /个|個|没有找到|沒有找到/.test("
        "document.querySelector('.md-search-result__meta').textContent)", timeout=10_000)
    scroll_to_the_end(page)
    return [site_path(h) for h in page.eval_on_selector_all(
        ".md-search-result__item a", "els => els.map(e => e.href)")]


def scroll_to_the_end(page) -> None:
    """Scroll the results as a reader does until every candidate has been checked."""
    for _ in range(400):
        if page.get_attribute(".md-search-result", "data-qikan-state") == "done":
            return
        page.eval_on_selector(".md-search__scrollwrap", "el => el.scrollTop = el.scrollHeight")
        page.wait_for_timeout(50)
    raise AssertionError("the result list never finished")


def site_path(href: str) -> str:
    path = unquote(urlsplit(href).path)
    return path[path.index("issues/"):] if "issues/" in path else path


def test_fifty_random_phrases_find_their_article_and_every_other(site, split_json):
    root, open_page, _ = site
    arts = articles(split_json)
    page = open_page()
    page.click("input[name=query]")
    for phrase, path in random_phrases(arts, 50):
        found = search(page, phrase)
        expected = {a["path"] for a in arts if phrase in a["all"]}
        assert path in found, (phrase, path, found)
        assert set(found) == expected, (phrase, sorted(set(found) ^ expected))
        assert len(found) == len(set(found))
        meta = page.inner_text(".md-search-result__meta")
        assert meta == f"{len(found)} 个符合条件的结果", meta   # one wording, 1 or many


def test_traditional_query_finds_simplified_article_and_back(site, split_json):
    root, open_page, _ = site
    arts = articles(split_json)
    to_hant = opencc.OpenCC(HANT_PROFILE)  # the edition's profile
    phrase, path = next((p, a) for p, a in random_phrases(arts, 200, seed=9)
                        if to_hant.convert(p) != p)
    page = open_page()
    page.click("input[name=query]")
    assert path in search(page, to_hant.convert(phrase))
    # the highlighted words are the article's own, in Simplified
    marks = page.eval_on_selector_all(".md-search-result__item mark", "els => els.map(e => e.textContent)")
    assert phrase in marks
    # …and on the zh-Hant edition a Simplified query finds the same article, in Traditional
    hant = open_page("zh-Hant/index.html")
    hant.click("input[name=query]")
    found = search(hant, phrase)
    assert path in found
    hrefs = hant.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    assert all("/zh-Hant/issues/" in h for h in hrefs)
    title = next(a["title"] for a in arts if a["path"] == path)
    titles = hant.eval_on_selector_all(".md-search-result__item h1", "els => els.map(e => e.textContent)")
    assert to_hant.convert(title) in titles


def test_nonsense_query_shows_empty_message(site, split_json):
    root, open_page, _ = site
    assert not any(NONSENSE[:2] in a["all"] for a in articles(split_json))
    page = open_page("issues/2020-12-jzdx/001.html")
    page.click("input[name=query]")
    assert search(page, NONSENSE) == []
    assert "没有找到" in page.inner_text(".md-search-result__meta")
    hant = open_page("zh-Hant/index.html")
    hant.click("input[name=query]")
    assert search(hant, NONSENSE) == []
    assert "沒有找到" in hant.inner_text(".md-search-result__meta")


def test_titles_come_first(site, split_json):
    """A phrase in some titles and in other articles' bodies: the titles are listed first."""
    root, open_page, _ = site
    arts = articles(split_json)
    phrase = next(run[i:i + 4] for a in arts for run in HAN_RUN.findall(a["title"])
                  for i in range(len(run) - 3)
                  if sum(run[i:i + 4] in b["body"] and run[i:i + 4] not in b["title"]
                         for b in arts) >= 2)
    page = open_page()
    page.click("input[name=query]")
    found = search(page, phrase)
    in_title = [p for p in found if phrase in next(a["title"] for a in arts if a["path"] == p)]
    assert in_title and found[:len(in_title)] == in_title, (phrase, found)
    assert len(found) > len(in_title)


def test_keyboard_as_in_material(site, split_json):
    root, open_page, _ = site
    page = open_page("issues/2020-12-jzdx/001.html")
    page.keyboard.press("/")                                     # opens the search
    assert page.evaluate("document.activeElement.name") == "query"
    assert page.is_checked("#__search")
    found = search(page, "党的建设")
    assert len(found) >= 2
    page.keyboard.press("ArrowDown")
    first = page.evaluate("document.activeElement.href")
    page.keyboard.press("ArrowDown")
    second = page.evaluate("document.activeElement.href")
    assert site_path(first) == found[0] and site_path(second) == found[1]
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.name") == "query"
    page.keyboard.press("Escape")                                # closes it
    assert not page.is_checked("#__search")
    page.keyboard.press("s")
    assert page.is_checked("#__search")
    page.keyboard.press("Enter")                                 # opens the best result
    page.wait_for_url(re.compile(re.escape(found[0])))
