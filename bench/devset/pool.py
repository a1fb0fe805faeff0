"""The sentence pool of the development corpus: the samples' own body sentences.

Takes docs_src/*.txt and the gold in tests/fixtures/gold (through the GOLD_OF mapping of
tests/conftest.py, repeated here so this module needs no pytest); gives sentences.txt, one
sentence a line, which typeset.py recombines into synthetic articles. The pool is a committed
file so that a change to a sample does not silently change the corpus; rebuild it with
`python bench/devset/pool.py` and regenerate the corpus after.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
POOL = Path(__file__).resolve().parent / "sentences.txt"
GOLD_OF = {"2020-12-jzdx": "000", "2015-10-nxdj": "001", "2022-06-rmrb": "002",
           "2020-09-jlzz": "003", "2018-03-syjg": "004"}
# a sentence ends at 。！？ (optionally followed by a closing quote): 党是最高的政治领导力量。”
SENTENCE = re.compile(r"[^。！？]+[。！？]”?")
# a sentence that opens with its own heading number: 三、… （一）… 1.…
NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+[.、．])")
# what a clean body sentence is made of: Han, digits, full-width punctuation
CLEAN = re.compile(r"[\u4e00-\u9fff0-9０-９，、：；“”‘’《》（）。！？—％%·]+")
HALF_TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"})


def body_text(lines: list[str], art: dict) -> str:
    """The lines start_line..end_line of one gold article, unwrapped."""
    part = lines[art["start_line"] - 1:art["end_line"]]
    return "".join(x.strip() for x in part).translate(HALF_TO_FULL).replace(" ", "")


def sentences() -> list[str]:
    seen, out = set(), []
    for stem, gid in GOLD_OF.items():
        lines = (ROOT / "docs_src" / f"{stem}.txt").read_text("utf-8").split("\n")
        gold = yaml.safe_load(next((ROOT / "tests/fixtures/gold").glob(gid + "_*.yml")).read_text("utf-8"))
        for art in gold["articles"]:
            if art.get("kind") not in ("article", "brief", "editor_note"):
                continue
            for s in SENTENCE.findall(body_text(lines, art)):
                s = s.lstrip("”’）》，、；：")
                n_han = len(re.findall(r"[\u4e00-\u9fff]", s))
                if (18 <= n_han <= 70 and CLEAN.fullmatch(s) and s not in seen and not NUMBERED.match(s)
                        and s.count("“") == s.count("”") and s.count("《") == s.count("》")
                        and s.count("（") == s.count("）")):
                    seen.add(s)
                    out.append(s)
    return distinct(out)


def distinct(sents: list[str]) -> list[str]:
    """Drop a sentence that repeats another's first or last 15 Han characters or lies inside
    another, so that a gold body_head/body_tail points at one place of an issue."""
    han = [re.sub(r"[^\u4e00-\u9fff]", "", s) for s in sents]
    seen_ends, out = set(), []
    for i, (s, h) in enumerate(zip(sents, han)):
        if h[:15] in seen_ends or h[-15:] in seen_ends:
            continue
        if any(h in o for j, o in enumerate(han) if j != i and len(o) > len(h)):
            continue
        seen_ends.update((h[:15], h[-15:]))
        out.append(s)
    return out


if __name__ == "__main__":
    sents = sentences()
    POOL.write_text("\n".join(sents) + "\n", "utf-8")
    print(f"{len(sents)} sentences → {POOL}")
