"""P11: the search index is built in batches of text and passes over the bigrams, and its
zh-Hant edition some articles at a time, so its memory stays bounded as the archive grows — and
it is the same index, byte for byte (postings, positions, texts, both editions), whatever the
batch, pass and edition sizes."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import DOCS_SRC, HANT_PROFILE
from qikan.archive import load_archive
from qikan.site import fold, postings, search


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def samples():
    return load_archive(DOCS_SRC)


def search_segments(samples=None):
    docs = search.search_docs(samples or load_archive(DOCS_SRC))
    return [s for d in docs for s in (d.title, d.byline, *search.body_segments(d.body))]


@pytest.fixture(scope="module")
def segments(samples):
    return search_segments(samples)


def test_batches_cover_every_text_once_in_order():
    texts = ["甲" * n for n in (5, 1, 7, 3, 0, 9, 2)]
    got = list(postings.batches(texts, chars=8))
    assert [t for _, batch in got for t in batch] == texts
    assert [first for first, _ in got] == [0, 2, 3, 5, 6]
    assert all(sum(len(t) + 1 for t in batch[:-1]) <= 8 for _, batch in got)


def test_the_index_is_the_same_in_small_batches_and_many_passes(samples, segments, tmp_path,
                                                                 monkeypatch):
    whole = tmp_path / "whole"
    report = search.write_search_index(samples, whole, HANT_PROFILE)
    assert report.shards >= postings.MIN_SHARDS and report.segments > 100
    assert postings.passes_for(segments) == 1
    monkeypatch.setattr(postings, "BATCH_CHARS", 2_000)  # dozens of batches of the samples
    monkeypatch.setattr(postings, "PASS_CHARS", 1_000)  # and the most passes
    monkeypatch.setattr(search, "HANT_DOCS", search.CHUNK * 2)  # zh-Hant, 32 docs at a time
    assert len(list(postings.batches(segments))) > 24
    assert postings.passes_for(segments) == postings.MAX_PASSES > postings.MIN_SHARDS
    small = tmp_path / "small"
    search.write_search_index(samples, small, HANT_PROFILE)
    got, want = tree(small), tree(whole)
    assert sum(f.startswith("search/pos/") for f in want) >= postings.MIN_SHARDS
    assert sum(f.startswith("search/shards/") for f in want) >= postings.MIN_SHARDS
    assert any(f.startswith("zh-Hant/search/text/") for f in want)
    assert got == want


@pytest.mark.parametrize("big_run", [postings.BIG_RUN, 24])
def test_shards_and_positions_do_not_depend_on_the_passes(segments, big_run, monkeypatch):
    monkeypatch.setattr(postings, "BIG_RUN", big_run)   # 24: hundreds of big bigrams' files
    table = fold.fold_table()
    def shards(passes):
        got = postings.whole_shards(postings.coded_bigrams(segments, table, passes=passes))
        return {(f, n): t for f, n, t in got.files}, got.sizes, got.counts
    one = shards(1)
    for folder in ("shards", "pos") + (("runs", "runpos") if big_run == 24 else ()):
        assert sum(f == folder for f, _ in one[0]) > 8
    for passes in (2, 4, postings.MIN_SHARDS, postings.MAX_PASSES):
        assert shards(passes) == one


def test_more_passes_than_the_index_has_shards_share_them():
    """MAX_PASSES passes over text whose index has MIN_SHARDS postings shards (fewer than the
    passes): each shard holds the bigrams of two passes, all of them, written once."""
    segs = search_segments()[:100]
    table = fold.fold_table()
    def shards(passes):
        got = postings.whole_shards(postings.coded_bigrams(segs, table, passes=passes))
        return [(f, n, t) for f, n, t in got.files], got.counts
    one, counts = shards(1)
    assert counts[0] == postings.MIN_SHARDS < postings.MAX_PASSES
    many, _ = shards(postings.MAX_PASSES)
    assert len(many) == len({(f, n) for f, n, _ in many})    # no shard written twice
    assert sorted(many) == sorted(one)


def test_a_phrase_found_in_passes_is_where_the_text_has_it():
    # two segments; 学习 occurs twice in the second, at offsets 0 and 4
    segs = ["认真学习", "学习、再学习"]
    got = postings.whole_shards(postings.coded_bigrams(segs, {}, passes=postings.MIN_SHARDS))
    files = list(got.files)
    post = {n: t for f, n, t in files if f == "shards"}
    pos = {n: t for f, n, t in files if f == "pos"}
    shard = int(postings.shard_of(ord("学"), ord("习"), got.counts[0]))
    run = post[shard].split("学习")[1]
    # segments 0 and 1 as deltas+1 (1, then 1): one digit each, the bigram's run ends there
    assert run[:2] == "11"
    shard = int(postings.shard_of(ord("学"), ord("习"), got.counts[1]))
    # segment 0: place 0, once at 2; segment 1: place 0, twice, at 0 then 4 (a step of 4)
    assert pos[shard].split("学习")[1][:7] == "0120204"


@pytest.mark.parametrize("piece", [7, 1000])
def test_contexts_coded_in_pieces_are_the_same(segments, piece, monkeypatch):
    # contexts for bigrams of up to 3 chars of postings: many keep none, some at a pass's end
    monkeypatch.setattr(postings, "CONTEXT_RUN", 3)
    whole = postings.coded_bigrams(segments, {}, passes=4)[2]
    monkeypatch.setattr(postings, "CONTEXT_PIECE", piece)
    pieces = postings.coded_bigrams(segments, {}, passes=4)[2]
    assert any(c.starts[-1] == len(c.raw) for c in whole)
    assert [(c.raw, c.starts.tolist()) for c in pieces] == \
        [(c.raw, c.starts.tolist()) for c in whole]
