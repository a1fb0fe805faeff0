"""Apps: the furniture of pages saved from phone apps — a WeChat push, a news app's saved
articles — as data (a table per kind, in the form of `vocabulary.py`'s), and the tables of every
kind in the order their signatures are weighed (`KIND_TABLES`).
"""
from __future__ import annotations

import re

from .site_words import REPOST_NOTICE, WEBSITE
from .export_words import EMAIL, MARKDOWN, SLIDES, SUBTITLES
from .journal_words import ACADEMIC
from .vocabulary import COMMON, CONTRIBUTIONS, NEWSPAPER, TITLE_ITEM, Furniture, KindTable

# "白河组织工作 2023-07-12 19:11", "2024年4月2日 20:15": the account and the time of the push
# (or the time alone, the account's name over it), under a title
_DAY = r"(\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)"
# (the place the push was sent from may follow: "… 12:43 江城")
PUSH_TIME = re.compile(rf"^\S{{2,20}}+\s+{_DAY}(\s+\d{{1,2}}:\d{{2}}(\s+[\u4e00-\u9fff]{{2,6}})?)?$")
# "预览时标签不可点", "继续滑动看下一个", "微信扫一扫关注该公众号": the page chrome of a push
# saved from a browser
PUSH_CHROME = re.compile(r"^(预览时标签不可点|(继续|向上)滑动看下一个|轻触阅读原文|微信扫一扫.{0,10}|关注该公众号|"
                  r"知道了|赞\s*在看\s*写留言|赞\s*分享\s*推荐\s*写留言|轻点两下取消(赞|在看))$")
# "原标题：《某某》": the title the text had where it was printed first
FORMER_TITLE = re.compile(r"^原(标)?题\s*[:：]\s*《?[^》]{2,40}》?$")
PUSH_TIME_ALONE = re.compile(rf"^{_DAY}\s*\d{{1,2}}:\d{{2}}$")
# "原创　某某党建　某某党建　2026年4月23日 07:30　发表于某地": an original push's account (maybe
# twice: the account and its author) and its time
ORIGINAL_TIME = re.compile(rf"^原创(\s+\S{{2,20}}){{1,3}}\s+{_DAY}(\s+\d{{1,2}}:\d{{2}})?(\s+(发表于)?[\u4e00-\u9fff]{{2,6}})?$")
# "图片来源：受访者供图", "配图 | 某某": whose the pictures of a push or an app's article are
PICTURE_CREDIT = Furniture(re.compile(r"^(图片|图|配图|封面|封面图)(来源)?\s*[:：|｜丨/／]"), "picture credit")
WECHAT = KindTable(
    "wechat",
    signature=(re.compile(r"点击.{0,4}蓝字|关注我们|设为?星标|^星标"), re.compile(r"阅读原文"), re.compile(r"^(分享|收藏|点赞|在看)(\s+(分享|收藏|点赞|在看))+$"),
               re.compile(r"^往期(推荐|回顾|精选|精彩)"), re.compile(r"^[-—·•◇◆○●\s]*(THE\s+)?END[-—·•◇◆○●\s]*$"),
               re.compile(r"长按.{0,6}(二维码|关注)|扫码关注"), re.compile(r"^(审核|责编|责任编辑|监制|统筹)\s*[:：|｜]"),
               PUSH_TIME_ALONE, PUSH_CHROME, ORIGINAL_TIME),
    minimum=2,
    # ("中共某县委组织部　2026年4月16日": an office dating its bulletin prints what a push's
    # account and day print)
    hints=(PUSH_TIME,),
    # ("霏川组工 2026年07月08日 18:30" under the title: the account and the minute it pushed)
    opening=re.compile(rf"^(原创\s+)?(\S{{2,20}}\s+){{1,2}}{_DAY}\s+\d{{1,2}}:\d{{2}}$"),
    columns=frozenset({"延伸阅读", "相关链接", "知识链接", "链接"}),
    # "以下文章来源于桂岭组工，作者桂岭组工": the account a push was taken from; "星标⭐“某某党建”，
    # 第一时间获取推送": the account asking to be starred
    drop=(Furniture(re.compile(r"点击.{0,4}蓝字|关注我们$|^原创$|^原创\s+.{0,30}$|^以下文章来源于\S{2,20}$|"
                               rf"{ORIGINAL_TIME.pattern}|"
                        r"设为?星标|^星标.{0,30}(推送|消息|更新)|"
                        # "文章已于2026-05-13修改", the account's card ("微信号：…", "功能介绍：…") and
                        # what the app says under its buttons ("已同步到看一看写下你的想法")
                        r"^文章已于.{4,24}修改$|^(微信号|功能介绍)\s*[:：]|已同步到看一看|^前往.{0,8}看一看"),
                    "account chrome"),
          # "筱桥两新党建" / "微信号 xq_lxdj": the account's card as a browser saves it, its name over its id
          Furniture(re.compile(r"^微信号\s*[:：]?\s*[A-Za-z][A-Za-z0-9_-]{3,30}$"), "account chrome", with_previous=True),
          Furniture(PUSH_CHROME, "page chrome of the push"),
          Furniture(FORMER_TITLE, "former title of the text"),
          Furniture(PUSH_TIME, "account and time of the push", header=True),
          Furniture(PUSH_TIME_ALONE, "account and time of the push", header=True, with_previous=True),
          # "阅读原文", "分享 收藏 点赞 在看", "阅读 1234", "在看 12", "写留言"
          # "阅读 2156　分享　在看 38　赞 55": the buttons, some with their counts
          Furniture(re.compile(r"阅读原文|^((分享|收藏|点赞|在看|转发|阅读|赞|推荐)(\s*\d+)?(\s+|$))+$|^写留言$|"
                        r"^上一篇\s+下一篇$"),
                    "share buttons"),
          # "收录于合集", "#基层党建 36个", "合集 · 基层党建": the collections the push is filed under
          Furniture(re.compile(r"^收录于(合集|话题)|^#\S{2,20}\s*\d+\s*个$|^合集\s*[·•:：]\s*\S{2,20}$"),
                    "collection the push is filed under"),
          # "视频号 · 岚山组工" over "▶ 一村一策看变化" (or "【微党课】…", its length "03:12", "点击观看"):
          # a video card, the video's title under it
          # ("视频号" alone over the account, the video's title and its length, a blank line between
          # each, as a phone's copy gives the card)
          Furniture(re.compile(r"^视频号$"), "video card", re.compile(r"^[^。！]{1,40}$|^\d{1,2}:\d{2}$"),
                    through=True, gaps=True, code="media"),
          Furniture(re.compile(r"^视频号\s*[·•:：|｜]"), "video card",
                    re.compile(r"^[▶►]\s*\S.{1,40}$|^【[^】]{1,8}】[^。，]{2,40}$|^\d{1,2}:\d{2}$|^点击(观看|播放)$"),
                    code="media"),
          # "精选留言" (or "留言" alone, as a saved push heads them) and all under it: readers'
          # comments, their names, likes and the replies
          Furniture(re.compile(r"^(精选留言|留言精选|热门留言|全部留言|留言区|留言)$"), "readers' comments", re.compile(r"^.{1,120}$"),
                    through=True, gaps=True),
          # "来源 | 青阳县委组织部", "来源：某某组工": where the push took its text from (a line naming
          # its reporters too signs the text)
          # ("本文转自：公众号“峤东组工”": the account it was reposted from)
          Furniture(re.compile(r"^(来源|出处|转自|本文转自|本文来源|转载自)\s*[:：|｜丨/／](?!.*(记者|通讯员|作者)\s*[:：])"),
                    "source of the push"),
          Furniture(re.compile(r"长按.{0,6}(二维码|关注)|扫码关注|识别二维码"), "QR-code prompt"),
          # "编辑：张三", "审核 | 李四", "责编：王五", "图文设计：某组织科": the account's staff, not authors
          Furniture(re.compile(r"^(编辑|审核|责编|责任编辑|监制|统筹|校对|排版|美编|美术编辑|图文设计|设计|制图|终审|复审|二审|初审|一审|三审)"
                             r"\s*[:：|｜丨/／]"),
                    "the account's editors"),
          # ("↓↓↓ 推荐阅读": with the arrows pointing to it)
          Furniture(re.compile(r"^([↓⬇▼]+\s*)?(往期(推荐|回顾|精选|精彩)|推荐阅读|相关阅读|延伸阅读|喜欢此内容的人还喜欢)"),
                    "list of other pushes", TITLE_ITEM),
          # "投票" over the question, its options and "已结束": a vote, up to a blank line
          Furniture(re.compile(r"^(投票|参与投票)$"), "vote in the push", re.compile(r"^.{1,40}$"), through=True),
          # "小程序" over the mini-program's name and "点击进入": its card between paragraphs
          Furniture(re.compile(r"^小程序$"), "mini-program card", re.compile(r"^.{1,24}$"), through=True,
                    code="media"),
          PICTURE_CREDIT,
          REPOST_NOTICE,
          CONTRIBUTIONS,
          # "图片", "【视频】": where the push showed a picture or a video ("[图片]" in any kind)
          Furniture(re.compile(r"^【?(图片|图|视频|音频)】?$"), "picture placeholder", code="media"),
          # "音频：title" over "朗读：name", "05:42", "点击播放，收听全文": the push's audio player (its
          # reader no author; a time alone elsewhere, an agenda's, is text)
          Furniture(re.compile(r"^音频\s*[:：]"), "audio player of the push",
                    re.compile(r"^(朗读|主播|播讲)\s*[:：].{0,20}$|^\d{1,2}:\d{2}$|^点击播放.{0,12}$|^收听全文$"),
                    code="media"),
          # "【作者简介】" over "方某，某区委组织部干部，…": the writer's note closing the push, not its text
          Furniture(re.compile(r"^【作者简介】$|^作者简介\s*[:：]?$"), "the writer's note",
                    re.compile(r"^[\u4e00-\u9fff·]{2,4}[，,].{4,160}$")),
          # "公众号：榆塘党建　　发布时间：2026-05-12 20:05": a push saved with others, its account and
          # time over it
          Furniture(re.compile(r"^公众号\s*[:：]\s*\S{2,20}\s+(发布时间|发布于|时间)\s*[:：]"), "account and time of the push",
                    header=True),
          # "08:36" over "点击播放": the push's audio player, its length over its button; "文字稿"
          # over the text it reads
          Furniture(re.compile(r"^点击(播放|收听)(全文)?$|^收听全文$"), "audio player of the push", code="media",
                    with_previous=True),
          Furniture(re.compile(r"^(文字稿|文稿|音频文稿|音频文字稿)[:：]?$"), "the transcript's label"),
          # "本公众号由中共某镇委员会主办": who runs the account
          Furniture(re.compile(r"^本(公众)?号由.{2,30}(主办|运营|管理|承办)"), "who runs the account"),
          # "听全文 约6分钟", "全文共2356字，阅读大约需要6分钟": the push's reading aids
          Furniture(re.compile(r"^(听全文|全文共|本文共|本文约|阅读(全文)?大约需要|预计阅读).{0,24}(分钟|字)$|^听全文$"),
                    "reading time of the push"),
          *COMMON),
)

# "岚山区委组织部　2026-05-09 16:40　发布于岚州　澄观号": the source, time and place of an article
# in a news app, under its title
APP_TIME = re.compile(r"^\S{2,20}\s+\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(\s+发布于\S{1,8})?(\s+\S{2,10}号)?$")
# "澄观新闻 > 政务 > 党建": the app's channels over an article
APP_CHANNEL = re.compile(r"^\S{2,8}(\s*[>＞›]\s*\S{2,8}){1,3}$")
# articles a reader saved from a news app: the channel and the source line frame each one, the
# app's buttons, comments, recommendations and advertisements around them (headed.py reads it)
NEWSAPP = KindTable(
    "newsapp",
    signature=(APP_TIME, re.compile(r"^展开剩余\s*\d{1,3}%$"), re.compile(r"^(举报|相关推荐|已经到底了)$"),
               re.compile(r"^全部评论[（(]\d+[）)]$")),
    minimum=3,
    drop=(Furniture(APP_TIME, "source and time of the article", header=True),
          Furniture(APP_CHANNEL, "the app's channels"),
          # "关注", "听全文 约3分钟", "展开剩余72%", "举报", "查看更多评论", "我的收藏（5）"
          Furniture(re.compile(r"^(关注|举报|查看更多评论|已经到底了|展开全文|收起)$|^听全文(\s*约\s*\d+\s*分钟)?$|"
                        r"^展开剩余\s*\d{1,3}%$|^我的收藏[（(]\d+[）)]$|^导出时间\s"), "the app's buttons"),
          Furniture(FORMER_TITLE, "former title of the text"),
          # "全部评论（12）" and all under it up to a blank line: readers' comments and their likes
          Furniture(re.compile(r"^全部评论[（(]\d+[）)]$"), "readers' comments", re.compile(r"^.{1,120}$"), through=True),
          # "相关推荐" over "　标题　　澄观新闻　44评论": other articles the app recommends
          Furniture(re.compile(r"^相关推荐$"), "articles the app recommends", re.compile(r"^\s*\S.{2,60}\s+\d+\s*评论$")),
          # "广告" over "　【限时】…　　澄观出行　广告": an advertisement
          Furniture(re.compile(r"^广告$"), "advertisement", re.compile(r"^.{2,80}广告(\s+了解详情)?$")),
          PICTURE_CREDIT,
          Furniture(re.compile(r"^(责任编辑|编辑|校对|审核)\s*[:：]"), "the app's editors"),
          *COMMON),
)


# "楼主：柳溪老周　　发表于 2026-03-02 09:15　　查看：326　回复：4": a thread's opening post, under
# the thread's headline (each thread one article, its floors its body)
THREAD_HEAD = re.compile(r"^楼主\s*[:：]\s*\S.{0,20}?\s+发表于\s*\d{4}-")
FLOOR_BUTTONS = re.compile(r"^回复\s*[|｜]\s*引用\s*[|｜]\s*举报$")
# a forum's threads saved as text (a 问政 board): the posts' furniture as data
FORUM = KindTable(
    "forum",
    signature=(THREAD_HEAD, FLOOR_BUTTONS, re.compile(r"^\d{1,4}楼(【[^】]{2,8}】)?$"),
               re.compile(r"^本帖最后由.{1,40}编辑$")),
    minimum=3,
    drop=(Furniture(THREAD_HEAD, "the thread's opening post: its writer's handle and time", header=True),
          # "2楼", "4楼【官方回复】", "芷江网友小李　　发表于 2026-03-02 10:02": a floor's number and its writer
          Furniture(re.compile(r"^\d{1,4}楼(【[^】]{2,8}】)?$"), "the floor's number"),
          Furniture(re.compile(r"^\S.{0,24}?\s+发表于\s*\d{4}-\d{1,2}-\d{1,2}"), "the floor's writer and time"),
          Furniture(FLOOR_BUTTONS, "the floor's buttons"),
          Furniture(re.compile(r"^本帖最后由.{1,40}编辑$"), "notice of an edit"),
          Furniture(re.compile(r"^引用\s*\d{1,4}楼.{0,24}的发言\s*[:：]$"), "the head of a quoted floor"),
          Furniture(re.compile(r"^版规\s*[:：]"), "the board's rules"),
          *COMMON),
)


KIND_TABLES = (ACADEMIC, NEWSPAPER, WECHAT, NEWSAPP, WEBSITE, FORUM, MARKDOWN, EMAIL, SLIDES, SUBTITLES)
