"""Export words: the furniture of texts exported from tools, as data (the tables of
`vocabulary.py`, for the kinds a program made: an editor's Markdown, slides' outline view,
subtitle files, an issue sent as an e-mail or a mailbox exported as text).

Takes nothing; gives one `KindTable` per kind, weighed with the others in `apps.KIND_TABLES`.
"""
from __future__ import annotations

import re

from .vocabulary import COMMON, Furniture, KindTable

# "### 把“红色网格”织得更密更实", "![图：…](img/p14-1.jpg)", "<!-- 校对意见：… -->": an editor's export in
# Markdown, its headings the structure (markdown.py reads them)
MARKDOWN = KindTable(
    "markdown",
    signature=(re.compile(r"^#{1,6}\s+\S"), re.compile(r"^!\[[^\]]*\]\([^)]*\)$"), re.compile(r"^<!--")),
    minimum=4,
    drop=(Furniture(re.compile(r"^!\[[^\]]*\]\([^)]*\)$|^【图】$|^\*?▲.{1,80}\*?$"), "a picture and its caption",
                    code="media"),
          Furniture(re.compile(r"^<!--.*-->$"), "an editor's comment in the export"),
          Furniture(re.compile(r"^(-{3,}|\*{3,}|_{3,})$"), "rule line"),
          # "[返回首页](https://…) · [上一篇：…](…)", "[阅读原文](…) · 阅读 2318 · 在看 96": a saved
          # page's links and counters, nothing else on the line
          Furniture(re.compile(r"^\[[^\]]{1,60}\]\([^)]*\)(\s*[·|｜]\s*(\[[^\]]{1,60}\]\([^)]*\)|[^\s·|｜]{1,8}(\s*\d+)?))*$"),
                    "links and counters of the saved page", needs="]("),
          # "原创 某某先锋 2026年05月19日 18:30 湖南": a push saved as Markdown, its account and time
          Furniture(re.compile(r"^(原创\s+)?[^\s:：*]{2,20}\s+\d{4}年\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}(\s+[\u4e00-\u9fff]{2,6})?$"),
                    "account and time of the push"),
          *COMMON),
)

# "【文件】七一专题党课.pptx", "幻灯片 1", "备注：…": decks of slides exported as outline text
# (slides.py reads them, one article a deck)
SLIDES = KindTable(
    "slides",
    signature=(re.compile(r"^\s*幻灯片\s*\d{1,3}\s*$"), re.compile(r"^备注\s*[：:]"), re.compile(r"\.pptx?\b")),
    minimum=3,
    drop=(Furniture(re.compile(r"\.pptx?\b"), "file name of the deck"), *COMMON),
)

# "00:00:06,470 --> 00:00:11,670" over a cue's text: a video's subtitle files joined into one
# text (subtitles.py reads what is left)
SUBTITLE_TIME = re.compile(r"^\d{1,2}:\d{2}:\d{2}[,.]\d{3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{3}")
SUBTITLES = KindTable(
    "subtitles",
    signature=(SUBTITLE_TIME,),
    minimum=3,
    drop=(Furniture(SUBTITLE_TIME, "the cue's time code", code="page-mark"),
          # (its number, digits alone, went with the page numbers)
          Furniture(re.compile(r"^WEBVTT"), "the subtitle file's header"),
          *COMMON),
)

# "发件人：某电子期刊 <ekan@…>", "收件人：订阅用户", "https://…", "退订": an issue sent as an e-mail,
# its pieces between rules (the generic segmenter reads them)
EMAIL = KindTable(
    "email",
    signature=(re.compile(r"^(发件人|收件人|抄\s*送)\s*[：:]"), re.compile(r"^主\s*题\s*[：:]"), re.compile(r"退订"),
               re.compile(r"^\s*https?://\S+$")),
    minimum=3,
    drop=(Furniture(re.compile(r"^(发件人|收件人|抄\s*送|主\s*题|日\s*期|发送时间|附\s*件)\s*[：:]"), "header of an e-mail"),
          # "========== 邮件 2/5 ==========", "-----稿件正文-----", "-----原始邮件-----": an export's
          # rule between mails, or over a mail's manuscript or the mail it answers
          Furniture(re.compile(r"^[-=─━*]{3,}\s*[^-=─━*\s]{1,12}(\s*\d{1,3}\s*/\s*\d{1,3})?\s*[-=─━*]{3,}$"), "rule line"),
          # "> 来稿已阅。建议…": the earlier mail a reply quotes
          Furniture(re.compile(r"^>"), "quoted text of an earlier e-mail"),
          # "【本期导读】" over "1. 卷首：…" and its link, entry after entry, up to a blank line
          Furniture(re.compile(r"^[【\[]?(本期导读|本期目录|目\s*录)[】\]]?$"), "table of contents",
                    re.compile(r"^(\d{1,2}\s*[.、．]\s*\S.{1,60}|\s*(https?://|www\.)\S+)$"), through=True),
          Furniture(re.compile(r"^(如果本邮件无法正常显示|本邮件由|您收到本邮件|如需?退订|退订)|^.{0,24}退订[：:]?$"),
                    "the e-mail's own notice"),
          Furniture(re.compile(r"^\s*(https?://|www\.)\S+$"), "link"),
          # "《岚州组工》电子期刊", "2026年第9期（总第213期）　中共某市委组织部主办", "编辑部地址：…　邮编：…"
          Furniture(re.compile(r"^\s*《[^》]{2,20}》\s*(电子期刊|电子版|电子刊)$|^\s*\d{4}\s*年\s*第\s*\d{1,3}\s*期.{0,40}主办$|"
                        r"^(编辑部地址|地址|邮编|投稿邮箱|联系电话|电话)\s*[：:]"), "masthead and address of the e-mail issue"),
          Furniture(re.compile(r"^[-=─━]{6,}$"), "rule line"),
          *COMMON),
)
