"""P13 review page: the sidecar update (the rest of the file kept, a backup, invalid ranges
refused with nothing written), the server's refusals, and the page in Chromium."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from conftest import DOCS_SRC, ROOT, run_cli
from qikan.errors import InputError
from qikan.review import ReviewServer
from qikan.review_sidecar import Conflict, read_sidecar_text, save_articles
from qikan.review_view import draft_entries
from qikan.sidecar import parse_sidecar
from qikan.archive import read_meta

SAMPLE = "2020-12-jzdx"
HOSTILE = "<img src=x onerror=alert(1)>"
FIELDS = ("title", "subtitle", "authors", "role", "unit", "writer", "section", "kind")


@pytest.fixture
def issue(tmp_path) -> Path:
    """A sample issue and its sidecar copied into tmp_path, the sidecar with comments and a
    key after `articles:` to keep."""
    txt = tmp_path / f"{SAMPLE}.txt"
    shutil.copy(DOCS_SRC / f"{SAMPLE}.txt", txt)
    side = (DOCS_SRC / f"{SAMPLE}.yml").read_text("utf-8")
    head, arts = side.split("articles:")
    side = head + "articles:  # the editor's split\n" + arts.rstrip("\n") + \
        "\n  # a note at the block's end\n\n# a comment about the number\nnumber: \"12\"  # 第12期\n"
    txt.with_suffix(".yml").write_text(side, "utf-8")
    return txt


def _entries(txt: Path) -> list[dict]:
    return [{k: e.get(k) for k in ("lines", *FIELDS)} for e in read_meta(txt).articles]


def _split(txt: Path) -> dict:
    r = run_cli("split", str(txt), "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_save_replaces_articles_only(issue):
    side = issue.with_suffix(".yml")
    old = side.read_bytes()
    entries = _entries(issue)
    entries[1]["lines"], entries[2]["lines"] = [[74, 135]], [[204, 387]]
    entries.insert(2, {"lines": [[137, 203]], "title": "新的: 第三篇 #1", "authors": ["王琼"],
                       "kind": "article"})
    del entries[4]
    save_articles(side, issue, entries, read_sidecar_text(side).version, issue.stem)
    new = side.read_text("utf-8")
    before, after = old.decode().split("articles:")[0], new.split("articles:")[0]
    assert before == after and "# The split of this issue, checked by hand" in after
    assert new.endswith("  # a note at the block's end\n\n# a comment about the number\n"
                        'number: "12"  # 第12期\n')
    assert issue.with_suffix(".yml.bak").read_bytes() == old
    got = _split(issue)
    assert [a["lines"] for a in got["articles"]] == [[[2, 73]], [[74, 135]], [[137, 203]],
                                                    [[204, 387]], [[389, 452]]]
    assert got["articles"][2]["title"] == "新的: 第三篇 #1"
    assert yaml.safe_load(new)["number"] == "12"


@pytest.mark.parametrize("lines, message", [
    ([[60, 80]], "重叠"),  # article 2 takes lines of article 1
    ([[74, 999]], "超出了"),
    ([[80, 74]], "1 <= 起 <= 止"),
])
def test_invalid_ranges_refused_nothing_written(issue, lines, message):
    side = issue.with_suffix(".yml")
    old = side.read_bytes()
    entries = _entries(issue)
    entries[1]["lines"] = lines
    with pytest.raises(InputError) as err:
        save_articles(side, issue, entries, read_sidecar_text(side).version, issue.stem)
    assert message in str(err.value) and str(side) in str(err.value)
    assert side.read_bytes() == old
    assert not issue.with_suffix(".yml.bak").exists()
    assert sorted(p.name for p in issue.parent.iterdir()) == [f"{SAMPLE}.txt", f"{SAMPLE}.yml"]


def test_bad_field_and_stale_page_refused(issue):
    side = issue.with_suffix(".yml")
    old = side.read_bytes()
    entries = _entries(issue)
    entries[0]["kind"] = "poem"
    with pytest.raises(InputError, match="kind 'poem' 不认识"):
        save_articles(side, issue, entries, read_sidecar_text(side).version, issue.stem)
    entries[0]["kind"] = "article"
    with pytest.raises(Conflict):  # the file changed since the page read it
        save_articles(side, issue, entries, "0" * 64, issue.stem)
    assert side.read_bytes() == old


def test_no_articles_yet_starts_from_the_draft(tmp_path):
    txt = tmp_path / f"{SAMPLE}.txt"
    shutil.copy(DOCS_SRC / f"{SAMPLE}.txt", txt)
    side = txt.with_suffix(".yml")
    # a GB18030 sidecar with CRLF line ends and no `articles:`
    side.write_bytes("id: 2020-12-jzdx\r\n# 刊名未印\r\npublication: 荆州市委党校\r\n"
                     .encode("gb18030"))
    meta = read_meta(txt)
    draft = draft_entries(txt.read_bytes(), str(txt), meta)
    printed = run_cli("split", str(txt), "--yaml")
    assert draft == parse_sidecar(printed.stdout, "draft", "x").articles
    save_articles(side, txt, draft, read_sidecar_text(side).version, txt.stem)
    data = side.read_bytes()
    assert data.startswith("id: 2020-12-jzdx\r\n# 刊名未印\r\npublication: 荆州市委党校\r\n"
                           .encode("gb18030"))
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert read_meta(txt).articles == draft
    assert read_meta(txt).publication == "荆州市委党校"


def test_hostile_values_written_as_data(issue):
    side = issue.with_suffix(".yml")
    entries = _entries(issue)
    entries[0]["title"] = HOSTILE + " 'a': \"b\" #c"
    entries[0]["authors"] = ["- x", "[y]"]
    save_articles(side, issue, entries, read_sidecar_text(side).version, issue.stem)
    got = read_meta(issue).articles[0]
    assert got["title"] == HOSTILE + " 'a': \"b\" #c" and got["authors"] == ["- x", "[y]"]


@pytest.fixture
def server(issue):
    srv = ReviewServer(issue)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _status(url: str, headers: dict | None = None, data: bytes | None = None,
            method: str | None = None) -> tuple[int, dict]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers)


def test_server_serves_its_own_host_only(server):
    port = server.server_address[1]
    code, headers = _status(server.url)
    assert code == 200 and "script-src 'self'" in headers["Content-Security-Policy"]
    assert _status(server.url + "api/issue", {"Host": f"localhost:{port}"})[0] == 200
    for host in ("evil.example", f"evil.example:{port}", f"127.0.0.1:{port + 1}", "127.0.0.1"):
        assert _status(server.url, {"Host": host})[0] == 421, host
        assert _status(server.url + "api/issue", {"Host": host})[0] == 421, host


def test_server_refuses_posts_from_elsewhere(server, issue):
    side = issue.with_suffix(".yml")
    old = side.read_bytes()
    body = json.dumps({"articles": _entries(issue)[:1],
                       "version": read_sidecar_text(side).version}).encode()
    url = server.url + "api/save"
    own = f"http://127.0.0.1:{server.server_address[1]}"
    json_type = {"Content-Type": "application/json"}
    assert _status(url, json_type, body)[0] == 403  # no Origin
    assert _status(url, {**json_type, "Origin": "http://evil.example"}, body)[0] == 403
    assert _status(url, {**json_type, "Origin": "null"}, body)[0] == 403
    assert _status(url, {"Content-Type": "text/plain", "Origin": own}, body)[0] == 415
    assert _status(url, {**json_type, "Origin": own, "Host": "evil.example"}, body)[0] == 421
    assert side.read_bytes() == old
    assert _status(url, {**json_type, "Origin": own}, body)[0] == 200  # the page's own save
    assert side.read_bytes() != old


@pytest.mark.parametrize("path", ["../qikan/review.py", "%2e%2e/build_site.py",
                                  f"{SAMPLE}.yml", f"{SAMPLE}.txt", "review_static/index.html",
                                  "api/issue/../../x", "api/save", "index.html", "etc/passwd",
                                  "review.css/../../README.md"])
def test_server_refuses_other_paths(server, path):
    assert _status(server.url + path)[0] == 404


def test_server_refuses_other_methods(server):
    assert _status(server.url, method="PUT", data=b"{}")[0] == 405
    assert _status(server.url + "api/save", method="DELETE")[0] == 405


def test_cli_prints_its_address_and_serves(issue):
    proc = subprocess.Popen([sys.executable, str(ROOT / "build_site.py"), "review", str(issue),
                             "--no-open"], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        url = re.search(r"http://127\.0\.0\.1:\d+/", proc.stdout.readline()).group()
        assert _status(url)[0] == 200
        with urllib.request.urlopen(url + "api/issue", timeout=60) as r:
            assert json.load(r)["issue"]["id"] == SAMPLE
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_cli_bad_issue_or_sidecar(issue):
    r = run_cli("review", "no-such-issue", "--no-open")
    assert r.returncode == 2 and "没有这个期刊文件" in r.stderr
    issue.with_suffix(".yml").write_text("articles:\n  - lines: [[1, 2]]\n    kind: poem\n")
    r = run_cli("review", str(issue), "--no-open")
    assert r.returncode == 2 and "kind 'poem' 不认识" in r.stderr and not r.stdout


def _open(browser, url: str):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    events: list[str] = []
    page.on("dialog", lambda d: (events.append(f"dialog {d.message}"), d.dismiss()))
    page.on("pageerror", lambda e: events.append(f"error {e}"))
    page.on("request", lambda r: r.url.startswith(url) or events.append(f"request {r.url}"))
    page.goto(url)
    page.wait_for_selector(".card")
    return page, events


def test_review_in_chromium(browser, issue):
    srv = ReviewServer(issue)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        page, events = _open(browser, srv.url)
        cards = page.locator("#articles > li")
        assert cards.count() == 5
        # split article 2 in two at its subheading, keyboard only
        page.click("#l137")
        page.keyboard.press("n")
        assert cards.count() == 6
        assert page.input_value("#f2-title") == "造就忠于党的干部教育事业的管理服务队伍"
        page.fill("#f2-title", "新的第三篇")
        page.keyboard.press("Tab")
        # join the untitled article (lines 321–387) to the one before it, from the text
        page.click("#l330")
        page.keyboard.press("j")
        assert cards.count() == 5
        page.focus("#lines")
        page.keyboard.press("Control+s")
        page.wait_for_selector("#message.good")
        assert page.text_content("#message") == \
            f"已保存到 {SAMPLE}.yml（原文件备份为 {SAMPLE}.yml.bak）"
        got = _split(issue)
        assert [(a["title"], a["lines"]) for a in got["articles"]] == [
            ("加强党建引领 提升城市社区治理水平", [[2, 73]]),
            ("立足党校姓党 构筑党校人才集聚新高地", [[74, 135]]),
            ("新的第三篇", [[137, 203]]),
            ("发挥党的组织力在应对重大突发事件中的作用", [[204, 387]]),
            ("深刻认识新时代党的自我革命", [[389, 452]])]
        assert got["articles"][3]["authors"] == ["张江涛"]
        # the page shows that split as published: each card's body start is split's
        for i, a in enumerate(got["articles"]):
            pub = page.text_content(f"#a{i} .pub")
            assert f"正文 {sum('㐀' <= c <= '鿿' for c in a['body'])} 字" in pub
            assert a["body"].replace("\n\n", " ")[:10] in pub
        assert page.text_content("#origin") == "与 sidecar 一致"
        # undo within the page: the join comes back apart, unsaved; redo rejoins
        page.focus("#lines")
        page.keyboard.press("Control+z")
        assert cards.count() == 6 and page.text_content("#origin") == "有未保存的修改"
        page.keyboard.press("Control+Shift+z")
        assert cards.count() == 5 and page.text_content("#origin") == "与 sidecar 一致"
        # give a range to another article and drop a line, by buttons and keys
        page.click("#l385")
        page.click("#l389", modifiers=["Shift"])
        page.fill("#give-n", "5")
        page.click("#act-give")
        assert page.input_value("#r4") == "385–452"
        page.click("#l385")
        page.keyboard.press("d")
        assert page.input_value("#r4") == "387–452"  # 386 is blank
        page.wait_for_selector("#lines:not(.stale)")
        assert "不在 sidecar 任何文章的行范围内" in page.get_attribute("#l385", "title")
        page.click("#l335")  # scrolls there: the end of article 4's first part, its title
        page.click("#l319")  # printed after its body (318, 319) and the joined part
        # inside the joined range the printed title and byline are body: tagged, not grey
        assert page.text_content("#status") == \
            "第 319 行 · 第 4 篇《发挥党的组织力在应对重大突发事件中的作用》 · 标记：署名"
        page.click("#l318")
        page.keyboard.press("Shift+ArrowDown")
        page.keyboard.press("d")
        page.wait_for_selector("#lines:not(.stale)")
        assert "已删去：不在 sidecar 任何文章的行范围内" in page.text_content("#status")
        assert page.input_value("#r3") == "204–316，321–384"
        page.click("#l300")  # scrolled so that the article's first part ends mid-screen
        page.click("#l318")
        page.click("#l319", modifiers=["Shift"])
        Path(ROOT / "tests" / "screenshots").mkdir(exist_ok=True)
        page.screenshot(path=str(ROOT / "tests" / "screenshots" / "review.png"))
        assert events == []
        page.close()
    finally:
        srv.shutdown()
        srv.server_close()


def test_ranges_typed_in_reading_order(browser, issue):
    srv = ReviewServer(issue)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        page, events = _open(browser, srv.url)
        page.fill("#r4", "5-3")
        page.keyboard.press("Tab")
        assert page.text_content("#message.bad").startswith("行范围“5-3”无效")
        page.fill("#r4", "420–452，389-419")
        page.keyboard.press("Tab")
        assert page.input_value("#r4") == "420–452，389–419"
        page.click("#save")
        page.wait_for_selector("#message.good")
        got = _split(issue)["articles"]
        assert got[4]["lines"] == [[420, 452], [389, 419]]
        assert [a["lines"] for a in got[:4]] == [[[2, 73]], [[74, 203]], [[204, 319]],
                                                 [[321, 387]]]
        assert events == []
        page.close()
    finally:
        srv.shutdown()
        srv.server_close()


def test_hostile_sidecar_and_text_show_as_text(browser, issue):
    side = issue.with_suffix(".yml")
    side.write_text(side.read_text("utf-8").replace(
        "title: 深刻认识新时代党的自我革命", f"title: '{HOSTILE}'"), "utf-8")
    with open(issue, "a", encoding="utf-8") as f:
        f.write("\n<script>alert(2)</script><b onmouseover=alert(3)>粗</b>\n")
    srv = ReviewServer(issue)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        page, events = _open(browser, srv.url)
        assert page.input_value("#f4-title") == HOSTILE
        page.click("#l390")
        assert HOSTILE in page.text_content("#status")
        last = page.locator("#lines .ln").count()
        assert page.text_content(f"#l{last - 1} .tx") == \
            "<script>alert(2)</script><b onmouseover=alert(3)>粗</b>"
        page.hover(f"#l{last - 1}")
        page.wait_for_timeout(300)
        assert page.locator("img, b, #lines script").count() == 0
        assert events == []
        page.close()
    finally:
        srv.shutdown()
        srv.server_close()


def test_utf16_sidecar_keeps_its_bom(issue):
    side = issue.with_suffix(".yml")
    text = side.read_text("utf-8")
    side.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    entries = _entries(issue)
    entries[3]["title"] = "补上的标题"
    save_articles(side, issue, entries, read_sidecar_text(side).version, issue.stem)
    data = side.read_bytes()
    assert data.startswith(b"\xff\xfe")
    new = data[2:].decode("utf-16-le")
    assert new.split("articles:")[0] == text.split("articles:")[0]
    assert read_meta(issue).articles[3]["title"] == "补上的标题"
