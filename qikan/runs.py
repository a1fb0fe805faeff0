"""Runs: a plan's MkDocs runs (site/plan.py) → their pages, merged into the site folder.

Takes the project's `mkdocs.yml` (read as MkDocs reads it: `project_config`), the nav, the plugins and the runs of a plan; writes the
generated config (`write_config`: it INHERITs the project's, so editors configure the site in
one place), one small config per run inheriting it (`run_configs`: the run's file list, its own
site folder), runs MkDocs on each — more than one on two processes (`run_all`), or one in a
process of its own while the build goes on (`Runs`) — and moves what each wrote into the site
(`merge_runs`); the runs are stamped with the newest article's date (`build_date_from`). The
hooks (site/hooks.py) make a run render only its files.
"""
from __future__ import annotations

import calendar
import ctypes
import gc
import json
import logging
import multiprocessing
import os
import shutil
import signal
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import yaml

from .errors import InputError, interruptions_held
from .model import SplitResult, pub_date
from .site.feeds import without_feeds
from .site.plan import Run
from .site.urls import DUMPER

RUN_WORKERS = 2  # MkDocs runs at once: the cores of this machine and of CI's runners


# what gzip's header can hold (MkDocs gzips the sitemap with this time): 1970 … 2106
EPOCH_RANGE = (0, 2**32 - 1)


def source_date_epoch(results: list[SplitResult]) -> int:
    """The newest article's date, 00:00 UTC, as seconds since 1970 (0 when nothing is dated),
    clamped to what gzip can record: a 1950s archive builds stamped 1970-01-01, one dated
    9999 stamped 2106-02-07. The zip's entries carry 1980-01-01 always (bundle.py)."""
    dates = [pub_date(a.date) for r in results for a in r.articles if a.date]
    if not dates:
        return 0
    y, m, d = map(int, max(dates).split("-"))
    return min(max(calendar.timegm((y, m, d, 0, 0, 0)), EPOCH_RANGE[0]), EPOCH_RANGE[1])


@contextmanager
def build_date_from(epoch: int):
    """SOURCE_DATE_EPOCH for the duration of a build, unless the caller set one."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


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


def trim_heap() -> None:
    """The heap's free pages given back to the system (glibc's malloc_trim): splitting an
    archive and rendering its pages leave hundreds of MB free but resident (the sources,
    the bodies dropped from the splits, the pages' Markdown once on disk: 644 → 276 MB after
    splitting 100,000 articles), which the index then builds on and every forked MkDocs run
    counts again as its own. Elsewhere than glibc, nothing."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


# prctl(2)'s PR_SET_PDEATHSIG: the signal a process gets when the thread that forked it ends
PR_SET_PDEATHSIG = 1


def _worker_started(build: int) -> None:
    """A run's process leaves Ctrl-C to the build, and dies with it: a build killed while its
    run renders leaves no process writing into the temporary site the next build clears.
    (`build`: the build's process id — a build killed between the fork and this call has
    already gone, and its death signal with it: the process ends here, or it would wait for
    work forever, holding the build's output open.)"""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})  # (forked while held)
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):    # not Linux: the run ends on its own
        pass
    if os.getppid() != build:
        os._exit(1)


class Runs:
    """MkDocs runs under way on `workers` processes forked from this one (each holds at most its
    own run's pages; they leave Ctrl-C to the build) while this process goes on; `wait` for
    them. A build of one run (an issue added) makes the search index meanwhile: the two write
    different folders, and on two cores the wait is the longer of the two, not their sum."""

    def __init__(self) -> None:
        self.pool: ProcessPoolExecutor | None = None
        self.futures: list = []

    def start(self, configs: list[Path], workers: int = RUN_WORKERS) -> "Runs":
        """The runs of `configs` started. (Made before it starts, a `Runs` can be stopped
        whatever a Ctrl-C interrupts; one that fails to start stops what it started.)"""
        # The build's objects moved out of the collector's reach while the workers run: a
        # collection in a worker would write into every object's header and so copy the pages
        # the worker shares with this process (Python's gc.freeze documentation).
        gc.freeze()
        try:
            # Ctrl-C and kill held back while the processes fork: a KeyboardInterrupt inside
            # the pool's start left it unable to shut down (the build hung), or its run writing
            # into the temporary site as the build removed it
            with interruptions_held():
                self.pool = ProcessPoolExecutor(min(workers, len(configs)),
                                                mp_context=multiprocessing.get_context("fork"),
                                                initializer=_worker_started,
                                                initargs=(os.getpid(),))
                for c in configs:
                    self.futures.append(self.pool.submit(run_mkdocs, c))
        except BaseException:
            self.stop()
            raise
        return self

    def wait(self) -> None:
        """Every run done (the first error raised, once the runs under way have ended)."""
        try:
            for f in self.futures:
                f.result()
        finally:
            self.stop()

    def stop(self) -> None:
        """No run started any more; back once those under way have ended (the build's
        clean-up removes the folder they write in)."""
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        gc.unfreeze()


def run_all(configs: list[Path], workers: int = RUN_WORKERS) -> None:
    """Every run; more than one on `workers` processes (`Runs`)."""
    if len(configs) == 1:
        run_mkdocs(configs[0])
        return
    runs = Runs()
    try:
        runs.start(configs, workers).wait()
    finally:  # (a kill landing between the start and the wait)
        runs.stop()
