"""Check: one issue (bytes + sidecar metadata) → the suspects an editor should look at.

Takes the raw bytes of an issue file, its name and its `IssueMeta`; gives the issue's split
(with the sidecar's `articles:` when it has them, as the site will publish it) and a list of
`Suspect`s, each with a source line: articles with no title or no author, very short or very
long articles, doubled glyphs the repair stage left, everything the splitter warned about
(title blocks it could not assign, …), and unexpected characters in the text (private-use code
points, the replacement character U+FFFD, control characters, Latin letters from a
mis-decoding or a lone Latin word inside a Chinese sentence), and a last character cut
short. Suspects are warnings, never errors: only bad input (which raises `InputError`) stops a
check. A line whose text the split placed nowhere (`conserve.lost_lines`) is a suspect too: the
site would lose it. The tests are heuristics
written by hand for these extractions' known faults; jieba's segmentation tells a doubled
word ("纳入纳入") from words that share characters ("党组织组织力").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .split.confidence import FLAG_BELOW, article_signs
from .split.conserve import lost_lines
from .messages import say, warning_text
from .model import IssueMeta, SplitResult
from .split.ingest import CONTROL, cut_utf8_tail
from .split.pipeline import split_passes
from .text import HAN

HAN_RE = re.compile(f"[{HAN}]")
# bounds for a whole article (kind `article`) in Han characters: below, a title block or a
# caption split off as an article; above, several articles run together (the shortest
# article in the seeds has about 600, the longest about 6,100)
SHORT, LONG = 150, 12000
# "践行践行", "三严三三严三", "““三严": doubled glyphs the repair stage did not collapse; a
# repeated run is only a candidate ("党组织组织力", "共建共享" are words), see `_doubled`
DOUBLED = re.compile(f"([{HAN}]{{2,}})\\1|([“”‘’《》【】])\\2")
PRIVATE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
# "最活跃的组织 and 人群": a lower-case Latin word standing inside a Chinese sentence (an
# extractor's substitution); single letters ("新时代 e 支部") and acronyms ("QQ群") are usual
LATIN_WORD = re.compile(f"(?<=[{HAN}，。、；：])\\s*([a-z][A-Za-z]+)\\s*(?=[{HAN}，。、；：])")
# "å…š" for "党": Latin-1 letters in Chinese text are what a UTF-8 file read as Latin-1 shows
MOJIBAKE = re.compile("[\u00c0-\u024f]")


@dataclass(frozen=True)
class Suspect:
    line: int
    code: str
    message: str


def _chars(raw: list[str]) -> list[Suspect]:
    out = []
    for no, text in enumerate(raw, 1):
        for m in PRIVATE.finditer(text):
            out.append(Suspect(no, "private-use", say("suspect.private-use", code=ord(m.group()))))
        for m in CONTROL.finditer(text):
            out.append(Suspect(no, "control-char", say("suspect.control-char",
                                                       code=ord(m.group()))))
        if "\ufffd" in text:
            out.append(Suspect(no, "replacement-char", say("suspect.replacement-char",
                                                           count=text.count(chr(0xfffd)))))
        if HAN_RE.search(text):
            for m in LATIN_WORD.finditer(text):
                out.append(Suspect(no, "latin-garbage", say("suspect.latin-garbage",
                                                            word=repr(m.group(1)))))
            if MOJIBAKE.search(text):
                out.append(Suspect(no, "mojibake", say(
                    "suspect.mojibake", chars="".join(MOJIBAKE.findall(text))[:12])))
    return out


def _doubled(text: str) -> str | None:
    """The doubled glyphs in a line, if any: a doubled quote mark, or a word (jieba's
    segmentation) or a run of words of five or more characters printed twice in a row;
    "纳入纳入" is suspect, "党组织组织力", "一个支部一个支部" and "实实在在" are not."""
    m = DOUBLED.search(text)
    if not m or m.group(2):
        return m and m.group()
    # jieba's segmenter and dictionary in Rust (jieba-rs): jieba's words in a 5 MB install
    # instead of 37 MB, loaded in a tenth of the time, and only when a line has a candidate
    import rjieba

    words = rjieba.cut(text)
    for i in range(len(words)):
        for k in range(1, 5):
            run = words[i:i + k]
            if run == words[i + k:i + 2 * k] and len(HAN_RE.findall("".join(run))) >= \
                    (2 if k == 1 else 5):
                return "".join(run) * 2
    return None


def _articles(res: SplitResult, kept: dict[int, str]) -> list[Suspect]:
    out = []
    signs = article_signs(res) if not res.issue.articles else [[] for _ in res.articles]
    for a, seen in zip(res.articles, signs):
        first = min(f for f, _ in a.lines)
        name = say("suspect.article", order=a.order, title=a.title or say("suspect.untitled"))
        size = len(HAN_RE.findall(a.body))
        if a.confidence is not None and a.confidence < FLAG_BELOW:
            out.append(Suspect(first, "low-confidence", say(
                "suspect.low-confidence", name=name, confidence=a.confidence,
                signs=", ".join(seen))))
        if not a.title:
            out.append(Suspect(first, "no-title", say("suspect.no-title", name=name)))
        if a.kind in ("article", "editor_note") and not a.authors:
            out.append(Suspect(first, "no-author", say("suspect.no-author", name=name)))
        if a.kind == "article" and size < SHORT:
            out.append(Suspect(first, "short", say("suspect.short", name=name, size=size)))
        if size > LONG:
            out.append(Suspect(first, "long", say("suspect.long", name=name, size=size)))
        for f, l in a.lines:
            for no in range(f, l + 1):
                twice = _doubled(kept.get(no, ""))
                if twice:
                    out.append(Suspect(no, "doubled-glyph", say("suspect.doubled-glyph",
                                                                name=name, twice=repr(twice))))
        for text in (a.title, a.subtitle, a.section, *a.authors):
            twice = _doubled(text or "")
            if twice:
                out.append(Suspect(first, "doubled-glyph", say(
                    "suspect.doubled-meta", name=name, twice=repr(twice), text=text)))
    return out


def issue_suspects(data: bytes, path: str, meta: IssueMeta) -> tuple[SplitResult, list[Suspect]]:
    """The issue's split and its suspects, ordered by source line."""
    passes = split_passes(data, path, meta)
    res = passes.result
    # the lines as repaired: doubled glyphs that repair collapsed are no longer suspect
    kept = {l.no: l.text for l in passes.kept}
    raw = passes.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    suspects = _articles(res, kept) + _chars(raw) + [
        Suspect(x.line, "lost-text", say("suspect.lost-text", count=len(x.missing)))
        for x in lost_lines(passes.lines, res)]
    cut = cut_utf8_tail(data)  # all before it is UTF-8: the file was read as UTF-8
    if cut:
        suspects.append(Suspect(len(raw), "cut-tail", say("suspect.cut-tail", bytes=repr(cut))))
    seen = {(s.line, s.code) for s in suspects}
    suspects += [Suspect(w.line, w.code, warning_text(w.code, w.message)) for w in res.warnings
                 if (w.line, w.code) not in seen]
    return res, sorted(set(suspects), key=lambda s: (s.line, s.code))
