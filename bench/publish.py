#!/usr/bin/env python3
"""What the split cache, the two split processes and the feeds cost or save (P7).

Makes an archive of about 1,000 articles from the sample (each issue nine times over under new
ids, the section labels renamed per copy so that there are ~90 sections, as an archive of many
publications has), then measures, wall-clock and CPU:

1. the split stage alone, in one process and in two (`--auto`: without the sidecars'
   `articles:`, i.e. the automatic splitter, as for a new issue);
2. a full build with an empty cache, then the rebuild after adding one issue (cache warm),
   and the same rebuild with no cache;
3. the same warm rebuild without the `rss` plugin entry: what the ~90 feed instances cost.

    .venv/bin/python bench/publish.py [--copies 9] [--auto] [--repeat 3]

Run it on an idle machine: on a shared one the times are upper bounds.
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qikan.archive import ROOT, archive_splits  # noqa: E402
from qikan.build import build_site  # noqa: E402

SECTION_GROUPS = 4  # copies share section names in four groups: 23 labels × 4 ≈ 90 sections


def make_archive(dest: Path, copies: int, auto: bool) -> None:
    dest.mkdir(parents=True)
    for txt in sorted((ROOT / "docs_src").glob("*.txt")):
        side = txt.with_suffix(".yml").read_text(encoding="utf-8")
        if auto:  # the automatic split: drop the editor's `articles:`
            side = side.split("\narticles:")[0] + "\n"
        for k in range(copies):
            ident = f"{txt.stem}-c{k}"
            text = re.sub(r"^id: .*$", f"id: {ident}", side, flags=re.M)
            text = re.sub(r"^(\s+section: )(?!null)(.+)$", rf"\g<1>\g<2>（{k % SECTION_GROUPS}）",
                          text, flags=re.M)
            (dest / f"{ident}.yml").write_text(text, encoding="utf-8")
            shutil.copy(txt, dest / f"{ident}.txt")


def timed(fn):
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - w, time.process_time() - c


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=9)
    ap.add_argument("--auto", action="store_true", help="automatic split (no sidecar articles)")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-publish-") as tmp:
        t = Path(tmp)
        src = t / "docs_src"
        make_archive(src, a.copies, a.auto)
        best = {}
        for _ in range(a.repeat):  # alternating, so that a burst of load hits both alike
            for workers in (1, 2):
                (res, n), wall, cpu = timed(lambda: archive_splits(src, None, workers))
                best[workers] = min(best.get(workers, (wall, cpu)), (wall, cpu))
        for workers, (wall, cpu) in best.items():
            print(f"split {n} issues, {sum(len(r.articles) for r in res)} articles, {workers} "
                  f"process(es): best of {a.repeat} {wall:.1f} s wall ({cpu:.1f} s CPU in the "
                  "parent)")
        rep, wall, _ = timed(lambda: build_site(src, t / "site", work=t / "work", dist=t / "dist"))
        print(f"full build, empty cache: {wall:.1f} s ({rep.issues} issues, {rep.articles} "
              f"articles, {rep.feeds} feeds, {rep.split} split)")
        new = sorted((ROOT / "docs_src").glob("*.txt"))[-1]
        shutil.copy(new, src / "2099-01-new.txt")
        rep, wall, _ = timed(lambda: build_site(src, t / "site", work=t / "work", dist=t / "dist"))
        print(f"rebuild after adding one issue, cache warm: {wall:.1f} s ({rep.split} split, "
              f"{rep.issues - rep.split} from the cache)")
        rep, wall, _ = timed(lambda: build_site(src, t / "site", work=t / "cold", dist=t / "dist"))
        print(f"the same rebuild, no cache: {wall:.1f} s ({rep.split} split)")
        conf = t / "nofeeds" / "mkdocs.yml"
        conf.parent.mkdir()
        shutil.copytree(ROOT / "theme_overrides", conf.parent / "theme_overrides")
        text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
        conf.write_text(re.sub(r"^plugins:\n(  .*\n)+", "plugins: []\n", text, flags=re.M),
                        encoding="utf-8")
        best = {}
        for _ in range(a.repeat):
            for label, config in (("with feeds", ROOT / "mkdocs.yml"), ("no feeds", conf)):
                rep, wall, _ = timed(lambda: build_site(src, t / "site", config, t / "work",
                                                        t / "dist"))
                best[label] = min(best.get(label, (wall, rep.feeds)), (wall, rep.feeds))
        for label, (wall, feeds) in best.items():
            print(f"warm rebuild, {label}: best of {a.repeat} {wall:.1f} s ({feeds} feeds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
