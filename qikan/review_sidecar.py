"""Review's writes: the editor's corrected `articles:` → the issue's sidecar, the rest kept.

Takes the articles the review page sends (plain JSON) and the issue's files; gives the sidecar's
new bytes, or writes them (`save_articles`) after a backup (`ID.yml.bak`). Only the text of the
`articles:` block is replaced: every other key, comment, quote and blank line of the sidecar
stays byte for byte, in the file's own encoding, BOM and line ends. Comments inside the old
`articles:` block go with it (they were about the old split). Nothing is written unless the new
text passes `parse_sidecar` and `check_ranges` (what `build` runs) and reads back as exactly
the old data with the new `articles:`.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import InputError
from .messages import say
from .split.ingest import BOMS, decode_text, read_issue_lines
from .model import IssueMeta
from .split.by_sidecar import _flow, check_ranges
from .sidecar import ARTICLE_KEYS, LOADER, parse_sidecar

FIELDS = ("title", "subtitle", "authors", "role", "unit", "writer", "section", "kind", "date")
BOM = {enc: bom for bom, enc in BOMS}  # encoding → the BOM ingest read it by
# a line with its end: "  - lines: [[2, 73]]\n" (the last line of a file may have none)
LINE_RE = re.compile(r"[^\n]*\n|[^\n]+$")


class Conflict(Exception):
    """The sidecar changed on disk since the page read it."""


@dataclass(frozen=True)
class SidecarText:
    text: str  # decoded, without BOM
    encoding: str  # as ingest read it; "utf-8" for a sidecar not written yet
    bom: bool
    version: str  # sha256 of the bytes ("" when there is no file)


def read_sidecar_text(side: Path) -> SidecarText:
    if not side.exists():
        return SidecarText("", "utf-8", False, "")
    data = side.read_bytes()
    text, enc = decode_text(data, str(side))
    enc = codecs.lookup(enc or "utf-8").name
    bom = any(data.startswith(b) for b, _ in BOMS)
    return SidecarText(text.lstrip("\ufeff"), enc, bom, hashlib.sha256(data).hexdigest())


def entries_from_json(items: object, path: str) -> list[dict]:
    """The page's articles as sidecar entries: known keys, text fields stripped (empty → null),
    `lines` as [[first, last], …]. The type checks proper are parse_sidecar's, on the YAML."""
    if not isinstance(items, list) or not items:
        raise InputError(path, None, "review-no-articles")
    out = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or set(item) - set(ARTICLE_KEYS):
            raise InputError(path, None, "review-bad-article", n=n, keys=sorted(
                set(item) - set(ARTICLE_KEYS)) if isinstance(item, dict) else "")
        entry: dict = {"lines": item.get("lines")}
        for key in FIELDS:
            value = item.get(key)
            if isinstance(value, str):
                if any(c in value for c in "\r\n\x85\u2028\u2029"):
                    raise InputError(path, None, "review-line-break", n=n, key=key)
                value = value.strip() or None
            if key == "authors":
                value = [a.strip() for a in value if a.strip()] if isinstance(value, list) and \
                    all(isinstance(a, str) for a in value) else value or []
            if key != "date" or value is not None:
                entry[key] = value
        entry["kind"] = entry.get("kind") or "article"
        out.append(entry)
    return out


def articles_block(entries: list[dict], newline: str = "\n") -> str:
    out = ["articles:"]
    for e in entries:
        out.append(f"  - lines: {_flow(e['lines'])}")
        out += [f"    {k}: {_flow(e[k])}" for k in FIELDS if k in e]
    return newline.join(out) + newline


def _block_span(text: str, path: str) -> tuple[int, int] | None:
    """Where the top-level `articles:` key and its value stand in the text (character offsets
    from its line's start to the end of its last line that is not blank or a comment), or None
    when the sidecar has no `articles:`."""
    root = yaml.compose(text, Loader=LOADER) if text.strip() else None
    if root is None:
        return None
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        raise InputError(path, 1, "review-not-block")
    for key, value in root.value:
        if key.value == "articles":
            start = text.rfind("\n", 0, key.start_mark.index) + 1
            if text[start:key.start_mark.index].strip():
                raise InputError(path, key.start_mark.line + 1, "review-articles-indent")
            end = value.end_mark.index
            if end > start and text[end - 1] != "\n":  # a flow value: take its whole line
                nl = text.find("\n", end)
                end = len(text) if nl < 0 else nl + 1
            lines = LINE_RE.findall(text[start:end])
            while len(lines) > 1 and (not lines[-1].strip() or lines[-1].lstrip()[0] == "#"):
                lines.pop()  # trailing blank and comment lines stay, for what follows
            return start, start + sum(map(len, lines))
    return None


def updated_text(old: str, entries: list[dict], path: str) -> str:
    """The sidecar's text with `articles:` replaced (or added at the end)."""
    newline = "\r\n" if "\r\n" in old else "\n"
    block = articles_block(entries, newline)
    span = _block_span(old, path)
    if span is None:
        sep = "" if not old or old.endswith("\n") else newline
        return old + sep + (newline if old.strip() else "") + say("review.header") + newline + block
    start, end = span
    return old[:start] + block + old[end:]


def validated(old: SidecarText, entries: list[dict], side: Path, txt: Path,
              default_id: str) -> tuple[str, IssueMeta]:
    """The new sidecar text and the metadata `build` reads from it; raises `InputError`
    (naming the new text's line) when the ranges or fields are invalid."""
    new = updated_text(old.text, entries, str(side))
    meta = parse_sidecar(new, str(side), default_id)
    before = yaml.load(old.text, Loader=LOADER) if old.text.strip() else {}
    after = yaml.load(new, Loader=LOADER)
    if after != {**(before or {}), "articles": after.get("articles")} or \
            after.get("articles") != entries:
        raise InputError(str(side), None, "review-readback")
    lines = read_issue_lines(txt.read_bytes(), str(txt))
    check_ranges(meta, len(lines), str(txt))
    return new, meta


def encoded(old: SidecarText, text: str, path: str) -> bytes:
    """The text in the sidecar's encoding (and BOM), refused if it cannot be read back so."""
    try:
        data = (BOM[old.encoding] if old.bom else b"") + text.encode(old.encoding)
    except UnicodeEncodeError as e:
        raise InputError(path, None, "review-encoding", enc=old.encoding,
                         chars=repr(e.object[e.start:e.end])) from None
    if decode_text(data, path)[0].lstrip("\ufeff") != text:
        raise InputError(path, None, "review-encoding-readback", enc=old.encoding)
    return data


def save_articles(side: Path, txt: Path, items: object, version: str,
                  default_id: str) -> IssueMeta:
    """Write the page's articles into the sidecar; the previous file goes to `ID.yml.bak`.
    Raises `Conflict` if the file is no longer the one the page read (`version`)."""
    old = read_sidecar_text(side)
    if old.version != version:
        raise Conflict(str(side))
    entries = entries_from_json(items, str(side))
    new, meta = validated(old, entries, side, txt, default_id)
    data = encoded(old, new, str(side))
    tmp = side.with_name(f".{side.name}.tmp-review")
    try:
        if old.version:
            bak = side.with_suffix(side.suffix + ".bak")
            bak.write_bytes(side.read_bytes())
        tmp.write_bytes(data)
        os.replace(tmp, side)
    finally:
        tmp.unlink(missing_ok=True)
    return meta
