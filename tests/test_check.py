"""P2: `build_site.py check` lists what an editor should look at, with line numbers."""
from __future__ import annotations

import json
import re
import shutil

from conftest import DOCS_SRC, run_cli


def suspects(out: str) -> dict[int, set[str]]:
    """{line: {code, …}} from check's `  FILE:LINE: code: message` lines."""
    found: dict[int, set[str]] = {}
    for m in re.finditer(r"^  \S+?:(\d+): ([a-z-]+): ", out, re.M):
        found.setdefault(int(m.group(1)), set()).add(m.group(2))
    return found


def test_check_a_seed_by_id_finds_the_latin_word_in_chinese_text():
    """2022-06-rmrb prints "and" for 和 twice ("最活跃的组织 and 人群", line 171 and 173)."""
    r = run_cli("check", "2022-06-rmrb")
    assert r.returncode == 0, r.stderr
    found = suspects(r.stdout)
    assert "latin-garbage" in found[171] and "latin-garbage" in found[173]
    assert "'and'" in r.stdout
    assert r.stdout.startswith("2022-06-rmrb（") and "4 篇文章（按侧车文件的 articles）" in r.stdout


def test_check_all_samples_exits_zero_and_reports_each_issue():
    r = run_cli("check")
    assert r.returncode == 0, r.stderr
    for txt in DOCS_SRC.glob("*.txt"):
        assert re.search(rf"^{txt.stem}（.*）：\d+ 篇文章", r.stdout, re.M), txt.stem
    assert re.search(r"^共 5 期，\d+ 处疑点$", r.stdout, re.M)
    # 2015-10-nxdj line 3498: "把党员教育工作纳入纳入基层党建工作责…" (a doubled word the
    # repair stage cannot tell from text); its reduplicated words ("规规矩矩") are not suspect
    found = suspects(r.stdout)
    assert "doubled-glyph" in found.get(3498, set())
    assert not any("doubled-glyph" in found.get(no, set()) for no in (49, 6798))


def test_check_by_path_without_sidecar_passes_on_the_splitters_warnings(tmp_path):
    """With no sidecar `articles:`, the automatic split's warnings (title blocks it could not
    give a body, articles it found no title for) are suspects, at their lines."""
    txt = tmp_path / "2015-10-nxdj.txt"
    shutil.copy(DOCS_SRC / txt.name, txt)
    split = run_cli("split", str(txt), "--json")
    warnings = json.loads(split.stdout)["warnings"]
    assert warnings
    r = run_cli("check", str(txt))
    assert r.returncode == 0 and "（自动切分）" in r.stdout
    found = suspects(r.stdout)
    for w in warnings:
        assert w["code"] in found.get(w["line"], set()), w


def test_check_finds_unexpected_characters_with_their_lines(tmp_path):
    txt = tmp_path / "bad.txt"
    txt.write_text(
        "加强党建引领 提升城市社区治理水平\n"                      # 1
        "□ 任善华\n"                                              # 2
        "社区治理是国家治理体系中的关键一环\ue012也是推进\n"       # 3 private use
        "国家治理能力现代化不可缺少的重要组成部分\ufffd\ufffd。\n"  # 4 replacement char
        "凤鸣社区坚持创新\x07先行先走，积极探索党建科学化。\n"      # 5 control char (BEL)
        "社区党支部书记å…šå‘˜带头，群众满意。\n"                 # 6 UTF-8 read as Latin-1
        "坚持组织建党 and 思想建党有机结合，新时代 e 支部。\n"     # 7 Latin word; "e" is usual
        "开通流动党员QQ群、微信群。\n"                            # 8 acronym: usual
        "（作者单位：荆州市委党校）\n", encoding="utf-8")
    r = run_cli("check", str(txt))
    assert r.returncode == 0, r.stderr
    found = suspects(r.stdout)
    assert "private-use" in found[3] and "U+E012" in r.stdout
    assert "replacement-char" in found[4] and "2 个 U+FFFD" in r.stdout
    assert "control-char" in found[5] and "U+0007" in r.stdout
    assert "mojibake" in found[6]
    assert found[7] >= {"latin-garbage"} and "'e'" not in r.stdout
    assert 8 not in found
    # the automatic split found one article, with its title and author, but a short one
    assert found[1] == {"short"}


def test_check_reports_missing_title_author_and_article_size(tmp_path):
    """Through a sidecar: an article without title or author, a 15-character one, and the
    whole 2015-10-nxdj issue as one article (several articles run together)."""
    txt = tmp_path / "2015-10-nxdj.txt"
    shutil.copy(DOCS_SRC / txt.name, txt)
    txt.with_suffix(".yml").write_text(
        "id: 2015-10-nxdj\narticles:\n"
        "  - lines: [[11, 11]]\n    title: 很短\n    authors: [本刊评论员]\n"
        "  - lines: [[13, 6966]]\n", encoding="utf-8")
    r = run_cli("check", str(txt))
    assert r.returncode == 0, r.stderr
    found = suspects(r.stdout)
    assert "short" in found[11] and "no-author" not in found[11]
    assert {"no-title", "no-author", "long"} <= found[13]
    assert re.search(r"第 2 篇文章《.*》有 \d{5,} 个汉字", r.stdout)


def test_check_bad_input_is_one_error_and_exit_2(tmp_path):
    r = run_cli("check", "no-such-issue")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.startswith("error: no-such-issue: ") and len(r.stderr.splitlines()) == 1
    txt = tmp_path / "x.txt"
    shutil.copy(DOCS_SRC / "2018-03-syjg.txt", txt)
    txt.with_suffix(".yml").write_text("articles:\n  - lines: [[1, 80]]\n", encoding="utf-8")
    r = run_cli("check", str(txt))
    assert r.returncode == 2 and "x.yml:2:" in r.stderr and "超出了" in r.stderr
