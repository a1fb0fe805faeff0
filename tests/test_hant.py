"""P5: the zh-Hant edition — every page has a Traditional twin, converted by OpenCC, with a
script switch that leads to the same page both ways (checked in Chromium, hosted and file://)."""
from __future__ import annotations

import html
import json
import posixpath
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import material
import opencc
import pytest

from conftest import HANT_PROFILE, ROOT, run_cli

S2T = opencc.OpenCC(HANT_PROFILE)  # the edition's profile
# Material's Chinese UI strings, wherever this environment installed the theme
MATERIAL_ZH = Path(material.__file__).parent / "templates" / "partials" / "languages" / "zh.html"
HAN = re.compile(r"[\u3400-\u9fff]")
# A clause of a body paragraph: Han text between punctuation, e.g. "培育社区文化、丰富居民生活".
CLAUSE = re.compile(r"[^。！？；：，、“”（）\s\\*_`#\[\]<>]{8,30}")
READABLE = {"title", "alt", "aria-label", "placeholder", "content"}


class Visible(HTMLParser):
    """What a reader of a page sees: text outside scripts and styles, readable attribute
    values, and the strings of JSON script blocks; text of elements marked lang="zh-Hans"
    (the switch's own Simplified label) is kept apart."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.hans, self.json, self.links = [], [], [], []
        self.stack: list[tuple[str, bool, str]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        hans = (a.get("lang") or "").lower() == "zh-hans" or bool(self.stack and self.stack[-1][1])
        if tag == "html":
            self.lang = a.get("lang")
        if a.get("hreflang") and tag == "a":
            self.links.append((a["hreflang"], a.get("href")))
        for k, v in attrs:
            if k in READABLE and v:
                (self.hans if hans else self.text).append(v)
        if tag not in {"meta", "link", "input", "img", "br", "hr"}:
            self.stack.append((tag, hans, a.get("type", "")))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        top = self.stack[-1] if self.stack else ("", False, "")
        if top[0] == "script":
            if "json" in top[2]:
                self.json.append(json.loads(data))
        elif top[0] != "style":
            (self.hans if top[1] else self.text).append(data)


def visible(path: Path) -> Visible:
    v = Visible()
    v.feed(path.read_text(encoding="utf-8"))
    return v


def json_strings(x) -> list[str]:
    if isinstance(x, dict):
        return [s for v in x.values() for s in json_strings(v)]
    if isinstance(x, list):
        return [s for v in x for s in json_strings(v)]
    return [x] if isinstance(x, str) else []


def simplified_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")
                  if not p.relative_to(site).as_posix().startswith("zh-Hant/"))


def test_every_page_has_its_twin(built_site):
    site = built_site["site"]
    simp = simplified_pages(site)
    twins = sorted(p.relative_to(site / "zh-Hant").as_posix()
                   for p in (site / "zh-Hant").rglob("*.html"))
    assert len(simp) > 40 and twins == simp
    # articles, issue pages, browse pages and home are all there
    assert "index.html" in twins and any(re.fullmatch(r"issues/[^/]+/index\.html", t) for t in twins)
    for rel in simp:
        assert visible(site / "zh-Hant" / rel).lang == "zh-Hant", rel


def test_sentences_of_every_seed_appear_converted(built_site, split_json):
    site = built_site["site"]
    pages = {rel: html.unescape((site / rel).read_text(encoding="utf-8"))
             for rel in simplified_pages(site)}
    for stem, data in split_json.items():
        clauses = [c for art in data["articles"] for c in CLAUSE.findall(art["body"])
                   if S2T.convert(c) != c][:: 7][:6]
        assert len(clauses) >= 3, stem
        for clause in clauses:
            where = [rel for rel, text in pages.items() if clause in text]
            assert where, (stem, clause)
            for rel in where:
                twin = html.unescape((site / "zh-Hant" / rel).read_text(encoding="utf-8"))
                assert S2T.convert(clause) in twin and clause not in twin, (rel, clause)


def test_titles_names_units_sections_converted(built_site, split_json):
    site = built_site["site"]
    data = split_json["2015-10-nxdj"]
    twin_text = "".join("".join(visible(site / "zh-Hant" / rel).text)
                        for rel in simplified_pages(site))
    fields = [v for a in data["articles"] for v in (a["title"], a["unit"], a["section"],
                                                     *a["authors"]) if v]
    changed = [f for f in fields if S2T.convert(f) != f]
    assert len(changed) >= 5
    for f in changed:
        assert S2T.convert(f) in twin_text, f


def test_twins_hold_no_simplified_text_opencc_would_convert(built_site):
    """String by string, a twin shows OpenCC's conversion of what its Simplified page shows,
    and no character that OpenCC always replaces is left anywhere on it."""
    site = built_site["site"]
    simp_all, twin_all = [], []
    for rel in simplified_pages(site):
        simp, twin = visible(site / rel), visible(site / "zh-Hant" / rel)
        simp_s = simp.text + [s for j in simp.json for s in json_strings(j)]
        twin_s = twin.text + [s for j in twin.json for s in json_strings(j)]
        assert len(simp_s) == len(twin_s), rel
        for a, b in zip(simp_s, twin_s):
            if a.isascii():  # URLs in the JSON are re-aimed, not converted
                continue
            assert b == S2T.convert(a), (rel, a, b)
        # only the switch's label for the Simplified edition stays Simplified
        assert [s.strip() for s in twin.hans if s.strip()] == ["简体中文"], rel
        simp_all += simp_s
        twin_all += twin_s
    simp_text, twin_text = "".join(simp_all), "".join(twin_all)
    kept = set(S2T.convert(simp_text))
    simplified_only = {c for c in set(simp_text) if S2T.convert(c) != c} - kept
    assert len(simplified_only) > 300  # 党 国 与 发 …: the corpus is full of them
    left = simplified_only & set(twin_text)
    assert not left, sorted(left)


def test_material_ui_strings_are_traditional(built_site):
    """Material's own strings (from its zh partial) appear on the twin as OpenCC gives them,
    including the search translations in the __config JSON that Material's JS reads."""
    site = built_site["site"]
    ui = dict(re.findall(r'"([a-z.]+)": "([^"]+)"', MATERIAL_ZH.read_text(encoding="utf-8")))
    page = "issues/2015-10-nxdj/index.html"
    simp, twin = visible(site / page), visible(site / "zh-Hant" / page)
    seen = 0
    for key, zh in ui.items():
        hant = S2T.convert(zh)
        if zh == hant or not HAN.search(zh):
            continue
        if any(zh in s for s in simp.text):
            seen += 1
            assert any(hant in s for s in twin.text), key
            assert not any(zh in s for s in twin.text), key
    assert seen >= 6  # skip link, header, nav, toc, search placeholder, reset, …
    conf_s = next(j for j in simp.json if "translations" in j)["translations"]
    conf_t = next(j for j in twin.json if "translations" in j)["translations"]
    assert conf_t == {k: S2T.convert(v) for k, v in conf_s.items()}
    assert conf_t["search.result.none"] != conf_s["search.result.none"]


def test_switch_links_resolve_both_ways_on_every_page(built_site):
    site = built_site["site"]
    for rel in simplified_pages(site):
        if rel == "404.html":  # shown at any URL: its switch leads to the other home page
            continue
        for edition, other in ((rel, "zh-Hant/" + rel), ("zh-Hant/" + rel, rel)):
            links = dict(visible(site / edition).links)
            here = posixpath.dirname(edition)
            assert posixpath.normpath(posixpath.join(here, links["zh-Hant"])) == \
                ("zh-Hant/" + rel), edition
            assert posixpath.normpath(posixpath.join(here, links["zh-Hans"])) == rel, edition


def test_assets_resolve_from_twins(built_site):
    """Every relative href/src on a twin names a file that exists."""
    site = built_site["site"]
    ref = re.compile(r'(?:href|src)="([^"#?:]+)"')
    for rel in ("index.html", "issues/2018-03-syjg/001.html"):
        page = site / "zh-Hant" / rel
        for url in ref.findall(page.read_text(encoding="utf-8")):
            if url.startswith("/"):
                continue
            assert (page.parent / url).resolve().exists(), (rel, url)


def _switch(page, lang: str) -> None:
    page.hover(".md-header .md-select button")
    with page.expect_navigation():
        page.click(f".md-header a.md-select__link[hreflang={lang}]")


@pytest.mark.parametrize("where", ["hosted", "file"])
def test_switch_leads_to_same_page_in_chromium(built_site, hosted, browser, where):
    base = hosted if where == "hosted" else built_site["site"].as_uri() + "/"
    page = browser.new_page()
    for rel in ("index.html", "issues/2020-09-jlzz/index.html", "issues/2015-10-nxdj/002.html"):
        page.goto(base + rel)
        title = page.inner_text("article h1")
        _switch(page, "zh-Hant")
        assert page.url == base + "zh-Hant/" + rel
        assert page.get_attribute("html", "lang") == "zh-Hant"
        assert page.inner_text("article h1") == S2T.convert(title) != title
        # the page's styles came along: Material's header is laid out, not unstyled
        assert page.eval_on_selector(".md-header", "e => getComputedStyle(e).position") == "sticky"
        _switch(page, "zh-Hans")
        assert page.url == base + rel
        assert page.inner_text("article h1") == title
    page.close()


def test_profile_is_a_setting(tmp_path):
    """extra.qikan.hant_profile picks OpenCC's profile; an unknown one is refused with the
    line to fix, before anything is written."""
    conf = tmp_path / "proj"
    conf.mkdir()
    (conf / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s+hant_profile: s2tw$", text, re.M)
    (conf / "mkdocs.yml").write_text(re.sub(r"hant_profile: s2tw", "hant_profile: s2twp", text),
                                     encoding="utf-8")
    out = tmp_path / "site"
    r = run_cli("build", "--config", str(conf / "mkdocs.yml"), "--out", str(out),
                "--work", str(tmp_path / "work"), "--dist", str(tmp_path / "dist"))
    assert r.returncode == 0, r.stderr
    twin = visible(out / "zh-Hant/index.html")
    s2twp = opencc.OpenCC("s2twp")
    placeholder = "搜索"  # Material's zh search placeholder; Taiwan's word is 搜尋
    assert s2twp.convert(placeholder) != S2T.convert(placeholder)
    # the search box's words (the JSON block qikan-search.js builds the box from)
    assert s2twp.convert(placeholder) in [s for j in twin.json for s in json_strings(j)]

    bad = text.replace("hant_profile: s2tw", "hant_profile: s2x")
    (conf / "mkdocs.yml").write_text(bad, encoding="utf-8")
    line = next(n for n, t in enumerate(bad.splitlines(), 1) if "hant_profile" in t)
    shutil.rmtree(tmp_path / "dist")
    r = run_cli("build", "--config", str(conf / "mkdocs.yml"), "--out", str(out),
                "--work", str(tmp_path / "work"), "--dist", str(tmp_path / "dist"))
    assert r.returncode == 2
    assert f"mkdocs.yml:{line}:" in r.stderr and "s2twp" in r.stderr
    assert visible(out / "zh-Hant/index.html").text == twin.text  # the old site is untouched
    assert not (tmp_path / "dist").exists()


@pytest.mark.parametrize("where", ["hosted", "file"])
def test_search_on_twins_finds_twins(built_site, hosted, browser, where):
    """Search on a zh-Hant page (P4's search, as the twin carries it): a Traditional query finds
    the article, the hit leads to its zh-Hant twin, and the result count reads in Traditional."""
    site = built_site["site"]
    base = hosted if where == "hosted" else site.as_uri() + "/"
    rel = "issues/2018-03-syjg/001.html"
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", (site / "zh-Hant" / rel).read_text(encoding="utf-8"),
                   re.S).group(1).strip()
    assert HAN.search(h1) and S2T.convert(h1) == h1
    page = browser.new_page()
    page.goto(base + "zh-Hant/index.html")
    page.fill(".md-search__input", html.unescape(h1)[:6])
    hit = page.wait_for_selector(f".md-search-result a[href$='{rel}']", timeout=10000)
    meta = page.inner_text(".md-search-result__meta")
    assert HAN.search(meta) and S2T.convert(meta) == meta, meta
    with page.expect_navigation():
        hit.click()
    assert page.url == base + "zh-Hant/" + rel
    page.close()


def test_the_default_edition_uses_taiwans_standard_characters(built_site):
    """P15: s2tw by default — 為 and 群眾, not OpenCC's 爲 and 羣衆 (s2t)."""
    twins = "".join(p.read_text("utf-8") for p in
                    sorted((built_site["site"] / "zh-Hant" / "issues").rglob("*.html"))[:60])
    assert "為" in twins and "爲" not in twins
    assert "群眾" in twins and "羣衆" not in twins
