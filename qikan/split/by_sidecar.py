"""Overrides: the editor's sidecar `articles:` → the issue's `SplitResult`, taken as the truth.

Takes the issue's `IssueMeta` (whose `articles` came from the sidecar), the lines ingest read
and the lines repair kept and dropped; gives a `SplitResult` whose articles are exactly the
sidecar's entries. Each entry's `lines` ranges (1-based, inclusive, in reading order) give its
body; its fields give the metadata. Within a range, what repair removed stays removed, and
lines that look like the entry's own title, subtitle, byline or section label (the printed
title block the editor's range starts on, an end line "（作者单位：…）") are not body: their
text is in the metadata. Lines no range covers are logged in `dropped` ("outside every article
in the sidecar"), so nothing disappears silently. Ranges past the end of the file and ranges
shared by two articles raise one `InputError` that names the sidecar and its line.
Body paragraphs are rebuilt by the automatic splitter's own functions.

The other way round, `draft_ranges` and `draft_articles_yaml` turn an automatic split into a
sidecar `articles:` section for the editor to correct (`split --yaml`).
"""
from __future__ import annotations

import re

import yaml

from .end_lines import parse_byline
from .names import clean_name
from ..errors import InputError
from ..messages import say, warning_text
from ..model import Article, Dropped, IssueMeta, Line, SplitResult, Warning
from ..text import SECTION_LABEL, body_markdown
from .articles import derived_title
from .paragraphs import join_paragraphs

OUTSIDE = "outside every article in the sidecar"


def _norm(text: str | None) -> str:
    """Text compared without spaces and without the dash that opens a subtitle ("——基于…")."""
    return re.sub(r"[\s\u3000\u00a0]+", "", text or "").lstrip("—-－")


def _where(entry: dict, r: int) -> tuple[str, int | None]:
    """The sidecar file and line of an entry's range `r` (else of the entry), for messages.
    `sidecar.parse_sidecar` records them on each entry; an entry built in code has none."""
    path = getattr(entry, "path", None) or "sidecar"
    lines = getattr(entry, "range_lines", None) or []
    if r < len(lines):
        return path, lines[r]
    return path, getattr(entry, "line", None)


def _label(entry: dict, n: int) -> str:
    title = entry.get("title")
    return say("range.article-titled", n=n, title=title) if title else say("range.article", n=n)


def check_ranges(meta: IssueMeta, n_lines: int, source: str) -> None:
    """Refuse ranges outside the issue file and source lines claimed by two articles."""
    owner: dict[int, tuple[int, list[int]]] = {}  # source line -> (entry number, its range)
    for n, entry in enumerate(meta.articles or [], 1):
        for r, (first, last) in enumerate(entry["lines"]):
            if last > n_lines:
                path, line = _where(entry, r)
                raise InputError(path, line, "range-past-end", label=_label(entry, n),
                                 first=first, last=last, source=source, count=n_lines)
            for no in range(first, last + 1):
                if no in owner:
                    m, (f2, l2) = owner[no]
                    path, line = _where(entry, r)
                    other = say("range.same-article") if m == n else say(
                        "range.other", label=_label(meta.articles[m - 1], m), first=f2, last=l2)
                    raise InputError(path, line, "range-overlap", label=_label(entry, n),
                                     first=first, last=last, other=other, no=no, source=source)
                owner[no] = (n, [first, last])


# "——周国平《爱与孤独》": a quotation's attribution under an epigraph or at a piece's end; it is
# the text's, not the entry's byline, and stays in the body
ATTRIBUTION = re.compile(r"^\s*[—－-]{1,2}.*《")
BYLINE_LINE = "byline of a title block, parsed into the article's fields"
END_LINE = "end line, parsed into the article's fields"


def _is_byline_of(text: str, entry: dict) -> bool:
    if ATTRIBUTION.match(text):
        return False
    authors = {clean_name(a) for a in entry.get("authors") or []}
    name = clean_name(text)
    # "孙斌": a bare name under the title; "——孙斌": a signature at the end
    if name in authors or (name.startswith("——") and name.lstrip("—") in authors):
        return True
    b = parse_byline(text)
    if not b:
        return False
    return bool((b.authors and {clean_name(a) for a in b.authors} <= authors)
                or (b.unit and _norm(b.unit) == _norm(entry.get("unit")))
                or (b.writer and _norm(b.writer) == _norm(entry.get("writer"))))


def _heads(entry: dict) -> list[str]:
    """The entry's title and subtitle as compared with printed lines."""
    return [h for h in (_norm(entry.get("title")), _norm(entry.get("subtitle"))) if h]


def _piece(text: str) -> str:
    return _norm(text).rstrip("。")  # a title line may keep the full stop the title drops


def _is_label_of(text: str, entry: dict) -> bool:
    return bool(SECTION_LABEL.match(text)) or _norm(text) == _norm(entry.get("section"))


def _lead_block(rng: list[Line], entry: dict) -> int:
    """How many lines the range starts with that print the entry's title block: its title and
    subtitle, each whole or wrapped over lines taken in order ("…党的组织路线，" / "坚持…"),
    its byline and its column label."""
    heads = _heads(entry)
    got = [""] * len(heads)
    n = 0
    for line in rng:
        t = _piece(line.text)
        grow = next((k for k, h in enumerate(heads) if t and h.startswith(got[k] + t)), None)
        if grow is not None:
            got[grow] += t
        elif not (_is_byline_of(line.text, entry) or _is_label_of(line.text, entry)):
            break
        n += 1
    return n


def _end_block(rng: list[Line], entry: dict, titled: bool) -> int:
    """How many lines the range ends with that are end lines ("（作者单位：某市委党校）") or a
    title block printed after the body (title, byline, column label). Title lines count only
    when, read in order, they start the title (the rest may lie past the range) and the
    range did not open with it (`titled`) unless they print it whole: "治理水平。", the last
    line of a paragraph under a title ending "…治理水平", is body."""
    heads = _heads(entry)
    got = [""] * len(heads)
    n = 0
    for back, line in enumerate(reversed(rng), 1):
        t = _piece(line.text)
        grow = next((k for k, h in enumerate(heads) if t and t + got[k] in h), None)
        if grow is not None:
            got[grow] = t + got[grow]
        elif not (_is_byline_of(line.text, entry) or _is_label_of(line.text, entry)):
            break
        n = back
    if any(g and (not h.startswith(g) or (titled and g != h)) for g, h in zip(got, heads)):
        # not a title block: its pieces are body, and so is all before them
        n = next((k for k, line in enumerate(reversed(rng))
                  if not _is_byline_of(line.text, entry)), len(rng))
    return n


def _is_heading_of(text: str, entry: dict) -> bool:
    """The line prints (part of) the entry's title or subtitle, or its byline (for drafting
    ranges: a floating title block inside an automatic split's span)."""
    t = _piece(text)
    # shorter pieces than four characters are too often body lines ("工作。")
    if t and any(t == h or (t in h and len(t) >= 4) for h in _heads(entry)):
        return True
    return _is_byline_of(text, entry)


# "…避免“一锅煮”,缺乏针对性。(作者张立新省委党校党建部副主任)": the byline closes the last line
END_PAREN = re.compile(r"[（(][^（()）]+[)）]\s*$")


def _end_byline(text: str, entry: dict) -> int | None:
    """Where a byline that closes the body's last line starts, if one does."""
    m = END_PAREN.search(text)
    return m.start() if m and _is_byline_of(m.group(), entry) else None


def _body_lines(entry: dict, kept: dict[int, Line]) -> tuple[list[Line], list[Dropped]]:
    """(body lines in reading order, the lines of the ranges that are not body: labels and
    bylines, logged with their reason; title lines are in the title and need no entry, but
    a title printed a second time does)."""
    body: list[Line] = []
    out: list[Dropped] = []
    title_seen = False
    for first, last in entry["lines"]:
        rng = [kept[no] for no in range(first, last + 1) if no in kept and kept[no].text.strip()]
        lead = _lead_block(rng, entry)
        end = _end_block(rng[lead:], entry, title_seen or any(
            _piece(l.text) and _norm(entry.get("title")).startswith(_piece(l.text))
            for l in rng[:lead]))
        for i, line in enumerate(rng):
            head = i < lead or i >= len(rng) - end
            if SECTION_LABEL.match(line.text) or (head and _is_label_of(line.text, entry)):
                out.append(Dropped(line.no, line.text, "section label (kept as section)",
                                   "section-label"))
            elif head and _is_byline_of(line.text, entry):
                out.append(Dropped(line.no, line.text, *((BYLINE_LINE, "title-byline") if i < lead
                                                          else (END_LINE, "end-line"))))
            elif head or _norm(line.text) == _norm(entry.get("title")):
                if _norm(line.text) == _norm(entry.get("title")) and title_seen:
                    out.append(Dropped(line.no, line.text, "heading printed twice", "heading-twice"))
                title_seen = title_seen or _norm(line.text) == _norm(entry.get("title"))
            else:
                body.append(line)
    if body:
        cut = _end_byline(body[-1].text, entry)
        if cut is not None:
            last = body[-1]
            out.append(Dropped(last.no, last.text[cut:], END_LINE, "end-line"))
            body[-1] = Line(last.no, last.text[:cut].rstrip())
    return body, out


def split_by_sidecar(meta: IssueMeta, lines: list[Line], kept: list[Line],
                     dropped: list[Dropped], source: str) -> SplitResult:
    """The issue split as the sidecar's `articles:` says; `source` names the issue file."""
    check_ranges(meta, len(lines), source)
    by_no = {l.no: l for l in kept}
    entries = sorted(enumerate(meta.articles or [], 1),
                     key=lambda e: (min(f for f, _ in e[1]["lines"]), e[0]))
    articles: list[Article] = []
    warnings: list[Warning] = []
    removed = {d.line: d for d in dropped}  # what repair dropped, by line
    parsed: list[Dropped] = []  # lines (or their ends) the entries' fields hold
    covered: set[int] = set()
    for order, (n, entry) in enumerate(entries, 1):
        body, heads = _body_lines(entry, by_no)
        parsed += heads
        covered.update(no for f, l in entry["lines"] for no in range(f, l + 1))
        paras = join_paragraphs([l.text for l in body])
        title = entry.get("title")
        if not title:
            # as the automatic split does: a page needs a title, the editor needs to know
            title = derived_title(paras)
            warnings.append(Warning(entry["lines"][0][0], "no-title", f"sidecar article {n} "
                                    f"has no title; derived from its text: {title}"))
        articles.append(Article(
            id=f"{meta.id}-{order:03d}", order=order, title=title,
            body=body_markdown(paras),
            lines=[(f, l) for f, l in entry["lines"]], subtitle=entry.get("subtitle"),
            authors=[clean_name(a) for a in entry.get("authors") or []],
            role=entry.get("role"), unit=entry.get("unit"), writer=entry.get("writer"),
            section=entry.get("section"), kind=entry.get("kind") or "article",
            date=entry.get("date") or meta.date, title_derived=not entry.get("title")))
    for no, text in ((l.no, l.text) for l in lines):
        if no in covered or not text.strip():
            continue
        old = removed.get(no)
        if old is None:
            removed[no] = Dropped(no, text, OUTSIDE, "outside-articles")
        elif no in by_no:  # a repaired line (doubled glyphs) that no article keeps either
            removed[no] = Dropped(no, old.text, f"{OUTSIDE} ({old.reason})",
                                   "outside-articles")
    return SplitResult(meta, articles, sorted([*removed.values(), *parsed], key=lambda d: d.line),
                       warnings)


DRAFT_KEYS = ("title", "subtitle", "authors", "role", "unit", "writer", "section", "kind")


def _flow(value: object) -> str:
    """A value as one line of YAML, quoted only where YAML needs it."""
    return yaml.safe_dump([value], allow_unicode=True, default_flow_style=True,
                          width=1 << 30).strip()[1:-1]


def _entry(a: Article) -> dict:
    return {k: getattr(a, k) for k in DRAFT_KEYS}


def draft_ranges(res: SplitResult, kept: list[Line]) -> list[list[list[int]]]:
    """Each article's body as sidecar ranges: its spans without the lines the split dropped
    whole (running heads, labels, title blocks without a body; not the lines it kept a part
    of, or kept repaired), without the spans of articles printed inside it, and without its
    own floating title block, so that the sidecar gives back the same bodies."""
    text = {l.no: l.text for l in kept}
    gone = {d.line for d in res.dropped if d.line not in text or _norm(d.text) == _norm(text[d.line])}
    owner: dict[int, int] = {}  # a line in several spans belongs to the innermost
    for i, a in sorted(enumerate(res.articles), key=lambda e: -min(f for f, _ in e[1].lines)):
        for f, l in a.lines:
            for no in range(f, l + 1):
                owner.setdefault(no, i)
    out = []
    for i, a in enumerate(res.articles):
        nos = [no for f, l in a.lines for no in range(f, l + 1)
               if owner.get(no) == i and no not in gone and no in text]
        entry = _entry(a)
        heads = [no for no in nos if text[no].strip() and _is_heading_of(text[no], entry)]
        # two heading lines in a row inside the body: the article's own floating title block
        block = {no for no, nxt in zip(heads, heads[1:])
                 if not any(text.get(k, "").strip() for k in range(no + 1, nxt))}
        block |= {nxt for no, nxt in zip(heads, heads[1:]) if no in block}
        ranges: list[list[int]] = []
        for no in nos:
            if no in block or not text[no].strip():
                continue
            if ranges and all(not text.get(k, "x").strip() for k in range(ranges[-1][1] + 1, no)):
                ranges[-1][1] = no
            else:
                ranges.append([no, no])
        out.append(ranges or [list(r) for r in a.lines])
    return out


def draft_articles_yaml(res: SplitResult, ranges: list[list[list[int]]], source: str) -> str:
    """A sidecar `articles:` section from a split, for the editor to paste and correct; each
    warning of the splitter is a comment above the article it concerns (or above all)."""
    notes: dict[int, list[str]] = {}
    for w in res.warnings:
        at = next((i for i, a in enumerate(res.articles)
                   if any(f <= w.line <= l for f, l in a.lines)), -1)
        notes.setdefault(at, []).append(say("draft.check", line=w.line, code=w.code,
                                            message=warning_text(w.code, w.message)))
    out = say("draft.head", source=source).split("\n")
    out += notes.get(-1, [])
    out.append("articles:")
    for i, a in enumerate(res.articles):
        out += ["  " + n for n in notes.get(i, [])]
        out.append(f"  - lines: {_flow(ranges[i])}")
        out += [f"    {k}: {_flow(v)}" for k, v in _entry(a).items()]
    return "\n".join(out) + "\n"
