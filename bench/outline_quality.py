#!/usr/bin/env python3
"""Outline quality (P15): the share of an article's numbered subheads that its page shows as
headings, on the samples and the P10 corpora (tune, heldout, wild).

A subhead is counted from the source, not from the splitter: a line inside a gold article's
span (start_line..end_line) that opens with the first two rungs of the ladder of Chinese
official prose, "一、" … "十、" or "（一）" … "（十）" — whether the head stands alone or runs into
its paragraph ("（一）统筹整合资源。一是…"). It is found when the article the splitter gave for
that gold item (the one whose body holds the gold's body_head and body_tail) has a Markdown
heading (`## `, `### `) holding the head's first six Chinese characters after its mark.

    .venv/bin/python bench/outline_quality.py
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from split_quality import corpus_cases, decode, han, sample_cases, split_json, wild_cases  # noqa: E402

# "一、当前农村…", "（二）选优配强…": the outline's two rungs at a line's start
HEAD = re.compile(r"^\s*([一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)])\s*(.*)$")
HEADING = re.compile(r"^#{2,3} (.*)$", re.M)


def heads_found(gold: dict, pred: dict, lines: list[str]) -> tuple[int, int]:
    """(subheads in the gold articles' spans, those shown as headings)."""
    bodies = [(han(a.get("body", "")), [han(h) for h in HEADING.findall(a.get("body", ""))])
              for a in pred.get("articles", [])]
    total = found = 0
    for g in gold["articles"]:
        if not (g.get("start_line") and g.get("end_line") and g.get("body_head")):
            continue
        heads = []
        for line in lines[g["start_line"] - 1:g["end_line"]]:
            m = HEAD.match(line)
            if m and len(han(m.group(2))) >= 6:
                heads.append(han(m.group(2))[:6])
        if not heads:
            continue
        total += len(heads)
        mine = next((hs for b, hs in bodies if g["body_head"] in b and g["body_tail"] in b), [])
        found += sum(any(h in x for x in mine) for h in heads)
    return total, found


def main() -> int:
    parts = {"samples": sample_cases(), "tune": corpus_cases("tune"),
             "heldout": corpus_cases("heldout"), "wild": wild_cases()}
    print(f"{'part':<10} {'subheads':>9} {'headings':>9} {'share':>7}")
    for part, cases in parts.items():
        total = found = 0
        for _, _, src, gold in cases:
            raw = src.read_bytes()
            lines = decode(raw).replace("\r\n", "\n").replace("\r", "\n").split("\n")
            t, f = heads_found(gold, split_json(raw, str(src)), lines)
            total, found = total + t, found + f
        share = f"{found / total:.0%}" if total else "—"
        print(f"{part:<10} {total:>9} {found:>9} {share:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
