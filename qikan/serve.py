"""Serve: the archive folder → a live preview for the editor, on MkDocs' own serve machinery.

`build_site.py serve` generates the site's pages as `build` does (split, render, the generated
MkDocs config in the work folder) and hands the generated config to `mkdocs serve`, which
builds, serves on 127.0.0.1 and reloads the browser's page after every rebuild. It watches the
archive folder, the project's mkdocs.yml and theme_overrides/; this module is also one of the
generated config's hooks: before each rebuild (`on_pre_build`) it splits and renders the
archive again (the split cache makes that quick), writes only the pages that changed, and
gives MkDocs the new nav — so a new issue, an edited sidecar or a changed template shows at
the next reload. The preview is the Simplified edition without the search index, the zh-Hant
twin and the zip (`build` makes those).

Imports are absolute: MkDocs loads this file as a hook by its path.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import yaml

from qikan.archive import archive_splits
from qikan.runs import project_config, write_config
from qikan.messages import say
from qikan.site.render import render_archive

ENV = "QIKAN_SERVE"  # where the hook finds the archive: {"src", "config", "work"}


def _pages(src: Path, config: Path, work: Path) -> tuple[dict[str, str], list]:
    settings = project_config(config)
    site_url = settings.get("site_url") or ""
    results, _ = archive_splits(src, work / "cache")
    return render_archive(results, settings.get("site_name") or "期刊文库",
                          site_url + ("" if not site_url or site_url.endswith("/") else "/"))


def write_changed(pages: dict[str, str], docs: Path) -> int:
    """Write the pages whose text changed and remove those no longer generated (rewriting an
    unchanged page would make the watcher rebuild again and again); the number written."""
    written = 0
    for rel, text in pages.items():
        p = docs / rel
        if not p.is_file() or p.read_text("utf-8") != text:
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text, encoding="utf-8")
            written += 1
    for p in docs.rglob("*.md"):
        if p.relative_to(docs).as_posix() not in pages:
            p.unlink()
    return written


def on_pre_build(config) -> None:
    """The hook: the archive split and rendered again, before MkDocs reads the docs."""
    where = json.loads(os.environ[ENV])
    src, proj, work = (Path(where[k]) for k in ("src", "config", "work"))
    pages, nav = _pages(src, proj, work)
    write_changed(pages, work / "docs")
    config["nav"] = nav


def serve(src: Path, config: Path, work: Path, port: int, open_browser: bool) -> int:
    """Preview the archive at http://127.0.0.1:PORT/ until Ctrl-C."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    pages, nav = _pages(src, config, work)
    work.mkdir(parents=True, exist_ok=True)
    write_changed(pages, work / "docs")
    gen = write_config(work, config, work / "serve-site", nav, plugins=[])
    data = yaml.safe_load(gen.read_text("utf-8"))
    data["hooks"].append(str(Path(__file__).resolve()))
    gen.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    os.environ[ENV] = json.dumps({"src": str(src.resolve()), "config": str(config.resolve()),
                                  "work": str(work.resolve())})
    print(say("serve.serving", port=port, src=src), flush=True)
    mkdocs_serve(config_file=str(gen), livereload=True, watch_theme=True,
                 watch=[str(src.resolve()), str(config.resolve())],
                 dev_addr=f"127.0.0.1:{port}", site_url=f"http://127.0.0.1:{port}/",
                 open_in_browser=open_browser)
    return 0
