"""Browse: the archive's articles → the pages readers browse by, as {relative path: Markdown}.

Takes every article as an `Entry` (its issue, the article, its page), newest issue first;
gives the issue pages (table of contents in printed order, grouped by section), the home page
(the latest issue's contents, the archive by year, counts), and one page per section (栏目),
author, unit and year, each with an index page. Names are listed in pinyin order under their
initial letter, as Chinese indexes are. Pure; every name is Markdown-escaped.

Why generated here and not by Material's blog plugin: it needs every author declared in
advance, has no affiliations, and counts reading time by words, which Chinese does not have.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Callable

from .cite import article_date
from ..model import Article, IssueMeta
from ..text import escape_markdown
from .institutions import institutions
from .urls import (ISSUE_KIND_LABEL, KIND_LABEL, UNKNOWN_YEAR, article_title,
                   author_path, front_matter, initial, issue_label, issue_path, issue_ris_path, link,
                   pinyin_key, section_path, unit_path, year_of, year_path)

# The browse indexes, in the nav's order.
# (Not sections/index.md …: navigation.indexes would take an index.md for its nav group's page.)
INDEX_PAGES = (("栏目", "sections.md"), ("作者", "authors.md"), ("单位", "units.md"),
               ("年份", "years.md"), ("统计", "stats.md"))


@dataclass(frozen=True)
class Entry:
    """One article with the issue it belongs to and its page."""
    issue: IssueMeta
    art: Article
    path: str

    @property
    def date(self) -> str | None:
        return article_date(self.art, self.issue)


def md(text: str) -> str:
    return escape_markdown(text)


def year_title(year: str) -> str:
    return f"{year} 年" if year != UNKNOWN_YEAR else year


def author_links(here: str, names: list[str]) -> str:
    return "、".join(f"[{md(n)}]({link(here, author_path(n))})" for n in names)


def kind_mark(art: Article) -> str:
    """"〔简讯〕" after a brief's title; nothing for an article or a fragment (its title says
    （接上期）)."""
    return "" if art.kind in ("article", "fragment") else f"〔{KIND_LABEL.get(art.kind, art.kind)}〕"


def issue_toc(here: str, entries: list[Entry], heading: str = "##") -> list[str]:
    """An issue's articles in printed order, a heading for each run of one section; articles
    in no section stand under the issue with no heading (a comment ends the list before)."""
    lines: list[str] = []
    section: object = object()
    for e in entries:
        if e.art.section != section:
            section = e.art.section
            if section:
                lines += ["", f"{heading} [{md(section)}]({link(here, section_path(section))})", ""]
            elif lines:
                lines += ["", "<!-- -->", ""]
        lines.append(toc_line(here, e))
    return lines


def issue_facts(issue: IssueMeta, count: int) -> str:
    facts = [issue.publication, ISSUE_KIND_LABEL.get(issue.kind),
             issue.date and f"出版日期：{issue.date}", issue.number and f"第 {issue.number} 期",
             f"共 {count} 篇"]
    return md("　".join(x for x in facts if x))


def issue_neighbours(issues: list[IssueMeta]) -> dict[str, tuple[IssueMeta | None,
                                                                    IssueMeta | None]]:
    """Each issue's previous (older) and next (newer) issue of the archive, in the order of
    the 各期 list; `issues` newest first."""
    return {i.id: (issues[k + 1] if k + 1 < len(issues) else None, issues[k - 1] if k else None)
            for k, i in enumerate(issues)}


def issue_pager(here: str, older: IssueMeta | None, newer: IssueMeta | None) -> list[str]:
    """"上一期 · 下一期" links under an issue's contents."""
    links = ([f"[‹ 上一期：{md(issue_label(older))}]({link(here, issue_path(older.id))})"]
             if older else []) + \
        ([f"[下一期：{md(issue_label(newer))} ›]({link(here, issue_path(newer.id))})"]
         if newer else [])
    return ["", "　　".join(links), "{: .qikan-issue-pager }", ""] if links else []


def render_issue_page(issue: IssueMeta, entries: list[Entry],
                      older: IssueMeta | None = None, newer: IssueMeta | None = None) -> str:
    here = issue_path(issue.id)
    lines = [f"# {md(issue_label(issue))}", "", issue_facts(issue, len(entries)), ""]
    if entries:
        lines += [f"[下载本期题录（RIS，可导入 NoteExpress、EndNote、Zotero）]"
                  f"({link(here, issue_ris_path(issue.id))}){{: .qikan-ris download }}", ""]
    if issue.note:
        lines += [md(issue.note), ""]
    lines += issue_toc(here, entries)
    lines += issue_pager(here, older, newer)
    return front_matter({"title": issue_label(issue), "issue": issue.id}) + "\n".join(lines) + "\n"


def toc_line(here: str, e: Entry) -> str:
    """`- [title](…)〔简讯〕　作者、作者`: an article in a list of a page at `here`."""
    who = author_links(here, e.art.authors)
    return (f"- [{md(article_title(e.art))}]({link(here, e.path)}){kind_mark(e.art)}"
            + (f"　{who}" if who else ""))


def entry_line(here: str, e: Entry) -> str:
    """`toc_line` and `　· issue`, for the lists of author and unit pages."""
    where = f"[{md(issue_label(e.issue))}]({link(here, issue_path(e.issue.id))})"
    return f"{toc_line(here, e)}　· {where}"


def name_index(title: str, here: str, groups: dict[str, list[Entry]],
               path_of: Callable[[str], str]) -> str:
    """An index of names (sections, authors, units) under their pinyin initials."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for name in sorted(groups, key=lambda n: (pinyin_key(n), n)):
        by_letter[initial(name)].append(name)
    letters = sorted(by_letter, key=lambda c: (c == "#", c))
    lines = [f"# {title}", "", f"共 {len(groups)} 个。", "",
             "　".join(f"[{c}](#{'other' if c == '#' else c.lower()})" for c in letters), ""]
    for c in letters:
        anchor = "other" if c == "#" else c.lower()
        lines += [f"## {'其他' if c == '#' else c} {{ #{anchor} }}", "",
                  '<div class="qikan-names" markdown>', ""]
        lines += [f"- [{md(n)}]({link(here, path_of(n))})（{len(groups[n])} 篇）" for n in by_letter[c]]
        lines += ["", "</div>", ""]
    return front_matter({"title": title}) + "\n".join(lines)


# A name's page lists its newest articles, fewer than twice this many; the older ones are on
# pages of this many each, counted from the oldest (authors/<slug>/1.md holds the first), so that
# adding an issue makes again the name's page and no other (a name gathers 2,000 articles in a
# twenty-year daily: P11), and no reader loads them all at once.
LIST_ENTRIES = 100


def section_lines(here: str, entries: list[Entry], heading: str = "##") -> list[str]:
    """A section's articles under a heading for each issue."""
    lines: list[str] = []
    issue = None
    for e in entries:
        if e.issue is not issue:
            issue = e.issue
            target = link(here, issue_path(issue.id))
            lines += ["", f"{heading} [{md(issue_label(issue))}]({target})", ""]
        lines.append(toc_line(here, e))
    return lines


def entry_lines(here: str, entries: list[Entry], heading: str = "##") -> list[str]:
    """An author's or unit's articles, each with its issue (no headings: `heading` unused)."""
    return [entry_line(here, e) for e in entries]


def span(entries: list[Entry]) -> str:
    """"2019–2021 年" or "2019 年": the years of the entries' issues (newest first)."""
    old, new = year_of(entries[-1].issue.date), year_of(entries[0].issue.date)
    return year_title(new) if old == new else f"{old}–{year_title(new)}"


def name_pages(page: str, name: str, kind: str, head: list[str], entries: list[Entry],
               lines_of: Callable[..., list[str]]) -> dict[str, str]:
    """A name's page (`# name`, "kind　共 N 篇", `head`, its newest articles) and the pages
    of LIST_ENTRIES older ones each; `entries` newest first."""
    older = max(0, len(entries) // LIST_ENTRIES - 1)    # pages of older articles
    newest = entries[:len(entries) - older * LIST_ENTRIES]
    chunks = [entries[len(entries) - (k + 1) * LIST_ENTRIES:len(entries) - k * LIST_ENTRIES]
              for k in range(older)]                    # the oldest first
    lines = [f"# {md(name)}", "", f"{kind}　共 {len(entries)} 篇", ""] + head
    if chunks:
        lines += ["较早的文章：" + "　".join(
            f"[{span(c)}]({link(page, chunk_path(page, k + 1))})（{len(c)} 篇）"
            for k, c in reversed(list(enumerate(chunks)))), "",
            f"## 最近 {len(newest)} 篇", ""]
    pages = {page: front_matter({"title": name}) + "\n".join(lines + lines_of(
        page, newest, heading="###" if chunks else "##")) + "\n"}
    for k, c in enumerate(chunks):
        here = chunk_path(page, k + 1)
        title = f"{name} · {span(c)}"
        # it names nothing that changes when the name gets more articles
        text = [f"# {md(title)}", "", f"{kind}：[{md(name)}]({link(here, page)})　"
                f"第 {k * LIST_ENTRIES + 1}–{(k + 1) * LIST_ENTRIES} 篇", ""]
        pages[here] = front_matter({"title": title}) + "\n".join(text + lines_of(here, c)) + "\n"
    return pages


def chunk_path(page: str, k: int) -> str:
    """"authors/wang-tao-1f3a9c/1.md": the `k`th page of a name's older articles."""
    return f"{page[:-3]}/{k}.md"


def section_pages(name: str, entries: list[Entry]) -> dict[str, str]:
    return name_pages(section_path(name), name, "栏目", [], entries, section_lines)


def seen(entries: list[Entry], field: Callable[[Article], list[str]]) -> list[str]:
    """Names in the entries' field, in order of first appearance, each once."""
    return list(dict.fromkeys(n for e in entries for n in field(e.art)))


def author_pages(name: str, entries: list[Entry]) -> dict[str, str]:
    here = author_path(name)
    units = seen(entries, lambda a: institutions(a.unit))
    head = []
    if units:
        head += ["单位：" + "、".join(f"[{md(u)}]({link(here, unit_path(u))})" for u in units), ""]
    co = [n for n in seen(entries, lambda a: a.authors) if n != name]
    if co:
        head += ["合作者：" + author_links(here, co), ""]
    return name_pages(here, name, "作者", head, entries, entry_lines)


def unit_pages(name: str, entries: list[Entry]) -> dict[str, str]:
    here = unit_path(name)
    authors = seen(entries, lambda a: a.authors)
    head = ["作者：" + author_links(here, authors), ""] if authors else []
    return name_pages(here, name, "单位", head, entries, entry_lines)


def year_page(year: str, issues: list[IssueMeta], per_issue: dict[str, list[Entry]]) -> str:
    here = year_path(year)
    count = sum(len(per_issue[i.id]) for i in issues)
    lines = [f"# {year_title(year)}", "", f"共 {len(issues)} 期、{count} 篇", ""]
    for i in issues:
        lines += [f"## [{md(issue_label(i))}]({link(here, issue_path(i.id))})", "",
                  issue_facts(i, len(per_issue[i.id])), ""]
        lines += [toc_line(here, e) for e in per_issue[i.id]]
        lines.append("")
    return front_matter({"title": year_title(year)}) + "\n".join(lines)


def year_lines(here: str, by_year: dict[str, list[IssueMeta]],
               per_issue: dict[str, list[Entry]]) -> list[str]:
    """One line a year: its link, its issues and articles."""
    return [f"- [{year_title(year)}]({link(here, year_path(year))})"
            f"（{len(issues)} 期、{sum(len(per_issue[i.id]) for i in issues)} 篇）"
            for year, issues in by_year.items()]


def years_index(by_year: dict[str, list[IssueMeta]], per_issue: dict[str, list[Entry]]) -> str:
    lines = ["# 年份", ""] + year_lines("years.md", by_year, per_issue)
    return front_matter({"title": "年份"}) + "\n".join(lines) + "\n"


def span_page(here: str, title: str, by_year: dict[str, list[IssueMeta]],
              per_issue: dict[str, list[Entry]]) -> str:
    """A decade's or century's page (the nav's 各期 groups years so): its years."""
    issues = sum(len(g) for g in by_year.values())
    count = sum(len(per_issue[i.id]) for g in by_year.values() for i in g)
    lines = [f"# {title}", "", f"共 {len(by_year)} 年、{issues} 期、{count} 篇", ""]
    lines += year_lines(here, by_year, per_issue)
    return front_matter({"title": title}) + "\n".join(lines) + "\n"


# issues the home page names (newest first): a twenty-year daily has 7,000, which would make the
# home page 500 KB, made again with every issue; the years' pages list the others
HOME_ISSUES = 48


def home_page(site_name: str, issues: list[IssueMeta], per_issue: dict[str, list[Entry]],
              by_year: dict[str, list[IssueMeta]], counts: dict[str, int]) -> str:
    here = "index.md"
    total = sum(len(v) for v in per_issue.values())
    lines = [f"# {md(site_name)}", "",
             f"共收录 {len(issues)} 期、{total} 篇文章；"
             f"[作者](authors.md) {counts['authors']} 位，[单位](units.md) "
             f"{counts['units']} 个，[栏目](sections.md) {counts['sections']} 个。", ""]
    if issues:
        latest = issues[0]
        lines += ["## 最新一期", "",
                  f"### [{md(issue_label(latest))}]({link(here, issue_path(latest.id))})", "",
                  issue_facts(latest, len(per_issue[latest.id])), ""]
        lines += issue_toc(here, per_issue[latest.id], heading="####")
        lines += ["", "## 按年份浏览", ""]
    shown = 0  # the newest HOME_ISSUES issues by name; the years before them by their counts
    for year, group in by_year.items():
        title = f"**[{year_title(year)}]({link(here, year_path(year))})**"
        listed = group[:max(0, HOME_ISSUES - shown)]
        shown += len(listed)
        if not listed:
            count = sum(len(per_issue[i.id]) for i in group)
            lines.append(f"- {title}：{len(group)} 期、{count} 篇")
            continue
        links = "　".join(f"[{md(issue_label(i))}]({link(here, issue_path(i.id))})"
                         f"（{len(per_issue[i.id])} 篇）" for i in listed)
        more = f"　……（共 {len(group)} 期）" if len(listed) < len(group) else ""
        lines.append(f"- {title}：{links}{more}")
    # HTML links: the data files are written after MkDocs, which would report them missing
    lines += ["", "## 数据下载", "",
              '<p class="qikan-data">全部文章的元数据与正文：'
              '<a href="data/articles.csv" download>CSV</a>　'
              '<a href="data/articles.jsonl" download>JSON Lines</a>　'
              '<a href="data/datapackage.json" download>字段说明（datapackage.json）</a></p>']
    return front_matter({"title": "首页"}) + "\n".join(lines) + "\n"


def grouped(entries: list[Entry], names: Callable[[Article], list[str]]) -> dict[str, list[Entry]]:
    out: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        for n in dict.fromkeys(names(e.art)):
            out[n].append(e)
    return out


def browse_pages(site_name: str, issues: list[IssueMeta],
                 per_issue: dict[str, list[Entry]]) -> dict[str, str]:
    """Home, issue, section, author, unit and year pages; `issues` newest first."""
    entries = [e for i in issues for e in per_issue[i.id]]
    by_year: dict[str, list[IssueMeta]] = defaultdict(list)
    for i in issues:
        by_year[year_of(i.date)].append(i)
    by_year = dict(sorted(by_year.items(), key=lambda kv: (kv[0] != UNKNOWN_YEAR, kv[0]),
                          reverse=True))
    sections = grouped(entries, lambda a: [a.section] if a.section else [])
    authors = grouped(entries, lambda a: a.authors)
    units = grouped(entries, lambda a: institutions(a.unit))  # institutions, not posts (P15)
    around = issue_neighbours(issues)
    pages = {issue_path(i.id): render_issue_page(i, per_issue[i.id], *around[i.id])
             for i in issues}
    pages["index.md"] = home_page(site_name, issues, per_issue, by_year,
                                  {"authors": len(authors), "units": len(units),
                                   "sections": len(sections)})
    for title, path, groups, path_of, page in (
            ("栏目", "sections.md", sections, section_path, section_pages),
            ("作者", "authors.md", authors, author_path, author_pages),
            ("单位", "units.md", units, unit_path, unit_pages)):
        pages[path] = name_index(title, path, groups, path_of)
        for name, group in groups.items():
            pages.update(page(name, group))
    pages["years.md"] = years_index(by_year, per_issue)
    for year, group in by_year.items():
        pages[year_path(year)] = year_page(year, group, per_issue)
    return pages
