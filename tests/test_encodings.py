"""P14 encodings: cut, mixed, UTF-32 and private-use inputs, through the real command line
(`split --json`, `check`) and `decode_issue`; inputs are the sample's sentences re-encoded."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DOCS_SRC, run_cli
from qikan.errors import InputError
from qikan.split.ingest import decode_issue
from qikan.swap import temp_site

# a few lines of a sample issue, and a short one (below 20 wide characters)
LINES = (DOCS_SRC / "2015-10-nxdj.txt").read_text("utf-8").splitlines()[:40]
TEXT = "\n".join(LINES) + "\n"
SHORT = "党建引领基层治理创新"  # 10 wide characters


def write(tmp_path: Path, data: bytes, name: str = "2015-10-test.txt") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("cut", [1, 2])
def test_utf8_with_last_character_cut_is_utf8(tmp_path, cut):
    data = TEXT.rstrip("\n").encode("utf-8")[:-cut]
    text, enc = decode_issue(data, "x.txt")
    assert enc == "utf-8"
    assert text == TEXT.rstrip("\n")[:-1]  # the cut character left out, nothing else changed
    p = write(tmp_path, data)
    r = run_cli("check", "--src", str(tmp_path), str(p))
    assert r.returncode == 0, r.stderr
    last = TEXT.rstrip("\n").count("\n") + 1
    assert f":{last}: cut-tail" in r.stdout, r.stdout


@pytest.mark.parametrize("where", ["end", "middle"])
def test_short_utf8_cut_inside_a_character_is_not_mojibake(tmp_path, where):
    raw = SHORT.encode("utf-8")
    data = raw[:-1] if where == "end" else raw[:13] + raw[14:]  # byte 13: inside the 5th
    p = write(tmp_path, data)
    r = run_cli("split", str(p), "--json")
    if where == "end":  # read as UTF-8, the cut character left out
        assert r.returncode == 0, r.stderr
        assert SHORT[:-1] in r.stdout
    else:
        assert r.returncode == 2 and "UTF-8" in r.stderr and ":1:" in r.stderr, r.stderr
    for enc in ("gb18030", "big5", "shift_jis"):
        try:
            mojibake = data.decode(enc)
        except UnicodeDecodeError:
            continue
        assert mojibake not in r.stdout


@pytest.mark.parametrize("enc", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_with_and_without_bom(tmp_path, enc):
    text, got = decode_issue(TEXT.encode(enc), "x.txt")
    assert text == TEXT and got.startswith("utf-32")
    p = write(tmp_path, TEXT.encode(enc))
    r = run_cli("split", str(p), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["articles"]


@pytest.mark.parametrize("first", ["utf-8", "gbk"])
def test_mixed_utf8_and_gbk_lines_name_the_first_other_line(tmp_path, first):
    """Lines 1–30 in one encoding, 31–40 in the other: the error names line 31."""
    other = "gbk" if first == "utf-8" else "utf-8"
    data = "\n".join(LINES[:30]).encode(first) + b"\n" + "\n".join(LINES[30:]).encode(other)
    with pytest.raises(InputError) as e:
        decode_issue(data, "x.txt")
    first_other = 31 + next(i for i, l in enumerate(LINES[30:]) if not l.isascii())
    assert e.value.line == first_other and "文件混用了两种编码" in e.value.message
    r = run_cli("split", str(write(tmp_path, data)), "--json")
    assert r.returncode == 2 and f":{first_other}:" in r.stderr and "二进制" not in r.stderr


def test_private_use_glyphs_up_to_five_percent_are_accepted_and_listed(tmp_path):
    lines = list(LINES)
    n = len("".join(lines))
    glyphs = {}
    for k, no in enumerate(range(2, len(lines), 1)):
        if len(glyphs) * 20 >= n:  # 5 % of the characters
            break
        if len(lines[no]) > 4:
            g = chr(0xE000 + k)
            lines[no] = lines[no][:3] + g + lines[no][3:]
            glyphs[no + 1] = g
    # several per line where needed to reach 5 %
    while sum(1 for l in lines for c in l if "\ue000" <= c <= "\uf8ff") * 20 < len("".join(lines)):
        lines[5] += "\uf8f0"
    text = "\n".join(lines) + "\n"
    got, _ = decode_issue(text.encode("utf-8"), "x.txt")
    assert got == text
    p = write(tmp_path, text.encode("utf-8"))
    r = run_cli("check", "--src", str(tmp_path), str(p))
    assert r.returncode == 0, r.stderr
    for line, g in glyphs.items():
        assert f":{line}" in r.stdout and f"U+{ord(g):04X}" in r.stdout
    assert r.stdout.count("private-use") >= len(glyphs)


def test_mostly_private_use_is_still_binary():
    text = "党建" + "".join(chr(0xE000 + i % 500) for i in range(300))
    with pytest.raises(InputError, match="二进制文件"):
        decode_issue(text.encode("utf-8"), "x.txt")


def test_a_folder_that_cannot_hold_the_site_is_named_as_it_is(tmp_path):
    """The temporary site's random name never existed: the fault names the folder."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file", "utf-8")
    with pytest.raises(OSError) as e:
        temp_site(blocker / "site")
    assert e.value.filename == str(blocker)
