"""MkDocs hooks (the generated config lists this file under `hooks:`): each built page → the
same page without its blank lines; an article page's nav opened on its issue; 404.html with
links that work under whatever folder the site is served from; the theme's templates compiled
once per machine, not once per build.

Takes the HTML MkDocs renders for a page; gives it back with every run of white space that
holds a line break cut to one line break, outside `<pre>`, `<textarea>` and `<script>`.
Material's navigation template loops over every child of a nav section to find the active
one and leaves two blank lines per child, even for sections it prunes: every page carried
white space in proportion to the number of issues (9 KB at 180 issues). A browser collapses
such white space to one space anyway, so the page shows the same.

Why not mkdocs-minify-plugin: its HTML minifier (htmlmin2) parses every page in pure Python
to remove more than these lines; only the blank lines grow with the archive, and cutting them
is one regex pass.
"""
from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from mkdocs.utils import is_error_template

from jinja2 import FileSystemBytecodeCache

# An element whose white space is content, e.g. `<pre class="qikan-cite__text">…</pre>`.
KEEP = re.compile(r"(<(pre|textarea|script)\b.*?</\2\s*>)", re.S | re.I)
# White space holding a line break, e.g. "\n    \n      \n  " between two tags.
BREAKS = re.compile(r"[ \t\r]*\n\s*")


def compact_html(html: str) -> str:
    parts = KEEP.split(html)
    # re.split gives text, element, tag name, text, …: only the text between elements changes
    return "".join(BREAKS.sub("\n", p) if n % 3 == 0 else p if n % 3 == 1 else ""
                   for n, p in enumerate(parts))


def on_env(env, config, files):
    """Jinja's own bytecode cache for the theme's templates (in the user's temporary folder,
    where Jinja keeps it by default): compiling Material's templates cost every build about half
    a second, a test suite of dozens of small builds half a minute. An entry is used only while
    its template's source is unchanged (Jinja checks it), so the output cannot differ."""
    env.bytecode_cache = FileSystemBytecodeCache()
    return env


def on_nav(nav, config, files):
    """The nav's pages by source path, once per build: looked up for every article page (a
    search through the nav per page made the build grow with the archive's square)."""
    _nav_pages.clear()
    _nav_pages.update((p.file.src_uri, p) for p in nav.pages)
    return nav


def _issue_page(page):
    """The nav's page of the issue an article page belongs to (articles are not in the nav)."""
    issue = (page.meta or {}).get("issue")
    if not issue or page.meta.get("template") != "article.html":
        return None
    return _nav_pages.get(f"issues/{issue}/index.md")


def on_page_context(context, page, config, nav):
    """An article page's nav opens on its issue: the issue's entry and its year are active
    (Material expands and marks them), for this page only."""
    issue = _issue_page(page)
    if issue is not None:
        issue.active = True
        _opened.append(issue)
    return context


def on_post_page(output: str, page, config) -> str:
    while _opened:  # the next page's nav is its own
        _opened.pop().active = False
    return compact_html(output)


_opened: list = []  # the issue page made active for the page being rendered
_nav_pages: dict = {}  # the nav's pages by source path (on_nav)


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
FIND_ROOT = """<script type="application/json" id="qikan-root">{"base": "%s"}</script>
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
    """404.html's links relative to the site's root (its <base>), not from site_url's path."""
    if is_error_template(template_name):
        context["base_url"] = "."
    return context


def on_post_template(output: str, template_name: str, config) -> str:
    if not is_error_template(template_name):
        return output
    known = urlsplit(config.site_url or "").path
    script = FIND_ROOT % (ROOT_MARKER, json.dumps(known if known.endswith("/") else ""))
    m = CHARSET.search(output)
    at = m.end() if m else output.index("<head>") + len("<head>")
    return output[:at] + "\n" + script + output[at:]
