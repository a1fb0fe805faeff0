"""The report lines, warnings and help: a code → its template in Chinese and English.

`messages.say(code, **fields)` renders a line (`LINES`); the command line's help is `HELP`,
and argparse's own words ("usage:", "options", its error lines) are `ARGPARSE_ZH`: argparse
asks gettext for them, and this gettext-compatible catalogue (`gettext.NullTranslations`) is
what `cli.py` gives argparse when the run speaks Chinese.
"""
from __future__ import annotations

import gettext

from .messages_errors import QIKAN, T

# report lines, warnings and the pieces messages are made of
LINES: dict[str, T] = {
    "interrupted": T("已中断——之前的网站保持不变", "interrupted — the previous site is kept"),
    "writing": T("写入 --out {out}、--work {work} 或 --dist {dist} 之一时",
                 "writing one of --out {out}, --work {work}, --dist {dist}"),
    "build.done": T("已构建 {out}：{issues} 期，{articles} 篇文章，{pages} 个页面",
                    "built {out}: {issues} issues, {articles} articles, {pages} pages"),
    "build.part-done": T("已构建“{part}”部分：{pages} 个文件，在 {out}",
                         "built part {part}: {pages} files in {out}"),
    "build.split": T("本次切分 {split} 期，{cached} 期取自缓存；{feeds} 个订阅源",
                     "{split} issues split, {cached} from the cache; {feeds} feeds"),
    # a finished stage of a build, when its output is not a terminal (progress.py)
    "build.stage": T("第 {n}/{total} 步 {stage}（{name}）：{seconds:.1f} 秒",
                     "stage {n}/{total} {stage} ({name}): {seconds:.1f} s"),
    "stage.archive_splits": T("切分各期", "split the issues"),
    "stage.render_archive": T("整理文章和浏览页", "articles and browse pages"),
    "stage.plan_pages": T("找出要重做的页面", "find the pages to make"),
    "stage.write_pages": T("写出页面", "write the pages"),
    "stage.link_unchanged": T("沿用未变的页面", "keep the unchanged pages"),
    "stage.run_mkdocs": T("MkDocs 构建", "MkDocs build"),
    "stage.repair_feeds": T("订阅源", "feeds"),
    "stage.write_search_index": T("搜索索引", "search index"),
    "stage.write_dataset": T("数据文件", "data files"),
    "stage.write_hant_edition": T("繁体版", "zh-Hant edition"),
    "stage.write_zip": T("离线压缩包", "offline zip"),
    "stage.swap_in": T("换上新网站", "swap the new site in"),
    "stage.publish_zip": T("发布压缩包", "publish the zip"),
    "build.hant": T("繁体版用时 {seconds:.2f} 秒；离线包 {zip}",
                    "zh-Hant edition in {seconds:.2f} s; offline zip {zip}"),
    # said once by a build whose mkdocs.yml has no site_url (as a local build has)
    "build.no-site-url": T("mkdocs.yml 未设置 site_url（发布时用 QIKAN_SITE_URL 给出网址）："
                           "本次构建不写绝对网址——不生成 RSS 订阅，规范链接与引用中不带网址",
                           "mkdocs.yml sets no site_url (give it with QIKAN_SITE_URL when "
                           "publishing): this build writes no absolute URLs — no RSS feeds, no "
                           "URL in canonical links and citations"),
    "build.waiting": T("{folder}：另一次构建正在使用这个文件夹（{holder}）——等它结束",
                       "{folder}: another build is using this folder ({holder}) — waiting "
                       "for it to finish"),
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
    "add.missing-publication": T("publication: 刊名、报名或网站名（文本里没有印出）",
                                 "publication: the journal's, paper's or site's name (the text "
                                 "does not print it)"),
    "add.missing-date": T('date: 出版日期，"YYYY-MM" 或 "YYYY-MM-DD"（文本里找不到日期标记），'
                          "并在 date_note 里写明依据",
                          'date: the date of publication, "YYYY-MM" or "YYYY-MM-DD" (the text '
                          "shows no date), and in date_note where it comes from"),
    "add.missing-kind": T("kind: 文本看不出类型，暂定 magazine；报纸写 newspaper，网页写 web",
                          "kind: the text does not tell; magazine for now, newspaper for a "
                          "paper, web for a web page"),
    "add.missing-other": T("number: 期号（如有）；source: 文本从哪里来；note: 其他说明",
                           "number: the issue number (if any); source: where the text comes "
                           "from; note: anything else"),
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
    "range.other": T("{label}的行 [{first}, {last}] ", "{label}'s lines [{first}, {last}]"),
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
                                  "{count} × U+FFFD: text lost in a conversion, retype it "
                                  "from the PDF"),
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
    # the splitter's warnings, by their codes ({detail}: the splitter's own English words,
    # which `split --json` keeps)
    "warning.no-title": T("文章没有印出的标题，已取正文开头作标题", "{detail}"),
    "warning.no-author": T("找不到署名", "{detail}"),
    "warning.floating-title": T("标题块印在正文中间，已移到文章开头", "{detail}"),
    "warning.title-after-body": T("标题块印在它所属的正文之后", "{detail}"),
    "warning.title-side-guessed": T("标题块夹在两段无标题的正文之间，归属是推测的，请核对", "{detail}"),
    "warning.far-byline": T("这一行的署名离正文很远，已给了最长的无署名文章", "{detail}"),
    "warning.orphan-title": T("这一行的标题没有正文，已放进 dropped", "{detail}"),
    "warning.other": T("{detail}", "{detail}"),
    "draft.check": T("# 请核对 第 {line} 行：{code}：{message}", "# CHECK line {line}: {code}: {message}"),
    "draft.head": T("# 由自动切分为 {source} 起草的 articles:。请逐条对照原文核对（标题、署名、正文从哪里"
                    "开始到哪里结束），\n# 改正后把这一节贴进这一期的侧车文件；然后运行 "
                    + QIKAN + " check 并构建。",
                    "# Draft `articles:` for {source} from the automatic split. Check every entry\n"
                    "# against the text (title, byline, where the body starts and ends), correct "
                    "it and\n# paste this section into the issue's sidecar; then " + QIKAN +
                    " check and build."),
    "review.header": T("# 以下切分在审阅页面中改过（" + QIKAN + " review）。",
                       "# The split, corrected in the review page (" + QIKAN + " review)."),
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
    "parts": T("以 JSON 列出文库的各部分（CI 每部分一个构建任务）",
               "list the archive's parts as JSON (CI builds each in a job of its own)"),
    "build.part": T("只构建这一部分的页面（到 --parts 文件夹里的 part-部分名）",
                    "build only this part's pages (into part-NAME in the --parts folder)"),
    "build.parts": T("各部分页面所在的文件夹；不带 --part 时，把它们和首页、浏览页合成整个网站",
                     "the folder of the parts' pages; without --part, merge them with home and "
                     "browse pages into the whole site"),
    "review": T("在浏览器里审阅并纠正一期的切分", "review and correct one issue's split in the browser"),
    "review.issue": T("期刊 id 或文件", "issue id or file"),
    "review.port": T("127.0.0.1 上的端口（默认：任一空闲端口）",
                     "port on 127.0.0.1 (default: a free one)"),
    "review.no-open": T("只打印网址，不打开浏览器", "print the address, open no browser"),
    "serve": T("网站的实时预览，每次修改后重建", "a live preview of the site, rebuilt on every change"),
    "serve.work": T("它的工作文件夹", "its work folder"),
    "serve.port": T("127.0.0.1 上的端口", "port on 127.0.0.1"),
    "serve.open": T("在浏览器里打开预览", "open the preview in the browser"),
    "zensical": T("用 Zensical 构建网站（到 WORK/zsite）",
                  "build the site with Zensical (into WORK/zsite)"),
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
