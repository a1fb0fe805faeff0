#!/usr/bin/env python3
"""Further issues of the development corpus, to tune on: typeset.set_issue(layout, k, pool) for
k in a range past the committed corpus (k ≥ 6), written as DIR/extra/{src,gold}/ for
`bench/split_quality.py --part extra --extra DIR`.

Hand-typed text does not look like a PDF's: `--typed` sets every body paragraph with two
full-width spaces before it (as people type, where the typesetter's magazine layouts indent
nothing), `--oneline` moreover sets each paragraph on one line. The gold is the typesetter's as
ever (it records texts, not line numbers the variants change).

    .venv/bin/python bench/devset/extra.py /tmp/extra 6 30
    .venv/bin/python bench/devset/extra.py /tmp/typed 6 18 --typed
    .venv/bin/python bench/devset/extra.py /tmp/oneline 6 18 --oneline
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import typeset  # noqa: E402


def typed_setter(oneline: bool) -> type[typeset.Setter]:
    """A Setter whose bodies are indented by two full-width spaces (and one paragraph a line)."""
    class Typed(typeset.Setter):
        def put_body(self, sh, item, paras, fmt, inserts=None, lead=""):
            fmt = dataclasses.replace(fmt, indent="　　", **({"width": None} if oneline else {}))
            return super().put_body(sh, item, paras, fmt, inserts, lead)
    return Typed


def write_extra(out: Path, first: int, last: int, typed: bool = False, oneline: bool = False) -> int:
    """Issues k = first … last − 1 of every layout into out/extra/{src,gold}; how many."""
    pool = (typeset.HERE / "sentences.txt").read_text("utf-8").split("\n")[:-1]
    for sub in ("src", "gold"):
        (out / "extra" / sub).mkdir(parents=True, exist_ok=True)
    plain = typeset.Setter
    if typed or oneline:
        typeset.Setter = typed_setter(oneline)
    try:
        n = 0
        for layout in typeset.LAYOUTS:
            for k in range(first, last):
                stem, data, gold = typeset.set_issue(layout, k, pool)
                (out / "extra" / "src" / f"{stem}.txt").write_bytes(data)
                (out / "extra" / "gold" / f"{stem}.yml").write_text(
                    yaml.safe_dump(gold, allow_unicode=True, sort_keys=False, width=1000), "utf-8")
                n += 1
        return n
    finally:
        typeset.Setter = plain


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("first", type=int)
    ap.add_argument("last", type=int)
    ap.add_argument("--typed", action="store_true", help="bodies indented by two full-width spaces")
    ap.add_argument("--oneline", action="store_true", help="…and one paragraph a line")
    a = ap.parse_args()
    if a.first < typeset.ISSUES_PER_LAYOUT:
        sys.exit(f"extra.py: k from {typeset.ISSUES_PER_LAYOUT} on (the committed corpus holds the first ones)")
    n = write_extra(a.dir, a.first, a.last, a.typed, a.oneline)
    print(f"{n} issues → {a.dir / 'extra'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
