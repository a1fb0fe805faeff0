"""Repair: numbered source lines → the same lines with layout artefacts undone or removed.

Takes `Line`s from ingest; gives (kept lines, dropped lines with a reason). Kept lines keep
their source numbers, so every later stage can still point an editor at the file. What it
undoes: doubled glyphs from PDF text layers, half-width punctuation inside Chinese text,
letter-spaced headings. What it removes (and logs): repeated running heads, page numbers and
issue marks, web-page chrome. Written by hand: these are artefacts of particular PDF
extractors and page templates, which no text-cleaning library knows.
"""
from __future__ import annotations

import re
from collections import Counter

from .model import Dropped, Line

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{HAN}]")
# "2015·10", "①", "12", "- 12 -": page furniture, never text.
PAGE_MARK = re.compile(r"^\s*(\d{4}\s*[·.]\s*\d{1,2}|[-—\s]*\d{1,3}[-—\s]*|[①-⑳])\s*$")
# "扫一扫在手机打开当前页", "【字体: 打印", "首页|走进工委|工作动态": web chrome.
CHROME = re.compile(r"^(无障碍浏览|欢迎访问.*|【字体.*|扫一扫.*|.*(\|[^|]+){3,}|打印本页|关闭窗口|"
                    r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?)$")
# "理 论 评 论": one Han character, a space, repeated.
SPACED = re.compile(f"^\\s*([{HAN}]\\s+){{2,}}[{HAN}]\\s*$")
# half-width punctuation between Chinese characters: "坚持创新,先行先走"
HALF = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
HALF_RE = re.compile(f"(?<=[{HAN}”“）」])([,;:?!])|([(])(?=[{HAN}])|(?<=[{HAN}])([)])")


def collapse_doubled(text: str) -> str:
    """"思考与探索思考与探索" → "思考与探索"; "铸魂聚力铸魂聚力 固本固本强基强基" → "铸魂聚力 固本强基";
    "践践行行" → "践行". Only when the whole string is doubled, so that ordinary repeats
    ("天天", "研究研究") inside a sentence are left alone."""
    t = text.strip()
    n = len(t)
    if n >= 4 and n % 2 == 0 and t[: n // 2] == t[n // 2:]:
        return t[: n // 2]
    chunks = t.split()
    if len(chunks) > 1:
        halves = [collapse_doubled(c) for c in chunks]
        if all(h != c for h, c in zip(halves, chunks)):
            return " ".join(halves)
    if n >= 4 and n % 2 == 0 and all(t[i] == t[i + 1] for i in range(0, n, 2)):
        return t[::2]
    return text


def unspace_heading(text: str) -> str:
    """"理 论 评 论" → "理论评论"; other text unchanged."""
    return re.sub(r"\s+", "", text) if SPACED.match(text) else text


def normalise_punctuation(text: str) -> str:
    """Half-width , ; : ? ! ( ) inside Chinese text become their full-width forms."""
    return HALF_RE.sub(lambda m: HALF[m.group(0)], text)


def repair_lines(lines: list[Line]) -> tuple[list[Line], list[Dropped]]:
    """Lines with artefacts repaired, and the lines removed with their reasons."""
    dropped: list[Dropped] = []
    counts = Counter(l.text.strip() for l in lines if l.text.strip())
    kept: list[Line] = []
    for l in lines:
        t = l.text.replace("\u00a0", " ").replace("\u3000", " ").rstrip()
        s = t.strip()
        if not s:
            kept.append(Line(l.no, ""))
            continue
        if PAGE_MARK.match(s):
            dropped.append(Dropped(l.no, l.text, "page number or issue mark"))
            continue
        if CHROME.match(s):
            dropped.append(Dropped(l.no, l.text, "web page chrome"))
            continue
        if counts[s] >= 3 and len(s) <= 40 and HAN_RE.search(s):
            dropped.append(Dropped(l.no, l.text, f"running head (printed {counts[s]} times)"))
            continue
        single = collapse_doubled(t)
        if single != t:
            # the doubled half is layout noise, but it is logged, never lost silently
            dropped.append(Dropped(l.no, l.text, f"doubled glyphs, kept once: {single.strip()}"))
        kept.append(Line(l.no, normalise_punctuation(unspace_heading(single))))
    return kept, dropped
