"""Offline zip: the finished site folder → one reproducible zip that opens from file://.

Takes the built site (both editions, browse pages, search, assets) and gives
`dist/qikan-offline.zip`: every file a reader's browser uses, plus `说明.txt` at the root telling
how to open it. Left out are the files only crawlers and feed readers of the hosted site use
(sitemaps, feeds): they carry the build date, so leaving them out also keeps the zip
reproducible.

Same input, same bytes: entries are sorted by path, every entry has the same timestamp
(1980-01-01 00:00, the earliest a zip can hold), permissions and compression level, and no
extra fields. The zip is written to a temporary file beside its target; `publish_zip` renames
it into place, so `dist/` only ever holds a complete zip from a build that succeeded.

Why by hand: `shutil.make_archive` stamps each file's mtime and walks folders in directory
order, so its output differs from build to build; the bytes are `zipfile`'s for fixed `ZipInfo`s.

Incremental (P11): deflating every file again is most of the zip's time (31 s at 16,000
articles), while a new issue changes few files. Given the zip the last build published
(`previous`) and the manifest written with it (`manifest`, kept in the build's work folder),
an entry whose file is the same as then gets the previous zip's deflate stream copied instead
of a new one (and its CRC-32, which the same bytes have). The result is byte for byte the zip a
fresh write gives, because deflate is deterministic: the same bytes through the same zlib at
the same level give the same stream. "The same file as then" is told two ways, both under the
same name under the folder (the folder itself is named for the newest issue, so it changes):
- by its stat key, without reading it: the same device, inode, size and mtime (ns) as the file
  the manifest was written from. The build hard-links a file that did not change from the last
  site into the new one (state.py `link_unchanged`), so it keeps all four; reading and hashing
  every file (7.8 GB at 100,000 articles) was most of an incremental zip's time;
- else by reading it: the same size and SHA-1 as then (a file written again with the same
  bytes, e.g. the theme's assets, gets a new inode).
What makes the copy safe, and why each check:
- the mtime in the key: an inode number is reused once the last site is deleted after the
  swap, but a new file's mtime is the time it was written, later than any the manifest holds.
  This holds because nothing that writes the site sets mtimes back: qikan never calls
  `os.utime` or copies with `shutil.copy2`/`copystat` into the site, MkDocs copies files with
  `shutil.copyfile`; SOURCE_DATE_EPOCH dates pages' text, not files. (The ctime would be
  safer, but making a hard link changes it);
- the key is recorded only for a file whose mtime is older than TIMESTAMP_STEP_NS before the
  write started (the rule Git's index calls "racily clean"): timestamps move in steps, and a
  file changed again within the step it was written in keeps its mtime; and only when the
  file read has the size its key says (not changed between the walk and the read). Such files
  are recorded with NO_KEY and read by the next write;
- the SHA-1 of every file's content, in the manifest: the zip's own size and CRC-32 would let
  a changed file that keeps both (one chance in 2**32 per changed file, over many builds)
  keep its old stream;
- the writer (zlib version and level) and the records' layout in the manifest: another zlib
  or level gives other streams for the same content, and so a zip a fresh write would not
  give; a manifest of another layout (the one before stat keys) is not read at all;
- the previous zip's directory (names, CRCs, sizes, offsets), hashed into the manifest: a
  manifest describes only the zip it was written with — one from a build that failed before
  publishing, or a zip replaced by hand, reuses nothing;
- the CRC-32 of each copied stream, in the manifest: a zip damaged on disk since would
  otherwise pass its damage on to every later zip (a stream that fails it is deflated again
  from the file). A stream over PIECE bytes is copied a piece at a time, never held whole (the
  dataset's is ~140 MB at 100,000 articles): its CRC-32 is checked before its last piece is
  written, and what was written of it is taken back when it fails.
Most files are copied not one by one but in blocks of ~64 (zipblocks.py): a block of the same
files as then, each by its stat key, is copied in one read and one write, its bytes checked
against the CRC-32 the manifest holds for them.
Anything else wrong with the previous zip or the manifest (missing, truncated, not a zip,
damaged: the manifest's head holds the SHA-1 of the rest) means nothing is copied: a fresh
write, never a failure. The manifest (zipblocks.py) holds a JSON line, then RECORD (56 bytes,
lastzip.py) per entry: its content's SHA-1, its stream's CRC-32 and its file's stat key, in the
zip's order; where each entry's local header and directory record are; the blocks; then, as
JSON, the pieces of the streams of files over 4 MiB (pieces.py).

Memory: nothing is held per entry but bytes — the last zip's directory and manifest, the new
zip's directory records and manifest: by their sizes ~350 bytes an entry (~280 MB at 780,000
entries, where objects per entry took ~1.1 GB). Both zips list README first, then the paths sorted: the site
is walked a folder at a time, each listing sorted so that the paths come out in that order
(`site_files`), and the last zip's directory is walked forward beside them, an entry parsed at
a time, skipping the blocks copied whole (lastzip.py).

Why the copy is by hand: `zipfile` has no call that adds an already deflated entry (Go's
archive/zip has `Writer.CreateRaw`, Rust's zip crate `raw_copy_file`), and its objects cost
~20 µs an entry (700,000 entries at 100,000 articles): `zipformat.py` writes every entry,
copied or not, and the directory and end records, as `zipfile` does, and reads the last zip's
directory; `lastzip.py` walks it and copies its streams (tests compare with zipfile's own
zip, byte for byte).
"""
from __future__ import annotations

import hashlib
import os
import struct
import tempfile
import time
import zlib
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO, Iterator

import opencc

from . import lastzip, pieces, zipblocks, zipformat
from .lastzip import NO_KEY, RECORD, StatKey
from .pieces import PIECE, Streamed, deflated, deflated_file

ZIP_NAME = "qikan-offline.zip"
ZIP_MANIFEST = "offline-zip.sha1"  # kept in the build's work folder, not in dist/
README_NAME = "说明.txt"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
# zlib's default level, the one the zip has always had (`ZipFile(compresslevel=9)` never
# reached entries given as a ZipInfo)
DEFLATE_LEVEL = 6
# who made the deflate streams: a manifest by another writer lets nothing be copied
WRITER = (f"deflate level {DEFLATE_LEVEL}, zlib {zlib.ZLIB_RUNTIME_VERSION}, "
          f"pieces of {PIECE} bytes")
# the previous zip is read in the new one's order, mostly its own: a seek within this buffer
# costs no system call (8 KiB, Python's default, is a few entries: two calls per entry)
OLD_ZIP_BUFFER = 1 << 20
# the new zip is written an entry (~3 KB) at a time: in 1 MiB system calls, not one or two per
# entry as with the default buffer (the file system's block, 4 KiB): 12 % of a copying write
NEW_ZIP_BUFFER = 1 << 20
# a file's mtime is trusted once older than this before the write: longer than the step of
# any common filesystem's timestamps (FAT's 2 s; ext4, XFS, Btrfs, tmpfs: a clock tick)
TIMESTAMP_STEP_NS = 3_000_000_000
# Crawler and feed-reader files of the hosted site: useless on file://, and dated per build;
# source maps are read only by a developer's debugger.
HOSTED_ONLY = ("sitemap.xml", "sitemap.xml.gz", "feed_rss_created.xml", "feed_rss_updated.xml",
               "feed_json_created.json", "feed_json_updated.json", "rss.xsl")
HOSTED_ONLY_SUFFIXES = (".map",)
HOSTED_ONLY_DIRS = ("feeds/",)  # the sections' feeds and their OPML list (qikan/feeds.py)

README = """{name}（离线版）

打开方法
1. 先把整个压缩包解压到任意文件夹（不要只在压缩软件的窗口里打开），得到一个以 qikan- 开头的文件夹。
2. 在这个文件夹里双击 index.html，浏览器（Chrome、Edge、Firefox、Safari 等）就会打开首页。
3. 页面顶部的“文A”按钮在简体和繁体之间切换，放大镜按钮用来全文搜索。

阅读时不需要联网：文章、繁体版、搜索、样式和脚本都在这个文件夹里。
繁体版也可以直接打开 zh-Hant/index.html。
"""


def readme_text(site_name: str) -> str:
    """说明.txt: Simplified, then the same in Traditional; CRLF and a BOM so that every
    Windows Notepad shows it right."""
    simp = README.format(name=site_name)
    text = simp + "\n" + "-" * 40 + "\n\n" + opencc.OpenCC("s2tw").convert(simp)
    return "\ufeff" + text.replace("\n", "\r\n")


def zip_entries(site: Path) -> list[str]:
    """The site's files that go into the zip, as sorted POSIX paths."""
    return [rel for rel, _ in site_files(site)]


def site_files(site: Path, prefix: str = "") -> Iterator[tuple[str, StatKey]]:
    """`zip_entries` (of the folder `prefix` in `site`) with each file's stat key, as the walk
    finds them: one folder's listing at a time, sorted so that the paths come out sorted, and
    none kept (a sorted list of ~746,000 paths and keys was ~250 MB). (`os.scandir`, not
    `Path.rglob`: at a few hundred thousand files pathlib's work per path takes seconds; the
    key is one `stat` per file, about 2 µs.)"""
    with os.scandir(os.path.join(site, prefix)) as listing:
        # a folder sorts as "name/", how its paths start: they come out where sorting all the
        # paths puts them ("a-b.html" < "a/…" < "a0.html")
        found = sorted((e.name + "/" if e.is_dir(follow_symlinks=False) else e.name, e)
                       for e in listing)  # (as rglob: not into linked folders)
    for name, e in found:
        rel = prefix + name
        if name.endswith("/"):
            yield from site_files(site, rel)
        elif (e.is_file() and name not in HOSTED_ONLY and not name.endswith(HOSTED_ONLY_SUFFIXES)
              and not rel.startswith(HOSTED_ONLY_DIRS)):
            st = e.stat()  # what `open` reads: a linked file's target
            yield rel, (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def zip_folder(newest_issue: str) -> str:
    """The one folder everything in the zip is in ("qikan-2022-06-rmrb/"): unzipping it
    never spills files into the reader's current folder."""
    return f"qikan-{newest_issue}/"


def write_zip(site: Path, target: Path, site_name: str, folder: str,
              previous: Path | None = None, manifest: Path | None = None) -> Path:
    """Write the zip of `site`, under `folder`, to a temporary file beside `target`; return
    that file. With `previous` (the zip the last build published) and `manifest` (where that
    build's write put its manifest), the streams of unchanged files are copied from
    `previous`; with `manifest`, this zip's manifest replaces it there."""
    target.parent.mkdir(parents=True, exist_ok=True)
    # a file modified since then may still show this key: see "racily" in the docstring
    trust_before = time.time_ns() - TIMESTAMP_STEP_NS
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.tmp-", dir=target.parent)
    os.close(fd)
    try:
        with ExitStack() as stack:
            old = _opened(previous, stack) if manifest else None
            z = zipformat.Writer(stack.enter_context(open(tmp, "wb", NEW_ZIP_BUFFER)), FIXED_TIME)
            writing = _Writing(z, site, folder, old, _last(old, manifest) if old else None,
                               trust_before)
            writing.add(README_NAME, None, readme_text(site_name).encode("utf-8"))
            for block in zipblocks.blocks(site_files(site)):
                writing.add_block(block)
            z.close()
        if manifest:
            zipblocks.write_manifest(manifest, WRITER, z.directory, writing.m)
    except BaseException:
        os.unlink(tmp)
        raise
    return Path(tmp)


class _Writing:
    """A zip being written: a block of files copied whole from the last zip (zipblocks.py), or
    its files one at a time, each copied from the last zip or deflated; and its manifest."""

    def __init__(self, z: zipformat.Writer, site: Path, folder: str, old: BinaryIO | None,
                 last: tuple[lastzip.Previous, zipblocks.Last] | None, trust_before: int):
        self.z, self.site, self.folder, self.old = z, site, folder, old
        self.entries, self.blocks = last or (None, None)
        self.trust_before = trust_before
        self.m = zipblocks.Manifest()

    def add_block(self, block: zipblocks.Block) -> None:
        z, m = self.z, self.m
        first, z.crc = z.count, 0
        kept = self.blocks.kept(block) if self.blocks else None
        if kept and self.blocks.copy(z, kept, self.folder.encode("utf-8"), m):
            self.entries.skip_to(kept.first + kept.count)
            m.blocks.append(zipblocks.Kept(first, kept.count, kept.digest, z.crc))
            return
        recorded = [(rel, self.add(rel, key)) for rel, key in block.files]
        if block.copyable:
            m.blocks.append(zipblocks.Kept(first, len(recorded), zipblocks.digest(recorded),
                                           z.crc))

    def add(self, rel: str, key: StatKey | None, data: bytes | None = None) -> StatKey:
        """The file `rel` (or, with `data`, README's bytes: `key` None) as the zip's next
        entry; its stat key as recorded (NO_KEY: read it next time)."""
        z, old, folder, site, m = self.z, self.old, self.folder, self.site, self.m
        m.local.append(z.offset)
        m.record_at.append(len(z.central))
        prev = self.entries.stream(b"" if key is None else rel.encode()) if self.entries else None
        # the same file as then, by its stat key: not read at all
        trusted = prev is not None and key == prev.key != NO_KEY  # (None ≠ a key)
        if trusted and lastzip.copied(z, folder + rel, old, prev):
            sha1, raw_crc, kept = prev.sha1, prev.raw_crc, prev.pieces
        elif key is not None and key[2] > pieces.PIECE:  # a piece at a time
            sha1, raw_crc, kept = _add_large(z, folder + rel, site, rel, key[2], prev, old)
            if key[3] >= self.trust_before:
                key = NO_KEY
        else:
            if data is None:
                data = _read(site, rel)
            sha1 = hashlib.sha1(data).digest()
            # the same bytes as then, by SHA-1: the same CRC-32s
            if (prev and not trusted and (prev.entry.file_size, prev.sha1) == (
                    len(data), sha1) and lastzip.copied(z, folder + rel, old, prev)):
                raw_crc, kept = prev.raw_crc, prev.pieces
            else:  # deflated, but for the pieces the last stream has
                raw, kept = deflated(data, DEFLATE_LEVEL, prev.pieces if prev else (),
                                     lastzip.stream_reader(old, prev))
                raw_crc = zlib.crc32(raw)
                z.add(folder + rel, zlib.crc32(data), len(data), raw)
            if key is None or key[2] != len(data) or key[3] >= self.trust_before:
                key = NO_KEY  # changed while read, or racily: read it next time
        m.records += RECORD.pack(sha1, raw_crc, *key)
        if kept:
            m.large[rel] = [[p.sha1, p.raw, p.crc] for p in kept]
        return key


def _add_large(z: zipformat.Writer, name: str, site: Path, rel: str, size: int,
               prev: lastzip.Stream | None, old: BinaryIO | None) -> tuple[bytes, int, tuple]:
    """A file over PIECE bytes into the zip, read, deflated (or its pieces copied from the last
    stream) and written a piece at a time; its SHA-1, its stream's CRC-32 and its pieces."""
    got = Streamed()
    with open(os.path.join(site, rel), "rb") as f:
        z.add_streamed(name, size, deflated_file(f, size, DEFLATE_LEVEL,
                                                 prev.pieces if prev else (),
                                                 lastzip.stream_reader(old, prev), got),
                       lambda: got.crc)
    return got.sha1.digest(), got.raw_crc, got.pieces


def _read(site: Path, rel: str) -> bytes:
    with open(os.path.join(site, rel), "rb") as f:  # (a str path: no pathlib per file)
        return f.read()


def _opened(previous: Path | None, stack: ExitStack) -> BinaryIO | None:
    """The previous zip, open for the whole write (so it stays the one its directory was
    read from), or None."""
    try:
        return stack.enter_context(open(previous, "rb", OLD_ZIP_BUFFER)) if previous else None
    except OSError:
        return None


def _last(old: BinaryIO, manifest: Path) -> tuple[lastzip.Previous, zipblocks.Last] | None:
    """The previous zip's entries and blocks with what its manifest says of them; None unless
    `manifest` was written with this very zip by this writer."""
    try:
        found = zipformat.central_directory(old)
    except (OSError, struct.error):
        return None
    if not found:
        return None
    directory, count, directory_at = found
    m = zipblocks.read_manifest(manifest, WRITER, directory, count)
    if m is None:
        return None
    entries = lastzip.Previous(directory, m.records, zipblocks.pieces_of(m), m.record_at)
    return entries, zipblocks.Last(old, directory, directory_at, m, entries.folder)


def publish_zip(tmp: Path, target: Path) -> Path:
    os.chmod(tmp, 0o644)
    os.replace(tmp, target)
    return target
