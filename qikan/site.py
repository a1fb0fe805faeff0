"""Site: the archive folder → a built site, swapped in atomically.

Takes the source folder (issue texts + sidecars), the project's `mkdocs.yml` and an output
folder; gives the built site in that folder. This is the one stage that touches files: it
reads the issues, writes the generated Markdown into a work folder, writes a generated MkDocs
config that INHERITs the project's `mkdocs.yml` (so editors configure the site in one place),
runs `mkdocs build` into a temporary sibling of the output, and swaps it in only on success:
a failed build leaves the previous site untouched.

An issue whose text, sidecar and splitter code did not change is not split again: its split
is read back from the cache in the work folder (`cache.py`). When two or more issues must be
split, two processes split them (this machine and CI's runners have two cores).

Reproducible: the build sets SOURCE_DATE_EPOCH (unless it is set already) to the newest
article's date, so the dates MkDocs and the feed plugin stamp on the sitemap and the feeds
come from the input, not from the clock. The feeds (`feeds.py`) become instances of the feed
plugin in the generated config.
"""
from __future__ import annotations

import calendar
import logging
import os
import shutil
import tempfile
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml

from .bundle import ZIP_NAME, publish_zip, write_zip
from .cache import cached_result, code_version, entry_bytes, issue_key
from .feeds import (FEED_DIR, OPML_NAME, SITE_RSS, feed_plugins, opml, raw_values,
                    well_formed, without_feeds)
from .hant import configured_profile, write_hant_edition
from .ingest import InputError, decode_text
from .model import IssueMeta, SplitResult
from .render import render_archive
from .search import write_search_index
from .sidecar import parse_sidecar, read_sidecar
from .split import split_source
from .swap import build_lock, clear_leftovers, swap_in, temp_site
from .urls import pub_date

ROOT = Path(__file__).resolve().parent.parent
SPLIT_WORKERS = 2  # the cores of this machine and of CI's runners


@dataclass
class BuildReport:
    issues: int
    articles: int
    pages: int
    out: Path
    zip: Path | None = None
    hant_seconds: float = 0.0
    split: int = 0  # issues split by this build (the others came from the cache)
    feeds: int = 0


def read_meta(txt: Path) -> IssueMeta:
    """The sidecar beside an issue file, or defaults when there is none."""
    side = txt.with_suffix(".yml")
    if side.exists():
        return read_sidecar(side, txt.stem)
    return parse_sidecar("", str(side), txt.stem)


def load_issue(txt: Path, meta: IssueMeta | None = None) -> SplitResult:
    return split_with(txt, txt.read_bytes(), meta or read_meta(txt))


def split_with(txt: Path, data: bytes, meta: IssueMeta) -> SplitResult:
    """The split of an issue's bytes under its metadata (the file's name as its source)."""
    meta.source = meta.source or txt.name
    return split_source(data, str(txt), meta)


def load_archive(src: Path, cache: Path | None = None) -> list[SplitResult]:
    """Every issue of the archive, split (or read back from `cache`, a folder)."""
    return archive_splits(src, cache)[0]


def archive_splits(src: Path, cache: Path | None,
                   workers: int = SPLIT_WORKERS) -> tuple[list[SplitResult], int]:
    """Every issue of the archive, and how many of them had to be split (not in `cache`)."""
    files = sorted(src.glob("*.txt"))
    if not files:
        raise InputError(str(src), None, "no issue files (*.txt) in this folder",
                         "add issues with `python build_site.py add FILE`")
    code = code_version() if cache else ""
    results: list[SplitResult | None] = []
    todo = []  # (position, file, text bytes, sidecar bytes, key) of the issues to split
    for txt in files:
        side = txt.with_suffix(".yml")
        data, side_data = txt.read_bytes(), side.read_bytes() if side.exists() else None
        key = issue_key(data, side_data, txt.name, code)
        entry = cache / f"{txt.stem}.pickle" if cache else None
        res = cached_result(entry.read_bytes(), key) if entry and entry.exists() else None
        if res is None:
            todo.append((len(results), txt, data, side_data, key))
        results.append(res)
    for (i, txt, _, _, key), res in zip(todo, _split_all(todo, workers)):
        results[i] = res
        if cache:
            _store(cache / f"{txt.stem}.pickle", entry_bytes(key, res))
    if cache:  # entries of issues no longer in the archive
        for old in set(cache.glob("*.pickle")) - {cache / f"{t.stem}.pickle" for t in files}:
            old.unlink()
    seen: dict[str, str] = {}
    for txt, res in zip(files, results):
        if res.issue.id in seen:
            raise InputError(str(txt.with_suffix(".yml")), None,
                             f"issue id {res.issue.id!r} is already used by {seen[res.issue.id]}",
                             "give each issue its own id")
        seen[res.issue.id] = txt.name
    return results, len(todo)


def split_issue(txt: Path, data: bytes, side: bytes | None) -> SplitResult:
    """One issue from the bytes of its text and sidecar (parsed here, in the worker, too)."""
    path = txt.with_suffix(".yml")
    meta = parse_sidecar(decode_text(side, str(path))[0] if side is not None else "", str(path),
                         txt.stem)
    return split_with(txt, data, meta)


def _pool(workers: int) -> ProcessPoolExecutor | None:
    """`workers` processes, or None: one worker, or none to be had here (no named semaphores in
    a container without /dev/shm, or a user who may not read the interpreter's multiprocessing
    modules), where this process does the same work."""
    if workers < 2:
        return None
    try:
        return ProcessPoolExecutor(workers)
    except (NotImplementedError, ImportError, OSError):
        return None


def _split_all(todo: list, workers: int) -> list[SplitResult]:
    """The splits of `todo`, in order; in `workers` processes when there are two or more
    issues. The first bad issue in archive order raises, as it would in one process."""
    pool = _pool(workers) if len(todo) >= 2 else None
    if pool is None:
        return [split_issue(txt, data, side) for _, txt, data, side, _ in todo]
    with pool:
        # the longest first, so that no long issue is left for one process at the end
        futures = {n: pool.submit(split_issue, *todo[n][1:4])
                   for n in sorted(range(len(todo)), key=lambda n: -len(todo[n][2]))}
        try:
            return [futures[n].result() for n in range(len(todo))]
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise


def _store(entry: Path, data: bytes) -> None:
    """Write a cache entry whole or not at all (an interrupted build leaves no torn entry)."""
    entry.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{entry.name}.tmp-", dir=entry.parent)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, entry)


def newest(results: list[SplitResult]) -> SplitResult:
    """The issue with the latest date (the greatest id among equals; undated ones last)."""
    return max(results, key=lambda r: (pub_date(r.issue.date) or "", r.issue.id))


def newest_issue(src: Path, work: Path = ROOT / "build") -> str:
    return newest(load_archive(src, work / "cache")).issue.id


def source_date_epoch(results: list[SplitResult]) -> int:
    """The newest article's date, 00:00 UTC, as seconds since 1970 (0 when nothing is dated)."""
    dates = [pub_date(a.date) for r in results for a in r.articles if a.date]
    if not dates:
        return 0
    y, m, d = map(int, max(dates).split("-"))
    return calendar.timegm((y, m, d, 0, 0, 0))


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
        raise InputError(str(config), None, f"cannot read the site settings: {e.strerror}",
                         "give the project's mkdocs.yml with --config") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise InputError(str(config), mark.line + 1 if mark else None, "not valid YAML: "
                         f"{getattr(e, 'problem', e)}", "fix the YAML syntax") from None


def write_pages(pages: dict[str, str], docs: Path) -> None:
    if docs.exists():
        shutil.rmtree(docs)
    for rel, text in sorted(pages.items()):
        p = docs / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def write_config(work: Path, config: Path, site_dir: Path, nav: list,
                 plugins: list | None = None) -> Path:
    """The generated config; `plugins` (the feed instances among the project's plugins)
    replaces the project's list, as MkDocs' INHERIT replaces lists. Without `plugins` (a
    caller with no split results to make feeds of, e.g. bench/search.py) there are no feeds."""
    gen = work / "mkdocs.yml"
    data = {"INHERIT": os.path.relpath(config.resolve(), work.resolve()),
            "docs_dir": str((work / "docs").resolve()),
            "site_dir": str(site_dir.resolve()),
            "theme": {"custom_dir": str((config.resolve().parent / "theme_overrides"))},
            "nav": nav,
            "hooks": [str(Path(__file__).resolve().with_name("hooks.py"))],
            "validation": {"nav": {"omitted_files": "info"}}}
    if plugins is None:
        plugins = without_feeds(project_config(config).get("plugins"))
    data["plugins"] = plugins
    gen.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return gen


def run_mkdocs(gen_config: Path) -> None:
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


def repair_feeds(site: Path, feeds: list[tuple[str, str]], raw: set[str]) -> None:
    """Escape what the feed plugin left unescaped (feeds.well_formed), in every RSS file."""
    if not raw:
        return
    names = [name for _, name in feeds] + [SITE_RSS.replace("created", "updated")]
    for rss in (site / name for name in names):
        if rss.exists():
            text = rss.read_text(encoding="utf-8")
            rss.write_text(well_formed(text, raw), encoding="utf-8")


def build_site(src: Path, out: Path, config: Path = ROOT / "mkdocs.yml",
               work: Path = ROOT / "build", dist: Path = ROOT / "dist") -> BuildReport:
    """The whole build, one at a time per output folder and per work folder; what killed
    builds left is removed first."""
    with build_lock(out, work):
        clear_leftovers(out, dist / ZIP_NAME)
        return _build(src, out, config, work, dist)


def _build(src: Path, out: Path, config: Path, work: Path, dist: Path) -> BuildReport:
    results, split = archive_splits(src, work / "cache")
    settings = project_config(config)
    site_name = settings.get("site_name") or "期刊文库"
    site_url = settings.get("site_url") or ""
    site_url += "" if not site_url or site_url.endswith("/") else "/"
    pages, nav = render_archive(results, site_name, site_url)
    theme = settings.get("theme") if isinstance(settings.get("theme"), dict) else {}
    plugins, feeds = feed_plugins(results, settings.get("plugins") or [],
                                  str((work / "rss-cache").resolve()), site_name, site_url,
                                  theme.get("favicon") or "assets/images/favicon.png")
    # copied as a static file, which also makes feeds/ exist before the feed plugins write
    static = {f"{FEED_DIR}/{OPML_NAME}": opml(site_name, site_url, feeds)} if feeds else {}
    work.mkdir(parents=True, exist_ok=True)
    write_pages({**pages, **static}, work / "docs")
    profile = configured_profile(config)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_site(out)
    zipped = None
    try:
        with build_date_from(source_date_epoch(results)):
            run_mkdocs(write_config(work, config, tmp, nav, plugins))
        repair_feeds(tmp, feeds, raw_values(results, feeds))
        write_search_index(results, tmp, profile)  # search/ + zh-Hant/search/ (P4)
        hant = write_hant_edition(tmp, profile)  # zh-Hant/ twin of every page (P5)
        zipped = write_zip(tmp, dist / ZIP_NAME, site_name)  # offline zip of the finished site (P6)
        swap_in(tmp, out)
        publish_zip(zipped, dist / ZIP_NAME)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
        if zipped and zipped.exists():
            zipped.unlink()
    return BuildReport(len(results), sum(len(r.articles) for r in results), len(pages), out,
                       dist / ZIP_NAME, hant.seconds, split, len(feeds))
