"""P11: a large file is deflated in pieces (qikan/site/pieces.py): the zip still unzips to the
same bytes, a file grown at its end (the dataset, when an issue is added) has its earlier
pieces' streams copied from the last zip, and the zip is byte for byte a fresh write's."""
from __future__ import annotations

import os
import random
import zipfile
import zlib
from pathlib import Path

import pytest

from qikan.site import bundle, pieces

FOLDER = "qikan-x/"


def rows(n: int, seed: int) -> bytes:
    """JSON-ish lines of Han text, ~n bytes: compressible, but not trivially."""
    rnd = random.Random(seed)
    han = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    out, size = [], 0
    while size < n:
        line = ('{"id": %d, "body": "%s"}\n' % (len(out), "".join(
            rnd.choice(han) for _ in range(rnd.randint(20, 300))))).encode("utf-8")
        out.append(line)
        size += len(line)
    return b"".join(out)


@pytest.fixture
def small_pieces(monkeypatch):
    monkeypatch.setattr(pieces, "PIECE", 64 << 10)  # many pieces of a file of a few hundred KB


def test_a_stream_in_pieces_is_one_valid_deflate_stream(small_pieces):
    data = rows(700_000, 1)
    raw, got = pieces.deflated(data, 6)
    assert len(got) == -(-len(data) // pieces.PIECE) > 5
    assert zlib.decompressobj(-15).decompress(raw) == data
    assert sum(p.raw for p in got) == len(raw)
    whole = zlib.compressobj(6, zlib.DEFLATED, -15)
    assert len(raw) < 1.02 * len(whole.compress(data) + whole.flush())  # pieces cost little


def test_a_file_grown_at_its_end_copies_its_earlier_pieces(small_pieces, tmp_path, monkeypatch):
    site = tmp_path / "site"
    (site / "data").mkdir(parents=True)
    (site / "index.html").write_text("<p>首页</p>", "utf-8")
    big = site / "data" / "articles.jsonl"
    first = rows(500_000, 2)
    big.write_bytes(first)
    dist, manifest = tmp_path / "dist", tmp_path / "work" / bundle.ZIP_MANIFEST
    last = bundle.publish_zip(bundle.write_zip(site, dist / bundle.ZIP_NAME, "库", FOLDER,
                                               manifest=manifest), dist / bundle.ZIP_NAME)
    # the dataset as the next build writes it: the same rows, then the new issue's
    big.unlink()
    big.write_bytes(first + rows(100_000, 3))
    made = []
    real = zlib.compressobj
    monkeypatch.setattr(pieces.zlib, "compressobj",
                        lambda *a: made.append(1) or real(*a))
    nxt = bundle.write_zip(site, dist / bundle.ZIP_NAME, "库", FOLDER, last, manifest)
    old_pieces = len(first) // pieces.PIECE          # whole pieces of the first version
    new_pieces = -(-big.stat().st_size // pieces.PIECE)
    assert len(made) == new_pieces - old_pieces      # only the pieces from the old end on
    monkeypatch.setattr(pieces.zlib, "compressobj", real)
    fresh = bundle.write_zip(site, tmp_path / "fresh.zip", "库", FOLDER)
    assert nxt.read_bytes() == fresh.read_bytes()
    with zipfile.ZipFile(nxt) as z:
        assert z.testzip() is None
        assert z.read(FOLDER + "data/articles.jsonl") == big.read_bytes()


def test_a_damaged_piece_in_the_last_zip_is_deflated_again(small_pieces, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    big = site / "big.txt"
    big.write_bytes(rows(400_000, 4))
    dist, manifest = tmp_path / "dist", tmp_path / bundle.ZIP_MANIFEST
    last = bundle.publish_zip(bundle.write_zip(site, dist / bundle.ZIP_NAME, "库", FOLDER,
                                               manifest=manifest), dist / bundle.ZIP_NAME)
    data = bytearray(last.read_bytes())
    at = data.index(b"big.txt") + 200                # inside the first piece's stream
    data[at] ^= 0xFF
    last.write_bytes(bytes(data))
    big.unlink()
    big.write_bytes(rows(400_000, 4) + b"more\n")
    nxt = bundle.write_zip(site, dist / bundle.ZIP_NAME, "库", FOLDER, last, manifest)
    fresh = bundle.write_zip(site, tmp_path / "fresh.zip", "库", FOLDER)
    assert nxt.read_bytes() == fresh.read_bytes()


def test_an_unchanged_large_file_is_copied_a_piece_at_a_time(small_pieces, tmp_path, monkeypatch):
    """Known by its stat key, a large file is not read: its last stream is copied in pieces of
    PIECE bytes (never read whole), and the zip is a fresh write's. Damaged at its end, after
    the pieces before were written, it is deflated again and the zip is still a fresh write's:
    what had been copied of it is taken back."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>首页</p>", "utf-8")
    big = site / "big.txt"
    big.write_bytes(rows(400_000, 5))
    then = big.stat().st_mtime_ns - 60 * 10**9  # as a file an earlier build wrote
    os.utime(big, ns=(then, then))
    dist, manifest = tmp_path / "dist", tmp_path / bundle.ZIP_MANIFEST
    last = bundle.publish_zip(bundle.write_zip(site, dist / bundle.ZIP_NAME, "库", FOLDER,
                                               manifest=manifest), dist / bundle.ZIP_NAME)
    good, its_manifest = last.read_bytes(), manifest.read_bytes()
    fresh = bundle.write_zip(site, tmp_path / "fresh.zip", "库", FOLDER).read_bytes()
    with zipfile.ZipFile(last) as z:
        info = z.getinfo(FOLDER + "big.txt")
    assert info.compress_size > 2 * pieces.PIECE  # a stream of several pieces
    stream_end = info.header_offset + 30 + len(info.filename.encode()) + info.compress_size

    reads, opened = [], []
    real_open = open

    class Recorded:
        """The previous zip, its reads' sizes recorded."""
        def __init__(self, f):
            self.f = f

        def read(self, n=-1):
            reads.append(n)
            return self.f.read(n)

        def __getattr__(self, name):
            return getattr(self.f, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return self.f.__exit__(*exc)

    def recorded(path, *args, **kwargs):
        opened.append(Path(path))
        f = real_open(path, *args, **kwargs)
        return Recorded(f) if Path(path) == last else f

    made = []
    real = zlib.compressobj
    monkeypatch.setattr(bundle, "open", recorded, raising=False)
    monkeypatch.setattr(pieces.zlib, "compressobj", lambda *a: made.append(1) or real(*a))
    nxt = bundle.write_zip(site, dist / bundle.ZIP_NAME, "库", FOLDER, last, manifest)
    assert nxt.read_bytes() == fresh
    assert big not in opened and made == []
    assert max(reads) <= pieces.PIECE < info.compress_size

    for at in (stream_end - 10, info.header_offset + 100):  # in its last piece, in its first
        last.write_bytes(good[:at] + bytes([good[at] ^ 0x10]) + good[at + 1:])
        manifest.write_bytes(its_manifest)
        made.clear()
        nxt = bundle.write_zip(site, dist / bundle.ZIP_NAME, "库", FOLDER, last, manifest)
        assert nxt.read_bytes() == fresh
        assert made  # deflated again, the pieces of the damaged part at least
