"""P9: faults of the machine, not of the input: a build killed midway, a full disk, a file too
large for a limit, a folder that is a file, a folder the user may not write.

Each case starts from a previous build (site/ and the zip in dist/) of a one-issue archive, adds
a second issue and builds again under the fault. Whatever happens, the previous site and zip are
still there byte for byte (or, killed after the swap, the new site is whole), and a fault that
the build survives to report gives one line `error: PATH: what — what to do` on stderr, exit
status 1 (2 is kept for bad input) and no traceback.

Kills are real SIGKILLs, sent by the build process to itself at a chosen step (from the
build's progress callback as that stage starts, or from inside `swap.exchange`, in a wrapper
script) or by the test when the build's temporary folder appears. Tests run as root here and in CI, where chmod stops nobody: the
permission cases run the build as the user nobody; the disk-full cases mount a small tmpfs
(skipped, with the reason, where mounting is not allowed); "file too large" sets RLIMIT_FSIZE
in the child with SIGXFSZ ignored, so writes fail with EFBIG as on a full quota.
"""
from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from conftest import DOCS_SRC, ROOT

FIRST, SECOND = "2018-03-syjg", "2022-06-rmrb"  # small issues: a build takes about a second
NOBODY = 65534


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` and the hash of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


class Archive:
    """A one-issue archive with its previous site and zip (copied from one build of it), and a
    second issue added for the build under test."""

    def __init__(self, base: Path, previous: Path):
        shutil.copytree(previous, base, dirs_exist_ok=True)
        self.base, self.src = base, base / "src"
        self.out, self.work, self.dist = base / "out" / "site", base / "work", base / "dist"
        self.site_before, self.zip_before = snapshot(self.out), snapshot(self.dist)
        assert "index.html" in self.site_before and "qikan-offline.zip" in self.zip_before
        self.add(SECOND)

    def add(self, stem: str) -> None:
        for ext in (".txt", ".yml"):
            shutil.copy(DOCS_SRC / f"{stem}{ext}", self.src / f"{stem}{ext}")

    def args(self, out: Path | None = None, work: Path | None = None,
             dist: Path | None = None) -> list[str]:
        return ["build", "--src", str(self.src), "--out", str(out or self.out),
                "--work", str(work or self.work), "--dist", str(dist or self.dist)]

    def build(self, *extra_python: str, **kw) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, *extra_python, str(ROOT / "build_site.py"),
                               *self.args()], capture_output=True, text=True, timeout=300,
                              cwd=ROOT, **kw)

    def assert_previous_intact(self) -> None:
        assert self.out.is_dir(), f"{self.out} is gone"
        assert snapshot(self.out) == self.site_before
        assert snapshot(self.dist) == self.zip_before

    def assert_new_site(self) -> None:
        assert (self.out / "issues" / SECOND / "index.html").is_file()
        assert snapshot(self.out) != self.site_before


@pytest.fixture(scope="module")
def previous(tmp_path_factory) -> Path:
    """A folder with src/ (the first issue), out/site/, work/ and dist/ of one real build."""
    base = tmp_path_factory.mktemp("previous")
    (base / "src").mkdir()
    for ext in (".txt", ".yml"):
        shutil.copy(DOCS_SRC / f"{FIRST}{ext}", base / "src" / f"{FIRST}{ext}")
    r = subprocess.run([sys.executable, str(ROOT / "build_site.py"), "build", "--src",
                        str(base / "src"), "--out", str(base / "out" / "site"), "--work",
                        str(base / "work"), "--dist", str(base / "dist")],
                       capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    return base


@pytest.fixture
def archive(tmp_path, previous) -> Archive:
    return Archive(tmp_path / "archive", previous)


def one_fault_line(r: subprocess.CompletedProcess, *words: str) -> str:
    assert r.returncode == 1, (r.returncode, r.stderr)
    assert "Traceback" not in r.stderr, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and " — " in lines[0], r.stderr
    for w in words:
        assert w in lines[0], (w, lines[0])
    return lines[0]


def no_leftovers(folder: Path) -> None:
    """No temporary folder or zip of the failed build left beside the outputs; a site swapped
    out by a build that succeeded is deleted in the background (swap.remove_later): gone soon."""
    assert not [p.name for p in folder.iterdir() if ".tmp-" in p.name]
    deadline = time.monotonic() + 30
    while [p for p in folder.iterdir() if ".old-" in p.name] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [p.name for p in folder.iterdir() if ".old-" in p.name]


# --- killed builds -----------------------------------------------------------------------

# The build run in a wrapper that SIGKILLs itself when the named step starts.
KILL_AT = """
import os, signal, sys
from pathlib import Path
sys.path.insert(0, {root!r})
step = {step!r}  # a stage of qikan.build.STAGES, or "swap": inside the exchange
def die(*a, **k):
    import multiprocessing  # the processes of the build's MkDocs run, if one is under way
    Path({pids!r}).write_text(" ".join(str(c.pid) for c in multiprocessing.active_children()))
    os.kill(os.getpid(), signal.SIGKILL)
def progress(stage, done):  # killed as the step starts
    if stage == step and not done:
        die()
if step == "swap":  # right after the exchange: the new site in, the old one not yet deleted
    import qikan.swap as swap
    exchange = swap.exchange
    def exchange_then_die(a, b):
        assert exchange(a, b), "this system has no renameat2(RENAME_EXCHANGE)"
        die()
    swap.exchange = exchange_then_die
from qikan.cli import main
sys.exit(main({args!r}, progress))
"""


@pytest.mark.parametrize("step,swapped", [
    pytest.param("write_pages", False, id="writing-markdown"),
    pytest.param("write_search_index", False, id="mkdocs-under-way"),
    pytest.param("repair_feeds", False, id="after-mkdocs"),
    pytest.param("write_hant_edition", False, id="before-zh-Hant"),
    pytest.param("write_zip", False, id="before-zip"),
    pytest.param("swap", True, id="mid-swap"),
    pytest.param("publish_zip", True, id="after-swap-before-zip"),
])
def test_killed_build_leaves_the_previous_site_and_zip(archive, step, swapped, tmp_path):
    pids = tmp_path / "pids"
    script = KILL_AT.format(root=str(ROOT), step=step, args=archive.args(), pids=str(pids))
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                       timeout=300, cwd=ROOT)
    assert r.returncode == -signal.SIGKILL, (r.returncode, r.stderr)
    # the process rendering the pages meanwhile (an archive of one MkDocs run: the search
    # index is made beside it) died with the build
    workers = [int(x) for x in pids.read_text().split()]
    assert bool(workers) == (step == "write_search_index")
    deadline = time.monotonic() + 1     # (a run of the samples takes several seconds)
    while any(Path(f"/proc/{w}").exists() and "Z" not in _state(w) for w in workers) \
            and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [w for w in workers if Path(f"/proc/{w}").exists() and "Z" not in _state(w)]
    if swapped:  # the new site is in, whole; the zip is still the previous one (the new one
        archive.assert_new_site()  # waits, whole, in a temporary file beside it)
        zip_name = "qikan-offline.zip"
        assert snapshot(archive.dist)[zip_name] == archive.zip_before[zip_name]
    else:
        archive.assert_previous_intact()
    again = archive.build()  # what a kill leaves behind does not stop the next build
    assert again.returncode == 0, again.stderr
    archive.assert_new_site()


def test_a_run_process_whose_build_died_before_it_started_ends_there():
    """A build killed between forking a run's process and that process asking to die with it
    leaves the process an orphan, which would wait for work forever holding the build's output
    open: it sees its parent is no longer the build and ends."""
    import multiprocessing
    from qikan.runs import _worker_started
    fork = multiprocessing.get_context("fork")
    orphan = fork.Process(target=_worker_started, args=(os.getpid() + 999_999,))
    orphan.start()
    orphan.join(30)
    assert orphan.exitcode == 1
    child = fork.Process(target=_worker_started, args=(os.getpid(),))
    child.start()
    child.join(30)
    assert child.exitcode == 0


def _state(pid: int) -> str:
    """The process's state letter from /proc ("Z": a zombie, dead)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "Z"


@pytest.mark.parametrize("step", ["write_search_index", "swap", "publish_zip"])
def test_next_build_clears_what_a_killed_build_left(archive, step, tmp_path):
    """A SIGKILL skips the build's clean-up: its temporary site, the previous site it had
    swapped out, its zip's temporary file; the next build removes them."""
    script = KILL_AT.format(root=str(ROOT), step=step, args=archive.args(), pids=str(tmp_path / "pids"))
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=300, cwd=ROOT)
    assert r.returncode == -signal.SIGKILL, r.stderr
    left = [p for d in (archive.out.parent, archive.dist) for p in d.iterdir()
            if ".tmp-" in p.name or ".old-" in p.name]
    assert left  # the kill did leave something behind
    assert archive.build().returncode == 0
    no_leftovers(archive.out.parent)
    no_leftovers(archive.dist)


def test_build_killed_from_outside_during_mkdocs(archive):
    """SIGKILL from another process while `mkdocs build` writes the temporary site."""
    proc = subprocess.Popen([sys.executable, str(ROOT / "build_site.py"), *archive.args()],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parent = archive.out.parent
    while proc.poll() is None and not any(p.name.startswith(".site.tmp-") and
                                          any(p.glob("*.html")) for p in parent.iterdir()):
        time.sleep(0.005)
    assert proc.poll() is None, "the build ended before its temporary site appeared"
    proc.kill()
    proc.wait()
    archive.assert_previous_intact()


# --- file-system faults ------------------------------------------------------------------

@pytest.mark.parametrize("where", ["out", "work", "dist"])
def test_folder_under_a_regular_file(archive, where):
    blocker = archive.base / "not-a-folder"
    blocker.write_text("a file where a folder should be", "utf-8")
    target = {"out": {"out": blocker / "site"}, "work": {"work": blocker / "work"},
              "dist": {"dist": blocker / "dist"}}[where]
    r = subprocess.run([sys.executable, str(ROOT / "build_site.py"), *archive.args(**target)],
                       capture_output=True, text=True, timeout=300, cwd=ROOT)
    one_fault_line(r, str(blocker), "需要文件夹的地方有一个文件")
    archive.assert_previous_intact()
    no_leftovers(archive.out.parent)


def limit_file_size(limit: int):
    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return preexec


@pytest.mark.parametrize("limit", [
    pytest.param(8_000, id="8KB-markdown"),       # an article's Markdown page is larger
    pytest.param(200_000, id="200KB-assets"),     # Material's script bundle is larger
])
def test_file_too_large(archive, limit):
    r = archive.build(preexec_fn=limit_file_size(limit))
    one_fault_line(r, str(archive.base), "文件太大（File too large）", "文件大小上限")
    archive.assert_previous_intact()
    no_leftovers(archive.out.parent)
    no_leftovers(archive.dist)


@pytest.fixture
def small_disk(tmp_path):
    """mount(size) → a tmpfs of that many bytes, unmounted after the test."""
    mounted = []

    def mount(size: int) -> Path:
        mnt = tmp_path / f"disk{len(mounted)}"
        mnt.mkdir()
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mnt)],
                           capture_output=True, text=True)
        if r.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({r.stderr.strip()}): the disk-full "
                        "case is covered by RLIMIT_FSIZE above")
        mounted.append(mnt)
        return mnt
    yield mount
    for mnt in mounted:
        subprocess.run(["umount", "-l", str(mnt)], check=True)


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("where", ["out", "dist"])
def test_disk_full(archive, small_disk, where):
    """The site's or the zip's folder on a disk with room for the previous one only: ENOSPC,
    named, nothing replaced."""
    if where == "out":
        disk = small_disk(size_of(archive.out) + 1_000_000)
        shutil.copytree(archive.out, disk / "site")
        shutil.rmtree(archive.out)
        archive.out = disk / "site"
    else:
        disk = small_disk(size_of(archive.dist) + 200_000)
        shutil.copytree(archive.dist, disk / "dist")
        archive.dist = disk / "dist"
    r = archive.build()
    one_fault_line(r, str(disk), "磁盘已满（No space left on device）", "请腾出那块磁盘的空间")
    archive.assert_previous_intact()
    no_leftovers(disk)
    no_leftovers(archive.dist)


# The build with the effective user nobody: Python, its standard library (under /root here) and
# the build's modules (imported by the command only when it runs) are loaded first, as root;
# every file access after that is nobody's.
AS_NOBODY = """
import os, sys
sys.path.insert(0, {root!r})
sys.argv = ["build_site.py", *{args!r}]
import build_site, qikan.build, mkdocs.commands.build, mkdocs.config, material, tempfile
os.setegid({nobody})
os.seteuid({nobody})
sys.exit(build_site.main())
"""


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to build as the user nobody")
@pytest.mark.parametrize("where", ["out", "work"])
def test_folder_the_user_may_not_write(previous, where):
    """Run as nobody against folders owned by root (0755): EACCES, named, with advice."""
    base = Path(tempfile.mkdtemp(prefix="qikan-p9-"))  # pytest's temp folders are 0700
    try:
        archive = Archive(base, previous)
        for d in [base, *(p for p in base.rglob("*") if p.is_dir())]:
            os.chmod(d, 0o755)  # root's, readable by all (pytest's copies were 0700)
        writable = base / "mine"
        writable.mkdir()
        os.chown(writable, NOBODY, NOBODY)
        if where == "out":
            args = archive.args(work=writable / "work", dist=writable / "dist")
            blocked = archive.out.parent
        else:
            args = archive.args(work=base / "work" / "sub", out=writable / "site",
                                dist=writable / "dist")
            blocked = base / "work"
        script = AS_NOBODY.format(root=str(ROOT), args=args, nobody=NOBODY)
        r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           timeout=300, cwd=ROOT)
        one_fault_line(r, str(blocked), "没有权限（Permission denied）", "可写")
        archive.assert_previous_intact()
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_exchange_swaps_two_folders_in_one_step(tmp_path):
    """The swap of site/ is renameat2(RENAME_EXCHANGE) here (Linux): both paths exist before
    and after, contents exchanged, so no reader ever finds no site."""
    from qikan.swap import exchange

    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "x.html").write_text("new", "utf-8")
    (b / "x.html").write_text("old", "utf-8")
    assert exchange(a, b)
    assert (b / "x.html").read_text("utf-8") == "new" and (a / "x.html").read_text("utf-8") == "old"
    with pytest.raises(FileNotFoundError):
        exchange(a, tmp_path / "missing")
