#!/usr/bin/env python3
"""Search (P4): qikan's index against Material's built-in search, on the same archives.

For each size (default 1,000 and 4,000 articles) it makes an archive from the seeds (every
article a seed article's title and byline over paragraphs drawn from all seed bodies, lengths
as in the seeds; issues of 20 articles), renders it with qikan/render.py and builds it twice:
- qikan: the project's mkdocs.yml (Material's search plugin off), then `write_search_index`,
  timed on its own (both editions' files);
- Material: plain Material with its `search` plugin (lang zh, jieba), timed as the difference
  between that build and the same build without the plugin.
Then, in headless Chromium (Debian's), for --queries phrases drawn at random from the archive's
bodies (2–8 Han characters), each on a fresh page with an empty cache: the bytes of every
search file the page loads (the index, shards, texts, scripts; files on disk, as the server
sends them uncompressed) and the time from the query's input event to the first result in the
list (measured in the page) —
over http on localhost for both, and from file:// for qikan (Material's search does not start
there: it is tried once and reported); and for qikan over http the --common phrases of 3–4
characters found in the most articles (hundreds of candidates each: the count's exactness
costs the most there). Wall-clock: run it on an idle machine.

    .venv/bin/python bench/search.py [--sizes 1000 4000] [--queries 20] [--material-queries 5]
                                     [--common 5]
"""
from __future__ import annotations

import argparse
import functools
import http.server
import json
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qikan.model import Article, IssueMeta, SplitResult  # noqa: E402
from qikan.site.render import render_archive  # noqa: E402
from qikan.site.search import plain_text, write_search_index  # noqa: E402
from qikan.archive import ROOT, load_archive  # noqa: E402
from qikan.build import write_pages  # noqa: E402
from qikan.runs import run_mkdocs, write_config  # noqa: E402

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
HAN_RUN = re.compile(r"[\u4e00-\u9fff]{8,}")
HAN_RUN3 = re.compile(r"[\u4e00-\u9fff]{3,}")


def synthetic_archive(n: int, seed: int = 1) -> list[SplitResult]:
    """`n` articles made from the seeds, 20 per issue, one issue a month from 2000-01."""
    seeds = [a for r in load_archive(ROOT / "docs_src") for a in r.articles if len(a.body) > 200]
    paras = [p for a in seeds for p in a.body.split("\n\n") if len(p) > 20]
    rnd = random.Random(seed)
    results = []
    for i in range((n + 19) // 20):
        date = f"{2000 + i // 12}-{i % 12 + 1:02d}"
        meta = IssueMeta(id=f"{date}-syn{i}", publication="合成期刊", date=date,
                         title=f"合成期刊 {date}")
        arts = []
        for k in range(min(20, n - 20 * i)):
            src = rnd.choice(seeds)
            want, body, size = len(rnd.choice(seeds).body), [], 0
            while size < want:
                p = rnd.choice(paras)
                body.append(p)
                size += len(p)
            arts.append(Article(id=f"{meta.id}-{k + 1}", order=k + 1, title=src.title,
                                body="\n\n".join(body), lines=[], subtitle=src.subtitle,
                                authors=list(src.authors), unit=src.unit, section=src.section))
        results.append(SplitResult(meta, arts))
    return results


# front matter keys plain Material knows; qikan's own (template: …, authors, issue …) go
MATERIAL_KEYS = {"title", "description"}
# "---\ntitle: …\n---\n": a page's front matter
FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def plain_docs(docs: Path, out: Path) -> None:
    """The generated Markdown with front matter cut to what plain Material knows."""
    for p in docs.rglob("*.md"):
        text = p.read_text(encoding="utf-8")
        m = FRONT.match(text)
        if m:
            meta = yaml.safe_load(m.group(1)) or {}
            kept = {k: v for k, v in meta.items() if k in MATERIAL_KEYS}
            text = (f"---\n{yaml.safe_dump(kept, allow_unicode=True)}---\n" if kept else "") + \
                text[m.end():]
        q = out / p.relative_to(docs)
        q.parent.mkdir(parents=True, exist_ok=True)
        q.write_text(text, encoding="utf-8")



def material_config(work: Path, site: Path, nav: list, search: bool) -> Path:
    cfg = {"site_name": "期刊文库", "use_directory_urls": False,
           "theme": {"name": "material", "language": "zh", "font": False},
           "plugins": [{"search": {"lang": "zh"}}] if search else [],
           "markdown_extensions": ["attr_list"], "docs_dir": str(work / "docs"),
           "site_dir": str(site), "nav": nav, "validation": {"nav": {"omitted_files": "info"}}}
    path = work / ("material-search.yml" if search else "material-plain.yml")
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return path


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def build(results: list[SplitResult], base: Path) -> dict:
    pages, nav = render_archive(results)
    work = base / "work"
    work.mkdir(parents=True)
    write_pages(pages, work / "docs")
    run_mkdocs(write_config(work, ROOT / "mkdocs.yml", base / "qikan", nav))
    qikan_index = timed(write_search_index, results, base / "qikan", "s2t")
    plain_docs(work / "docs", base / "mwork" / "docs")  # without qikan's template and fields
    plain = timed(run_mkdocs, material_config(base / "mwork", base / "plain", nav, False))
    with_search = timed(run_mkdocs, material_config(base / "mwork", base / "material", nav, True))
    return {"qikan_index_s": qikan_index, "material_index_s": with_search - plain,
            "qikan_index_mb": du(base / "qikan" / "search") / 1e6
            + du(base / "qikan" / "zh-Hant" / "search") / 1e6,
            "material_index_mb": du(base / "material" / "search") / 1e6}


def du(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve(folder: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    handler = functools.partial(QuietHandler, directory=str(folder))
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{srv.server_address[1]}/", srv


def phrases(results: list[SplitResult], n: int, seed: int = 2, article=None) -> list[tuple[str, str]]:
    """`n` phrases of 2–8 Han characters from articles drawn at random (`article(result, k)`:
    the k-th article with its body, when `results` hold none)."""
    rnd = random.Random(seed)
    arts = [(r, k) for r in results for k in range(len(r.articles))]
    out = []
    while len(out) < n:
        r, k = rnd.choice(arts)
        a = article(r, k) if article else r.articles[k]
        runs = HAN_RUN.findall(plain_text(a.body))
        if runs:
            run = rnd.choice(runs)
            size = rnd.randint(2, 8)
            start = rnd.randrange(len(run) - size + 1)
            out.append((run[start:start + size], f"issues/{r.issue.id}/{a.order:03d}.html"))
    return out


def common_phrases(results: list[SplitResult], n: int) -> list[tuple[str, str]]:
    """The `n` phrases of 3–4 Han characters found in the most articles: the queries with the
    most candidates, where the count's exactness costs the most."""
    df: dict[str, int] = {}
    for r in results:
        for a in r.articles:
            grams = {run[i:i + k] for run in HAN_RUN3.findall(plain_text(a.body))
                     for k in (3, 4) for i in range(len(run) - k + 1)}
            for g in grams:
                df[g] = df.get(g, 0) + 1
    top = sorted(df, key=lambda g: (-df[g], g))
    picked: list[str] = []
    for g in top:   # not two of one phrase (党组织, 基层党组织)
        if not any(g in p or p in g for p in picked):
            picked.append(g)
        if len(picked) == n:
            break
    return [(g, "") for g in picked]


# Time to first results, measured in the page: from the input event of the typed query to the
# first result item in the list (a MutationObserver), so the driver's own latency is left out.
WATCH = """() => {
  window.__first = 0;
  document.querySelector("input[name=query]").addEventListener(
    "input", () => { window.__typed = performance.now() }, {capture: true});
  new MutationObserver(() => {
    if (!window.__first && document.querySelector(".md-search-result__item"))
      window.__first = performance.now();
  }).observe(document.querySelector(".md-search-result__list"), {childList: true, subtree: true});
}"""


def article_texts(results: list[SplitResult]) -> dict[str, str]:
    return {f"issues/{r.issue.id}/{a.order:03d}.html": (a.title or "") + "\n" + plain_text(a.body)
            for r in results for a in r.articles}


def measure(browser, root: str, folder: Path, query: str, texts: dict, material: bool) -> dict:
    """One query on a fresh page: bytes of search files, ms to the first result, and whether
    the first result holds the phrase."""
    ctx = browser.new_context()
    seen: list[str] = []
    leaks: list[str] = []

    def guard(route):
        url = route.request.url
        if url.startswith(root):
            seen.append(url)
            route.continue_()
        else:
            leaks.append(url)
            route.abort()
    ctx.route("**/*", guard)
    page = ctx.new_page()
    page.goto(root + "index.html", wait_until="load")
    try:
        page.click("input[name=query]", timeout=10_000)
        page.evaluate(WATCH)
        page.fill("input[name=query]", query)
        page.wait_for_selector(".md-search-result__item", timeout=60_000)
        page.wait_for_function("() => window.__first > 0")
        first_ms = page.evaluate("window.__first - window.__typed")
        if not material:
            page.wait_for_function("() => !/正在/.test(document.querySelector("
                                   "'.md-search-result__meta').textContent)", timeout=60_000)
        hrefs = page.eval_on_selector_all(".md-search-result__item a",
                                          "els => els.map(e => e.href)")
        top = site_path(hrefs[0])
        found = query in texts.get(top, "")
    except Exception:
        first_ms, found = None, False
    page.wait_for_timeout(300)   # let late files (Material's worker, lazy texts) arrive
    ctx.close()
    files = {unquote(urlsplit(u).path)[len(urlsplit(root).path):] for u in seen}
    search_files = [f for f in files if f.startswith("search/") or "search" in Path(f).name
                    or "lunr" in f or "workers" in f]
    by_kind: dict[str, float] = {}
    for f in search_files:
        if (folder / f).is_file():
            kind = kind_of(f)
            by_kind[kind] = by_kind.get(kind, 0.0) + (folder / f).stat().st_size / 1024
    return {"query": query, "ms": first_ms, "found": found, "leaks": leaks,
            "kb": sum(by_kind.values()), "kb_by_kind": by_kind}


# "zh-Hant/search/pos/12.js" → "pos": the folder (or file) of qikan's index a file is of
INDEX_FILE = re.compile(r"^(?:zh-Hant/)?search/(?:([a-z]+)/[^/]+|([a-z]+)\.js)$")


def kind_of(path: str) -> str:
    """The kind of a search file: one of qikan's index (index, docs, fold, facets; shards,
    pos, meta, text, or any other folder of search/), else "script" (the page's scripts,
    Material's worker and index)."""
    m = INDEX_FILE.match(path)
    return (m.group(1) or m.group(2)) if m else "script"


def site_path(href: str) -> str:
    path = unquote(urlsplit(href).path)
    return path[path.index("issues/"):] if "issues/" in path else path


def run_queries(browser, root, folder, queries, texts, material) -> dict:
    rows = [measure(browser, root, folder, q, texts, material) for q, _ in queries]
    times = [r["ms"] for r in rows if r["ms"] is not None]
    kinds = sorted({k for r in rows for k in r["kb_by_kind"]})
    kb = sorted(rows, key=lambda r: r["kb"])
    return {"queries": len(rows), "answered": len(times),
            "top_holds_phrase": sum(r["found"] for r in rows),
            "median_ms": statistics.median(times) if times else None,
            "max_ms": max(times) if times else None,
            "median_kb": statistics.median(r["kb"] for r in rows),
            "max_kb": max(r["kb"] for r in rows),
            # where the bytes go: each kind's mean over the queries, and the median and the
            # largest query's own
            "kb_by_kind": {"mean": {k: statistics.fmean(r["kb_by_kind"].get(k, 0.0)
                                                        for r in rows) for k in kinds},
                           "median_query": {"query": kb[(len(kb) - 1) // 2]["query"],
                                            **kb[(len(kb) - 1) // 2]["kb_by_kind"]},
                           "max_query": {"query": kb[-1]["query"], **kb[-1]["kb_by_kind"]}},
            "leaks": sum(len(r["leaks"]) for r in rows), "rows": rows}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000])
    ap.add_argument("--queries", type=int, default=20)
    ap.add_argument("--material-queries", type=int, default=5)
    ap.add_argument("--common", type=int, default=5,
                    help="also this many of the commonest phrases (qikan only, over http)")
    ap.add_argument("--json", help="also write the figures to this file")
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright

    report = []
    with sync_playwright() as p, tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for size in a.sizes:
            base = Path(tmp) / str(size)
            results = synthetic_archive(size)
            row = {"articles": sum(len(r.articles) for r in results), **build(results, base)}
            queries, texts = phrases(results, a.queries), article_texts(results)
            q_url, q_srv = serve(base / "qikan")
            m_url, m_srv = serve(base / "material")
            row["qikan_http"] = run_queries(browser, q_url, base / "qikan", queries, texts, False)
            row["qikan_file"] = run_queries(browser, (base / "qikan").as_uri() + "/",
                                            base / "qikan", queries, texts, False)
            row["qikan_common"] = run_queries(browser, q_url, base / "qikan",
                                              common_phrases(results, a.common), texts, False)
            row["material_http"] = run_queries(browser, m_url, base / "material",
                                               queries[:a.material_queries], texts, True)
            row["material_file"] = run_queries(browser, (base / "material").as_uri() + "/",
                                               base / "material", queries[:1], texts, True)
            q_srv.shutdown()
            m_srv.shutdown()
            report.append(row)
            print(json.dumps({k: ({x: y for x, y in v.items() if x != "rows"}
                                  if isinstance(v, dict) else v) for k, v in row.items()},
                             ensure_ascii=False, indent=1), flush=True)
        browser.close()
    print("\n| articles | engine | index build | index on disk | per query (median / max) "
          "| first results (median / max) | top result holds the phrase |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for row in report:
        for name, key, mode in (("qikan", "qikan", "http"), ("qikan", "qikan", "file"),
                                ("qikan (commonest phrases)", "qikan", "common"),
                                ("Material", "material", "http"),
                                ("Material", "material", "file")):
            r = row[f"{key}_{mode}"]
            ms = (f"{r['median_ms']:.0f} / {r['max_ms']:.0f} ms" if r["answered"] == r["queries"]
                  else f"{r['answered']} of {r['queries']} answered")
            print(f"| {row['articles']} | {name}, {mode} | {row[f'{key}_index_s']:.1f} s "
                  f"| {row[f'{key}_index_mb']:.1f} MB | {r['median_kb']:.0f} / {r['max_kb']:.0f} KB "
                  f"| {ms} | {r['top_holds_phrase']} of {r['queries']} |")
    if a.json:
        Path(a.json).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
