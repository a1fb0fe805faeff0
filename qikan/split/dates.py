"""Dates: the dates an issue's text shows — the issue's own, and a news brief's dateline.

Takes lines (or one line's text); gives the issue date ("2015-10", "2018-03-12") the text
itself prints most often (`issue_date`, also what `intake` detects for a new issue's sidecar),
and the patterns of a dated news lede (`DATE_LEAD`, `DATE_NEAR`) that title finding and the
brief split read.
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Dropped, Line
# "7 月 20 日，", "8 月 3 日至 9 日，", "7 月初，", "“七一”期间，", "七一期间，", "近日，", "日前，": a
# news brief's dateline.
DATE_LEAD = re.compile(r"^((近日|日前|近期|日来)[，,]|\d{1,2}\s*月\s*(\d{1,2}\s*[日—-]|初|以来|中旬|上旬|下旬|底|份)|"
                       r"“[^”]{1,4}”(期间|前夕|以来|当天)|[一二三四五六七八九十]{2,3}(期间|前夕|当天))")
# "3月5日晴", "10月9日星期四雨", "2026年3月6日集中学习" (spaces taken out; "3月l2日": an OCR's l
# for 1): a diary's or a log's day, with its weekday, weather or what it was for, over its entry
DIARY_DAY = re.compile(r"^(\d{4}年)?\d{1,2}月[\dlI]{1,2}日(星期[一二三四五六日天][\u4e00-\u9fff]{0,4}|[\u4e00-\u9fff]{1,4})$")
# "9月30日下午，", "中共中央政治局10月12日召开": a date near the start of a news lede.
DATE_NEAR = re.compile(r"^[^，。、；：,;:]{0,12}?\d{1,2}\s*月\s*\d{1,2}\s*日")
# "2026年10月", "二〇二六年十月", "（2026年第三季度）", "2026年第3期", "（2026年第1辑）", "（2026年）": a date or a
# period alone on its line, a signature's or a cover's, no title ("2026年3月于岚州": with the
# place it was written in, as a preface dates itself)
_NUM = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
DATE_ALONE = re.compile(r"^\s*[（(]?\s*([12]\d{3}|[〇零一二三四五六七八九]{4})\s*年\s*"
                        rf"({_NUM}\s*月(\s*{_NUM}\s*日)?(于[\u4e00-\u9fff]{{2,8}})?|第{_NUM}(季度|期|辑|卷|册)|[上下]半年|度?)"
                        r"\s*[）)]?\s*$")
# "2015·10" page marks, "2018-03-12 00:00:00" datelines: the issue date.
ISSUE_MARK = re.compile(r"^\s*(\d{4})\s*[·.]\s*(\d{1,2})\s*$")
DATELINE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2}) \d{2}:\d{2}")


def issue_date(lines: list[Line], dropped: list[Dropped]) -> str | None:
    """The issue date the text itself shows: the commonest "2015·10" mark, or a web dateline."""
    marks: Counter = Counter()
    for t in [l.text for l in lines] + [d.text for d in dropped]:
        if not (t[:1].isdigit() or t[:1].isspace()):
            continue    # both patterns open with a digit, maybe after spaces (most lines: no)
        m = ISSUE_MARK.match(t)
        if m and 1900 < int(m.group(1)) < 2100 and 1 <= int(m.group(2)) <= 12:
            marks[f"{m.group(1)}-{int(m.group(2)):02d}"] += 1
        m = DATELINE.match(t)
        if m:
            marks[f"{m.group(1)}-{m.group(2)}-{m.group(3)}"] += 1
    return marks.most_common(1)[0][0] if marks else None
