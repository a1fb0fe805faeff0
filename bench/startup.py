#!/usr/bin/env python3
"""Start-up (P14): the wall time of the quick commands, as an editor runs them — a new Python
process each time, imports included.

Commands: `--help`, `split` of the smallest and the largest sample issue (`--json`), `split
--yaml` of the smallest, `check` of the smallest, all through `python build_site.py`; then
`--help` and `split` of the smallest through the `qikan` command beside the interpreter
(`.venv/bin/qikan`, which `make site` installs), as an editor types them, with P16's targets
(--help ≤ 0.3 s, split of a small issue ≤ 0.6 s). Each runs `--runs` times (5 by default) in
turn; the table gives the median and the fastest wall second (the machine is shared: the
fastest is the least disturbed). `--root` measures another checkout of the project (e.g. an
older commit unpacked with `git archive`), with the same interpreter.

    .venv/bin/python bench/startup.py
    .venv/bin/python bench/startup.py --root /tmp/old-checkout --runs 3
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QIKAN = Path(sys.executable).parent / "qikan"  # the console script `make site` installs
# P16: the wall seconds an editor should wait at most
TARGETS = {"qikan --help": 0.3, "qikan split": 0.6}


def commands(root: Path) -> dict[str, list[str]]:
    """Name → the command line, interpreter or script first."""
    issues = sorted((root / "docs_src").glob("*.txt"), key=lambda p: p.stat().st_size)
    small, large = str(issues[0]), str(issues[-1])
    py = [sys.executable, str(root / "build_site.py")]
    cmds = {
        "--help": [*py, "--help"],
        f"split {Path(small).name} --json": [*py, "split", small, "--json"],
        f"split {Path(large).name} --json": [*py, "split", large, "--json"],
        f"split {Path(small).name} --yaml": [*py, "split", small, "--yaml"],
        f"check {Path(small).stem}": [*py, "check", small],
    }
    if QIKAN.exists():
        cmds["qikan --help"] = [str(QIKAN), "--help"]
        cmds[f"qikan split {Path(small).name} --json"] = [str(QIKAN), "split", small, "--json"]
    else:
        print(f"({QIKAN} not found: `make site` installs it; its rows are left out)")
    return cmds


def target(name: str) -> float | None:
    return next((t for k, t in TARGETS.items() if name.startswith(k)), None)


def wall(root: Path, argv: list[str]) -> float:
    start = time.perf_counter()
    r = subprocess.run(argv, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    took = time.perf_counter() - start
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(argv)}: exit {r.returncode}: {r.stderr.decode()[-500:]}")
    return took


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=str(ROOT), help="the checkout to measure (default: this one)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", help="also write the figures to this file")
    a = ap.parse_args()
    root = Path(a.root).resolve()
    cmds = commands(root)
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(a.runs):  # in turn, so a burst of load on the machine spreads over all
        for name, argv in cmds.items():
            times[name].append(wall(root, argv))
    print(f"{'command':40} {'median s':>9} {'fastest s':>10} {'target s':>9}   "
          f"({a.runs} runs, {root}, {sys.executable})")
    rows = {}
    for name, ts in times.items():
        rows[name] = {"median_s": statistics.median(ts), "min_s": min(ts)}
        goal = target(name)
        if goal is not None:
            rows[name]["target_s"] = goal
        mark = "" if goal is None else f"{goal:9.2f} {'ok' if rows[name]['median_s'] <= goal else 'OVER'}"
        print(f"{name:40} {rows[name]['median_s']:9.2f} {rows[name]['min_s']:10.2f} {mark}")
    if a.json:
        Path(a.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
