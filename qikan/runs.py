"""Runs: a plan's MkDocs runs (site/plan.py) → their pages, merged into the site folder.

Takes the project's `mkdocs.yml` (read as MkDocs reads it: `project_config`), the nav, the plugins and the runs of a plan; writes the
generated config (`write_config`: it INHERITs the project's, so editors configure the site in
one place), one small config per run inheriting it (`run_configs`: the run's file list, its own
site folder), runs MkDocs on each — more than one on two processes (`run_all`) — and moves what
each wrote into the site (`merge_runs`). The hooks (site/hooks.py) make a run render only its
files.
"""
from __future__ import annotations

import gc
import json
import logging
import multiprocessing
import os
import shutil
import signal
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml

from .errors import InputError
from .site.feeds import without_feeds
from .site.plan import Run
from .site.urls import DUMPER

RUN_WORKERS = 2  # MkDocs runs at once: the cores of this machine and of CI's runners


def project_config(config: Path) -> dict:
    """The project's `mkdocs.yml` as MkDocs reads it (`!ENV` resolved, INHERIT merged)."""
    from mkdocs.utils import yaml_load

    try:
        with open(config, encoding="utf-8") as f:
            return yaml_load(f) or {}
    except OSError as e:
        raise InputError(str(config), None, "settings-unreadable", reason=e.strerror) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise InputError(str(config), mark.line + 1 if mark else None, "settings-yaml",
                         problem=getattr(e, "problem", e)) from None


def write_config(work: Path, config: Path, site_dir: Path, nav: list,
                 plugins: list | None = None, settings: dict | None = None,
                 name: str = "mkdocs.yml") -> Path:
    """The generated config; `plugins` (the feed instances among the project's plugins)
    replaces the project's list, as MkDocs' INHERIT replaces lists. Without `plugins` (a
    caller with no split results to make feeds of, e.g. bench/search.py) there are no feeds.
    `settings`: the project's config as `project_config` read it (read here when not given).
    The project's `theme.custom_dir` is relative to the project's config, so it is given
    again, resolved: the generated config lives in the work folder."""
    gen = work / name
    if settings is None:
        settings = project_config(config)
    theme = settings.get("theme") if isinstance(settings.get("theme"), dict) else {}
    data = {"INHERIT": os.path.relpath(config.resolve(), work.resolve()),
            "docs_dir": str((work / "docs").resolve()),
            "site_dir": str(site_dir.resolve())}
    if theme.get("custom_dir"):
        data["theme"] = {"custom_dir": str(config.resolve().parent / theme["custom_dir"])}
    data.update({
            "nav": nav,
            "hooks": [str(Path(__file__).resolve().parent / "site" / "hooks.py")],
            "validation": {"nav": {"omitted_files": "info"}}})
    if plugins is None:
        plugins = without_feeds(settings.get("plugins"))
    data["plugins"] = plugins
    gen.write_text(yaml.dump(data, Dumper=DUMPER, allow_unicode=True, sort_keys=False),
                   encoding="utf-8")
    return gen


def run_configs(work: Path, base: Path, runs: list[Run], plugins: list, others: list,
                sites: Path, folders: list[str] = ()) -> list[Path]:
    """One config per run, inheriting `base` (the generated config with the nav): its plan
    file, its own site folder `sites/NNN` (merged into the site by `merge_runs`), and the feed
    plugins, with the `folders` they write into, in the site-wide run only (`others`: the
    plugins of the other runs)."""
    folder = work / "runs"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    out = []
    for n, run in enumerate(runs):
        spec = folder / f"{n:03d}.json"
        spec.write_text(json.dumps({"files": list(run.files), "site_wide": run.site_wide,
                                    "read_only": list(run.read_only),
                                    "folders": list(folders) if run.site_wide else []}),
                        encoding="utf-8")
        gen = folder / f"{n:03d}.yml"
        gen.write_text(yaml.dump({"INHERIT": os.path.relpath(base, folder),
                                  "site_dir": str((sites / f"{n:03d}").resolve()),
                                  "extra": {"qikan_run": str(spec.resolve())},
                                  "plugins": plugins if run.site_wide else others},
                                 Dumper=DUMPER, allow_unicode=True, sort_keys=False),
                       encoding="utf-8")
        out.append(gen)
    return out


def run_mkdocs(gen_config: Path) -> None:
    """One MkDocs build of `gen_config`."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    cfg = load_config(str(gen_config))
    # as `mkdocs build` does: plugins (the feed plugin) set up per run in on_startup
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        build(cfg)
    finally:
        cfg.plugins.on_shutdown()


def merge_runs(sites: Path, site: Path) -> None:
    """Move what each run wrote (`sites/NNN/…`) into `site`; the runs wrote different files."""
    for run in sorted(sites.iterdir()):
        for folder, _, names in os.walk(run):
            rel = Path(folder).relative_to(run)
            (site / rel).mkdir(parents=True, exist_ok=True)
            for name in names:
                os.replace(Path(folder) / name, site / rel / name)
    shutil.rmtree(sites)


def run_all(configs: list[Path], workers: int = RUN_WORKERS) -> None:
    """Every run; more than one on `workers` processes forked from this one (each holds at most
    its own run's pages), which leave Ctrl-C to the build."""
    if len(configs) == 1:
        run_mkdocs(configs[0])
        return
    # The build's objects moved out of the collector's reach while the workers run: a
    # collection in a worker would write into every object's header and so copy the pages the
    # worker shares with this process (Python's gc.freeze documentation).
    gc.freeze()
    try:
        with ProcessPoolExecutor(min(workers, len(configs)),
                                 mp_context=multiprocessing.get_context("fork"),
                                 initializer=signal.signal,
                                 initargs=(signal.SIGINT, signal.SIG_IGN)) as pool:
            try:
                for _ in pool.map(run_mkdocs, configs):
                    pass
            except BaseException:
                pool.shutdown(cancel_futures=True)  # the runs under way end before the build's
                raise                               # clean-up removes the folder they write in
    finally:
        gc.unfreeze()
