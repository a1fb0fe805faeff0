"""The last zip, for the next one to copy from: its entries, walked beside the new zip's, with
what its manifest says of each; their deflate streams, copied when whole.

Takes the last zip (open), its central directory, and its manifest's records and where each
entry's directory record is (zipblocks.read_manifest checks that the manifest was written with
that zip); gives, for each path the new zip asks for in its order, the last zip's entry and
record (`Previous`), and copies an entry's stream into the new zip (`copied`) when its CRC-32
is the one the manifest holds, or reads parts of it for pieces.py (`stream_reader`).

Both zips list README first, then the paths sorted (code points: the order UTF-8's bytes
keep), so one walk forward over the last directory finds every entry the new zip asks for,
an entry parsed at a time (zipformat.entries), its record read from the manifest as the walk
goes, on from where a block copied whole ends (`skip_to`): nothing is held per entry but
bytes. (A dict of every entry by name was ~700 bytes and 5 µs an entry: ~0.5 GB at ~746,000
entries.) Why by hand: no library copies a zip's deflate streams into another (see bundle.py).
"""
from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import BinaryIO, Iterator

from . import pieces, zipformat
from .zipformat import entries
from .pieces import Piece

# per entry: SHA-1 of the file, CRC-32 of its deflate stream, the file's stat key
RECORD_LAYOUT = "<20sIQQQq"  # in the manifest's head: a manifest of another layout copies nothing
RECORD = struct.Struct(RECORD_LAYOUT)
LOCAL = struct.Struct(zipfile.structFileHeader)
StatKey = tuple[int, int, int, int]  # st_dev, st_ino, st_size, st_mtime_ns
NO_KEY: StatKey = (0, 0, 0, 0)  # not a file's key: "read it"


@dataclass(frozen=True, slots=True)
class Stream:
    """An entry of the previous zip, with what its manifest says of it."""
    entry: zipformat.Entry
    sha1: bytes      # of the file
    raw_crc: int     # of the deflate stream
    key: StatKey     # of the file when it was read, or NO_KEY
    pieces: tuple[Piece, ...] = ()  # of its stream, for a large file (pieces.py)


class Previous:
    """The previous zip's entries, each with what its manifest says of it, found by a walk
    forward (the new zip asks for them in their order), from any entry on (`skip_to`)."""

    def __init__(self, directory: bytes, records: memoryview,
                 large: dict[bytes, tuple[Piece, ...]], record_at):
        self.directory, self.records, self.large = directory, records, large
        self.record_at = record_at  # where each entry's directory record starts
        first = next(entries(directory), None)  # README's, in the zip's one folder
        self.folder = first.name.partition(b"/")[0] + b"/" if first else b""
        self.index = -1  # of the entry the walk is at
        self.skip_to(0)

    def skip_to(self, index: int) -> None:
        """Walk on from the entry `index` (the entries before it are not asked for)."""
        if index <= self.index:
            return
        self.index = index
        at = int(self.record_at[index]) if index < len(self.record_at) else len(self.directory)
        self.streams = streams(self.directory, self.folder, self.records, self.large, index, at)
        self.rel, self.next = next(self.streams, (None, None))

    def stream(self, rel: bytes) -> Stream | None:
        """The previous entry of the path `rel` (README's: b""), asked for in the zip's order;
        None when there is none."""
        while self.rel is not None and self.rel < rel:
            self.rel, self.next = next(self.streams, (None, None))
            self.index += 1
        if self.rel != rel:
            return None
        found = self.next
        self.rel, self.next = next(self.streams, (None, None))
        self.index += 1
        return found


def streams(directory: bytes, folder: bytes, records: memoryview,
            large: dict[bytes, tuple[Piece, ...]], index: int = 0, at: int = 0
            ) -> Iterator[tuple[bytes, Stream]]:
    """The previous zip's entries in its order from the entry `index` on (its directory
    record at byte `at`), by their path under its one `folder` (the first, README's, as b"":
    the new zip asks for its README so, before any path), each with its record (`records`:
    the manifest's, RECORD per entry). A name under another folder, or a damaged directory,
    ends them: nothing more is copied."""
    try:
        for index, e in enumerate(entries(directory, at), index):
            if not e.name.startswith(folder):
                return
            rel = e.name[len(folder):]
            sha1, raw_crc, *key = RECORD.unpack_from(records, RECORD.size * index)
            yield (b"" if index == 0 else rel), Stream(
                e, sha1, raw_crc, tuple(key), large.get(rel, ()))
    # damaged bytes raise what they lead the reading to: all mean "copy nothing more"
    except Exception:
        return


class _Unsound(Exception):
    """A stream of the previous zip that is not as it was written."""


def copied(z: zipformat.Writer, name: str, old: BinaryIO | None, prev: Stream) -> bool:
    """The previous zip's deflate stream of `prev` into the zip as the entry `name`, when it is
    whole (its CRC-32 as written); else False, with nothing written. A stream over PIECE
    bytes is read and written a piece at a time (the dataset's is ~140 MB at 100,000
    articles), its CRC-32 checked before its last piece is written."""
    e = prev.entry
    if e.compress_size <= pieces.PIECE:
        raw = _whole_stream(old, prev)
        if raw is not None:
            z.add(name, e.crc, e.file_size, raw)
        return raw is not None
    start = _stream_start(old, prev)
    if start is None:
        return False

    def raws():
        crc = 0
        for at in range(0, e.compress_size, pieces.PIECE):
            length = min(pieces.PIECE, e.compress_size - at)
            try:
                old.seek(start + at)
                raw = old.read(length)
            except OSError as err:  # (the new zip's own errors are not this)
                raise _Unsound() from err
            crc = zlib.crc32(raw, crc)
            if len(raw) != length or (at + length == e.compress_size and crc != prev.raw_crc):
                raise _Unsound()
            yield raw
    try:
        z.add_streamed(name, e.file_size, raws(), lambda: e.crc)
    except _Unsound:
        return False
    return True


def _whole_stream(old: BinaryIO | None, prev: Stream) -> memoryview | None:
    """The previous zip's deflate stream of `prev` when it is whole (its CRC-32 as written);
    else None. One read takes the local header and the stream after it (the header has no
    extra field but past ZIP64_LIMIT); the header's signature and name length say where the
    stream starts."""
    e = prev.entry
    start = LOCAL.size + len(e.name)  # from the header's offset
    try:
        old.seek(e.header_offset)
        got = old.read(start + e.compress_size)
        header = LOCAL.unpack_from(got)
        if header[0] != zipfile.stringFileHeader or header[10] != len(e.name):
            return None
        if header[11]:  # ZIP64 sizes: the stream starts after them
            got += old.read(header[11])
            start += header[11]
    except (OSError, struct.error):
        return None
    raw = memoryview(got)[start:]  # (not copied: a stream may be a few MB)
    sound = len(raw) == e.compress_size and zlib.crc32(raw) == prev.raw_crc
    return raw if sound else None


def _stream_start(old: BinaryIO | None, prev: Stream | None) -> int | None:
    """Where the previous zip's deflate stream of `prev` starts (after its local header), or
    None when there is none to be read."""
    if old is None or prev is None:
        return None
    try:
        old.seek(prev.entry.header_offset)
        header = LOCAL.unpack(old.read(LOCAL.size))
    except (OSError, struct.error):
        return None
    if header[0] != zipfile.stringFileHeader:
        return None
    return prev.entry.header_offset + LOCAL.size + header[10] + header[11]


def stream_reader(old: BinaryIO | None, prev: Stream | None):
    """Reads `length` bytes at `offset` of the previous zip's stream of `prev` (None when it
    has not that many), for pieces.deflated; None when there is no such stream."""
    start = _stream_start(old, prev) if prev is not None and prev.pieces else None
    if start is None:
        return None

    def read(offset: int, length: int) -> bytes | None:
        if offset + length > prev.entry.compress_size:
            return None
        try:
            old.seek(start + offset)
            got = old.read(length)
        except OSError:
            return None
        return got if len(got) == length else None
    return read
