"""Repair: numbered source lines → the same lines with glyph-level layout artefacts undone.

Takes `Line`s from ingest; gives (kept lines, dropped lines with a reason). Kept lines keep their
source numbers (a leading space, which marks the first line of a PDF page, is kept too), so every
later stage can still point an editor at the file. What it undoes: doubled glyphs of PDF text
layers in all their shapes ("思考与探索思考与探索", "当前…工作当前…工作面临…面临…", "凝心聚力凝心聚力
守正守正创新创新", "践行践行““三严三三严三实实””"), titles set vertically one character per line,
half-width punctuation inside Chinese text, no-break and ideographic spaces, radicals and
ligatures standing for ordinary characters, a hyphen breaking a Chinese word at a line's end.
What it removes (and logs): page numbers and issue marks ("2015·10"), web-page chrome, a revised
draft's tracked deletions and comments. Everything structural (running heads, labels, title
blocks) is left to `segment`, which sees the whole issue.
Written by hand: these are artefacts of particular PDF extractors and page templates, which no
text-cleaning library knows.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ..model import Dropped, Line
from ..text import BYLINE_MARKS, HAN

HAN_RE = re.compile(f"[{HAN}]")
# "2015·10", "①", "12", "- 12 -", "·14·", "— 45 —": page furniture, never text.
PAGE_MARK = re.compile(r"^\s*(\d{4}\s*[·.]\s*\d{1,2}|[-—–·•\s]*\d{1,3}[-—–·•\s]*|[①-⑳])\s*$")
# "扫一扫在手机打开当前页", "【字体: 打印", "首页|走进工委|工作动态", "2018-03-12 00:00:00": web chrome.
# (Three "|…" or more written "\|[^|]+(\|[^|]+){2,}": the ".*" before a literal "|" gives back
# characters only where one stands — every line is tried.)
CHROME = re.compile(r"^(无障碍浏览|欢迎访问.*|【字体.*|扫一扫.*|.*\|[^|]+(\|[^|]+){2,}|打印本页|关闭窗口|"
                    r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?)$")
# "⼈才" (U+2F08, the Kangxi radical MAN for 人), "⻓期" (U+2ED3, the radical C-SIMPLIFIED LONG for
# 长), "ﬁ": glyphs some PDF fonts map ordinary characters to. Unicode's compatibility mappings
# (NFKC) give the character for every Kangxi radical and Latin ligature; the pairs below, the
# radicals supplement's whole characters, which have none.
GLYPHS = str.maketrans({
    **{chr(c): unicodedata.normalize("NFKC", chr(c))
       for c in [*range(0x2F00, 0x2FD6), *range(0xFB00, 0xFB07), 0x2E9F, 0x2EF3]},
    **dict(zip("⻅⻆⻉⻋⻓⻔⻙⻚⻛⻜⻢⻥⻦⻧⻨⻩⻪⻬⻮⻰⺠⻄⺩⻁⻗⻘⻟⻣⻤",
               "见角贝车长门韦页风飞马鱼鸟卤麦黄黾齐齿龙民西王虎雨青食骨鬼"))})
GLYPH = re.compile("[\u2e80-\u2fdf\ufb00-\ufb06]")  # a line holding one (most hold none)
# "…市委组织部-" (a scan's OCR broke the word at the line's end as Latin type is broken): Chinese
# is never hyphenated, the hyphen after a Chinese character closing a line is an artefact
BREAK_MARKS = "-‐‑－"
BREAK_HYPHEN = re.compile(f"(?<=[{HAN}])[{BREAK_MARKS}]$")
# half-width punctuation next to Chinese text: "坚持创新,先行先走", "来源:中直党建网", "(作者…)"
HALF = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
CJK_BEFORE = f"[{HAN}“”‘’（）《》」①-⑳%]"
HALF_RE = re.compile(f"(?<={CJK_BEFORE})[,;:?!]|[,;:?!](?=[{HAN}“‘《])|"
                     f"[(](?=[{HAN}])|(?<=[{HAN}])[)]")
# "优秀共产党员(2名)", "(1)韦宁.…": a pair of half-width brackets with Chinese inside or beside
# them, both made full-width (not one of the two: "(2名）")
HALF_PAIR = re.compile(f"(?<=[{HAN}])\\(([^()（）]{{1,60}})\\)|\\(([^()（）]{{1,60}})\\)(?=[{HAN}])|"
                       f"\\(([{HAN}][^()（）]{{0,59}}|[^()（）]{{0,59}}[{HAN}])\\)")
# "坚持创新,先行先走": a line with any half-width mark at all (most lines have none)
HALF_ANY = re.compile(r"[,;:?!()]")
# the name of an HTML entity before its ";", e.g. "&gt" in "a&gt;和": that ";" is not punctuation
ENTITY_NAME = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31})\Z")
ENTITY_LONGEST = 33
# marks that open a byline inside a vertical title block
MARKS = BYLINE_MARKS
# "● 本刊评论员本刊评论员": a line's first glyph, past spaces and byline marks ("本")
FIRST_GLYPH = re.compile(f"[^\\s{MARKS}]")


def _doubled_parse(s: str) -> str | None:
    """`s` read as a sequence of doubled pieces XX (fewest pieces first), collapsed to X…; None
    when `s` is not entirely made of doubled pieces."""
    n = len(s)
    if n < 2 or n % 2:
        return None
    best: list[tuple[int, str] | None] = [None] * (n + 1)
    best[0] = (0, "")
    for i in range(2, n + 1, 2):
        for j in range(i - 2, -1, -2):
            if best[j] is None:
                continue
            h = (i - j) // 2
            if s[j:j + h] == s[j + h:i]:
                cand = (best[j][0] + 1, best[j][1] + s[j:j + h])
                if best[i] is None or cand[0] < best[i][0]:
                    best[i] = cand
    return best[n][1] if best[n] else None


def collapse_doubled(text: str) -> str:
    """The line with its doubled glyphs kept once, or the line unchanged.

    Handles the four shapes PDF text layers produce: the whole string twice, each half twice,
    chunk by chunk ("凝心聚力凝心聚力 守正守正创新创新" → "凝心聚力 守正创新"), character by character
    ("践行践行““三严三三严三实实””" → "践行“三严三实”"). Space-separated chunks are read separately;
    a lone byline mark ("● 本刊评论员本刊评论员") passes. Every chunk with Chinese in it must be fully
    doubled and there must be at least four Chinese characters, so that ordinary repeats inside
    a sentence ("天天", "研究研究一下") are left alone."""
    t = text.strip()
    first = t[:1]
    if first in MARKS:  # a byline's mark first (or nothing): the first glyph past the marks
        found = FIRST_GLYPH.search(t)
        first = found.group() if found else ""
    if not first or t.count(first) % 2:
        return text     # its first glyph is printed an odd number of times: not doubled
    if len(t) > 120 or len(set(t)) * 2 > len(t) + 2 or len(HAN_RE.findall(t)) < 4:
        return text     # every glyph twice means at most half as many distinct ones
    counts = Counter(c for c in t if not c.isspace())
    if any(v % 2 for c, v in counts.items() if c not in MARKS):
        return text
    half = len(t) // 2
    if t[:half] == t[half:]:
        return t[:half]     # "凝心聚力 守正创新凝心聚力 守正创新": the spaced line twice, unbroken
    out = []
    changed = False
    for chunk in t.split():
        if not HAN_RE.search(chunk) and len(set(chunk)) == 1 and chunk[0] in MARKS:
            out.append(chunk[0])
            changed = changed or len(chunk) > 1
            continue
        single = _doubled_parse(chunk)
        if single is None:
            return text
        out.append(single)
        changed = True
    return " ".join(out) if changed else text


# "党小组o各党支部": an OCR's full stop, read as a small o after a Chinese character (before
# another or at the line's end)
OCR_STOP = re.compile(r"(?<=[\u4e00-\u9fff])o(?=[\u4e00-\u9fff]|$)")


def normalise_punctuation(text: str) -> str:
    """Half-width , ; : ? ! ( ) next to Chinese text become their full-width forms; "4:6" and
    "1,200" between digits stay, and so does the ";" that ends an entity ("&gt;和"). A small
    o an OCR made of a full stop becomes one."""
    if "o" in text:
        text = OCR_STOP.sub("。", text)
    if not HALF_ANY.search(text):
        return text     # most lines: nothing to look at around
    if "(" in text:
        text = HALF_PAIR.sub(lambda m: "（" + next(g for g in m.groups() if g is not None) + "）", text)
    return HALF_RE.sub(lambda m: m.group(0) if m.group(0) == ";" and ENTITY_NAME.search(
        text, max(0, m.start() - ENTITY_LONGEST), m.start()) else HALF[m.group(0)], text)


# the quote marks a vertical title prints on lines of their own
VERTICAL_QUOTES = "“”‘’「」《》"


def join_vertical(lines: list[Line]) -> tuple[list[Line], list[Dropped]]:
    """Runs of three or more one-character lines (a title set vertically) joined into one line
    at the run's first line number; a byline mark inside the run starts a second line, and a
    mark that ends the run takes the name printed on the line after it."""
    out: list[Line] = []
    dropped: list[Dropped] = []
    # one glyph a line: a Chinese character, a quote mark ("守" / … / "“" / "前" / "哨" / "”") or a
    # byline's mark
    single = [len(s := l.text.strip()) == 1 and (bool(HAN_RE.match(s)) or s in MARKS or s in VERTICAL_QUOTES)
              for l in lines]
    i = 0
    n = len(lines)
    for k in [k for k, s in enumerate(single) if s]:   # (the lines between pass in bulk)
        if k < i:
            continue    # taken into the run before
        out.extend(lines[i:k])
        i = j = k
        run = []
        while j < n:
            if single[j]:
                run.append(lines[j])
                j += 1
            elif not lines[j].text.strip() and j + 1 < n and single[j + 1]:
                j += 1
            else:
                break
        if len(run) < 3:
            out.extend(lines[i:j])
            i = j
            continue
        groups: list[list[Line]] = [[]]
        for l in run:
            if l.text.strip() in MARKS and groups[-1]:
                groups.append([])
            groups[-1].append(l)
        k = j
        while k < n and not lines[k].text.strip():     # (double-spaced text: blank lines)
            k += 1
        if len(groups[-1]) == 1 and groups[-1][0].text.strip() in MARKS and k < n \
                and len(lines[k].text.strip()) <= 20:
            groups[-1].append(lines[k])  # "●" alone, the name on the next line: one byline
            j = k + 1
        for g in groups:
            chars = [l.text.strip() for l in g]
            text = chars[0] + " " + "".join(chars[1:]) if chars[0] in MARKS else "".join(chars)
            out.append(Line(g[0].no, text))
            for l in g[1:]:
                dropped.append(Dropped(l.no, l.text, f"vertical title, joined into line {g[0].no}",
                                       "vertical-title", g[0].no))
        i = j
    out.extend(lines[i:])
    return out, dropped


# "[删除：琬溪县]", "[批注 A1：…请补充。]", "[插入：三百二十六名]": a Word draft's tracked changes
# and comments saved as text with their marks ("显示标记的最终状态"): the deletions and comments
# are no text, an insertion is (its mark is not)
REVISION = re.compile(r"\[(?:删除|批注[^\[\]：:]{0,8})[：:][^\[\]]*\]|\[插入[：:]([^\[\]]*)\]")


def revised(l: Line) -> tuple[Line, list[Dropped]]:
    """The line in its final state, and its marks and what they take out."""
    marks = list(REVISION.finditer(l.text))
    dropped = [Dropped(l.no, m.group(0) if m.group(1) is None else m.group(0).replace(m.group(1), ""),
                       "tracked change or comment of a revised draft", "revision-mark") for m in marks]
    return Line(l.no, REVISION.sub(lambda m: m.group(1) or "", l.text), l.indent), dropped


# cells of whitespace before a line set far right (four ideographic spaces: twice a paragraph's indent)
FAR_INDENT = 8


def repair_lines(lines: list[Line]) -> tuple[list[Line], list[Dropped]]:
    """Lines with glyph artefacts repaired, and the lines removed with their reasons."""
    dropped: list[Dropped] = []
    kept: list[Line] = []
    for l in lines:
        if not l.text:
            kept.append(l)  # (nearly half the lines: nothing to look at)
            continue
        if "[" in l.text and REVISION.search(l.text):
            l, marks = revised(l)
            dropped += marks
        t = l.text.replace("\u00a0", " ").replace("\u3000", " ").replace("\ufeff", "").rstrip()
        if GLYPH.search(t):
            t = t.translate(GLYPHS)
        s = t.strip()
        if not s:
            kept.append(Line(l.no, ""))
            continue
        if PAGE_MARK.match(s):
            dropped.append(Dropped(l.no, l.text, "page number or issue mark", "page-mark"))
            continue
        if CHROME.match(s) and not (("|" in s or "｜" in s) and "作者" in s):  # (a page's fields, no menu)
            dropped.append(Dropped(l.no, l.text, "web page chrome", "web-chrome"))
            continue
        lead, indent = "", 0
        if t[:1] == " ":
            lead = " "
            # (cells of the whitespace before the text, two an ideographic space; a page
            # start's or a paragraph's space or two is no indent worth keeping)
            if (n := len(t) - len(s)) * 2 >= FAR_INDENT:
                indent = n + l.text.lstrip("\ufeff")[:n].count("\u3000")
                indent = indent if indent >= FAR_INDENT else 0
        single = collapse_doubled(s)
        if single != s:
            # the doubled half is layout noise, but it is logged, never lost silently
            dropped.append(Dropped(l.no, l.text, f"doubled glyphs, kept once: {single}",
                                   "doubled-glyphs"))
        if single[-1] in BREAK_MARKS:
            single = BREAK_HYPHEN.sub("", single)
        fixed = lead + normalise_punctuation(single)
        kept.append(l if fixed == l.text else Line(l.no, fixed, indent))
    kept, vert = join_vertical(kept)
    return kept, dropped + vert
