"""Checks a gold file against its source: takes the gold dict and the decoded source text,
gives the list of problems (empty when every entry points at what it says).

Used by tests/test_devset.py for the whole corpus and usable on any gold (the shared samples
too). Lines are numbered as the splitter numbers them: CRLF/CR become LF, then split on LF.
"""
from __future__ import annotations

import re

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
KINDS = {"article", "brief", "filler", "editor_note", "fragment"}


def han(s: str | None) -> str:
    return "".join(HAN.findall(s or ""))


# characters frequent in Chinese text in either script: of the legacy readings the one with more
COMMON = set("的一是在不了有和人中大上以要工作为會会個个黨党們们這这國国發发來来對对")


def decode(raw: bytes) -> str:
    """The text as the shared scorer reads it (UTF-16 with a BOM, UTF-8 with or without one,
    else GB18030 or Big5, whichever gives more common characters: Big5 bytes also decode as
    GB18030, into rare ones)."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    readings = []
    for enc in ("gb18030", "big5"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        readings.append((sum(ch in COMMON for ch in text), enc == "gb18030", text))
    return max(readings)[2] if readings else raw.decode("gb18030", errors="replace")


def source_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def is_subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


def gold_problems(gold: dict, text: str) -> list[str]:
    lines = source_lines(text)
    whole = han(text)
    out = []
    if gold["issue"]["kind"] not in ("magazine", "newspaper", "webpage"):
        out.append(f"issue kind {gold['issue']['kind']!r}")
    for n, a in enumerate(gold["articles"], 1):
        where = f"item {n} ({a.get('title') or a.get('body_head')})"
        if a["kind"] not in KINDS:
            out.append(f"{where}: kind {a['kind']!r}")
        s, e = a["start_line"], a["end_line"]
        if not (1 <= s <= e <= len(lines)):
            out.append(f"{where}: lines {s}-{e} outside 1-{len(lines)}")
            continue
        span = han("".join(lines[s - 1:e]))
        head, tail = a["body_head"], a["body_tail"]
        if not head or not tail or han(head) != head or han(tail) != tail:
            out.append(f"{where}: body_head/body_tail empty or not Han only")
        elif not han(lines[s - 1]) or not (span.startswith(head[:1]) or head in span):
            # the body's first line in the file, which opens the body unless the lede is
            # printed elsewhere in the span (then the head is still there, whole)
            out.append(f"{where}: body does not begin at start_line {s}")
        if head and not is_subsequence(head, span):
            out.append(f"{where}: body_head {head} not in lines {s}-{e}")
        if tail and not is_subsequence(tail, span):
            out.append(f"{where}: body_tail {tail} not in lines {s}-{e}")
        for k, v in (("body_head", head), ("body_tail", tail)):
            if v and whole.count(v) > 1:  # a scorer's cover would be ambiguous
                out.append(f"{where}: {k} {v} occurs {whole.count(v)} times in the source")
        t = han(a.get("title"))
        if t:
            tl = a.get("title_line")
            if not tl or not 1 <= tl <= len(lines):
                out.append(f"{where}: title_line {tl}")
            else:
                # a title wrapped over lines or set one character a line starts at title_line;
                # a tagged (【专栏】…) or doubled headline holds it inside the line
                at = han("".join(lines[tl - 1:tl + len(t) + 2]))
                if not (at.startswith(t) or is_subsequence(t, han(lines[tl - 1]))):
                    out.append(f"{where}: title not at line {tl}: {lines[tl - 1][:30]!r}")
        for who in a.get("authors") or []:
            if han(who) not in whole:
                out.append(f"{where}: author {who} not in the source")
        for part in (a.get("unit") or "").split("；"):
            if han(part) and han(part) not in whole:
                out.append(f"{where}: unit {part} not in the source")
        for k in ("subtitle", "writer", "section"):
            if a.get(k) and han(a[k]) not in whole:
                out.append(f"{where}: {k} {a[k]} not in the source")
    return out
