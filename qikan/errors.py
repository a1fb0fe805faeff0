"""Errors: what goes wrong with an input or the machine, said as one line an editor can act on.

Takes nothing, gives `InputError` (a bad input: its file, line, what is wrong and what to do;
the command line prints it and exits 2) and `os_error_message` (a file-system fault: disk full,
no permission, … as one line).
"""
from __future__ import annotations

import errno


class InputError(Exception):
    """A problem with an input file the editor must fix: where it is and what to do."""

    def __init__(self, path: str, line: int | None, message: str, hint: str):
        self.path, self.line, self.message, self.hint = path, line, message, hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message} — {self.hint}"


def os_error_message(err: OSError, writing: str = "") -> str:
    """One line for a file-system fault (disk full, no permission, …): what, where, what to do.

    A failed write() carries no file name, so `writing` says what was being written; a failed
    copy or rename names its source first and its destination, where the fault is, second."""
    full = err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    where = (err.filename2 if full and err.filename2 else err.filename) or writing or "?"
    what = err.strerror or str(err)
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        hint = "free some space on that disk (or build with --out/--work/--dist elsewhere) and retry"
    elif err.errno == errno.EFBIG:
        hint = ("a file-size limit stopped the write (ulimit -f, a quota, the file system's "
                "maximum): raise it or build elsewhere, then retry")
    elif err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        hint = "make the folder writable for this user, or build with --out/--work/--dist elsewhere"
    elif err.errno in (errno.ENOTDIR, errno.EEXIST):
        hint = "a file stands where a folder is needed: move it away or give another folder"
    else:
        hint = "check the path and the disk, then retry"
    return f"{where}: {what} — {hint}"
