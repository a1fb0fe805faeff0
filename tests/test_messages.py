"""P16: what an editor reads is Chinese — `--help`, argparse's own words, errors and reports —
with English behind `--lang en` or an English locale; YAML mistakes named by their real cause
at their own line; a text without a sidecar and a sidecar with another issue's id refused."""
from __future__ import annotations

import ast
import errno
import os
import re
import shutil
import string
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DOCS_SRC, ROOT, run_cli
from qikan.errors import InputError, os_error_message
from qikan.messages import ERRORS, HELP, LINES, language_of
from qikan.sidecar import parse_sidecar

COMMANDS = ("build", "split", "check", "add", "newest", "review", "serve", "zensical")
HAN = re.compile("[\u4e00-\u9fff]")


def cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    """The command line under a given locale (the suite's own is C.UTF-8: Chinese)."""
    return subprocess.run([sys.executable, str(ROOT / "build_site.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, **env})


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_is_chinese_with_argparse_words_translated(command):
    r = run_cli(*([command] if command else []), "--help")
    assert r.returncode == 0 and r.stderr == ""
    out = r.stdout
    assert out.startswith("用法：qikan") and "显示这段帮助并退出" in out and "选项" in out
    for english in ("usage:", "show this help message", "options:", "positional arguments"):
        assert english not in out, (english, out)
    # every line of help text says something in Chinese (option names and metavars aside)
    described = [l for l in out.splitlines() if re.match(r"^\s+(-|\w)\S*.*\s{2,}\S", l)]
    assert described and all(HAN.search(l) for l in described), described


def test_an_argparse_error_is_chinese_and_exits_2():
    r = run_cli("split")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.splitlines()[-1] == "qikan split：错误：缺少这些参数：FILE"
    r = run_cli("check", "--no-such-option")
    assert r.returncode == 2 and "不认识的参数：--no-such-option" in r.stderr


@pytest.mark.parametrize("how", [("--lang", "en"), ("--lang=en",), ("LANG", "en_US.UTF-8"),
                                 ("LC_ALL", "en_GB.UTF-8")])
def test_english_behind_lang_en_or_an_english_locale(how, tmp_path):
    missing = str(tmp_path / "missing.txt")
    if how[0].startswith("--"):
        r, h = run_cli(*how, "split", missing), run_cli(*how, "check", "--help")
    else:
        r, h = cli("split", missing, **{how[0]: how[1]}), cli("check", "--help", **{how[0]: how[1]})
    assert r.returncode == 2
    assert r.stderr == f"error: {missing}: no such file — give the path of an issue text file\n"
    assert h.stdout.startswith("usage: qikan check") and "show this help message and exit" in \
        h.stdout and "list what an editor should look at in each issue" in h.stdout


def test_chinese_is_the_default_also_for_c_posix_and_no_locale(tmp_path):
    missing = str(tmp_path / "missing.txt")
    for env in ({"LANG": "C.UTF-8"}, {"LANG": "C"}, {"LANG": "POSIX"}, {"LANG": ""},
                {"LANG": "zh_CN.UTF-8"}, {"LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"}):
        r = cli("split", missing, **env)
        assert r.stderr == f"error: {missing}: 没有这个文件 — 请给出期刊文本文件的路径\n", env
    assert run_cli("--lang", "zh", "split", missing).stderr.startswith(f"error: {missing}: 没有")
    assert language_of({}) == "zh" and language_of({"LC_MESSAGES": "en_US"}) == "en"
    assert language_of({"LC_ALL": "", "LANG": "en_US.UTF-8"}) == "en"


def test_every_message_has_both_languages_and_no_hint_names_build_site_py():
    for table in (ERRORS, LINES, HELP):
        for code, templates in table.items():
            for t in templates if table is ERRORS else [templates]:
                assert t.zh and t.en, code
                assert "build_site.py" not in t.zh + t.en, code
    assert all(HAN.search(what.zh + todo.zh) for what, todo in ERRORS.values())


def test_both_languages_of_a_message_name_the_same_fields():
    """A field one language forgets, or a typo in a field's name, fails here, not before an
    editor (the splitter's warnings: English keeps the splitter's words, `detail`)."""
    fields = string.Formatter()
    for table in (ERRORS, LINES, HELP):
        for code, templates in table.items():
            for t in templates if table is ERRORS else [templates]:
                zh, en = ({f for _, f, _, _ in fields.parse(s) if f} for s in t)
                if code.startswith("warning."):
                    assert en == {"detail"} and zh <= {"detail"}, code
                elif code != "date.no-day":  # "February" in English, "2 月" in Chinese
                    assert zh == en, (code, zh, en)
                for s in t:
                    s.format(**{f: 1 for f in zh | en})


def test_every_error_code_raised_is_in_the_table():
    """Each `InputError(path, line, "code", …)` in the package names a code of the table."""
    used = set()
    for path in (ROOT / "qikan").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "InputError" \
                    and len(node.args) >= 3 and isinstance(node.args[2], ast.Constant):
                used.add(node.args[2].value)
    assert len(used) > 40 and used <= set(ERRORS), sorted(used - set(ERRORS))


# --- YAML mistakes: the real cause, at its own line ------------------------------------------

def refusal(text: str) -> InputError:
    with pytest.raises(InputError) as e:
        parse_sidecar(text, "s.yml", "x")
    return e.value


@pytest.mark.parametrize("text, line", [
    ('id: x\ntitle: "党建引领\ndate: "2015-10"\nkind: magazine\n', 2),  # PyYAML: line 3
    ('id: x\nkind: magazine\ntitle: "党建引领\ndate: 2015\nnote: y\n', 3),  # PyYAML: the end
    ("id: x\ntitle: '党建引领\ndate: '2015-10'\n", 2),
    ('id: x\narticles:\n  - lines: [[1, 5]]\n    title: "甲\n    authors: [张三]\n'
     '  - lines: [[6, 9]]\n    title: 乙\n', 4),
])
def test_an_unclosed_quote_is_reported_where_it_opens(text, line):
    e = refusal(text)
    assert e.line == line and e.code == "yaml-unclosed-quote", str(e)
    assert str(e).startswith(f"s.yml:{line}: 引号没有闭合") and "补上" in str(e)


@pytest.mark.parametrize("text, line", [
    ("id: x\narticles:\n  - lines: [[1, 5]]\n     title: 甲\n", 4),  # one space too many
    ("id: x\narticles:\n  - lines: [[1, 5]]\n   title: 甲\n  - lines: [[6, 9]]\n", 4),
    ('id: x\n publication: 宁夏党建\ndate: "2015-10"\n', 2),
    ('id: x\npublication: 宁夏党建\n  date: "2015-10"\nkind: web\n', 3),
])
def test_a_bad_indentation_is_named_not_blamed_on_a_colon(text, line):
    e = refusal(text)
    assert e.line == line and e.code == "yaml-indent", str(e)
    assert "缩进不对" in str(e) and "引号" not in str(e)


def test_a_colon_inside_a_value_still_gets_the_quoting_hint():
    e = refusal("id: x\ntitle: 论文: 副题\n")
    assert e.line == 2 and "值里有半角冒号" in str(e) and "引号" in str(e)


@pytest.mark.parametrize("text, line, key", [
    ('id: x\npublication：宁夏党建\ndate: "2015-10"\n', 2, "publication"),
    ('id: x\ndate: "2015-10"\npublication：宁夏党建\n', 3, "publication"),
    ("id: x\narticles:\n  - lines: [[1, 5]]\n    title：甲\n", 4, "title"),
    ("publication：宁夏党建\n", 1, "publication"),  # YAML reads it as one string
])
def test_a_full_width_colon_after_a_key_is_named(text, line, key):
    e = refusal(text)
    assert str(e) == f"s.yml:{line}: 键后用了全角冒号“：”，请改成半角冒号“:”加空格 — " \
        f"把这一行写成 {key}: …"


def test_a_value_with_a_full_width_colon_is_no_mistake():
    meta = parse_sidecar("id: x\nnote: 来源：中直党建网\ntitle: 专题：基层党建\n", "s.yml", "x")
    assert meta.note == "来源：中直党建网" and meta.title == "专题：基层党建"


@pytest.mark.parametrize("text, line, near", [
    ("id: x\npublisher: 宁夏党建\n", 2, "publication"),
    ("id: x\ndate_notes: 见封面\n", 2, "date_note"),
    ("id: x\narticles:\n  - lines: [[1, 5]]\n    title: 甲\n    autors: [张三]\n", 5, "authors"),
    ("id: x\narticles:\n  - lines: [[1, 5]]\n  - lines: [[6, 9]]\n    titel: 乙\n", 5, "title"),
])
def test_an_unknown_key_is_reported_at_its_own_line_with_the_nearest_key(text, line, near):
    e = refusal(text)
    assert e.line == line and f"（是不是 {near}？）" in str(e) and "可用的键" in str(e), str(e)


def test_a_tab_and_a_missing_colon_are_named():
    e = refusal("id: x\narticles:\n  - lines: [[1, 5]]\n\ttitle: 甲\n")
    assert e.line == 4 and "Tab" in str(e)
    e = refusal('id: x\npublication 宁夏党建\ndate: "2015-10"\n')
    assert e.line == 2 and "找不到冒号" in str(e)


# --- texts without sidecars, sidecars with another id ----------------------------------------

def archive_of(tmp_path: Path, *stems: str) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    for stem in stems:
        for ext in (".txt", ".yml"):
            shutil.copy(DOCS_SRC / f"{stem}{ext}", src)
    return src


def build(tmp_path: Path, src: Path) -> subprocess.CompletedProcess:
    return run_cli("build", "--src", str(src), "--out", str(tmp_path / "site"),
                   "--work", str(tmp_path / "work"), "--dist", str(tmp_path / "dist"))


def test_build_refuses_a_text_without_a_sidecar(tmp_path):
    src = archive_of(tmp_path, "2018-03-syjg")
    shutil.copy(DOCS_SRC / "2020-12-jzdx.txt", src / "2020-12-jzdx.txt")
    r = build(tmp_path, src)
    assert r.returncode == 2 and r.stdout == "", r.stderr
    assert r.stderr == (f"error: {src / '2020-12-jzdx.txt'}: 期刊文本 2020-12-jzdx.txt 没有侧车文件 "
                        "2020-12-jzdx.yml，不能发布 — 把它移出文库文件夹，再用 make add FILE=… 添加"
                        "（会起草侧车文件）；或在它旁边写好 2020-12-jzdx.yml（至少写 publication、"
                        "date、kind）\n")
    assert not (tmp_path / "site").exists() and not (tmp_path / "dist").exists()


def test_build_refuses_a_sidecar_whose_id_is_not_its_file_name(tmp_path):
    src = archive_of(tmp_path, "2018-03-syjg", "2020-12-jzdx")
    side = src / "2020-12-jzdx.yml"
    text = side.read_text("utf-8")
    line = text.splitlines().index("id: 2020-12-jzdx") + 1
    side.write_text(text.replace("id: 2020-12-jzdx", "id: 2018-03-syjg"), "utf-8")  # copied
    r = build(tmp_path, src)
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr
    assert r.stderr.startswith(f"error: {side}:{line}: 侧车文件的 id “2018-03-syjg” 与文件名 "
                               "2020-12-jzdx 不同 — ") and "id_differs: true" in r.stderr
    assert not (tmp_path / "site").exists()


def test_an_id_that_differs_on_purpose_is_accepted(tmp_path):
    src = archive_of(tmp_path, "2018-03-syjg")
    side = src / "2018-03-syjg.yml"
    side.write_text(side.read_text("utf-8").replace("id: 2018-03-syjg", "id: 2018-03-sanya\n"
                                                    "id_differs: true"), "utf-8")
    r = run_cli("newest", "--src", str(src), "--work", str(tmp_path / "work"))
    assert r.returncode == 0 and r.stdout == "2018-03-sanya\n", r.stderr
    side.write_text(side.read_text("utf-8").replace("id_differs: true", "id_differs: 是"), "utf-8")
    r = run_cli("newest", "--src", str(src), "--work", str(tmp_path / "work"))
    assert r.returncode == 2 and "id_differs 应是 true 或 false" in r.stderr


def test_the_same_id_twice_says_what_to_do(tmp_path):
    src = archive_of(tmp_path, "2018-03-syjg")
    shutil.copy(DOCS_SRC / "2020-12-jzdx.txt", src / "copy.txt")
    (src / "copy.yml").write_text("id: 2018-03-syjg\nid_differs: true\n", "utf-8")
    r = run_cli("newest", "--src", str(src), "--work", str(tmp_path / "work"))
    assert r.returncode == 2
    assert "期刊 id “2018-03-syjg” 已被 2018-03-syjg.txt 使用" in r.stderr
    assert "删去其中一份" in r.stderr and "另取 id" in r.stderr


def test_add_speaks_chinese_and_names_the_qikan_command(tmp_path):
    src = archive_of(tmp_path, "2015-10-nxdj")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(DOCS_SRC / "2018-03-syjg.txt", inbox / "syjg.txt")
    r = run_cli("add", str(inbox / "syjg.txt"), "--src", str(src))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"已添加 {src / '2018-03-syjg.txt'} 和为它起草的侧车文件 ")
    assert "识别出 kind：web" in r.stdout and "还要在 " in r.stdout
    last = r.stdout.splitlines()[-1]
    assert last.startswith("然后：运行 .venv/bin/qikan check 2018-03-syjg（或 make check）")
    assert "build_site.py" not in r.stdout
    side = (src / "2018-03-syjg.yml").read_text("utf-8")
    assert side.startswith("# 由 qikan add 根据 syjg.txt 起草") and "build_site.py" not in side
    # the same text again, under another name: refused, naming the issue and what to do
    shutil.copy(DOCS_SRC / "2018-03-syjg.txt", inbox / "again.txt")
    r = run_cli("add", str(inbox / "again.txt"), "--src", str(src))
    assert r.returncode == 2 and r.stderr.startswith(
        f"error: {inbox / 'again.txt'}: 文库里已有这份文本：2018-03-syjg.txt 就是同一期")
    assert ".venv/bin/qikan review 2018-03-syjg" in r.stderr


def test_a_machine_fault_is_one_chinese_line_with_the_systems_words_kept():
    full = OSError(errno.ENOSPC, "No space left on device", "/srv/site/index.html")
    assert os_error_message(full) == "/srv/site/index.html: 磁盘已满（No space left on device）" \
        " — 请腾出那块磁盘的空间（或用 --out/--work/--dist 构建到别处）后重试"
    denied = OSError(errno.EACCES, "Permission denied", "/srv/site")
    assert "没有权限（Permission denied）" in os_error_message(denied)
    assert "让当前用户可写这个文件夹" in os_error_message(denied)
