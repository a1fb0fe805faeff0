"""Archive: the folder of issues → their splits, from the cache where nothing changed.

Takes the archive folder (issue texts `*.txt` and their sidecars `*.yml`) and a cache folder;
gives every issue's `SplitResult` in file order (`archive_splits`), refusing two issues with one
id. An issue whose text, sidecar and splitter code did not change is not split again: its split
is read back from the cache (`cache.py`). When two or more issues must be split, two processes
split them (this machine and CI's runners have two cores). Also the one-issue helpers the
command line uses (`read_meta`, `load_issue`, `publications`) and the newest issue (`newest`).
"""
from __future__ import annotations

import os
import signal
import tempfile
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

from .cache import cached_result, code_version, entry_bytes, issue_key
from .errors import InputError
from .model import IssueMeta, SplitResult, pub_date
from .pairs import refuse_orphans, refuse_other_id
from .sidecar import parse_sidecar, read_sidecar
from .split.ingest import decode_text
from .split.pipeline import split_source

ROOT = Path(__file__).resolve().parent.parent
SPLIT_WORKERS = 2  # the cores of this machine and of CI's runners


def read_meta(txt: Path) -> IssueMeta:
    """The sidecar beside an issue file, or defaults when there is none."""
    side = txt.with_suffix(".yml")
    if side.exists():
        return read_sidecar(side, txt.stem)
    return parse_sidecar("", str(side), txt.stem)


def publications(src: Path) -> set[str]:
    """The publications the archive's sidecars name (a broken sidecar is `check`'s business)."""
    out = set()
    for txt in sorted(src.glob("*.txt")):
        try:
            out.add(read_meta(txt).publication)
        except InputError:
            continue
    return out - {None}


def load_issue(txt: Path, meta: IssueMeta | None = None) -> SplitResult:
    return split_with(txt, txt.read_bytes(), meta or read_meta(txt))


def split_with(txt: Path, data: bytes, meta: IssueMeta) -> SplitResult:
    """The split of an issue's bytes under its metadata (the file's name as its source)."""
    return split_source(data, str(txt), replace(meta, source=meta.source or txt.name))


def load_archive(src: Path, cache: Path | None = None) -> list[SplitResult]:
    """Every issue of the archive, split (or read back from `cache`, a folder)."""
    return archive_splits(src, cache)[0]


def archive_splits(src: Path, cache: Path | None,
                   workers: int = SPLIT_WORKERS) -> tuple[list[SplitResult], int]:
    """Every issue of the archive, and how many of them had to be split (not in `cache`)."""
    results, split, _ = _splits(src, cache, workers, False)
    return results, split


def light_splits(src: Path, cache: Path,
                 workers: int = SPLIT_WORKERS) -> tuple[list[SplitResult], int, SplitStore]:
    """Every issue of the archive without its articles' bodies (`light`), how many had to be
    split, and where the whole splits are (the cache): a build holds the archive's metadata
    and reads the text one issue at a time, as each stage needs it. At 100,000 articles the
    bodies are 1.1 GB of the 1.2 GB the splits take in memory."""
    return _splits(src, cache, workers, True)


def light(res: SplitResult) -> SplitResult:
    """The split without its articles' bodies — but an untitled fragment's, whose first words
    are its title on the pages (urls.article_title)."""
    return replace(res, articles=[a if a.kind == "fragment" and not a.title else
                                  replace(a, body="") for a in res.articles])


def _cached(cache: Path, stem: str, key: str, light_one: bool) -> SplitResult | None:
    """An issue's split from the cache, or None. Light, from its light entry (`<stem>.light`:
    a twentieth of the whole one, so a build reads 20 MB, not 400, at 100,000 articles) when
    it was written from the whole entry as that entry is now (its size and mtime: a whole
    entry replaced or broken since makes it stale); else from the whole entry, and the light
    one written again."""
    entry, lite = cache / f"{stem}.pickle", cache / f"{stem}.light"
    try:
        st = entry.stat()
    except OSError:
        return None
    if light_one and lite.exists():
        res = cached_result(lite.read_bytes(), _light_key(key, st))
        if res is not None:
            return res
    res = cached_result(entry.read_bytes(), key)
    if res is not None and light_one:
        res = light(res)
        _store(lite, entry_bytes(_light_key(key, st), res))
    return res


def _store_both(cache: Path, stem: str, key: str, res: SplitResult) -> None:
    entry = cache / f"{stem}.pickle"
    _store(entry, entry_bytes(key, res))
    _store(cache / f"{stem}.light", entry_bytes(_light_key(key, entry.stat()), light(res)))


def _light_key(key: str, whole: os.stat_result) -> str:
    """A light entry's key: its whole entry's key, size and mtime."""
    return f"{key} {whole.st_size} {whole.st_mtime_ns}"


@dataclass(frozen=True)
class SplitStore:
    """Where each issue's whole split is (its cache entry) and its key (cache.issue_key: a
    digest of the issue's text, sidecar, name and the splitter's code)."""
    entries: dict[str, tuple[Path, str]]  # issue id → (cache entry, key)

    def whole(self, res: SplitResult) -> SplitResult:
        """The whole split of an issue given light."""
        path, key = self.entries[res.issue.id]
        got = cached_result(path.read_bytes(), key)
        if got is None:  # only another program writing into the work folder does this
            raise RuntimeError(f"{path}: the split cache changed while the build read it")
        return got

    def keys(self) -> dict[str, str]:
        return {i: key for i, (_, key) in self.entries.items()}


def _splits(src: Path, cache: Path | None, workers: int,
            light_ones: bool) -> tuple[list[SplitResult], int, SplitStore]:
    files = sorted(src.glob("*.txt"))
    if not files:
        raise InputError(str(src), None, "archive-no-issues")
    refuse_orphans(files)
    code = code_version() if cache else ""
    shape = light if light_ones else (lambda r: r)  # of the issues split now
    results: list[SplitResult | None] = []
    keys: list[str] = []
    todo = []  # (position, file, text bytes, sidecar bytes, key) of the issues to split
    for txt in files:
        side = txt.with_suffix(".yml")
        data, side_data = txt.read_bytes(), side.read_bytes() if side.exists() else None
        key = issue_key(data, side_data, txt.name, code)
        res = _cached(cache, txt.stem, key, light_ones) if cache else None
        if res is None:
            todo.append((len(results), txt, data, side_data, key))
        results.append(res)
        keys.append(key)
    for n, res in _split_all(todo, workers):
        i, txt, _, _, key = todo[n]
        results[i] = shape(res)
        if cache:
            _store_both(cache, txt.stem, key, res)
    if cache:  # entries of issues no longer in the archive
        kept = {cache / f"{t.stem}{ext}" for t in files for ext in (".pickle", ".light")}
        for old in {*cache.glob("*.pickle"), *cache.glob("*.light")} - kept:
            old.unlink()
    seen: dict[str, str] = {}
    for txt, res in zip(files, results):
        refuse_other_id(txt, res.issue)
        if res.issue.id in seen:
            raise InputError(str(txt.with_suffix(".yml")), None, "id-used-twice",
                             id=res.issue.id, other=seen[res.issue.id])
        seen[res.issue.id] = txt.name
    store = SplitStore({r.issue.id: (cache / f"{t.stem}.pickle" if cache else t, k)
                        for t, r, k in zip(files, results, keys)})
    return results, len(todo), store


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
        # Ctrl-C reaches the whole process group: the workers leave it to this process, which
        # stops them and says so in one line (no traceback from each worker)
        return ProcessPoolExecutor(workers, initializer=signal.signal,
                                   initargs=(signal.SIGINT, signal.SIG_IGN))
    except (NotImplementedError, ImportError, OSError):
        return None


def _split_all(todo: list, workers: int) -> Iterator[tuple[int, SplitResult]]:
    """The splits of `todo` (by their index in it), as they are made; in `workers` processes
    when there are two or more issues. The first bad issue in archive order raises, as it
    would in one process. Each issue's bytes are let go once it is handed on (`todo` keeps
    the rest of its entry)."""
    pool = _pool(workers) if len(todo) >= 2 else None
    if pool is None:
        for n, (i, txt, data, side, key) in enumerate(todo):
            todo[n] = (i, txt, None, None, key)
            yield n, split_issue(txt, data, side)
        return
    with pool:
        futures = {}
        # the longest first, so that no long issue is left for one process at the end
        for n in sorted(range(len(todo)), key=lambda n: -len(todo[n][2])):
            i, txt, data, side, key = todo[n]
            futures[pool.submit(split_issue, txt, data, side)] = n
            todo[n] = (i, txt, None, None, key)
        failed: dict[int, BaseException] = {}
        try:
            # each split taken as it is made, and its future let go: none waits in memory
            for f in as_completed(futures):
                n = futures.pop(f)
                if f.cancelled():
                    continue
                if f.exception() is None:
                    yield n, f.result()
                    continue
                failed[n] = f.exception()
                for later, m in futures.items():  # an earlier issue may fail too: it runs
                    if m > n:
                        later.cancel()
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise
        if failed:
            raise failed[min(failed)]


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
