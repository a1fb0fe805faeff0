"""P15 search in Chromium: a URL with ?q= (and filters) opens the results, hosted and from
file://; the count is the total from the first render; filters by year, publication, section
and author narrow the list and the count; the sort by date orders by date; one count wording.

Expected results come from the sample issues' `split --json` (an article is expected when its
title, byline or body holds the phrase), dates and publications from their issue data."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from conftest import hant
from test_search_browser import articles, scroll_to_the_end, site, site_path  # noqa: F401

COUNT = re.compile(r"^(\d+) 个符合条件的结果$")


def facts(split_json) -> dict[str, dict]:
    """path → what the filters and the date sort read, and the text a query is matched in."""
    texts = {a["path"]: a["all"] for a in articles(split_json)}
    out = {}
    for data in split_json.values():
        issue = data["issue"]
        for a in data["articles"]:
            path = f"issues/{issue['id']}/{a['order']:03d}.html"
            date = a["date"] or issue["date"] or ""
            out[path] = {"date": date, "year": date[:4], "pub": issue["publication"] or "",
                         "section": a["section"] or "", "authors": a["authors"],
                         "all": texts[path]}
    return out


def results(page) -> tuple[str, list[str]]:
    """The count shown when the first results appear, and every result once scrolled through."""
    page.wait_for_function(
        "() => /个|個|没有找到|沒有找到/.test("
        "document.querySelector('.md-search-result__meta').textContent)", timeout=15_000)
    first = page.inner_text(".md-search-result__meta")
    scroll_to_the_end(page)
    return first, [site_path(h) for h in page.eval_on_selector_all(
        ".md-search-result__item a", "els => els.map(e => e.href)")]


def shown_count(meta: str) -> int:
    m = COUNT.match(meta)
    assert m, meta
    return int(m.group(1))


@pytest.mark.parametrize("page_path", ["index.html", "issues/2020-12-jzdx/001.html"])
def test_a_url_with_q_opens_every_result_with_their_count(site, split_json, page_path):
    root, open_page, _ = site
    expected = {p for p, f in facts(split_json).items() if "基层" in f["all"]}
    page = open_page(f"{page_path}?q={quote('基层')}")
    first, found = results(page)
    assert page.is_checked("#__search")
    assert page.input_value("input[name=query]") == "基层"
    assert shown_count(first) == len(found) == len(set(found)), (first, len(found))
    assert set(found) == expected
    assert page.inner_text(".md-search-result__meta") == first   # the count never moved
    assert len(found) > 10                                       # more than the first batch


def test_filters_in_the_url_narrow_the_list_and_the_count(site, split_json):
    root, open_page, _ = site
    f = facts(split_json)
    hits = {p: x for p, x in f.items() if "基层" in x["all"]}
    pub = max({x["pub"] for x in hits.values()}, key=lambda v: sum(x["pub"] == v for x in hits.values()))
    year = next(x["year"] for x in hits.values() if x["pub"] != pub)
    section = next(x["section"] for x in hits.values() if x["section"])
    for params, keep in (({"pub": pub}, lambda x: x["pub"] == pub),
                         ({"year": year}, lambda x: x["year"] == year),
                         ({"section": section}, lambda x: x["section"] == section),
                         ({"year": year, "pub": pub},
                          lambda x: x["year"] == year and x["pub"] == pub)):
        query = "&".join(f"{k}={quote(v)}" for k, v in params.items())
        page = open_page(f"index.html?q={quote('基层')}&{query}")
        first, found = results(page)
        expected = {p for p, x in hits.items() if keep(x)}
        assert set(found) == expected and len(found) < len(hits), params
        if expected:
            assert shown_count(first) == len(found), params
        else:
            assert first == "没有找到符合条件的结果"
        page.close()


def test_choosing_a_filter_narrows_and_goes_into_the_url(site, split_json):
    root, open_page, _ = site
    f = facts(split_json)
    hits = {p: x for p, x in f.items() if "基层" in x["all"]}
    page = open_page(f"index.html?q={quote('基层')}")
    first, found = results(page)
    assert len(found) == len(hits)
    docs_js = "() => !!document.querySelector('script[src$=\"search/docs.js\"]')"
    assert not page.evaluate(docs_js)   # a plain query never loads the filters' columns
    year = sorted({x["year"] for x in hits.values()})[0]
    page.select_option("select[data-qikan-filter=year]", year)
    first, found = results(page)
    assert page.evaluate(docs_js)
    expected = {p for p, x in hits.items() if x["year"] == year}
    assert set(found) == expected and shown_count(first) == len(found) < len(hits)
    assert f"year={year}" in page.url and "q=" in page.url
    # the URL as it now stands opens the same list
    again = open_page(page.url[len(root):])
    assert set(results(again)[1]) == expected


def test_sort_by_date_orders_newest_first(site, split_json):
    root, open_page, _ = site
    f = facts(split_json)
    page = open_page(f"index.html?q={quote('党建')}&sort=date")
    first, found = results(page)
    dates = [f[p]["date"] for p in found]
    assert dates == sorted(dates, reverse=True) and len(set(dates)) > 2
    assert shown_count(first) == len(found)
    assert page.input_value("select[data-qikan-filter=sort]") == "date"
    by_relevance = results(open_page(f"index.html?q={quote('党建')}"))[1]
    assert set(by_relevance) == set(found) and by_relevance != found


def test_one_wording_for_one_and_many(site, split_json):
    root, open_page, _ = site
    f = facts(split_json)
    # a phrase of one article only: four Han characters of a title found nowhere else
    single = next(run[i:i + 4] for x in f.values()
                  for run in re.findall(r"[\u4e00-\u9fff]{4,}", x["all"].split("\n")[0])
                  for i in range(len(run) - 3)
                  if sum(run[i:i + 4] in y["all"] for y in f.values()) == 1)
    page = open_page(f"index.html?q={quote(single)}")
    first, found = results(page)
    assert first == "1 个符合条件的结果" and len(found) == 1
    many = results(open_page(f"index.html?q={quote('党的建设')}"))
    assert shown_count(many[0]) == len(many[1]) > 1


def test_the_zh_hant_edition_in_traditional_with_either_scripts_names(site, split_json):
    root, open_page, _ = site
    f = facts(split_json)
    hits = {p: x for p, x in f.items() if "基层" in x["all"]}
    pub = next(x["pub"] for x in hits.values() if hant(x["pub"]) != x["pub"])
    expected = {p for p, x in hits.items() if x["pub"] == pub}
    for name in (pub, hant(pub)):   # a link made on either edition
        page = open_page(f"zh-Hant/index.html?q={quote(hant('基层'))}&pub={quote(name)}")
        first, found = results(page)
        assert first == f"{len(expected)} 個符合條件的結果"
        assert {p.replace("zh-Hant/", "") for p in found} == expected
        assert all("/zh-Hant/" in h for h in page.eval_on_selector_all(
            ".md-search-result__item a", "els => els.map(e => e.href)"))
        labels = page.eval_on_selector_all("select option", "els => els.map(e => e.textContent)")
        assert hant(pub) in labels and "全部欄目" in labels and "全部栏目" not in labels


def test_the_author_filter_from_the_url_and_the_list(site, split_json):
    root, open_page, _ = site
    f = facts(split_json)
    hits = {p: x for p, x in f.items() if "基层" in x["all"]}
    names = {a for x in hits.values() for a in x["authors"]}
    # the author of most matching articles (an article can have several authors)
    author = max(sorted(names), key=lambda a: sum(a in x["authors"] for x in hits.values()))
    expected = {p for p, x in hits.items() if author in x["authors"]}
    assert 0 < len(expected) < len(hits)
    page = open_page(f"index.html?q={quote('基层')}&author={quote(author)}")
    first, found = results(page)
    assert set(found) == expected and shown_count(first) == len(found)
    labels = page.eval_on_selector_all("select[data-qikan-filter=author] option",
                                       "els => els.map(e => e.textContent)")
    assert labels[0] == "全部作者"
    assert set(labels[1:]) == {a for x in f.values() for a in x["authors"]}
    page = open_page(f"index.html?q={quote('基层')}")
    results(page)
    page.select_option("select[data-qikan-filter=author]", label=author)
    first, found = results(page)
    assert set(found) == expected and shown_count(first) == len(found)
    assert "author=" in page.url
    # in the zh-Hant edition, by a name in either script
    other = next(a for a in sorted(names) if hant(a) != a)
    expected = {p for p, x in hits.items() if other in x["authors"]}
    for name in (other, hant(other)):
        page = open_page(f"zh-Hant/index.html?q={quote(hant('基层'))}&author={quote(name)}")
        first, found = results(page)
        assert first == f"{len(expected)} 個符合條件的結果"
        assert {p.replace("zh-Hant/", "") for p in found} == expected
        labels = page.eval_on_selector_all("select[data-qikan-filter=author] option",
                                           "els => els.map(e => e.textContent)")
        assert hant(other) in labels and other not in labels
        assert page.input_value("select[data-qikan-filter=author]") == \
            str(labels.index(hant(other)))


@pytest.mark.parametrize("query", ["党组织", "组织工作"])
def test_the_count_is_exact_from_the_first_render_with_many_candidates(site, split_json, query):
    """More than 40 articles hold the query's bigrams, some of them apart only (not as the
    phrase): the count is the number of articles holding the phrase from the first render."""
    root, open_page, _ = site
    f = facts(split_json)
    expected = {p for p, x in f.items() if query in x["all"]}
    apart = {p for p, x in f.items()
             if all(query[i:i + 2] in x["all"] for i in range(len(query) - 1))}
    assert len(apart) > 40 and apart - expected   # the case the count once got wrong
    page = open_page(f"index.html?q={quote(query)}")
    first, found = results(page)
    assert shown_count(first) == len(found) == len(expected), (first, len(found))
    assert set(found) == expected
    assert page.inner_text(".md-search-result__meta") == first
