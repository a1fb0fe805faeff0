"""P11: the search index is built in batches of text and passes over the bigrams, so its
memory stays bounded as the archive grows — and it is the same index, byte for byte, whatever
the batch and pass sizes."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import DOCS_SRC, HANT_PROFILE
from qikan.archive import load_archive
from qikan.site import search


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def samples():
    return load_archive(DOCS_SRC)


def test_batches_cover_every_text_once_in_order():
    texts = ["甲" * n for n in (5, 1, 7, 3, 0, 9, 2)]
    got = list(search.batches(texts, chars=8))
    assert [t for _, batch in got for t in batch] == texts
    assert [first for first, _ in got] == [0, 2, 3, 5, 6]
    assert all(sum(len(t) + 1 for t in batch[:-1]) <= 8 for _, batch in got)


def test_the_index_is_the_same_in_small_batches_and_many_passes(samples, tmp_path,
                                                                 monkeypatch):
    whole = tmp_path / "whole"
    report = search.write_search_index(samples, whole, HANT_PROFILE)
    assert report.shards >= search.MIN_SHARDS and report.segments > 100
    monkeypatch.setattr(search, "BATCH_CHARS", 2_000)  # dozens of batches of the samples
    monkeypatch.setattr(search, "PASS_CHARS", 1_000)  # and the most passes
    small = tmp_path / "small"
    search.write_search_index(samples, small, HANT_PROFILE)
    assert tree(small) == tree(whole)


def test_shards_do_not_depend_on_the_passes(samples):
    docs = search.search_docs(samples)
    segments = [s for d in docs for s in (d.title, d.byline, *search.body_segments(d.body))]
    table = search.fold_table()
    one = search.build_shards(segments, table, passes=1)
    assert len(one[0]) > 8
    for passes in (2, 4, search.MIN_SHARDS):
        assert search.build_shards(segments, table, passes=passes) == one
