"""Plan: the generated pages + nav + the last build's keys → what this build renders, in which runs.

Takes every generated docs file ({path: text}, Markdown pages and the static files beside them),
the nav, a fingerprint of everything else a page's HTML depends on (settings, templates, code,
versions) and the keys of the site built last; gives a `Plan`: each file's key, the files whose
output must be made again (`fresh`), and the MkDocs runs that make them. Pure.

Why keys and not MkDocs' `--dirty` (mtimes): a page's HTML depends on more than its Markdown —
on the part of the nav Material prints on it. With `navigation.prune` and `navigation.sections`
(mkdocs.yml) a page shows the top level, the children of the level-1 sections, and the children
of every section on the way down to its own entry; each section off that way is one link to its
first page. An article page shows the nav opened on its issue and folded to the way down to it
(site/hooks.py, `article_way`). `NavViews.view` is that much of the nav, so a page's key
changes exactly when its text or what it shows of the nav changes (and `<link rel="prev|next">`:
its neighbours in nav order). Adding an issue changes its own pages, its neighbours', the listing
pages that name it and the pages whose nav lists it (its month or year); not the other years —
nor, as their nav shows no other year, the articles of other years when it opens a new one.

The runs: a part is one entry of 各期 (a year, or a decade or century where the nav groups years
so), which is also the unit of CI's matrix (`.github/workflows/publish.yml`); everything outside
各期 (home, browse pages, indexes) is the part `index`. Each run renders at most `RUN_PAGES`
pages, so a build's memory does not grow with the archive (MkDocs holds every page it renders
until its run ends); the index run also copies the theme's files, writes 404.html, the sitemap
and the feeds, for which it reads the feeds' articles without writing them.
"""
from __future__ import annotations

import hashlib
import posixpath
import re
from dataclasses import dataclass, field

INDEX_PART = "index"
RUN_PAGES = 4000  # Markdown pages per MkDocs run: ~0.4 GB of MkDocs' own memory at most

# "issues/2015-10-nxdj/003.md": an article page, whose nav is its issue's
ARTICLE = re.compile(r"^issues/([^/]+)/\d{3}\.md$")
# "issues/2015-10-nxdj/...", "years/2015/index.md", "years/2010-2019/index.md": the files of one
# issue, the page of a year, of a decade or century of 各期
ISSUE_FILE = re.compile(r"^issues/([^/]+)/")
YEAR_PAGE = re.compile(r"^years/(\d+|unknown)/index\.md$")
SPAN_PAGE = re.compile(r"^years/(\d+-\d+)/index\.md$")


@dataclass(frozen=True)
class Node:
    """One nav entry: a page (path) or a section (children)."""
    title: str | None
    path: str | None = None
    children: tuple["Node", ...] = ()

    @property
    def first_page(self) -> str | None:
        """The page a pruned section links to (Material's render_pruned: the first leaf)."""
        return self.path if self.path is not None else (
            self.children[0].first_page if self.children else None)

    def summary(self) -> tuple:
        """What a page shows of this entry when it is not on the page's way down."""
        if self.path is not None:
            return ("page", self.title, self.path)
        return ("section", self.title, self.first_page, bool(self.children))


def article_way(way: list, is_year_page) -> list[tuple]:
    """What an article page shows of the nav's way down to its issue (`way`: the sections from
    the level-1 section to the one that lists the issue): [(section, the entries it lists)].
    The level-1 section and the issue's own section are shown, and between them only the
    years (a section whose page, navigation.indexes, is a year's); the other groups (a
    decade, a century, a month) are left out. The issue's own section lists all its entries (the
    issue's neighbours), every other only its page and the next section shown.
    Material lists every entry of each open level: on an article page of a century-deep archive
    the other centuries, decades and years were ~20 entries and three levels, 5 KB on every
    page, growing with the archive; the years are one click away (浏览 › 年份, the breadcrumb's
    year)."""
    def is_year(section) -> bool:
        return any(is_year_page(c) for c in section.children)
    kept = [s for n, s in enumerate(way) if n in (0, len(way) - 1) or is_year(s)]
    out = []
    for section, nxt in zip(kept, kept[1:] + [None]):
        index = next((c for c in section.children if is_year_page(c)), None)
        out.append((section, list(section.children) if nxt is None else
                    [index, nxt] if index is not None else [nxt]))
    return out


def is_year_node(node: "Node") -> bool:
    """The entry is a year's page."""
    return node.path is not None and bool(YEAR_PAGE.match(node.path))


def nav_tree(nav) -> tuple[Node, ...]:
    """MkDocs' nav (lists of one-key dicts, bare paths) as nodes."""
    nodes = []
    for item in nav:
        if isinstance(item, str):
            nodes.append(Node(None, item))
            continue
        (title, value), = item.items()
        nodes.append(Node(title, value) if isinstance(value, str) else
                     Node(title, None, nav_tree(value)))
    return tuple(nodes)


@dataclass(frozen=True)
class Run:
    """One MkDocs run: the docs files it renders (or copies), the articles it reads for the
    feeds only (`index` run), and whether it writes the site-wide files."""
    name: str
    files: tuple[str, ...]
    site_wide: bool = False
    read_only: tuple[str, ...] = ()


@dataclass
class Plan:
    keys: dict[str, str]            # every docs file → its key
    fresh: set[str]                 # the docs files whose output this build makes
    runs: list[Run] = field(default_factory=list)


def _digest(*parts) -> str:
    h = hashlib.sha256()
    for p in parts:
        b = repr(p).encode("utf-8")
        h.update(len(b).to_bytes(8, "big") + b)
    return h.hexdigest()


class NavViews:
    """Each nav page's way down (sections from the top) and neighbours; each page's view."""

    def __init__(self, nav):
        self.top = nav_tree(nav)
        self.way: dict[str, tuple[Node, ...]] = {}
        self.order: list[str] = []
        self._walk(self.top, ())
        self.neighbours = {p: (self.order[n - 1] if n else None,
                               self.order[n + 1] if n + 1 < len(self.order) else None)
                           for n, p in enumerate(self.order)}
        # navigation.sections: level-1 sections are always open
        self.always = tuple((n.title, tuple(c.summary() for c in n.children))
                            for n in self.top if n.path is None)
        self._views: dict[str, str] = {}
        self._parts: dict[str, str] | None = None

    def _walk(self, nodes, way):
        for n in nodes:
            if n.path is not None:
                self.way.setdefault(n.path, way)
                self.order.append(n.path)
            else:
                self._walk(n.children, way + (n,))

    def view(self, path: str) -> str:
        """A digest of what `path` shows of the nav: the top level, the level-1 sections'
        entries, every section on its way down with its entries, and itself; an article, its
        issue's way folded (`article_view`)."""
        m = ARTICLE.match(path)
        own = f"issues/{m.group(1)}/index.md" if m else path
        if m and own in self.way:
            return self.article_view(own)
        if own not in self._views:
            way = self.way.get(own, ())
            opened = tuple((s.title, tuple(c.summary() for c in s.children)) for s in way)
            self._views[own] = _digest(tuple(n.summary() for n in self.top), self.always,
                                       opened, own if own in self.way else None)
        return self._views[own]

    def article_view(self, issue: str) -> str:
        """A digest of what an article of `issue` shows of the nav: the top level's titles
        (level-1 sections are open, never one link), the entries of the level-1 sections off
        its way, and the sections on its way it shows with what each lists (`article_way`)."""
        key = ("article", issue)
        if key not in self._views:
            way = self.way[issue]
            top = tuple(n.summary() if n.path is not None else ("section", n.title)
                        for n in self.top)
            off_way = tuple(s for s in self.always if not way or s[0] != way[0].title)
            issue_node = next(c for c in way[-1].children if c.path == issue)
            shown = article_way(list(way), is_year_node)
            opened = []
            for n, (section, entries) in enumerate(shown):
                nxt = shown[n + 1][0] if n + 1 < len(shown) else None  # shown open, next
                opened.append((section.title, tuple(("way",) if c is nxt else c.summary()
                                                    for c in entries)))
            self._views[key] = _digest(top, off_way, tuple(opened), issue_node.summary())
        return self._views[key]

    def part_of(self, path: str) -> str:
        """The part a docs file belongs to."""
        if self._parts is None:
            self._parts = self.parts()
        return part_of(path, self._parts)

    def part_names(self) -> list[str]:
        """The parts other than the index part, in the nav's order (CI's matrix)."""
        if self._parts is None:
            self._parts = self.parts()
        return list(dict.fromkeys(self._parts.values()))

    def parts(self) -> dict[str, str]:
        """Issue id or year → the part (the entry of 各期) that holds it."""
        out: dict[str, str] = {}
        for top in self.top:
            for entry in top.children if top.path is None else ():
                pages = list(_pages(entry))
                if not any(ISSUE_FILE.match(p) or YEAR_PAGE.match(p) for p in pages):
                    break  # not 各期
                name = part_name(pages)
                for p in pages:
                    m = ISSUE_FILE.match(p) or YEAR_PAGE.match(p) or SPAN_PAGE.match(p)
                    if m:
                        out[m.group(1)] = name
        return out


def _pages(node: Node):
    if node.path is not None:
        yield node.path
    for c in node.children:
        yield from _pages(c)


def part_name(pages: list[str]) -> str:
    """"2003" or "2000-2009" (the years its year pages span), ASCII for CI's job names."""
    years = sorted(m.group(1) for p in pages if (m := YEAR_PAGE.match(p)))
    if not years:
        return "undated"
    return years[0] if years[0] == years[-1] else f"{years[0]}-{years[-1]}"


def part_of(path: str, parts: dict[str, str]) -> str:
    m = ISSUE_FILE.match(path) or YEAR_PAGE.match(path) or SPAN_PAGE.match(path)
    return parts.get(m.group(1), INDEX_PART) if m else INDEX_PART


def file_keys(digests: dict[str, str], nav, fingerprint: str) -> tuple[dict[str, str], NavViews]:
    """Every docs file's key: its path and text (`digests`: of each file's text), what it shows
    of the nav, its neighbours in nav order (`<link rel="prev|next">`), and the rest of the
    site (`fingerprint`)."""
    views = NavViews(nav)
    keys = {}
    for path, digest in digests.items():
        if path.endswith(".md"):
            keys[path] = _digest(fingerprint, path, digest, views.view(path),
                                 views.neighbours.get(path))
        else:  # a static file is copied as it is
            keys[path] = _digest(fingerprint, path, digest)
    return keys, views


def build_plan(keys: dict[str, str], views: NavViews, kept: set[str],
               feed_articles: set[str] = frozenset(), run_pages: int | None = None,
               site_wide: bool = True) -> Plan:
    """The files to make (all but `kept`, whose outputs the last site has), in runs of about
    `run_pages` Markdown pages: the site-wide run first (the articles the feeds list, written
    when they are to be made and read only otherwise, then the index part's pages and as many
    others as fit), then the others in path order. Without `site_wide` (a part's build) no run
    writes the site-wide files."""
    run_pages = run_pages or RUN_PAGES
    fresh = set(keys) - kept
    listed = sorted(feed_articles & fresh)  # the site-wide run writes them, the feeds read them
    order = sorted(fresh - feed_articles, key=lambda p: (views.part_of(p) != INDEX_PART, p))
    chunks: list[list[str]] = [listed]
    n = len(listed)
    for p in order:
        if n >= run_pages and p.endswith(".md"):
            chunks.append([])
            n = 0
        chunks[-1].append(p)
        n += p.endswith(".md")
    runs = [Run(f"run-{k:03d}", tuple(c), site_wide=site_wide and not k,
                read_only=tuple(sorted(feed_articles - fresh)) if site_wide and not k else ())
            for k, c in enumerate(chunks) if c or site_wide]
    return Plan(keys, fresh, runs)


def outputs(path: str) -> list[str]:
    """The site files a docs file gives (its page and its zh-Hant twin, or the copied file)."""
    if path.endswith(".md"):
        html = path[:-3] + ".html"
        return [html, posixpath.join("zh-Hant", html)]
    return [path]
