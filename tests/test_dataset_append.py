"""P11 (the dataset added to): an issue added at the archive's newest end gets its rows written
after the last build's, copied — the same bytes as files written whole; an earlier issue
changed, another site URL or code: written whole."""
from __future__ import annotations

import shutil

from conftest import SEEDS
from qikan.archive import light_splits
from qikan.site.dataset import CSV, DATA_DIR, JSONL, write_dataset


def archive(tmp_path, seeds):
    src = tmp_path / "src"
    if src.exists():
        shutil.rmtree(src)
    src.mkdir()
    for txt in seeds:
        shutil.copy(txt, src)
        shutil.copy(txt.with_suffix(".yml"), src)
    return light_splits(src, tmp_path / "cache", workers=1)


def files(site):
    return {n: (site / DATA_DIR / n).read_bytes() for n in (JSONL, CSV)}


def test_rows_of_an_added_issue_follow_the_last_files(tmp_path):
    light, _, store = archive(tmp_path, SEEDS[:-1])
    n, first = write_dataset(light, tmp_path / "a", "库", "", store.whole, store.keys(), "fp")
    light, _, store = archive(tmp_path, SEEDS)
    read = []

    def whole(r):
        read.append(r.issue.id)
        return store.whole(r)
    m, added = write_dataset(light, tmp_path / "b", "库", "", whole, store.keys(), "fp", first,
                             tmp_path / "a")
    assert read == [light[-1].issue.id]  # the newest issue's rows only were made
    w, whole_state = write_dataset(light, tmp_path / "w", "库", "", store.whole, store.keys(),
                                   "fp")
    assert files(tmp_path / "b") == files(tmp_path / "w") and m == w > n
    assert added == whole_state
    assert files(tmp_path / "b")[CSV].startswith("\ufeffid,".encode())
    # another site URL, or other code: every row is written again
    read.clear()
    write_dataset(light, tmp_path / "c", "库", "https://x.org/", whole, store.keys(), "fp",
                  added, tmp_path / "b")
    assert len(read) == len(light)
    read.clear()
    write_dataset(light, tmp_path / "d", "库", "", whole, store.keys(), "fp2", added,
                  tmp_path / "b")
    assert len(read) == len(light)


def test_an_earlier_issue_changed_writes_its_rows_and_the_rest(tmp_path):
    light, _, store = archive(tmp_path, SEEDS)
    _, first = write_dataset(light, tmp_path / "a", "库", "", store.whole, store.keys(), "fp")
    txt = tmp_path / "src" / SEEDS[1].name
    text = txt.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if len(x) > 30)
    txt.write_text(text.replace(line, line[:10] + "（改过）" + line[10:], 1), encoding="utf-8")
    light, _, store = archive_again(tmp_path)
    read = []

    def whole(r):
        read.append(r.issue.id)
        return store.whole(r)
    write_dataset(light, tmp_path / "b", "库", "", whole, store.keys(), "fp", first,
                  tmp_path / "a")
    write_dataset(light, tmp_path / "w", "库", "", store.whole, store.keys(), "fp")
    assert files(tmp_path / "b") == files(tmp_path / "w")
    ordered = sorted(light, key=lambda r: (r.issue.date or "", r.issue.id))
    changed = next(r.issue.id for r in ordered if r.issue.source == SEEDS[1].name
                   or r.issue.id == SEEDS[1].stem)
    assert read == [r.issue.id for r in ordered][[r.issue.id for r in ordered].index(changed):]


def archive_again(tmp_path):
    return light_splits(tmp_path / "src", tmp_path / "cache", workers=1)
