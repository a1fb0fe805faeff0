"""Ingest: the bytes of an issue file → normalised `Line`s (UTF-8 text, numbered from 1).

Takes raw bytes (and the file name, for messages); gives a list of `Line` whose numbers are the
line numbers an editor sees in the file. Decoding order:

1. a BOM decides (UTF-8, UTF-16 LE/BE, UTF-32), and the rest must then decode strictly;
2. UTF-32 or UTF-16 without BOM when the file has NUL bytes and decodes as such into Chinese;
3. strict UTF-8; a file that is UTF-8 but for a last character cut short is UTF-8 (the cut
   bytes are left out; `check` reports them); a file whose lines are partly UTF-8 and partly
   GB18030/Big5 is refused naming the first line in the other encoding; a file that is UTF-8
   but for a few bad bytes (cut by a careless copy) is refused with the line of the first bad
   byte rather than read as GB18030 mojibake, even a short one;
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
from ..messages import say
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
# private-use code points alone: a PDF extractor writes glyphs it cannot map there, a few per
# hundred characters in a bad extraction (`check` lists each); far more means binary
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
PRIVATE_SHARE = 0.10
# characters UTF-8 writes in three bytes (all of Han), but U+FFFD, what a bad byte decodes to
WIDE = re.compile(r"[\u0800-\ufffc\ufffe\uffff]")


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """The text of a file and the name of the encoding it was read as (may be empty)."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], enc, path), enc
    if 0 in data:
        wide = _wide_without_bom(data)
        if wide:
            return wide
    nul = data.count(0)
    if nul > max(8, len(data) // 100):
        raise InputError(path, None, "binary-nul", count=nul)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        if cut_utf8_tail(data):
            # a copy cut inside the last character: the rest is UTF-8; `check` reports the cut
            return data[:e.start].decode("utf-8"), "utf-8"
        _refuse_mixed(data, path)
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
        raise InputError(path, None, "no-encoding")
    return str(guess), guess.encoding


def cut_utf8_tail(data: bytes) -> bytes:
    """The bytes of a last character cut short (1–3 bytes), when all before them is UTF-8;
    empty otherwise."""
    for k in (1, 2, 3):
        head, tail = data[:-k], data[-k:]
        if len(data) > k and 0xC2 <= tail[0] <= 0xF4 and all(0x80 <= b <= 0xBF for b in tail[1:]):
            try:
                head.decode("utf-8")
            except UnicodeDecodeError:
                return b""
            try:
                tail.decode("utf-8")
            except UnicodeDecodeError as e:
                return tail if e.reason == "unexpected end of data" else b""
            return b""
    return b""


def _refuse_mixed(data: bytes, path: str) -> None:
    """Raise when some lines are UTF-8 Chinese and others GB18030 (or Big5) Chinese: a file
    pasted together from two sources. The error names the first line in the encoding of the
    fewer Chinese characters. A line counts as not UTF-8 only when most of it fails UTF-8
    (a damaged UTF-8 line has a few bad bytes among good ones: `_refuse_broken_utf8`)."""
    # sizes in characters, estimated from bytes (3 a character in UTF-8, 2 in GBK/Big5): one
    # decoding per line keeps a 50 MB GB18030 file fast
    utf8_han, other_han, first_utf8, first_other, other_enc = 0, 0, 0, 0, ""
    for no, raw in enumerate(data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n"), 1):
        if raw.isascii():
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            if first_other:
                other_han += len(raw) // 2
            else:
                other_enc = _other_encoding(raw)
                first_other = no if other_enc else 0
                other_han += len(raw) // 2 if other_enc else 0
            continue
        if first_utf8 or HAN.search(text):
            utf8_han += len(raw) // 3
            first_utf8 = first_utf8 or no
    if not (first_utf8 and first_other):
        return
    if utf8_han >= other_han:
        name = "GB18030 (GBK)" if other_enc == "gb18030" else other_enc.upper()
        line, what = first_other, say("enc.other-in-utf8", line=first_other, name=name)
    else:
        line, what = first_utf8, say("enc.utf8-in-other", line=first_utf8,
                                     name=other_enc.upper())
    raise InputError(path, line, "mixed-encodings", what=what)


def _other_encoding(raw: bytes) -> str:
    """The encoding (GB18030 or Big5) a line that fails UTF-8 reads as Chinese in, if it is
    not a damaged UTF-8 line (a few bad bytes among good UTF-8 characters); else ""."""
    loose = raw.decode("utf-8", errors="replace")
    if loose.count("\ufffd") <= len(WIDE.findall(loose)):
        return ""
    for enc in ("gb18030", "big5"):
        try:
            if HAN.search(raw.decode(enc)):
                return enc
        except UnicodeDecodeError:
            continue
    return ""


def _wide_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-32 or UTF-16 text without a BOM, when the bytes decode strictly as such into text
    (little control junk, a fair share of Han); UTF-32 first, whose text UTF-16 reads with NUL
    units. Between LE and BE the one with more line breaks wins, since the other endianness
    turns ASCII letters into Han too."""
    fits = []
    for enc in ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"):
        if fits and enc.startswith("utf-16"):
            break
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if len(NOT_TEXT.findall(text)) <= len(text) // 100 and \
                len(HAN.findall(text)) >= 0.2 * len("".join(text.split())):
            fits.append((text.count("\n"), enc.endswith("le"), text, enc))
    return max(fits)[2:] if fits else None


def _refuse_broken_utf8(data: bytes, err: UnicodeDecodeError, path: str) -> None:
    """Raise when bytes that fail UTF-8 are still mostly well-formed UTF-8 Chinese: GB18030
    would accept them too, as mojibake, and the editor would never know."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    # short texts too: a GBK or Big5 text read as UTF-8 is mostly bad bytes, rarely one in four
    enough = max(3, 3 * bad)  # counted only so far: a list of every match of 50 MB is slow
    wide = sum(1 for _ in itertools.islice(WIDE.finditer(text), enough))
    if wide >= enough:
        line = data[:err.start].count(b"\n") + 1
        raise InputError(path, line, "broken-utf8", bad=bad, at=err.start,
                         bytes=repr(data[err.start:err.start + 4]))


def _strict(data: bytes, enc: str, path: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as e:
        nl = "\n".encode(enc)
        line = data[:e.start - e.start % len(nl)].count(nl) + 1
        raise InputError(path, line, "bom-mismatch", enc=enc, at=e.start) from None


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
        raise InputError(path, None, "empty-file" if not data else "blank-file")
    text, enc = decode_text(data, path)
    if not text.strip():
        raise InputError(path, None, "blank-file-enc", enc=enc)
    private = len(PRIVATE_USE.findall(text))
    junk = len(NOT_TEXT.findall(text)) - private
    if junk > max(8, len(text) // 100) or private > max(8, PRIVATE_SHARE * len(text)):
        raise InputError(path, None, "binary-junk", count=junk + private, enc=enc)
    return text, enc


def read_issue_lines(data: bytes, path: str) -> list[Line]:
    """Decoded, numbered lines of an issue; refuses text with no Chinese in it at all."""
    return read_issue(data, path)[1]


def read_issue(data: bytes, path: str) -> tuple[str, list[Line]]:
    """The decoded text of an issue and its numbered lines (see `read_issue_lines`)."""
    text, enc = decode_issue(data, path)
    if not HAN.search(text):
        raise InputError(path, None, "no-chinese", enc=enc)
    return text, split_lines(text)
