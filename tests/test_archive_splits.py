"""The archive's issues split in two processes (archive.py): every split comes back (light
ones without bodies, the whole ones in the cache), and of two bad issues the first in archive
order is the one named, whichever process fails first."""
from __future__ import annotations

import shutil

import pytest

from conftest import SEEDS
from qikan import archive
from qikan.archive import archive_splits, light_splits
from qikan.errors import InputError


def archive_of(tmp_path, seeds):
    """An archive folder of these sample issues with their sidecars."""
    src = tmp_path / "src"
    src.mkdir()
    for txt in seeds:
        shutil.copy(txt, src)
        shutil.copy(txt.with_suffix(".yml"), src)
    return src


def test_the_first_bad_issue_in_archive_order_is_named(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for txt in SEEDS[:3]:
        shutil.copy(txt, src)
    (src / "0-bad.txt").write_bytes(b"")           # first in archive order, and quick to fail
    (src / "zz-bad.txt").write_bytes(b"\x00\x01\x02" * 10)
    with pytest.raises(InputError) as caught:
        archive_splits(src, None, workers=2)
    assert "0-bad.txt" in str(caught.value.path)


def test_light_splits_hold_no_bodies_and_the_store_gives_them_back(tmp_path):
    src = archive_of(tmp_path, SEEDS[:3])
    whole, _ = archive_splits(src, None, workers=2)
    light, split, store = light_splits(src, tmp_path / "cache", workers=2)
    assert split == 3 and [r.issue for r in light] == [r.issue for r in whole]
    assert all(not a.body for r in light for a in r.articles if a.title)
    assert [store.whole(r) for r in light] == whole
    again, split, _ = light_splits(src, tmp_path / "cache", workers=2)
    assert split == 0 and again == light


def test_a_light_build_reads_the_light_entries_only(tmp_path, monkeypatch):
    src = archive_of(tmp_path, SEEDS[:2])
    light, _, _ = light_splits(src, tmp_path / "cache", workers=1)
    whole = sorted((tmp_path / "cache").glob("*.pickle"))
    lite = sorted((tmp_path / "cache").glob("*.light"))
    assert len(whole) == len(lite) == 2
    assert sum(p.stat().st_size for p in lite) * 5 < sum(p.stat().st_size for p in whole)
    read = []
    real = archive.cached_result
    monkeypatch.setattr(archive, "cached_result", lambda b, k: read.append(len(b)) or real(b, k))
    again, split, _ = light_splits(src, tmp_path / "cache", workers=1)
    assert split == 0 and again == light
    assert sorted(read) == sorted(p.stat().st_size for p in lite)  # not the whole ones
    # an issue removed from the archive takes both its entries with it
    (src / SEEDS[0].name).unlink()
    (src / SEEDS[0].with_suffix(".yml").name).unlink()
    light_splits(src, tmp_path / "cache", workers=1)
    assert len(list((tmp_path / "cache").iterdir())) == 2


def test_a_broken_whole_entry_makes_its_light_entry_stale(tmp_path):
    src = archive_of(tmp_path, SEEDS[:2])
    light_splits(src, tmp_path / "cache", workers=1)
    (tmp_path / "cache" / f"{SEEDS[0].stem}.pickle").write_bytes(b"torn")
    again, split, store = light_splits(src, tmp_path / "cache", workers=1)
    assert split == 1  # split again, and the store gives its whole split
    assert store.whole(again[0]).articles and store.whole(again[0]).issue == again[0].issue
