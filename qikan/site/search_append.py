"""Search, added to: the last build's index + the docs added at its end → the same index a
whole build gives, made from the new docs only.

Takes what the last build's index was made of (`SearchState`, kept in the build's state with
the site it describes), that site, and this build's docs; gives the index files of
`search.write_search_index` for a build in which every earlier doc is as it was and the new
ones come after them — the usual republish, one issue added at the archive's newest end. At
100,000 articles making the index whole takes two minutes (every segment's bigrams found and
sorted, every text converted to Traditional); the docs of one issue take a second.

Why the result is the whole build's, byte for byte:
- docs are numbered oldest first (search.search_docs), so the earlier docs keep their numbers
  and segments, and their meta and text files are the same files: they are hard-linked from
  the last site (the last meta chunk, which gets the new docs, is written again);
- a bigram's postings are its segments in ascending order, delta-coded: the new docs' segments
  all come after the old ones, so a bigram's new postings are its old run followed by the new
  segments, the first of them coded as its distance from the old run's last segment
  (`rebased`); its positions are one record per segment, so the new records follow the old;
- a shard holds its bigrams in ascending order (postings.runs_by_shard), so a new bigram is
  put in its place among the old ones;
- the shard counts follow from the index's size (postings.shard_count), which the state keeps;
  the fold table from the character pairs of every text and its conversion, which the state
  keeps too: the old docs' pairs joined with the new docs' are all the docs' pairs.
When one of these does not hold — an earlier doc changed or went, another fold table (a new
pair that joins two classes), another shard count (the index doubled), another profile or
code, a last site without its index — `added_index` gives None and the index is made whole.
The incremental and whole builds are compared byte for byte in tests/test_incremental.py.

Why by hand: the index format is qikan's own (search.py says why); this only extends it.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from .hant import EDITION
from .postings import (DIGIT, CONTEXT, POS_SHARD_BYTES, SHARD_BYTES, STUB, Coded, ShardFiles,
                       placed, postings_run, run_key, runs_by_shard, shard_count, shard_texts, varints)

# A run of a shard: its bigram (two Han characters) and its varints, e.g. "党建1G3…", or a big
# bigram's stub, e.g. "党建.Ab3" (postings.stub)
RUN = re.compile(r"([^\x00-\x7f]{2})([0-9A-Za-z_.-]*)")
# the last site's folders whose files are linked (a site without one is not added to)
LINKED_FOLDERS = ("search/meta", "search/text", "search/shards", "search/pos", "search/runs",
                  "search/runpos", f"{EDITION}/search/meta", f"{EDITION}/search/text")


@dataclass(frozen=True)
class SearchState:
    """What an index was made of: enough for the next build to add docs to it."""
    fingerprint: str        # the build's (state.fingerprint: settings, code, renderers)
    profile: str            # the zh-Hant edition's OpenCC profile
    docs: list[str]         # each doc's digest (`doc_digest`), in number order
    bodies: list[int]       # how many body segments each doc has
    pairs: str              # the fold table's (Simplified, Traditional) pairs, "简簡体體…"
    sizes: list[int]        # postings.coded_size of the postings and of the positions
    counts: list[int]       # their shard counts

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> "SearchState | None":
        try:
            return cls(**data)  # type: ignore[arg-type]
        except TypeError:
            return None


def doc_digest(*fields: object) -> str:
    """A doc's digest, from everything its meta, text and facets are made of (its body, or
    the key of the split it is read from)."""
    return hashlib.sha1(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def kept_docs(last: SearchState | None, digests: list[str], fingerprint: str, profile: str,
              last_site: Path | None) -> int:
    """How many of the docs lead as they were in the last index (0: make it whole)."""
    if (last is None or last_site is None or last.fingerprint != fingerprint
            or last.profile != profile or not last.docs or len(last.docs) > len(digests)
            or digests[:len(last.docs)] != last.docs
            or not (last_site / "search" / "index.js").is_file()
            or not all((last_site / f).is_dir() for f in LINKED_FOLDERS)):
        return 0
    return len(last.docs)


def pair_set(pairs: str) -> set[tuple[str, str]]:
    """SearchState.pairs as a set."""
    return set(zip(pairs[::2], pairs[1::2]))


def linked_files(last: Path, root: Path, folders: dict[str, int | None],
                 skip: set[int] = frozenset()) -> int:
    """Hard-link the files `<folder>/<n>.js` of `last` into `root`, n below the folder's bound
    (None: any) and not in `skip` — the files this build would write the same; the folders
    are made. Their size."""
    size = 0
    for rel, bound in folders.items():
        dst = root / rel
        dst.mkdir(parents=True, exist_ok=True)
        with os.scandir(last / rel) as listing:
            for e in listing:
                stem = e.name[:-3]
                if (e.name.endswith(".js") and stem.isdigit() and int(stem) not in skip
                        and (bound is None or int(stem) < bound)):
                    os.link(e.path, os.path.join(dst, e.name))
                    size += e.stat().st_size
    return size


def added_shards(last_root: Path, coded: tuple[list[Coded], list[Coded], list[Coded]],
                 last: SearchState) -> ShardFiles | None:
    """The last index's files (in `last_root`, its search/ folder) that the new docs' bigrams
    (`coded`, their segments numbered after the last index's) fall in, with those added; None
    when the index grew into other shard counts, or a file is not one of the index's."""
    try:
        files, grown = merged_files(last_root, coded, last.counts)
    except (OSError, ValueError):
        return None
    sizes = [last.sizes[0] + grown[0], last.sizes[1] + grown[1]]
    if [shard_count(sizes[0], SHARD_BYTES), shard_count(sizes[1], POS_SHARD_BYTES)] != last.counts:
        return None
    return ShardFiles(files, sizes, last.counts, True)


def rebased(run: str, last_old: int) -> str:
    """A new postings run (its first varint the first segment + 1) continuing an old run whose
    last segment is `last_old`."""
    d = DIGIT[np.frombuffer(run.encode("ascii"), np.uint8)]
    end = int(np.flatnonzero(d < 32)[0]) + 1           # the first varint's length
    first = int(sum(int(v & 31) << (5 * k) for k, v in enumerate(d[:end]))) - 1
    coded, _ = varints(np.array([first - last_old], np.int64))
    return coded.tobytes().decode("ascii") + run[end:]


def last_segment(run: str) -> int:
    """The last segment of a postings run: the sum of its deltas, less the 1 of the first."""
    d = DIGIT[np.frombuffer(run.encode("ascii"), np.uint8)]
    last = np.flatnonzero(d < 32)
    starts = np.r_[0, last[:-1] + 1]
    place = np.arange(len(d)) - np.repeat(starts, last - starts + 1)
    return int(((d & 31) << (5 * place)).sum()) - 1


def read_shard(path: Path, call: str, shard: int) -> str:
    """The text of a file `qikanSearch.<call>(<shard>,"…");` ("" when there is none)."""
    try:
        data = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    head, tail = f"qikanSearch.{call}({shard},", ");\n"
    if not (data.startswith(head) and data.endswith(tail)):
        raise ValueError(f"{path}: not a shard file")
    return json.loads(data[len(head):-len(tail)])


def merged_files(root: Path, coded: tuple[list[Coded], list[Coded], list[Coded]],
                 counts: list[int]
                 ) -> tuple[list[tuple[str, int, str]], list[int]]:
    """The files of the last index (`root`, its search/ folder) that the new bigrams fall in,
    with the new runs added (postings.placed: a bigram grown big gets files of its own); and
    how much `coded_size` grew, of the postings and of the positions (bytes of runs + 6 per
    new bigram)."""
    new_post, new_pos = runs_by_shard(coded[0], counts[0]), runs_by_shard(coded[1], counts[1])
    post: dict[str, str] = {}   # the touched postings shards: {bigram: run or stub}
    pos: dict[str, str] = {}    # the touched positions shards: {bigram: run, context}
    for shard in new_post:
        for m in RUN.finditer(read_shard(root / "shards" / f"{shard}.js", "shard", shard)):
            post[m.group(1)] = m.group(2)
    for shard in new_pos:
        for m in RUN.finditer(read_shard(root / "pos" / f"{shard}.js", "pos", shard)):
            pos[m.group(1)] = m.group(2)
    added_pos = {run[:2]: run[2:] for runs in new_pos.values() for run in runs}
    added_ctx = {run[:2]: run[2:] for runs in runs_by_shard(coded[2], counts[1]).values()
                 for run in runs}
    files: list[tuple[str, int, str]] = []
    grown = [0, 0]
    for runs in new_post.values():
        for run in runs:
            bigram, new = run[:2], run[2:]
            had, (had_pos, _, had_ctx) = post.get(bigram), pos.get(bigram, "").partition(CONTEXT)
            if had is not None and had.startswith(STUB):   # big: its runs are its own files
                key = run_key(bigram)
                had = postings_run(read_shard(root / "runs" / f"{key}.js", "run", key))
                had_pos, _, had_ctx = read_shard(root / "runpos" / f"{key}.js", "runpos",
                                                 key).partition(CONTEXT)
            merged = new if had is None else had + rebased(new, last_segment(had))
            grown[0] += len(merged) - len(had or "") + (6 if had is None else 0)
            grown[1] += len(added_pos[bigram]) + (6 if had is None else 0)
            files += placed(post, pos, bigram, merged, had_pos + added_pos[bigram],
                            had_ctx + added_ctx[bigram])
    files += [*shard_texts("shards", post, counts[0]), *shard_texts("pos", pos, counts[1])]
    # a positions shard left without a bigram (each grew big) is not a file of this index
    return files + [("pos", n, None) for n in set(new_pos) - {n for f, n, _ in files
                                                               if f == "pos"}], grown
