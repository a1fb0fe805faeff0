"""Academic: a scholarly journal's furnished lines → its articles, one per printed header.

Takes what `furniture.strip_furniture` left of an issue it read as `academic` (the kept lines,
the apparatus records) and gives the articles, or None when the text has fewer than one
header. A scholarly article announces itself: under its title stand its authors (with
affiliation markers, "张三1，李四2") and their numbered affiliations, then 摘要 and 关键词. Those
header zones are the boundaries (GROBID's way: one model for the header, one for the body),
so the generic segmenter's typographic guesses are not needed here:

- the header starts at its first apparatus record (affiliations, abstract) or the author
  line just above it;
- its title is the run of short lines above that (a "——" line in it is the subtitle), and a
  still shorter line above the title a column label ("案例选编");
- the body is every kept line from the end of the header up to the next article's title.
Written by hand: no library splits an extracted journal issue into articles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, Dropped, IssueMeta, Line
from ..text import SECTION_LABEL, escape_markdown
from .blocks import DASH_SUBTITLE
from .byline import are_names, is_name, split_names
from .furniture import ApparatusLine
from .layout import join_paragraphs

# apparatus that belongs to an article's header, in the order a journal prints it
HEADER_FIELDS = {"author_markers", "affiliations", "abstract", "keywords", "doi", "title_en",
                 "abstract_en", "keywords_en"}
# "……能力。", "…，": a line that ends inside or at the end of a sentence: body, never a title
BODY_END = re.compile(r"[。！？；，、：:;,]$")
MAX_TITLE_LINES = 3
LABEL_MAX = 6  # a column label is short: "案例选编", "党建论坛"


@dataclass
class _Header:
    first: int  # its first source line (the author line, or the first apparatus line)
    last: int  # its last source line
    authors: list[str]


def _headers(kept: list[Line], apparatus: list[ApparatusLine]) -> list[_Header]:
    """The header zones: runs of header apparatus with no body line between them."""
    text_at = {l.no: l.text for l in kept if l.text.strip()}
    heads: list[_Header] = []
    for ap in sorted((a for a in apparatus if a.field in HEADER_FIELDS), key=lambda a: a.line):
        body_between = heads and any(heads[-1].last < no < ap.line for no in text_at
                                     if not _is_author_line(text_at[no]))
        if heads and not body_between:
            heads[-1].last = max(heads[-1].last, ap.last)
        elif ap.field in ("author_markers", "affiliations", "abstract"):
            heads.append(_Header(ap.line, ap.last, []))
        else:
            continue
        h = heads[-1]
        if ap.field == "author_markers":
            h.authors = [x.split(":")[0] for x in ap.text.split("；")]
    for h in heads:  # an unmarked author line right above the header: "张三"
        above = [no for no in text_at if no < h.first]
        if above and not h.authors and _is_author_line(text_at[max(above)]):
            h.first = max(above)
            h.authors = [re.sub(r"\s+", "", n) for n in split_names(text_at[h.first])]
    return heads


def _is_author_line(text: str) -> bool:
    return is_name(text) or are_names(text)


def _title_lines(kept: list[Line], before: int, floor: int) -> list[Line]:
    """The short lines right above a header (at most three), nearest last."""
    run: list[Line] = []
    for l in reversed([l for l in kept if floor < l.no < before and l.text.strip()]):
        t = l.text.strip()
        if BODY_END.search(t) or len(t) > 40 or len(run) == MAX_TITLE_LINES:
            break
        run.insert(0, l)
    return run


def split_academic(meta: IssueMeta, kept: list[Line], apparatus: list[ApparatusLine]
                   ) -> tuple[list[Article], list[Dropped]] | None:
    """The articles and the lines placed outside them, or None: no header found."""
    heads = _headers(kept, apparatus)
    if not heads:
        return None
    starts: list[int] = []  # where each article starts (its label, title or header)
    tops: list[tuple[str | None, str | None, str | None, list[Line]]] = []
    floor = 0
    for h in heads:
        run = _title_lines(kept, h.first, floor)
        section = None
        label = SECTION_LABEL.match(run[0].text) if run else None
        if label or (len(run) >= 2 and len(run[0].text.strip()) <= LABEL_MAX and
                     sum(len(l.text.strip()) for l in run[1:]) >= 8):
            section = label.group(1) if label else re.sub(r"\s+", "", run[0].text)
            run = run[1:]
        subtitle = next((l.text.strip() for l in run if DASH_SUBTITLE.match(l.text)), None)
        title = " ".join(l.text.strip() for l in run if not DASH_SUBTITLE.match(l.text)) or None
        tops.append((title, subtitle, section, run))
        starts.append(min([l.no for l in run] + [h.first]) - (1 if section else 0))
        floor = h.last
    articles: list[Article] = []
    dropped: list[Dropped] = []
    ends = [s - 1 for s in starts[1:]] + [max(l.no for l in kept) if kept else 0]
    for n, (h, (title, subtitle, section, run), end) in enumerate(zip(heads, tops, ends), 1):
        body = [l for l in kept if h.last < l.no <= end and l.text.strip()
                and l not in (tops[n][3] if n < len(tops) else [])]
        head_lines = [l for l in kept if starts[n - 1] <= l.no <= h.last and l.text.strip()]
        for l in head_lines:
            if _is_author_line(l.text):
                dropped.append(Dropped(l.no, l.text, "byline of a title block, parsed into "
                                       "the article's fields"))
            elif section and l.no < (run[0].no if run else h.first):
                dropped.append(Dropped(l.no, l.text, f"column label or running head: {section}"))
        paras = join_paragraphs([l.text for l in body])
        nos = [l.no for l in head_lines + body]
        articles.append(Article(
            id=f"{meta.id}-{n:03d}", order=n, title=title,
            body="\n\n".join(escape_markdown(p) for p in paras),
            lines=_spans(nos), subtitle=subtitle, authors=h.authors, section=section,
            kind="article" if paras else "fragment", date=meta.date))
    first = min(starts)
    dropped += [Dropped(l.no, l.text, "before the first article") for l in kept
                if l.no < first and l.text.strip()]
    return articles, dropped


def _spans(nos: list[int]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for no in sorted(set(nos)):
        if out and no <= out[-1][1] + 3:
            out[-1][1] = no
        else:
            out.append([no, no])
    return [(a, b) for a, b in out] or [(1, 1)]
