"""MkDocs hooks (the generated config lists this file under `hooks:`): each built page → the
same page without its blank lines; an article page's nav opened and folded on its issue; 404.html with
links that work under whatever folder the site is served from; the theme's templates compiled
once per machine, not once per build; a run that renders only the files of its plan
(site/plan.py), with the whole archive in its nav.

Takes the HTML MkDocs renders for a page; gives it back with every run of white space that
holds a line break cut to one line break, outside `<pre>`, `<textarea>` and `<script>`.
Material's navigation template loops over every child of a nav section to find the active
one and leaves two blank lines per child, even for sections it prunes: every page carried
white space in proportion to the number of issues (9 KB at 180 issues). A browser collapses
such white space to one space anyway, so the page shows the same. Before the content (the
head, the header, the sidebars: Material's chrome) the line breaks beside tags go too: its
templates put each tag and title on its own line (eight line breaks a nav entry, ~0.5 KB a page
of a deep archive), and there they show nothing — each text is the only one of its flex item
(`.md-nav__link`, `.md-header__topic` are flexboxes) or begins its line, where a browser drops
white space. The content and the footer keep theirs ("由 <a>…</a> 生成" needs its spaces).
There too the pruned nav entries lose the class `md-nav__item--pruned`, which nothing reads.

Why not mkdocs-minify-plugin: its HTML minifier (htmlmin2) parses every page in pure Python
to remove more than these lines; only the blank lines grow with the archive, and cutting them
is one regex pass.
"""
from __future__ import annotations

import json
import os
import re
from urllib.parse import urlsplit

from mkdocs.structure.files import InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import is_error_template

from jinja2 import FileSystemBytecodeCache

from qikan.site.plan import YEAR_PAGE, article_way

# An element whose white space is content, e.g. `<pre class="qikan-cite__text">…</pre>`.
KEEP = re.compile(r"(<(pre|textarea|script)\b.*?</\2\s*>)", re.S | re.I)
# White space holding a line break, e.g. "\n    \n      \n  " between two tags.
BREAKS = re.compile(r"[ \t\r]*\n\s*")


# Where a page's content begins (Material's and Zensical's base.html): before it, the chrome.
CONTENT = '<div class="md-content"'
# White space beside a tag, e.g. "\n" in `<span class="md-ellipsis">\n2049 年\n</span>`.
AROUND_TAG = re.compile(r"\s*(<[^>]*>)\s*")


# The mark navigation.prune gives an entry it shows as a bare link, e.g.
# `<li class="md-nav__item md-nav__item--pruned md-nav__item--nested">`: no rule of Material's
# (9.8) or Zensical's stylesheets and scripts reads it, and a page of a 100,000-article archive
# shows ~20 such entries (the other centuries, decades and years): 0.45 KB a page.
PRUNED = " md-nav__item--pruned"


# Where the sidebars begin (the nav, then the TOC), e.g. `<div class="md-sidebar md-sidebar--primary"`.
SIDEBARS = '<div class="md-sidebar'
# A nav or TOC entry's title in Material's wrapper, e.g. `<span class="md-ellipsis">2000 年</span>`
# inside `<a class="md-nav__link">`: the wrapper's rule (overflow: hidden, text-overflow:
# ellipsis) never shows an ellipsis there, as the titles wrap; the link, a flexbox, lays the bare
# text out the same. 34 bytes an entry, ~1 KB a page with a TOC. (The header's title keeps its
# wrapper: there it does cut the title short.)
ELLIPSIS = re.compile(r'<span class="md-ellipsis">([^<]*)</span>')


def compact_html(html: str) -> str:
    cut = max(html.find(CONTENT), 0)
    chrome = compact(html[:cut], AROUND_TAG, r"\1").replace(PRUNED, "")
    side = chrome.find(SIDEBARS)
    if side >= 0:
        chrome = chrome[:side] + ELLIPSIS.sub(r"\1", chrome[side:])
    return chrome + compact(html[cut:], BREAKS, "\n")


def compact(html: str, space: re.Pattern, by: str) -> str:
    parts = KEEP.split(html)
    # re.split gives text, element, tag name, text, …: only the text between elements changes
    return "".join(space.sub(by, p) if n % 3 == 0 else p if n % 3 == 1 else ""
                   for n, p in enumerate(parts))


def on_env(env, config, files):
    """Jinja's own bytecode cache for the theme's templates (in the user's temporary folder,
    where Jinja keeps it by default): compiling Material's templates cost every build about half
    a second, a test suite of dozens of small builds half a minute. An entry is used only while
    its template's source is unchanged (Jinja checks it), so the output cannot differ."""
    env.bytecode_cache = FileSystemBytecodeCache()
    # JSON blocks (Material's __config, the search strings) in UTF-8, not as \uXXXX escapes:
    # the same data in half the bytes, on every page (site/hant.py writes its twins alike)
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    return env


# -- runs ---------------------------------------------------------------------------------------
# A build renders its pages in several MkDocs runs over the same docs folder (site/plan.py):
# `extra.qikan_run` names a JSON file {"files": [...], "site_wide": bool, "read_only": [...],
# "folders": [...]} ("folders": made in the site folder first — the feed plugin writes
# feeds/<slug>.xml but does not make feeds/).
# Every other docs file is excluded from the run — MkDocs neither reads nor writes it — but stays
# in `files`, so the nav holds every page and links to it are made as in one whole build. Only
# the site-wide run copies the theme's files and writes 404.html, the sitemap (of every page)
# and the feeds; it reads the feeds' articles (`read_only`) without writing them.
READ_ONLY_TEMPLATE = "qikan-none.html"  # theme_overrides/: renders nothing, so nothing is written
SITE_WIDE_TEMPLATES = ("404.html", "sitemap.xml")


def on_config(config):
    _run.clear()
    path = (config.extra or {}).get("qikan_run")
    if path:
        with open(path, encoding="utf-8") as f:
            _run.update(json.load(f))
    return config


def on_files(files, config):
    _files[:] = [files]
    if not _run:
        return files
    for folder in _run.get("folders", ()):
        os.makedirs(os.path.join(config.site_dir, folder), exist_ok=True)
    wanted = set(_run["files"]) | set(_run["read_only"])
    docs = os.path.join(os.path.abspath(config.docs_dir), "")
    for f in files:
        if (f.abs_src_path or "").startswith(docs):
            if f.src_uri not in wanted:
                f.inclusion = InclusionLevel.EXCLUDED
        elif not _run["site_wide"]:  # the theme's files: copied once, by the site-wide run
            f.inclusion = InclusionLevel.EXCLUDED
    return files


def on_page_markdown(markdown, page, config, files):
    if _run and page.file.src_uri in _run["read_only_set"]:
        page.meta["template"] = READ_ONLY_TEMPLATE
    return markdown


def on_nav(nav, config, files):
    """The nav's pages by source path, once per build: looked up for every article page (a
    search through the nav per page made the build grow with the archive's square)."""
    _nav_pages.clear()
    _nav_pages.update((p.file.src_uri, p) for p in nav.pages)
    if _run:
        _run["read_only_set"] = set(_run["read_only"])
        if _run["site_wide"]:  # the sitemap lists every page, also those other runs write
            for f in files.documentation_pages(inclusion=_any):
                if f.page is None:
                    Page(None, f, config)
    return nav


def _any(level) -> bool:
    return True


def _issue_page(page):
    """The nav's page of the issue an article page belongs to (articles are not in the nav)."""
    issue = (page.meta or {}).get("issue")
    if not issue or page.meta.get("template") != "article.html":
        return None
    return _nav_pages.get(f"issues/{issue}/index.md")


def on_page_context(context, page, config, nav):
    """An article page's nav opens on its issue: the issue's entry and its year are active
    (Material expands and marks them), and the way down to it is folded (plan.article_way:
    no other year, no decade or century level), for this page only."""
    issue = _issue_page(page)
    if issue is not None:
        issue.active = True
        _opened.append(issue)
        way, section = [], issue.parent
        while section is not None:
            way.insert(0, section)
            section = section.parent
        shown = article_way(way, _is_year_page)
        for section, entries in shown:
            _folded.append((section, section.children))
            section.children = entries
    return context


def _is_year_page(item) -> bool:
    file = getattr(item, "file", None)  # a Section has none
    return file is not None and bool(YEAR_PAGE.match(file.src_uri))


def on_post_page(output: str, page, config) -> str:
    while _opened:  # the next page's nav is its own
        _opened.pop().active = False
    while _folded:
        section, children = _folded.pop()
        section.children = children
    return compact_html(output)


_opened: list = []  # the issue page made active for the page being rendered
_folded: list = []  # (section, its children) folded for the page being rendered
_nav_pages: dict = {}  # the nav's pages by source path (on_nav)
_run: dict = {}  # this run's plan (on_config); empty: a whole build
_files: list = []  # this run's files (on_files)


# -- 404.html -----------------------------------------------------------------------------------
# A server sends 404.html for any missing URL (GitHub Pages: anywhere under a project site's
# /<repo>/), so no link written into it is right relative to where it shows. MkDocs writes them
# from site_url's path (or "/" without one): wrong when the site is served elsewhere, e.g.
# under /some/path/ without site_url, or as a preview. qikan writes them relative to the site's
# root ("./assets/…") and lets this script, first in <head>, find that root before anything
# loads and declare it as the page's <base>: the deepest folder of the requested URL holding
# the marker file, tried from site_url's path first (a HEAD request each; a 404 page only).
# The marker is in a JSON block, as the zh-Hant twin re-aims it ("../search/index.js": its
# links are relative to <root>/zh-Hant/). From file:// the page's own folder is the root.
ROOT_MARKER = "search/index.js"   # one file only the site's root holds (qikan/site/search.py)
FIND_ROOT = r"""<script type="application/json" id="qikan-root">{"base": "%s"}</script>
<script>(function () {
  var marker = JSON.parse(document.getElementById("qikan-root").textContent).base;
  var known = %s, here = location.pathname.replace(/[^/]*$/, ""), root = here, tries = [];
  if (known && here.indexOf(known) === 0) tries.push(known);
  for (var d = here; d; d = d === "/" ? "" : d.replace(/[^/]*\/$/, "")) tries.push(d);
  for (var i = 0; location.protocol !== "file:" && i < tries.length; i++) {
    var x = new XMLHttpRequest();
    try { x.open("HEAD", tries[i] + marker, false); x.send(); } catch (e) { break; }
    if (x.status >= 200 && x.status < 300) { root = tries[i]; break; }
  }
  document.write('<base href="' + root.replace(/"/g, "%%22") + '">');
})();</script>
"""
# `<meta charset="utf-8">`: the script goes right after it (the charset stays in the first bytes)
CHARSET = re.compile(r"<meta charset=[^>]*>")


def on_template_context(context, template_name, config):
    """404.html's links relative to the site's root (its <base>), not from site_url's path;
    the sitemap of a site-wide run lists every page of the archive."""
    if is_error_template(template_name):
        context["base_url"] = "."
    if template_name == "sitemap.xml" and _run.get("site_wide"):
        context["pages"] = _files[0].documentation_pages(inclusion=_any)
    return context


def on_post_template(output: str, template_name: str, config) -> str:
    if _run and not _run["site_wide"] and template_name in SITE_WIDE_TEMPLATES:
        return ""  # written by the site-wide run
    if not is_error_template(template_name):
        return output
    known = urlsplit(config.site_url or "").path
    script = FIND_ROOT % (ROOT_MARKER, json.dumps(known if known.endswith("/") else ""))
    m = CHARSET.search(output)
    at = m.end() if m else output.index("<head>") + len("<head>")
    return output[:at] + "\n" + script + output[at:]
