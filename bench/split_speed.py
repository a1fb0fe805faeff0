#!/usr/bin/env python3
"""The splitter alone (P8): its speed in MB of issue text per second, and a check that a
change to it leaves its output byte for byte as it was.

Inputs: the five sample issues (automatic split, no sidecar: as the scorer runs them) and
synthetic issues made from their lines — `cat1` (all five concatenated), `cat4` (that four
times: every title and byline printed four times, so the repetition rules fire everywhere),
`shuffle2` (2 MB of 40-line chunks of the seeds in a random order) and, with --big,
`shuffle10` (10 MB of such chunks), `cat24` and `cat118` (the five 24 and 118 times: 10 and
50 MB) and `shuffle20` (20 MB of chunks on which the splitter used to re-cut one body forever). Each is split in this process, one after the other; the
table gives CPU seconds (the machine is shared) and the process's peak RSS so far.

    .venv/bin/python bench/split_speed.py                  # MB/s per input
    .venv/bin/python bench/split_speed.py --save DIR       # write every input's split JSON
    .venv/bin/python bench/split_speed.py --check DIR      # compare with what --save wrote
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qikan.model import IssueMeta, SplitResult  # noqa: E402
from qikan.archive import ROOT  # noqa: E402
from qikan.split.pipeline import split_source  # noqa: E402


def seed_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs_src").glob("*.txt"))}


def shuffled(texts: list[str], size: int, seed: int) -> str:
    """About `size` bytes of 40-line chunks of `texts`, drawn at random."""
    chunks = [lines[i:i + 40] for t in texts for lines in [t.split("\n")]
              for i in range(0, len(lines), 40)]
    rnd = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < size:
        c = rnd.choice(chunks)
        out.extend(c)
        n += sum(len(x.encode()) + 1 for x in c)
    return "\n".join(out)


def inputs(big: bool) -> dict[str, bytes]:
    seeds = seed_texts()
    allc = "\n".join(seeds.values())
    out = {k: v.encode() for k, v in seeds.items()}
    out["cat1"] = allc.encode()
    out["cat4"] = "\n".join([allc] * 4).encode()
    out["shuffle2"] = shuffled(list(seeds.values()), 2_000_000, 2).encode()
    if big:
        out["shuffle10"] = shuffled(list(seeds.values()), 10_000_000, 10).encode()
        out["cat24"] = "\n".join([allc] * 24).encode()
        out["cat118"] = "\n".join([allc] * 118).encode()
        out["shuffle20"] = shuffled(list(seeds.values()), 20_000_000, 20).encode()
    return out


def timed_split(name: str, data: bytes) -> tuple[SplitResult, float]:
    """The split (bytes → `SplitResult`, what `build` does per issue) and its CPU seconds
    (this process's own: the machine is shared, and wall time counts the others' work too)."""
    start = time.process_time()
    res = split_source(data, name + ".txt", IssueMeta(id=name.lower()))
    return res, time.process_time() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", help="write each input's split JSON into this folder")
    ap.add_argument("--check", help="compare each input's split JSON with this folder's")
    ap.add_argument("--big", action="store_true", help="also the 10 MB and 50 MB issues")
    ap.add_argument("--only", nargs="*", help="only these inputs")
    a = ap.parse_args()
    bad = 0
    total_mb = total_s = 0.0
    print(f"{'input':<18} {'MB':>7} {'CPU s':>8} {'MB/s':>6} {'articles':>8} {'peak RSS MB':>11}")
    for name, data in inputs(a.big).items():
        if a.only and name not in a.only:
            continue
        res, dt = timed_split(name, data)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # so far, in MB
        mb = len(data) / 1e6
        total_mb, total_s = total_mb + mb, total_s + dt
        print(f"{name:<18} {mb:7.2f} {dt:8.2f} {mb / dt:6.2f} {len(res.articles):>8} "
              f"{peak:11.0f}", flush=True)
        # the JSON as `split --json` prints it (not timed: the build never writes it)
        out = json.dumps(res.to_json(), ensure_ascii=False, indent=1)
        if a.save:
            Path(a.save).mkdir(parents=True, exist_ok=True)
            (Path(a.save) / f"{name}.json").write_text(out, encoding="utf-8")
        saved = Path(a.check or ".") / f"{name}.json"
        if a.check and not saved.exists():
            print(f"  (nothing saved for it in {a.check})", flush=True)
        elif a.check:
            if saved.read_text(encoding="utf-8") != out:
                bad += 1
                print(f"  DIFFERENT from {saved}", flush=True)
        del res, out    # so that the next input's peak RSS is its own
    print(f"{'all':<18} {total_mb:7.2f} {total_s:8.2f} {total_mb / total_s:6.2f}")
    if a.check:
        print("outputs identical" if not bad else f"{bad} outputs differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
