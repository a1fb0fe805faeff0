"""Ingest: the bytes of an issue file → normalised `Line`s (UTF-8 text, numbered from 1).

Takes raw bytes (and the file name, for messages); gives a list of `Line` whose numbers are the
line numbers an editor sees in the file. Decoding order:

1. a BOM decides (UTF-8, UTF-16 LE/BE, UTF-32), and the rest must then decode strictly;
2. UTF-16 without BOM when the file has NUL bytes and decodes as UTF-16 into Chinese text;
3. strict UTF-8; a file that is UTF-8 but for a few bad bytes (cut by a careless copy) is
   refused with the line of the first bad byte rather than read as GB18030 mojibake;
4. strict GB18030 (a superset of GBK and GB2312, the usual encoding of Chinese PDF extractors)
   and strict Big5. Almost every Big5 file also decodes as GB18030 (into rare, meaningless
   characters), so when both fit, charset-normalizer's ranking between the two decides: on the
   seeds converted to Traditional and encoded as Big5 it picks Big5 even for ten characters,
   and GB18030 for the originals;
5. only then charset-normalizer's guess among all encodings.

Line ends CRLF, CR and LF all count as one break. Text that is not an issue (binary, empty,
only white space, no Chinese at all) raises `InputError`. Nothing is read lazily: a 50 MB issue
is decoded in well under a second.
"""
from __future__ import annotations

import codecs
import itertools
import re

from charset_normalizer import from_bytes

from ..errors import InputError
from ..model import Line
from ..text import HAN_ALL

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters other than tab and line breaks (C0 and C1): a few come from PDF extractors
# (form feeds, NUL padding), many mean the file is not text at all.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
HAN = re.compile(f"[{HAN_ALL}]")
# what a binary file decodes into: control characters, U+FFFD, private-use code points
NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")
# characters UTF-8 writes in three bytes (all of Han), but U+FFFD, what a bad byte decodes to
WIDE = re.compile(r"[\u0800-\ufffc\ufffe\uffff]")


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """The text of a file and the name of the encoding it was read as (may be empty)."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], enc, path), enc
    if 0 in data:
        wide = _utf16_without_bom(data)
        if wide:
            return wide
    nul = data.count(0)
    if nul > max(8, len(data) // 100):
        raise InputError(path, None, f"{nul} NUL bytes: this looks like a binary file, "
                         "not an issue text", "convert the PDF or page to plain text first")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        _refuse_broken_utf8(data, e, path)
    fits = {}
    for enc in ("gb18030", "big5", "cp950"):
        if enc == "cp950" and "big5" in fits:
            continue  # cp950 is Microsoft's Big5 with extras: only when plain Big5 fails
        try:
            fits[enc] = data.decode(enc)
        except UnicodeDecodeError:
            pass
    if len(fits) == 1:
        return next(iter(fits.items()))[::-1]
    if fits:
        best = from_bytes(data, cp_isolation=list(fits)).best()
        enc = best.encoding if best is not None and best.encoding in fits else "gb18030"
        return fits[enc], enc
    guess = from_bytes(data).best()
    if guess is None or guess.encoding is None:
        raise InputError(path, None, "no text encoding fits this file (not UTF-8, UTF-16, "
                         "GB18030 or Big5): it may be binary", "save it as UTF-8 plain text "
                         "and add it again")
    return str(guess), guess.encoding


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a BOM, when the bytes decode strictly as such into text (little
    control junk, a fair share of Han); between LE and BE the one with more line breaks wins,
    since the other endianness turns ASCII letters into Han too."""
    fits = []
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if len(NOT_TEXT.findall(text)) <= len(text) // 100 and \
                len(HAN.findall(text)) >= 0.2 * len("".join(text.split())):
            fits.append((text.count("\n"), enc == "utf-16-le", text, enc))
    return max(fits)[2:] if fits else None


def _refuse_broken_utf8(data: bytes, err: UnicodeDecodeError, path: str) -> None:
    """Raise when bytes that fail UTF-8 are still mostly well-formed UTF-8 Chinese: GB18030
    would accept them too, as mojibake, and the editor would never know."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    enough = max(20, 10 * bad + 1)  # counted only so far: a list of every match of 50 MB is slow
    wide = sum(1 for _ in itertools.islice(WIDE.finditer(text), enough))
    if wide >= enough:
        line = data[:err.start].count(b"\n") + 1
        raise InputError(path, line, f"the file is UTF-8 but {bad} byte(s) are not, the first "
                         f"at byte {err.start} ({data[err.start:err.start + 4]!r})",
                         "re-save the file as UTF-8 or retype the damaged characters "
                         "on that line")


def _strict(data: bytes, enc: str, path: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as e:
        nl = "\n".encode(enc)
        line = data[:e.start - e.start % len(nl)].count(nl) + 1
        raise InputError(path, line, f"the file starts with a {enc} byte-order mark but byte "
                         f"{e.start} is not {enc}", "re-save the file in one encoding") from None


def split_lines(text: str) -> list[Line]:
    """Numbered lines with control characters removed (a tab becomes a space).

    No Unicode normalisation: NFC would fold CJK compatibility ideographs into other code points
    and the text would no longer be the source's."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = CONTROL.sub("", text)
    return [Line(i, t) for i, t in enumerate(text.split("\n"), 1)]


def decode_issue(data: bytes, path: str) -> tuple[str, str]:
    """The text of an issue file and its encoding; refuses what cannot be an issue text."""
    if not data.strip():
        raise InputError(path, None, "the file is empty" if not data else
                         "the file holds only white space",
                         "give an issue text with the articles in it")
    text, enc = decode_text(data, path)
    if not text.strip():
        raise InputError(path, None, f"the file ({enc}) holds only white space",
                         "give an issue text with the articles in it")
    junk = len(NOT_TEXT.findall(text))
    if junk > max(8, len(text) // 100):
        raise InputError(path, None, f"{junk} control or unassigned characters when read as "
                         f"{enc}: this looks like a binary file, not an issue text",
                         "convert the PDF or page to plain text (UTF-8) first")
    return text, enc


def read_issue_lines(data: bytes, path: str) -> list[Line]:
    """Decoded, numbered lines of an issue; refuses text with no Chinese in it at all."""
    return read_issue(data, path)[1]


def read_issue(data: bytes, path: str) -> tuple[str, list[Line]]:
    """The decoded text of an issue and its numbered lines (see `read_issue_lines`)."""
    text, enc = decode_issue(data, path)
    if not HAN.search(text):
        raise InputError(path, None, f"no Chinese characters found (read as {enc}): this is not "
                         "an issue text", "check that the right file was given and that it is "
                         "plain text")
    return text, split_lines(text)
