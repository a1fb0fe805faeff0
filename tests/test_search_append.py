"""P11: the search index added to (search_append.py) is the index made whole, byte for byte —
when the new docs come after the last index's, and when they cannot be added (an earlier doc
changed, the index grew into more shards), in which case the index is made whole."""
from __future__ import annotations

import hashlib
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import DOCS_SRC, HANT_PROFILE
from qikan.archive import load_archive
from qikan.site import postings, search, search_append


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def samples():
    return sorted(load_archive(DOCS_SRC), key=lambda r: (r.issue.date or "", r.issue.id))


def index(results, site: Path, last=None, last_site=None):
    return search.write_search_index(results, site, HANT_PROFILE, "fp", last, last_site)


def test_an_issue_added_at_the_newest_end_is_added_to_the_index(samples, tmp_path):
    first = index(samples[:-1], tmp_path / "a")
    assert first.added_to == 0 and first.state.docs
    added = index(samples, tmp_path / "b", first.state, tmp_path / "a")
    whole = index(samples, tmp_path / "w")
    assert added.added_to == sum(len(r.articles) for r in samples[:-1])
    assert tree(tmp_path / "b") == tree(tmp_path / "w")
    assert added.state == whole.state and added.index_bytes == whole.index_bytes
    # the earlier docs' files are the last site's (linked), not written again
    meta = tmp_path / "a" / "search" / "meta" / "0.js"
    assert (tmp_path / "b" / "search" / "meta" / "0.js").stat().st_ino == meta.stat().st_ino
    # and adding again to what was added gives the same
    again = index(samples, tmp_path / "c", added.state, tmp_path / "b")
    assert again.added_to == added.docs and tree(tmp_path / "c") == tree(tmp_path / "w")


def test_a_changed_earlier_doc_makes_the_index_whole(samples, tmp_path):
    first = index(samples, tmp_path / "a")
    oldest = samples[0]
    art = replace(oldest.articles[0], body=oldest.articles[0].body + "\n\n又补记一段话。")
    changed = [replace(oldest, articles=[art, *oldest.articles[1:]]), *samples[1:]]
    got = index(changed, tmp_path / "b", first.state, tmp_path / "a")
    assert got.added_to == 0
    index(changed, tmp_path / "w")
    assert tree(tmp_path / "b") == tree(tmp_path / "w")


def test_an_index_grown_into_more_shards_is_made_whole(samples, tmp_path, monkeypatch):
    # shards so small that the archive's last issue doubles the postings' shard count
    first = index(samples[:-1], tmp_path / "a")
    target = first.state.sizes[0] // first.state.counts[0] + 1
    monkeypatch.setattr(postings, "SHARD_BYTES", target)
    monkeypatch.setattr(search_append, "SHARD_BYTES", target)
    first = index(samples[:-1], tmp_path / "a2")
    got = index(samples, tmp_path / "b", first.state, tmp_path / "a2")
    whole = index(samples, tmp_path / "w")
    assert whole.state.counts[0] > first.state.counts[0]
    assert got.added_to == 0 and tree(tmp_path / "b") == tree(tmp_path / "w")


def test_another_profile_or_code_makes_the_index_whole(samples, tmp_path):
    first = index(samples[:-1], tmp_path / "a")
    other = search.write_search_index(samples, tmp_path / "b", "s2hk", "fp", first.state,
                                      tmp_path / "a")
    assert other.added_to == 0
    code = search.write_search_index(samples, tmp_path / "c", HANT_PROFILE, "fp2", first.state,
                                     tmp_path / "a")
    assert code.added_to == 0


def test_a_postings_run_continues_from_the_old_runs_last_segment():
    old = postings.varints(postings.np.array([3 + 1, 5, 40], postings.np.int64))[0]
    old = old.tobytes().decode("ascii")           # segments 3, 8, 48
    assert search_append.last_segment(old) == 48
    new = postings.varints(postings.np.array([100 + 1, 2], postings.np.int64))[0]
    got = search_append.rebased(new.tobytes().decode("ascii"), 48)  # segments 100, 102
    want = postings.varints(postings.np.array([52, 2], postings.np.int64))[0]
    assert got == want.tobytes().decode("ascii")


def test_a_last_site_without_its_zh_hant_index_makes_the_index_whole(samples, tmp_path):
    first = index(samples[:-1], tmp_path / "a")
    shutil.rmtree(tmp_path / "a" / "zh-Hant" / "search" / "text")
    got = index(samples, tmp_path / "b", first.state, tmp_path / "a")
    index(samples, tmp_path / "w")
    assert got.added_to == 0 and tree(tmp_path / "b") == tree(tmp_path / "w")


def test_big_bigrams_files_are_added_to_and_a_bigram_grown_big_moves_out(samples, tmp_path,
                                                                          monkeypatch):
    # runs so short that hundreds of bigrams are big, and the last issue makes more of them big
    monkeypatch.setattr(postings, "BIG_RUN", 24)
    monkeypatch.setattr(postings, "CONTEXT_RUN", 48)   # and more lose their contexts
    first = index(samples[:-1], tmp_path / "a")
    added = index(samples, tmp_path / "b", first.state, tmp_path / "a")
    whole = index(samples, tmp_path / "w")
    assert added.added_to and tree(tmp_path / "b") == tree(tmp_path / "w")
    before = {p.name for p in (tmp_path / "a" / "search" / "runs").iterdir()}
    after = {p.name for p in (tmp_path / "w" / "search" / "runs").iterdir()}
    assert len(before) > 100 and before < after       # grown big with the last issue
    assert {p.name for p in (tmp_path / "w" / "search" / "runpos").iterdir()} == after
    # the commonest without contexts, the others with (postings.placed)
    kept = [p for p in (tmp_path / "w" / "search" / "runpos").iterdir()
            if "." in p.read_text(encoding="utf-8")[20:]]
    assert 50 < len(kept) < len(after)
    # the densest as bitmaps (postings.postings_file), added to as well
    assert any('"!' in p.read_text(encoding="utf-8")
               for p in (tmp_path / "w" / "search" / "runs").iterdir())


def test_a_big_bigrams_postings_as_a_bitmap_when_shorter():
    # segments 0–3 and 5: five varints (one digit each), or one character of six bits
    run = postings.varints(postings.np.array([1, 1, 1, 1, 2], postings.np.int64))[0]
    run = run.tobytes().decode("ascii")
    assert postings.postings_file(run) == "!" + postings.ALPHABET[0b101111]
    assert postings.postings_run(postings.postings_file(run)) == run
    sparse = postings.varints(postings.np.array([4, 100, 2000], postings.np.int64))[0]
    assert postings.postings_file(sparse.tobytes().decode("ascii")) == \
        sparse.tobytes().decode("ascii")
