"""Site words: the furniture of an organisation's web pages, as data.

Takes nothing; gives the website kind's table (its signature, the lines it drops with their
reason, the publication lines that head an article) and the shapes `headed.py` and the
pipeline ask about on their own: a breadcrumb and its steps, the buttons that size a page's
text, a repost's notice of rights (a push prints it too). Beside `vocabulary.py`, which holds
the other kinds' tables and what all kinds share.
"""
from __future__ import annotations

import re

from .vocabulary import COMMON, Furniture, KindTable

# "当前位置：首页 >> 机关党建 >> 理论研究", "首页 > 工作动态": where the page stands in the site
# (its last step names the page's column)
BREADCRUMB = re.compile(r"^(您|你)?(现在|当前|所在)?的?位置\s*[:：]|^首页\s*[>＞›»]")
BREADCRUMB_STEP = re.compile(r"\s*[>＞›»]+\s*")
# "2026年07月03日  来源：县直机关工委  【大 中 小】": the day and the source, under the title
PUBLISHED_ON = re.compile(r"^\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?"
                   r"\s+(来源|作者|发布者|编辑|版次)\s*[:：]")
# "来源：县直机关党建　2026年5月20日": the source, then the day (as a repost prints it too: no sign
# of a web page by itself)
PUBLISHED_FROM = re.compile(r"^(来源|发布者)\s*[:：]\s*\S{2,20}\s+\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?$")
# "【大 中 小】", "字号：大 中 小": the buttons that size the page's text
PAGE_SIZES = re.compile(r"【\s*(字号\s*[:：]?\s*)?[大中小](\s*[大中小]){2}\s*】|^字号\s*[:：]")

# "本文转载自某某日报，如有侵权请联系删除。", "图文来源于网络，版权归原作者所有": a repost's notice of
# the rights, the whole line (a push's or a site's: "…企业和群众如有侵权线索，可" is text); or a
# statement so labelled, however long ("来源声明：本文转载自《某日报》…版权归原作者所有。如有侵权…")
REPOST_NOTICE = Furniture(re.compile(r"^[*＊※（(]?\s*[^。！？]{0,30}(如有侵权[，,]?\s*请?(与我们)?(联系|告知)[^。！？]{0,8}删除|"
                              r"版权归原作者所有)[^。！？]{0,20}[。！]?[）)]?$|^(来源|版权|免责|转载)声明\s*[:：]"),
                          "notice of a reposted text's rights")
# "附件1.名额分配表.docx（24KB）": a file a page offers, its size after it
_FILE = r"\S.{0,60}\.(docx?|xlsx?|pdf|wps|zip|rar|pptx?)\s*([（(][\d.]+\s*[KMG]?B[）)])?"
WEBSITE = KindTable(
    "website",
    signature=(re.compile(r"打印本页|关闭窗口|【打印】|【关闭】"),
               re.compile(r"^(上一篇|下一篇|上一条|下一条|上一则|下一则)\s*[:：]"), re.compile(r"^(索引号|发布机构|生成日期|主题分类|文号|发文日期)\s*[:：]"),
               re.compile(r"^(您|你)?(现在|当前|所在)?的?位置\s*[:：]"), re.compile(r"【字体"), PAGE_SIZES,
               re.compile(r"版权所有|ICP备|^技术支持\s*[:：]")),
    minimum=2,
    hints=(re.compile(r"发布时间\s*[:：]"), re.compile(r"(浏览|阅读|点击)(次数|量)\s*[:：]"), PUBLISHED_ON),
    # ("作者：…　责任编辑：…　点击：368　日期：2026-05-18", "时间：…　作者：…　来源：本站　阅读：123":
    # the clicks counted, bare)
    drop=(Furniture(re.compile(r"(发布时间|发布日期|更新时间)\s*[:：].{0,60}$|(浏览|阅读|点击)(次数|量)\s*[:：]|"
                        r"(^|\s)(点击|浏览|阅读)\s*[:：]\s*\d+(\s|$)"),
                    "publication line of the page", header=True),
          Furniture(PUBLISHED_ON, "publication line of the page", header=True),
          Furniture(PUBLISHED_FROM, "publication line of the page", header=True),
          # ("文　　号：", "名　　称：": the labels letter-spaced to one width, or not: "名称：…公示"; and
          # "信息公开" alone, the block's heading)
          Furniture(re.compile(r"^(索引号|发布机构|生成日期|主题分类|信息分类|文\s*号|发文日期|公开方式|公开范围|信息来源|成文日期|"
                               r"有效性|名\s*称)\s*[:：]|^信息公开$"),
                    "信息公开 metadata", header=True),
          # "· 关于激活作风建设的调查    2024-04-18", "[2024-12-03] 【学习贯彻】学校举办…": an entry
          # of the site's list page, its date after or before it
          Furniture(re.compile(r"^[·•●■◆]?\s*\S.{1,40}\s+\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?$|"
                        # "· 市直机关召开党建工作推进会　[2026-09-04]"
                        # "· 琦山镇：“党建+合作社”带富一方乡亲（2026-05-10）"
                        r"^[·•●■◆]\s*\S.{1,60}?\s*[\[［【(（]\d{4}[-./]\d{1,2}[-./]\d{1,2}[\]］】)）]$|"
                        r"^[\[［【(（]\d{4}[-./]\d{1,2}[-./]\d{1,2}[\]］】)）]\s*\S.{1,60}$|"
                        # "18/05/2026　本会举办…", "2026-05-09　青年委员会走访…": the date first, bare
                        # (a chronicle's "2026.01.08　召开…" in a page's text is no entry)
                        r"^\d{1,2}/\d{1,2}/\d{4}\s+[^。，]{2,60}$|^\d{4}-\d{1,2}-\d{1,2}\s+[^。，：:]{2,60}$"),
                    "list page entry"),
          # "共6条  首页 上一页 1 下一页 尾页"
          Furniture(re.compile(r"(上一页|下一页|尾页|末页)|^共\s*\d+\s*(条|页)"), "list page navigation"),
          # "【打印】【关闭】", "【字体：大 中 小】", "【大 中 小】", "大 中 小": the page's buttons
          Furniture(re.compile(r"打印本页|关闭窗口|【打印】|【关闭】|【字体|^分享到|扫一扫|^[大中小](\s*[大中小]){2}$|"
                        + PAGE_SIZES.pattern), "page buttons"),
          Furniture(re.compile(r"^(上一篇|下一篇|上一条|下一条|上一则|下一则)\s*[:：]|^(上一篇|上一版)\s+(下一篇|下一版)$"),
                    "links to the next and previous pages"),
          # "评论（0）", "暂无评论", "发表评论": the page's comments box, empty
          Furniture(re.compile(r"^(评论|网友评论|留言)\s*[（(]\d+[）)]$|^(暂无评论|发表评论|我要评论|查看全部评论)$"),
                    "comments box of the page"),
          # a digital paper's "版面导航" over "第01版：要闻" …, and "本版标题" over " · title" …: its pages,
          # the titles on this one
          Furniture(re.compile(r"^版面导航$"), "pages of the digital paper", re.compile(r"^第\s*\d{1,2}\s*版\s*[:：]\s*\S{2,8}$")),
          Furniture(re.compile(r"^本版(标题|导读|要目)$"), "titles on the page of the digital paper",
                    re.compile(r"^\s*[·•]\s*\S.{1,40}$")),
          # "相关附件：" over "附件1.名额分配表.docx（24KB）" (or "相关附件：参训回执.docx（12KB）"): the
          # page's files to download
          Furniture(re.compile(rf"^(相关附件|附件下载|下载附件)\s*[:：]?\s*({_FILE})?$"), "files of the page to download",
                    re.compile(rf"^{_FILE}$")),
          # "网站首页 | 组工动态 | 干部工作", "网站首页 部门概况 组织建设 …": the site's menu, short
          # words between bars (or spaces, after 首页), and the site's name printed over it
          Furniture(re.compile(r"^[^\s|｜]{2,8}(\s*[|｜]\s*[^\s|｜]{2,8}){2,}$|^(网站)?首页(\s+[^\s]{2,6}){3,}$"),
                    "site menu (and the site's name over it)", with_previous=True),
          # "琦山镇：“党建+合作社”带富一方乡亲_琦山党建网": the browser's title bar, the page's
          # title and the site's name after an underscore (no text prints one)
          Furniture(re.compile(r"^[^_\s][^_]{3,80}_[\u4e00-\u9fff][^_\s]{1,23}$"), "title bar of the browser", needs="_"),
          # "当前位置：", "您现在的位置：", "所在位置：", "首页 > 工作动态", "首页 >> 组工动态"
          Furniture(BREADCRUMB, "breadcrumb"),
          # "相关链接：" over "· 其他文章的标题": the site's links to other pages
          Furniture(re.compile(r"^(相关链接|相关阅读|相关文章|相关新闻|推荐阅读)\s*[:：]?$"), "links to other pages",
                    re.compile(r"^[·•●■◆]\s*\S.{1,40}$")),
          Furniture(re.compile(r"版权所有|ICP备|^主办(单位)?\s*[:：]|^技术支持\s*[:：]|^联系我们$|^网站地图$"),
                    "site footer"),
          # "樨阳组工网　中共樨阳市委组织部主办": the site's name and its owner, heading every page
          Furniture(re.compile(r"^[\u4e00-\u9fff]{2,16}(网|网站|在线)\s+[\u4e00-\u9fff（）()]{4,30}主办$"),
                    "masthead of the site"),
          # "站内搜索：…　搜索", "共找到 5 条结果，用时 0.03 秒" over each result's title and
          # "……snippet……　2026-03-09": a search-results page, no article
          Furniture(re.compile(r"^(站内搜索|全站搜索|搜索)\s*[:：]"), "search box of the site"),
          Furniture(re.compile(r"^共(找到|搜索到|检索到)\s*\d+\s*条"), "search results",
                    re.compile(r"^……?.{2,90}?\s+\d{4}-\d{1,2}-\d{1,2}$|^[^。]{2,40}$"), through=True),
          # "Party School of Heting Municipal Committee of C.P.C.": the site's name in English (the
          # Chinese over it)
          Furniture(re.compile(r"^(?=.*\b(Party|Committee|School|University|College|Government|Municipal|County|"
                               r"Bureau|Department|Office)\b)[A-Z][A-Za-z .,&'()-]{8,100}$"),
                    "the site's name in English", with_previous=True),
          # "页面加载中，请稍候……": a page saved before it had loaded
          Furniture(re.compile(r"^(页面|内容|正在)?加载中[，,]?\s*(请稍候|请稍等)?[.。…]*$"), "page still loading"),
          REPOST_NOTICE,
          *COMMON),
)
