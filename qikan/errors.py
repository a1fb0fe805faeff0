"""Errors: what goes wrong with an input or the machine, said as one line an editor can act on.

Takes nothing, gives `InputError` (a bad input: its file, line and message code with its
fields; the command line prints it and exits 2) and `os_error_message` (a file-system fault:
disk full, no permission, … as one line). The words are `messages.py`'s, in the language of
the run, chosen when the line is printed (an error raised in a worker process is rendered by
the process that reports it).
"""
from __future__ import annotations

import errno
import signal
import threading
from contextlib import contextmanager

from .messages import error_text, language

# Set by the command line's SIGTERM handler, which also raises SystemExit(143): a build checks
# it before each stage, so that a termination whose exception was lost on the way (caught or
# landing in a finaliser: a CI run once saw a killed build finish and exit 0) still stops it
# before it publishes.
TERMINATED = threading.Event()


@contextmanager
def interruptions_held():
    """Ctrl-C and `kill` held back for the length of the block, delivered at its end: for the
    steps an exception must not land in the middle of (a pool forking its processes, a
    temporary folder made but not yet named to its clean-up). Threads and processes started
    inside inherit the block (`runs._worker_started` lifts it in its processes)."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


class InputError(Exception):
    """A problem with an input file the editor must fix: where it is and what to do."""

    def __init__(self, path: str, line: int | None, code: str, /, **fields: object):
        self.path, self.line, self.code, self.fields = path, line, code, fields
        super().__init__(path, line, code)

    def __reduce__(self):  # pickled from a split worker with its fields (keywords)
        return _rebuild, (self.path, self.line, self.code, self.fields)

    @property
    def message(self) -> str:
        return error_text(self.code, self.fields)[0]

    @property
    def hint(self) -> str:
        return error_text(self.code, self.fields)[1]

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message} — {self.hint}"


def _rebuild(path: str, line: int | None, code: str, fields: dict) -> InputError:
    return InputError(path, line, code, **fields)


# the system's words for the commonest faults, in Chinese (English: the system's own)
OS_ZH = {errno.ENOSPC: "磁盘已满", errno.EDQUOT: "超出磁盘配额", errno.EFBIG: "文件太大",
         errno.EACCES: "没有权限", errno.EPERM: "不允许的操作", errno.EROFS: "文件系统只读",
         errno.ENOTDIR: "不是文件夹", errno.EEXIST: "已有同名文件", errno.ENOENT: "没有这个文件或文件夹"}


def os_error_message(err: OSError, writing: str = "") -> str:
    """One line for a file-system fault (disk full, no permission, …): what, where, what to do.

    A failed write() carries no file name, so `writing` says what was being written; a failed
    copy or rename names its source first and its destination, where the fault is, second."""
    full = err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    where = (err.filename2 if full and err.filename2 else err.filename) or writing or "?"
    what = err.strerror or str(err)
    if language() == "zh" and err.errno in OS_ZH:
        what = f"{OS_ZH[err.errno]}（{what}）"
    code = {errno.ENOSPC: "os-full", errno.EDQUOT: "os-full", errno.EFBIG: "os-too-big",
            errno.EACCES: "os-denied", errno.EPERM: "os-denied", errno.EROFS: "os-denied",
            errno.ENOTDIR: "os-not-folder", errno.EEXIST: "os-not-folder"}.get(err.errno,
                                                                               "os-other")
    message, hint = error_text(code, {"what": what})
    return f"{where}: {message} — {hint}"
