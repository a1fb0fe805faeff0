"""The zip format, by hand: entries whose deflate streams are made already → the bytes
`zipfile` writes for them; a zip's central directory → its entries.

Takes, per entry, its name, CRC-32, sizes and deflate stream (bundle.py makes or copies them);
gives the local headers, the central directory and the end records exactly as CPython's
`zipfile` writes them for `ZipInfo(name, (1980, 1, 1, 0, 0, 0))`, deflated, Unix mode 0644, no
extra field, no comment (ZIP64 fields and records where zipfile puts them: a local header's
when its size with 5 % to spare passes ZIP64_LIMIT, the central directory's past ZIP64_LIMIT,
the end records past 65,535 entries or ZIP64_LIMIT bytes). Reads the central directory of a
zip this module wrote (`entries`).

Why by hand: at 100,000 articles the zip has ~700,000 entries, and zipfile's objects cost
~20 µs each to make, read back and write (a ZipInfo per entry, twice; its local header and
directory record built field by field): ~15 s of a republish that must take under a minute,
while the entries' bytes are a few fixed-size records. The format is fixed (PKWARE's APPNOTE)
and the tests compare every zip with zipfile's own, byte for byte.
"""
from __future__ import annotations

import hashlib
import struct
import zipfile
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterable

LOCAL = struct.Struct(zipfile.structFileHeader)
CENTRAL = struct.Struct(zipfile.structCentralDir)
END = struct.Struct(zipfile.structEndArchive)
END64 = struct.Struct(zipfile.structEndArchive64)
LOCATOR64 = struct.Struct(zipfile.structEndArchive64Locator)
DEFLATED = zipfile.ZIP_DEFLATED
VERSION, VERSION64 = zipfile.DEFAULT_VERSION, zipfile.ZIP64_VERSION
UNIX = 3
MODE = 0o100644 << 16
UTF8_NAME = 1 << 11  # the flag of a name that is not ASCII


@dataclass(slots=True)
class Entry:
    """One entry of a zip: what its directory record says."""
    name: bytes          # as stored (UTF-8)
    crc: int
    compress_size: int
    file_size: int
    header_offset: int
    flags: int = 0
    version: int = VERSION  # needed to extract (and made by): ZIP64_VERSION once ZIP64 fields


def dos_time(date_time: tuple[int, int, int, int, int, int]) -> tuple[int, int]:
    dt = date_time
    return dt[3] << 11 | dt[4] << 5 | (dt[5] // 2), (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]


class Writer:
    """A zip written entry by entry into `fp` (open for writing, at its start)."""

    def __init__(self, fp: BinaryIO, date_time: tuple[int, int, int, int, int, int]):
        self.fp = fp
        self.time, self.date = dos_time(date_time)
        self.entries: list[Entry] = []
        self.offset = 0
        self.directory = ""  # the SHA-1 of its central directory, once closed

    def add(self, name: str, crc: int, file_size: int, raw: bytes) -> None:
        """An entry of `file_size` bytes whose deflate stream is `raw`."""
        e = self._entry(name, crc, len(raw), file_size)
        header = self._local(e)
        self.fp.write(header)
        self.fp.write(raw)
        self.offset += len(header) + len(raw)
        self.entries.append(e)

    def add_streamed(self, name: str, file_size: int, raws: Iterable[bytes],
                     crc: Callable[[], int]) -> None:
        """An entry of `file_size` bytes whose deflate stream comes in pieces (`raws`), its
        CRC-32 known at their end (`crc()`): the local header is written when it is known."""
        e = self._entry(name, 0, 0, file_size)
        at = self.offset
        self.fp.write(bytes(len(self._local(e))))
        for raw in raws:
            self.fp.write(raw)
            e.compress_size += len(raw)
        e.crc = crc()
        header = self._local(e)
        self.fp.seek(at)
        self.fp.write(header)
        self.fp.seek(0, 2)
        self.offset = at + len(header) + e.compress_size
        self.entries.append(e)

    def _entry(self, name: str, crc: int, compress_size: int, file_size: int) -> Entry:
        try:
            encoded, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            encoded, flags = name.encode("utf-8"), UTF8_NAME
        e = Entry(encoded, crc, compress_size, file_size, self.offset, flags)
        # zipfile's writestr: ZIP64 sizes in the local header when the size, with 5 % to
        # spare, passes ZIP64_LIMIT (read at each call: tests lower it)
        if file_size * 1.05 > zipfile.ZIP64_LIMIT:
            e.version = VERSION64
        return e

    def _local(self, e: Entry) -> bytes:
        """The entry's local header (its name and, past ZIP64_LIMIT, the ZIP64 sizes)."""
        if e.version == VERSION64:
            extra = struct.pack("<HHQQ", 1, 16, e.file_size, e.compress_size)
            sizes = (0xFFFFFFFF, 0xFFFFFFFF)
        else:
            extra, sizes = b"", (e.compress_size, e.file_size)
        return LOCAL.pack(zipfile.stringFileHeader, e.version, 0, e.flags, DEFLATED, self.time,
                          self.date, e.crc, *sizes, len(e.name), len(extra)) + e.name + extra

    def close(self) -> None:
        """The central directory and the end records, as zipfile's `_write_end_record`."""
        limit = zipfile.ZIP64_LIMIT
        start = self.offset
        out = []
        for e in self.entries:
            extra: list[int] = []
            if e.file_size > limit or e.compress_size > limit:
                extra += [e.file_size, e.compress_size]
                file_size = compress_size = 0xFFFFFFFF
            else:
                file_size, compress_size = e.file_size, e.compress_size
            if e.header_offset > limit:
                extra.append(e.header_offset)
                offset = 0xFFFFFFFF
            else:
                offset = e.header_offset
            extra_data = (struct.pack("<HH" + "Q" * len(extra), 1, 8 * len(extra), *extra)
                          if extra else b"")
            version = max(VERSION64 if extra else 0, e.version)
            out.append(CENTRAL.pack(zipfile.stringCentralDir, version, UNIX, version, 0,
                                    e.flags, DEFLATED, self.time, self.date, e.crc,
                                    compress_size, file_size, len(e.name), len(extra_data), 0,
                                    0, 0, MODE, offset) + e.name + extra_data)
        directory = b"".join(out)
        self.directory = hashlib.sha1(directory).hexdigest()
        self.fp.write(directory)
        count, size, end = len(self.entries), len(directory), start + len(directory)
        if count > zipfile.ZIP_FILECOUNT_LIMIT or start > limit or size > limit:
            self.fp.write(END64.pack(zipfile.stringEndArchive64, 44, 45, 45, 0, 0, count, count,
                                     size, start))
            self.fp.write(LOCATOR64.pack(zipfile.stringEndArchive64Locator, 0, end, 1))
            count, size, start = min(count, 0xFFFF), min(size, 0xFFFFFFFF), min(start, 0xFFFFFFFF)
        self.fp.write(END.pack(zipfile.stringEndArchive, 0, 0, count, count, size, start, 0))
        self.fp.flush()


def entries(fp: BinaryIO) -> tuple[list[Entry], str] | None:
    """The entries of a zip `Writer` wrote (no comment), from its central directory, and the
    directory's SHA-1 (which tells one zip from another without reading it all); None when
    `fp` is not such a zip."""
    fp.seek(0, 2)
    size = fp.tell()
    if size < END.size:
        return None
    fp.seek(size - END.size)
    end = END.unpack(fp.read(END.size))
    if end[0] != zipfile.stringEndArchive or end[7] != 0:
        return None
    count, length, start = end[4], end[5], end[6]
    if count == 0xFFFF or length == 0xFFFFFFFF or start == 0xFFFFFFFF:
        at = size - END.size - LOCATOR64.size - END64.size
        if at < 0:
            return None
        fp.seek(at)
        end64 = END64.unpack(fp.read(END64.size))
        if end64[0] != zipfile.stringEndArchive64:
            return None
        count, length, start = end64[6], end64[8], end64[9]
    fp.seek(start)
    directory = fp.read(length)
    if len(directory) != length:
        return None
    out, at = [], 0
    for _ in range(count):
        rec = CENTRAL.unpack_from(directory, at)
        if rec[0] != zipfile.stringCentralDir:
            return None
        at += CENTRAL.size
        name = directory[at:at + rec[12]]
        extra = directory[at + rec[12]:at + rec[12] + rec[13]]
        at += rec[12] + rec[13] + rec[14]
        crc, compress_size, file_size, offset = rec[9], rec[10], rec[11], rec[18]
        if extra:  # the ZIP64 field: the sizes and the offset that did not fit, in this order
            kind, n = struct.unpack_from("<HH", extra)
            values = list(struct.unpack_from("<" + "Q" * (n // 8), extra, 4))
            if kind != 1:
                return None
            if file_size == 0xFFFFFFFF:
                file_size, compress_size = values.pop(0), values.pop(0)
            if offset == 0xFFFFFFFF:
                offset = values.pop(0)
        out.append(Entry(name, crc, compress_size, file_size, offset, rec[5], rec[3]))
    return (out, hashlib.sha1(directory).hexdigest()) if at == len(directory) else None
