#!/usr/bin/env python3
"""What the zh-Hant edition (P5) and the offline zip (P6) add to a build.

Builds an archive (default: the sample in docs_src/) into a temporary folder and prints the
build's time, the time of the zh-Hant step within it, and the zip's size; then converts the
built site's pages again (best of --repeat), alone, so the step's own cost is seen apart from
the build's. Times are wall-clock: run it on an idle machine.

    .venv/bin/python bench/hant_zip.py [--src ARCHIVE] [--repeat 3]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qikan.site.hant import EDITION, write_hant_edition  # noqa: E402
from qikan.archive import ROOT  # noqa: E402
from qikan.build import build_site  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=str(ROOT / "docs_src"), help="archive folder to build")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-hant-") as tmp:
        t = Path(tmp)
        start = time.perf_counter()
        rep = build_site(Path(a.src), t / "site", work=t / "work", dist=t / "dist")
        total = time.perf_counter() - start
        with zipfile.ZipFile(rep.zip) as z:
            entries = len(z.namelist())
        pages = sum(1 for _ in (t / "site").rglob("*.html"))
        print(f"archive: {rep.issues} issues, {rep.articles} articles; site: {pages} HTML pages "
              f"(both editions), {sum(p.stat().st_size for p in (t / 'site').rglob('*') if p.is_file()) / 1e6:.1f} MB")
        print(f"build: {total:.1f} s, of which zh-Hant edition {rep.hant_seconds:.2f} s "
              f"({100 * rep.hant_seconds / total:.0f} %)")
        print(f"zip: {rep.zip.stat().st_size / 1e6:.2f} MB, {entries} entries")
        best, cpu = float("inf"), float("inf")
        for _ in range(a.repeat):
            shutil.rmtree(t / "site" / EDITION)
            c = time.process_time()
            best = min(best, write_hant_edition(t / "site").seconds)
            cpu = min(cpu, time.process_time() - c)
        print(f"zh-Hant conversion alone: best of {a.repeat} {best:.2f} s ({cpu:.2f} s CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
