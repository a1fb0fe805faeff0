"""Ingest: the bytes of an issue file → normalised `Line`s (UTF-8 text, numbered from 1).

Takes raw bytes (and the file name, for messages); gives a list of `Line` whose numbers are the
line numbers an editor sees in the file. Decoding order: a BOM decides (UTF-8, UTF-16 LE/BE,
UTF-32); otherwise strict UTF-8, then UTF-16 without BOM when every other byte is NUL, then
strict GB18030 (a superset of GBK and GB2312, the usual encoding of Chinese PDF extractors), and
only then charset-normalizer's guess (Big5 and the rest). Line ends CRLF, CR and LF all count
as one break. Text that is not an issue (binary, empty, blank) raises `InputError`.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from .model import Line

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters other than tab and line breaks: a few come from PDF extractors, many mean
# the file is not text at all.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


class InputError(Exception):
    """A problem with an input file the editor must fix: where it is and what to do."""

    def __init__(self, path: str, line: int | None, message: str, hint: str):
        self.path, self.line, self.message, self.hint = path, line, message, hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message} — {self.hint}"


def decode_issue(data: bytes, path: str) -> tuple[str, str]:
    """The text of an issue file and the name of the encoding it was read as."""
    if not data.strip():
        raise InputError(path, None, "the file is empty or holds only white space",
                         "give an issue text with the articles in it")
    for bom, enc in BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], enc, path), enc
    odd, even = data[1::2], data[0::2]
    if len(data) >= 4 and odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return _strict(data, "utf-16-le", path), "utf-16-le"
    if len(data) >= 4 and even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return _strict(data, "utf-16-be", path), "utf-16-be"
    if data.count(0) > max(8, len(data) // 100):
        raise InputError(path, None, f"{data.count(0)} NUL bytes: this looks like a binary file, "
                         "not an issue text", "convert the PDF or page to plain text first")
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    guess = from_bytes(data).best()
    if guess is None or guess.encoding is None:
        raise InputError(path, _bad_utf8_line(data), "no text encoding fits this file",
                         "save it as UTF-8 (or GB18030) and add it again")
    return str(guess), guess.encoding


def _strict(data: bytes, enc: str, path: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n" if "16" not in enc and "32" not in enc else
                                    "\n".encode(enc)) + 1
        raise InputError(path, line, f"the file starts with a {enc} byte-order mark but byte "
                         f"{e.start} is not {enc}", "re-save the file in one encoding") from None


def _bad_utf8_line(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return data[:e.start].count(b"\n") + 1
    return 1


def split_lines(text: str) -> list[Line]:
    """Numbered lines with control characters removed (a tab becomes a space).

    No Unicode normalisation: NFC would fold CJK compatibility ideographs into other code points
    and the text would no longer be the source's."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = CONTROL.sub("", text)
    return [Line(i, t) for i, t in enumerate(text.split("\n"), 1)]


def read_issue_lines(data: bytes, path: str) -> list[Line]:
    """Decoded, numbered lines of an issue; refuses text with no Chinese in it at all."""
    text, _ = decode_issue(data, path)
    lines = split_lines(text)
    if not any(HAN.search(l.text) for l in lines):
        raise InputError(path, None, "no Chinese characters found: this is not an issue text",
                         "check that the right file was given and that it is not binary")
    return lines
