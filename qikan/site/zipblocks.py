"""Blocks of the offline zip: runs of entries the next zip copies at once, and the manifest that
describes them.

Takes the site's files in the zip's order (bundle.site_files) and gives them in blocks
(`blocks`): files of one folder that follow one another, a block ending after a file whose
name's CRC-32 is a multiple of BLOCK_CUT + 1 (a cut set by the names, as content-defined chunking
cuts a file: a file added or removed changes its own block only, not where the others are cut),
~64 files a block. The manifest of a zip (`Manifest`, written by `write_manifest`) keeps, per
entry, its record (lastzip.RECORD) and where its local header and its directory record are;
per block, its first entry, its count, a digest of its files' names and stat keys as recorded
and the CRC-32 of its bytes in the zip (local headers and streams).

A block of the new site whose first name and digest are one of the last zip's — the same
files, each the same file as then by its stat key — is copied whole (`copy_block`): one read of
its bytes, checked against their CRC-32, one write; its directory records are the last
directory's; only the folder in every name (named for the newest issue) and the offsets change,
patched with numpy for all its entries at once. It is copied so when the new folder's name is
as long and as ASCII as the old one (every header keeps its length and flags) and no entry's
offset needs a ZIP64 field in one zip and not in the other; else its files go one by one, as
any block that changed (bundle.py, lastzip.py).

Why: at 100,000 articles the zip has ~780,000 entries, ~98 % of them the same when an issue is
added; copied an entry at a time (its local header read and checked, its stream's CRC-32, a
header and a record packed, two writes) they took ~13 s of a republish that must take under a
minute. The manifest's body has its SHA-1 in its head: a manifest damaged anywhere copies
nothing, so the positions it gives are the ones written.
"""
from __future__ import annotations

import hashlib
import json
import struct
import zipfile
import zlib
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

import numpy as np

from . import pieces, zipformat
from .lastzip import RECORD, RECORD_LAYOUT, StatKey
from .pieces import Piece

# ~64 files a block: a block's files are copied without a look at each; a file changed makes
# its block's ~64 go one by one
BLOCK_CUT = 63
BLOCK_MOST = 4096  # a folder of names none of which cuts still ends its blocks
# per block of the manifest: its first entry's index, its count, its digest, its bytes' CRC-32
BLOCK_LAYOUT = "<QI20sI"
BLOCK = struct.Struct(BLOCK_LAYOUT)
KEY = struct.Struct("<QQQq")  # a stat key, as a block's digest takes it
NAME_AT = zipformat.CENTRAL.size  # a directory record's name, after its fixed fields
OFFSET_AT = 42  # a directory record's local header offset ("<I", its fixed fields' last)
LOCAL_NAME_AT = zipformat.LOCAL.size  # a local header's name, after its fixed fields


@dataclass(frozen=True, slots=True)
class Block:
    """Files of the site that follow one another in the zip, in one folder: (path, stat key)."""
    files: list[tuple[str, StatKey]]
    copyable: bool  # no file large enough to go in pieces (pieces.py)

    def digest(self) -> bytes:
        """Of its files' names and stat keys: the last zip's block of the same digest had the
        same files, each the same file as then."""
        return digest(self.files)


def digest(files: Iterable[tuple[str, StatKey]]) -> bytes:
    h = hashlib.sha1()
    for rel, key in files:
        h.update(rel.encode("utf-8") + b"\0" + KEY.pack(*key))
    return h.digest()


def blocks(files: Iterable[tuple[str, StatKey]]) -> Iterator[Block]:
    """The site's files (path, stat key) in the zip's order, in blocks."""
    block: list[tuple[str, StatKey]] = []
    folder = None
    limit = zipfile.ZIP64_LIMIT  # no ZIP64 field for its sizes (read here: tests lower it)
    copyable = True
    for rel, key in files:
        parent = rel.rpartition("/")[0]
        if block and parent != folder:
            yield Block(block, copyable)
            block, copyable = [], True
        folder = parent
        block.append((rel, key))
        # (a stream can be a bit longer than its file)
        copyable = copyable and key[2] <= pieces.PIECE // 2 and key[2] * 1.05 <= limit
        if not zlib.crc32(rel.encode("utf-8")) & BLOCK_CUT or len(block) == BLOCK_MOST:
            yield Block(block, copyable)
            block, copyable = [], True
    if block:
        yield Block(block, copyable)


@dataclass(frozen=True, slots=True)
class Kept:
    """A block of the last zip, as its manifest holds it."""
    first: int   # its first entry's index in the zip
    count: int
    digest: bytes
    crc: int     # of its bytes: local headers and streams


@dataclass(slots=True)
class Manifest:
    """What the manifest of the last zip holds, read (`read_manifest`), or of the zip being
    written, made as it goes: per entry its record, where its local header and its directory
    record are; its blocks; the pieces of its large files."""
    records: bytearray | memoryview = field(default_factory=bytearray)
    local: array | np.ndarray = field(default_factory=lambda: array("Q"))
    record_at: array | np.ndarray = field(default_factory=lambda: array("Q"))
    blocks: list[Kept] = field(default_factory=list)
    large: dict[str, list] = field(default_factory=dict)


def _head(writer: str, directory: str, count: int, block_count: int, body: str) -> bytes:
    """The manifest's first line: the writer (zlib's version and level: another makes other
    streams), the layouts, the SHA-1 of the zip's central directory (a manifest describes that
    zip only), the counts and the SHA-1 of the rest."""
    return json.dumps({"writer": writer, "records": RECORD_LAYOUT, "blocks": BLOCK_LAYOUT,
                       "directory": directory, "entries": count, "block_count": block_count,
                       "body": body}).encode("utf-8")


def write_manifest(path: Path, writer: str, directory: str, m: Manifest) -> None:
    """The manifest of the zip just written (its directory's SHA-1 `directory`). Written in
    place: one cut short by a killed build fails its body's SHA-1, and copies nothing."""
    parts = [bytes(m.records), m.local.tobytes(), m.record_at.tobytes(),
             b"".join(BLOCK.pack(b.first, b.count, b.digest, b.crc) for b in m.blocks),
             json.dumps(m.large, sort_keys=True).encode("utf-8")]
    h = hashlib.sha1()
    for p in parts:
        h.update(p)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        f.write(_head(writer, directory, len(m.local), len(m.blocks), h.hexdigest()) + b"\n")
        for p in parts:
            f.write(p)


def read_manifest(path: Path, writer: str, directory: bytes, count: int) -> Manifest | None:
    """The manifest at `path` when it was written with the zip whose central directory is
    `directory` (of `count` entries) by `writer`; else None."""
    try:
        with open(path, "rb") as f:
            head = f.readline()
            body = f.read()
        fields = json.loads(head)
        if (not count or head.rstrip(b"\n") != _head(
                writer, hashlib.sha1(directory).hexdigest(), count, fields["block_count"],
                hashlib.sha1(body).hexdigest())):
            return None
        at = RECORD.size * count
        records = memoryview(body)[:at]
        local = np.frombuffer(body, "<u8", count, at)
        record_at = np.frombuffer(body, "<u8", count, at + 8 * count)
        at += 16 * count
        kept = [Kept(*BLOCK.unpack_from(body, at + BLOCK.size * i))
                for i in range(fields["block_count"])]
        large = json.loads(body[at + BLOCK.size * len(kept):].decode("utf-8"))
    # damaged bytes raise what they lead the reading to (OSError, ValueError, KeyError,
    # TypeError, struct.error…): all mean "copy nothing"
    except Exception:
        return None
    return Manifest(records, local, record_at, kept, large)


def pieces_of(m: Manifest) -> dict[bytes, tuple[Piece, ...]]:
    """The pieces of the last zip's large files, by their path (lastzip.streams)."""
    return {name.encode("utf-8"): tuple(Piece(str(h), int(n), int(c)) for h, n, c in got)
            for name, got in m.large.items()}


class Last:
    """The last zip's blocks, found by their first file's path, and copied from (`copy`)."""

    def __init__(self, old: BinaryIO, directory: bytes, directory_at: int, m: Manifest,
                 folder: bytes):
        self.old, self.directory, self.m, self.folder = old, directory, m, folder
        self.ends = np.append(m.local[1:], np.uint64(directory_at))  # each entry's end
        self.record_ends = np.append(m.record_at[1:], np.uint64(len(directory)))
        self.by_first: dict[str, Kept] = {}
        for b in m.blocks:
            at = int(m.record_at[b.first])
            length = struct.unpack_from("<H", directory, at + 28)[0]
            name = directory[at + NAME_AT:at + NAME_AT + length]
            self.by_first[name[len(folder):].decode("utf-8", "replace")] = b

    def kept(self, block: Block) -> Kept | None:
        """The last zip's block of the same files as `block`, each the same as then."""
        b = self.by_first.get(block.files[0][0])
        if b is None or b.count != len(block.files) or not block.copyable:
            return None
        return b if b.digest == block.digest() else None

    def copy(self, z: zipformat.Writer, b: Kept, folder: bytes, into: Manifest) -> bool:
        """The block `b` of the last zip into the zip (its entries, their records and
        positions into `into`), when its bytes are as written and its entries fit where they
        go (see the module's docstring); else False, with nothing written."""
        if len(folder) != len(self.folder) or folder.isascii() != self.folder.isascii():
            return False
        last = b.first + b.count
        local, ends = self.m.local[b.first:last], self.ends[b.first:last]
        start, end = int(local[0]), int(ends[-1])
        limit = zipfile.ZIP64_LIMIT
        new = local - local[0] + np.uint64(z.offset)
        in_field = local > limit  # the offset in a ZIP64 field (the record's last 8 bytes)
        if not np.array_equal(in_field, new > limit):
            return False
        try:
            self.old.seek(start)
            got = bytearray(self.old.read(end - start))
        except OSError:
            return False
        if len(got) != end - start or zlib.crc32(got) != b.crc:
            return False
        records = self.m.record_at[b.first:last]
        r0 = int(records[0])
        central = bytearray(self.directory[r0:int(self.record_ends[last - 1])])
        c = np.frombuffer(central, np.uint8)
        rel_records = (records - records[0]).astype(np.int64)
        if folder != self.folder:
            name = np.frombuffer(folder, np.uint8)
            width = np.arange(len(folder))
            g = np.frombuffer(got, np.uint8)
            g[((local - local[0]).astype(np.int64) + LOCAL_NAME_AT)[:, None] + width] = name
            c[(rel_records + NAME_AT)[:, None] + width] = name
        short = ~in_field
        c[(rel_records[short] + OFFSET_AT)[:, None] + np.arange(4)] = (
            new[short].astype("<u4").view(np.uint8).reshape(-1, 4))
        if in_field.any():
            field_at = (self.record_ends[b.first:last] - records[0]).astype(np.int64)[in_field] - 8
            c[field_at[:, None] + np.arange(8)] = new[in_field].astype("<u8").view(
                np.uint8).reshape(-1, 8)
        into.local.frombytes(new.astype("<u8").tobytes())
        into.record_at.frombytes((rel_records.astype(np.uint64)
                                  + np.uint64(len(z.central))).astype("<u8").tobytes())
        into.records += self.m.records[RECORD.size * b.first:RECORD.size * last]
        z.add_placed(got, central, b.count)
        return True
