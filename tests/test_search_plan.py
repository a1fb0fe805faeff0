"""P11 search's query plan in Chromium, hosted and from file://, on the sample site's index made
with big bigrams (postings.BIG_RUN so short that hundreds of bigrams have runs of their own):
a query loads a common bigram's big runs only when no rarer bigrams cover it, and finds every
article holding the phrase, with the exact count from the first render.

Expected results come from the seed articles themselves (`split --json`), as in
test_search_browser.py."""
from __future__ import annotations

import functools
import random
import re
import shutil
import threading
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import pytest

from conftest import DOCS_SRC, HANT_PROFILE, LocalServer, QuietHandler
from qikan.archive import load_archive
from qikan.site import postings, search
from test_search_browser import articles
from test_search_url import results, shown_count

BIG_RUN = 24   # chars of postings: a bigram in more than about 20 segments of the samples
CONTEXT_RUN = 48   # …and one in more than about 40 keeps no contexts
HAN_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")


@pytest.fixture(scope="module")
def big_site(built_site, tmp_path_factory):
    """The sample site with its index made again with many big bigrams: (site, the keys of
    the commonest, whose positions keep no contexts)."""
    site = tmp_path_factory.mktemp("plan") / "site"
    shutil.copytree(built_site["site"], site, ignore=shutil.ignore_patterns("search"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(postings, "BIG_RUN", BIG_RUN)
        mp.setattr(postings, "CONTEXT_RUN", CONTEXT_RUN)
        search.write_search_index(load_archive(DOCS_SRC), site, HANT_PROFILE)
    big = {int(p.stem) for p in (site / "search" / "runs").glob("*.js")}
    bare = {int(p.stem) for p in (site / "search" / "runpos").glob("*.js")
            if "." not in p.read_text(encoding="utf-8")[20:]}
    assert len(big) > 100 and 50 < len(bare) < len(big)
    return site, bare


@pytest.fixture(scope="module", params=("http", "file"))
def opened(request, big_site, browser):
    """A page factory on the big site (hosted or from file://) and the files each page
    loaded."""
    site, _ = big_site
    srv = None
    if request.param == "http":
        srv = LocalServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        root = f"http://127.0.0.1:{srv.server_address[1]}/"
    else:
        root = site.as_uri() + "/"
    ctx = browser.new_context()
    seen: list[str] = []

    def open_page(path: str):
        seen.clear()
        page = ctx.new_page()
        page.on("request", lambda r: seen.append(unquote(urlsplit(r.url).path)))
        page.goto(root + path)
        return page
    yield open_page, seen
    ctx.close()
    if srv:
        srv.shutdown()


def key(bigram: str) -> int:
    return ord(bigram[0]) << 16 | ord(bigram[1])


def loaded(seen: list[str], folder: str) -> set[int]:
    return {int(Path(p).stem) for p in seen if f"/search/{folder}/" in p}


def phrases(split_json, wanted, n: int, size: int = 4) -> list[str]:
    """`n` phrases of `size` characters of the bodies whose bigrams' keys pass `wanted`."""
    rnd = random.Random(6)
    runs = [m.group() for a in articles(split_json) for m in HAN_RUN.finditer(a["body"])]
    found: list[str] = []
    while len(found) < n:
        run = rnd.choice(runs)
        at = rnd.randrange(len(run) - size + 1)
        q = run[at:at + size]
        if wanted([key(q[k:k + 2]) for k in range(size - 1)]) and q not in found:
            found.append(q)
    return found


def test_a_common_bigram_between_rarer_ones_is_not_loaded(opened, big_site, split_json):
    open_page, seen = opened
    _, big = big_site
    arts = articles(split_json)
    for q in phrases(split_json, lambda k: k[1] in big and not {k[0], k[2]} & big, 6):
        page = open_page(f"index.html?q={quote(q)}")
        first, found = results(page)
        expected = {a["path"] for a in arts if q in a["all"]}
        assert set(found) == expected and shown_count(first) == len(found), q
        assert key(q[1:3]) not in loaded(seen, "runs") | loaded(seen, "runpos"), q
        page.close()


def test_a_common_first_or_last_bigram_is_covered_by_its_neighbours_context(opened, big_site,
                                                                         split_json):
    """A phrase of three characters whose first (or last) bigram is big and the other not:
    the small one's positions, with the character before (after) each occurrence, prove the
    phrase; the big one's runs are not loaded, and the count is exact."""
    open_page, seen = opened
    _, big = big_site
    arts = articles(split_json)
    qs = phrases(split_json, lambda k: k[0] in big and k[1] not in big, 4, 3) + \
        phrases(split_json, lambda k: k[1] in big and k[0] not in big, 4, 3)
    for q in qs:
        common = q[:2] if key(q[:2]) in big else q[1:]
        page = open_page(f"index.html?q={quote(q)}")
        first, found = results(page)
        expected = {a["path"] for a in arts if q in a["all"]}
        assert set(found) == expected and shown_count(first) == len(found), q
        assert key(common) not in loaded(seen, "runs") | loaded(seen, "runpos"), q
        page.close()


def test_a_phrase_of_big_bigrams_loads_their_runs_and_is_found(opened, big_site, split_json):
    """A phrase whose every bigram is big: a cover of them is loaded, postings and positions,
    and the count is exact among many articles that hold its bigrams apart."""
    open_page, seen = opened
    site, _ = big_site
    arts = articles(split_json)
    q = "组织工作"
    keys = {key(q[k:k + 2]) for k in range(3)}
    assert all((site / "search" / "runs" / f"{k}.js").exists() for k in keys)
    page = open_page(f"index.html?q={quote(q)}")
    first, found = results(page)
    expected = {a["path"] for a in arts if q in a["all"]}
    apart = {a["path"] for a in arts if all(q[k:k + 2] in a["all"] for k in range(3))}
    assert apart - expected and set(found) == expected and shown_count(first) == len(found)
    assert loaded(seen, "runpos") and loaded(seen, "runpos") <= keys


def test_random_phrases_find_every_article_on_the_big_index(opened, split_json):
    open_page, _ = opened
    arts = articles(split_json)
    rnd = random.Random(9)
    runs = [m.group() for a in arts for m in HAN_RUN.finditer(a["body"])]
    for _ in range(12):
        run = rnd.choice(runs)
        size = rnd.randint(2, min(9, len(run)))
        at = rnd.randint(0, len(run) - size)
        q = run[at:at + size]
        page = open_page(f"index.html?q={quote(q)}")
        first, found = results(page)
        expected = {a["path"] for a in arts if q in a["all"]}
        assert set(found) == expected and shown_count(first) == len(found), q
        page.close()
    # the zh-Hant edition, a Traditional query
    page = open_page(f"zh-Hant/index.html?q={quote('組織工作')}")
    first, found = results(page)
    assert first.endswith("個符合條件的結果")
    assert set(found) == {a["path"] for a in arts if "组织工作" in a["all"]}
