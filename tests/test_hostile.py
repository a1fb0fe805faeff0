"""P9: hostile text in every field a reader sees renders as literal text, and nothing runs.

The hostile issues are the first article of the 2020-12-jzdx seed (title, "□ 姓名" byline, body,
"（作者单位：…）" end line) with a hostile string put in one field at a time, or its sidecar
carrying one. Each case is built with the real command line into its own temporary archive (so a
hole in one field cannot hide the others) and checked three ways:

- `split --json`: the hostile string reached the field it was meant for (else the page checks
  would prove nothing); bodies rendered by Python-Markdown, as MkDocs renders them, are
  paragraphs whose text is the source line;
- the built HTML, parsed: no element, attribute or inline script the hostile text made;
- Chromium, every page of both editions from file://: no dialog opened, the scripts' global
  `__p` was never set, no element injected, and the hostile string visible literally in the
  page's text or its title.

The templates print every front-matter value escaped (`| e`; the front matter keeps raw text)
and render.py escapes the issue labels it puts in the nav, which Material prints as HTML.
"""
from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import markdown
import opencc
import pytest
import yaml

from conftest import HANT_PROFILE, DOCS_SRC, ROOT, run_cli

FRAME = (DOCS_SRC / "2020-12-jzdx.txt").read_text("utf-8").split("\n")[:73]
TITLE, BYLINE, END = FRAME[1], FRAME[2], FRAME[72]  # "加强党建引领 …", "□ 任善华", "（作者单位：…）"
assert BYLINE.startswith("□") and END.startswith("（作者单位：")
ISSUE_ID = "2020-12-evil"

# One string, no spaces (so it fits a byline name): closes a <title>, runs a script, and an
# <img> whose error handler runs; each sets the global __p and opens a dialog.
EVIL = "</title><script>alert(window.__p=1)</script><img/src=x/onerror=alert(window.__p=2)>"
# the one image a qikan page has: the theme's logo (mkdocs.yml theme.logo)
LOGO = "assets/images/logo.svg"
# A column label holds at most 20 characters, and its spaces are taken out.
EVIL_LABEL = "<svg/onload=__p=3>"
# Lines of a body: HTML, Markdown and Jinja that must all show as typed. The short lines end in
# "。", so each is a paragraph of its own and its first character opens a Markdown block (`---`
# joins the next one); the long ones run on into one paragraph. Spaces keep the ASCII off the
# Han text, where repair would turn half-width punctuation full-width.
EVIL_BODY = [
    "正文里的脚本 <script>alert(window.__p=4)</script> 和图片 <img src=x onerror=\"alert(window.__p=5)\"> 都是文字。",
    "链接 [点我](javascript:alert(window.__p=6)) 和 <a href=\"javascript:alert(window.__p=7)\">这个</a> 都不能点。",
    "模板 {{ config.site_name }} 与 {% include \"base.html\" %} 都原样显示，不被展开。",
    "以下各行各成一段。",
    "# 井号开头的段落。",
    "> 大于号开头的段落。",
    "---",
    "| 竖线开头的段落，不是表格。",
    "* 星号开头的段落。",
    "1. 数字和点开头的段落。",
    "实体 &lt;script&gt; 与 &amp;amp; 以及 &#60;b&#62; 都原样显示，不被解码。",
]


def issue_text(title=TITLE, byline=BYLINE, end=END, label=None, body=()) -> str:
    lines = FRAME[:]
    lines[1], lines[2], lines[72] = title, byline, end
    if label:
        lines.insert(1, f"【{label}】")
    if body:  # after the body's first paragraph end, so the frame's layout stays as printed
        at = next(i for i, t in enumerate(lines) if i > 5 and t.endswith("。"))
        lines[at + 1:at + 1] = body
    return "\n".join(lines) + "\n"


def sidecar(**fields) -> str:
    base = {"id": ISSUE_ID, "publication": "荆州党校", "kind": "magazine", "date": "2020-12"}
    return yaml.safe_dump({**base, **fields}, allow_unicode=True, sort_keys=False)


def sidecar_article(**fields) -> dict:
    return {"lines": [[2, 73]], "title": TITLE, "authors": ["任善华"], **fields}


# name: (issue text, sidecar, {field: expected value in split --json}, strings a reader sees)
CASES = {
    "title": (issue_text(title=f"{EVIL} {TITLE}"), sidecar(),
              {"title": f"{EVIL} {TITLE}"}, [f"{EVIL} {TITLE}"]),
    "author": (issue_text(byline=f"□ {EVIL}"), sidecar(), {"authors": [EVIL]}, [EVIL]),
    "unit": (issue_text(end=f"（作者单位：{EVIL}荆州市委党校）"), sidecar(),
             {"unit": f"{EVIL}荆州市委党校"}, [f"{EVIL}荆州市委党校"]),
    "section": (issue_text(label=EVIL_LABEL), sidecar(), {"section": EVIL_LABEL}, [EVIL_LABEL]),
    "body": (issue_text(body=EVIL_BODY), sidecar(), {}, EVIL_BODY),
    "sidecar-title": (issue_text(), sidecar(articles=[sidecar_article(title=EVIL)]),
                      {"title": EVIL}, [EVIL]),
    "sidecar-fields": (issue_text(), sidecar(articles=[sidecar_article(
        subtitle=f"{EVIL}副标题", authors=[EVIL, "任善华"], role=f"{EVIL}本刊记者",
        unit=f"{EVIL}单位", writer=f"{EVIL}执笔", section=f"{EVIL}栏目")]),
        {"subtitle": f"{EVIL}副标题", "authors": [EVIL, "任善华"], "role": f"{EVIL}本刊记者",
         "unit": f"{EVIL}单位", "writer": f"{EVIL}执笔", "section": f"{EVIL}栏目"},
        [f"{EVIL}副标题", f"{EVIL}本刊记者", f"{EVIL}单位", f"{EVIL}执笔", f"{EVIL}栏目"]),
    "publication": (issue_text(), sidecar(publication=f"{EVIL}党建"), {}, [f"{EVIL}党建"]),
    "issue-title": (issue_text(), sidecar(title=f"{EVIL}第12期"), {}, [f"{EVIL}第12期"]),
    "note": (issue_text(), sidecar(note=EVIL), {}, []),
}
def cases():
    return [pytest.param(n, id=n) for n in CASES]


def write_case(folder: Path, name: str) -> Path:
    text, side, _, _ = CASES[name]
    src = folder / "src"
    src.mkdir(parents=True)
    (src / f"{ISSUE_ID}.txt").write_text(text, "utf-8")
    (src / f"{ISSUE_ID}.yml").write_text(side, "utf-8")
    return src / f"{ISSUE_ID}.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """name → (split --json, site folder) of every case, each built on its own (two at a
    time: the commands are separate processes, and CI's runner has two cores)."""
    from concurrent.futures import ThreadPoolExecutor

    def split_and_build(name: str) -> tuple[str, Path]:
        base = tmp_path_factory.mktemp(name)
        txt = write_case(base, name)
        r = run_cli("split", str(txt), "--json")
        assert r.returncode == 0, r.stderr
        b = run_cli("build", "--src", str(txt.parent), "--out", str(base / "site"),
                    "--work", str(base / "work"), "--dist", str(base / "dist"))
        assert b.returncode == 0, b.stderr
        return json.loads(r.stdout), base / "site"
    # pytest makes its base folder on first use, which is not safe from two threads at once
    # (under pytest-xdist it is made here): made before the threads start
    tmp_path_factory.getbasetemp()
    with ThreadPoolExecutor(2) as pool:
        return dict(zip(CASES, pool.map(split_and_build, CASES)))


# --- split --json and Markdown ------------------------------------------------------------

class Parsed(HTMLParser):
    """Tags (name, attributes) and text of an HTML fragment, entities decoded as a browser does."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


def squash(text: str) -> str:
    return " ".join(text.split())


def markdown_html(body: str) -> str:
    from mkdocs.utils import yaml_load  # MkDocs' own reader: it knows `!ENV`

    exts = yaml_load((ROOT / "mkdocs.yml").read_text("utf-8"))["markdown_extensions"]
    return markdown.markdown(body, extensions=exts)


@pytest.mark.parametrize("name", list(CASES))
def test_the_hostile_string_reaches_its_field(built, name):
    data, _ = built[name]
    fields = CASES[name][2]
    arts = data["articles"]
    for key, want in fields.items():
        assert any(a[key] == want for a in arts), (key, [a[key] for a in arts])
    if name == "publication":
        assert data["issue"]["publication"] == f"{EVIL}党建"
    if name == "issue-title":
        assert data["issue"]["title"] == f"{EVIL}第12期"


def test_hostile_body_lines_render_as_paragraphs_of_literal_text(built):
    """Every hostile line is, after Markdown, the text of a paragraph: no other element."""
    data, _ = built["body"]
    texts = []
    for a in data["articles"]:
        parsed = Parsed(markdown_html(a["body"]))
        assert {t for t, _ in parsed.tags} <= {"p"}, [t for t in parsed.tags if t[0] != "p"]
        texts.append(squash("".join(parsed.text)))
    for line in EVIL_BODY:
        assert any(squash(line) in t for t in texts), line


def test_rendered_markdown_page_keeps_front_matter_as_data(built):
    """The generated Markdown of a hostile article: front matter reads back as the same values
    (a `---` or `: ` in a title cannot end or extend it)."""
    _, site = built["sidecar-fields"]
    page = (site.parent / "work/docs/issues" / ISSUE_ID / "001.md").read_text("utf-8")
    _, front, rest = page.split("---\n", 2)
    meta = yaml.safe_load(front)
    assert meta["subtitle"] == f"{EVIL}副标题" and meta["authors"] == [EVIL, "任善华"]
    assert "<script>" not in rest and "<img" not in rest


# --- the built HTML, parsed ----------------------------------------------------------------

def injected(page_html: str) -> list[str]:
    """What hostile text made of a built page: event-handler attributes, javascript: links,
    inline scripts that touch __p, elements no qikan page has."""
    p = Parsed(page_html)
    bad = [f"<{t} {k}=…>" for t, a in p.tags for k in a if k.startswith("on")]
    bad += [f"<a href={a['href']}>" for t, a in p.tags
            if t == "a" and (a.get("href") or "").strip().lower().startswith("javascript:")]
    bad += [f"<{t}>" for t, a in p.tags if t in {"img", "iframe", "object", "embed"}
            and not (t == "img" and (a.get("src") or "").endswith(LOGO))]
    bad += [f"<script>{s[:40]}" for s in p.scripts if "__p" in s]
    return bad


@pytest.mark.parametrize("name", cases())
def test_built_pages_hold_no_injected_markup(built, name):
    _, site = built[name]
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 8  # home, 404, issue index, article, in both editions
    found = {str(p.relative_to(site)): injected(p.read_text("utf-8")) for p in pages}
    assert not {k: v for k, v in found.items() if v}


def test_the_static_check_catches_raw_markup():
    """The check above fails on the hostile strings left raw (it is not vacuous)."""
    raw = f"<html><head><title>{EVIL}</title></head><body>{EVIL_LABEL}{''.join(EVIL_BODY)}"
    bad = injected(raw)
    assert any("onerror" in b for b in bad) and any("onload" in b for b in bad)
    assert any(b.startswith("<script>") for b in bad) and any("javascript:" in b for b in bad)


# --- Chromium ------------------------------------------------------------------------------

CHECK_PAGE = """() => {
  const bad = [];
  for (const e of document.querySelectorAll('*')) {
    for (const a of e.attributes) if (/^on/i.test(a.name)) bad.push(e.tagName + ' ' + a.name);
    if (e.tagName === 'SCRIPT' && /__p/.test(e.textContent)) bad.push('script ' + e.textContent);
  }
  for (const a of document.querySelectorAll('a[href]'))
    if (/^\\s*javascript:/i.test(a.getAttribute('href'))) bad.push('a ' + a.getAttribute('href'));
  for (const e of document.querySelectorAll(
      '.md-content img, .md-content svg:not(.qikan-chart), iframe, object, embed')) bad.push(e.tagName);
  return {ran: typeof window.__p !== 'undefined', bad,
          text: document.body.innerText, title: document.title};
}"""


def file_only_page(browser):
    """A page that may load file: URLs only (Chromium resolves no host but the tests' own:
    conftest's CHROMIUM_ARGS), the list of the dialogs it opened and the list of the other
    URLs it asked for."""
    ctx = browser.new_context()
    elsewhere: list[str] = []
    ctx.on("request", lambda r: r.url.startswith("file:") or elsewhere.append(r.url))
    page = ctx.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return ctx, page, dialogs, elsewhere


def visit(browser, pages: list[Path]) -> dict[str, dict]:
    """Each page opened from file:// (nothing else may load): what ran, what was injected,
    which dialogs opened, what a reader sees."""
    ctx, page, dialogs, elsewhere = file_only_page(browser)
    seen = {}
    for p in pages:
        dialogs.clear()
        page.goto(p.as_uri(), wait_until="load")
        seen[p.as_posix()] = {**page.evaluate(CHECK_PAGE), "dialogs": list(dialogs)}
    ctx.close()
    assert not elsewhere, elsewhere
    return seen


@pytest.mark.parametrize("name", cases())
def test_in_chromium_nothing_runs_and_the_text_shows(built, browser, name):
    _, site = built[name]
    pages = sorted(site.rglob("*.html"))
    seen = visit(browser, pages)
    ran = {k: v for k, v in seen.items() if v["ran"] or v["dialogs"] or v["bad"]}
    assert not ran, {k: (v["dialogs"], v["bad"]) for k, v in ran.items()}
    s2t = opencc.OpenCC(HANT_PROFILE)
    for want in CASES[name][3]:
        for edition, text in (("zh-Hans", want), ("zh-Hant", s2t.convert(want))):
            shown = [k for k, v in seen.items() if ("/zh-Hant/" in k) == (edition == "zh-Hant")
                     and squash(text) in squash(v["text"])]
            assert shown, (edition, text)
    if name in ("title", "sidecar-title", "issue-title", "publication"):
        want = CASES[name][3][0]
        titles = [v["title"] for v in seen.values()]
        assert any(t.startswith(want) for t in titles), titles


@pytest.mark.parametrize("name", ["title", "author", "sidecar-fields"])
def test_search_results_show_hostile_text_as_text(built, browser, name):
    """Search from the home page (free of the hostile fields) for the hostile article: its
    result (title, issue, snippet) is text; nothing runs, nothing is injected."""
    _, site = built[name]
    ctx, page, dialogs, elsewhere = file_only_page(browser)
    page.goto((site / "index.html").as_uri())
    page.fill("input[name=query]", "提升城市社区治理")  # in the title and the body
    page.wait_for_selector(".md-search-result__item a", timeout=10_000)
    page.wait_for_function("() => !/约|正在/.test("
                           "document.querySelector('.md-search-result__meta').textContent)")
    got = page.evaluate(CHECK_PAGE)
    results = page.inner_text(".md-search-result__list")
    ctx.close()
    assert not got["ran"] and not got["bad"] and not dialogs, (got["bad"], dialogs)
    assert not elsewhere, elsewhere
    if name == "title":
        assert squash(CASES[name][3][0]) in squash(results), results
    assert "提升城市社区治理" in results


def test_the_browser_check_catches_a_raw_page(browser, tmp_path):
    """The Chromium check fails on the hostile strings left raw (it is not vacuous)."""
    raw = tmp_path / "raw.html"
    raw.write_text(f"<!doctype html><html><head><title>{EVIL}</title></head><body>"
                   f"<p>{EVIL_LABEL}</p><p>{EVIL_BODY[1]}</p></body></html>", "utf-8")
    got = visit(browser, [raw])[raw.as_posix()]
    assert got["ran"] and got["dialogs"] and got["bad"]
