"""Deflate in pieces: a large file → its deflate stream as independent pieces, some copied from
the stream of the file's last version.

Takes the bytes of a file of the offline zip and, when there is one, what the last zip's
stream of that file was made of (`Piece`s) and a way to read that stream; gives the file's
deflate stream and its pieces. A file of more than PIECE bytes is cut every PIECE bytes and
each piece deflated by a compressor of its own, ending in a sync flush (byte-aligned, not the
final block) but the last one: the pieces, one after the other, are one valid deflate stream
that no piece refers back from, and a piece's stream depends on its bytes only. The dataset
(data/articles.jsonl and .csv, 800 MB at 100,000 articles) grows at its end when an issue is
added: every piece but the last is the same, so its stream is copied instead of deflating the
file again (26 s at 100,000 articles). A fresh write and a write that copies give the same
bytes, because both cut and flush the same way. Pieces cost little in size: deflate looks back
32 KB at most, and a piece of 4 MiB loses that window once.

Why by hand: zlib has the flush modes and no more; no library deflates a file in reusable
pieces (pigz cuts its input in the same way, to deflate the pieces in parallel).
"""
from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterator

PIECE = 4 << 20


@dataclass(frozen=True, slots=True)
class Piece:
    """A piece of a file's stream: the SHA-1 of its bytes, its stream's length and CRC-32."""
    sha1: str
    raw: int
    crc: int


def deflated(data: bytes, level: int, last: tuple[Piece, ...] = (),
             read_last: Callable[[int, int], bytes | None] | None = None
             ) -> tuple[bytes, tuple[Piece, ...]]:
    """`data`'s raw deflate stream, and its pieces (none for a file of one piece). With the
    pieces of the `last` stream and `read_last(offset, length)` reading from it, a piece the
    same as a whole piece of that stream (the last one ends the stream: never) is copied."""
    if len(data) <= PIECE:
        c = zlib.compressobj(level, zlib.DEFLATED, -15)
        return c.compress(data) + c.flush(), ()
    count = -(-len(data) // PIECE)
    out, pieces = [], []
    for n in range(count):
        raw, piece = _piece(data[n * PIECE:(n + 1) * PIECE], level, n == count - 1, last,
                            read_last)
        out.append(raw)
        pieces += piece
    return b"".join(out), tuple(pieces)


@dataclass
class Streamed:
    """What `deflated_file` found of a file as it went: its size, SHA-1, CRC-32, its stream's
    CRC-32 and pieces."""
    size: int = 0
    sha1: "hashlib._Hash" = None  # type: ignore[assignment]
    crc: int = 0
    raw_crc: int = 0
    pieces: tuple[Piece, ...] = ()


def deflated_file(f: BinaryIO, size: int, level: int, last: tuple[Piece, ...] = (),
                  read_last: Callable[[int, int], bytes | None] | None = None,
                  into: Streamed | None = None) -> Iterator[bytes]:
    """`deflated` of a file of `size` bytes (over PIECE), read from `f` a piece at a time: its
    stream's pieces as they are made (the file is never held whole: the dataset is 400 MB at
    100,000 articles); `into` gets the file's SHA-1 and CRC-32s and the pieces at the end."""
    got = into if into is not None else Streamed()
    got.sha1 = hashlib.sha1()
    pieces = []
    for n in range(-(-size // PIECE)):
        chunk = f.read(PIECE)
        if len(chunk) != min(PIECE, size - n * PIECE):
            raise OSError(f"{getattr(f, 'name', 'file')}: changed while it was read")
        got.sha1.update(chunk)
        got.crc = zlib.crc32(chunk, got.crc)
        raw, (piece,) = _piece(chunk, level, n == -(-size // PIECE) - 1, last, read_last)
        got.raw_crc = zlib.crc32(raw, got.raw_crc)
        pieces.append(piece)
        yield raw
    got.size, got.pieces = size, tuple(pieces)


def _piece(chunk: bytes, level: int, final: bool, last: tuple[Piece, ...],
           read_last: Callable[[int, int], bytes | None] | None) -> tuple[bytes, tuple[Piece]]:
    """One piece's stream: copied from the last stream when a whole piece of it (not its last:
    that one ends the stream) has the same bytes, else deflated."""
    sha1 = hashlib.sha1(chunk).hexdigest()
    raw = None
    if not final and read_last is not None:
        offset = 0
        for p in last[:-1]:
            if p.sha1 == sha1:
                raw = read_last(offset, p.raw)
                if raw is not None and (len(raw), zlib.crc32(raw)) != (p.raw, p.crc):
                    raw = None  # damaged since it was written: deflated again
                break
            offset += p.raw
    if raw is None:
        c = zlib.compressobj(level, zlib.DEFLATED, -15)
        raw = c.compress(chunk) + c.flush(zlib.Z_FINISH if final else zlib.Z_SYNC_FLUSH)
    return raw, (Piece(sha1, len(raw), zlib.crc32(raw)),)
