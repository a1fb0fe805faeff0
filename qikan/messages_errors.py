"""The errors' table: a code → what is wrong and what to do, in Chinese and English.

`InputError(path, line, code, **fields)` (errors.py) renders an entry with its fields
(`str.format`); `T` is one template in both languages.
"""
from __future__ import annotations

from typing import NamedTuple


class T(NamedTuple):
    """One template in both languages (`str.format` fields)."""
    zh: str
    en: str


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
    # CI's matrix (publish.yml): one job per part, one that merges them
    "part-needs-parts": (
        T("--part {part} 没有给出 --parts 文件夹", "--part {part} without a --parts folder"),
        T("加上 --parts 文件夹（合并时用同一个）", "add --parts FOLDER (the one the merge reads)")),
    "part-unknown": (
        T("文库里没有“{part}”这一部分", "the archive has no part {part!r}"),
        T("可用的部分：{parts}（" + QIKAN + " parts 列出它们）",
          "its parts: {parts} (" + QIKAN + " parts lists them)")),
    "part-missing": (
        T("缺少“{part}”部分的页面：这个文件夹里没有 {file}",
          "the pages of part {part!r} are missing: this folder has no {file}"),
        T("先为同一份文库运行 " + QIKAN + " build --part {part} --parts 同一个文件夹",
          "first run " + QIKAN + " build --part {part} --parts the same folder, for the same "
          "archive")),
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
    "yaml-tag": (
        T("不允许 YAML 标签，第 {column} 列：{tag}",
          "YAML tag not allowed, column {column}: {tag}"),
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
    "yaml-unclosed-bracket": (
        T("括号没有闭合：第 {column} 列的 {bracket} 一直没有配对的右括号",
          "unclosed bracket: the {bracket} at column {column} is never closed"),
        T("在这一行的末尾补上右括号（[ 配 ]，{{ 配 }}）",
          "close it at the end of the line ([ with ], {{ with }})")),
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
    "key-not-bool": (
        T("{key} 应是 true 或 false，不能是{got}",
          "{key} must be true or false, not a {got}"),
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
    "article-authors": (
        T("第 {n} 篇文章：authors 应是人名列表",
          "article {n}: authors must be a list of names"),
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
        T("请改正范围（" + QIKAN + " split {source} --yaml 会列出自动切分的范围，可作起点）",
          "correct the range (" + QIKAN + " split {source} --yaml prints the automatic "
          "split's ranges to start from)")),
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
    "zensical-missing": (T("没有安装 Zensical（约 90 MB，make site 不装它）",
                           "Zensical is not installed (about 90 MB; make site leaves it out)"),
                         T("请先运行 {pip} install {pin}，再运行 qikan zensical",
                           "run {pip} install {pin} first, then qikan zensical")),
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
    "review-readback": (
        T("新的 articles: 读回来与写下的不一样",
          "the new `articles:` would not read back as written"),
        T("请报告这个问题：侧车文件没有改动", "report this: the sidecar was left unchanged")),
    "review-encoding": (T("侧车文件的编码（{enc}）容纳不了 {chars}",
                          "the sidecar's encoding ({enc}) cannot hold {chars}"),
                        T("请先把侧车文件存为 UTF-8", "save the sidecar as UTF-8 first")),
    "review-encoding-readback": (
        T("新的侧车文件按 {enc} 读不回原样",
          "the new sidecar would not read back as {enc}"),
        T("请先把侧车文件存为 UTF-8", "save the sidecar as UTF-8 first")),
    # the machine (errors.os_error_message): the system's own words, then what to do
    "os-full": (T("{what}", "{what}"),
                T("请腾出那块磁盘的空间（或用 --out/--work/--dist 构建到别处）后重试",
                  "free some space on that disk (or build with --out/--work/--dist elsewhere) "
                  "and retry")),
    "os-too-big": (T("{what}", "{what}"),
                   T("文件大小上限（ulimit -f、配额或文件系统的上限）阻止了写入：请调高上限或换个地方构建后重试",
                     "a file-size limit stopped the write (ulimit -f, a quota, the file system's "
                     "maximum): raise it or build elsewhere, then retry")),
    "os-denied": (T("{what}", "{what}"),
                  T("请让当前用户可写这个文件夹，或用 --out/--work/--dist 构建到别处",
                    "make the folder writable for this user, or build with --out/--work/--dist "
                    "elsewhere")),
    "os-not-folder": (T("{what}", "{what}"),
                      T("需要文件夹的地方有一个文件：把它移走，或换一个文件夹",
                        "a file stands where a folder is needed: move it away or give another "
                        "folder")),
    "os-other": (T("{what}", "{what}"),
                 T("请检查路径和磁盘后重试", "check the path and the disk, then retry")),
}
