"""The package's layout holds: two wings over a shared floor, small modules, and a split cache
whose key covers every module a split runs."""
from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

from qikan.cache import SPLIT_CODE, split_sources

PACKAGE = ROOT / "qikan"
FLOOR = {"qikan.model", "qikan.text", "qikan.errors", "qikan.messages", "qikan.messages_errors",
         "qikan.messages_lines"}


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def imports_of(path: Path) -> set[str]:
    """The qikan modules a module imports (at any depth of its code, lazily or not)."""
    here = module_name(path).split(".")
    if path.name != "__init__.py":
        here = here[:-1]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = here[:len(here) - node.level + 1] if node.level else []
            mod = ".".join(base + ([node.module] if node.module else []))
            for alias in node.names:  # `from . import x` may name a module
                sub = f"{mod}.{alias.name}"
                out.add(sub if (ROOT / Path(*sub.split("."))).with_suffix(".py").exists() else mod)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return {m for m in out if m == "qikan" or m.startswith("qikan.")}


def modules(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def test_the_site_half_imports_nothing_of_the_split_half():
    for path in modules(PACKAGE / "site"):
        wrong = {m for m in imports_of(path) if m.startswith("qikan.split")}
        assert not wrong, (path.name, wrong)


def test_the_split_half_imports_only_itself_and_the_floor():
    for path in modules(PACKAGE / "split"):
        wrong = {m for m in imports_of(path)
                 if not m.startswith("qikan.split") and m not in FLOOR}
        assert not wrong, (path.name, wrong)


def test_the_split_cache_key_covers_every_module_a_split_runs():
    """Start from the modules that make a split in a worker (archive: sidecar + pipeline) and
    follow their imports: every module reached is hashed into the cache key."""
    hashed = {module_name(p) for p in split_sources()}
    todo, seen = ["qikan.archive"], set()
    while todo:
        m = todo.pop()
        if m in seen or m == "qikan":
            continue
        seen.add(m)
        path = (ROOT / Path(*m.split("."))).with_suffix(".py")
        if not path.exists():
            path = ROOT / Path(*m.split(".")) / "__init__.py"
        todo += imports_of(path)
    assert seen - {"qikan"} <= hashed, sorted(seen - hashed)
    assert "qikan.site" not in " ".join(SPLIT_CODE)


def test_no_module_is_long():
    """Small modules: none over ~400 lines."""
    long = {p.relative_to(ROOT).as_posix(): n for p in modules(PACKAGE)
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 420}
    assert not long


def test_both_wings_are_visible_at_the_top():
    names = {p.name for p in PACKAGE.iterdir()}
    assert {"split", "site", "model.py", "text.py", "errors.py", "archive.py", "build.py",
            "cli.py", "__main__.py"} <= names
