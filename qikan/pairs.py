"""Pairs: the archive folder's issue files → refused when a text and its sidecar do not match.

Takes the issue texts of the archive (and, once split, each one's metadata); raises
`InputError` for a text with no sidecar beside it (it would be published with guessed
metadata and no word said) and for a sidecar whose `id:` differs from its file name (a
sidecar copied from another issue and left with that issue's id), unless the sidecar says
`id_differs: true`. `archive.archive_splits` calls it, so `build`, `serve`, `zensical` and
`newest` all refuse.
"""
from __future__ import annotations

from pathlib import Path

from .errors import InputError
from .model import IssueMeta
from .sidecar import key_line
from .split.ingest import decode_text


def refuse_orphans(texts: list[Path]) -> None:
    """Every issue text has its sidecar (`2015-10-nxdj.txt` → `2015-10-nxdj.yml`)."""
    for txt in texts:
        side = txt.with_suffix(".yml")
        if not side.exists():
            raise InputError(str(txt), None, "orphan-text", name=txt.name, side=side.name)


def refuse_other_id(txt: Path, meta: IssueMeta) -> None:
    """The sidecar's id is its file's name, or says that it differs on purpose."""
    if meta.id == txt.stem or meta.id_differs:
        return
    side = txt.with_suffix(".yml")
    try:
        line = key_line(decode_text(side.read_bytes(), str(side))[0], "id")
    except (OSError, InputError):
        line = None
    raise InputError(str(side), line, "id-differs", id=meta.id, stem=txt.stem)
