"""Segment: repaired lines → article spans with titles, bylines and Markdown bodies.

Takes the issue's `IssueMeta` and the `Line`s repair kept (plus what it dropped); gives a
`SplitResult`. A title is a short line without sentence punctuation that a byline follows;
section heads (【栏目】, letter-spaced heads) set the section of the articles after them; end
lines ("（作者单位：…）") close an article. Paragraphs are rebuilt from hard-wrapped lines by
line length and sentence ends. Written by hand: the layouts are those of Chinese PDF
extractions, for which no segmentation library exists.
"""
from __future__ import annotations

import re
from collections import Counter

from .byline import Byline, parse_byline
from .model import Article, Dropped, IssueMeta, Line, SplitResult, Warning

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{HAN}]")
# "【卷首语】", "【领导论坛】": a column label.
SECTION_RE = re.compile(r"^\s*【+([^【】]{2,12})】+\s*$")
# sentence ends: a line ending so may close a paragraph
SENTENCE_END = re.compile(r"[。！？!?…”」』）)]\s*$")
TITLE_PUNCT = re.compile(r"[。，；：、！？,;:!?]")


def _han_len(text: str) -> int:
    return len(HAN_RE.findall(text))


def _is_title(text: str) -> bool:
    s = text.strip()
    return 4 <= _han_len(s) <= 40 and not TITLE_PUNCT.search(s[-1:]) and len(s) <= 48


def join_paragraphs(lines: list[str]) -> list[str]:
    """Paragraphs from hard-wrapped lines: a line that ends a sentence and is clearly shorter
    than the column width ends its paragraph; Han text is joined with no space."""
    widths = Counter(len(t) for t in lines if t)
    width = max(widths.most_common(1)[0][0], 1) if widths else 1
    paras: list[str] = []
    cur = ""
    for t in lines:
        t = t.strip()
        if not t:
            continue
        if cur and re.search(r"[A-Za-z0-9]$", cur) and re.match(r"[A-Za-z0-9]", t):
            cur += " "
        cur += t
        if SENTENCE_END.search(t) and (len(t) < 0.85 * width or width > 60):
            paras.append(cur)
            cur = ""
    if cur:
        paras.append(cur)
    return paras


MD_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|!~])")
MD_LINE_START = re.compile(r"^(\s*)([-+>=]|\d+[.)])")


def escape_markdown(text: str) -> str:
    """Text that Markdown renders literally: no HTML, no links, no lists or headings."""
    text = text.replace("&", "&amp;")
    text = MD_SPECIAL.sub(r"\\\1", text)
    return MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _derive_title(paras: list[str]) -> str:
    first = re.split(r"[。！？；，]", paras[0])[0] if paras else ""
    return (first[:20] + "…") if len(first) > 20 else first


def split_issue(meta: IssueMeta, lines: list[Line], dropped: list[Dropped]) -> SplitResult:
    """The articles of one issue, in the order they start in the source."""
    warnings: list[Warning] = []
    texts = [l for l in lines if l.text.strip()]
    # an article starts at a title line followed (maybe after a subtitle) by a byline
    starts: dict[int, tuple[str, Byline]] = {}
    for i, l in enumerate(texts[:-1]):
        b = parse_byline(texts[i + 1].text)
        if b and b.authors and _is_title(l.text) and not parse_byline(l.text):
            starts[i] = (l.text.strip(), b)
    articles: list[Article] = []
    section: str | None = None
    cur: dict | None = None

    def close():
        nonlocal cur
        if cur and (cur["body"] or cur["title"]):
            paras = join_paragraphs(cur["body"])
            title = cur["title"]
            if not title:
                title = _derive_title(paras) or None
                warnings.append(Warning(cur["first"], "no-title",
                                        "article has no printed title; derived from its text"))
            order = len(articles) + 1
            b: Byline = cur["byline"]
            kind = "fragment" if not paras else ("fragment" if cur["title"] is None and order == 1
                                                  and cur["first"] == texts[0].no and not
                                                  _is_title(texts[0].text) else "article")
            articles.append(Article(
                id=f"{meta.id}-{order:03d}", order=order, title=title,
                body="\n\n".join(escape_markdown(p) for p in paras),
                lines=[(cur["first"], cur["last"])], authors=b.authors, role=b.role,
                unit=b.unit, writer=b.writer, section=cur["section"], kind=kind,
                date=meta.date))
        cur = None

    skip = set()
    for i, l in enumerate(texts):
        if i in skip:
            continue
        t = l.text.strip()
        m = SECTION_RE.match(t)
        if m:
            section = re.sub(r"\s+", "", m.group(1))
            dropped.append(Dropped(l.no, l.text, "section label (kept as section)"))
            continue
        if i in starts:
            close()
            title, b = starts[i]
            cur = dict(title=title, byline=Byline(b.authors, b.role, b.unit, b.writer),
                       body=[], first=l.no, last=texts[i + 1].no, section=section)
            skip.add(i + 1)
            continue
        if cur is None:
            cur = dict(title=None, byline=Byline(), body=[], first=l.no, last=l.no,
                       section=section)
        end = parse_byline(t)
        if end and (end.unit or end.writer) and t.startswith(("（", "(")):
            b = cur["byline"]
            b.unit = b.unit or end.unit
            b.writer = b.writer or end.writer
            if end.authors and not b.authors:
                b.authors = end.authors
            cur["last"] = l.no
            continue
        cur["body"].append(t)
        cur["last"] = l.no
    close()
    return SplitResult(meta, articles, sorted(dropped, key=lambda d: d.line), warnings)
