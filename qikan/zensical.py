"""Zensical: the archive folder → the site built with Zensical, Material for MkDocs' successor.

Material for MkDocs reaches its end of life on 2027-05-05. `build_site.py zensical` renders
the archive's pages as `build` does, writes the flat configuration Zensical reads (the
project's mkdocs.yml merged with the generated nav; relative `docs_dir` and `site_dir` inside
the work folder, `theme.custom_dir` absolute; no `plugins:`, `hooks:` or `INHERIT`, which
Zensical does not run or read), runs the `zensical` command of this environment (pinned in
requirements-test.txt: about 90 MB, so `make site` leaves it out) and then does on its output
what MkDocs' plugins and hooks do for `build`: the blank-line compaction (site/hooks.py), the
search index and the zh-Hant edition.

What does not run under Zensical (docs/developer.md, "Zensical"): the RSS/JSON feeds (mkdocs-rss-plugin
is a MkDocs plugin), the sitemap's reproducible date, the atomic swap and the zip (`build`'s).
"""
from __future__ import annotations

import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from .archive import archive_splits
from .build import write_pages
from .runs import project_config
from .errors import InputError
from .site.hant import configured_profile, write_hant_edition
from .site.hooks import compact_html
from .site.render import render_archive
from .site.search import write_search_index

ZENSICAL_CONFIG = "zensical.yml"
LEFT_OUT = ("plugins", "hooks", "INHERIT")
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class ZensicalReport:
    site: Path
    pages: int
    seconds: float  # Zensical's own build


def flat_config(settings: dict, config: Path, nav: list) -> dict:
    """The project's settings as one flat file Zensical reads."""
    flat = {k: v for k, v in settings.items() if k not in LEFT_OUT}
    theme = dict(settings.get("theme") or {})
    if theme.get("custom_dir"):
        theme["custom_dir"] = str(config.resolve().parent / theme["custom_dir"])
    flat.update(theme=theme, nav=nav, docs_dir="docs", site_dir="zsite")
    return flat


def zensical_command() -> Path:
    """The `zensical` command beside this Python; `InputError` saying how to install it when
    it is not there (the lean install of `make site` leaves it out)."""
    binary = Path(sys.executable).parent / "zensical"
    if binary.is_file():
        return binary
    pin = re.search(r"^zensical==\S+", (ROOT / "requirements-test.txt").read_text("utf-8"), re.M) \
        if (ROOT / "requirements-test.txt").is_file() else None
    raise InputError(str(binary), None, "zensical-missing", pip=Path(sys.executable).parent / "pip",
                     pin=pin.group() if pin else "zensical")


def build_zensical(src: Path, config: Path, work: Path) -> ZensicalReport:
    """The site built by Zensical in `work`/zsite; raises `InputError` when Zensical is not
    installed or fails."""
    binary = zensical_command()
    settings = project_config(config)
    site_url = settings.get("site_url") or ""
    site_url += "" if not site_url or site_url.endswith("/") else "/"
    results, _ = archive_splits(src, work / "cache")
    pages, nav = render_archive(results, settings.get("site_name") or "期刊文库", site_url)
    work.mkdir(parents=True, exist_ok=True)
    write_pages(pages, work / "docs")
    gen = work / ZENSICAL_CONFIG
    gen.write_text(yaml.safe_dump(flat_config(settings, config, nav), allow_unicode=True,
                                  sort_keys=False), encoding="utf-8")
    start = time.perf_counter()
    r = subprocess.run([str(binary), "build", "--clean", "-f", str(gen)], cwd=work,
                       capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if r.returncode:
        raise InputError(str(gen), None, "zensical-failed", output=(r.stderr or r.stdout)[-300:])
    site = work / "zsite"
    html = list(site.rglob("*.html"))
    for p in html:  # what site/hooks.py does for MkDocs
        p.write_text(compact_html(p.read_text("utf-8")), encoding="utf-8")
    profile = configured_profile(config, settings)
    write_search_index(results, site, profile)
    write_hant_edition(site, profile)
    return ZensicalReport(site, len(html), seconds)
