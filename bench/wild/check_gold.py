#!/usr/bin/env python3
"""Self-consistency of the wild corpus: every gold entry points at what it says in its own source.

Takes bench/wild/gold/*.yml and bench/wild/src/*; gives a list of problems per file (empty when the
gold is consistent). Written for this corpus alone, independently of bench/devset/goldcheck.py.

Conventions it checks (see README.md): a line is what ends in "\\n" (CRLF counts once, a bare CR
ends a line too; a form feed does not start a line); Han characters are compared after NFKC, so a
Kangxi radical such as ⽇ (U+2F47) in the source counts as the ordinary 日 of the gold.

    python bench/wild/check_gold.py                   # prints problems, exit 1 if any
    python bench/wild/check_gold.py bench/wildtune    # another corpus written the same way
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
# "other": kinds of source nobody described (briefings, lecture collections …), in bench/wildtune
LAYOUTS = ("school", "province", "page", "city", "web", "cnki", "daily", "wechat", "citymag", "orgsite", "other")
KINDS = {"article", "brief", "filler", "editor_note", "fragment"}
FIELDS = ("title", "subtitle", "authors", "role", "unit", "writer", "section", "kind", "title_line",
          "start_line", "end_line", "body_head", "body_tail", "notes")
# the scorer's notion of a Han character
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
# "layout: cnki." at the start of issue.notes
LAYOUT_KEY = re.compile(r"\blayout:\s*([a-z]+)")


def han(s: str | None) -> str:
    return "".join(HAN.findall(unicodedata.normalize("NFKC", s or "")))


def decode(raw: bytes) -> str:
    """The text of a source as its bytes say: UTF-16 by its mark, UTF-8 (with or without a mark),
    else GB18030 (which also reads GBK) unless the bytes read as Big5 with more of the commonest
    characters (Big5 bytes decode as GB18030 without error, into rare characters). The shared
    scorer's reading, written here again on purpose: this checker was written without reading the
    devset's (README)."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    gb = raw.decode("gb18030")
    try:
        big5 = raw.decode("big5")
    except UnicodeDecodeError:
        return gb
    return big5 if _common(big5) > _common(gb) else gb


# characters frequent in any Chinese text, Simplified or Traditional
COMMON = set("的一是在不了有和人中大上以要工作為为會会個个黨党們们這这")


def _common(text: str) -> int:
    return sum(ch in COMMON for ch in text)


def source_lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # a bare CR ends a line too
    lines = text.split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def layout_of(gold: dict) -> str | None:
    m = LAYOUT_KEY.search((gold.get("issue") or {}).get("notes") or "")
    return m.group(1) if m else None


def _title_on(line: str, *names: str | None) -> bool:
    """The line shows (the start of) one of the names: a whole title, the first line of a wrapped
    title, or the first character of a vertical one."""
    got = han(line)
    return bool(got) and any(n and (han(n) in got or han(n).startswith(got)) for n in names)


def _in_reading_order(v: str, span: list[str], most: int = 12) -> bool:
    """v is in the span's Han text, or in it once one run of at most `most` lines is left out
    (a floating title block, place label or running head inside the sentence)."""
    if v in han("".join(span)):
        return True
    return any(v in han("".join(span[:i] + span[i + k:]))
               for i in range(1, len(span)) for k in range(1, most + 1))


def problems(gold: dict, text: str) -> list[str]:
    out: list[str] = []
    lines = source_lines(text)
    n = len(lines)
    whole = han("".join(lines))
    if layout_of(gold) not in LAYOUTS:
        out.append(f"issue.notes: no 'layout: X' with X one of {LAYOUTS}")
    if (gold.get("issue") or {}).get("kind") not in ("magazine", "newspaper", "webpage"):
        out.append("issue.kind not magazine/newspaper/webpage")
    prev_start = 0
    for k, a in enumerate(gold.get("articles") or [], 1):
        tag = f"#{k} {(a.get('title') or a.get('body_head') or '')[:12]}"
        if set(a) != set(FIELDS):
            out.append(f"{tag}: fields {sorted(set(a) ^ set(FIELDS))} missing or extra")
            continue
        if a["kind"] not in KINDS:
            out.append(f"{tag}: kind {a['kind']!r}")
        if not isinstance(a["authors"], list) or any(" " in x or not han(x) for x in a["authors"]):
            out.append(f"{tag}: authors must be a list of clean names")
        s, e, t = a["start_line"], a["end_line"], a["title_line"]
        if not (isinstance(s, int) and isinstance(e, int) and 1 <= s <= e <= n):
            out.append(f"{tag}: start_line/end_line {s}-{e} outside 1-{n}")
            continue
        if s < prev_start:
            out.append(f"{tag}: starts at {s}, before the previous item ({prev_start})")
        prev_start = s
        if not lines[s - 1].strip():
            out.append(f"{tag}: start_line {s} is blank")
        if (a["title"] is None) != (t is None):
            out.append(f"{tag}: title and title_line must be both set or both null")
        elif t is not None and not (1 <= t <= n and _title_on(lines[t - 1], a["title"], a["subtitle"])):
            out.append(f"{tag}: title_line {t} does not show the title: {lines[t - 1][:30] if 1 <= t <= n else ''!r}")
        span = han("".join(lines[s - 1:e]))
        for key in ("body_head", "body_tail"):
            v = a[key]
            if v != han(v) or not 0 < len(v) <= 15:
                out.append(f"{tag}: {key} {v!r} is not 1-15 Han characters")
            elif not _in_reading_order(v, lines[s - 1:e]):
                out.append(f"{tag}: {key} {v!r} not in lines {s}-{e}")
            elif whole.count(v) > 1:
                out.append(f"{tag}: {key} {v!r} occurs {whole.count(v)} times in the file")
        scrambled = "reading order" in (a["notes"] or "")
        if not scrambled:
            if not _in_reading_order(a["body_head"], lines[s - 1:min(e, s + 3)], 2):
                out.append(f"{tag}: body_head does not begin within a few lines of start_line {s}")
            if not _in_reading_order(a["body_tail"], lines[max(s, e - 25) - 1:e]):
                out.append(f"{tag}: body_tail is not near end_line {e}")
            if a["body_head"] in span and a["body_tail"] in span and span.find(a["body_head"]) > span.find(a["body_tail"]):
                out.append(f"{tag}: body_head after body_tail")
        if len(a["body_head"]) < 15 and len(span) > 15 and not scrambled:
            out.append(f"{tag}: body_head shorter than 15 in a longer body")
    return out


def corpus(root: Path = HERE) -> list[tuple[Path, Path, dict]]:
    """(gold path, source path, gold) for every gold file."""
    out = []
    for g in sorted((root / "gold").glob("*.yml")):
        gold = yaml.safe_load(g.read_text("utf-8"))
        out.append((g, root / "src" / gold["source"], gold))
    return out


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    bad = 0
    items = 0
    cases = corpus(root)
    srcs = {p.name for p in (root / "src").iterdir()}
    for g, src, gold in cases:
        ps = problems(gold, decode(src.read_bytes())) if src.exists() else [f"missing source {src.name}"]
        items += len(gold["articles"])
        print(f"{g.stem}: {layout_of(gold)} {len(gold['articles'])} items " + ("ok" if not ps else f"{len(ps)} problems"))
        for p in ps:
            print("   ", p)
        bad += bool(ps)
    orphans = srcs - {c[2]["source"] for c in cases}
    for o in sorted(orphans):
        print(f"src/{o}: no gold")
    print(f"{len(cases)} files, {items} items, {bad} with problems")
    return 1 if bad or orphans else 0


if __name__ == "__main__":
    sys.exit(main())
