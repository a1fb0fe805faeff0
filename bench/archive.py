#!/usr/bin/env python3
"""Archive scale (P8): a synthetic archive of N articles through the whole pipeline, timed.

The archive is made of issue *texts*, so every stage runs: each issue is one sample issue's
layout (its opening lines, then its articles in print order, each with its own title block,
byline and end line, hard-wrapped lines, blank lines and page starts as printed), with each
paragraph of running text inside a body replaced by one drawn at random from the same body's
(title blocks, labels and page starts printed inside a body stay where they are), and each
issue a random choice of its sample's articles. Each gets
a sidecar (id, publication, kind, one month after the other from 2000-01). Then:

1. split: the splitter on every issue text, in this process, one issue after the other
   (MB of issue text per CPU second);
2. build: `build_site.py build --src … --out … --work … --dist …` as a child process (both
   editions, search index, zip), wall and CPU time, peak memory (the child's and its children's
   largest resident set, from wait4), and the time of each stage: the child wraps the stage
   functions `qikan/site.py` calls with timers before it runs `build_site.main`;
3. the pages: size of the article pages (`site/issues/*/NNN.html`, and their zh-Hant twins),
   the search index, the zip;
4. search (unless --no-browser): bench/search.py's measurement in Debian's Chromium — bytes
   loaded per query and time to the first results, over http and from file://;
5. plain Material (unless --no-material): the same generated Markdown (`build/docs`, front
   matter cut to the keys Material knows) built with Material's defaults and its built-in
   `search` plugin (lang zh, jieba), as a child process, and the ratios to qikan's build;
6. one issue added (the next of the series) and the build run again, as an editor's
   republish: wall and CPU time, peak memory and stages (it makes only what the issue changes).

Wall-clock figures depend on what else runs on the machine: say so with them.

    .venv/bin/python bench/archive.py --articles 1000 [4000 …] [--queries 10]
        [--no-material] [--no-browser] [--config MKDOCS_YML] [--json FILE] [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

from qikan.split.layout import SENT_END, cells  # noqa: E402
from qikan.sidecar import parse_sidecar  # noqa: E402
from qikan.archive import ROOT, load_issue  # noqa: E402
from qikan.split.pipeline import split_source  # noqa: E402

from qikan.build import STAGES  # noqa: E402  (the build's stages, in order)

# "issues/2000-01-s0000-nxdj/007.html": an article page (not an issue's index.html)
ARTICLE_PAGE = re.compile(r"^\d{3}\.html$")


@dataclass
class SeedLayout:
    """What one sample issue lends the synthetic ones: its layout and its articles."""
    tag: str                      # "nxdj" from 2015-10-nxdj
    publication: str | None
    kind: str
    preamble: list[str]           # the lines before its first article
    articles: list[list[list[str]]]   # each article as paragraphs of raw lines
    columns: list[int]            # each article's column width (display cells)


def column(lines: list[str]) -> int:
    """The column width of hard-wrapped lines: a high quantile of their widths."""
    widths = sorted(w for t in lines if (w := cells(t.strip())) >= 16)
    return widths[int(len(widths) * 0.7)] if widths else 0


def plain_paragraph(par: list[str], col: int) -> bool:
    """Running text only: no page start, label, heading or byline among its lines — every line
    but the last fills the column, the last ends a sentence (or it is one long line)."""
    text = [t for t in par if t.strip()]
    if not text or any(t[:1] == " " for t in text) or not SENT_END.search(text[-1].strip()):
        return False
    return all(cells(t.strip()) >= col - 3 for t in text[:-1]) and \
        (len(text) > 1 or cells(text[0].strip()) > 60)


def paragraphs(lines: list[str]) -> list[list[str]]:
    """Raw lines cut into paragraphs as printed: after a line that ends a sentence and is short
    of its column (after every such line in a one-paragraph-per-line layout); blank lines stay
    with the paragraph before them."""
    col = column(lines)
    widths = sorted(w for t in lines if (w := cells(t.strip())) >= 16)
    one_per_line = bool(widths) and widths[len(widths) // 2] > 90
    out: list[list[str]] = []
    cur: list[str] = []
    closed = False
    for t in lines:
        s = t.strip()
        if s and closed:
            out.append(cur)
            cur, closed = [], False
        cur.append(t)
        if s and SENT_END.search(s) and (one_per_line or cells(s) < col - 3):
            closed = True
    return out + [cur] if cur else out


def seed_layouts() -> list[SeedLayout]:
    """Every sample issue's layout, from its split (the sidecar's, checked by hand)."""
    out = []
    for txt in sorted((ROOT / "docs_src").glob("*.txt")):
        res = load_issue(txt)
        raw = txt.read_text(encoding="utf-8").split("\n")
        # an article runs from its first line to the next article's first line, with whatever
        # is printed there (labels, running heads, page marks, a side-bar)
        starts = sorted({min(r[0] for r in a.lines) for a in res.articles if a.lines})
        arts, cols = [], []
        for first, nxt in zip(starts, starts[1:] + [len(raw) + 1]):
            lines = raw[first - 1:nxt - 1]
            arts.append(paragraphs(lines))
            cols.append(column(lines))
        out.append(SeedLayout(txt.stem.split("-")[-1], res.issue.publication, res.issue.kind,
                              raw[:starts[0] - 1], arts, cols))
    return out


def synthetic_archive(n: int, seed: int = 8) -> dict[str, tuple[str, str]]:
    """About `n` articles as {issue id: (issue text, sidecar)}: the sample issues' layouts in
    turn, each issue as many articles as its sample has (the last one fewer)."""
    layouts = seed_layouts()
    rnd = random.Random(seed)
    issues: dict[str, tuple[str, str]] = {}
    planned = 0
    i = 0
    while planned < n:
        lay = layouts[i % len(layouts)]
        k = min(len(lay.articles), n - planned)
        picked = sorted(rnd.sample(range(len(lay.articles)), k))
        lines = list(lay.preamble)
        for a in picked:
            paras = lay.articles[a]
            # the article's own paragraphs of running text, drawn again: other articles' would
            # not share the title's words, which is how the splitter tells bodies apart
            pool = [p for p in paras[1:-1] if plain_paragraph(p, lay.columns[a])]
            if pool:
                paras = [paras[0]] + [rnd.choice(pool) if plain_paragraph(p, lay.columns[a])
                                      else p for p in paras[1:-1]] + [paras[-1]]
            lines += [t for p in paras for t in p]
        date = f"{2000 + i // 12}-{i % 12 + 1:02d}"
        iid = f"{date}-s{i:04d}-{lay.tag}"
        side = {"id": iid, "publication": lay.publication or "合成期刊", "kind": lay.kind,
                "date": date, "source": f"bench/archive.py, after the {lay.tag} sample"}
        issues[iid] = ("\n".join(lines) + "\n", yaml.safe_dump(side, allow_unicode=True))
        planned += k
        i += 1
    return issues


def write_archive(issues: dict[str, tuple[str, str]], src: Path) -> None:
    src.mkdir(parents=True)
    for iid, (text, side) in issues.items():
        (src / f"{iid}.txt").write_text(text, encoding="utf-8")
        (src / f"{iid}.yml").write_text(side, encoding="utf-8")


def split_stage(issues: dict[str, tuple[str, str]]) -> dict:
    """The splitter alone on every issue, in this process: MB of text per CPU second."""
    results, cpu, wall, size = [], 0.0, 0.0, 0
    for iid, (text, side) in issues.items():
        data = text.encode("utf-8")
        meta = parse_sidecar(side, f"{iid}.yml", iid)
        meta.source = meta.source or f"{iid}.txt"
        c, w = time.process_time(), time.perf_counter()
        results.append(split_source(data, f"{iid}.txt", meta))
        cpu += time.process_time() - c
        wall += time.perf_counter() - w
        size += len(data)
    return {"results": results, "mb": size / 1e6, "cpu_s": cpu, "wall_s": wall,
            "mb_per_s": size / 1e6 / cpu if cpu else None,
            "articles": sum(len(r.articles) for r in results)}


def run_child(cmd: list[str], log: Path) -> dict:
    """A child process, waited for with wait4: wall and CPU seconds, peak RSS (its own or its
    children's, whichever is larger), exit status."""
    start = time.perf_counter()
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"wall_s": time.perf_counter() - start, "cpu_s": usage.ru_utime + usage.ru_stime,
            "peak_mb": usage.ru_maxrss / 1024, "rc": proc.returncode,
            "log": log.read_text(encoding="utf-8", errors="replace")}


def timed_build(stage_file: str, argv: list[str]) -> int:
    """In the child: run the command line, timing each stage of the build through its
    progress callback; write {stage: seconds} to `stage_file`."""
    from qikan.cli import main

    times: dict[str, float] = {}
    started: dict[str, float] = {}

    def progress(stage: str, done: bool) -> None:
        if done:
            times[stage] = times.get(stage, 0.0) + time.perf_counter() - started[stage]
        else:
            started[stage] = time.perf_counter()
    rc = main(argv, progress)
    Path(stage_file).write_text(json.dumps(times), encoding="utf-8")
    return rc


def sizes_kb(paths: list[Path]) -> dict:
    kb = [p.stat().st_size / 1024 for p in paths]
    return {"pages": len(kb), "median_kb": statistics.median(kb) if kb else None,
            "max_kb": max(kb) if kb else None}


def overhead_kb(results, site: Path) -> dict:
    """What an article page weighs beyond its own text (UTF-8 bytes of its body): the part
    that could grow with the archive (navigation, chrome). On the zh-Hant twins (`site` the
    edition's folder) the Simplified body's bytes are taken off: OpenCC's conversion keeps a
    text's length but for a rare phrase, and both scripts' characters are three bytes.
    bench/page_overhead.py breaks it down by part."""
    kb = [((site / "issues" / r.issue.id / f"{a.order:03d}.html").stat().st_size
           - len(a.body.encode("utf-8"))) / 1024 for r in results for a in r.articles]
    return {"median_kb": statistics.median(kb) if kb else None, "max_kb": max(kb) if kb else None}


def article_pages(site: Path) -> list[Path]:
    return [p for p in (site / "issues").glob("*/*.html") if ARTICLE_PAGE.match(p.name)]


def du_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6 \
        if folder.exists() else 0.0


def build_plain_material(work: Path, base: Path) -> dict:
    from search import material_config, plain_docs

    nav = yaml.safe_load((work / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
    plain_docs(work / "docs", base / "docs")
    cfg = material_config(base, base / "site", nav, True)
    run = run_child([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(cfg)],
                    base / "mkdocs.log")
    if run["rc"] != 0:
        raise SystemExit(f"plain Material build failed:\n{run['log'][-2000:]}")
    return {**run, "site_mb": du_mb(base / "site"), "index_mb": du_mb(base / "site" / "search"),
            "article_pages": sizes_kb(article_pages(base / "site"))}


def search_figures(results, site: Path, queries: int) -> dict:
    from search import article_texts, phrases

    return search_figures_of(phrases(results, queries), article_texts(results), site)


def search_figures_of(qs: list[tuple[str, str]], texts, site: Path, rows: bool = False) -> dict:
    """bench/search.py's measurement of the queries `qs` on `site`, over http and file://
    (`texts`: article path → its text, to tell whether the top result holds the phrase);
    with `rows`, each query's figures too."""
    from playwright.sync_api import sync_playwright
    from search import CHROMIUM_ARGS, run_queries, serve

    url, srv = serve(site)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            out = {"http": run_queries(browser, url, site, qs, texts, False),
                   "file": run_queries(browser, site.as_uri() + "/", site, qs, texts, False)}
            browser.close()
    finally:
        srv.shutdown()
    for r in out.values():
        if not rows:
            r.pop("rows")
    return out


def run_size(n: int, base: Path, a: argparse.Namespace) -> dict:
    issues = synthetic_archive(n)
    src = base / "src"
    write_archive(issues, src)
    split = split_stage(issues)
    results = split.pop("results")
    out, work, dist = base / "site", base / "work", base / "dist"
    stage_file = base / "stages.json"
    build = run_child([sys.executable, str(BENCH / "archive.py"), "--timed-build",
                       str(stage_file), "build", "--lang", "en", "--src", str(src),
                       "--out", str(out),
                       "--work", str(work), "--dist", str(dist), "--config", a.config],
                      base / "build.log")
    if build["rc"] != 0:
        raise SystemExit(f"build failed:\n{build['log'][-2000:]}")
    # the build's summary line, in English (--lang en) to be read here
    m = re.search(r"(\d+) issues, (\d+) articles, (\d+) pages", build["log"])
    row = {"planned": n, "issues": len(issues), "issue_mb": split["mb"], "split": split,
           "build": {k: v for k, v in build.items() if k != "log"},
           "stages": json.loads(stage_file.read_text(encoding="utf-8")),
           "built": {"issues": int(m.group(1)), "articles": int(m.group(2)),
                     "pages": int(m.group(3))} if m else None,
           "article_pages": sizes_kb(article_pages(out)),
           "page_overhead": overhead_kb(results, out),
           "hant_article_pages": sizes_kb(article_pages(out / "zh-Hant")),
           "hant_page_overhead": overhead_kb(results, out / "zh-Hant"),
           "site_mb": du_mb(out),
           "search_index_mb": du_mb(out / "search") + du_mb(out / "zh-Hant" / "search"),
           "zip_mb": (dist / "qikan-offline.zip").stat().st_size / 1e6}
    if not a.no_browser:
        row["search"] = search_figures(results, out, a.queries)
    if not a.no_material:
        row["material"] = build_plain_material(work, base / "material")
    row["added"] = add_one_issue(n, issues, base, a)
    return row


def add_one_issue(n: int, issues: dict, base: Path, a: argparse.Namespace) -> dict:
    """The next issue of the same series added to the built archive, and the build again (the
    editor's republish): it makes only what the issue changes."""
    iid, (text, side) = next((k, v) for k, v in synthetic_archive(n + 100).items()
                             if k not in issues)
    src = base / "src"
    (src / f"{iid}.txt").write_text(text, encoding="utf-8")
    (src / f"{iid}.yml").write_text(side, encoding="utf-8")
    stage_file = base / "stages-added.json"
    build = run_child([sys.executable, str(BENCH / "archive.py"), "--timed-build",
                       str(stage_file), "build", "--lang", "en", "--src", str(src),
                       "--out", str(base / "site"), "--work", str(base / "work"),
                       "--dist", str(base / "dist"), "--config", a.config],
                      base / "build-added.log")
    if build["rc"] != 0:
        raise SystemExit(f"build after adding {iid} failed:\n{build['log'][-2000:]}")
    return {"issue": iid, **{k: v for k, v in build.items() if k != "log"},
            "stages": json.loads(stage_file.read_text(encoding="utf-8"))}


def fmt(x, unit="", digits=1) -> str:
    return "—" if x is None else f"{x:,.{digits}f}{unit}"


def table(rows: list[dict]) -> str:
    """The figures as a Markdown table: one column per archive size, and the target."""
    head = "| measure | " + " | ".join(f"{r['split']['articles']:,} articles" for r in rows) + \
        " | target |"
    lines = [head, "|" + " --- |" * (len(rows) + 2)]

    def add(name, cells_, target=""):
        lines.append(f"| {name} | " + " | ".join(cells_) + f" | {target} |")
    add("issues (MB of text)", [f"{r['issues']} ({r['issue_mb']:.1f} MB)" for r in rows])
    add("split: CPU s, MB/s (one process)",
        [f"{fmt(r['split']['cpu_s'], ' s', 2)}, {fmt(r['split']['mb_per_s'], ' MB/s', 2)}"
         for r in rows], "≥ 5 MB/s")
    add("split in the build: wall s, MB/s (two processes, empty cache)",
        [f"{fmt(r['stages'].get('archive_splits'), ' s', 2)}, "
         f"{fmt(r['issue_mb'] / r['stages']['archive_splits'] if r['stages'].get('archive_splits') else None, ' MB/s', 2)}"
         for r in rows], "≥ 5 MB/s")
    add("full build: wall (CPU)", [f"{fmt(r['build']['wall_s'], ' s')} "
                                   f"({fmt(r['build']['cpu_s'], ' s')})" for r in rows],
        "≤ 120 s at 4,000")
    for st in STAGES:
        if any(st in r["stages"] for r in rows):
            add(f"– {st}", [fmt(r["stages"].get(st), " s", 2) for r in rows])
    add("peak memory of the build", [fmt(r["build"]["peak_mb"], " MB", 0) for r in rows],
        "≤ 2,048 MB")
    if all("added" in r for r in rows):
        add("one issue added, build again: wall (CPU)",
            [f"{fmt(r['added']['wall_s'], ' s')} ({fmt(r['added']['cpu_s'], ' s')})"
             for r in rows], "≤ 60 s at 100,000")
        for st in STAGES:
            add(f"– {st}", [fmt(r["added"]["stages"].get(st), " s", 2) for r in rows])
        add("– its peak memory", [fmt(r["added"]["peak_mb"], " MB", 0) for r in rows])
    add("pages built (each edition)", [str(r["built"]["pages"]) if r["built"] else "—"
                                       for r in rows])
    add("article page, median / max", [f"{fmt(r['article_pages']['median_kb'], '')} / "
                                       f"{fmt(r['article_pages']['max_kb'], ' KB')}" for r in rows],
        "≤ 40 KB")
    add("– beyond its own text, median / max",
        [f"{fmt(r['page_overhead']['median_kb'], '')} / "
         f"{fmt(r['page_overhead']['max_kb'], ' KB')}" for r in rows], "≤ 20 KB")
    add("zh-Hant article page, median / max",
        [f"{fmt(r['hant_article_pages']['median_kb'], '')} / "
         f"{fmt(r['hant_article_pages']['max_kb'], ' KB')}" for r in rows], "≤ 40 KB")
    add("– beyond its own text, median / max",
        [f"{fmt(r['hant_page_overhead']['median_kb'], '')} / "
         f"{fmt(r['hant_page_overhead']['max_kb'], ' KB')}" for r in rows], "≤ 20 KB")
    add("site / search index / zip", [f"{r['site_mb']:.0f} / {r['search_index_mb']:.1f} / "
                                      f"{r['zip_mb']:.1f} MB" for r in rows])
    if all("search" in r for r in rows):
        for mode in ("http", "file"):
            add(f"search ({mode}): KB per query, first results (median / max)",
                [f"{fmt(r['search'][mode]['median_kb'], '', 0)} KB, "
                 f"{fmt(r['search'][mode]['median_ms'], '', 0)} / "
                 f"{fmt(r['search'][mode]['max_ms'], ' ms', 0)} "
                 f"({r['search'][mode]['top_holds_phrase']}/{r['search'][mode]['queries']})"
                 for r in rows])
    if all("material" in r for r in rows):
        add("plain Material + search: build wall (CPU)",
            [f"{fmt(r['material']['wall_s'], ' s')} ({fmt(r['material']['cpu_s'], ' s')})"
             for r in rows])
        add("plain Material: peak memory", [fmt(r["material"]["peak_mb"], " MB", 0)
                                            for r in rows])
        add("plain Material: article page, median / max",
            [f"{fmt(r['material']['article_pages']['median_kb'], '')} / "
             f"{fmt(r['material']['article_pages']['max_kb'], ' KB')}" for r in rows])
        add("plain Material: site / search index", [f"{r['material']['site_mb']:.0f} / "
                                                   f"{r['material']['index_mb']:.1f} MB"
                                                   for r in rows])
        add("ratio Material ÷ qikan: build time, article page",
            [f"{r['material']['wall_s'] / r['build']['wall_s']:.1f}×, "
             f"{r['material']['article_pages']['median_kb'] / r['article_pages']['median_kb']:.1f}×"
             for r in rows])
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        add(f"build time ratio, {b['split']['articles']:,} ÷ {a['split']['articles']:,} articles",
            ["" for _ in rows[:-1]] + [f"{b['build']['wall_s'] / a['build']['wall_s']:.2f} "
                                       f"(articles ×{b['split']['articles'] / a['split']['articles']:.2f})"],
            "≤ 4.4 for 4,000 ÷ 1,000")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--timed-build"]:
        return timed_build(argv[1], argv[2:])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[1000])
    ap.add_argument("--queries", type=int, default=10, help="search queries per mode")
    ap.add_argument("--no-material", action="store_true", help="skip the plain-Material build")
    ap.add_argument("--no-browser", action="store_true", help="skip the search figures")
    ap.add_argument("--config", default=str(ROOT / "mkdocs.yml"),
                    help="the site's mkdocs.yml (to measure another setting)")
    ap.add_argument("--json", help="also write the figures to this file")
    ap.add_argument("--keep", help="build in this (new) folder and keep it")
    a = ap.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-archive-") as tmp:
        root = Path(a.keep) if a.keep else Path(tmp)
        for n in a.articles:
            rows.append(run_size(n, root / str(n), a))
            print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    print(f"\n{time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f} at the end\n")
    print(table(rows))
    if a.json:
        Path(a.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
