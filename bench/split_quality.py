#!/usr/bin/env python3
"""Split quality (P10): F1, metadata and conservation of the automatic split on the samples,
on the tune part and on the held-out part of the development corpus (bench/devset), and on the
hand-written blind corpus bench/wild, per layout, with the shared scorer's own `score_file`; and
the flag recall of `check` once articles carry a `confidence`. bench/wildtune is a second corpus
written by hand the same way, later and by other hands, to tune on (part `wildtune`).

The splitter runs in this process (one import, `split_json` below), so the whole corpus takes
seconds. Figures are averaged per file as score_split.py averages them: F1, metadata = the
mean of title/authors/unit/section agreement on clean matches times recall, conservation.
The held-out part and the wild part are for reporting only: never tune the splitter on them.

    .venv/bin/python bench/split_quality.py                # the table
    .venv/bin/python bench/split_quality.py -v             # per file, unmatched items, metadata misses
    .venv/bin/python bench/split_quality.py --part tune --layout cnki -v
    .venv/bin/python bench/split_quality.py --part wild -v     # the blind corpus, per file
    .venv/bin/python bench/split_quality.py --part wildtune -v # the hand-written one to tune on
"""
from __future__ import annotations

import argparse
import importlib.util
import inspect
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "devset"))

from goldcheck import decode, han  # noqa: E402

SHARED = ROOT.parent.parent / "shared"  # /work/shared next to the worktrees, when present
CORPUS = ROOT / "bench" / "devset" / "corpus"
WILD = ROOT / "bench" / "wild"  # hand-written, never tuned on; layout from each gold's issue.notes
WILDTUNE = ROOT / "bench" / "wildtune"  # hand-written the same way later, to tune on
# sample gold id → the layout it stands for (the five sample layouts of the corpus)
SAMPLE_LAYOUT = {"000": "school", "001": "province", "002": "page", "003": "city", "004": "web"}
# docs_src stem → gold id (as tests/conftest.py GOLD_OF)
GOLD_OF = {"2020-12-jzdx": "000", "2015-10-nxdj": "001", "2022-06-rmrb": "002",
           "2020-09-jlzz": "003", "2018-03-syjg": "004"}



def split_json(data: bytes, path: str) -> dict:
    """The automatic split of one issue as `split FILE --json` gives it (no sidecar, the id
    made from the file name as the CLI makes it). The one place that knows where the splitter
    lives."""
    from qikan.intake import file_id
    from qikan.sidecar import parse_sidecar
    from qikan.split.pipeline import split_source
    ident = file_id(Path(path).name)[:60].strip("-") or "issue"
    return split_source(data, path, parse_sidecar("", "", ident)).to_json()


def load_scorer():
    """score_file of tests/fixtures/score_split.py, checked against the shared scorer's."""
    spec = importlib.util.spec_from_file_location("score_split", ROOT / "tests/fixtures/score_split.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    shared = SHARED / "tools" / "score_split.py"
    if shared.exists():
        text = shared.read_text("utf-8")
        if inspect.getsource(mod.score_file) not in text:
            sys.exit("tests/fixtures/score_split.py: score_file differs from the shared scorer's; copy it again")
    return mod.score_file


def sample_cases() -> list[tuple[str, str, Path, dict]]:
    """(part, layout, source path, gold) of the five samples."""
    out = []
    if (SHARED / "gold").is_dir() and (SHARED / "seeds").is_dir():
        for g in sorted((SHARED / "gold").glob("*.yml")):
            gold = yaml.safe_load(g.read_text("utf-8"))
            out.append(("samples", SAMPLE_LAYOUT[g.stem[:3]], SHARED / "seeds" / gold["source"], gold))
    else:
        for stem, gid in GOLD_OF.items():
            g = next((ROOT / "tests/fixtures/gold").glob(gid + "_*.yml"))
            out.append(("samples", SAMPLE_LAYOUT[gid], ROOT / "docs_src" / f"{stem}.txt",
                        yaml.safe_load(g.read_text("utf-8"))))
    return out


def corpus_cases(part: str, where: Path = CORPUS) -> list[tuple[str, str, Path, dict]]:
    out = []
    for g in sorted((where / part / "gold").glob("*.yml")):
        gold = yaml.safe_load(g.read_text("utf-8"))
        out.append((part, g.stem.rsplit("-", 1)[0], where / part / "src" / gold["source"], gold))
    return out


def wild_cases(part: str = "wild", root: Path = WILD) -> list[tuple[str, str, Path, dict]]:
    """(part, layout, source path, gold) of a hand-written corpus (the blind one by default)."""
    sys.path.insert(0, str(WILD))
    from check_gold import corpus, layout_of
    return [(part, layout_of(gold) or "?", src, gold) for _, src, gold in corpus(root)]


def clean_matches(gold: dict, pred: dict) -> set[int]:
    """Indices of the predicted articles that match one required gold item 1:1 — the rule of
    score_file, which does not return them (kept in step with it by hand)."""
    garts = gold["articles"]
    req = {j for j, g in enumerate(garts) if g.get("kind", "article") in REQUIRED}
    covers = covered(gold, pred)
    out = set()
    for i, c in enumerate(covers):
        creq = [j for j in c if j in req]
        if len(creq) == 1 and sum(creq[0] in cc for cc in covers) == 1:
            out.add(i)
    return out


def set_aside(gold: dict, pred: dict) -> set[int]:
    """Indices of the predicted articles that hold exactly one gold item the scorer does not
    require (a filler, a fragment of another issue) and no other: not split wrongly, and not
    counted either way in the flag figures."""
    garts = gold["articles"]
    return {i for i, c in enumerate(covered(gold, pred))
            if len(c) == 1 and garts[c[0]].get("kind", "article") not in REQUIRED}


# the gold kinds the scorer requires a match for
REQUIRED = ("article", "brief", "editor_note")


def covered(gold: dict, pred: dict) -> list[list[int]]:
    """Per predicted article, the gold items whose body head and tail its body holds."""
    garts = gold["articles"]
    return [[j for j, g in enumerate(garts) if g.get("body_head") and g["body_head"] in b
             and g.get("body_tail") and g["body_tail"] in b]
            for b in (han(a.get("body", "")) for a in pred.get("articles", []))]


def run(cases, score_file, verbose: bool) -> list[dict]:
    rows = []
    for part, layout, src, gold in cases:
        raw = src.read_bytes()
        text = decode(raw)
        try:
            pred = split_json(raw, str(src))
            r = score_file(gold, pred, text)
        except Exception as e:  # a crash scores zero, as in score_split.py
            print(f"{part}/{src.stem}: ERROR {type(e).__name__}: {e}")
            rows.append(dict(part=part, layout=layout, f1=0.0, meta=0.0, conserve=0.0, n=len(gold["articles"]),
                             conf=None))
            continue
        meta = sum(r["meta"].values()) / 4 * r["recall"]
        arts = pred.get("articles", [])
        conf = None
        if arts and all("confidence" in a for a in arts):
            right = clean_matches(gold, pred)
            aside = set_aside(gold, pred) - right
            conf = [(a["confidence"], i in right) for i, a in enumerate(arts) if i not in aside]
        rows.append(dict(part=part, layout=layout, f1=r["f1"], meta=meta, conserve=r["conserve"],
                         n=r["n_gold"], conf=conf))
        if verbose:
            print(f"{part}/{src.stem}: gold={r['n_gold']} pred={r['n_pred']} P={r['precision']:.2f} "
                  f"R={r['recall']:.2f} F1={r['f1']:.2f} " + " ".join(f"{k}={v:.2f}" for k, v in r["meta"].items())
                  + f" conserve={r['conserve']:.3f}")
            for u in r["unmatched"]:
                print(f"  unmatched: {u}")
            for m in r["misses"]:
                print(m)
    return rows


def line(label: str, rows: list[dict], width: int = 18) -> str:
    n = len(rows) or 1
    avg = {k: sum(x[k] for x in rows) / n for k in ("f1", "meta", "conserve")}
    return (f"{label:<{width}} {len(rows):>5} {sum(x['n'] for x in rows):>6}  "
            f"F1={avg['f1']:.3f} meta={avg['meta']:.3f} conserve={avg['conserve']:.3f}")


def flag_line(rows: list[dict], threshold: float) -> str:
    if any(x["conf"] is None for x in rows):
        return "check flags: not measured yet (the split JSON has no `confidence` per article)"
    pairs = [p for x in rows for p in x["conf"]]
    wrong = [c for c, ok in pairs if not ok]
    right = [c for c, ok in pairs if ok]
    rec = sum(c < threshold for c in wrong) / (len(wrong) or 1)
    false = sum(c < threshold for c in right) / (len(right) or 1)
    return (f"check flags (confidence < {threshold}): {rec:.0%} of {len(wrong)} wrong articles, "
            f"{false:.0%} of {len(right)} right ones")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("samples", "tune", "heldout", "wild", "wildtune", "extra"), action="append")
    ap.add_argument("--extra", type=Path, metavar="DIR",
                    help="part `extra`: DIR/extra/{src,gold}, further issues the typesetter set "
                         "(typeset.set_issue(layout, k, pool) for k ≥ 6: bench/devset/extra.py "
                         "writes them, or typed as people type), scored like tune")
    ap.add_argument("--layout", action="append", help="only these layouts")
    from qikan.split.confidence import FLAG_BELOW  # the threshold `check` uses
    ap.add_argument("--threshold", type=float, default=FLAG_BELOW)
    ap.add_argument("-v", action="store_true", help="per file: unmatched gold items, metadata misses")
    a = ap.parse_args()
    parts = a.part or ["samples", "tune", "wildtune", "heldout", "wild"]
    score_file = load_scorer()
    source = {"samples": sample_cases, "wild": wild_cases,
              "wildtune": lambda: wild_cases("wildtune", WILDTUNE) if WILDTUNE.is_dir() else [],
              "extra": lambda: corpus_cases("extra", a.extra) if a.extra else []}
    cases = [c for p in parts for c in (source[p]() if p in source else corpus_cases(p))
             if not a.layout or c[1] in a.layout]
    t0 = time.perf_counter()
    rows = run(cases, score_file, a.v)
    secs = time.perf_counter() - t0
    by = defaultdict(list)
    for x in rows:
        by[(x["part"], x["layout"])].append(x)
    for tuned in ("tune", "wildtune", "extra"):
        if tuned in parts:
            print(f"{tuned} per layout:")
            for (p, lay), xs in sorted(by.items()):
                if p == tuned:
                    print("  " + line(lay, xs, 16))
    print(f"{'part / layout':<18} {'files':>5} {'items':>6}  (split in process: {secs:.1f} s)")
    for p in parts:
        print(line(p, [x for x in rows if x["part"] == p]))
        if p in ("heldout", "wild"):
            for (pp, lay), xs in sorted(by.items()):
                if pp == p:
                    print("  " + line(lay, xs, 16))
    print(flag_line(rows, a.threshold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
