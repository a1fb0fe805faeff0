"""P1: every sample issue goes end to end, split → Markdown → HTML, with nothing garbled."""
from __future__ import annotations

import re

import yaml

from conftest import DOCS_SRC, SEEDS, run_cli

ARTICLE_FIELDS = {"id": str, "order": int, "title": (str, type(None)),
                  "subtitle": (str, type(None)), "authors": list, "role": (str, type(None)),
                  "unit": (str, type(None)), "writer": (str, type(None)),
                  "section": (str, type(None)), "kind": str, "date": (str, type(None)),
                  "lines": list, "body": str,
                  "confidence": (float, int, type(None))}
KINDS = {"article", "brief", "filler", "editor_note", "fragment"}


def test_five_sample_issues_with_sidecars():
    assert len(SEEDS) == 5
    for txt in SEEDS:
        meta = yaml.safe_load(txt.with_suffix(".yml").read_text(encoding="utf-8"))
        assert meta["id"] == txt.stem and re.fullmatch(r"[a-z0-9-]+", meta["id"])
        assert meta["kind"] in {"magazine", "newspaper", "web"}
        assert re.fullmatch(r"\d{4}-\d\d(-\d\d)?", meta["date"])


def test_split_json_matches_schema(split_json):
    for stem, data in split_json.items():
        assert set(data) == {"issue", "articles", "dropped", "warnings"}
        assert set(data["issue"]) == {"id", "publication", "title", "date", "kind", "source"}
        assert data["issue"]["id"] == stem
        assert data["articles"], stem
        for n, art in enumerate(data["articles"], 1):
            assert list(art) == list(ARTICLE_FIELDS)
            for key, typ in ARTICLE_FIELDS.items():
                assert isinstance(art[key], typ), (stem, key, art[key])
            assert art["order"] == n and art["kind"] in KINDS
            assert all(isinstance(x, str) for x in art["authors"])
            for first, last in art["lines"]:
                assert 1 <= first <= last
        for d in data["dropped"]:
            assert set(d) == {"line", "text", "reason"} and d["reason"]
        for w in data["warnings"]:
            assert set(w) == {"line", "code", "message"}


def test_body_joins_hard_wrapped_han_lines(split_json):
    """A sentence wrapped over two lines in the source is one run of text in the body."""
    bodies = "".join(a["body"] for a in split_json["2020-12-jzdx"]["articles"])
    # source lines 5-6: "…关键一环,也" / "是推进国家治理能力…"
    assert "关键一环，也是推进国家治理能力现代化" in bodies
    assert "\n是推进" not in bodies


def test_one_page_per_article_and_an_index_per_issue(built_site, split_json):
    docs, site = built_site["docs"], built_site["site"]
    for stem, data in split_json.items():
        pages = sorted((docs / "issues" / stem).glob("[0-9]*.md"))
        assert len(pages) == len(data["articles"])
        assert (site / "issues" / stem / "index.html").exists()
        assert len(list((site / "issues" / stem).glob("[0-9]*.html"))) == len(data["articles"])


def test_front_matter_carries_the_fields(built_site, split_json):
    for stem, data in split_json.items():
        for art in data["articles"]:
            text = (built_site["docs"] / "issues" / stem / f"{art['order']:03d}.md").read_text("utf-8")
            head = yaml.safe_load(text.split("---\n")[1])
            assert head["title"] == art["title"]
            assert head["issue"] == stem and head["order"] == art["order"]
            assert head["kind"] == art["kind"]
            assert head.get("authors", []) == art["authors"]
            for key in ("unit", "date", "section", "role", "writer"):
                assert head.get(key) == art[key], (stem, key)


def test_chinese_sentences_survive_byte_for_byte(built_site):
    """Sentences picked from each seed (one source line each) appear verbatim in the HTML."""
    html = "".join(p.read_text("utf-8") for p in built_site["site"].rglob("*.html"))
    picked = 0
    for txt in SEEDS:
        lines = [l.strip() for l in txt.read_text("utf-8").splitlines()]
        # whole sentences that sit inside one line: between two full stops on the same line
        sentences = [s for l in lines for s in re.findall(r"(?<=。)[^。“”\s]{12,40}。", l)
                     if "," not in s and ":" not in s and "(" not in s]
        assert sentences, txt.name
        for s in sentences[:: max(1, len(sentences) // 5)][:5]:
            assert s in html, (txt.name, s)
            picked += 1
    assert picked >= 15


def test_not_text_input_gets_one_error_line(tmp_path):
    for name, data in {"empty.txt": b"", "blank.txt": b" \n\t\r\n",
                       "binary.txt": bytes(range(256)) * 40}.items():
        f = tmp_path / name
        f.write_bytes(data)
        r = run_cli("split", str(f), "--json")
        assert r.returncode == 2, name
        assert r.stdout == ""
        err = r.stderr.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("error: ") and name in err[0], r.stderr


def test_missing_file_gets_one_error_line(tmp_path):
    r = run_cli("split", str(tmp_path / "nope.txt"), "--json")
    assert r.returncode == 2 and "nope.txt" in r.stderr and "Traceback" not in r.stderr


def test_source_files_are_the_seeds_byte_for_byte():
    seeds = DOCS_SRC.parent.parent / "shared" / "seeds"
    if seeds.is_dir():
        theirs = sorted(p.read_bytes() for p in seeds.glob("*.txt"))
        assert theirs == sorted(p.read_bytes() for p in SEEDS)
