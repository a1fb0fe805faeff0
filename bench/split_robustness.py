#!/usr/bin/env python3
"""Split robustness (P10): the samples as they may arrive — in Traditional characters (OpenCC
s2twp, Taiwan characters and words), double-spaced (a blank line after every line), with no
blank line at all, re-encoded as GB18030 with CRLF line ends, with Kangxi radicals standing
for common characters — split and scored with the shared scorer's `score_file` against the
gold moved along (line numbers remapped, titles and names converted for the Traditional form).

    .venv/bin/python bench/split_robustness.py
"""
from __future__ import annotations

import bisect
import copy
import sys
from pathlib import Path

import opencc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from split_quality import load_scorer, sample_cases, split_json  # noqa: E402

S2TWP = opencc.OpenCC("s2twp")
TEXT_FIELDS = ("title", "subtitle", "role", "unit", "writer", "section", "body_head", "body_tail")
# the Kangxi radicals of common characters, as some PDF fonts give them
RADICALS = str.maketrans("人一日工力大", "⼈⼀⽇⼯⼒⼤")


def traditional(text: str, gold: dict) -> tuple[bytes, dict]:
    g = copy.deepcopy(gold)
    for a in g["articles"]:
        for k in TEXT_FIELDS:
            if a.get(k):
                a[k] = S2TWP.convert(a[k])
        a["authors"] = [S2TWP.convert(x) for x in a.get("authors") or []]
    return S2TWP.convert(text).encode(), g


def double_spaced(text: str, gold: dict) -> tuple[bytes, dict]:
    return "\n\n".join(text.split("\n")).encode(), _moved(gold, lambda n: 2 * n - 1)


def no_blank_lines(text: str, gold: dict) -> tuple[bytes, dict]:
    lines = text.split("\n")
    keep = [i + 1 for i, l in enumerate(lines) if l.strip()]
    return "\n".join(lines[i - 1] for i in keep).encode(), \
        _moved(gold, lambda n: bisect.bisect_left(keep, n) + 1)


def gb18030_crlf(text: str, gold: dict) -> tuple[bytes, dict]:
    return text.replace("\n", "\r\n").encode("gb18030"), gold


def radicals(text: str, gold: dict) -> tuple[bytes, dict]:
    # in the middle of lines only: the scorer reads body_head/tail as Han characters
    lines = [l[:3] + l[3:-3].translate(RADICALS) + l[-3:] if len(l) > 12 else l
             for l in text.split("\n")]
    return "\n".join(lines).encode(), gold


def _moved(gold: dict, to) -> dict:
    g = copy.deepcopy(gold)
    for a in g["articles"]:
        for k in ("title_line", "start_line", "end_line"):
            if a.get(k):
                a[k] = to(a[k])
    return g


FORMS = {"as given": lambda t, g: (t.encode(), g), "traditional (s2twp)": traditional,
         "double-spaced": double_spaced, "no blank lines": no_blank_lines,
         "GB18030 + CRLF": gb18030_crlf, "Kangxi radicals": radicals}


def main() -> int:
    score_file = load_scorer()
    cases = sample_cases()
    print(f"{'form':<22} {'F1':>6} {'meta':>6} {'conserve':>9}")
    for name, form in FORMS.items():
        f1 = meta = cons = 0.0
        for _, _, src, gold in cases:
            data, g = form(src.read_text("utf-8"), gold)
            path = Path("/tmp") / src.name
            r = score_file(g, split_json(data, str(path)), data.decode(
                "gb18030" if name.startswith("GB") else "utf-8"))
            f1 += r["f1"]
            meta += sum(r["meta"].values()) / 4 * r["recall"]
            cons += r["conserve"]
        n = len(cases)
        print(f"{name:<22} {f1 / n:>6.3f} {meta / n:>6.3f} {cons / n:>9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
