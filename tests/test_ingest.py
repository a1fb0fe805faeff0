"""P9: encodings, line ends and not-text inputs; sidecar validation. Bad input → one line on
stderr naming the file (and line), exit 2, nothing on stdout."""
from __future__ import annotations

import codecs
import json

import opencc
import pytest

from conftest import DOCS_SRC, SEEDS, run_cli
from qikan.split.ingest import InputError, decode_issue, read_issue_lines, split_lines
from qikan.sidecar import parse_sidecar
from qikan.split.pipeline import split_source

SEED = DOCS_SRC / "2018-03-syjg.txt"  # the smallest seed: 51 lines
TEXT = SEED.read_text("utf-8")
# Traditional text as a Taiwanese editor's Big5 file holds it: characters Big5 lacks dropped
TRAD = "".join(c for c in opencc.OpenCC("s2tw").convert(TEXT)
               if c == "\n" or c.encode("big5", "ignore"))


def one_error(r, name: str, *words: str) -> str:
    """The single `error:` line of a refused input, checked."""
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert r.stdout == "" and "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and name in lines[0], r.stderr
    assert " — " in lines[0], "no advice on what to do: " + lines[0]
    for w in words:
        assert w in lines[0], (w, lines[0])
    return lines[0]


@pytest.mark.parametrize("name,data,encoding", [
    ("utf8", TEXT.encode(), "utf-8"),
    ("utf8-bom", codecs.BOM_UTF8 + TEXT.encode(), "utf-8"),
    ("gb18030", TEXT.encode("gb18030"), "gb18030"),
    ("utf16le-bom", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
    ("utf16be-bom", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
    ("utf16le-no-bom", TEXT.encode("utf-16-le"), "utf-16-le"),
])
def test_encodings_decode_to_the_same_text(name, data, encoding):
    text, enc = decode_issue(data, name)
    assert (text, enc) == (TEXT, encoding)


def test_gbk_subset_is_read_as_gb18030():
    gbk = TEXT.replace("\xa0", " ")  # GBK has no no-break space
    text, enc = decode_issue(gbk.encode("gbk"), "gbk.txt")
    assert text == gbk and enc == "gb18030"


def test_big5_is_not_mistaken_for_gb18030():
    """Big5 bytes also decode as GB18030 (into other characters): the ranking must pick Big5."""
    data = TRAD.encode("big5")
    assert data.decode("gb18030") != TRAD  # the ambiguity is real
    text, enc = decode_issue(data, "big5.txt")
    assert enc == "big5" and text == TRAD
    assert "黨" in text and "党" not in text


@pytest.mark.parametrize("start", [0, 300, 1200, 1800])
def test_short_big5_and_gb_snippets(start):
    """Even 40 characters (a one-paragraph notice) are told apart."""
    trad, simp = TRAD[start:start + 40], TEXT[start:start + 40]
    assert decode_issue(trad.encode("big5"), "t.txt") == (trad, "big5")
    assert decode_issue(simp.encode("gb18030"), "s.txt")[0] == simp


def test_every_seed_survives_every_encoding():
    for txt in SEEDS:
        text = txt.read_text("utf-8")
        for enc, bom in (("utf-8", codecs.BOM_UTF8), ("gb18030", b""),
                         ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)):
            assert decode_issue(bom + text.encode(enc), txt.name)[0] == text, (txt.name, enc)


def test_crlf_and_lone_cr_give_the_same_lines_and_numbers():
    lf = split_lines(TEXT)
    assert split_lines(TEXT.replace("\n", "\r\n")) == lf
    assert split_lines(TEXT.replace("\n", "\r")) == lf


def test_split_is_the_same_whatever_the_encoding_and_line_ends():
    meta = lambda: parse_sidecar("", "", "x")  # noqa: E731
    want = split_source(TEXT.encode(), "a.txt", meta()).to_json()
    for data in (TEXT.replace("\n", "\r\n").encode("gb18030"),
                 codecs.BOM_UTF16_LE + TEXT.replace("\n", "\r").encode("utf-16-le")):
        assert split_source(data, "b.txt", meta()).to_json() == want


def test_a_few_nul_bytes_are_removed_not_kept():
    data = TEXT.encode().replace("。".encode(), "。\x00".encode(), 5)
    lines = read_issue_lines(data, "nul.txt")
    assert "\x00" not in "".join(l.text for l in lines)
    assert [l.text for l in lines] == [l.text for l in split_lines(TEXT)]


@pytest.mark.parametrize("name,data,words", [
    ("empty.txt", b"", ["文件是空的"]),
    ("blank.txt", b" \r\n\t\n  \n", ["只有空白"]),
    ("blank-fullwidth.txt", "\u3000\u3000\n\u3000".encode(), ["只有空白"]),
    ("blank-utf16.txt", codecs.BOM_UTF16_LE + " \n \n".encode("utf-16-le"), ["只有空白"]),
    ("binary.txt", bytes(range(256)) * 40, ["二进制文件"]),
    ("zip.txt", b"PK\x03\x04" + bytes(range(256)) * 8, ["二进制文件"]),
    ("english.txt", b"Minutes of the meeting.\nNothing in Chinese here.\n", ["找不到汉字"]),
    ("broken-utf8.txt", TEXT.encode()[:3001] + TEXT.encode()[3003:], ["UTF-8", "字节"]),
    ("bad-bom.txt", codecs.BOM_UTF8 + TEXT.encode("gb18030"), ["字节顺序标记"]),
])
def test_not_an_issue_gets_one_error_line(tmp_path, name, data, words):
    f = tmp_path / name
    f.write_bytes(data)
    one_error(run_cli("split", str(f), "--json"), name, *words)


def test_broken_utf8_names_the_line():
    data = TEXT.encode()
    cut = data.index("基层".encode()) + 1  # inside a character
    line = data[:cut].count(b"\n") + 1
    with pytest.raises(InputError) as e:
        read_issue_lines(data[:cut] + data[cut + 1:], "cut.txt")
    assert e.value.line == line


def test_line_of_a_hundred_thousand_characters(tmp_path):
    """Lines as long as a PDF extractor that lost every line break makes: kept whole."""
    long_han = "党的建设要坚持不懈，" * 10_000
    text = f"学习贯彻党的二十大精神\n本刊记者 张三\n{long_han}。\n" + "测" * 100_000 + "\n"
    f = tmp_path / "long.txt"
    f.write_bytes(text.encode("utf-8"))
    r = run_cli("split", str(f), "--json")
    assert r.returncode == 0, r.stderr
    bodies = "".join(a["body"] for a in json.loads(r.stdout)["articles"])
    assert long_han in bodies and "测" * 100_000 in bodies


# --- sidecars -------------------------------------------------------------------------------

def split_with_sidecar(tmp_path, sidecar: str | bytes, name: str = "2018-03-syjg"):
    txt = tmp_path / f"{name}.txt"
    txt.write_bytes(SEED.read_bytes())
    side = txt.with_suffix(".yml")
    side.write_bytes(sidecar if isinstance(sidecar, bytes) else sidecar.encode())
    return run_cli("split", str(txt), "--json")


@pytest.mark.parametrize("sidecar,line,words", [
    ("id: x\nkind: [magazine\n", 2, ["括号没有闭合", "第 7 列"]),
    ("id: x\npublication: 宁夏党建: 第10期\n", 2, ["值里有半角冒号", "加上引号"]),
    ("id: x\n\tkind: magazine\n", 2, ["Tab"]),
    ("id: x\npublisher: 宁夏党建\n", 2, ["未知的键 'publisher'", "可用的键：articles, date",
                                        "是不是 publication"]),
    ("id: x\nnote: yes\n", 2, ["note 应是文字", "加引号"]),
    ("id: x\nkind: [magazine]\n", 2, ["kind 应是文字"]),
    ("id: x\ntitle:\n  a: b\n", 2, ["title 应是文字", "映射"]),
    ("id: x\narticles: all\n", 2, ["articles 应是列表"]),
    ("id: x\nkind: journal\n", 2, ["kind 'journal' 不认识", "magazine, newspaper, web"]),
    ("id: x\ndate: 2015.10\n", 2, ["date 是数字"]),
    ("id: x\ndate: \"2015-13\"\n", 2, ["不是日期", "YYYY-MM"]),
    ("id: x\nkind: magazine\nid: y\n", 3, ["'id' 写了两次（第一次在第 1 行）"]),
    ("id: ../../etc\n", 1, ["期刊 id '../../etc' 不合规"]),
    ("id: a/b\n", 1, ["不合规"]),
    ("id: 2015-10-NXDJ\n", 1, ["不合规", "小写"]),
    ("id: 期刊\n", 1, ["不合规"]),
    ("id: x\nnote: !!python/object/apply:os.system [\"touch /tmp/qikan-pwned\"]\n", 2,
     ["不允许 YAML 标签"]),
    ("- id: x\n", 1, ["映射"]),
    ("id: x\narticles:\n  - lines: [[1, 5]]\n    titel: 标题\n", 4,
     ["第 1 篇文章：未知的键 'titel'（是不是 title？）", "可用的键"]),
    ("id: x\narticles:\n  - lines: [[1, 5]]\n  - lines: [[9, 6]]\n", 4,
     ["第 2 篇文章：lines 应写成", "1 <= 起 <= 止"]),
    ("id: x\narticles:\n  - lines: [[1, 5]]\n  - lines: 7\n", 4, ["第 2 篇文章：lines 应是列表"]),
    ("id: x\narticles:\n  - lines: [[1, 5]]\n    authors: 张三\n", 4,
     ["第 1 篇文章：authors 应是列表"]),
    ("id: x\narticles:\n  - lines: [[1, 5]]\n    kind: essay\n", 4, ["kind 'essay' 不认识"]),
    ("id: x\narticles:\n  - 标题\n", 3, ["第 1 篇文章不是映射"]),
    ("id: x\narticles:\n  - lines: [[1, 5]]\n    title: 甲\n  - lines: [[40, 60]]\n    title: 乙\n",
     5, ["第 2 篇文章（乙）", "超出了", "共 51 行"]),
    ("id: x\narticles:\n  - lines: [[1, 20]]\n    title: 甲\n  - lines: [[15, 30]]\n    title: 乙\n",
     5, ["第 2 篇文章（乙）", "重叠", "甲", "第 15 行"]),
])
def test_bad_sidecar_gets_one_error_line_with_its_line(tmp_path, sidecar, line, words):
    err = one_error(split_with_sidecar(tmp_path, sidecar), "2018-03-syjg.yml", *words)
    assert f"2018-03-syjg.yml:{line}:" in err, err


def test_sidecar_cannot_run_code(tmp_path):
    flag = tmp_path / "pwned"
    side = f"id: x\nnote: !!python/object/apply:os.system [\"touch {flag}\"]\n"
    split_with_sidecar(tmp_path, side)
    assert not flag.exists()


def test_unsafe_file_name_without_sidecar_id(tmp_path):
    txt = tmp_path / "Issue 10.txt"
    txt.write_bytes(SEED.read_bytes())
    txt.with_suffix(".yml").write_text("kind: magazine\n", "utf-8")
    one_error(run_cli("build", "--src", str(tmp_path), "--out", str(tmp_path / "site"),
                      "--work", str(tmp_path / "work"), "--dist", str(tmp_path / "dist")),
              "Issue 10.yml", "文件名", "改名")
    assert not (tmp_path / "site").exists()


def test_duplicate_issue_ids_refused(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_bytes(SEED.read_bytes())
        (tmp_path / f"{name}.yml").write_text("id: same-id\nid_differs: true\n", "utf-8")
    one_error(run_cli("build", "--src", str(tmp_path), "--out", str(tmp_path / "site"),
                      "--work", str(tmp_path / "work"), "--dist", str(tmp_path / "dist")),
              "b.yml", "期刊 id “same-id” 已被 a.txt 使用", "删去其中一份")
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("encoded", [
    lambda s: codecs.BOM_UTF8 + s.encode(),
    lambda s: s.encode("gb18030"),
    lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
    lambda s: s.replace("\n", "\r\n").encode(),
])
def test_sidecar_in_any_encoding(tmp_path, encoded):
    side = 'id: 2018-03-syjg\npublication: 沈阳机关\ndate: 2018-03-12\nnumber: 3\n'
    r = split_with_sidecar(tmp_path, encoded(side))
    assert r.returncode == 0, r.stderr
    issue = json.loads(r.stdout)["issue"]
    assert issue["publication"] == "沈阳机关" and issue["date"] == "2018-03-12"


# --- a 50 MB issue ------------------------------------------------------------------------

BIG = 50_000_000


def big_issue(size: int) -> str:
    """An issue of `size` UTF-8 bytes or a little less: the seeds over and over (a year's
    volume in one file), cut at a line end."""
    seeds = "".join(p.read_text("utf-8") for p in SEEDS)
    text = seeds * (size // len(seeds.encode()) + 1)
    data = text.encode()[:size]
    return data[:data.rindex(b"\n") + 1].decode()


@pytest.mark.slow  # 50 MB in three encodings: a scale test
@pytest.mark.parametrize("encoded", [
    pytest.param(lambda s: s.encode(), id="utf8"),
    pytest.param(lambda s: s.replace("\n", "\r\n").encode("gb18030"), id="gb18030-crlf"),
    pytest.param(lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), id="utf16le-bom"),
])
def test_fifty_megabytes_decode_whole(encoded):
    sample = big_issue(1_000_000)  # Han takes 2 bytes in GB18030 and UTF-16, 3 in UTF-8
    text = big_issue(int(BIG * len(sample.encode()) / len(encoded(sample))) + 100_000)
    data = encoded(text)
    assert len(data) >= BIG
    lines = read_issue_lines(data, "big.txt")
    assert len(lines) == text.count("\n") + 1
    assert "\n".join(l.text for l in lines) == text
