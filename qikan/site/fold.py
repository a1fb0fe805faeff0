"""Folding: Simplified and Traditional characters → one class each, for the search index.

Takes the (Simplified, Traditional) character pairs of the archive's texts and their OpenCC
conversions; gives the table that folds every Han character to the Simplified representative
of its class (`fold_table`), which the index is built with and the browser folds queries with
(search/fold.js). search.py says why; by hand because OpenCC converts text, while the index
needs one character for one, both ways, under every profile.
"""
from __future__ import annotations

import numpy as np
import opencc

from .postings import HAN_RANGES, batches, han_mask

FOLD_PROFILES = ("t2s", "tw2s", "hk2s", "s2t", "s2tw", "s2hk")


def is_han(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in HAN_RANGES)


def fold_table(pairs: set[tuple[str, str]] = frozenset()) -> dict[str, str]:
    """Han character → the Simplified representative of its class, for characters that change.

    Classes join each character with its single-character OpenCC conversions under every
    profile, and the (Simplified, Traditional) character `pairs` of the archive's texts and
    their conversions (`aligned_pairs`), so that folding a text and folding its OpenCC
    conversion give the same string."""
    chars = [chr(c) for lo, hi in HAN_RANGES for c in range(lo, hi + 1)]
    parent: dict[str, str] = {}

    def find(c: str) -> str:
        while parent.get(c, c) != c:
            parent[c] = parent.get(parent[c], parent[c])
            c = parent[c]
        return c

    def union(a: str, b: str) -> None:
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    joined = "\n".join(chars)
    simplified = opencc.OpenCC("t2s").convert(joined).split("\n")
    to_simp = dict(zip(chars, simplified))
    for profile in FOLD_PROFILES:
        for a, b in zip(chars, opencc.OpenCC(profile).convert(joined).split("\n")):
            if a != b and len(b) == 1 and is_han(ord(b)):
                union(a, b)
    for a, b in sorted(pairs):
        union(a, b)
    classes: dict[str, list[str]] = {}
    for c in parent:
        classes.setdefault(find(c), []).append(c)
    table = {}
    for members in classes.values():
        votes = [to_simp.get(c, c) for c in members]
        rep = max(sorted(set(votes) & set(members)) or sorted(members), key=votes.count)
        table.update({c: rep for c in members if c != rep})
    return table


def aligned_pairs(aligned: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The distinct (Simplified, Traditional) Han character pairs that differ at the same
    offset of equally long texts."""
    out: set[tuple[str, str]] = set()
    for first, batch in batches([s for s, _ in aligned]):  # a batch of texts at a time
        part = aligned[first:first + len(batch)]
        simp = np.frombuffer("".join(s for s, _ in part).encode("utf-32-le"), np.uint32)
        trad = np.frombuffer("".join(t for _, t in part).encode("utf-32-le"), np.uint32)
        diff = (simp != trad) & han_mask(simp) & han_mask(trad)
        pairs = _distinct((simp[diff].astype(np.int64) << 32) | trad[diff])
        out |= {(chr(p >> 32), chr(p & 0xFFFFFFFF)) for p in pairs.tolist()}
    return out


def _distinct(a: np.ndarray) -> np.ndarray:
    """Sorted distinct values (np.unique hashes first, which is slower here)."""
    a = np.sort(a)
    return a[np.r_[True, a[1:] != a[:-1]]] if len(a) else a
