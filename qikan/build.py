"""Build: the archive's splits → a built site, swapped in atomically.

Takes the source folder (issue texts + sidecars, split by `archive.py`), the project's
`mkdocs.yml` and an output folder; gives the built site in that folder. This is the one stage
that writes files: it writes the generated Markdown into a work folder, writes a generated
MkDocs config that INHERITs the project's `mkdocs.yml` (so editors configure the site in one
place), runs `mkdocs build` into a temporary sibling of the output, adds the search index, the
zh-Hant edition and the offline zip, and swaps the site in only on success: a failed build
leaves the previous site untouched.

The stages run in the order of `STAGES`; a `progress(stage, done)` callback hears each one
start (done=False) and end (done=True) — what bench/archive.py times and the fault tests
interrupt.

Reproducible: the build sets SOURCE_DATE_EPOCH (unless it is set already) to the newest
article's date, so the dates MkDocs and the feed plugin stamp on the sitemap and the feeds
come from the input, not from the clock. The feeds (`site/feeds.py`) become instances of the
feed plugin in the generated config.
"""
from __future__ import annotations

import hashlib
import shutil
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .archive import ROOT, SplitStore, light_splits, newest
from .errors import TERMINATED, InputError, interruptions_held
from .messages import say
from .model import SplitResult
from .site.bundle import ZIP_MANIFEST, ZIP_NAME, publish_zip, write_zip, zip_folder
from .site.feeds import (FEED_DIR, OPML_NAME, SITE_RSS, feed_plugins, listed_articles, opml,
                         raw_values, silent_feeds, well_formed, without_feeds)
from .site.hant import configured_profile, write_hant_edition
from .site.browse import issue_neighbours
from .site.render import (archive_nav, issue_files, issue_inputs, newest_first,
                          render_archive)
from .site.dataset import DataState, publish_dataset, write_dataset
from .runs import (Runs, build_date_from, merge_runs, project_config, run_all, run_configs,
                   source_date_epoch, trim_heap, write_config)
from .site.plan import INDEX_PART, NavViews, Run, build_plan, file_keys, outputs
from .site.search import write_search_index
from .site.search_append import SearchState
from .state import (State, fingerprint, issue_keys, kept_files, link_unchanged, read_state,
                    unchanged_issues, write_state)
from .swap import build_lock, clear_leftovers, swap_in, temp_site



# the build's stages, in the order they run (named after the function each one calls)
STAGES = ("archive_splits", "render_archive", "plan_pages", "write_pages", "link_unchanged",
          "write_search_index", "run_mkdocs", "repair_feeds", "write_dataset",
          "write_hant_edition", "write_zip", "swap_in", "publish_zip")
# progress(stage, done): told when each stage starts (False) and ends (True)
Progress = Callable[[str, bool], None]


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
    made: int = 0  # docs files this build made (the others' outputs kept from the last site)
    search_kept: int = 0  # articles whose search files and bigrams came from the last index


def write_pages(pages: dict[str, str], docs: Path, known: dict[str, str] | None = None,
                keep: set[str] = frozenset()) -> None:
    """The docs folder holding exactly `pages` and `keep`. `known`: the text digests the last
    build wrote (incremental: a page whose text did not change is not written again, the files
    in `keep` are left as they are); None writes all."""
    if known is None and docs.exists():
        shutil.rmtree(docs)
    known = known or {}
    for rel, text in sorted(pages.items()):
        p = docs / rel
        if known.get(rel) == text_digest(text) and p.exists():
            continue
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    for rel in sorted(set(known) - set(pages) - keep):
        (docs / rel).unlink(missing_ok=True)


def text_digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()







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
               work: Path = ROOT / "build", dist: Path = ROOT / "dist",
               progress: Progress | None = None, parts: Path | None = None) -> BuildReport:
    """The whole build, one at a time per output folder and per work folder; what killed
    builds left is removed first. `parts`: the folder of the parts' pages (`build_part`)."""
    with build_lock(out, work):
        clear_leftovers(out, dist / ZIP_NAME)
        return _build(src, out, config, work, dist, _Stages(progress), parts)


class _Stages:
    """`with stage(name):` around each stage, in the order of `STAGES`, telling `progress`."""

    def __init__(self, progress: Progress | None):
        self.progress = progress or (lambda stage, done: None)
        self.next = 0

    @contextmanager
    def __call__(self, name: str):
        # keep STAGES true: in its order (a part's build leaves some out), each once
        assert name in STAGES[self.next:], f"stage {name} out of order"
        if TERMINATED.is_set():
            raise SystemExit(143)   # (errors.TERMINATED: the handler's exception was lost)
        self.next = STAGES.index(name) + 1
        self.progress(name, False)
        yield
        self.progress(name, True)


@dataclass
class _Prepared:
    """What every kind of build computes first: the splits, the site's settings, the pages
    (those that are not on disk from the last build), their keys, the nav and the feeds."""
    results: list[SplitResult]
    split: int
    settings: dict
    site_name: str
    site_url: str
    profile: str
    pages: dict[str, str]
    texts: dict[str, str]
    keys: dict[str, str]
    views: NavViews
    nav: list
    plugins: list
    others: list
    feeds: list[tuple[str, str]]
    listed: set[str]
    state: State
    issues: dict[str, list]  # state.issues of this build
    fingerprint: str
    store: SplitStore  # the results are light (archive.light): their bodies are in the store


def _prepare(src: Path, out: Path, config: Path, work: Path, stage: _Stages,
             incremental: bool) -> _Prepared:
    with stage("archive_splits"):
        results, split, store = light_splits(src, work / "cache")
    settings = project_config(config)
    site_name = settings.get("site_name") or "期刊文库"
    site_url = settings.get("site_url") or ""
    site_url += "" if not site_url or site_url.endswith("/") else "/"
    profile = configured_profile(config, settings)
    theme = settings.get("theme") if isinstance(settings.get("theme"), dict) else {}
    custom = config.resolve().parent / theme["custom_dir"] if theme.get("custom_dir") else None
    work.mkdir(parents=True, exist_ok=True)
    state = read_state(work, out) if incremental else State()
    docs = work / "docs"
    if not state.keys and docs.exists():
        shutil.rmtree(docs)  # no last build to keep from: written whole
    with stage("render_archive"):
        fp = fingerprint(config, settings, custom, (profile,))
        inputs = issue_keys(issue_inputs(results, site_url, store.keys()), fp)
        kept_issues = unchanged_issues(state, inputs, docs)
        own, made = write_issue_files(results, store, site_url, set(kept_issues), docs,
                                      state.texts)
        pages, nav = render_archive(results, site_name, site_url, set(inputs))
    feedless = without_feeds(settings.get("plugins"))
    if site_url:
        plugins, feeds = feed_plugins(results, settings.get("plugins") or [],
                                      str((work / "rss-cache").resolve()), site_name, site_url,
                                      theme.get("favicon") or "assets/images/favicon.png")
    else:  # feeds need absolute URLs; without them the pages are relative only
        print("warning: " + say("build.no-site-url"), file=sys.stderr)
        plugins, feeds = feedless, []
    if feeds:
        pages[f"{FEED_DIR}/{OPML_NAME}"] = opml(site_name, site_url, feeds)
    with stage("plan_pages"):
        texts = {rel: text_digest(text) for rel, text in pages.items()}
        texts.update(made)
        texts.update((rel, state.texts[rel]) for paths in kept_issues.values() for rel in paths)
        keys, views = file_keys(texts, nav, fp)
        listed = listed_articles(results, settings.get("plugins")) if feeds else set()
    issues = {i: [k, sorted(kept_issues[i] if i in kept_issues else own.get(i, []))]
              for i, k in inputs.items()}
    return _Prepared(results, split, settings, site_name, site_url, profile, pages, texts,
                     keys, views, nav, plugins,
                     silent_feeds(settings.get("plugins")) if feeds else feedless, feeds,
                     listed, state, issues, fp, store)


def _write_docs(p: _Prepared, work: Path, stage: _Stages) -> None:
    """The pages that are not an issue's own files (those are written as they are rendered)."""
    with stage("write_pages"):
        theirs = {rel for _, paths in p.issues.values() for rel in paths}
        write_pages(p.pages, work / "docs", p.state.texts, theirs)
    p.pages = {}  # every page's Markdown, on disk now: not held while MkDocs reads it all again
    trim_heap()


def _run_configs(p: _Prepared, runs: list[Run], site: Path, config: Path, work: Path) -> list[Path]:
    base = write_config(work, config, site, p.nav, p.plugins, p.settings)
    return run_configs(work, base, runs, p.plugins, p.others, site / ".runs",
                       [FEED_DIR] if p.feeds else [])


def _run_plan(p: _Prepared, runs: list[Run], site: Path, config: Path, work: Path) -> None:
    """The plan's MkDocs runs, written into `site`."""
    with build_date_from(source_date_epoch(p.results)):
        run_all(_run_configs(p, runs, site, config, work))
    merge_runs(site / ".runs", site)


def _start_run(p: _Prepared, run: Run, site: Path, config: Path, work: Path,
               runs: Runs) -> None:
    """The plan's one MkDocs run started in a process of its own (`runs`); its pages are
    merged into `site` once it has ended."""
    with build_date_from(source_date_epoch(p.results)):  # (the process keeps it)
        runs.start(_run_configs(p, [run], site, config, work))


def _build(src: Path, out: Path, config: Path, work: Path, dist: Path,
           stage: _Stages, parts: Path | None = None) -> BuildReport:
    """The whole site; from the last build's what did not change, or from the folders of
    `build_part` in `parts` (CI's matrix) for everything but the index part."""
    p = _prepare(src, out, config, work, stage, incremental=parts is None)
    if parts is None:
        kept = kept_files(p.state, p.keys, out)
    else:
        kept = {f for f in p.keys if p.views.part_of(f) != INDEX_PART}
    plan = build_plan(p.keys, p.views, kept, p.listed)
    _write_docs(p, work, stage)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = zipped = None
    aside = Runs()  # made before any of it starts: stopped whatever a Ctrl-C interrupts
    try:
        with interruptions_held():  # a kill between making it and naming it would leave it
            tmp = temp_site(out)
        with stage("link_unchanged"):
            if parts is None:
                link_unchanged(out, tmp, kept)
            else:
                link_parts(parts, tmp, kept, p.views)
        try:
            # one run (an issue added, a small archive): MkDocs renders while the index is
            # made; the many runs of a large archive's whole build take the cores on their own
            if len(plan.runs) == 1:
                _start_run(p, plan.runs[0], tmp, config, work, aside)
            with stage("write_search_index"):  # search/ + zh-Hant/search/ (P4), added to (P11)
                index = write_search_index(p.results, tmp, p.profile, p.fingerprint,
                                           SearchState.from_json(p.state.search), out,
                                           p.store.whole, p.store.keys())
        except BaseException:
            aside.stop()
            raise
        with stage("run_mkdocs"):
            if aside.futures:
                aside.wait()
                merge_runs(tmp / ".runs", tmp)
            else:
                _run_plan(p, plan.runs, tmp, config, work)
        with stage("repair_feeds"):
            repair_feeds(tmp, p.feeds, raw_values(p.results, p.feeds))
        with stage("write_dataset"):
            _, data = write_dataset(p.results, tmp, p.site_name, p.site_url, p.store.whole,
                                    p.store.keys(), p.fingerprint,
                                    DataState.from_json(p.state.dataset), out)  # (P12)
        with stage("write_hant_edition"):
            # zh-Hant/ twin of every page this build made (P5); the others' are linked
            skip = kept_pages(p.keys, plan.fresh) if parts is None else set()
            pages = {outputs(rel)[0] for rel in p.keys if rel.endswith(".md")}
            pages |= {f.name for f in tmp.glob("*.html")}  # the theme's (404.html)
            hant = write_hant_edition(tmp, p.profile, skip=skip, pages=sorted(pages))
        with stage("write_zip"):
            # offline zip (P6): the entries whose files did not change copied from the last one
            zipped = write_zip(tmp, dist / ZIP_NAME, p.site_name,
                               zip_folder(newest(p.results).issue.id),
                               previous=dist / ZIP_NAME, manifest=work / ZIP_MANIFEST)
        with stage("swap_in"):
            swap_in(tmp, out)
            write_state(work, out, State(p.keys, p.texts, p.issues, index.state.to_json(),
                                         data.to_json()))
        with stage("publish_zip"):
            publish_zip(zipped, dist / ZIP_NAME)
            publish_dataset(out, dist)
    finally:
        if tmp is not None and tmp.exists():
            shutil.rmtree(tmp)
        if zipped and zipped.exists():
            zipped.unlink()
    return BuildReport(len(p.results), sum(len(r.articles) for r in p.results), len(p.texts),
                       out, dist / ZIP_NAME, hant.seconds, p.split, len(p.feeds),
                       len(plan.fresh), index.added_to)


def archive_parts(src: Path, work: Path = ROOT / "build") -> list[str]:
    """The archive's parts but the index part (the entries of 各期), in the nav's order."""
    results, _, _ = light_splits(src, work / "cache")
    return NavViews(archive_nav(newest_first([r.issue for r in results]))).part_names()


def part_folder(parts: Path, name: str) -> Path:
    """Where `build_part` leaves a part's pages (CI uploads and downloads it by this name)."""
    return parts / f"part-{name}"


def link_parts(parts: Path, site: Path, files: set[str], views: NavViews) -> None:
    """The pages of every part, from its folder: a part that is not there is an error naming
    the command that makes it."""
    by_part: dict[str, set[str]] = {}
    for f in files:
        by_part.setdefault(views.part_of(f), set()).add(f)
    for name, group in sorted(by_part.items()):
        folder = part_folder(parts, name)
        missing = next((f for f in sorted(group) if not (folder / outputs(f)[0]).is_file()), None)
        if missing:
            raise InputError(str(folder), None, "part-missing", part=name,
                             file=outputs(missing)[0])
        link_unchanged(folder, site, group, twins=False)


def build_part(src: Path, name: str, parts: Path, config: Path = ROOT / "mkdocs.yml",
               work: Path = ROOT / "build", progress: Progress | None = None) -> BuildReport:
    """One part's pages (CI's matrix: one job per part), into `part_folder(parts, name)`;
    `build_site(..., parts=parts)` merges them with the index part into the site."""
    out = part_folder(parts, name)
    with build_lock(out, work):
        clear_leftovers(out, work / ZIP_NAME)
        stage = _Stages(progress)
        p = _prepare(src, out, config, work, stage, incremental=False)
        if name not in p.views.part_names():
            raise InputError(str(src), None, "part-unknown", part=name,
                             parts="、".join(p.views.part_names()))
        mine = {f for f in p.keys if p.views.part_of(f) == name}
        plan = build_plan(p.keys, p.views, set(p.keys) - mine, site_wide=False)
        _write_docs(p, work, stage)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = temp_site(out)
        try:
            with stage("run_mkdocs"):
                _run_plan(p, plan.runs, tmp, config, work)
            with stage("swap_in"):
                swap_in(tmp, out)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp)
    return BuildReport(len(p.results), sum(len(r.articles) for r in p.results), len(mine),
                       out, None, 0.0, p.split, len(p.feeds), len(plan.fresh))


def write_issue_files(results: list[SplitResult], store: SplitStore, site_url: str,
                      kept: set[str], docs: Path, known: dict[str, str]
                      ) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Render and write each issue's own files (render.issue_files) but those of `kept`, one
    issue at a time, read whole from the `store` (the archive's text and Markdown are never
    held whole); a file whose text the last
    build wrote (`known`: text digests) is not written again. Gives each issue's paths, and
    the digests of the files made."""
    around = issue_neighbours(newest_first([r.issue for r in results]))
    own: dict[str, list[str]] = {}
    made: dict[str, str] = {}
    for r in results:
        if r.issue.id in kept:
            continue
        files = issue_files(store.whole(r), *around[r.issue.id], site_url)
        own[r.issue.id] = sorted(files)
        for rel, text in files.items():
            made[rel] = digest = text_digest(text)
            path = docs / rel
            if known.get(rel) != digest or not path.is_file():
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    return own, made


def kept_pages(keys: dict[str, str], fresh: set[str]) -> set[str]:
    """The HTML pages whose zh-Hant twins were linked from the last site."""
    return {outputs(rel)[0] for rel in keys if rel.endswith(".md") and rel not in fresh}
