"""Site: the archive folder → a built site, swapped in atomically.

Takes the source folder (issue texts + sidecars), the project's `mkdocs.yml` and an output
folder; gives the built site in that folder. This is the one stage that touches files: it
reads the issues, writes the generated Markdown into a work folder, writes a generated MkDocs
config that INHERITs the project's `mkdocs.yml` (so editors configure the site in one place),
runs `mkdocs build` into a temporary sibling of the output, and swaps it in only on success:
a failed build leaves the previous site untouched.
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from .bundle import ZIP_NAME, configured_site_name, publish_zip, write_zip
from .hant import configured_profile, write_hant_edition
from .ingest import InputError
from .model import IssueMeta, SplitResult
from .render import render_archive
from .search import write_search_index
from .sidecar import parse_sidecar, read_sidecar
from .split import split_source

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class BuildReport:
    issues: int
    articles: int
    pages: int
    out: Path
    zip: Path | None = None
    hant_seconds: float = 0.0


def configured_site_url(config: Path) -> str:
    """`site_url` of mkdocs.yml (its `!ENV` tags resolved), ending in "/", or ""."""
    from mkdocs.utils import yaml_load

    with open(config, encoding="utf-8") as f:
        url = (yaml_load(f) or {}).get("site_url") or ""
    return url if not url or url.endswith("/") else url + "/"


def read_meta(txt: Path) -> IssueMeta:
    """The sidecar beside an issue file, or defaults when there is none."""
    side = txt.with_suffix(".yml")
    if side.exists():
        return read_sidecar(side, txt.stem)
    return parse_sidecar("", str(side), txt.stem)


def load_issue(txt: Path, meta: IssueMeta | None = None) -> SplitResult:
    meta = meta or read_meta(txt)
    meta.source = meta.source or txt.name
    return split_source(txt.read_bytes(), str(txt), meta)


def load_archive(src: Path) -> list[SplitResult]:
    files = sorted(src.glob("*.txt"))
    if not files:
        raise InputError(str(src), None, "no issue files (*.txt) in this folder",
                         "add issues with `python build_site.py add FILE`")
    results, seen = [], {}
    for txt in files:
        res = load_issue(txt)
        if res.issue.id in seen:
            raise InputError(str(txt.with_suffix(".yml")), None,
                             f"issue id {res.issue.id!r} is already used by {seen[res.issue.id]}",
                             "give each issue its own id")
        seen[res.issue.id] = txt.name
        results.append(res)
    return results


def write_pages(pages: dict[str, str], docs: Path) -> None:
    if docs.exists():
        shutil.rmtree(docs)
    for rel, text in sorted(pages.items()):
        p = docs / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def write_config(work: Path, config: Path, site_dir: Path, nav: list) -> Path:
    gen = work / "mkdocs.yml"
    data = {"INHERIT": os.path.relpath(config.resolve(), work.resolve()),
            "docs_dir": str((work / "docs").resolve()),
            "site_dir": str(site_dir.resolve()),
            "theme": {"custom_dir": str((config.resolve().parent / "theme_overrides"))},
            "nav": nav,
            "validation": {"nav": {"omitted_files": "info"}}}
    gen.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return gen


def run_mkdocs(gen_config: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    build(load_config(str(gen_config)))


def swap_in(new: Path, out: Path) -> None:
    """Replace `out` by `new` with renames only, so `out` is never half-written."""
    old = out.with_name(f".{out.name}.old-{os.getpid()}")
    if out.exists():
        out.rename(old)
    new.rename(out)
    if old.exists():
        shutil.rmtree(old)


def build_site(src: Path, out: Path, config: Path = ROOT / "mkdocs.yml",
               work: Path = ROOT / "build", dist: Path = ROOT / "dist") -> BuildReport:
    results = load_archive(src)
    pages, nav = render_archive(results, configured_site_name(config),
                                configured_site_url(config))
    work.mkdir(parents=True, exist_ok=True)
    write_pages(pages, work / "docs")
    profile = configured_profile(config)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    zipped = None
    try:
        run_mkdocs(write_config(work, config, tmp, nav))
        write_search_index(results, tmp, profile)  # search/ + zh-Hant/search/ (P4)
        hant = write_hant_edition(tmp, profile)  # zh-Hant/ twin of every page (P5)
        zipped = write_zip(tmp, dist / ZIP_NAME, config)  # offline zip of the finished site (P6)
        swap_in(tmp, out)
        publish_zip(zipped, dist / ZIP_NAME)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
        if zipped and zipped.exists():
            zipped.unlink()
    return BuildReport(len(results), sum(len(r.articles) for r in results), len(pages), out,
                       dist / ZIP_NAME, hant.seconds)
