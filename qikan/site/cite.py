"""Cite: one article of an issue → its citations and its bibliographic `<meta>` tags.

Takes an `Article`, its issue's `IssueMeta` and the article page's absolute URL; gives the
reference in GB/T 7714-2015 (`gbt7714`), a BibTeX entry (`bibtex`), a RIS record (`ris`, what
NoteExpress, EndNote, Zotero and CNKI's export read) and the Google Scholar /
Highwire and Dublin Core tags of the page's `<head>` (`citation_meta`). Pure strings: the
templates print them escaped.

Why by hand: the Python citation libraries (citeproc-py, pybtex) format CSL or BibTeX data
through style files; GB/T 7714's Chinese rules (type marks [J]/[N]/[EB/OL], "等" after three
authors, a newspaper's date in place of volume and issue) come down to a few lines here,
while a CSL processor would need a GB/T style file, CSL-JSON records and still no BibTeX.
"""
from __future__ import annotations

import re

from ..model import Article, IssueMeta
from ..text import UNTITLED
from .institutions import institutions

# GB/T 7714-2015 document-type marks: journal, newspaper, online resource.
TYPE_MARK = {"magazine": "J", "newspaper": "N", "web": "EB/OL"}
# What the reader sees in place of the day the page was read (a web source's 引用日期): the
# build must not print its own date (builds are reproducible); the page's script fills in today.
ACCESSED = "[引用日期]"
MAX_AUTHORS = 3  # GB/T 7714-2015 §8.1.2: list three, then "等"
# BibTeX's special characters, e.g. `50%` or `R&D`, which must be backslash-escaped.
BIBTEX_SPECIAL = re.compile(r"([\\{}%&$#_^~])")
BIBTEX_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def absolute(url: str) -> str | None:
    """The page's URL when the site has an address (site_url); None for a relative one: a
    citation names no address rather than one that is not the site's."""
    return url if url.startswith(("http://", "https://")) else None


def article_date(art: Article, issue: IssueMeta) -> str | None:
    """The date as printed (YYYY, YYYY-MM or YYYY-MM-DD): the article's own, else the issue's."""
    return art.date or issue.date


def source_name(issue: IssueMeta) -> str:
    return issue.publication or issue.title or issue.id


def gbt7714(art: Article, issue: IssueMeta, url: str) -> str:
    """The reference, e.g. `王锦涛, 赵成. 党员带头干 村子换新颜[N]. 人民日报, 2022-06.`"""
    authors = art.authors[:MAX_AUTHORS] + (["等"] if len(art.authors) > MAX_AUTHORS else [])
    lead = ", ".join(authors) + ". " if authors else ""
    title = art.title or UNTITLED
    if art.subtitle:
        title += f": {art.subtitle}"
    mark = TYPE_MARK.get(issue.kind, "J")
    date = article_date(art, issue) or ""
    name = source_name(issue)
    if issue.kind == "newspaper":      # 报纸名, 出版日期(版次).
        where = f"{name}, {date}" if date else name
        return f"{lead}{title}[{mark}]. {where}."
    if issue.kind == "web":            # 出版者, (更新日期)[引用日期]. 获取和访问路径.
        when = f"({date})" if date else ""
        return f"{lead}{title}[{mark}]. {name}, {when}{ACCESSED}" + \
            (f". {absolute(url)}." if absolute(url) else ".")
    year = date[:4]                    # 刊名, 年(期). — the number only when the sidecar has it
    number = issue.number
    where = name + (f", {year}" if year else "") + (f"({number})" if year and number else "")
    return f"{lead}{title}[{mark}]. {where}."


def _bib(value: str) -> str:
    return BIBTEX_SPECIAL.sub(r"\\\1", value)


def bibtex(art: Article, issue: IssueMeta, url: str) -> str:
    """A BibTeX entry: @article for journals and newspapers, @misc (with url) for the web."""
    date = article_date(art, issue) or ""
    year, _, rest = date.partition("-")
    fields: list[tuple[str, str]] = []
    if art.authors:
        fields.append(("author", " and ".join(_bib(a) for a in art.authors)))
    fields.append(("title", _bib(art.title or UNTITLED)))
    if art.subtitle:
        fields.append(("subtitle", _bib(art.subtitle)))
    if issue.kind == "web":
        fields.append(("howpublished", _bib(source_name(issue))))
    else:
        fields.append(("journal", _bib(source_name(issue))))
    if year:
        fields.append(("year", year))
    if rest:
        fields.append(("month", BIBTEX_MONTHS[int(rest[:2]) - 1]))
    if date:
        fields.append(("date", date))
    if issue.number:
        fields.append(("number", _bib(issue.number)))
    if art.unit:
        fields.append(("institution", _bib(art.unit)))
    fields += [("language", "chinese")] + ([("url", url)] if absolute(url) else [])
    kind = "misc" if issue.kind == "web" else "article"
    body = ",\n".join(f"  {k} = {v}" if k == "month" else f"  {k} = {{{v}}}" for k, v in fields)
    return f"@{kind}{{{art.id},\n{body}\n}}"


# RIS reference types: journal article, newspaper article, web page
RIS_TYPE = {"magazine": "JOUR", "newspaper": "NEWS", "web": "ELEC"}


def ris(art: Article, issue: IssueMeta, url: str) -> str:
    """A RIS record, one `TAG  - value` line each, closed by `ER  - `."""
    date = article_date(art, issue) or ""
    ap = art.apparatus
    title = (art.title or "（无题）") + (f": {art.subtitle}" if art.subtitle else "")
    lines = [("TY", RIS_TYPE.get(issue.kind, "JOUR")), ("TI", title)]
    lines += [("AU", a) for a in art.authors]
    lines.append(("T2", source_name(issue)))
    if date:
        lines += [("PY", date[:4]), ("DA", "/".join((date.split("-") + ["", ""])[:3]) + "/")]
    if issue.number:
        lines.append(("IS", issue.number))
    if art.unit:
        lines.append(("AD", art.unit))
    if ap:
        lines += [("AB", ap.abstract)] if ap.abstract else []
        lines += [("KW", k) for k in ap.keywords]
        lines += [("DO", ap.doi)] if ap.doi else []
    lines += [("LA", "zh")] + ([("UR", url)] if absolute(url) else []) + \
        [("ID", art.id), ("ER", "")]
    return "\n".join(f"{tag}  - {' '.join(value.split())}".rstrip() + (" " if tag == "ER" else "")
                     for tag, value in lines)


def citation_meta(art: Article, issue: IssueMeta, url: str) -> list[tuple[str, str]]:
    """The `<meta name content>` pairs, in the order Google Scholar reads them: each
    `citation_author` is followed by that author's `citation_author_institution`s (the
    institutions its unit names, not the posts); a scholarly
    journal's apparatus gives `citation_doi`, `citation_abstract`, `citation_keywords` and a
    `citation_reference` per reference."""
    date = article_date(art, issue)
    tags = [("citation_title", art.title or UNTITLED)]
    ap = art.apparatus
    # per-author units where the journal numbered them ("张三1，李四2"), else the one unit
    units = list(ap.author_units) if ap and ap.author_units else [art.unit] * len(art.authors)
    for name, unit in zip(art.authors, units):
        tags.append(("citation_author", name))
        # the institutions, not the posts held there ("海原县委常委、组织部部长" → 海原县委,
        # 海原县委组织部): what Zotero and Google Scholar take for affiliations
        tags += [("citation_author_institution", i) for i in institutions(unit)]
    if date:
        tags.append(("citation_date", date.replace("-", "/")))
    tags.append(("citation_journal_title", source_name(issue)))
    if issue.number:
        tags.append(("citation_issue", issue.number))
    if ap and ap.doi:
        tags.append(("citation_doi", ap.doi))
    if ap and ap.abstract:
        tags.append(("citation_abstract", ap.abstract))
    if ap and ap.keywords:
        tags.append(("citation_keywords", "; ".join(ap.keywords)))
    tags += [("citation_reference", ref) for ref in (ap.references if ap else ())]
    tags += [("citation_language", "zh")]
    tags += [("citation_fulltext_html_url", url)] if absolute(url) else []
    tags.append(("DC.title", art.title or UNTITLED))
    tags += [("DC.creator", name) for name in art.authors]
    if date:
        tags.append(("DC.date", date))
    tags += [("DC.type", "Text"), ("DC.language", "zh")]
    return tags
