"""Documents: the lines of a text without spaces → the lines of official documents' title blocks.

Takes each non-blank line's text with its spaces taken out (as `classify.classify` keys them);
gives the lines of documents' titles ("关于表彰…的决定", however wide: an issuer's masthead, a
document number or an addressee shows them for what they are), their issuers' lines and their
numbers' — which `classify` reads as headings, issuers and dates. Written by hand: the shape of
a Party document's head is this project's vocabulary (vocabulary.py: DOCUMENT_OPENS …).
"""
from __future__ import annotations

import re

from .names import is_institution
from .vocabulary import ADOPTED, DOCUMENT_KIND, DOCUMENT_NUMBER, DOCUMENT_OPENS

DOCUMENT_LINES = 3  # lines of a document's title, at most


# "中共澄江地委", "中共澜河县委": a Party committee issuing a document (the name alone, 中共 before it)
PARTY_COMMITTEE = re.compile(r"^中共[\u4e00-\u9fff]{2,12}[地县市区州盟旗省]委(员会)?$")


def document_titles(keys: list[str]) -> tuple[set[int], set[int], set[int]]:
    """The lines of official documents' titles ("关于表彰全县优秀共产党员、优秀党务工作者" / "和先进
    基层党组织的决定": titles however wide their lines, as a contents' entries are), the
    issuers' lines over them ("中共澜河县委") and their numbers' ("澜发〔2026〕15号", or the
    adoption line under the title)."""
    found: set[int] = set()
    issuers: set[int] = set()
    numbers: set[int] = set()
    for k, key in enumerate(keys):
        if key[:1] != "关" or "。" in key or not (DOCUMENT_OPENS.match(key) or k and key.startswith("关于")
                                                 and DOCUMENT_NUMBER.match(keys[k - 1])):
            continue    # (a notice sending another on is a document of its own under its number)
        end = next((j for j in range(k, min(k + DOCUMENT_LINES, len(keys)))
                    if DOCUMENT_KIND.search(keys[j]) and "。" not in keys[j]), None)
        if end is None:
            continue
        top = k - 1
        while top >= 0 and DOCUMENT_NUMBER.match(keys[top]):
            top -= 1    # (the number printed over the title, under the issuer's masthead)
        # "中共澄江地委", "中共澄江地委文件": the issuer, or its masthead
        # (not the office signing the text before, under its last sentence)
        issued = top >= 0 and (is_institution(name := keys[top].removesuffix("文件")) or bool(PARTY_COMMITTEE.match(name))) \
            and not (top and keys[top - 1][-1:] in "。！？）)")
        under = keys[end + 1:end + 3]
        # (a document shows itself by its issuer over the title, its number, its addressees or
        # its adoption under it: "澜发〔2026〕15号", "各乡镇党委，县直各单位党组（党委）：",
        # "（2026年1月5日支部委员会会议研究通过）")
        if not (issued or any(DOCUMENT_NUMBER.match(x) or x[-1:] in "：:" or ADOPTED.match(x) for x in under)):
            continue
        if issued:
            issuers.add(top)
        found.update(range(k, end + 1))
        numbers.update(j for j in [*range(top + 1, k), end + 1, end + 2]
                       if j < len(keys) and (DOCUMENT_NUMBER.match(keys[j]) or ADOPTED.match(keys[j])))
    return found, issuers, numbers
