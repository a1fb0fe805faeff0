"""Swap: a finished temporary site folder → the output folder, in one step.

Takes the temporary folder a build wrote and the output folder readers are served; gives the
new site in the output's place with no moment at which the output is missing or half-written,
even when the build is killed (SIGKILL, power cut) at any point. Also: one build at a time per
output folder and per work folder (`build_lock`), and the removal of what killed builds left
beside the output (`clear_leftovers`), since a killed build runs no clean-up of its own.

Why by hand: Python's `os.replace` cannot replace a non-empty folder, and two renames (old
aside, new in) leave a gap with no site. Linux's renameat2(RENAME_EXCHANGE) swaps two paths
atomically; Python has no binding for it, so it is called through ctypes. Where the system
lacks it (another OS, an old kernel, a file system that refuses it), the two renames are used.
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from .messages import say

AT_FDCWD = -100
RENAME_EXCHANGE = 2  # from <linux/fs.h>
_libc = ctypes.CDLL(None, use_errno=True)
_renameat2 = getattr(_libc, "renameat2", None)


def exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths in one step; False where this system cannot."""
    if _renameat2 is None:
        return False
    if _renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(a), None, str(b))


def swap_in(new: Path, out: Path) -> None:
    """Put `new` in `out`'s place; the previous `out` is deleted afterwards, in the background
    (`remove_later`)."""
    old = out.with_name(f".{out.name}.old-{os.getpid()}")
    if out.exists() and exchange(new, out):
        new.rename(old)  # which now holds the previous site
    else:
        if out.exists():
            out.rename(old)
        new.rename(out)
    if old.exists():
        remove_later(old)


def remove_later(folder: Path) -> None:
    """Delete `folder` in a process of its own that outlives this one: at 100,000 articles a
    site is about a million files, whose unlinking (tens of seconds) nobody need wait for once
    the new site is in place. Its name is a leftover's (`clear_leftovers`), so a build that
    starts before the deletion ends removes what is left."""
    try:
        subprocess.Popen(["rm", "-rf", "--", str(folder)], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    except OSError:  # no `rm` here: delete it now
        shutil.rmtree(folder, ignore_errors=True)


def temp_prefix(out: Path) -> str:
    return f".{out.name}.tmp-"


def temp_site(out: Path) -> Path:
    """A new, empty temporary folder beside `out` for the build to write the site into,
    readable by all (0755), as the site it becomes. A fault names the folder it would go in:
    the random name mkdtemp tried never existed."""
    try:
        tmp = Path(tempfile.mkdtemp(prefix=temp_prefix(out), dir=out.parent))
    except OSError as e:
        raise OSError(e.errno, e.strerror, str(out.parent)) from None
    tmp.chmod(0o755)  # mkdtemp makes it 0700: a web server's user could not read the site
    return tmp


def clear_leftovers(out: Path, dist_zip: Path) -> None:
    """Remove the temporary sites and zips of builds that were killed; call it holding the
    build lock, so that no running build's files are taken."""
    for p in out.parent.glob(f".{out.name}.*"):
        if p.name.startswith(temp_prefix(out)) or p.name.startswith(f".{out.name}.old-"):
            shutil.rmtree(p, ignore_errors=True)
    for p in dist_zip.parent.glob(f".{dist_zip.name}.tmp-*"):
        p.unlink(missing_ok=True)


@contextmanager
def build_lock(out: Path, work: Path | None = None):
    """Hold locks for the length of a build on the folder the output sits in and on the work
    folder (`--work`, shared by every output built from one checkout): a second build on
    either waits for the first, saying which build it waits for, so two builds never write
    one work folder at once and nothing is published mixed. The folders themselves are locked
    (flock works on folders), in one order so that two builds cannot wait on each other; the
    kernel releases the locks of a killed build. Who holds the work folder (pid, command,
    start time) is written in its `HOLDER` file for the message."""
    folders = [out.parent] + ([work] if work is not None else [])
    for f in folders:
        f.mkdir(parents=True, exist_ok=True)
    # one lock per folder: a second flock of the same folder from this process would wait forever
    unique = sorted({f.resolve() for f in folders})
    fds = []
    try:
        for folder in unique:
            fd = os.open(folder, os.O_RDONLY)
            fds.append(fd)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                print(say("build.waiting", folder=folder, holder=_holder(folder)),
                      file=sys.stderr, flush=True)
                fcntl.flock(fd, fcntl.LOCK_EX)
        if work is not None:
            _write_holder(work.resolve())
        yield
    finally:
        for fd in fds:
            os.close(fd)  # closing releases the lock


HOLDER = ".qikan-build"  # in the work folder: who holds its lock


def _write_holder(work: Path) -> None:
    started = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    try:
        (work / HOLDER).write_text(f"pid {os.getpid()}, command {shlex.join(sys.argv)!r}, "
                                   f"started {started}\n", encoding="utf-8")
    except OSError:
        pass  # only the message of a waiting build needs it; the build's own writes will say why


def _holder(folder: Path) -> str:
    """Which build holds `folder`, as its work folder's holder file says, if it is one."""
    try:
        return (folder / HOLDER).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return say("build.holder-unknown")
