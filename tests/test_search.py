"""P4: the search index qikan/search.py writes, read back file by file from a real build."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import opencc
import pytest

from conftest import HANT_PROFILE
from qikan.site.postings import ALPHABET, CONTEXT_BASE
from qikan.site.search import OVERLAP, SEGMENT, body_segments, plain_text
from qikan.text import escape_markdown

CALL = re.compile(r"^qikanSearch\.(\w+)\((.*)\);\n$", re.S)


def registered(path: Path) -> list:
    """The arguments a search script passes to window.qikanSearch.<kind>(…)."""
    m = CALL.match(path.read_text(encoding="utf-8"))
    assert m, path
    return json.loads(f"[{m.group(2)}]")


def varints(s: str) -> list[int]:
    """Base-32 varints (least significant digit first; upper half of ALPHABET continues)."""
    out, value, shift = [], 0, 0
    for ch in s:
        d = ALPHABET.index(ch)
        value += (d % 32) << shift
        if d >= 32:
            shift += 5
        else:
            out.append(value)
            value, shift = 0, 0
    return out


@pytest.fixture(scope="module")
def index(built_site):
    site = built_site["site"]
    manifest = registered(site / "search/index.js")[0]
    table = registered(site / "search/fold.js")[0]
    fold = {table[i]: table[i + 1] for i in range(0, len(table), 2)}
    shards, pos = {}, {}
    for f in (site / "search/shards").glob("*.js"):
        n, text = registered(f)
        shards[n] = text
    for f in (site / "search/pos").glob("*.js"):
        n, text = registered(f)
        pos[n] = text
    firsts, n = [], 0
    blocks = sorted((site / "search/bodies").glob("*.js"), key=lambda f: int(f.stem))
    starts = varints(manifest["blocks"])
    for b, f in enumerate(blocks):
        got, counts = registered(f)
        assert got == b and n == sum(starts[:b + 1])   # each block's first segment
        assert len(varints(counts)) == (manifest["block"] if b + 1 < len(blocks) else
                                        manifest["docs"] - b * manifest["block"])
        for count in varints(counts):
            firsts.append(n)
            n += 2 + count
    return {"site": site, "manifest": manifest, "fold": fold, "shards": shards, "pos": pos,
            "firsts": firsts, "segments": n}


def fold(text: str, table: dict) -> str:
    return "".join(table.get(c, c) for c in text)


def postings(index, bigram: str) -> list[int]:
    a, b = map(ord, bigram)
    text = index["shards"][(a * 7919 + b) % index["manifest"]["shards"]]
    at = text.find(bigram)
    if at < 0:
        return []
    end = at + 2
    while end < len(text) and ord(text[end]) < 128:
        end += 1
    deltas = varints(text[at + 2:end])
    out, prev = [], -1
    for d in deltas:
        prev += d
        out.append(prev)
    return out


def positions(index, bigram: str) -> dict[int, list[int]]:
    """segment → the offsets of `bigram` in it, as search/pos/ gives them."""
    a, b = map(ord, bigram)
    return {seg: [o for o, _, _ in occ] for seg, occ in occurrences(index, bigram).items()}


def occurrences(index, bigram: str) -> dict[int, list[tuple[int, int, int]]]:
    """segment → (offset, the character before, after) of each occurrence of `bigram` in it,
    as search/pos/ gives them (its positions, "." and their contexts: code points less
    CONTEXT_BASE, 0 for none); each segment's place in its article checked on the way."""
    a, b = map(ord, bigram)
    text = index["pos"][(a * 7919 + b) % index["manifest"]["pos"]]
    at = text.find(bigram)
    end = at + 2
    while end < len(text) and ord(text[end]) < 128:
        end += 1
    run, dot, context = text[at + 2:end].partition(".")
    assert dot
    values, around, out, i, n = varints(run), varints(context), {}, 0, 0
    firsts = index["firsts"]
    for seg in postings(index, bigram):
        place, count = values[i], values[i + 1]
        offsets = values[i + 2:i + 2 + count]
        doc = max(d for d in range(len(firsts)) if firsts[d] <= seg)
        assert place == seg - firsts[doc], (bigram, seg)   # 0 title, 1 byline, 2… body
        out[seg] = [(sum(offsets[:k + 1]), around[2 * (n + k)], around[2 * (n + k) + 1])
                    for k in range(count)]
        i += 2 + count
        n += count
    assert i == len(values) and 2 * n == len(around)
    return out


def meta_rows(folder: Path) -> list[list]:
    rows = []
    for n in range(len(list((folder / "meta").glob("*.js")))):
        chunk, part = registered(folder / "meta" / f"{n}.js")
        assert chunk == n
        rows += part
    return rows


def test_both_editions_have_their_own_titles_and_urls(index, split_json):
    site = index["site"]
    hans, hant = meta_rows(site / "search"), meta_rows(site / "zh-Hant/search")
    n_articles = sum(len(d["articles"]) for d in split_json.values())
    assert len(hans) == len(hant) == n_articles == index["manifest"]["docs"]
    s2t = opencc.OpenCC(HANT_PROFILE)
    titles = {f"issues/{d['issue']['id']}/{a['order']:03d}.html": a["title"] or "（无题）"
              for d in split_json.values() for a in d["articles"]}
    for (url, title, *_), (hurl, htitle, *_) in zip(hans, hant):
        assert url == hurl and title.startswith(titles[url])
        assert htitle == s2t.convert(title)
        assert (site / url).is_file() and (site / "zh-Hant" / url).is_file()


def test_every_bigram_of_a_body_is_posted_to_a_segment_that_holds_it(index, split_json):
    site, firsts = index["site"], index["firsts"]
    urls = [row[0] for row in meta_rows(site / "search")]
    rnd = random.Random(7)
    checked = 0
    for data in split_json.values():
        for art in data["articles"]:
            doc = urls.index(f"issues/{data['issue']['id']}/{art['order']:03d}.html")
            body = plain_text(art["body"])
            runs = [(m.start(), m.group()) for m in re.finditer(r"[\u4e00-\u9fff]{2,}", body)]
            for start, run in rnd.sample(runs, min(5, len(runs))):
                i = rnd.randrange(len(run) - 1)
                pos = start + i
                segs = postings(index, fold(run[i:i + 2], index["fold"]))
                # body segment k covers [k*SEGMENT, (k+1)*SEGMENT + OVERLAP)
                holding = {firsts[doc] + 2 + k for k in range(len(body) // SEGMENT + 1)
                           if k * SEGMENT <= pos and pos + 2 <= (k + 1) * SEGMENT + OVERLAP}
                assert holding & set(segs), (art["title"], run[i:i + 2])
                checked += 1
    assert checked > 200


def test_text_files_hold_the_article_bodies_in_both_scripts(index, split_json):
    site, firsts = index["site"], index["firsts"]
    urls = [row[0] for row in meta_rows(site / "search")]
    s2t = opencc.OpenCC(HANT_PROFILE)
    data = split_json["2020-12-jzdx"]
    art = max(data["articles"], key=lambda a: len(a["body"]))
    doc = urls.index(f"issues/2020-12-jzdx/{art['order']:03d}.html")
    first = firsts[doc] + 2
    hans = registered(site / f"search/text/{first}.js")
    hant = registered(site / f"zh-Hant/search/text/{first}.js")
    assert hans[0] == hant[0] == first
    assert plain_text(art["body"]).startswith(hans[1][0][:SEGMENT])
    assert hant[1][0] == s2t.convert(hans[1][0])


def test_fold_table_makes_traditional_and_simplified_one(index, split_json):
    table = index["fold"]
    assert table["黨"] == "党" and table["國"] == "国" and table["體"] == "体"
    assert fold("乾淨", table) == fold("干净", table) and fold("幹部", table) == fold("干部", table)
    assert not set(table.values()) & set(table), "folding twice must change nothing"
    assert all(0x3400 <= ord(c) <= 0xFAFF for c in table)
    # Other OpenCC profiles than the build's fold back to the same text.
    bodies = [plain_text(a["body"]) for d in split_json.values() for a in d["articles"]]
    for profile in {"s2t", "s2tw", "s2hk"} - {HANT_PROFILE}:
        cc = opencc.OpenCC(profile)
        same = [b for b in bodies if len(cc.convert(b)) == len(b)]
        assert len(same) > len(bodies) * 0.9
        diffs = sum(fold(cc.convert(b), table) != fold(b, table) for b in same)
        assert diffs <= len(same) * 0.05, (profile, diffs)


def test_long_bodies_never_split_a_phrase_of_up_to_64_characters(split_json):
    body = max((plain_text(a["body"]) for d in split_json.values() for a in d["articles"]),
               key=len)
    assert len(body) > 5000
    segs = body_segments(body)
    rnd = random.Random(3)
    for _ in range(300):
        size = rnd.randint(2, OVERLAP + 1)
        start = rnd.randrange(len(body) - size)
        assert any(body[start:start + size] in s for s in segs)
    assert "".join(s[:SEGMENT] for s in segs) == body


def test_plain_text_undoes_the_splitters_markdown_escapes():
    for text in ("1. 坚持*党的领导*", "<b>a&amp;b</b> | ~x~ [链接](http://x)", "= 标题", "#话题 \\ 反斜杠"):
        assert plain_text(escape_markdown(text)) == text


def test_materials_search_is_gone_and_its_box_stays(built_site):
    site = built_site["site"]
    assert not (site / "search/search_index.json").exists()
    assert not (site / "search/search_index.js").exists()
    page = (site / "issues/2020-12-jzdx/001.html").read_text(encoding="utf-8")
    # the box's words, from which qikan-search.js builds it (the browser tests use the box)
    words = json.loads(re.search(r'<script type="application/json" id="qikan-search-strings">'
                                 r"(.*?)</script>", page)[1])
    assert words["label"] == "搜索" and [f[0] for f in words["filters"]] == \
        ["year", "pub", "section", "author", "sort"]
    assert 'data-md-component="search' not in page and 'name="search"' not in page
    assert "qikan-search.js" in page
    hant = (site / "zh-Hant/issues/2020-12-jzdx/001.html").read_text(encoding="utf-8")
    assert 'src="../../../assets/javascripts/qikan-search.js"' in hant


def test_hostile_and_empty_archives_give_readable_scripts(tmp_path):
    from qikan.model import Article, IssueMeta, SplitResult
    from qikan.site.search import write_search_index

    empty = write_search_index([SplitResult(IssueMeta(id="empty"), [])], tmp_path / "a")
    assert empty.docs == 0 and registered(tmp_path / "a/search/index.js")[0]["docs"] == 0
    body = escape_markdown('引号"</script><b>\\反斜杠\u2028换行') + "\n\n" + "党建" * 700
    art = Article(id="x-1", order=1, title='标题"</script>', body=body, lines=[],
                  authors=["作者\\"], unit="单位")
    rep = write_search_index([SplitResult(IssueMeta(id="x", date="2020-01"), [art])],
                             tmp_path / "b")
    assert rep.docs == 1 and rep.segments == 2 + -(-len(plain_text(body)) // SEGMENT)
    (url, title, byline, issue, date), = registered(tmp_path / "b/search/meta/0.js")[1]
    assert (url, title, date) == ("issues/x/001.html", '标题"</script>', "2020-01")
    assert byline == "作者\\　单位"
    first, texts = registered(tmp_path / "b/search/text/2.js")
    assert first == 2 and texts[0].startswith('引号"</script><b>\\反斜杠\u2028换行')


def test_positions_are_every_offset_of_a_bigram_in_a_segment(index):
    """Read back from search/pos/: the offsets of a bigram in a body segment are exactly where
    the segment's text (search/text/, folded) has it."""
    site, firsts, pack = index["site"], index["firsts"], index["manifest"]["pack"]
    ends = firsts[1:] + [index["segments"]]
    rnd = random.Random(11)
    checked = 0
    for doc in rnd.sample(range(len(firsts)), 25):
        first = firsts[doc] + 2
        for k in range(ends[doc] - first):
            _, texts = registered(site / "search/text" / f"{first + k - k % pack}.js")
            text = fold(texts[k % pack], index["fold"])
            bigrams = sorted({text[i:i + 2] for i in range(len(text) - 1)
                              if re.fullmatch(r"[\u4e00-\u9fff]{2}", text[i:i + 2])})
            for bigram in rnd.sample(bigrams, min(4, len(bigrams))):
                expected = [i for i in range(len(text) - 1) if text[i:i + 2] == bigram]
                assert positions(index, bigram)[first + k] == expected, (doc, k, bigram)
                # and the characters around each, in the segment (0: none or not Han)
                around = [(i, han_code(text[i - 1]) if i else 0,
                           han_code(text[i + 2]) if i + 2 < len(text) else 0) for i in expected]
                assert occurrences(index, bigram)[first + k] == around, (doc, k, bigram)
                checked += 1
    assert checked > 100


def han_code(ch: str) -> int:
    return ord(ch) - CONTEXT_BASE if re.fullmatch(r"[\u3400-\u9fff]", ch) else 0
