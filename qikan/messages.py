"""Messages: a message code and its fields → the line an editor reads, in Chinese or English.

Takes a code (`no-file`, `yaml-unclosed-quote`, `check.issue`, …) and the fields its
templates name; gives the text in the language of this run. Every error
(`messages_errors.ERRORS`: what is wrong, what to do), every report line and warning
(`messages_lines.LINES`) and the command line's help (`messages_lines.HELP`) stands in these
three modules once, in both languages, so no message is written in one place and translated
in another.

The language: `--lang` (the command line calls `use_language`), else the locale's variables
as POSIX orders them (LC_ALL, then LC_MESSAGES, then LANG): English when the first one set
names an English locale (`en_US.UTF-8`), Chinese otherwise — also for `C`, `C.UTF-8`, `POSIX`
or none at all, which the editors' machines often have.

argparse's own words ("usage:", "options", its error lines) go through gettext; `ARGPARSE_ZH`
is a gettext-compatible catalogue of them (`gettext.NullTranslations`) that `cli.py` gives
argparse, as the argparse HOWTO's "How to translate the argparse output" describes, but from
this table rather than a compiled .mo file that gettext would choose by the locale (and under
`LANG=C.UTF-8` would not choose at all).
"""
from __future__ import annotations

import os
from typing import Literal, Mapping

from .messages_errors import ERRORS, QIKAN, T
from .messages_lines import ARGPARSE_ZH, HELP, LINES

__all__ = ["ARGPARSE_ZH", "ERRORS", "HELP", "LINES", "LANGS", "QIKAN", "T", "error_text",
           "help_text", "language", "language_of", "say", "use_language"]

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")
_chosen: Lang | None = None


def use_language(lang: Lang | None) -> None:
    """Fix the language of this run (None: from the environment again)."""
    global _chosen
    _chosen = lang


def language_of(env: Mapping[str, str]) -> Lang:
    """English when the locale variable that rules messages names an English locale."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    return "zh"


def language() -> Lang:
    return _chosen or language_of(os.environ)


def _pick(t: T, fields: Mapping[str, object]) -> str:
    return (t.en if language() == "en" else t.zh).format(**fields)


def say(code: str, /, **fields: object) -> str:
    """A report line, a warning or a piece of one (`LINES`), in this run's language."""
    return _pick(LINES[code], fields)


def warning_text(code: str, detail: str) -> str:
    """A splitter's warning (its code, its English words) in this run's language."""
    return say(f"warning.{code}" if f"warning.{code}" in LINES else "warning.other",
               detail=detail)


def error_text(code: str, fields: Mapping[str, object]) -> tuple[str, str]:
    """What is wrong and what to do (`ERRORS`), in this run's language."""
    what, todo = ERRORS[code]
    return _pick(what, fields), _pick(todo, fields)


def help_text(code: str) -> str:
    return _pick(HELP[code], {})
