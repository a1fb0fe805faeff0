"""zh-Hant edition: the built Simplified site → its Traditional twin under `<site>/zh-Hant/`.

Takes the folder `mkdocs build` wrote (before it is swapped in) and an OpenCC profile; writes,
for every HTML page of the site, the same page in Traditional characters at
`zh-Hant/<same relative path>`, and gives a `HantReport`.

What a page's twin changes, and nothing else:
- the text a reader sees is converted with OpenCC: text nodes, the human-readable attribute
  values (title, alt, aria-label, placeholder, meta content, data-*), and the strings of JSON
  script blocks (Material's `__config` carries the search UI's translations). Scripts, styles,
  comments and URLs are left alone; text inside an element marked `lang="zh-Hans"` (the switch's
  own label for the Simplified edition) stays Simplified;
- `<html lang="zh-Hant">`;
- relative URLs are re-aimed from one folder deeper: links to other pages of the edition (and
  to files that exist under zh-Hant/) stay as they are, links to shared files (assets/, search/,
  …) get one more `../`, links marked `hreflang="zh-Hans"` go to the Simplified twin, and links
  into `zh-Hant/` (the switch rendered on the Simplified page) lose that prefix.

Why by hand: OpenCC converts strings, not HTML, and no library converts only a page's
human-readable text while keeping its markup byte for byte; a second `mkdocs build` of converted
Markdown would double the build's cost, while converting the finished pages costs a fraction of
it. The pages are MkDocs + Material output (well-formed, attributes quoted), so a tokenizer of
tags and text is enough; no HTML is re-serialized except the attributes that change.
"""
from __future__ import annotations

import json
import posixpath
import re
import time
from dataclasses import dataclass
from pathlib import Path

import opencc

from .ingest import InputError

EDITION = "zh-Hant"
DEFAULT_PROFILE = "s2t"
# OpenCC's Simplified → Traditional profiles: s2t converts characters only (the text keeps
# mainland vocabulary), s2tw adds Taiwan's variant characters, s2twp also Taiwan's vocabulary
# (软件 → 軟體, 搜索 → 搜尋), s2hk Hong Kong's variant characters.
PROFILES = ("s2t", "s2tw", "s2twp", "s2hk")

# One token of a page: a whole script / style element, a comment or doctype, or one tag.
# The text between tokens is what a reader sees.
TOKEN = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>|<style\b.*?</style\s*>|<!--.*?-->"
                   r"|<![^>]*>|<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>", re.S | re.I)
# One attribute of a tag, e.g. ` aria-label="页眉"` or ` required`.
ATTR = re.compile(r"""(\s+)([^\s"'=<>/]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+))?""")
# A URL with a scheme (https:, mailto:, data:, javascript:) or protocol-relative: left alone.
ABSOLUTE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")
# Material's inline head script: `__md_scope=new URL("../..",location)`.
SCOPE = re.compile(r'(new URL\(")([^"]*)(",\s*location\))')
URL_ATTRS = frozenset({"href", "src", "action", "poster"})
READABLE_ATTRS = frozenset({"title", "alt", "aria-label", "aria-description", "placeholder",
                            "content", "label", "summary"})
JSON_URL_KEYS = frozenset({"base", "search"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "source", "track", "wbr"})
SIMPLIFIED_LANGS = frozenset({"zh-hans", "zh-cn", "zh-sg", "zh"})


@dataclass
class HantReport:
    pages: int
    seconds: float
    profile: str


def check_profile(profile: str) -> str:
    if profile not in PROFILES:
        raise ValueError(f"unknown OpenCC profile {profile!r} for the zh-Hant edition; "
                         f"use one of {', '.join(PROFILES)}")
    return profile


def configured_profile(config: Path) -> str:
    """`extra.qikan.hant_profile` of the site's mkdocs.yml (INHERIT and !ENV as MkDocs reads
    them), checked: an unknown profile is the editor's to fix, at the line that names it."""
    from mkdocs.utils import yaml_load

    with open(config, encoding="utf-8") as f:
        data = yaml_load(f) or {}
    profile = ((data.get("extra") or {}).get("qikan") or {}).get("hant_profile", DEFAULT_PROFILE)
    if profile not in PROFILES:
        text = config.read_text(encoding="utf-8").splitlines()
        line = next((n for n, t in enumerate(text, 1) if "hant_profile" in t), None)
        raise InputError(str(config), line, f"unknown OpenCC profile {profile!r} for the "
                         "zh-Hant edition", f"set extra.qikan.hant_profile to one of "
                         f"{', '.join(PROFILES)}")
    return profile


class PageConverter:
    """Converts the pages of one site; knows which targets the zh-Hant edition holds."""

    def __init__(self, profile: str, pages: set[str], edition_files: set[str]):
        self.cc = opencc.OpenCC(check_profile(profile))
        self.pages = pages                    # site-relative paths of the Simplified pages
        self.inside = pages | edition_files  # what zh-Hant/<path> will hold
        self.dirs = {posixpath.dirname(p) for p in self.inside}
        self.dirs |= {d for x in list(self.dirs) for d in _parents(x)}

    def convert(self, text: str) -> str:
        return self.cc.convert(text) if not text.isascii() else text

    # -- URLs ---------------------------------------------------------------------------------
    def rebase(self, url: str, page: str, hans: bool = False) -> str:
        """`url` as written on Simplified `page`, re-aimed for the twin at zh-Hant/`page`."""
        if not url or url.startswith("#") or ABSOLUTE.match(url):
            return url
        cut = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))
        path, rest = url[:cut], url[cut:]
        rooted = path.startswith("/")
        here = posixpath.dirname(page)
        target = posixpath.normpath(path[1:] if rooted else posixpath.join(here, path or "."))
        if target.startswith(".."):
            return url
        target = "" if target == "." else target
        is_dir = path.endswith("/") or path in ("", ".", "..") or path.endswith(("/.", "/.."))
        if target == EDITION or target.startswith(EDITION + "/"):
            new = target[len(EDITION) + 1:]
            if rooted:
                return "/" + EDITION + "/" + new + ("/" if is_dir and new else "") + rest
            return _relative(new, here, is_dir) + rest
        inside = not hans and (target in self.dirs if is_dir else target in self.inside)
        if rooted:  # MkDocs writes root-relative URLs only on 404.html
            return f"/{EDITION}/{target}{'/' if is_dir and target else ''}{rest}" if inside else url
        if inside:
            return url
        return _relative(target, posixpath.join(EDITION, here), is_dir) + rest

    # -- a page -------------------------------------------------------------------------------
    def page(self, html: str, page: str) -> str:
        out: list[str] = []
        texts: list[int] = []      # indices into `out` of text runs to convert in one call
        keep: list[str] = []       # open elements marked lang="zh-Hans" (their text stays)
        pos = 0
        for m in TOKEN.finditer(html):
            if m.start() > pos:
                out.append(html[pos:m.start()])
                if not keep:
                    texts.append(len(out) - 1)
            pos = m.end()
            if m.group(2) is not None:                       # <script …>…</script>
                out.append(self.script(m.group(0), m.group(1), m.group(2), page))
            elif m.group(4) is None:                         # style, comment, doctype
                out.append(m.group(0))
            elif m.group(3):                                 # end tag
                if keep and keep[-1] == m.group(4).lower():
                    keep.pop()
                out.append(m.group(0))
            else:
                name = m.group(4).lower()
                attrs, hans = self.attrs(name, m.group(5), page)
                out.append(f"<{m.group(4)}{attrs}>")
                if keep and keep[-1] == name and name not in VOID:
                    keep.append(name)
                elif hans and name not in VOID and not m.group(5).rstrip().endswith("/"):
                    keep.append(name)
        out.append(html[pos:])
        if not keep:
            texts.append(len(out) - 1)
        self.convert_runs(out, texts)
        return "".join(out)

    def convert_runs(self, out: list[str], idx: list[int]) -> None:
        # One OpenCC call per page: runs are joined with a private-use character that no
        # dictionary contains, so no phrase spans two runs.
        idx = [i for i in idx if not out[i].isascii()]
        if not idx:
            return
        done = self.cc.convert("\ue000".join(out[i] for i in idx)).split("\ue000")
        if len(done) != len(idx):  # the separator was in the text itself: one call per run
            done = [self.cc.convert(out[i]) for i in idx]
        for i, text in zip(idx, done):
            out[i] = text

    def attrs(self, tag: str, raw: str, page: str) -> tuple[str, bool]:
        """A start tag's attributes for the twin, and whether the element is Simplified text."""
        if raw.isascii() and not any(a in raw for a in ("href", "src", "lang", "action", "poster")):
            return raw, False
        found = [(m, m.group(2).lower()) for m in ATTR.finditer(raw)]
        names = {n: _unquote(m.group(4) or "") for m, n in found}
        hans = names.get("lang", "").lower() in SIMPLIFIED_LANGS and tag != "html"
        to_hans = names.get("hreflang", "").lower() in SIMPLIFIED_LANGS
        parts, pos = [], 0
        for m, name in found:
            value = m.group(4)
            if value is None:
                continue
            quote = value[0] if value[0] in "\"'" else '"'
            old = _unquote(value)
            if name in URL_ATTRS:
                new = self.rebase(old, page, to_hans)
            elif tag == "html" and name == "lang":
                new = EDITION
            elif (name in READABLE_ATTRS or name.startswith("data-")) and not hans:
                new = self.convert(old)
            else:
                continue
            if new != old:
                parts.append(raw[pos:m.start(4)])
                parts.append(quote + new + quote)
                pos = m.end(4)
        parts.append(raw[pos:])
        return "".join(parts), hans

    def script(self, whole: str, attrs: str, body: str, page: str) -> str:
        new_attrs, _ = self.attrs("script", attrs, page)
        if "application/json" in attrs.lower():
            body = self.json_block(body, page)
        elif "new URL(" in body:
            body = SCOPE.sub(lambda m: m.group(1) + self.rebase(m.group(2) or ".", page)
                             + m.group(3), body)
        else:
            return whole if new_attrs == attrs else f"<script{new_attrs}>{body}</script>"
        return f"<script{new_attrs}>{body}</script>"

    def json_block(self, body: str, page: str) -> str:
        try:
            data = json.loads(body)
        except ValueError:
            return body

        def walk(x, key=None):
            if isinstance(x, dict):
                return {k: walk(v, k) for k, v in x.items()}
            if isinstance(x, list):
                return [walk(v, key) for v in x]
            if isinstance(x, str):
                return self.rebase(x, page) if key in JSON_URL_KEYS else self.convert(x)
            return x
        # Escaped as Jinja's `tojson` does, so the block can never close the <script>.
        text = json.dumps(walk(data), sort_keys=False)
        return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("'", "\\u0027"))


def _parents(d: str):
    while d:
        d = posixpath.dirname(d)
        yield d


def _relative(target: str, here: str, is_dir: bool) -> str:
    rel = posixpath.relpath(target or ".", here or ".")
    if is_dir:
        return "./" if rel == "." else rel + "/"
    return rel


def _unquote(value: str) -> str:
    return value[1:-1] if value[:1] in "\"'" and len(value) >= 2 else value


def simplified_pages(site: Path) -> list[str]:
    """Every HTML page of the Simplified edition, as sorted site-relative POSIX paths."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")
                  if p.relative_to(site).parts[0] != EDITION)


def write_hant_edition(site: Path, profile: str = DEFAULT_PROFILE) -> HantReport:
    """Write zh-Hant/<path> for every Simplified page of `site`."""
    start = time.perf_counter()
    pages = simplified_pages(site)
    edition = site / EDITION
    existing = {p.relative_to(edition).as_posix() for p in edition.rglob("*") if p.is_file()} \
        if edition.is_dir() else set()
    conv = PageConverter(profile, set(pages), existing)
    for rel in pages:
        dst = edition / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.write_text(conv.page((site / rel).read_text(encoding="utf-8"), rel), encoding="utf-8")
    return HantReport(len(pages), time.perf_counter() - start, profile)
