"""Messages: a message code and its fields → the line an editor reads, in Chinese or English.

Takes a code (`no-file`, `yaml-unclosed-quote`, `check.issue`, …) and the fields its templates
name; gives the text in the language of this run. Every error (`ERRORS`: what is wrong, what to
do), every report line and warning (`LINES`) and the command line's help (`HELP`) stands here
once, in both languages, so no message is written in one place and translated in another.

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

import gettext
import os
from typing import Literal, Mapping, NamedTuple

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


class T(NamedTuple):
    """One template in both languages (`str.format` fields)."""
    zh: str
    en: str


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


def say(code: str, **fields: object) -> str:
    """A report line, a warning or a piece of one (`LINES`), in this run's language."""
    return _pick(LINES[code], fields)


def error_text(code: str, fields: Mapping[str, object]) -> tuple[str, str]:
    """What is wrong and what to do (`ERRORS`), in this run's language."""
    what, todo = ERRORS[code]
    return _pick(what, fields), _pick(todo, fields)


def help_text(code: str) -> str:
    return _pick(HELP[code], {})


# what to run, as the editor types it (the console script `make site` installs, or make)
QIKAN = ".venv/bin/qikan"

# code → (what is wrong, what to do); InputError(path, line, code, **fields) renders them
ERRORS: dict[str, tuple[T, T]] = {
    # command line
    "no-file": (T("没有这个文件", "no such file"),
                T("请给出期刊文本文件的路径", "give the path of an issue text file")),
    "no-issue": (T("没有这个期刊文件，也没有这个 id 的期刊", "no such issue file or issue id"),
                 T("请给出期刊文本的路径，或 {src} 中某一期的 id",
                   "give the path of an issue text or the id of one in {src}")),
    "check-no-issues": (T("这个文件夹里没有期刊文件（*.txt）", "no issue files (*.txt) in this folder"),
                        T("请给出期刊文件或 id，或用 --src 指定文库文件夹",
                          "give issue files or ids, or --src the archive folder")),
    "add-same-text": (
        T("文库里已有这份文本：{same} 就是同一期（字符相同，不论编码和换行）",
          "the archive has this text already: {same} holds the same issue (the same "
          "characters, whatever the encoding or line breaks)"),
        T("不要再添加；要更正那一期，请编辑它的侧车文件 {side}，或用 " + QIKAN + " review {stem} 审阅",
          "do not add it again; to correct that issue, edit its sidecar {side} or review it: "
          + QIKAN + " review {stem}")),
    "add-id-taken": (
        T("期刊 id “{id}” 在 {src} 中已经有了（{holder}）",
          "issue id {id!r} already exists in {src} ({holder})"),
        T("这是与那一期不同的另一期（文本不一样），请用 --id 另给一个 id，例如 --id {id}-2",
          "this is another issue than that one (its text differs), so give it its own id "
          "with --id, e.g. --id {id}-2")),
    "unsafe-id": (T("期刊 id {id} 不合规", "unsafe issue id {id}"),
                  T("只用小写英文字母、数字和“-”，例如 2015-10-nxdj",
                    "use lower-case ASCII letters, digits and '-', e.g. 2015-10-nxdj")),
    "file-name-no-id": (
        T("从文件名得不到可用的期刊 id（需要英文字母或数字）",
          "the file name gives no usable issue id (it needs ASCII letters or digits)"),
        T("请用 --id 给出，例如 --id 2015-10-nxdj", "give one with --id, e.g. --id 2015-10-nxdj")),
    "file-name-unsafe-id": (
        T("由文件名得到的 id {id} 不合规", "the file name gives the unsafe id {id}"),
        T("请用 --id 给出，例如 --id 2015-10-nxdj", "give one with --id, e.g. --id 2015-10-nxdj")),
    # the archive
    "archive-no-issues": (
        T("这个文件夹里没有期刊文件（*.txt）", "no issue files (*.txt) in this folder"),
        T("用 make add FILE=… 或 " + QIKAN + " add FILE 添加期刊",
          "add issues with make add FILE=… or " + QIKAN + " add FILE")),
    "orphan-text": (
        T("期刊文本 {name} 没有侧车文件 {side}，不能发布",
          "the issue text {name} has no sidecar {side}, so it cannot be published"),
        T("把它移出文库文件夹，再用 make add FILE=… 添加（会起草侧车文件）；或在它旁边写好 {side}"
          "（至少写 publication、date、kind）",
          "move it out of the archive folder and add it with make add FILE=… (which drafts "
          "the sidecar), or write {side} beside it (publication, date and kind at least)")),
    "id-differs": (
        T("侧车文件的 id “{id}” 与文件名 {stem} 不同",
          "the sidecar's id {id!r} differs from the file name {stem}"),
        T("把两个文件改名为 {id}.txt 和 {id}.yml，或把 id 改成 {stem}；若确实要让 id 与文件名不同，"
          "在侧车文件里加一行 id_differs: true",
          "rename both files to {id}.txt and {id}.yml, or change the id to {stem}; if the id "
          "is meant to differ from the file name, add the line id_differs: true to the sidecar")),
    "id-used-twice": (
        T("期刊 id “{id}” 已被 {other} 使用", "issue id {id!r} is already used by {other}"),
        T("两个文件是同一期时，删去其中一份（.txt 和 .yml）；是不同的两期时，给这一期另取 id，"
          "并把它的两个文件改成同名",
          "if both files hold the same issue, remove one of them (.txt and .yml); if they are "
          "two issues, give this one its own id and rename its two files to match")),
    # sidecars
    "sidecar-unreadable": (T("读不了侧车文件：{reason}", "cannot read the sidecar: {reason}"),
                           T("请检查文件是否存在、是否可读", "check that the file exists and is readable")),
    "sidecar-binary": (
        T("不是文本：含控制字符 U+{code:04X}（侧车文件应是文本文件）",
          "not text: control character U+{code:04X} (a sidecar is a text file)"),
        T("请用文本编辑器把侧车文件存为 UTF-8 纯文本",
          "save the sidecar as plain UTF-8 text from a text editor")),
    "sidecar-not-mapping": (
        T("侧车文件必须是“键: 值”的映射", "a sidecar must be a mapping of keys to values"),
        T("请写成“键: 值”的行，例如 kind: magazine",
          "write it as `key: value` lines, e.g. `kind: magazine`")),
    "yaml-key-twice": (
        T("键 {key} 写了两次（第一次在第 {first} 行）",
          "key {key} is written twice (first on line {first})"),
        T("只保留其中一行", "keep one of the two lines")),
    "yaml-tag": (T("不允许 YAML 标签，第 {column} 列：{tag}", "YAML tag not allowed, column {column}: {tag}"),
                 T("侧车文件只写文字、数字和列表：请删去“!…”标签",
                   "a sidecar holds plain text, numbers and lists: remove the `!…` tag")),
    "yaml-anchor": (
        T("不允许 YAML 锚点或别名，第 {column} 列：{name}",
          "YAML anchor or alias not allowed, column {column}: {name}"),
        T("在需要的地方把值直接写出来（侧车文件不引用别处的值）",
          "write the value out where it is needed (a sidecar repeats nothing by reference)")),
    "yaml-deep": (T("YAML 嵌套超过 {depth} 层", "the YAML is nested more than {depth} levels deep"),
                  T("侧车文件只写“键: 值”的行和 articles: 条目",
                    "write the sidecar as plain `key: value` lines and `articles:` entries")),
    "yaml-structure": (T("侧车文件里不能这样写，第 {column} 列：{problem}",
                         "not valid in a sidecar, column {column}: {problem}"),
                       T("请写成简单的“键: 值”行", "write plain `key: value` lines")),
    "yaml-syntax": (
        T("YAML 语法错误{column}：{problem}", "not valid YAML{column}: {problem}"),
        T("请改正这一行（值里有“:”或以 [ {{ * & ! % @ 开头时，给值加引号）",
          "fix the YAML syntax (quote values that contain ':' or start with "
          "'[', '{{', '*', '&', '!', '%', '@')")),
    "yaml-unclosed-quote": (
        T("引号没有闭合：第 {column} 列的 {quote} 一直没有配对的 {quote}",
          "unclosed quote: the {quote} at column {column} has no closing {quote}"),
        T("在值的末尾补上 {quote}（值里本身有 {quote} 时，改用另一种引号把值括起来）",
          "add the closing {quote} at the end of the value (if the value itself holds "
          "{quote}, quote it with the other kind of quote)")),
    "yaml-indent": (
        T("缩进不对：这一行的缩进与上下文对不上", "bad indentation: this line's indent does not fit"),
        T("同一层的键左端对齐；articles: 下的每条以“  - ”开头，条目里的键比“-”多缩进两格；"
          "缩进只用空格，不用 Tab",
          "align keys of one level; under articles: start each entry with '  - ' and indent "
          "its keys two spaces past the '-'; indent with spaces, not tabs")),
    "yaml-tab": (
        T("用了 Tab 缩进（YAML 只认空格）", "indented with a tab (YAML allows spaces only)"),
        T("把行首的 Tab 换成空格", "replace the tab at the start of the line with spaces")),
    "yaml-fullwidth-colon": (
        T("键后用了全角冒号“：”，请改成半角冒号“:”加空格",
          "full-width colon '：' after the key: write an ASCII colon ':' and a space"),
        T("把这一行写成 {key}: …", "write the line as {key}: …")),
    "yaml-colon-in-value": (
        T("值里有半角冒号“: ”，YAML 把它当成了又一个键", "the value holds ': ', which YAML reads "
          "as another key"),
        T('给整个值加上引号，例如 title: "…: …"', 'quote the whole value, e.g. title: "…: …"')),
    "unknown-key": (
        T("未知的键 {key}{near}", "unknown key {key}{near}"),
        T("可用的键：{allowed}", "allowed keys: {allowed}")),
    "date-number": (T("date 是数字 {value}，不是日期", "date is the number {value}, not a date"),
                    T('请写成加引号的 YYYY-MM 或 YYYY-MM-DD，例如 date: "2015-10"',
                      'write YYYY-MM or YYYY-MM-DD in quotes, e.g. date: "2015-10"')),
    "date-bad": (T("日期 {value} {problem}", "date {value} {problem}"),
                 T('请写真实的日期：加引号的 YYYY-MM 或 YYYY-MM-DD，例如 date: "2015-10"',
                   'write a real date, YYYY-MM or YYYY-MM-DD in quotes, e.g. date: "2015-10"')),
    "key-not-text": (T("{key} 应是文字，不能是{got}", "{key} must be text, not a {got}"),
                     T('请写成 {key}: "…"（加引号）', 'write it as `{key}: "…"` (quoted)')),
    "key-not-list": (T("{key} 应是列表，不能是{got}", "{key} must be a list, not a {got}"),
                     T("请写成 {key}: 再在下面逐行写“- …”", "write it as `{key}:` followed by `- …` items")),
    "key-not-bool": (T("{key} 应是 true 或 false，不能是{got}", "{key} must be true or false, not a {got}"),
                     T("请写成 {key}: true", "write it as `{key}: true`")),
    "yaml-no-colon": (
        T("这一行不是“键: 值”：键后找不到冒号", "this line is no `key: value`: no colon after the key"),
        T("在键后写半角冒号“:”加空格，例如 publication: 宁夏党建",
          "write a colon and a space after the key, e.g. publication: 宁夏党建")),
    "key-empty": (T("{key} 没有值", "{key} has no value"),
                  T("请给 {key} 填上值，或删去这一行", "give the {key} a value or delete the line")),
    "file-name-unsafe": (
        T("由文件名得到的期刊 id {id} 不合规", "the file name gives the unsafe issue id {id}"),
        T("请把期刊文件改名（只用小写英文字母、数字和“-”），或在侧车文件里写 id: …",
          "rename the issue file (lower-case ASCII letters, digits and '-') or add `id: …` "
          "to its sidecar")),
    "kind-unknown": (T("kind {kind} 不认识", "kind {kind} is not known"),
                     T("请用其中之一：{kinds}", "use one of: {kinds}")),
    "article-not-mapping": (
        T("第 {n} 篇文章不是映射", "article {n} is not a mapping"),
        T("每篇文章写成“- lines: [[起, 止]]”再加其他字段",
          "write each article as `- lines: [[first, last]]` plus its fields")),
    "article-unknown-key": (
        T("第 {n} 篇文章：未知的键 {key}{near}", "article {n}: unknown key {key}{near}"),
        T("可用的键：{allowed}", "allowed keys: {allowed}")),
    "article-not-text": (T("第 {n} 篇文章：{key} 应是文字，不能是{got}",
                           "article {n}: {key} must be text, not a {got}"),
                         T("请改正这个值", "correct the value")),
    "article-not-list": (T("第 {n} 篇文章：{key} 应是列表，不能是{got}",
                           "article {n}: {key} must be a list, not a {got}"),
                         T("请改正这个值", "correct the value")),
    "article-authors": (T("第 {n} 篇文章：authors 应是人名列表", "article {n}: authors must be a list of names"),
                        T("请写成 authors: [张三, 李四]", "write `authors: [张三, 李四]`")),
    "article-kind": (T("第 {n} 篇文章：kind {kind} 不认识", "article {n}: kind {kind} is not known"),
                     T("请用其中之一：{kinds}", "use one of: {kinds}")),
    "article-date": (T("第 {n} 篇文章：日期 {value} {problem}", "article {n}: date {value} {problem}"),
                     T('请写真实的日期：加引号的 YYYY-MM 或 YYYY-MM-DD，例如 date: "2015-10"',
                       'write a real date, YYYY-MM or YYYY-MM-DD in quotes, e.g. date: "2015-10"')),
    "article-lines": (
        T("第 {n} 篇文章：lines 应写成 [[起, 止], …]，且 1 <= 起 <= 止，现在是 {value}",
          "article {n}: lines must be [[first, last], ...] with 1 <= first <= last, not {value}"),
        T("给出这篇文章在期刊文件中的行号范围", "give the article's line ranges in the issue file")),
    "range-past-end": (
        T("{label}：行 [{first}, {last}] 超出了 {source} 的末尾（共 {count} 行）",
          "{label}: lines [{first}, {last}] go past the end of {source}, which has {count} lines"),
        T("请改正范围（" + QIKAN + " split 文件 --yaml 会列出自动切分的范围，可作起点）",
          "correct the range (" + QIKAN + " split FILE --yaml prints the automatic split's "
          "ranges to start from)")),
    "range-overlap": (
        T("{label}：行 [{first}, {last}] 与{other}重叠（{source} 的第 {no} 行在两处）",
          "{label}: lines [{first}, {last}] overlap {other} (line {no} of {source} is in both)"),
        T("每一行只能归一篇文章：让一个范围在另一个开始之前结束，或把一个范围在另一篇文章两侧拆成两段",
          "give every source line to one article only: end one range before the other "
          "starts, or split a range in two around the other article")),
    # issue texts (split/ingest.py)
    "binary-nul": (T("含 {count} 个 NUL 字节：这像是二进制文件，不是期刊文本",
                     "{count} NUL bytes: this looks like a binary file, not an issue text"),
                   T("请先把 PDF 或网页转成纯文本", "convert the PDF or page to plain text first")),
    "no-encoding": (
        T("没有一种文字编码能读这个文件（不是 UTF-8、UTF-16、GB18030 或 Big5）：可能是二进制文件",
          "no text encoding fits this file (not UTF-8, UTF-16, GB18030 or Big5): it may be binary"),
        T("请把它另存为 UTF-8 纯文本后再添加", "save it as UTF-8 plain text and add it again")),
    "mixed-encodings": (
        T("文件混用了两种编码：{what}", "the file mixes two encodings: {what}"),
        T("把粘贴进来的部分改存为全文件的编码（最好是 UTF-8），让整个文件只用一种编码",
          "re-save the pasted part in the file's encoding (UTF-8 is best) so the whole file "
          "is in one")),
    "broken-utf8": (
        T("文件是 UTF-8，但有 {bad} 个字节不是，第一个在第 {at} 字节（{bytes}）",
          "the file is UTF-8 but {bad} byte(s) are not, the first at byte {at} ({bytes})"),
        T("请把文件重新存为 UTF-8，或重打这一行损坏的字",
          "re-save the file as UTF-8 or retype the damaged characters on that line")),
    "bom-mismatch": (
        T("文件以 {enc} 字节顺序标记开头，但第 {at} 字节不是 {enc}",
          "the file starts with a {enc} byte-order mark but byte {at} is not {enc}"),
        T("请把文件存为单一编码", "re-save the file in one encoding")),
    "empty-file": (T("文件是空的", "the file is empty"),
                   T("请给出载有文章的期刊文本", "give an issue text with the articles in it")),
    "blank-file": (T("文件里只有空白", "the file holds only white space"),
                   T("请给出载有文章的期刊文本", "give an issue text with the articles in it")),
    "blank-file-enc": (T("文件（{enc}）里只有空白", "the file ({enc}) holds only white space"),
                       T("请给出载有文章的期刊文本", "give an issue text with the articles in it")),
    "binary-junk": (
        T("按 {enc} 读有 {count} 个控制字符、未分配字符或私用区字符：这像是二进制文件，不是期刊文本",
          "{count} control, unassigned or private-use characters when read as {enc}: this "
          "looks like a binary file, not an issue text"),
        T("请先把 PDF 或网页转成纯文本（UTF-8）", "convert the PDF or page to plain text (UTF-8) first")),
    "no-chinese": (
        T("找不到汉字（按 {enc} 读）：这不是期刊文本", "no Chinese characters found (read as {enc}): this "
          "is not an issue text"),
        T("请确认给的是对的文件，而且是纯文本", "check that the right file was given and that it is plain text")),
    # site settings, review page, Zensical
    "settings-unreadable": (T("读不了网站设置：{reason}", "cannot read the site settings: {reason}"),
                            T("请用 --config 给出项目的 mkdocs.yml",
                              "give the project's mkdocs.yml with --config")),
    "settings-yaml": (T("YAML 语法错误：{problem}", "not valid YAML: {problem}"),
                      T("请改正 YAML 语法", "fix the YAML syntax")),
    "hant-profile": (T("繁体版的 OpenCC 方案 {profile} 不认识", "unknown OpenCC profile {profile} for the "
                       "zh-Hant edition"),
                     T("请把 extra.qikan.hant_profile 设为其中之一：{profiles}",
                       "set extra.qikan.hant_profile to one of {profiles}")),
    "zensical-failed": (T("Zensical 构建失败：{output}", "Zensical failed: {output}"),
                        T("它不支持的功能见使用手册的 Zensical 一节",
                          "see the manual, \"Zensical\", for what it does not support")),
    "cannot-listen": (T("无法在这里监听：{reason}", "cannot listen there: {reason}"),
                      T("请换一个 --port，或不给 --port 让它自选空闲端口",
                        "give another --port, or none for a free one")),
    "review-no-articles": (T("页面没有送来任何文章", "the page sent no articles"),
                           T("保存前给每篇文章至少一行", "give every article at least one line before saving")),
    "review-bad-article": (T("第 {n} 篇文章：不是文章，或有未知的键 {keys}",
                             "article {n}: not an article or unknown keys {keys}"),
                           T("请重新载入审阅页面", "reload the review page")),
    "review-line-break": (T("第 {n} 篇文章：{key} 里有换行", "article {n}: {key} holds a line break"),
                          T("请把这个字段写在一行里", "write the field on one line")),
    "review-not-block": (T("侧车文件不是“键: 值”行的块", "the sidecar is not a block of `key: value` lines"),
                         T("要在审阅页面里修改，请把它写成“键: 值”的行",
                           "write it as `key: value` lines to edit it in the review page")),
    "review-articles-indent": (T("articles: 不在行首", "`articles:` does not start its line"),
                               T("把 articles: 放到一行的开头", "put `articles:` at the start of a line")),
    "review-readback": (T("新的 articles: 读回来与写下的不一样", "the new `articles:` would not read back as written"),
                        T("请报告这个问题：侧车文件没有改动", "report this: the sidecar was left unchanged")),
    "review-encoding": (T("侧车文件的编码（{enc}）容纳不了 {chars}",
                          "the sidecar's encoding ({enc}) cannot hold {chars}"),
                        T("请先把侧车文件存为 UTF-8", "save the sidecar as UTF-8 first")),
    "review-encoding-readback": (T("新的侧车文件按 {enc} 读不回原样", "the new sidecar would not read back as {enc}"),
                                 T("请先把侧车文件存为 UTF-8", "save the sidecar as UTF-8 first")),
    # the machine (errors.os_error_message): the system's own words, then what to do
    "os-full": (T("{what}", "{what}"),
                T("请腾出那块磁盘的空间（或用 --out/--work/--dist 构建到别处）后重试",
                  "free some space on that disk (or build with --out/--work/--dist elsewhere) and retry")),
    "os-too-big": (T("{what}", "{what}"),
                   T("文件大小上限（ulimit -f、配额或文件系统的上限）阻止了写入：请调高上限或换个地方构建后重试",
                     "a file-size limit stopped the write (ulimit -f, a quota, the file system's "
                     "maximum): raise it or build elsewhere, then retry")),
    "os-denied": (T("{what}", "{what}"),
                  T("请让当前用户可写这个文件夹，或用 --out/--work/--dist 构建到别处",
                    "make the folder writable for this user, or build with --out/--work/--dist elsewhere")),
    "os-not-folder": (T("{what}", "{what}"),
                      T("需要文件夹的地方有一个文件：把它移走，或换一个文件夹",
                        "a file stands where a folder is needed: move it away or give another folder")),
    "os-other": (T("{what}", "{what}"),
                 T("请检查路径和磁盘后重试", "check the path and the disk, then retry")),
}

# report lines, warnings and the pieces messages are made of
LINES: dict[str, T] = {
    "interrupted": T("已中断——之前的网站保持不变", "interrupted — the previous site is kept"),
    "writing": T("写入 --out {out}、--work {work} 或 --dist {dist} 之一时",
                 "writing one of --out {out}, --work {work}, --dist {dist}"),
    "build.done": T("已构建 {out}：{issues} 期，{articles} 篇文章，{pages} 个页面",
                    "built {out}: {issues} issues, {articles} articles, {pages} pages"),
    "build.split": T("本次切分 {split} 期，{cached} 期取自缓存；{feeds} 个订阅源",
                     "{split} issues split, {cached} from the cache; {feeds} feeds"),
    "build.hant": T("繁体版用时 {seconds:.2f} 秒；离线包 {zip}",
                    "zh-Hant edition in {seconds:.2f} s; offline zip {zip}"),
    # said once by a build whose mkdocs.yml has no site_url (as a local build has)
    "build.no-site-url": T("mkdocs.yml 未设置 site_url（发布时用 QIKAN_SITE_URL 给出网址）："
                           "本次构建不写绝对网址——不生成 RSS 订阅，规范链接与引用中不带网址",
                           "mkdocs.yml sets no site_url (give it with QIKAN_SITE_URL when "
                           "publishing): this build writes no absolute URLs — no RSS feeds, no "
                           "URL in canonical links and citations"),
    "build.waiting": T("{folder}：另一次构建正在使用这个文件夹（{holder}）——等它结束",
                       "{folder}: another build is using this folder ({holder}) — waiting for it to finish"),
    "build.holder-unknown": T("一次构建", "a build into it"),
    "zensical.done": T("Zensical：{pages} 个页面在 {site}（它的构建用时 {seconds:.1f} 秒），已加上搜索索引和繁体版",
                       "Zensical: {pages} pages in {site} (its build {seconds:.1f} s), search "
                       "index and zh-Hant edition added"),
    "review.refused": T("审阅：拒绝了 {command} {path}：{why}", "review: refused {command} {path}: {why}"),
    "review.serving": T("审阅页面（{txt}）：{url}  —— Ctrl-C 结束",
                        "review page of {txt}: {url}  — Ctrl-C to stop"),
    "serve.serving": T("预览：http://127.0.0.1:{port}/ （修改 {src} 中的期刊文本或侧车文件、mkdocs.yml、"
                       "theme_overrides/ 后自动重建；Ctrl-C 结束）",
                       "preview: http://127.0.0.1:{port}/ (rebuilt when the issues or sidecars in "
                       "{src}, mkdocs.yml or theme_overrides/ change; Ctrl-C to stop)"),
    "check.issue": T("{id}（{file}）：{articles} 篇文章（{how}），{suspects} 处疑点",
                     "{id} ({file}): {articles} articles ({how}), {suspects} suspects"),
    "check.by-sidecar": T("按侧车文件的 articles", "sidecar articles"),
    "check.automatic": T("自动切分", "automatic split"),
    "check.total": T("共 {issues} 期，{suspects} 处疑点", "{issues} issues, {suspects} suspects"),
    "add.added": T("已添加 {txt} 和为它起草的侧车文件 {side}",
                   "added {txt} and its drafted sidecar {side}"),
    "add.detected": T("  识别出 {key}：{value}（{note}）", "  detected {key}: {value} ({note})"),
    "add.to-fill": T("还要在 {side} 里填写：", "still to fill in, in {side}:"),
    "add.then": T("然后：运行 " + QIKAN + " check {id}（或 make check）；切分有误就纠正"
                  "（" + QIKAN + " review {id}，或 " + QIKAN + " split {txt} --yaml）；"
                  "最后提交 {txt} 和 {side}",
                  "then: " + QIKAN + " check {id} (or make check); correct the split if "
                  "needed (" + QIKAN + " review {id}, or " + QIKAN + " split {txt} --yaml); "
                  "commit {txt} and {side}"),
    "add.header": T("# 由 qikan add 根据 {name} 起草：请逐项核对，把 null 填上",
                    "# Drafted by qikan add from {name}: check every value, fill in the nulls"),
    "add.header-manual": T("# （使用手册：侧车文件）。", "# (the manual: sidecars)."),
    "column": T("，第 {column} 列", ", column {column}"),
    "near": T("（是不是 {near}？）", " (did you mean {near!r}?)"),
    # date problems (sidecar.date_problem)
    "date.not-a-date": T("不是日期", "is not a date"),
    "date.year": T("的年份是 {year:04d}（应在 1000–9999 之间）", "has the year {year:04d} (years 1000–9999)"),
    "date.no-day": T("日历上没有这一天（{year} 年 {month} 月只有 {days} 天）",
                     "is not in the calendar ({month_name} {year} has {days} days)"),
    # value kinds in messages (sidecar._type_name)
    "type.bool": T("是/否值（{value}）", "yes/no value ({value})"),
    "type.mapping": T("映射 {value}", "mapping {value}"),
    "type.list": T("列表 {value}", "list {value}"),
    "type.value": T("值 {value}", "value {value}"),
    # range messages (split/by_sidecar.py)
    "range.article": T("第 {n} 篇文章", "article {n}"),
    "range.article-titled": T("第 {n} 篇文章（{title}）", "article {n} ({title})"),
    "range.same-article": T("同一篇文章前面的一个范围", "an earlier range of the same article"),
    "range.other": T("{label}的行 [{first}, {last}]", "{label}'s lines [{first}, {last}]"),
    # encodings (split/ingest.py)
    "enc.other-in-utf8": T("第 {line} 行是 {name}，而大多数行是 UTF-8",
                           "line {line} is {name} while most lines are UTF-8"),
    "enc.utf8-in-other": T("第 {line} 行是 UTF-8，而大多数行是 {name}",
                           "line {line} is UTF-8 while most lines are {name}"),
    # check's suspects (check.py), by their codes
    "suspect.article": T("第 {order} 篇文章《{title}》", "article {order} «{title}»"),
    "suspect.untitled": T("（无标题）", "(no title)"),
    "suspect.private-use": T("私用区字符 U+{code:04X}（抽取时没能对应的字形）：请对照 PDF 查明",
                             "private-use code point U+{code:04X} (a glyph the extractor could "
                             "not map): look it up in the PDF"),
    "suspect.control-char": T("控制字符 U+{code:04X}（已从文本中删去）：这里是否丢了一个字？",
                              "control character U+{code:04X} (removed from the text): was a "
                              "character lost there?"),
    "suspect.replacement-char": T("{count} 个 U+FFFD：转换时丢了字，请对照 PDF 重打",
                                  "{count} × U+FFFD: text lost in a conversion, retype it from the PDF"),
    "suspect.latin-garbage": T("中文里夹着英文词 {word}：抽取错误？",
                               "Latin word {word} inside Chinese text: an extraction error?"),
    "suspect.mojibake": T("中文里有带音调符号的拉丁字母（{chars}）：哪里用错了编码？",
                          "Latin letters with accents inside Chinese text ({chars}): wrong "
                          "encoding somewhere?"),
    "suspect.low-confidence": T("{name}：可信度 {confidence:.2f}（{signs}）：请核对它的起止",
                                "{name}: confidence {confidence:.2f} ({signs}): check where it "
                                "starts and ends"),
    "suspect.no-title": T("{name}没有标题", "{name} has no title"),
    "suspect.no-author": T("{name}没有作者", "{name} has no author"),
    "suspect.short": T("{name}只有 {size} 个汉字：是不是标题块或图片说明被切成了一篇？",
                       "{name} has only {size} Chinese characters: a title block or caption "
                       "split off as an article?"),
    "suspect.long": T("{name}有 {size} 个汉字：是不是几篇文章连在了一起？",
                      "{name} has {size} Chinese characters: several articles run together?"),
    "suspect.doubled-glyph": T("{name}：正文里留有重复的字 {twice}",
                               "{name}: doubled glyphs {twice} left in the text"),
    "suspect.doubled-meta": T("{name}：标题、作者等字段里有重复的字 {twice}（{text}）",
                              "{name}: doubled glyphs {twice} in its metadata ({text})"),
    "suspect.lost-text": T("这一行有 {count} 个汉字不在任何文章里，也不在 dropped 里：切分会丢掉它们；请改正范围",
                           "{count} Chinese characters of this line are in no article and not "
                           "in `dropped`: the split loses them; correct the ranges"),
    "suspect.cut-tail": T("文件在一个字的中间结束（略去了字节 {bytes}）：请对照 PDF 重打最后一个字",
                          "the file ends inside a character (bytes {bytes} left out): retype "
                          "the last character from the PDF"),
    # the splitter's warnings, by their codes ({text}: the source line)
    "warning.no-title": T("文章没有印出的标题，已取正文开头作标题", "{detail}"),
    "warning.no-author": T("找不到署名", "{detail}"),
    "warning.floating-title": T("标题块印在正文中间，已移到文章开头", "{detail}"),
    "warning.title-after-body": T("标题块印在它所属的正文之后", "{detail}"),
    "warning.far-byline": T("署名“{text}”离正文很远，已给了最长的无署名文章", "{detail}"),
    "warning.orphan-title": T("标题“{text}”没有正文，已放进 dropped", "{detail}"),
    "warning.other": T("{detail}", "{detail}"),
}

# the command line's help (cli.py)
HELP: dict[str, T] = {
    "prog": T("期刊文库：切分期刊文本，构建网站", "期刊文库: split issues, build the site"),
    "lang": T("界面语言：zh（中文，默认）或 en（英文）；也看 LANG/LC_ALL",
              "language of messages: zh (Chinese, the default) or en; LANG/LC_ALL also choose"),
    "commands": T("命令", "commands"),
    "build": T("切分所有期刊并构建网站（默认命令）", "split every issue and build the site (default)"),
    "src": T("期刊文本和侧车文件所在的文件夹", "folder of issues + sidecars"),
    "out": T("网站的输出文件夹", "output folder of the site"),
    "config": T("网站设置文件（mkdocs.yml）", "the site settings (mkdocs.yml)"),
    "work": T("生成的 Markdown 和 MkDocs 设置所在的工作文件夹",
              "folder for the generated Markdown and MkDocs config"),
    "dist": T("离线包（qikan-offline.zip）的文件夹", "folder of the offline zip (qikan-offline.zip)"),
    "split": T("切分一期并打印结果", "split one issue file and print the result"),
    "split.file": T("期刊文本文件", "the issue text file"),
    "meta": T("侧车文件（默认：与文件同名的 .yml，如果有）",
              "sidecar YAML (default: FILE with .yml, if present)"),
    "json": T("打印 JSON（缩进排版）", "print the JSON object (pretty)"),
    "yaml": T("打印侧车文件 articles: 部分的草稿，改好后贴进侧车文件",
              "print a draft sidecar `articles:` section to correct and paste"),
    "auto": T("不管侧车文件的 articles:，用自动切分",
              "ignore the sidecar's `articles:` and use the automatic split"),
    "check": T("列出每期需要编辑核对的地方", "list what an editor should look at in each issue"),
    "check.issues": T("期刊 id 或文件（默认：全部）", "issue id or file (default: all)"),
    "add": T("把新的一期复制进文库并起草它的侧车文件",
             "copy a new issue into the archive and draft its sidecar"),
    "add.file": T("新一期的文本文件", "the new issue's text file"),
    "add.id": T("它的期刊 id（默认：由文件名和找到的日期得出）",
                "its issue id (default: from the file name and the date found)"),
    "newest": T("打印最新一期（按日期）的 id", "print the id of the newest issue (by date)"),
    "newest.work": T("工作文件夹（切分缓存所在）", "work folder (its split cache)"),
    "review": T("在浏览器里审阅并纠正一期的切分", "review and correct one issue's split in the browser"),
    "review.issue": T("期刊 id 或文件", "issue id or file"),
    "review.port": T("127.0.0.1 上的端口（默认：任一空闲端口）",
                     "port on 127.0.0.1 (default: a free one)"),
    "review.no-open": T("只打印网址，不打开浏览器", "print the address, open no browser"),
    "serve": T("网站的实时预览，每次修改后重建", "a live preview of the site, rebuilt on every change"),
    "serve.work": T("它的工作文件夹", "its work folder"),
    "serve.port": T("127.0.0.1 上的端口", "port on 127.0.0.1"),
    "serve.open": T("在浏览器里打开预览", "open the preview in the browser"),
    "zensical": T("用 Zensical 构建网站（到 WORK/zsite）", "build the site with Zensical (into WORK/zsite)"),
}


class _ArgparseZh(gettext.NullTranslations):
    """argparse's own words in Chinese: a gettext catalogue (msgid → msgstr) as Python data."""
    CATALOGUE = {
        "usage: ": "用法：",
        "positional arguments": "位置参数",
        "options": "选项",
        "show this help message and exit": "显示这段帮助并退出",
        "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
        "the following arguments are required: %s": "缺少这些参数：%s",
        "unrecognized arguments: %s": "不认识的参数：%s",
        "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
        "invalid choice: %(value)r (choose from %(choices)s)":
            "无效的选择：%(value)r（可选：%(choices)s）",
        "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
        "expected one argument": "需要一个值",
        "expected at most one argument": "最多一个值",
        "expected at least one argument": "至少一个值",
        "ambiguous option: %(option)s could match %(matches)s":
            "有歧义的选项：%(option)s 可能是 %(matches)s",
        "not allowed with argument %s": "不能与参数 %s 同用",
        "ignored explicit argument %r": "忽略了显式给出的值 %r",
        "one of the arguments %s is required": "必须给出其中一个参数：%s",
        "unexpected option string: %s": "意外的选项：%s",
        "unknown parser %(parser_name)r (choices: %(choices)s)":
            "没有命令 %(parser_name)r（可用：%(choices)s）",
    }
    PLURALS = {"expected %s argument": "需要 %s 个值"}

    def gettext(self, message: str) -> str:
        return self.CATALOGUE.get(message, message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.PLURALS.get(singular) or (singular if n == 1 else plural)


ARGPARSE_ZH = _ArgparseZh()
