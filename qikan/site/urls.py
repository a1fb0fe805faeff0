"""URLs and labels: names in the archive → stable page paths, the words a reader sees, and
the front matter that heads every generated page.

Takes issue ids, articles, and the names of authors, units and sections; gives the relative
path of each generated Markdown page (`issues/2015-10-nxdj/003.md`, `authors/wang-jin-tao-1f3a9c.md`),
the labels of issues and articles, and `front_matter` (YAML, raw text: templates escape it). A path depends on nothing but the name it is made from,
so it stays the same across rebuilds, whatever else the archive holds.

Names become ASCII slugs: their pinyin (pypinyin), at most 40 characters, plus six hex digits
of the name's SHA-1, so that two names with the same pinyin (王涛 and 汪涛) never share a page
and URLs survive unzipping on any system. The same pinyin sorts names the way Chinese indexes
do (by 拼音), which code-point order does not.
"""
from __future__ import annotations

import functools
import hashlib
import posixpath
import re
import unicodedata

import yaml
from pypinyin import Style, lazy_pinyin

from ..model import Article, IssueMeta
from ..text import UNTITLED

ISSUE_KIND_LABEL = {"magazine": "期刊", "newspaper": "报纸", "web": "网页"}
KIND_LABEL = {"article": "文章", "brief": "简讯", "filler": "补白", "editor_note": "编者按",
              "fragment": "接上期"}
# the head of an untitled fragment (the end of an article begun in another issue)
CONTINUED = "（接上期）"
FRAGMENT_WORDS = 12  # characters of its text after CONTINUED
UNKNOWN_YEAR = "年份不详"
# What a slug keeps of a name's pinyin, e.g. "zhong-gong-san-ya-shi-wei" from 中共三亚市委.
NOT_SLUG = re.compile(r"[^a-z0-9]+")


# a name is linked from every page that lists its articles: its pinyin is found once
@functools.lru_cache(maxsize=None)
def pinyin_key(name: str) -> str:
    """The name's pinyin, for sorting, e.g. 王锦涛 → "wang jin tao"."""
    return " ".join(lazy_pinyin(name, errors=lambda s: list(s.lower()))).strip()


@functools.lru_cache(maxsize=None)
def initial(name: str) -> str:
    """A-Z for the index of names, "#" for names that start with no letter."""
    first = lazy_pinyin(name[:1], style=Style.FIRST_LETTER, errors="ignore")
    letter = (first[0][:1] if first else "").upper()
    return letter if "A" <= letter <= "Z" else "#"


@functools.lru_cache(maxsize=None)
def slug(name: str) -> str:
    words = lazy_pinyin(unicodedata.normalize("NFKC", name), errors=lambda s: [s.lower()])
    base = NOT_SLUG.sub("-", "-".join(words).lower()).strip("-")[:40].strip("-")
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]
    return f"{base}-{digest}" if base else digest


def article_path(issue_id: str, art: Article) -> str:
    return f"issues/{issue_id}/{art.order:03d}.md"


def issue_path(issue_id: str) -> str:
    return f"issues/{issue_id}/index.md"


def issue_ris_path(issue_id: str) -> str:
    """All of an issue's references in one RIS file: issues/<id>/<id>.ris."""
    return f"issues/{issue_id}/{issue_id}.ris"


def author_path(name: str) -> str:
    return f"authors/{slug(name)}.md"


def unit_path(name: str) -> str:
    return f"units/{slug(name)}.md"


def section_path(name: str) -> str:
    return f"sections/{slug(name)}.md"


def year_of(date: str | None) -> str:
    return (date or "")[:4] or UNKNOWN_YEAR


def year_path(year: str) -> str:
    return f"years/{year if year.isdigit() else 'unknown'}/index.md"


def span_path(start: int, width: int) -> str:
    """The page of a decade or century of 各期: (2370, 10) → "years/2370-2379/index.md"."""
    return f"years/{start}-{start + width - 1}/index.md"


def html_path(md_path: str) -> str:
    """The built page of a Markdown page (`use_directory_urls: false`)."""
    return md_path[:-3] + ".html"


def link(from_md: str, to_md: str) -> str:
    """A relative Markdown link target from one generated page to another (both paths
    relative to the docs folder, without "." or ".." parts)."""
    to_dir, _, name = to_md.rpartition("/")
    up = _folder_link(from_md.rpartition("/")[0], to_dir)
    return name if up == "." else f"{up}/{name}"


@functools.lru_cache(maxsize=4096)
def _folder_link(from_dir: str, to_dir: str) -> str:
    # the browse pages link 150,000 times at 20,000 articles between a few dozen folders:
    # posixpath.relpath on each link was half of their rendering
    return posixpath.relpath(to_dir or ".", from_dir or ".")


def issue_label(issue: IssueMeta) -> str:
    return issue.title or " ".join(x for x in (issue.publication, issue.date) if x) or issue.id


def article_title(art: Article) -> str:
    """The title a reader sees: the printed (or derived) one; an untitled fragment is
    "（接上期）" and its first words."""
    if art.title:
        return art.title
    if art.kind == "fragment":
        words = re.sub(r"^#+ |\\", "", art.body.split("\n\n")[0])[:FRAGMENT_WORDS]
        return CONTINUED + words + ("…" if words else "")
    return UNTITLED


# libyaml's dumper where PyYAML was built with it: the same text, ten times faster.
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front_matter(data: dict) -> str:
    body = yaml.dump({k: v for k, v in data.items() if v not in (None, [], "", {})},
                     Dumper=DUMPER, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{body}---\n\n"
