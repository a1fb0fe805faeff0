"""Shared fixtures and helpers: the sample archive, its gold, the command line, one build of
the archive for every test that reads site/, the browser — and each test's tier.

Tiers (markers, see pyproject.toml): a test is `browser` when it drives Chromium or its file is
in BROWSER_FILES, `build` when it reads the built site or runs the build, `slow` when its file is
in SLOW_FILES, else `unit`; a test that names one of these markers itself keeps it. `make
test-fast` runs `-m unit`. The files that take longest run first (LONG_FILES)."""
from __future__ import annotations

import functools
import http.server
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS_SRC = ROOT / "docs_src"
SEEDS = sorted(DOCS_SRC.glob("*.txt"))
GOLD = ROOT / "tests" / "fixtures" / "gold"
# sample issue → gold file of the same text (the seeds keep their shared names there)
GOLD_OF = {"2020-12-jzdx": "000", "2015-10-nxdj": "001", "2022-06-rmrb": "002",
           "2020-09-jlzz": "003", "2018-03-syjg": "004"}
# Debian's Chromium, quiet: no updates, no sync, nothing that talks to the network by itself;
# and no host but the tests' own servers (127.0.0.1) resolves, so a page's request to any other
# fails at once. A test records the requests its pages make (the "request" event) and fails on
# one that went elsewhere: no route handler, which would turn Chromium's cache off (every page
# then fetched and compiled Material's scripts again, 40 % more time per page).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]


TIERS = ("unit", "build", "browser", "slow")
# whole files of property tests, scale tests and tests of the benchmarks
SLOW_FILES = {"test_properties.py", "test_split_scale.py", "test_bench_archive.py",
              "test_seed_scores.py"}
# whole files in the browser tier: their other tests read the same module fixture (ten builds)
# as their browser tests, and one tier builds it once where two would build it twice
BROWSER_FILES = {"test_hostile.py"}
# whole files whose tests run builds (or the build's fault machinery) themselves
BUILD_FILES = {"test_faults.py", "test_publish.py", "test_site_settings.py", "test_hostile.py",
               "test_offline_zip.py", "test_reader_site.py", "test_feeds.py", "test_hant.py",
               "test_search_browser.py", "test_build_lock.py", "test_serve.py", "test_zensical.py"}


def tier(item: pytest.Item) -> str:
    own = [m.name for m in item.iter_markers() if m.name in TIERS]
    if own:
        return own[0]
    fixtures = set(getattr(item, "fixturenames", ()))
    name = Path(str(item.fspath)).name
    if "browser" in fixtures or name in BROWSER_FILES:
        return "browser"
    if name in SLOW_FILES:
        return "slow"
    if fixtures & {"built_site", "hosted"} or name in BUILD_FILES:
        return "build"
    return "unit"


# The files that take longest in their tier (measured on the project's 2-core machine: from
# about a minute and a half down to ten seconds), longest first. `make test` runs each file whole
# in one of two processes, handing out files in the order collected (--no-loadscope-reorder):
# with the long ones first and the short ones filling in after, both processes end together,
# where a long file handed out last kept one process busy while the other had finished.
# pytest-xdist hands a process its next file before that process starts the last test it holds:
# the process that runs the 50 MB split (the last test of test_split_scale.py) holds the file
# handed out third while it does; in the slow tier that is test_seed_scores.py, one second long.
LONG_FILES = ("test_hostile.py", "test_reader_site.py", "test_search_url.py", "test_faults.py",
              "test_split_scale.py", "test_search_plan.py", "test_search_browser.py",
              "test_incremental.py", "test_publish.py", "test_404.py", "test_zip_incremental.py",
              "test_seed_scores.py", "test_bench_archive.py", "test_ingest.py", "test_hant.py",
              "test_large_archive_pages.py", "test_overrides.py", "test_search_append.py",
              "test_install.py", "test_messages.py", "test_review.py", "test_properties.py")


def pytest_collection_modifyitems(config, items) -> None:
    for item in items:
        t = tier(item)
        if not item.get_closest_marker(t):
            item.add_marker(getattr(pytest.mark, t))
    rank = {name: i for i, name in enumerate(LONG_FILES)}
    # stable: a file's tests keep their order and stay together
    items.sort(key=lambda item: rank.get(Path(str(item.fspath)).name, len(rank)))


# the zh-Hant edition's OpenCC profile, as mkdocs.yml sets it
HANT_PROFILE = re.search(r"^\s+hant_profile: (\S+)$", (ROOT / "mkdocs.yml").read_text("utf-8"),
                         re.M).group(1)


def hant(text: str) -> str:
    """`text` as the zh-Hant edition converts it."""
    import opencc

    return opencc.OpenCC(HANT_PROFILE).convert(text)


# the builds of the suite are the hosted site's (absolute URLs, feeds); a test of a local build
# without an address sets QIKAN_SITE_URL="" itself
os.environ.setdefault("QIKAN_SITE_URL", "https://example.org/qikan/")
# the tests assert the messages editors read (Chinese, qikan/messages.py), whatever locale the
# developer's shell has; a test of English sets --lang en or LANG itself
for _var in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "C.UTF-8"
# The suite starts some 400 Python processes (builds, the command line, pytest-xdist's workers),
# each importing MkDocs, Material, Markdown, Jinja and qikan. A shell with
# PYTHONDONTWRITEBYTECODE set (this machine's has) keeps Python from caching their bytecode, and
# `make` installs with --no-compile: every process compiled them all again, ~0.7 s of CPU a
# build (a quarter of a one-issue build). Then the tests' processes cache it in a folder of
# their own in the temporary folder (PYTHONPYCACHEPREFIX), never beside the sources or in .venv.
# A PYTHONPYCACHEPREFIX the developer set is kept; so is a shell that does write bytecode.
if os.environ.get("PYTHONDONTWRITEBYTECODE") and not os.environ.get("PYTHONPYCACHEPREFIX"):
    import tempfile

    os.environ["PYTHONPYCACHEPREFIX"] = os.path.join(tempfile.gettempdir(),
                                                     f"qikan-tests-pycache-{os.getuid()}")
    del os.environ["PYTHONDONTWRITEBYTECODE"]


def gold(stem: str) -> dict:
    """The hand-made ground truth of a sample issue (fixtures only: the splitter never reads it)."""
    return yaml.safe_load(next(GOLD.glob(GOLD_OF[stem] + "_*.yml")).read_text("utf-8"))


def split_checked(data: bytes | str, name: str = "t.txt"):
    """`data` (a str as UTF-8) split as `split FILE` splits a file `name`, after asserting that
    no line of it is lost (conservation, P14): the hand-written pages' tests all start here."""
    from qikan.sidecar import parse_sidecar
    from qikan.split.conserve import lost_lines
    from qikan.split.ingest import read_issue_lines
    from qikan.split.pipeline import split_source

    if isinstance(data, str):
        data = data.encode("utf-8")
    result = split_source(data, name, parse_sidecar("", "", name.split(".")[0]))
    assert lost_lines(read_issue_lines(data, name), result) == []
    return result


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "build_site.py"), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def split_json() -> dict[str, dict]:
    """`split FILE --json` of every sample issue, through the real command line."""
    out = {}
    for txt in SEEDS:
        r = run_cli("split", str(txt), "--json")
        assert r.returncode == 0, r.stderr
        out[txt.stem] = json.loads(r.stdout)
    return out


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> dict:
    """The sample archive built once: site folder, work folder (generated Markdown), dist
    folder (the offline zip)."""
    base = tmp_path_factory.mktemp("built")
    out, work, dist = base / "site", base / "work", base / "dist"
    r = run_cli("build", "--out", str(out), "--work", str(work), "--dist", str(dist))
    assert r.returncode == 0, r.stderr
    return {"site": out, "docs": work / "docs", "base": base, "dist": dist}


@pytest.fixture(scope="session")
def rebuilt_site(built_site, tmp_path_factory) -> dict:
    """The sample archive built a second time, later and in other folders, for the tests of
    reproducible output (site, zip) to compare with `built_site`: one build shared by them."""
    time.sleep(1.1)  # a build timestamp that leaked into the output would differ
    base = tmp_path_factory.mktemp("rebuilt")
    out, work, dist = base / "site", base / "work", base / "dist"
    r = run_cli("build", "--out", str(out), "--work", str(work), "--dist", str(dist))
    assert r.returncode == 0, r.stderr
    return {"site": out, "docs": work / "docs", "base": base, "dist": dist}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


class LocalServer(http.server.ThreadingHTTPServer):
    """A test's web server. socketserver listens with a backlog of 5: a page asking for a
    dozen search chunks at once on a loaded machine had SYNs dropped and retried a second or
    more later (CI saw a count not written within 10 s)."""
    request_queue_size = 128
    daemon_threads = True

    def handle_error(self, *args) -> None:
        pass  # a page the browser left before its files arrived


@pytest.fixture(scope="module")
def hosted(built_site):
    """The built site served on 127.0.0.1 for the length of a module: its root URL."""
    handler = functools.partial(QuietHandler, directory=str(built_site["site"]))
    srv = LocalServer(("127.0.0.1", 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/"
    srv.shutdown()


@pytest.fixture(scope="session")
def chromium():
    """Debian's /usr/bin/chromium through playwright (never a browser playwright downloads),
    launched once a process (pytest-xdist's worker): playwright's sync API allows one instance
    at a time, and a launch cost about a second a module. Tests take it through `browser`."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def browser(chromium):
    """The process's Chromium for a module; the contexts (and pages) the module left open are
    closed at its end, as when each module had a browser of its own."""
    before = set(chromium.contexts)
    yield chromium
    for ctx in chromium.contexts:
        if ctx not in before:
            ctx.close()
