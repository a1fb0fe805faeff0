"""State: what the last build left → what this one may keep of it.

Takes the work folder, the output folder and the project (settings, templates, code); gives the
fingerprint of everything but the pages that shapes a built site (`fingerprint`), the keys and
text digests of the docs files the last build made the site in the output folder from
(`read_state`, written by `write_state` once its site is swapped in), the issues whose own
Markdown need not be made again (`unchanged_issues`), and links the unchanged files' outputs
into the new site (`link_unchanged`): a hard link each, never a copy, so adding an issue to an
archive of 100,000 articles costs a link per page, not a rewrite.

The links are safe because nothing writes into a linked file: the runs write into folders of
their own (build.py `merge_runs` moves their files in), the zh-Hant edition rewrites only the
pages this build made, and the site-wide files (search, data, feeds, sitemap, assets) are
written fresh. The previous site keeps its own names for them, so a build that fails leaves it
as it was.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from .site.plan import outputs

STATE_NAME = "site-state.json"
STATE_VERSION = 3
PACKAGE = Path(__file__).resolve().parent
# the distributions whose code renders or converts pages
RENDERERS = ("mkdocs", "mkdocs-material", "mkdocs-rss-plugin", "Markdown", "Jinja2",
             "pymdown-extensions", "opencc", "PyYAML")


@dataclass
class State:
    keys: dict[str, str] = field(default_factory=dict)   # docs file → key (site/plan.py)
    texts: dict[str, str] = field(default_factory=dict)  # docs file → digest of its text
    # issue → the key of what its own files are made of (render.issue_inputs), and their paths
    issues: dict[str, list] = field(default_factory=dict)
    search: dict = field(default_factory=dict)  # the index's SearchState (search_append.py)
    dataset: dict = field(default_factory=dict)  # the data files' DataState (dataset.py)


def fingerprint(config: Path, settings: dict, theme_dir: Path | None, extra: tuple = ()) -> str:
    """A digest of the settings (as read, `!ENV` resolved), the templates, qikan's code and the
    renderers' versions: when it changes every page is made again."""
    h = hashlib.sha256(f"{STATE_VERSION}".encode())
    h.update(json.dumps(settings, sort_keys=True, default=str, ensure_ascii=False).encode())
    h.update(repr(extra).encode())
    trees = [PACKAGE] + ([theme_dir] if theme_dir and theme_dir.is_dir() else [])
    for tree in trees:
        for p in sorted(x for x in tree.rglob("*") if x.is_file() and "__pycache__" not in x.parts):
            h.update(p.relative_to(tree).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    for dist in RENDERERS:
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=-".encode())
    return h.hexdigest()


def _state_file(work: Path) -> Path:
    return work / STATE_NAME


def read_state(work: Path, out: Path) -> State:
    """The last build's state, if it made the site now in `out`; else an empty one (all of
    this build's files are made)."""
    try:
        data = json.loads(_state_file(work).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return State()
    if (data.get("version") != STATE_VERSION or data.get("out") != str(out.resolve())
            or data.get("site") != _site_id(out)):
        return State()
    return State(data["keys"], data["texts"], data["issues"], data.get("search") or {},
                 data.get("dataset") or {})


def write_state(work: Path, out: Path, state: State) -> None:
    tmp = _state_file(work).with_suffix(".tmp")
    tmp.write_text(json.dumps({"version": STATE_VERSION, "out": str(out.resolve()),
                               "site": _site_id(out), "keys": state.keys,
                               "texts": state.texts, "issues": state.issues, "search": state.search,
                               "dataset": state.dataset}),
                   encoding="utf-8")
    os.replace(tmp, _state_file(work))


def _site_id(out: Path) -> list[int] | None:
    """Which folder `out` is (the swap puts a new one there): its device and inode."""
    try:
        st = out.stat()
    except OSError:
        return None
    return [st.st_dev, st.st_ino]


def issue_keys(inputs: dict[str, tuple], fingerprint: str) -> dict[str, str]:
    """Each issue's key from what its own files are made of (render.issue_inputs)."""
    out = {}
    for issue, parts in inputs.items():
        h = hashlib.sha256(fingerprint.encode())
        for part in parts:
            b = part if isinstance(part, bytes) else repr(part).encode("utf-8")
            h.update(len(b).to_bytes(8, "big") + b)
        out[issue] = h.hexdigest()
    return out


def unchanged_issues(state: State, keys: dict[str, str], docs: Path) -> dict[str, list[str]]:
    """The issues whose own files the last build made from the same inputs and which are still
    in the docs folder: their paths (these files are not made again)."""
    root, isfile = os.path.join(docs, ""), os.path.isfile
    return {i: state.issues[i][1] for i, k in keys.items()
            if i in state.issues and state.issues[i][0] == k
            and all(p in state.texts and isfile(root + p) for p in state.issues[i][1])}


def kept_files(state: State, keys: dict[str, str], out: Path) -> set[str]:
    """The docs files whose key is unchanged and whose outputs are all still in `out`."""
    root, isfile = os.path.join(out, ""), os.path.isfile  # (str paths: ~430,000 of them)
    return {p for p, k in keys.items() if state.keys.get(p) == k
            and all(isfile(root + o) for o in outputs(p))}


def link_unchanged(out: Path, site: Path, kept: set[str], twins: bool = True) -> int:
    """Hard-link the outputs of `kept` from the last site (or a part's folder: without their
    zh-Hant `twins`) into the new one; how many."""
    # str paths, not pathlib's: ~700,000 links at 100,000 articles, where a Path per link
    # costs more than the link
    source, target = os.path.join(out, ""), os.path.join(site, "")
    made: set[str] = set()
    n = 0
    for p in sorted(kept):
        for o in outputs(p)[:None if twins else 1]:
            folder = o.rpartition("/")[0]
            if folder not in made:
                os.makedirs(target + folder, exist_ok=True)
                made.add(folder)
            os.link(source + o, target + o)
            n += 1
    return n
