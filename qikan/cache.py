"""Split cache: an issue's inputs → a content key; a `SplitResult` ↔ the bytes of its entry.

Takes an issue's text bytes, its sidecar bytes (or None), its file name and the splitter's
code version; gives a key that changes when any of them changes, and (de)serialises the split
for it. Pure but for `code_version`, which reads the package's own sources: `archive.py` reads
and writes the entries (one file per issue in the work folder,
`build/cache/<stem>.pickle`, replaced atomically, entries of removed issues pruned).

The code version hashes the sources of the code a split runs — the splitter (`split/`), the
floor it stands on (model, text, errors, messages) and the sidecar reading and per-issue glue
that make its input (sidecar, archive, pairs, this module) — and no more: editing a page
template helper or the search index does not re-split the archive. Nothing in `split/` may
import the site half (a test holds it to that), so the list stays true. Entries are pickles:
the cache lives in the builder's own git-ignored work folder and is only ever read back by
the build that wrote it; an entry that does not load (torn, written by another Python) counts
as a miss.
"""
from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path

from .model import SplitResult

PACKAGE = Path(__file__).resolve().parent
ENTRY_VERSION = 1  # bump when the entry layout changes


# the sources a split runs, relative to the package (a folder: every module in it)
SPLIT_CODE = ("split", "model.py", "text.py", "errors.py", "messages.py", "messages_errors.py",
              "messages_lines.py", "sidecar.py", "archive.py", "pairs.py", "cache.py")


def split_sources(package: Path = PACKAGE) -> list[Path]:
    return sorted(p for name in SPLIT_CODE for p in
                  ((package / name).rglob("*.py") if (package / name).is_dir() else [package / name]))


def code_version(package: Path = PACKAGE) -> str:
    """A hash of the splitter's sources (and of the Python version that will unpickle)."""
    h = hashlib.sha256(f"{ENTRY_VERSION} {sys.version_info[:2]}".encode())
    for src in split_sources(package):
        name = src.relative_to(package).as_posix()
        h.update(name.encode() + b"\0" + src.read_bytes() + b"\0")
    return h.hexdigest()


def issue_key(text: bytes, sidecar: bytes | None, name: str, code: str) -> str:
    """The key of one issue's split: its text, its sidecar, its file name (the default id and
    `source`) and the code that splits it."""
    h = hashlib.sha256()
    for part in (code.encode(), name.encode(), text, b"" if sidecar is None else b"S" + sidecar):
        h.update(len(part).to_bytes(8, "big") + part)  # length-prefixed: no two inputs collide
    return h.hexdigest()


def entry_bytes(key: str, res: SplitResult) -> bytes:
    return pickle.dumps((key, res), protocol=pickle.HIGHEST_PROTOCOL)


def cached_result(entry: bytes, key: str) -> SplitResult | None:
    """The split an entry holds, if it was made for `key`; None for a stale or broken entry."""
    try:
        got, res = pickle.loads(entry)
    except Exception:  # a torn or foreign file is a miss, never an error
        return None
    return res if got == key and isinstance(res, SplitResult) else None
