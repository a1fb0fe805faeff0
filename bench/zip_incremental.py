#!/usr/bin/env python3
"""The offline zip written fresh vs from the last published one (P11), on a built site.

Takes a built site (e.g. `bench/archive.py --keep DIR --articles 4000 --no-browser
--no-material` leaves one in DIR/4000/site) and, in a temporary folder:
1. writes its zip fresh, with its manifest — what the last build published;
2. makes the next site: a copy (hard links) with --changed % of the zip's files, drawn at
   random, rewritten (a comment appended) — or takes --next, the same archive built again
   with an issue more — and renames the folder, as adding an issue does;
3. writes the next site's zip from the last one (incremental) and fresh, best of --repeat
   each, wall-clock and CPU seconds, and checks the two are the same bytes; says how many files
   the incremental write read (the others it knew by their stat keys: hard links, as
   `link_unchanged` makes them — a --next site built in a folder of its own has none).
Wall-clock figures depend on what else runs on the machine: say so with them.

    .venv/bin/python bench/zip_incremental.py SITE [--changed 1 | --next SITE2] [--repeat 2]
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qikan.site import bundle  # noqa: E402
from qikan.site.bundle import (ZIP_MANIFEST, ZIP_NAME, publish_zip, write_zip,  # noqa: E402
                               zip_entries)

NAME = "期刊文库"


def timed(write) -> tuple[float, float, Path]:
    """Wall and CPU seconds of `write()`, and the file it wrote."""
    wall, cpu = time.perf_counter(), time.process_time()
    out = write()
    return time.perf_counter() - wall, time.process_time() - cpu, out


def best(write, repeat: int) -> tuple[float, float, bytes]:
    runs = []
    for _ in range(repeat):
        wall, cpu, out = timed(write)
        runs.append((wall, cpu, out.read_bytes()))
        out.unlink()
    assert len({r[2] for r in runs}) == 1, "a write gave other bytes the second time"
    return min(r[0] for r in runs), min(r[1] for r in runs), runs[0][2]


def changed_copy(site: Path, entries: list[str], nxt: Path, percent: float) -> Path:
    """A copy of `site` in `nxt` with `percent` % of its zip's files changed."""
    shutil.copytree(site, nxt, copy_function=os.link)
    for rel in random.Random(7).sample(entries, round(len(entries) * percent / 100)):
        data = (nxt / rel).read_bytes() + b"\n<!-- changed -->\n"
        (nxt / rel).unlink()  # a new file, not the hard-linked original
        (nxt / rel).write_bytes(data)
    return nxt


def new_files(site: Path, nxt: Path) -> list[str]:
    """The zip entries of `nxt` that are not in `site`'s zip with the same bytes."""
    return [rel for rel in zip_entries(nxt)
            if not (site / rel).is_file() or (site / rel).read_bytes() != (nxt / rel).read_bytes()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site", help="a built site folder")
    ap.add_argument("--changed", type=float, default=1.0, help="%% of the zip's files changed")
    ap.add_argument("--next", help="the next build's site folder (instead of --changed)")
    ap.add_argument("--repeat", type=int, default=2)
    a = ap.parse_args()
    site = Path(a.site)
    with tempfile.TemporaryDirectory(prefix="bench-zip-") as tmp:
        t = Path(tmp)
        dist, manifest = t / "dist", t / "work" / ZIP_MANIFEST
        wall, cpu, first = timed(lambda: write_zip(site, dist / ZIP_NAME, NAME, "qikan-old/",
                                                   manifest=manifest))
        last = publish_zip(first, dist / ZIP_NAME)
        entries = zip_entries(site)
        size = sum((site / rel).stat().st_size for rel in entries)
        print(f"site: {len(entries)} files in the zip, {size / 1e6:.1f} MB; zip "
              f"{last.stat().st_size / 1e6:.1f} MB; first write {wall:.2f} s ({cpu:.2f} s CPU)")

        nxt = Path(a.next) if a.next else changed_copy(site, entries, t / "next", a.changed)
        saved = manifest.read_bytes()

        read: list[str] = []
        real_read = bundle._read

        def counted_read(folder: Path, rel: str) -> bytes:
            read.append(rel)
            return real_read(folder, rel)

        def incremental() -> Path:
            manifest.write_bytes(saved)  # each run starts from the last build's manifest
            read.clear()
            bundle._read = counted_read
            try:
                return write_zip(nxt, dist / ZIP_NAME, NAME, "qikan-new/", last, manifest)
            finally:
                bundle._read = real_read

        inc_wall, inc_cpu, inc = best(incremental, a.repeat)
        fresh_wall, fresh_cpu, fresh = best(
            lambda: write_zip(nxt, dist / ZIP_NAME, NAME, "qikan-new/"), a.repeat)
        new = new_files(site, nxt)
        print(f"next site: {len(new)} files new or changed ({100 * len(new) / len(entries):.1f} %, "
              f"{sum((nxt / rel).stat().st_size for rel in new) / 1e6:.1f} MB), "
              f"{len(set(entries) - set(zip_entries(nxt)))} gone, folder renamed")
        print(f"fresh write:       {fresh_wall:6.2f} s ({fresh_cpu:.2f} s CPU)")
        print(f"incremental write: {inc_wall:6.2f} s ({inc_cpu:.2f} s CPU), "
              f"{fresh_wall / inc_wall:.1f}× faster; same bytes: {inc == fresh}; "
              f"files read: {len(read)}")
        print(f"manifest: {manifest.stat().st_size / 1e3:.0f} KB; best of {a.repeat}, "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
        return 0 if inc == fresh else 1


if __name__ == "__main__":
    sys.exit(main())
