"""Render: split issues → the Markdown pages of the archive, as {relative path: text}, + nav.

Takes the `SplitResult` of every issue, the site's name and URL; gives the generated docs
folder as a mapping from relative path to page text, plus the MkDocs nav. Pure: `build.py`
writes them.

- an article page is its body in Markdown under a front matter that carries everything its
  header, citation box and `<head>` tags show; `template: article.html` (theme_overrides/)
  prints them. The front matter keeps names raw: the templates escape them;
- the listing pages (issues, home, sections, authors, units, years) come from `browse.py`;
- the nav stays small as the archive grows: home, the browse indexes, and 各期 → year →
  issue; articles are reached from their issue, never listed in the nav.
"""
from __future__ import annotations

import html
import pickle
from collections import defaultdict

from .browse import (INDEX_PAGES, Entry, browse_pages, issue_neighbours, span_page,
                     year_title)
from .institutions import affiliation
from .stats import stats_page
from .cite import bibtex, citation_meta, gbt7714, ris
from ..model import IssueMeta, SplitResult, pub_date
from .urls import (ISSUE_KIND_LABEL, KIND_LABEL, article_path, article_title, author_path,
                   front_matter, html_path, issue_label, issue_path, issue_ris_path,
                   section_path, span_path, unit_path, year_of, year_path)

ARTICLE_TEMPLATE = "article.html"


def named(name: str | None, path_of) -> dict | None:
    return {"name": name, "url": html_path(path_of(name))} if name else None


def page_ref(e: Entry | None) -> dict | None:
    return e and {"name": article_title(e.art), "url": html_path(e.path)}


def issue_ref(i: IssueMeta | None) -> dict | None:
    return i and {"name": issue_label(i), "url": html_path(issue_path(i.id))}


def article_header(e: Entry, prev: Entry | None, nxt: Entry | None, site_url: str,
                   older: IssueMeta | None = None, newer: IssueMeta | None = None) -> dict:
    """What the article template shows besides the body; URLs relative to the site root. At
    an issue's ends the pager goes on to the previous or next issue."""
    a, i = e.art, e.issue
    url = site_url + html_path(e.path)
    return {
        "kind": a.kind, "kind_label": KIND_LABEL.get(a.kind), "subtitle": a.subtitle,
        "role": a.role, "authors": [named(n, author_path) for n in a.authors],
        "units": [named(n, unit_path) for n in affiliation(a.unit).institutions],
        "posts": "、".join(affiliation(a.unit).posts) or None, "writer": a.writer,
        "section": named(a.section, section_path), "date": e.date,
        "issue": {"name": issue_label(i), "url": html_path(issue_path(i.id))},
        "publication": i.publication, "source_kind": ISSUE_KIND_LABEL.get(i.kind),
        "number": i.number,
        "year": {"name": year_title(year_of(i.date)), "url": html_path(year_path(year_of(i.date)))},
        "prev": page_ref(prev), "next": page_ref(nxt),
        "prev_issue": None if prev else issue_ref(older),
        "next_issue": None if nxt else issue_ref(newer),
        "cite": {"gbt7714": gbt7714(a, i, url), "bibtex": bibtex(a, i, url),
                 "ris": ris(a, i, url)},
        "ris_url": ris_path(e.path),
        "meta": [list(t) for t in citation_meta(a, i, url)],
        **({"apparatus": a.apparatus.to_json()} if a.apparatus else {}),
    }


def ris_path(md_path: str) -> str:
    """The article's RIS file beside its page: issues/<id>/003.ris."""
    return md_path[:-3] + ".ris"


def issue_ris(entries: list[Entry], site_url: str) -> str:
    """Every article of an issue as one RIS file (CRLF, as the format's readers expect)."""
    return "\r\n".join(ris(e.art, e.issue, site_url + html_path(e.path)).replace("\n", "\r\n")
                       for e in entries) + "\r\n"


def render_article(e: Entry, prev: Entry | None, nxt: Entry | None, site_url: str,
                   older: IssueMeta | None = None, newer: IssueMeta | None = None) -> str:
    a, i = e.art, e.issue
    # The flat fields are the article's record for whoever reads build/docs (researchers);
    # `qikan` is what the template shows, links and citations included.
    meta = {"title": article_title(a), "subtitle": a.subtitle, "authors": a.authors,
            "role": a.role, "unit": a.unit, "writer": a.writer, "date": a.date,
            "pub_date": pub_date(e.date), "section": a.section, "issue": i.id,
            "issue_title": issue_label(i), "publication": i.publication, "order": a.order,
            "kind": a.kind, "template": ARTICLE_TEMPLATE,
            **({"title_derived": True} if a.title_derived else {}),
            **({"apparatus": a.apparatus.to_json()} if a.apparatus else {}),
            "qikan": article_header(e, prev, nxt, site_url, older, newer)}
    return front_matter(meta) + e.art.body + "\n"


def newest_first(issues: list[IssueMeta]) -> list[IssueMeta]:
    return sorted(issues, key=lambda i: (i.date or "", i.id), reverse=True)


# The most entries one level of 各期 lists before it is grouped one level coarser. Material
# prints on every page each entry of the levels open down to that page (every year, the open
# year's issues): a nav of all years and issues made every page grow with the archive, and the
# build with its square. Grouped, each level a page shows lists at most about this many.
NAV_FANOUT = 24


def grouped(entries: list[dict], keys: list[str], *finer: list[str]) -> list[dict]:
    """Nav entries (newest first) under sections titled by their keys, in order; a section of
    more than NAV_FANOUT entries grouped again by the `finer` keys (the next list first)."""
    groups: dict[str, list[int]] = {}
    for n, k in enumerate(keys):
        groups.setdefault(k, []).append(n)
    return [{k: grouped([entries[n] for n in ns], *([f[n] for n in ns] for f in finer))
             if finer and len(ns) > NAV_FANOUT else [entries[n] for n in ns]}
            for k, ns in groups.items()]


def month_title(date: str | None) -> str:
    """"2021-06-12" → "6 月"; no month: "月份不详"."""
    m = (date or "")[5:7]
    return f"{int(m)} 月" if m.isdigit() else "月份不详"


def ten_days_title(date: str | None) -> str:
    """The 旬 of a day, with its month: "2021-06-12" → "6 月中旬"; no day: "6 月日期不详"."""
    d = (date or "")[8:10]
    part = ("上旬" if int(d) <= 10 else "中旬" if int(d) <= 20 else "下旬") if d.isdigit() \
        else "日期不详"
    return month_title(date) + part if month_title(date) != "月份不详" else part


def year_span(year: str, width: int) -> tuple[str, str | None]:
    """The title and page of the span of `width` years that holds `year` ("2003", 10 →
    "2000–2009 年", "years/2000-2009/index.md"); the unknown year is its own, without a page."""
    if not year.isdigit():
        return year_title(year), None
    start = int(year) // width * width
    return f"{start}–{start + width - 1} 年", span_path(start, width)


def span_widths(years: list[str]) -> list[int]:
    """The widths 各期 groups `years` by: none up to NAV_FANOUT years, decades beyond, and
    decades by century beyond NAV_FANOUT decades."""
    widths, count = [], len(years)
    for width in (10, 100):
        if count <= NAV_FANOUT:
            break
        widths.append(width)
        count = len({year_span(y, width) for y in years})
    return widths


def year_entries(issues: list[IssueMeta]) -> list:
    """One year's nav entries, its page first; more than NAV_FANOUT issues by month, a month of
    more than NAV_FANOUT (a daily's) by 旬 (上旬 days 1–10, 中旬 11–20, 下旬 21–31): an article
    page lists its 旬's issues, ten or eleven, not its month's thirty (site/plan.article_way)."""
    # nav titles are printed as HTML by the theme: the issue labels are escaped
    entries = [{html.escape(issue_label(i)): issue_path(i.id)} for i in issues]
    if len(entries) > NAV_FANOUT:
        entries = grouped(entries, [month_title(i.date) for i in issues],
                          [ten_days_title(i.date) for i in issues])
    return [year_path(year_of(issues[0].date))] + entries


def archive_nav(issues: list[IssueMeta]) -> list:
    """首页, 浏览 (the indexes), 各期 → year (its page first: navigation.indexes) → issue; more
    than NAV_FANOUT years listed by decade (and by century beyond NAV_FANOUT decades), each
    with its page first (`span_pages`), a year of more than NAV_FANOUT issues by month (a month
    of more than NAV_FANOUT by 旬).
    Why a decade or century has a page: Material links a section a page shows folded to its
    first page, and every page shows the level-1 section's entries — without one, a century
    linked to its newest year, and the first issue of a new year made every page but the
    articles again (at 100,000 articles 116 s instead of 42)."""
    by_year = years_of(issues)
    years = [{year_title(y): year_entries(group)} for y, group in by_year.items()]
    firsts = list(by_year)  # a year of each entry of `years`
    for width in span_widths(firsts):
        spans = [year_span(y, width) for y in firsts]
        pages = dict(spans)
        years = [{t: [pages[t]] + e if pages[t] else e for t, e in g.items()}
                 for g in grouped(years, [t for t, _ in spans])]
        firsts = [y for n, (y, s) in enumerate(zip(firsts, spans)) if not n or s != spans[n - 1]]
    return [{"首页": "index.md"}, {"浏览": [{t: p} for t, p in INDEX_PAGES]}, {"各期": years}]


def years_of(issues: list[IssueMeta]) -> dict[str, list[IssueMeta]]:
    """Issues (newest first) by year, in their order."""
    by_year: dict[str, list[IssueMeta]] = defaultdict(list)
    for i in issues:
        by_year[year_of(i.date)].append(i)
    return dict(by_year)


def span_pages(issues: list[IssueMeta], per_issue: dict[str, list[Entry]]) -> dict[str, str]:
    """The page of each decade and century 各期 lists (`archive_nav`): its years."""
    by_year = years_of(issues)
    pages: dict[str, dict[str, list[IssueMeta]]] = {}
    titles: dict[str, str] = {}
    for width in span_widths(list(by_year)):
        for y, group in by_year.items():
            title, path = year_span(y, width)
            if path:
                pages.setdefault(path, {})[y] = group
                titles[path] = title
    return {path: span_page(path, titles[path], years, per_issue)
            for path, years in pages.items()}


def issue_files(r: SplitResult, older: IssueMeta | None, newer: IssueMeta | None,
                site_url: str) -> dict[str, str]:
    """An issue's article pages, their RIS files and the issue's RIS file."""
    entries = [Entry(r.issue, a, article_path(r.issue.id, a)) for a in r.articles]
    files = {}
    for n, e in enumerate(entries):
        prev = entries[n - 1] if n else None
        nxt = entries[n + 1] if n + 1 < len(entries) else None
        files[e.path] = render_article(e, prev, nxt, site_url, older, newer)
        files[ris_path(e.path)] = issue_ris([e], site_url)
    if entries:
        files[issue_ris_path(r.issue.id)] = issue_ris(entries, site_url)
    return files


def issue_inputs(results: list[SplitResult], site_url: str,
                 split_keys: dict[str, str]) -> dict[str, tuple]:
    """What each issue's files (`issue_files`) are made of besides the code: its split (its
    key: cache.issue_key), its neighbours in the 各期 list, the site's address — a build that
    finds them unchanged need not make the files again."""
    around = issue_neighbours(newest_first([r.issue for r in results]))
    return {r.issue.id: (split_keys[r.issue.id],
                         *(pickle.dumps(i, protocol=pickle.HIGHEST_PROTOCOL)
                           for i in around[r.issue.id]), site_url)
            for r in results}


def render_archive(results: list[SplitResult], site_name: str = "期刊文库",
                   site_url: str = "", skip: frozenset[str] | set[str] = frozenset()
                   ) -> tuple[dict[str, str], list]:
    """Every generated page, and the nav. `site_url` (ending in "/") makes the citations'
    URLs absolute; without it they are relative to the site root. `skip`: issues whose own
    files (`issue_files`) the caller has from an earlier build."""
    issues = newest_first([r.issue for r in results])
    per_issue = {r.issue.id: [Entry(r.issue, a, article_path(r.issue.id, a)) for a in r.articles]
                 for r in results}
    pages = browse_pages(site_name, issues, per_issue)
    pages.update(span_pages(issues, per_issue))
    pages["stats.md"] = stats_page([e for i in issues for e in per_issue[i.id]])
    around = issue_neighbours(issues)
    for r in results:
        if r.issue.id not in skip:
            pages.update(issue_files(r, *around[r.issue.id], site_url))
    return pages, archive_nav(issues)
