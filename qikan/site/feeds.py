"""Feeds: split issues + the `rss` entry of `mkdocs.yml` → the feed plugins of the build.

Takes every issue's `SplitResult`, the project's `plugins:` list and the site's name and URL;
gives the `plugins:` list of the generated MkDocs config, in which the one `rss` entry of
`mkdocs.yml` (mkdocs-rss-plugin: its shared settings, dates from the `pub_date` front matter)
becomes one instance for the whole site and one per section, and the text of
`feeds/index.opml`, the list of all feeds a feed reader imports in one go. Pure: `build.py`
writes the config and the OPML file.

Sections are known only after splitting, so their feeds cannot be static entries of
`mkdocs.yml`. The plugin chooses a feed's pages by a regex on their source path
(`match_path`), and article paths (`issues/<issue>/<order>.md`) do not show the section; so
each instance gets the exact paths of the articles it is to list: the `length` newest ones
(by `pub_date`; among articles of one date, the first in archive order) of the site or of its section.
That also leaves undated articles out of the feeds (the plugin would date them at the build).
An instance costs a regex match per page and one small file: ~100 sections add little to a
build (docs/measurements.md: "Publishing a build").

Files, all for the hosted site only (`bundle.HOSTED_ONLY` leaves them out of the zip):
`feed_rss_created.xml` / `feed_json_created.json` for the whole site (the plugin's default
names; its `…_updated` twins are the same, since both dates are `pub_date`), `rss.xsl` (the
plugin's stylesheet that shows a feed as a page in a browser), `feeds/<slug>.xml` per section,
`feeds/index.opml`.

One repair: the plugin's template (1.19.0) does not escape authors, categories and the feed's
title everywhere, so an author or section with `&`, `<` or `>` would make a feed unreadable;
`well_formed` escapes them in the written feeds.
"""
from __future__ import annotations

import hashlib
import re
from xml.sax.saxutils import escape, quoteattr

from ..model import SplitResult, pub_date
from .urls import article_path

FEED_DIR = "feeds"
OPML_NAME = "index.opml"
SITE_RSS = "feed_rss_created.xml"
# kinds a reader subscribes for; fillers and fragments are scraps of a page
FEED_KINDS = ("article", "brief", "editor_note")
DEFAULT_LENGTH = 20  # the plugin's own default for `length`


def section_slug(section: str) -> str:
    """A stable ASCII file name for a section's feed: section labels are Chinese and URLs of
    feeds are better plain ASCII (feed readers and the plugin's `<atom:link>` use them raw)."""
    return "s-" + hashlib.sha1(section.encode("utf-8")).hexdigest()[:10]


def _newest(entries: list[tuple[str, int, str]], length: int) -> list[str]:
    """The paths of the `length` newest entries (date, archive position, path)."""
    return [p for _, _, p in sorted(entries, key=lambda e: (e[0], -e[1]), reverse=True)[:length]]


def _match(paths: list[str]) -> str:
    # a regex that matches exactly these paths ("$" never matches: an empty feed stays empty)
    return "^(" + "|".join(re.escape(p) for p in sorted(paths)) + ")$" if paths else "$^"


def plugin_list(plugins: list | dict | None) -> list:
    """`plugins:` as a list, also when written in MkDocs' other form, `{rss: {...}}`."""
    if isinstance(plugins, dict):
        return [{name: cfg} for name, cfg in plugins.items()]
    return list(plugins or [])


def without_feeds(plugins: list | dict | None) -> list:
    """`plugins:` less the `rss` entry, for a build with no split results to make feeds of."""
    found = rss_settings(plugin_list(plugins))
    return [p for i, p in enumerate(plugin_list(plugins)) if not found or i != found[0]]


def silent_feeds(plugins: list | dict | None) -> list:
    """`plugins:` with the `rss` entry switched off, for a build run that writes no feed: Material
    links the site's feeds from the `<head>` of every page when `rss` is among the plugins, so
    the pages of every run must have it."""
    found = rss_settings(plugin_list(plugins))
    return [{"rss": {"enabled": False}} if found and i == found[0] else p
            for i, p in enumerate(plugin_list(plugins))]


def rss_settings(plugins: list) -> tuple[int, dict] | None:
    """Where the `rss` entry stands in `plugins:` and its settings; None when there is none
    (the editor turned the feeds off)."""
    for i, entry in enumerate(plugins or []):
        if entry == "rss":
            return i, {}
        if isinstance(entry, dict) and list(entry) == ["rss"]:
            return i, dict(entry["rss"] or {})
    return None


def feed_selection(results: list[SplitResult], length: int) -> dict[str | None, list[str]]:
    """The paths of the articles each feed lists: None → the site's, else a section's."""
    dated, by_section = [], {}
    for res in results:
        for art in res.articles:
            if art.kind in FEED_KINDS and art.date:
                entry = (pub_date(art.date), len(dated), article_path(res.issue.id, art))
                dated.append(entry)
                if art.section:
                    by_section.setdefault(art.section, []).append(entry)
    return {None: _newest(dated, length),
            **{s: _newest(by_section[s], length) for s in sorted(by_section)}}


def listed_articles(results: list[SplitResult], plugins: list | dict) -> set[str]:
    """Every article some feed lists (none when the feeds are off)."""
    found = rss_settings(plugin_list(plugins))
    if found is None:
        return set()
    length = int(found[1].get("length", DEFAULT_LENGTH))
    return {p for paths in feed_selection(results, length).values() for p in paths}


def feed_plugins(results: list[SplitResult], plugins: list | dict, cache_dir: str,
                 site_name: str, site_url: str,
                 favicon: str) -> tuple[list, list[tuple[str, str]]]:
    """The generated `plugins:` list, and (title, file) of every feed, the site's first;
    the feeds' image is the site's favicon."""
    plugins = plugin_list(plugins)
    found = rss_settings(plugins)
    if found is None:
        return plugins, []
    at, base = found
    selection = feed_selection(results, int(base.get("length", DEFAULT_LENGTH)))
    common = {**base, "cache_dir": cache_dir}
    if "image" not in base and site_url:  # else the plugin writes <image><url>None</url>
        common["image"] = site_url.rstrip("/") + "/" + favicon
    instances = [{"rss": {**common, "match_path": _match(selection.pop(None))}}]
    feeds = [(site_name, SITE_RSS)]
    for section, paths in selection.items():
        name = f"{FEED_DIR}/{section_slug(section)}.xml"
        title = f"{site_name} · {section}"
        instances.append({"rss": {
            **common, "match_path": _match(paths),
            "feed_title": title, "json_feed_enabled": False, "stylesheet": "../rss.xsl",
            # created and updated feeds are the same (both dates are pub_date): one file
            "feeds_filenames": {"rss_created": name, "rss_updated": name}}})
        feeds.append((title, name))
    return plugins[:at] + instances + plugins[at + 1:], feeds


def raw_values(results: list[SplitResult], feeds: list[tuple[str, str]]) -> set[str]:
    """Texts that the plugin would write unescaped into invalid XML: its template escapes
    titles and descriptions of items but not `<author>`, `<category>`, nor the feed's title in
    `<source>` and `<image>` (1.19.0)."""
    texts = {v for r in results for a in r.articles for v in [*a.authors, a.section or ""]}
    return {v for v in texts | {title for title, _ in feeds} if any(c in v for c in "&<>")}


def well_formed(rss: str, raw: set[str]) -> str:
    """The plugin's RSS text with those texts escaped where one is the whole text of an
    element (`>張&三<`); escaped ones (`&amp;`) no longer match, so nothing is escaped twice."""
    for v in sorted(raw, key=len, reverse=True):
        rss = rss.replace(f">{v}<", f">{escape(v)}<")
    return rss


def opml(site_name: str, site_url: str, feeds: list[tuple[str, str]]) -> str:
    """OPML 2.0 list of the feeds (absolute URLs), for a feed reader's "import"."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">',
             f"  <head><title>{escape(site_name)}</title></head>", "  <body>"]
    lines += [f'    <outline type="rss" text={quoteattr(title)} title={quoteattr(title)} '
              f'xmlUrl={quoteattr(base + name)}/>' for title, name in feeds]
    return "\n".join(lines + ["  </body>", "</opml>", ""])

