#!/usr/bin/env python3
"""Search at scale without building the site again: the index of a kept archive made again
with this tree's code, timed, and measured in Chromium as bench/archive.py measures it.

Takes the folder of an archive bench/archive.py kept (`--keep DIR`: DIR/<articles>/ with src/,
work/cache/ and site/). Its site is copied as hard links into --out without its search
folders, with this tree's qikan-search.js; the index of the archive's first --issues issues
(default: all but the one bench/archive.py added last) is written there (timed, peak memory);
then the queries bench/archive.py draws (the same phrases, from the same issues) are measured
over http and from file:// — bytes per query by kind of file, time to the first results.
With --append, the next issue is then added to that index (search_append.py), timed, as in
an editor's republish.

    .venv/bin/python bench/search_rebuild.py /tmp/s6_100k/100000 --out /tmp/s6_site
        [--queries 10] [--issues N] [--append] [--json FILE]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

from qikan.archive import ROOT, light_splits  # noqa: E402
from qikan.site.hant import configured_profile  # noqa: E402
from qikan.site.search import plain_text, write_search_index  # noqa: E402
from search import phrases  # noqa: E402

JS = "assets/javascripts/qikan-search.js"


class Lazy(dict):
    """Article path → its title and text, read from the split cache when first asked."""

    def __init__(self, results, store):
        super().__init__()
        self.where = {f"issues/{r.issue.id}/{a.order:03d}.html": (r, k)
                      for r in results for k, a in enumerate(r.articles)}
        self.store = store

    def get(self, path, default=""):
        if path not in self.where:
            return default
        r, k = self.where[path]
        a = self.store.whole(r).articles[k]
        return (a.title or "") + "\n" + plain_text(a.body)


def site_copy(site: Path, out: Path) -> None:
    """`site` as hard links in `out`, without its search index, with this tree's script."""
    if out.exists():
        shutil.rmtree(out)
    subprocess.run(["cp", "-al", str(site), str(out)], check=True)
    for folder in (out / "search", out / "zh-Hant" / "search"):
        shutil.rmtree(folder, ignore_errors=True)
    (out / JS).unlink()
    shutil.copyfile(ROOT / "theme_overrides" / JS, out / JS)


def du_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kept", type=Path, help="an archive bench/archive.py kept: DIR/<articles>")
    ap.add_argument("--out", type=Path, required=True, help="the site copy to write into")
    ap.add_argument("--queries", type=int, default=10)
    ap.add_argument("--issues", type=int, help="the archive's first N issues (default: all "
                    "but the last, which bench/archive.py added after measuring)")
    ap.add_argument("--append", action="store_true", help="then add the next issue, timed")
    ap.add_argument("--site", type=Path, help="take the pages from this built site (default: "
                    "the kept one's): the search reads only its own files and one page")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--json")
    a = ap.parse_args()
    from archive import search_figures_of

    results, _, store = light_splits(a.kept / "src", a.kept / "work" / "cache")
    n = a.issues or len(results) - 1
    profile = configured_profile(ROOT / "mkdocs.yml")
    site_copy(a.site or a.kept / "site", a.out)
    row: dict = {"issues": n, "articles": sum(len(r.articles) for r in results[:n]),
                 "load_before": os.getloadavg()[0]}
    start, cpu = time.perf_counter(), time.process_time()
    report = write_search_index(results[:n], a.out, profile, "bench", None, None, store.whole,
                                store.keys())
    row["index"] = {"wall_s": time.perf_counter() - start, "cpu_s": time.process_time() - cpu,
                    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                    "segments": report.segments, "shards": report.shards,
                    "mb": du_mb(a.out / "search") + du_mb(a.out / "zh-Hant" / "search"),
                    "files": sum(1 for _ in (a.out / "search").rglob("*.js"))}
    print(json.dumps(row, ensure_ascii=False), flush=True)
    if not a.no_browser:
        row["search"] = search_figures_of(phrases(results[:n], a.queries,
                                                  article=lambda r, k: store.whole(r).articles[k]),
                                          Lazy(results[:n], store), a.out, True)
        for mode, r in row["search"].items():
            print(mode, {k: v for k, v in r.items() if k != "rows"}, flush=True)
            for q in r["rows"]:
                print(f"  {q['query']}\t{q['kb']:.0f} KB\t{q['ms']} ms\t"
                      + " ".join(f"{k} {v:.0f}" for k, v in sorted(q["kb_by_kind"].items())),
                      flush=True)
    if a.append and n < len(results):
        added = a.out.parent / (a.out.name + "-added")
        shutil.rmtree(added, ignore_errors=True)
        added.mkdir()
        start = time.perf_counter()
        again = write_search_index(results[:n + 1], added, profile, "bench", report.state,
                                   a.out, store.whole, store.keys())
        row["append"] = {"wall_s": time.perf_counter() - start, "added_to": again.added_to,
                         "articles": len(results[n].articles)}
        print(json.dumps(row["append"]), flush=True)
    row["load_after"] = os.getloadavg()[0]
    if a.json:
        Path(a.json).write_text(json.dumps(row, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
