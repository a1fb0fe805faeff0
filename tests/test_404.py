"""P15 deploying: 404.html works under any base path, in Chromium.

The built site is served under /sub/path/ (a GitHub Pages project site's shape) by a small
server that answers a missing file with 404.html and the status 404, as GitHub Pages does;
a missing page is requested deep in that folder. Its stylesheets and scripts must load, every
link must lead to a file of the site, and the search must find and link articles. Checked for
a local build (no site_url) and for the suite's build (site_url https://example.org/qikan/,
whose path is not where the site is served), and at the server's root.
"""
from __future__ import annotations

import functools
import os
import threading
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import pytest

from conftest import LocalServer, QuietHandler, run_cli

MISSING = "issues/no-such-issue/999.html"


class SubPathHandler(QuietHandler):
    """Serves `directory` under `prefix`; a missing file gets the nearest 404.html above it
    (the site's, or its zh-Hant edition's) with the status 404."""
    prefix = "/"

    def send_head(self):
        path = unquote(urlsplit(self.path).path)
        if not path.startswith(self.prefix):
            self.send_error(404)
            return None
        rel = path[len(self.prefix):]
        target = Path(self.directory) / rel
        if rel and not rel.endswith("/") and target.is_file() or \
                (not rel or rel.endswith("/")) and (target / "index.html").is_file():
            self.path = "/" + rel
            return super().send_head()
        page = next(Path(self.directory) / d / "404.html" for d in ("zh-Hant", "")
                    if rel.startswith(d) and (Path(self.directory) / d / "404.html").is_file())
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return __import__("io").BytesIO(body)


def serve(folder: Path, prefix: str):
    handler = functools.partial(type("H", (SubPathHandler,), {"prefix": prefix}),
                                directory=str(folder))
    srv = LocalServer(("127.0.0.1", 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, f"http://127.0.0.1:{srv.server_address[1]}"


@pytest.fixture(scope="module")
def local_build(tmp_path_factory) -> Path:
    """The sample archive built without site_url (a local build)."""
    base = tmp_path_factory.mktemp("local404")
    env_before = os.environ.get("QIKAN_SITE_URL")
    os.environ["QIKAN_SITE_URL"] = ""
    try:
        r = run_cli("build", "--out", str(base / "site"), "--work", str(base / "work"),
                    "--dist", str(base / "dist"))
    finally:
        os.environ["QIKAN_SITE_URL"] = env_before if env_before is not None else ""
    assert r.returncode == 0, r.stderr
    return base / "site"


def file_of(url: str, origin: str, prefix: str, site: Path) -> Path | None:
    """The site's file a same-origin URL names, or None when it lies outside the prefix."""
    if not url.startswith(origin):
        return None
    path = unquote(urlsplit(url).path)
    if not path.startswith(prefix):
        return None
    rel = path[len(prefix):]
    return site / (rel + "index.html" if not rel or rel.endswith("/") else rel)


def check_404_page(browser, site: Path, prefix: str, missing: str, search_for: str = "基层",
                   count_ends: str = "个符合条件的结果"):
    srv, origin = serve(site, prefix)
    try:
        page = browser.new_page()
        failed: list[str] = []
        page.on("requestfailed", lambda r: failed.append(r.url))
        page.on("response", lambda r: r.status >= 400 and unquote(r.url) != origin + prefix + missing
                and failed.append(f"{r.status} {r.url}"))
        response = page.goto(origin + quote(prefix) + missing)
        assert response.status == 404
        page.wait_for_load_state("load")
        assert unquote(page.evaluate("document.baseURI")) == origin + prefix + (
            "zh-Hant/" if missing.startswith("zh-Hant/") else "")
        # Material's stylesheet is applied, qikan's too; the scripts ran
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") \
            == "sticky"
        assert page.evaluate("[...document.styleSheets].filter(s => s.href)"
                             ".every(s => s.cssRules.length > 0)")
        assert page.evaluate("typeof window.qikanSearch") == "object"
        assert page.evaluate("document.documentElement.classList.contains('js')")
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        local = [u for u in hrefs if u.startswith(origin)]
        assert len(local) >= 10
        for url in local:
            f = file_of(url.split("#")[0], origin, prefix, site)
            assert f is not None and f.is_file(), url
        # the search runs and its results lead to articles of the site
        page.click("input[name=query]")
        page.fill("input[name=query]", search_for)
        page.wait_for_selector(".md-search-result__item a", timeout=15_000)
        first = page.eval_on_selector(".md-search-result__item a", "e => e.href")
        assert file_of(first.split("#")[0], origin, prefix, site).is_file(), first
        # the count is written once the rest of the index has come (so before the server
        # stops): wait for it, as a reader's eye does
        page.wait_for_function("ends => document.querySelector('.md-search-result__meta')"
                               ".textContent.endsWith(ends)", arg=count_ends, timeout=15_000)
        # Only the root probes and the preload scanner's guesses, made from the requested URL
        # before the <base> existed (Chromium drops them), went astray; nothing the page uses.
        used = page.evaluate("""[...document.querySelectorAll('link[href], script[src]')]
            .map(e => e.href || e.src)""")
        assert len(used) >= 8 and all(file_of(u, origin, prefix, site).is_file() for u in used)
        astray = {u.split(" ")[-1] for u in failed}
        assert not astray & set(used), astray & set(used)
        return page
    finally:
        srv.shutdown()


@pytest.mark.parametrize("prefix", ["/sub/path/", "/", "/期刊 文库/"])
def test_404_of_a_local_build_works_under_any_base_path(browser, local_build, prefix):
    page = check_404_page(browser, local_build, prefix, MISSING)
    page.close()


def test_404_with_site_url_elsewhere_works_under_a_sub_path(browser, built_site):
    page = check_404_page(browser, built_site["site"], "/sub/path/", MISSING)
    page.close()


def test_404_at_a_missing_folder_and_the_zh_hant_twin(browser, local_build):
    page = check_404_page(browser, local_build, "/sub/path/", "no/such/folder/")
    page.close()
    page = check_404_page(browser, local_build, "/sub/path/", "zh-Hant/" + MISSING, "基層",
                          "個符合條件的結果")
    page.close()
