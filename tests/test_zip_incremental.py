"""P11: the offline zip written again from the last published one — every stream of an unchanged
file copied, the rest deflated — is byte for byte the zip a fresh write gives, and the zip a
fresh write gives is the one `zipfile.writestr` writes (the way the zip was written before)."""
from __future__ import annotations

import json
import os
import random
import shutil
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from conftest import SEEDS
from qikan.site import bundle
from qikan.site.bundle import README_NAME, readme_text, write_zip, zip_entries

NAME = "期刊文库"
OLD, NEW = "qikan-2020-12-jzdx/", "qikan-2022-06-rmrb/"  # the folder before and after an issue


def _entry(name: str) -> zipfile.ZipInfo:
    """An entry as the offline zip has it: fixed time, deflated, Unix mode 0644."""
    info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = 0o100644 << 16
    return info


def reference(site: Path, path: Path, folder: str, site_name: str = NAME) -> bytes:
    """The zip as `zipfile` writes it itself, one `writestr` per entry."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(_entry(folder + README_NAME), readme_text(site_name).encode("utf-8"))
        for rel in zip_entries(site):
            z.writestr(_entry(folder + rel), (site / rel).read_bytes())
    return path.read_bytes()


def published(site: Path, dist: Path, folder: str, previous: Path | None = None,
              manifest: Path | None = None, site_name: str = NAME) -> Path:
    """write_zip's zip, renamed into dist/ as the build publishes it."""
    return bundle.publish_zip(write_zip(site, dist / bundle.ZIP_NAME, site_name, folder,
                                        previous, manifest), dist / bundle.ZIP_NAME)


@pytest.fixture
def deflated(monkeypatch) -> list[int]:
    """The sizes of the files write_zip deflates (rather than copies), as it goes."""
    sizes: list[int] = []
    real = bundle.deflated

    def counted(data: bytes, *how):
        sizes.append(len(data))
        return real(data, *how)

    monkeypatch.setattr(bundle, "deflated", counted)
    return sizes


def page(i: int, seed: int = 0) -> str:
    """An HTML page of sample text, the i-th of one issue."""
    lines = SEEDS[(i + seed) % len(SEEDS)].read_text("utf-8").splitlines()
    body = "\n".join(f"<p>{line}</p>" for line in lines[i * 7 % 40: i * 7 % 40 + 30] if line)
    return f"<!doctype html><html lang=zh><title>{i}</title><body>{body}</body></html>\n"


@pytest.fixture
def site(tmp_path) -> Path:
    """A small built site: pages of both editions, assets (one binary, one empty), a page
    named in Chinese, and the files left out of the zip."""
    s = tmp_path / "site"
    files = {"index.html": page(0), "zh-Hant/index.html": page(0, 1),
             "assets/stylesheets/main.css": "body{margin:0}\n" * 40, "assets/empty.js": "",
             "authors/张三.html": page(9), "sitemap.xml": "<urlset/>", "feeds/a.xml": "<rss/>",
             "assets/javascripts/bundle.js.map": "{}"}
    for i in range(1, 13):
        files[f"issues/2020-12-jzdx/{i:03}.html"] = page(i)
        files[f"zh-Hant/issues/2020-12-jzdx/{i:03}.html"] = page(i, 2)
    for rel, text in files.items():
        (s / rel).parent.mkdir(parents=True, exist_ok=True)
        (s / rel).write_text(text, "utf-8")
    (s / "assets/images/logo.png").parent.mkdir(parents=True)
    (s / "assets/images/logo.png").write_bytes(random.Random(1).randbytes(3000))
    return s


@pytest.fixture
def last(site, tmp_path) -> tuple[Path, Path]:
    """The last build's zip in dist/ and its manifest in the work folder."""
    manifest = tmp_path / "work" / bundle.ZIP_MANIFEST
    return published(site, tmp_path / "dist", OLD, manifest=manifest), manifest


def again(site: Path, last: tuple[Path, Path], folder: str, site_name: str = NAME) -> bytes:
    """The next build's zip, written from the last one; its bytes."""
    return published(site, last[0].parent, folder, *last, site_name=site_name).read_bytes()


def aged(site: Path, seconds: int = 60) -> Path:
    """`site` with its files' mtimes set back, as files an earlier build wrote."""
    then = time.time_ns() - seconds * 10**9
    for rel in zip_entries(site):
        os.utime(site / rel, ns=(then, then))
    return site


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    """The files write_zip opens, as it goes."""
    paths: list[Path] = []

    def recorded(path, *args, **kwargs):
        paths.append(Path(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(bundle, "open", recorded, raising=False)
    return paths


def rewritten_in_place(path: Path, mtime_ns: int | None = None) -> bytes:
    """Other bytes of the same length written into the same file (same inode); with
    `mtime_ns`, its mtime set back to that. The new bytes."""
    data = path.read_bytes()
    new = data.replace(b"<p>", b"<P>", 1)
    assert new != data and len(new) == len(data)
    ino = path.stat().st_ino
    with open(path, "r+b") as f:
        f.write(new)
    if mtime_ns is not None:
        os.utime(path, ns=(mtime_ns, mtime_ns))
    assert path.stat().st_ino == ino
    return new


def test_zip_entries_are_the_readers_files_sorted(site):
    """Not the crawlers' and feed readers' files, nor source maps; not into a linked folder."""
    (site / "linked").symlink_to(site / "issues", target_is_directory=True)
    assert zip_entries(site) == sorted(
        p.relative_to(site).as_posix() for p in site.rglob("*")
        if p.is_file() and p.name not in ("sitemap.xml", "a.xml", "bundle.js.map"))
    assert "authors/张三.html" in zip_entries(site) and "linked" not in zip_entries(site)


def test_paths_that_sort_around_a_folder_come_out_sorted_and_are_copied(site, tmp_path,
                                                                       deflated):
    """The walk lists a folder at a time; a name sorting just before or after a folder's
    paths ("issues-1.html", "issues.html" < "issues/…" < "issues0.html") still comes out where
    sorting all the paths puts it, and the next zip finds every entry of the last one."""
    for rel in ("issues-1.html", "issues.html", "issues0.html", "issues/2020-12-jzdx.html",
                "issues/2020-12-jzdx-b/001.html", "issues/2020-12-jzdx 2/001.html",
                "zh-Hant.html", "zh-Hant/issues.html", "说明.html", "说明/a.html", "z/y/x/w.html"):
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(page(len(rel)), "utf-8")
    assert zip_entries(site) == sorted(
        p.relative_to(site).as_posix() for p in site.rglob("*")
        if p.is_file() and p.name not in ("sitemap.xml", "a.xml", "bundle.js.map"))
    aged(site)
    manifest = tmp_path / "work" / bundle.ZIP_MANIFEST
    last = published(site, tmp_path / "dist", OLD, manifest=manifest)
    deflated.clear()
    assert again(site, (last, manifest), NEW) == reference(site, tmp_path / "ref.zip", NEW)
    assert deflated == []


def test_fresh_zip_is_what_zipfile_writes(site, tmp_path):
    for folder in (OLD, NEW):
        assert published(site, tmp_path, folder).read_bytes() == reference(
            site, tmp_path / "ref.zip", folder)
    with zipfile.ZipFile(tmp_path / bundle.ZIP_NAME) as z:
        assert z.testzip() is None
        assert z.read(NEW + "authors/张三.html").decode("utf-8") == page(9)


def test_unchanged_site_copies_every_stream(site, last, tmp_path, deflated):
    before = last[0].read_bytes()
    assert again(site, last, OLD) == before == reference(site, tmp_path / "ref.zip", OLD)
    assert deflated == []


def test_one_changed_file_is_the_one_deflated(site, last, tmp_path, deflated):
    changed = site / "issues/2020-12-jzdx/003.html"
    changed.write_text(page(3).replace("<p>", "<p class=x>", 1), "utf-8")
    assert again(site, last, OLD) == reference(site, tmp_path / "ref.zip", OLD)
    assert deflated == [changed.stat().st_size]


def test_new_issue_renames_the_folder_adds_and_removes_files(site, last, tmp_path, deflated):
    """What adding an issue does: a new folder name, new pages, changed indexes, and a page
    gone."""
    for i in (1, 2):
        (site / f"issues/2022-06-rmrb/{i:03}.html").parent.mkdir(parents=True, exist_ok=True)
        (site / f"issues/2022-06-rmrb/{i:03}.html").write_text(page(i, 3), "utf-8")
    (site / "index.html").write_text(page(0) + "<!-- 2022-06-rmrb -->", "utf-8")
    (site / "zh-Hant/issues/2020-12-jzdx/012.html").unlink()
    assert again(site, last, NEW) == reference(site, tmp_path / "ref.zip", NEW)
    assert len(deflated) == 3


def test_new_site_name_deflates_the_readme_only(site, last, tmp_path, deflated):
    assert again(site, last, OLD, "党建文库") == reference(site, tmp_path / "ref.zip", OLD, "党建文库")
    assert deflated == [len(readme_text("党建文库").encode("utf-8"))]


def test_hard_linked_unchanged_files_are_not_read(site, tmp_path, opened, deflated):
    """The next build's site as a build makes it: the unchanged files hard links to the last
    site's, a changed one and a new one written fresh. Only those two are read; the zip is
    still the fresh one. Once the last site is gone (swapped out), a build with nothing new
    reads again only the two, whose mtimes were too recent to be trusted."""
    aged(site)
    manifest = tmp_path / "work" / bundle.ZIP_MANIFEST
    last = published(site, tmp_path / "dist", OLD, manifest=manifest)
    nxt = tmp_path / "next"
    shutil.copytree(site, nxt, copy_function=os.link)
    changed, new = nxt / "index.html", nxt / "issues/2022-06-rmrb/001.html"
    changed.unlink()
    changed.write_text(page(0) + "<!-- 2022-06-rmrb -->", "utf-8")
    new.parent.mkdir(parents=True)
    new.write_text(page(1, 3), "utf-8")
    opened.clear()
    deflated.clear()
    assert again(nxt, (last, manifest), NEW) == reference(nxt, tmp_path / "ref.zip", NEW)
    read = sorted(p.relative_to(nxt) for p in opened if p.is_relative_to(nxt))
    assert read == sorted(p.relative_to(nxt) for p in (changed, new))
    assert sorted(deflated) == sorted(p.stat().st_size for p in (changed, new))
    shutil.rmtree(site)
    opened.clear()
    deflated.clear()
    assert again(nxt, (last, manifest), NEW) == reference(nxt, tmp_path / "ref.zip", NEW)
    assert sorted(p for p in opened if p.is_relative_to(nxt)) == sorted((changed, new))
    assert deflated == []


def test_file_changed_in_place_with_the_same_size_is_deflated_again(site, tmp_path, deflated):
    """Same inode, same size, other bytes, a new mtime: the stat key tells."""
    aged(site)
    manifest = tmp_path / "work" / bundle.ZIP_MANIFEST
    last = published(site, tmp_path / "dist", OLD, manifest=manifest)
    changed = site / "issues/2020-12-jzdx/004.html"
    rewritten_in_place(changed)
    deflated.clear()
    assert again(site, (last, manifest), OLD) == reference(site, tmp_path / "ref.zip", OLD)
    assert deflated == [changed.stat().st_size]


def test_file_changed_within_its_timestamp_step_is_deflated_again(site, tmp_path, deflated):
    """A file written just before the zip may be changed again so soon after that its mtime
    stays the same (timestamps move in steps): its key is not trusted, it is read."""
    changed = site / "issues/2020-12-jzdx/006.html"
    now = time.time_ns()
    os.utime(changed, ns=(now, now))
    manifest = tmp_path / "work" / bundle.ZIP_MANIFEST
    last = published(site, tmp_path / "dist", OLD, manifest=manifest)
    rewritten_in_place(changed, mtime_ns=now)
    deflated.clear()
    assert again(site, (last, manifest), OLD) == reference(site, tmp_path / "ref.zip", OLD)
    assert deflated == [changed.stat().st_size]


def old_format(manifest: bytes) -> bytes:
    """The manifest as the zip's writer before stat keys wrote it: a head without the records'
    layout, 24 bytes per entry (SHA-1, CRC-32 of the stream)."""
    head, _, body = manifest.partition(b"\n")
    fields = json.loads(head)
    old_head = json.dumps({"writer": fields["writer"], "directory": fields["directory"]})
    width = len(body) // (len(body) // bundle.RECORD.size)
    return old_head.encode("utf-8") + b"\n" + b"".join(
        body[i:i + 24] for i in range(0, len(body), width))


def test_manifest_of_the_old_format_copies_nothing(site, last, tmp_path, deflated):
    aged(site)
    last[1].write_bytes(old_format(last[1].read_bytes()))
    deflated.clear()
    assert again(site, last, NEW) == reference(site, tmp_path / "ref.zip", NEW)
    assert len(deflated) == len(zip_entries(site)) + 1


def test_any_flipped_byte_of_the_manifest(site, tmp_path):
    """A bit flipped anywhere in the manifest (head, SHA-1s, CRC-32s, stat keys): the next zip
    is still the fresh one."""
    aged(site)
    manifest = tmp_path / "work" / bundle.ZIP_MANIFEST
    last = published(site, tmp_path / "dist", OLD, manifest=manifest)
    good_zip, good = last.read_bytes(), manifest.read_bytes()
    (site / "index.html").write_text(page(0) + "<!-- 2022-06-rmrb -->", "utf-8")
    fresh = reference(site, tmp_path / "ref.zip", NEW)
    rng = random.Random(5)
    for at in [rng.randrange(len(good)) for _ in range(30)]:
        last.write_bytes(good_zip)
        manifest.write_bytes(good[:at] + bytes([good[at] ^ 1 << rng.randrange(8)])
                             + good[at + 1:])
        assert again(site, (last, manifest), NEW) == fresh, at


def crc_twin(data: bytes) -> bytes:
    """Other bytes of the same length and CRC-32: the last four replaced by the ones that bring
    the CRC back (CRC-32 is linear, its register shifts a byte out per byte in)."""
    table = [zlib.crc32(bytes([i])) ^ zlib.crc32(b"\0") for i in range(256)]
    by_top = {t >> 24: i for i, t in enumerate(table)}  # the top byte of each entry is unique
    # back from the register the CRC wants, the table entry each of the last 4 bytes must pick
    register, picks = zlib.crc32(data) ^ 0xFFFFFFFF, []
    for _ in range(4):
        picks.append(by_top[register >> 24])
        register = ((register ^ table[picks[-1]]) << 8) & 0xFFFFFFFF
    head = b"<!-- other -->" + data[14:-4]
    register, tail = zlib.crc32(head) ^ 0xFFFFFFFF, bytearray()
    for i in reversed(picks):
        tail.append((register ^ i) & 0xFF)
        register = (register >> 8) ^ table[i]
    return head + bytes(tail)


def test_changed_file_with_the_same_crc_and_size_is_deflated_again(site, last, tmp_path,
                                                                  deflated):
    """CRC-32 and size alone would keep the old stream: the SHA-1 in the manifest tells."""
    changed = site / "issues/2020-12-jzdx/005.html"
    old = changed.read_bytes()
    twin = crc_twin(old)
    assert twin != old and len(twin) == len(old) and zlib.crc32(twin) == zlib.crc32(old)
    changed.write_bytes(twin)
    assert again(site, last, OLD) == reference(site, tmp_path / "ref.zip", OLD)
    assert deflated == [len(twin)]


def damaged(zip_bytes: bytes, how: str) -> bytes:
    """The previous zip as something on disk may have left it."""
    cut = len(zip_bytes)
    return {"empty": b"", "not a zip": "不是压缩包\n".encode("utf-8") * 100,
            "truncated": zip_bytes[:cut // 2], "end record cut": zip_bytes[:cut - 10],
            "grown": zip_bytes + b"\0" * 100,
            "stream damaged": zip_bytes[:cut // 3] + bytes([zip_bytes[cut // 3] ^ 0x40])
            + zip_bytes[cut // 3 + 1:]}[how]


@pytest.mark.parametrize("how", ["missing", "empty", "not a zip", "truncated", "end record cut",
                                 "grown", "stream damaged"])
def test_damaged_or_missing_previous_zip_gives_the_fresh_zip(site, last, tmp_path, how):
    """Never a failure, never a damaged zip: what cannot be copied soundly is deflated."""
    if how == "missing":
        last[0].unlink()
    else:
        last[0].write_bytes(damaged(last[0].read_bytes(), how))
    assert again(site, last, NEW) == reference(site, tmp_path / "ref.zip", NEW)


@pytest.mark.parametrize("how", ["missing", "empty", "garbage", "of another zip",
                                 "of another writer", "short"])
def test_manifest_that_does_not_fit_copies_nothing(site, last, tmp_path, how, monkeypatch,
                                                   deflated):
    zipped, manifest = last
    if how == "missing":
        manifest.unlink()
    elif how == "of another zip":  # a build that wrote its zip and manifest, then failed
        (site / "index.html").write_text("<p>next</p>", "utf-8")
        write_zip(site, zipped, NAME, OLD, zipped, manifest).unlink()
        (site / "index.html").write_text(page(0), "utf-8")
    elif how == "of another writer":  # the zip of a zlib that deflates otherwise
        monkeypatch.setattr(bundle, "WRITER", "deflate level 6, zlib 9.9")
    else:
        text = manifest.read_bytes()
        manifest.write_bytes({"empty": b"", "garbage": b"\xff\xfe{", "short": text[:-1]}[how])
    deflated.clear()
    assert again(site, last, NEW) == reference(site, tmp_path / "ref.zip", NEW)
    assert len(deflated) == len(zip_entries(site)) + 1


def test_any_truncation_or_flipped_byte_of_the_previous_zip(site, last, tmp_path):
    """Cut the previous zip anywhere, or flip one bit anywhere in it (headers, streams, the
    directory): the next zip is still the fresh one."""
    fresh = reference(site, tmp_path / "ref.zip", NEW)
    good, its_manifest = last[0].read_bytes(), last[1].read_bytes()
    rng = random.Random(11)
    for _ in range(15):
        at = rng.randrange(len(good))
        for bad in (good[:at], good[:at] + bytes([good[at] ^ 1 << rng.randrange(8)])
                    + good[at + 1:]):
            last[0].write_bytes(bad)
            last[1].write_bytes(its_manifest)
            assert again(site, last, NEW) == fresh, at


def test_flipped_byte_in_a_block_of_the_previous_zip(site, tmp_path):
    """The same with the files as a build leaves them (older than the timestamps' step), so
    that unchanged files are copied in blocks: a flipped bit anywhere in a block's bytes fails
    its CRC-32, and its files go one by one (the damaged one deflated again)."""
    aged(site)
    manifest = tmp_path / "work" / bundle.ZIP_MANIFEST
    last = published(site, tmp_path / "dist", OLD, manifest=manifest)
    fresh = reference(site, tmp_path / "ref.zip", NEW)
    good, its_manifest = last.read_bytes(), manifest.read_bytes()
    rng = random.Random(12)
    for _ in range(15):
        at = rng.randrange(len(good) * 3 // 4)  # (the directory, at the end, copies nothing)
        last.write_bytes(good[:at] + bytes([good[at] ^ 1 << rng.randrange(8)]) + good[at + 1:])
        manifest.write_bytes(its_manifest)
        assert again(site, (last, manifest), NEW) == fresh, at


@pytest.mark.slow
def test_zip64_archive_of_more_than_65535_entries(tmp_path, deflated):
    """Past 65,535 entries the zip needs ZIP64 end records: the copied zip has zipfile's own."""
    site = tmp_path / "site"
    for d in range(66):
        (site / f"p{d:02}").mkdir(parents=True)
        for i in range(1000):
            (site / f"p{d:02}/{i:03}.html").write_text(f"<p>{d}/{i}</p>", "utf-8")
    manifest = tmp_path / "work" / bundle.ZIP_MANIFEST
    first = published(site, tmp_path / "dist", OLD, manifest=manifest).read_bytes()
    assert first == reference(site, tmp_path / "ref.zip", OLD)
    assert b"PK\x06\x06" in first[-200:]  # the ZIP64 end of central directory record
    (site / "p00/000.html").write_text("<p>changed</p>", "utf-8")
    deflated.clear()
    assert again(site, (tmp_path / "dist" / bundle.ZIP_NAME, manifest), NEW) == reference(
        site, tmp_path / "ref.zip", NEW)
    assert deflated == [len("<p>changed</p>")]
    with zipfile.ZipFile(tmp_path / "dist" / bundle.ZIP_NAME) as z:
        assert len(z.infolist()) == 66_001


def test_zip64_fields_of_large_sizes_and_offsets(site, tmp_path, monkeypatch, deflated):
    """Past 2 GiB (ZIP64_LIMIT) an entry's sizes and offset go in ZIP64 fields, in its local
    header and in the directory; with zipfile's limits lowered, small files take those paths,
    and the copied entries get the same fields as zipfile's own."""
    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 2000)
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 5)
    manifest = tmp_path / "work" / bundle.ZIP_MANIFEST
    last = published(site, tmp_path / "dist", OLD, manifest=manifest)
    first = last.read_bytes()
    assert first == reference(site, tmp_path / "ref.zip", OLD)
    with zipfile.ZipFile(last) as z:
        big = z.getinfo(OLD + "issues/2020-12-jzdx/001.html")
        assert big.file_size > 2000 and big.extract_version == zipfile.ZIP64_VERSION
        assert z.infolist()[-1].header_offset > 2000 and z.testzip() is None
    assert b"PK\x06\x06" in first[-200:]  # the ZIP64 end of central directory record
    (site / "issues/2020-12-jzdx/001.html").write_text(page(1) + "<p>更正</p>", "utf-8")
    deflated.clear()
    assert again(site, (last, manifest), NEW) == reference(site, tmp_path / "ref.zip", NEW)
    assert len(deflated) == 1


@pytest.fixture
def copied_alone(monkeypatch) -> list[str]:
    """The entries write_zip copies one by one from the last zip (not in a block), as it goes."""
    names: list[str] = []
    real = bundle.lastzip.copied

    def counted(z, name, *how):
        names.append(name)
        return real(z, name, *how)

    monkeypatch.setattr(bundle.lastzip, "copied", counted)
    return names


def with_many_files(site: Path, tmp_path: Path, folder: str, n: int, text) -> tuple[Path, Path]:
    """`site` with `n` files `folder/<i>.js` (`text(i)` each) more, as an earlier build left
    it (files older than the timestamps' step), and the zip published from it with its
    manifest."""
    for i in range(n):
        (site / f"{folder}/{i}.js").parent.mkdir(parents=True, exist_ok=True)
        (site / f"{folder}/{i}.js").write_text(text(i), "utf-8")
    aged(site)
    manifest = tmp_path / "work" / bundle.ZIP_MANIFEST
    return published(site, tmp_path / "dist", OLD, manifest=manifest), manifest


def test_blocks_of_unchanged_files_are_copied_whole(site, tmp_path, deflated, copied_alone):
    """A folder of 400 pages and one of them changed, the folder renamed: the pages in the
    other blocks are copied a block at a time; only the changed page's block goes one by one
    (the page deflated, its neighbours' streams copied alone)."""
    last, manifest = with_many_files(site, tmp_path, "search/text", 400,
                                     lambda i: f"t({i},{page(i % 13)!r})")
    blocks = list(bundle.zipblocks.blocks(bundle.site_files(site)))
    assert len(blocks) > 5 and max(len(b.files) for b in blocks) < 400  # cut within the folder
    changed = site / "search/text/123.js"
    changed.write_text("t(123,'更正')", "utf-8")
    deflated.clear()
    copied_alone.clear()
    assert again(site, (last, manifest), NEW) == reference(site, tmp_path / "ref.zip", NEW)
    assert deflated == [changed.stat().st_size]
    block = next(b for b in blocks if "search/text/123.js" in dict(b.files))
    # README (not a file of the site: copied by its SHA-1), the block's other files
    assert sorted(copied_alone) == sorted([NEW + README_NAME] + [
        NEW + rel for rel, _ in block.files if rel != "search/text/123.js"])


def test_folder_of_another_length_copies_every_stream_alone(site, tmp_path, deflated,
                                                          copied_alone):
    """A new folder name longer than the last one: every header changes its length, so no
    block is copied whole; every stream still is, one by one."""
    aged(site)
    manifest = tmp_path / "work" / bundle.ZIP_MANIFEST
    last = published(site, tmp_path / "dist", OLD, manifest=manifest)
    longer = "qikan-2022-06-rmrb-2/"
    deflated.clear()
    copied_alone.clear()
    assert again(site, (last, manifest), longer) == reference(site, tmp_path / "ref.zip", longer)
    assert deflated == [] and len(copied_alone) == len(zip_entries(site)) + 1


def test_blocks_past_zip64_offsets_get_their_offsets_patched(site, tmp_path, monkeypatch, deflated,
                                                             copied_alone):
    """With zipfile's limit lowered, most entries' offsets are in ZIP64 fields: a block copied
    whole gets the new offset in that field; a block whose entries move across the limit goes
    one by one. The zip is zipfile's own, byte for byte."""
    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 2000)
    last, manifest = with_many_files(site, tmp_path, "search/meta", 300,
                                     lambda i: f"m({i},'{'党建' * (i % 7)}')")
    (site / "authors/张三.html").write_text(page(9) + "<p>更正</p>" * 20, "utf-8")  # before them
    deflated.clear()
    copied_alone.clear()
    assert again(site, (last, manifest), NEW) == reference(site, tmp_path / "ref.zip", NEW)
    assert len(deflated) == 1
    alone = [n for n in copied_alone if "/search/meta/" in n]
    assert len(alone) < 300 - 64  # most of the 300 in blocks
    with zipfile.ZipFile(tmp_path / "dist" / bundle.ZIP_NAME) as z:
        assert z.testzip() is None
        assert z.getinfo(NEW + "search/meta/299.js").header_offset > 2000
