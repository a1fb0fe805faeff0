"""Review's reads: one issue (text + sidecar metadata) → what the review page shows, as JSON.

Takes the issue's bytes, its name and its `IssueMeta`; gives the numbered source lines, the
editable `articles:` entries (the sidecar's, or drafted from the automatic split as
`split --yaml` drafts them when it has none), and the split as `split` publishes those entries
(`check.issue_suspects`: the same `split_source`) with its dropped lines, `check`'s suspects
and the lines that print a title, byline, unit or column label. Reasons and codes come with
their Chinese wording for the page; the English original goes along for what is not listed.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .split.end_lines import parse_byline
from .check import issue_suspects
from .split.ingest import read_issue_lines
from .model import IssueMeta, SplitResult
from .review_sidecar import FIELDS
from .sidecar import parse_sidecar
from .split.pipeline import draft_sidecar_articles

# reason (its start) → what the page says; the reasons are the stages' own (repair, furniture,
# segment, overrides), the first that starts the reason wins
REASONS_ZH = (
    ("outside every article in the sidecar", "不在 sidecar 任何文章的行范围内"),
    ("byline of a title block", "标题块中的署名（已读入文章字段）"),
    ("end line", "文末署名或单位行（已读入文章字段）"),
    ("author line with affiliation", "作者及单位行（已读入文章字段）"),
    ("section label", "栏目标签（作为栏目保存）"),
    ("column label or running head", "栏目名或页眉"),
    ("page number or issue mark", "页码或刊期标记"),
    ("page number", "页码"),
    ("doubled glyphs, kept once", "重复字形，只保留一次"),
    ("vertical title, joined into line", "竖排标题，已并入另一行"),
    ("date or source line under a title", "标题下的日期或来源行"),
    ("floating label", "游离的地名或单位标签"),
    ("photo caption", "图片说明、摄影署名或报头"),
    ("picture caption printed with a title block", "与标题块一同印出的图片说明"),
    ("placed in no article", "未归入任何文章"),
    ("web page chrome", "网页框架文字"),
    ("heading printed twice", "重复印出的标题"),
    ("bullet before a title", "标题前的项目符号"),
    ("mark before a title", "标题前的符号或“附：”"),
    ("mark of a piece continued from an earlier issue", "连载标记（续上期）"),
    ("the piece's number before its title", "标题前的篇目序号"),
    ("pull quote", "引题摘句（正文句子的重复）"),
    ("title block printed again", "再次印出的标题块（侧栏）"),
    ("title block without a body", "没有正文的标题块"),
    ("apparatus", "论文附属信息（摘要、关键词、参考文献等）"),
    ("table of contents", "目录"),
    ("field of an exported record", "导出记录的字段（已读入文章字段）"),
    ("compiler of the collection", "汇编的编印单位"),
    ("end mark", "文末标记"),
    ("running head with the page number", "带页码的页眉"),
    ("running head", "页眉"),
    ("page head", "报纸版头"),
    ("editors of the page", "本版编辑行"),
    ("page jump mark", "转版标记"),
    ("account chrome", "公众号框架文字"),
    ("share buttons", "分享按钮"),
    ("list of other pushes", "其他推送列表"),
    ("picture credit", "图片来源"),
    ("picture placeholder", "图片或视频占位"),
    ("note of where the text was printed first", "原载出处说明"),
    ("publication line of the page", "网页发布信息行"),
    ("page buttons", "网页按钮"),
    ("links to the next and previous pages", "上一篇/下一篇链接"),
    ("breadcrumb", "网页导航路径"),
    ("site menu", "网站菜单"),
    ("site footer", "网站页脚"),
)
SUSPECTS_ZH = {
    "no-title": "无标题", "no-author": "无作者", "short": "篇幅过短", "long": "篇幅过长",
    "doubled-glyph": "重复字形", "private-use": "无法识别的字符", "control-char": "控制字符",
    "replacement-char": "替换字符（文字丢失）", "latin-garbage": "中文中夹杂英文单词",
    "mojibake": "疑似乱码", "lost-text": "文字丢失（不在任何文章中）",
    "orphan-title": "无法归属的标题块", "floating-title": "游离的标题块",
    "title-after-body": "标题印在正文之后", "far-byline": "署名离标题较远",
    "title-side-guessed": "标题归属靠推测",
}
# "高 层 动 态", "—— 基于…": spaces and a subtitle's dash do not count when a line is compared
# with a title
NOISE = re.compile(r"[\s\u3000\u00a0]+|^[—\-－]+")


def reason_zh(reason: str) -> str:
    hit = next((zh for en, zh in REASONS_ZH if reason.startswith(en)), None)
    if hit and "(" in reason and reason.startswith("outside every article"):
        return f"{hit}；{reason_zh(reason[reason.index('(') + 1:].rstrip(')'))}"
    return hit or f"其他原因：{reason}"


def _norm(text: str | None) -> str:
    return NOISE.sub("", text or "").rstrip("。")


def line_tags(texts: list[str], entries: list[dict], res: SplitResult) -> dict[int, list[str]]:
    """Line number → what it prints: "title" (its article's title or subtitle, or a piece of
    one), "byline", "unit", "section" (a column label the split took as the section)."""
    tags: dict[int, list[str]] = {}
    for entry in entries:
        heads = [h for h in (_norm(entry.get("title")), _norm(entry.get("subtitle"))) if h]
        for first, last in entry["lines"]:
            for no in range(first, min(last, len(texts)) + 1):
                t = _norm(texts[no - 1])
                if t and any(t == h or (len(t) >= 4 and t in h) for h in heads):
                    tags.setdefault(no, []).append("title")
    for no, text in enumerate(texts, 1):
        b = parse_byline(text) if text.strip() and no not in tags else None
        if b and (b.authors or b.writer):
            tags.setdefault(no, []).append("byline")
        elif b and b.unit:
            tags.setdefault(no, []).append("unit")
    for d in res.dropped:
        if d.reason.startswith(("section label", "column label")):
            tags.setdefault(d.line, []).append("section")
    return tags


def draft_entries(data: bytes, path: str, meta: IssueMeta) -> list[dict]:
    """The automatic split as sidecar entries, exactly as `split --yaml` drafts them."""
    draft = parse_sidecar(draft_sidecar_articles(data, path, meta), path, meta.id)
    return [dict(e) for e in draft.articles or []]


def _plain(body: str) -> str:
    return re.sub(r"\\(.)", r"\1", body).replace("\n\n", " ")


def issue_view(data: bytes, path: str, meta: IssueMeta, entries: list[dict]) -> dict:
    """What the page shows when the sidecar's `articles:` are `entries`."""
    texts = [l.text for l in read_issue_lines(data, path)]
    # numbered as split_by_sidecar numbers them: by where each starts
    entries = [e for _, e in sorted(enumerate(entries), key=lambda x: (
        min(f for f, _ in x[1]["lines"]), x[0]))]
    res, suspects = issue_suspects(data, path, replace(meta, articles=entries))
    return {
        "lines": texts,
        "articles": [{"lines": [list(r) for r in e["lines"]],
                      **{k: e.get(k) for k in FIELDS if k != "date" or e.get(k)}}
                     for e in entries],
        "published": [{"order": a.order, "title": a.title, "lines": [list(r) for r in a.lines],
                       "chars": len(re.findall(r"[\u3400-\u9fff]", a.body)),
                       "head": _plain(a.body)[:24], "tail": _plain(a.body)[-24:]}
                      for a in res.articles],
        "dropped": [{"line": d.line, "text": d.text, "reason": reason_zh(d.reason),
                     "partial": d.text.strip() != texts[d.line - 1].strip()}
                    for d in res.dropped if 0 < d.line <= len(texts)],
        "suspects": [{"line": s.line, "code": s.code, "label": SUSPECTS_ZH.get(s.code, s.code),
                      "message": s.message} for s in suspects],
        "tags": line_tags(texts, entries, res),
    }
