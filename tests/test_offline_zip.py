"""P6: the offline zip — one reproducible zip in dist/ that works from file:// with no network:
links, the script switch and search, checked in Chromium with every non-file request blocked."""
from __future__ import annotations

import html
import re
import shutil
import zipfile
from urllib.parse import urlsplit
from pathlib import Path

import opencc
import pytest

from conftest import HANT_PROFILE, run_cli
from qikan.site import bundle

# A resource the browser would load by itself: script/img/… src, <link href> (but the
# canonical link, which only names the hosted page), CSS url()/@import.
REMOTE_LOAD = re.compile(r"""<(?:script|img|iframe|audio|video|source|embed|track)\b[^>]*\ssrc=["']?(?:[a-z]+:)?//"""
                         r"""|<link\b(?![^>]*\srel=["']?canonical)[^>]*\shref=["']?(?:[a-z]+:)?//"""
                         r"""|url\(\s*["']?(?:[a-z]+:)?//|@import\s+["'](?:[a-z]+:)?//""", re.I)


def the_zip(built_site) -> Path:
    """dist/ holds exactly one zip (and the dataset's folder, data/)."""
    files = [p for p in built_site["dist"].iterdir() if p.name != "data"]
    assert [z.suffix for z in files] == [".zip"], files
    return files[0]


def site_files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


TOP = "qikan-2022-06-rmrb/"  # the newest sample issue


def test_one_zip_with_both_editions_and_a_readme(built_site):
    """Everything under one folder named for the newest issue (P15: unzipping spills nothing
    into the reader's folder), 说明.txt first."""
    with zipfile.ZipFile(the_zip(built_site)) as z:
        names = z.namelist()
        readme = z.read(TOP + "说明.txt").decode("utf-8-sig")
    assert all(n.startswith(TOP) for n in names)
    names = [n[len(TOP):] for n in names]
    assert names[0] == "说明.txt" and len(names) == len(set(names))
    pages = {f for f in site_files(built_site["site"]) if f.endswith(".html")}
    assert {f for f in pages if f.startswith("zh-Hant/")} and pages <= set(names)
    assert any(n.startswith("assets/stylesheets/") for n in names)
    assert not any(n.endswith(("sitemap.xml", ".map")) for n in names)
    assert "index.html" in readme and "解压" in readme and "zh-Hant/index.html" in readme
    assert opencc.OpenCC(HANT_PROFILE).convert("解压") in readme  # and the Traditional half
    assert "\r\n" in readme


def test_zip_is_reproducible(built_site, rebuilt_site):
    """The session's build and a second one, in other folders and at another time, give the
    same zip."""
    zips = [b["dist"] / the_zip(built_site).name for b in (built_site, rebuilt_site)]
    assert zips[0].read_bytes() == zips[1].read_bytes()
    with zipfile.ZipFile(zips[0]) as z:
        infos = z.infolist()
    assert [i.filename for i in infos[1:]] == sorted(i.filename for i in infos[1:])
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_zip_written_from_the_last_one_is_the_fresh_zip(built_site, tmp_path, monkeypatch):
    """P11 on the real site: the next build's zip — a page corrected, one added, a file gone, the
    folder renamed for a newer issue — written from the last zip and its manifest is byte for
    byte the fresh zip, and only the corrected and added pages are deflated."""
    site, dist = tmp_path / "site", tmp_path / "dist"
    shutil.copytree(built_site["site"], site)
    manifest = tmp_path / "work" / bundle.ZIP_MANIFEST
    last = bundle.publish_zip(bundle.write_zip(site, dist / bundle.ZIP_NAME, "期刊文库", TOP,
                                               manifest=manifest), dist / bundle.ZIP_NAME)
    corrected, added = site / "issues/2018-03-syjg/001.html", site / "issues/2018-03-syjg/999.html"
    corrected.write_text(corrected.read_text("utf-8").replace("</h1>", "</h1><p>更正</p>", 1),
                         "utf-8")
    added.write_text(corrected.read_text("utf-8").replace("更正", "新增"), "utf-8")
    (site / "issues/2018-03-syjg/001.ris").unlink()
    deflated, real = [], bundle.deflated
    monkeypatch.setattr(bundle, "deflated",
                        lambda data, *how: deflated.append(data) or real(data, *how))
    nxt = bundle.write_zip(site, dist / bundle.ZIP_NAME, "期刊文库", "qikan-2099-01-next/",
                           last, manifest)
    assert sorted(deflated) == sorted([corrected.read_bytes(), added.read_bytes()])
    fresh = bundle.write_zip(site, tmp_path / bundle.ZIP_NAME, "期刊文库", "qikan-2099-01-next/")
    assert nxt.read_bytes() == fresh.read_bytes()


def test_failed_build_leaves_dist_alone(built_site, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "bad.txt").write_bytes(b"")
    (src / "bad.yml").write_text("kind: magazine\n", "utf-8")
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "qikan-offline.zip").write_bytes(b"previous")
    r = run_cli("build", "--src", str(src), "--out", str(tmp_path / "site"),
                "--work", str(tmp_path / "work"), "--dist", str(dist))
    assert r.returncode == 2 and "文件是空的" in r.stderr, r.stderr
    assert [p.name for p in dist.iterdir()] == ["qikan-offline.zip"]
    assert (dist / "qikan-offline.zip").read_bytes() == b"previous"


def test_nothing_in_the_zip_loads_from_the_network(built_site):
    with zipfile.ZipFile(the_zip(built_site)) as z:
        for name in z.namelist():
            if name.endswith((".html", ".css")):
                text = z.read(name).decode("utf-8")
                assert not REMOTE_LOAD.search(text), (name, REMOTE_LOAD.search(text).group(0))
                assert "unpkg.com" not in text and "fonts.googleapis" not in text, name


@pytest.fixture(scope="module")
def unzipped(built_site, tmp_path_factory) -> Path:
    where = tmp_path_factory.mktemp("offline") / "下载的 文库"  # any folder, even a spaced one
    with zipfile.ZipFile(the_zip(built_site)) as z:
        z.extractall(where)
    assert [p.name for p in where.iterdir()] == [TOP.rstrip("/")]
    return where / TOP


def copy_citation(page, done: str) -> None:
    """The GB/T 7714 reference of a web source carries today's date, and its copy button puts
    it on the clipboard, saying `done`."""
    ref = page.inner_text("#qikan-cite-gbt7714")
    assert re.search(r"\[EB/OL\]\. .*\[\d{4}-\d\d-\d\d\]\. https://", ref), ref
    page.click("button[data-qikan-copy=qikan-cite-gbt7714]")
    page.wait_for_function(f"() => document.querySelector('button[data-qikan-copy=qikan-cite-gbt7714]')"
                           f".textContent === {done!r}")
    assert page.evaluate("navigator.clipboard.readText()") == ref


def test_offline_site_works_from_file_in_chromium(unzipped, browser):
    """Open index.html by file://, follow links to an article, copy its citation, go to its
    author's page and the browse indexes, to its zh-Hant twin, search for a known article:
    nothing but file: is ever asked for."""
    first = (unzipped / "issues/2018-03-syjg/001.html").read_text(encoding="utf-8")
    title = html.unescape(re.search(r"<h1[^>]*>(.*?)</h1>", first, re.S).group(1)).strip()
    asked, errors = [], []
    ctx = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    ctx.on("request", lambda r: asked.append(r.url))  # (no other host resolves: CHROMIUM_ARGS)
    page = ctx.new_page()
    page.on("websocket", lambda ws: asked.append(ws.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((unzipped / "index.html").as_uri())
    assert page.eval_on_selector(".md-header", "e => getComputedStyle(e).position") == "sticky"

    with page.expect_navigation():            # home → the table of contents
        page.click("article a[href$='issues/2018-03-syjg/index.html']")
    with page.expect_navigation():            # → its first article
        page.click("article a[href$='001.html']")
    assert page.url.endswith("/issues/2018-03-syjg/001.html")
    assert page.inner_text("article h1") == title
    copy_citation(page, "已复制")               # the citation box, from file://
    author = page.inner_text(".qikan-head__author")
    with page.expect_navigation():            # → the author's page, which lists it
        page.click(".qikan-head__author")
    assert page.url.endswith(".html") and "/authors/" in page.url
    assert page.inner_text("article h1") == author
    with page.expect_navigation():            # → back to the article through the list
        page.click("article li a[href$='issues/2018-03-syjg/001.html']")
    with page.expect_navigation():            # the browse indexes: sections, years
        page.click(".md-nav a[href$='sections.html']")
    assert page.locator("article li a").count() > 0
    with page.expect_navigation():
        page.click(".md-nav a[href$='years.html']")
    with page.expect_navigation():
        page.click("article li a[href$='years/2018/index.html']")
    with page.expect_navigation():
        page.click("article li a[href$='issues/2018-03-syjg/001.html']")

    page.hover(".md-header .md-select button")  # → the same article in Traditional
    with page.expect_navigation():
        page.click(".md-header a.md-select__link[hreflang=zh-Hant]")
    assert page.url.endswith("/zh-Hant/issues/2018-03-syjg/001.html")
    assert page.inner_text("article h1") == opencc.OpenCC(HANT_PROFILE).convert(title)
    copy_citation(page, "已複製")

    page.goto((unzipped / "index.html").as_uri())  # search finds the known article
    page.fill(".md-search__input", title[:6])
    hit = page.wait_for_selector(".md-search-result a[href*='2018-03-syjg/001.html']",
                                 timeout=10000)
    with page.expect_navigation():
        hit.click()
    assert "/issues/2018-03-syjg/001.html" in page.url
    ctx.close()
    # file: URLs on this machine only: `//host/x.js` on a file:// page asks for file://host/x.js
    elsewhere = [u for u in asked if urlsplit(u).scheme != "file" or urlsplit(u).netloc]
    assert asked and not elsewhere, elsewhere
    assert not errors, errors
