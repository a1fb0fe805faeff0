"""The zip format, by hand: entries whose deflate streams are made already → the bytes
`zipfile` writes for them; a zip's central directory → its entries.

Takes, per entry, its name, CRC-32, sizes and deflate stream (bundle.py makes or copies them);
gives the local headers, the central directory and the end records exactly as CPython's
`zipfile` writes them for `ZipInfo(name, (1980, 1, 1, 0, 0, 0))`, deflated, Unix mode 0644, no
extra field, no comment (ZIP64 fields and records where zipfile puts them: a local header's
when its size with 5 % to spare passes ZIP64_LIMIT, the central directory's past ZIP64_LIMIT,
the end records past 65,535 entries or ZIP64_LIMIT bytes). Reads the central directory of a
zip this module wrote (`central_directory`) and walks its entries (`entries`).

Why by hand: at 100,000 articles the zip has ~700,000 entries, and zipfile's objects cost
~20 µs each to make, read back and write (a ZipInfo per entry, twice; its local header and
directory record built field by field): ~15 s of a republish that must take under a minute,
while the entries' bytes are a few fixed-size records. The format is fixed (PKWARE's APPNOTE)
and the tests compare every zip with zipfile's own, byte for byte. Nothing is held per entry
but its packed directory record (the writer's) and the bytes of the last zip's directory (the
reader's, its entries parsed one at a time): an `Entry` kept per entry, on each side, was ~270
bytes (~400 MB for both at ~746,000 entries).
"""
from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterable, Iterator

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
    """A zip written entry by entry into `fp` (open for writing, at its start). Each entry's
    directory record is packed as the entry is written, into one buffer that `close` writes:
    ~100 bytes an entry, where an object per entry kept until then cost a few hundred."""

    def __init__(self, fp: BinaryIO, date_time: tuple[int, int, int, int, int, int]):
        self.fp = fp
        self.time, self.date = dos_time(date_time)
        self.offset = 0
        self.count = 0
        self.central = bytearray()  # the central directory's records so far
        self.crc = 0  # CRC-32 of the local headers and streams written (add, add_placed) since set
        self.directory = ""  # the SHA-1 of its central directory, once closed

    def add(self, name: str, crc: int, file_size: int, raw: bytes | memoryview) -> None:
        """An entry of `file_size` bytes whose deflate stream is `raw`."""
        encoded, flags = _encoded(name)
        version = _version(file_size)
        header = self._local(encoded, flags, version, crc, len(raw), file_size)
        self.fp.write(header)
        self.fp.write(raw)
        self.crc = zlib.crc32(raw, zlib.crc32(header, self.crc))
        self._record(encoded, flags, version, crc, len(raw), file_size)
        self.offset += len(header) + len(raw)

    def add_placed(self, local: bytes | bytearray, central: bytes | bytearray,
                   count: int) -> None:
        """`count` entries made already for where they go (zipblocks.Last.copy): their local
        headers and streams one after the other (`local`, written at `self.offset`), and
        their directory records (`central`), as `add` makes them."""
        self.fp.write(local)
        self.crc = zlib.crc32(local, self.crc)
        self.central += central
        self.offset += len(local)
        self.count += count

    def add_streamed(self, name: str, file_size: int, raws: Iterable[bytes],
                     crc: Callable[[], int]) -> None:
        """An entry of `file_size` bytes whose deflate stream comes in pieces (`raws`), its
        CRC-32 known at their end (`crc()`): the local header is written when it is known.
        When `raws` raises, the zip is left as it was before (and the error passes on)."""
        encoded, flags = _encoded(name)
        version = _version(file_size)
        at = self.offset
        self.fp.write(bytes(len(self._local(encoded, flags, version, 0, 0, file_size))))
        compress_size = 0
        try:
            for raw in raws:
                self.fp.write(raw)
                compress_size += len(raw)
        except BaseException:
            self.fp.seek(at)
            self.fp.truncate()
            raise
        got = crc()
        header = self._local(encoded, flags, version, got, compress_size, file_size)
        self.fp.seek(at)
        self.fp.write(header)
        self.fp.seek(0, 2)
        self._record(encoded, flags, version, got, compress_size, file_size)
        self.offset = at + len(header) + compress_size

    def _local(self, name: bytes, flags: int, version: int, crc: int, compress_size: int,
               file_size: int) -> bytes:
        """An entry's local header (its name and, past ZIP64_LIMIT, the ZIP64 sizes)."""
        if version == VERSION64:
            extra = struct.pack("<HHQQ", 1, 16, file_size, compress_size)
            sizes = (0xFFFFFFFF, 0xFFFFFFFF)
        else:
            extra, sizes = b"", (compress_size, file_size)
        return LOCAL.pack(zipfile.stringFileHeader, version, 0, flags, DEFLATED, self.time,
                          self.date, crc, *sizes, len(name), len(extra)) + name + extra

    def _record(self, name: bytes, flags: int, version: int, crc: int, compress_size: int,
                file_size: int) -> None:
        """The directory record of the entry whose local header is at `self.offset`, as
        zipfile's `_write_end_record` packs it: ZIP64 fields for what passes ZIP64_LIMIT (read
        at each entry: tests lower it)."""
        limit, offset = zipfile.ZIP64_LIMIT, self.offset
        fields: list[int] = []
        if file_size > limit or compress_size > limit:
            fields += [file_size, compress_size]
            file_size = compress_size = 0xFFFFFFFF
        if offset > limit:
            fields.append(offset)
            offset = 0xFFFFFFFF
        extra = (struct.pack("<HH" + "Q" * len(fields), 1, 8 * len(fields), *fields)
                 if fields else b"")
        if fields:
            version = VERSION64
        self.central += CENTRAL.pack(zipfile.stringCentralDir, version, UNIX, version, 0, flags,
                                     DEFLATED, self.time, self.date, crc, compress_size,
                                     file_size, len(name), len(extra), 0, 0, 0, MODE, offset)
        self.central += name
        self.central += extra
        self.count += 1

    def close(self) -> None:
        """The central directory and the end records, as zipfile's `_write_end_record`."""
        limit = zipfile.ZIP64_LIMIT
        start, count, size = self.offset, self.count, len(self.central)
        self.directory = hashlib.sha1(self.central).hexdigest()
        self.fp.write(self.central)
        end = start + size
        if count > zipfile.ZIP_FILECOUNT_LIMIT or start > limit or size > limit:
            self.fp.write(END64.pack(zipfile.stringEndArchive64, 44, 45, 45, 0, 0, count, count,
                                     size, start))
            self.fp.write(LOCATOR64.pack(zipfile.stringEndArchive64Locator, 0, end, 1))
            count, size, start = min(count, 0xFFFF), min(size, 0xFFFFFFFF), min(start, 0xFFFFFFFF)
        self.fp.write(END.pack(zipfile.stringEndArchive, 0, 0, count, count, size, start, 0))
        self.fp.flush()


def _encoded(name: str) -> tuple[bytes, int]:
    """An entry's name as stored, and its flags: ASCII as is, else UTF-8 with its flag."""
    try:
        return name.encode("ascii"), 0
    except UnicodeEncodeError:
        return name.encode("utf-8"), UTF8_NAME


def _version(file_size: int) -> int:
    """zipfile's writestr: ZIP64 sizes in the local header when the size, with 5 % to spare,
    passes ZIP64_LIMIT (read at each call: tests lower it)."""
    return VERSION64 if file_size * 1.05 > zipfile.ZIP64_LIMIT else VERSION


def central_directory(fp: BinaryIO) -> tuple[bytes, int, int] | None:
    """The central directory of a zip `Writer` wrote (no comment), as its bytes (whose SHA-1
    tells one zip from another without reading it all), its count of entries and where it
    starts; None when `fp` is not such a zip."""
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
    return (directory, count, start) if len(directory) == length else None


def entries(directory: bytes, at: int = 0) -> Iterator[Entry]:
    """The entries of a central directory `Writer` wrote, in its order, each read when it is
    asked for (an object at a time, not one per entry of a large zip). Damaged bytes raise
    what they lead the reading to (ValueError, struct.error, IndexError). From the record at
    byte `at` on."""
    while at < len(directory):
        rec = CENTRAL.unpack_from(directory, at)
        if rec[0] != zipfile.stringCentralDir:
            raise ValueError(f"no directory record at byte {at}")
        at += CENTRAL.size
        name = directory[at:at + rec[12]]
        extra = directory[at + rec[12]:at + rec[12] + rec[13]]
        at += rec[12] + rec[13] + rec[14]
        crc, compress_size, file_size, offset = rec[9], rec[10], rec[11], rec[18]
        if extra:  # the ZIP64 field: the sizes and the offset that did not fit, in this order
            kind, n = struct.unpack_from("<HH", extra)
            if kind != 1:
                raise ValueError(f"not a ZIP64 field before byte {at}")
            values = list(struct.unpack_from("<" + "Q" * (n // 8), extra, 4))
            if file_size == 0xFFFFFFFF:
                file_size, compress_size = values.pop(0), values.pop(0)
            if offset == 0xFFFFFFFF:
                offset = values.pop(0)
        yield Entry(name, crc, compress_size, file_size, offset, rec[5], rec[3])
