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
it. The pages are MkDocs + Material output (well-formed, attributes quoted), so cutting them
into tags and text is enough; nothing is re-serialized but the attribute values that change.
"""
from __future__ import annotations

import json
import posixpath
import re
import time
from dataclasses import dataclass
from pathlib import Path

import opencc

from ..errors import InputError

EDITION = "zh-Hant"
DEFAULT_PROFILE = "s2tw"  # 為, 群眾: the forms readers in Taiwan and Hong Kong expect
# OpenCC's Simplified → Traditional profiles: s2t converts characters only (the text keeps
# mainland vocabulary), s2tw adds Taiwan's variant characters, s2twp also Taiwan's vocabulary
# (软件 → 軟體, 搜索 → 搜尋), s2hk Hong Kong's variant characters.
PROFILES = ("s2t", "s2tw", "s2twp", "s2hk")

# A page cut into its markup (odd items): a whole script or style element, a comment or
# doctype, or one tag; the text between them (even items) is what a reader sees.
MARKUP = re.compile(r"(<script\b[^>]*>.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->"
                    r"|<[^>]*>)", re.S | re.I)
# A script element, e.g. `<script id="__config" type="application/json">{…}</script>`.
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
# A start tag, e.g. `<a href="../../index.html" class="md-nav__link">`.
START = re.compile(r"<([a-zA-Z][\w-]*)(.*?)(/?>)$", re.S)
# An element whose text is Simplified on purpose, e.g. `<a … lang="zh-Hans">简体中文</a>`.
HANS_TEXT = re.compile(r"\slang=[\"']?zh-Hans\b", re.I)
# Attributes a twin may change; a tag with none of them and only ASCII is copied as it is.
CHANGING = re.compile(r"\s(?:href|src|lang|action|poster)=")
# One attribute of a tag, e.g. ` aria-label="页眉"` or ` required`.
ATTR = re.compile(r"""(\s+)([^\s"'=<>/]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+))?""")
# A URL with a scheme (https:, mailto:, data:, javascript:) or protocol-relative: left alone.
ABSOLUTE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")
# Material's inline head script: `__md_scope=new URL("../..",location)`.
SCOPE = re.compile(r'(new URL\(")([^"]*)(",\s*location\))')
# A sitemap entry, e.g. `<loc>https://example.org/issues/2015-10-nxdj/002.html</loc>`.
LOC = re.compile(r"(<loc>)([^<]+)(</loc>)")
URL_ATTRS = frozenset({"href", "src", "action", "poster"})
READABLE_ATTRS = frozenset({"title", "alt", "aria-label", "aria-description", "placeholder",
                            "content", "label", "summary"})
JSON_URL_KEYS = frozenset({"base", "search"})
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


def configured_profile(config: Path, data: dict | None = None) -> str:
    """`extra.qikan.hant_profile` of the site's mkdocs.yml (INHERIT and !ENV as MkDocs reads
    them; `data`: the config already read so), checked: an unknown profile is the editor's to
    fix, at the line that names it."""
    if data is None:
        from mkdocs.utils import yaml_load

        with open(config, encoding="utf-8") as f:
            data = yaml_load(f) or {}
    profile = ((data.get("extra") or {}).get("qikan") or {}).get("hant_profile", DEFAULT_PROFILE)
    if profile not in PROFILES:
        text = config.read_text(encoding="utf-8").splitlines()
        line = next((n for n, t in enumerate(text, 1) if "hant_profile" in t), None)
        raise InputError(str(config), line, "hant-profile", profile=repr(profile),
                         profiles=", ".join(PROFILES))
    return profile


class PageConverter:
    """Converts the pages of one site; knows which targets the zh-Hant edition holds."""

    def __init__(self, profile: str, pages: set[str], edition_files: set[str]):
        self.cc = opencc.OpenCC(check_profile(profile))
        self.inside = pages | edition_files  # what zh-Hant/<path> will hold
        self.dirs = {posixpath.dirname(p) for p in self.inside}
        self.dirs |= {d for x in list(self.dirs) for d in _parents(x)}
        self.rebased: dict[tuple[str, str, bool], str] = {}
        self.tags: dict[tuple[str, str, bool], tuple[str, str]] = {}
        self.short: dict[str, str] = {}
        self.folder: str | None = None

    def convert(self, text: str) -> str:
        if text.isascii():
            return text
        if len(text) > 100:  # body text: seen once
            return self.cc.convert(text)
        if text not in self.short:  # labels of the nav, the header, Material's UI: every page
            self.short[text] = self.cc.convert(text)
        return self.short[text]

    # -- URLs ---------------------------------------------------------------------------------
    def rebase(self, url: str, page: str, hans: bool = False) -> str:
        """`url` as written on Simplified `page`, re-aimed for the twin at zh-Hant/`page`."""
        if not url or url.startswith("#") or ABSOLUTE.match(url):
            return url
        key = (posixpath.dirname(page), url, hans)  # every page of a folder has the same nav
        if key not in self.rebased:
            self.rebased[key] = self._rebase(url, page, hans)
        return self.rebased[key]

    def _rebase(self, url: str, page: str, hans: bool) -> str:
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
        if rooted:  # a root-relative URL (a link written so in the settings or a page)
            return f"/{EDITION}/{target}{'/' if is_dir and target else ''}{rest}" if inside else url
        if inside:
            return url
        return _relative(target, posixpath.join(EDITION, here), is_dir) + rest

    # -- a page -------------------------------------------------------------------------------
    def page(self, html: str, page: str) -> str:
        here = posixpath.dirname(page)
        if here != self.folder:  # the tag and URL caches hold one folder's (pages come sorted)
            self.folder = here
            self.rebased.clear()
            self.tags.clear()
        parts = MARKUP.split(html)
        keep = ""  # the open element marked lang="zh-Hans" (not nested in its like): its text stays
        for i, part in enumerate(parts):
            if not i % 2:
                if not keep and not part.isascii():
                    parts[i] = self.convert(part)
            elif part[1] in "/!":                            # end tag, comment, doctype
                if keep and part[2:2 + len(keep)].lower() == keep:
                    keep = ""
            elif part[1:7].lower() == "script":
                m = SCRIPT.match(part)
                parts[i] = self.script(part, m.group(1), m.group(2), page)
            elif part[1:6].lower() == "style":
                continue
            elif not part.isascii() or CHANGING.search(part):
                key = (here, part, not keep)                 # nav tags repeat page after page
                if key not in self.tags:
                    self.tags[key] = self.start_tag(part, page, readable=not keep)
                parts[i], hans = self.tags[key]
                keep = hans or keep
        return "".join(parts)

    def start_tag(self, tag: str, page: str, readable: bool) -> tuple[str, str]:
        """A start tag for the twin, and its name when it marks its text as Simplified."""
        m = START.match(tag)
        if not m:
            return tag, ""
        name = m.group(1).lower()
        hans = name != "html" and m.group(3) == ">" and bool(HANS_TEXT.search(m.group(2)))
        attrs = self.attrs(name, m.group(2), page, readable and not hans)
        return f"<{m.group(1)}{attrs}{m.group(3)}", name if hans else ""

    def attrs(self, tag: str, raw: str, page: str, readable: bool = True) -> str:
        """A start tag's attributes for the twin."""
        found = [(m, m.group(2).lower()) for m in ATTR.finditer(raw) if m.group(4)]
        to_hans = any(n == "hreflang" and _unquote(m.group(4)).lower() in SIMPLIFIED_LANGS
                      for m, n in found)
        parts, pos = [], 0
        for m, name in found:
            value = m.group(4)
            quote = value[0] if value[0] in "\"'" else '"'
            old = _unquote(value)
            if name in URL_ATTRS:
                new = self.rebase(old, page, to_hans)
            elif tag == "html" and name == "lang":
                new = EDITION
            elif readable and (name in READABLE_ATTRS or name.startswith("data-")):
                new = self.convert(old)
            else:
                continue
            if new != old:
                parts.append(raw[pos:m.start(4)])
                parts.append(quote + new + quote)
                pos = m.end(4)
        parts.append(raw[pos:])
        return "".join(parts)

    def script(self, whole: str, attrs: str, body: str, page: str) -> str:
        new_attrs = self.attrs("script", attrs, page)
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
        # Escaped as Jinja's `tojson` does (with the policy of site/hooks.py: UTF-8), so the
        # block can never close the <script>.
        text = json.dumps(walk(data), sort_keys=False, ensure_ascii=False)
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


def write_hant_edition(site: Path, profile: str = DEFAULT_PROFILE,
                       skip: set[str] = frozenset(), pages: list[str] | None = None
                       ) -> HantReport:
    """Write zh-Hant/<path> for every Simplified page of `site` but those in `skip` (pages
    whose twins an incremental build linked from the last site: a twin depends on its page
    and on which pages the site holds). `pages`: the site's pages when the caller knows them
    (the build: its docs pages and the theme's at the top), so that a site of a million files
    is not walked for them; the edition's other files are read from the folders that hold no
    page.

    One process: a second one (tried with multiprocessing, bench/hant_zip.py) was slower on this
    shared two-core machine, and could save at most half of a step that takes a few seconds of
    a build of a minute or more at 1,000 articles."""
    start = time.perf_counter()
    pages = sorted(pages) if pages is not None else simplified_pages(site)
    edition = site / EDITION
    existing = edition_files(edition, {p.split("/")[0] for p in pages if "/" in p})
    conv = PageConverter(profile, set(pages), existing)
    for rel in pages:
        if rel in skip:
            continue
        dst = edition / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.write_text(conv.page((site / rel).read_text(encoding="utf-8"), rel), encoding="utf-8")
    if (site / "sitemap.xml").exists():
        text = (site / "sitemap.xml").read_text(encoding="utf-8")
        (edition / "sitemap.xml").write_text(hant_sitemap(text, set(pages)), encoding="utf-8")
    return HantReport(len(pages) - len(skip), time.perf_counter() - start, profile)


def edition_files(edition: Path, page_folders: set[str]) -> set[str]:
    """The files the edition holds already (its search index), as POSIX paths; the folders of
    pages (issues/, authors/, …) hold only twins, which the converter knows as pages."""
    out: set[str] = set()
    if not edition.is_dir():
        return out
    for top in edition.iterdir():
        if top.is_file():
            out.add(top.name)
        elif top.name not in page_folders:
            out |= {p.relative_to(edition).as_posix() for p in top.rglob("*") if p.is_file()}
    return out


def hant_sitemap(text: str, pages: set[str]) -> str:
    """The edition's sitemap: every `<loc>` of a page moved into zh-Hant/. Material's JS asks
    for it next to the switch's `<link rel="alternate">`; crawlers find the twins through it."""
    def twin(m: re.Match) -> str:
        loc = m.group(2)
        head, sep, tail = loc.partition("://")
        parts = tail.split("/")
        for k in range(1, len(parts)):
            if "/".join(parts[k:]) in pages or k == len(parts) - 1:
                loc = f"{head}{sep}{'/'.join(parts[:k])}/{EDITION}/{'/'.join(parts[k:])}"
                break
        return m.group(1) + loc + m.group(3)
    return LOC.sub(twin, text)
