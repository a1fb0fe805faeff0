"""P14: sidecars that crashed or hung every command — impossible dates, dates the build's
timestamps could not hold, YAML alias bombs, deep nesting, binary content, empty ids — each
refused with one line naming the file and line, or (any real date) built."""
from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from conftest import DOCS_SRC, run_cli
from qikan.split.ingest import InputError
from qikan.sidecar import parse_sidecar, read_sidecar

P14 = Path(__file__).parent / "fixtures" / "p14"


def refusal(text: str) -> str:
    with pytest.raises(InputError) as e:
        parse_sidecar(text, "s.yml", "issue")
    return str(e.value)


@pytest.mark.parametrize("date, problem", [
    ("2015-02-31", "s.yml:2: 日期 '2015-02-31' 日历上没有这一天（2015 年 2 月只有 28 天）"),
    ("2016-02-30", "s.yml:2: 日期 '2016-02-30' 日历上没有这一天（2016 年 2 月只有 29 天）"),
    ("0000-01", "s.yml:2: 日期 '0000-01' 的年份是 0000（应在 1000–9999 之间）"),
    ("0999-12-31", "s.yml:2: 日期 '0999-12-31' 的年份是 0999（应在 1000–9999 之间）"),
    ("2019-13", "s.yml:2: 日期 '2019-13' 不是日期"),
])
def test_a_date_must_be_in_the_calendar(date, problem):
    assert refusal(f'id: x\ndate: "{date}"\n').startswith(problem + " — 请写真实的日期")
    article = f'id: x\narticles:\n  - lines: [[1, 2]]\n    date: "{date}"\n'
    assert refusal(article).startswith("s.yml:4: 第 1 篇文章：日期")


@pytest.mark.parametrize("date", ["1000-01", "1955-03", "2016-02-29", "9999-12-31"])
def test_any_real_date_is_read(date):
    assert parse_sidecar(f'date: "{date}"\n', "s.yml", "x").date == date


@pytest.mark.build
@pytest.mark.parametrize("date, gzip_time", [("1955-03", 0), ("9999-12-31", 2**32 - 1)])
def test_an_archive_of_any_date_builds_with_clamped_timestamps(tmp_path, date, gzip_time):
    src = tmp_path / "src"
    src.mkdir()
    text = (DOCS_SRC / "2020-12-jzdx.txt").read_text("utf-8").split("\n")[:80]
    (src / "old.txt").write_text("\n".join(text) + "\n", "utf-8")
    (src / "old.yml").write_text(f'id: old\ndate: "{date}"\n', "utf-8")
    r = run_cli("build", "--src", str(src), "--out", str(tmp_path / "site"),
                "--work", str(tmp_path / "work"), "--dist", str(tmp_path / "dist"))
    assert r.returncode == 0, r.stderr
    head = (tmp_path / "site" / "sitemap.xml.gz").read_bytes()[:8]
    # MkDocs may round the time to a day; what matters is that it is inside gzip's range
    assert abs(struct.unpack("<I", head[4:8])[0] - gzip_time) < 86400
    with zipfile.ZipFile(tmp_path / "dist" / "qikan-offline.zip") as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_an_alias_bomb_is_refused_at_once():
    """Seven lines that expand to 9⁷ strings: refused at the first anchor, before any
    expansion (it ran for minutes past 1.6 GB before)."""
    with pytest.raises(InputError) as e:
        read_sidecar(P14 / "alias-bomb.yml", "x")
    assert str(e.value).startswith(f"{P14 / 'alias-bomb.yml'}:2: 不允许 YAML 锚点或别名")


def test_deep_nesting_is_refused_without_a_traceback():
    r = run_cli("split", str(DOCS_SRC / "2020-12-jzdx.txt"), "--meta", str(P14 / "deep.yml"))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip() == f"error: {P14 / 'deep.yml'}:2: YAML 嵌套超过 12 层 — " \
        "侧车文件只写“键: 值”的行和 articles: 条目"


def test_a_nul_byte_is_not_text():
    with pytest.raises(InputError) as e:
        read_sidecar(P14 / "nul.yml", "x")
    assert str(e.value).startswith(f"{P14 / 'nul.yml'}:2: 不是文本：含控制字符 U+0000")


def test_messages_quote_at_most_80_characters_of_a_value():
    msg = refusal("title: [" + ", ".join(["很长的标题文字"] * 500) + "]\n")
    assert msg.startswith("s.yml:1: title 应是文字，不能是列表") and len(msg) < 200


@pytest.mark.parametrize("text, line", [('id: ""\n', 1), ("kind: web\nid:\n", 2), ("kind:\n", 1)])
def test_an_empty_id_or_kind_is_refused_not_replaced(text, line):
    key = text.split("\n")[line - 1].split(":")[0]
    assert refusal(text) == f"s.yml:{line}: {key} 没有值 — 请给 {key} 填上值，或删去这一行"


@pytest.mark.parametrize("text, line, problem", [
    ("id: x\ndate: 2015-02-31\n", 2, "日历上没有这一天（2015 年 2 月只有 28 天）"),
    ("date: 0000-01-01\n", 1, "的年份是 0000"),
    ("articles:\n  - lines: [[1, 2]]\n    date: 2019-02-30\n", 3, "日历上没有这一天"),
])
def test_an_unquoted_impossible_date_is_refused_not_a_traceback(text, line, problem):
    """YAML itself reads `date: 2015-02-31` (no quotes) as a timestamp and fails on it."""
    msg = refusal(text)
    assert msg.startswith(f"s.yml:{line}: 日期 ") and problem in msg


def test_an_unquoted_real_date_is_read():
    assert parse_sidecar("date: 2015-10-01\n", "s.yml", "x").date == "2015-10-01"
