"""Columns: the words a publication names its columns and the parts of its pieces with.

The vocabulary the classifier and the layout tests read a line's role by (a column's label,
a collection's own heading, a case's boxed part, a news column, a place between briefs),
kept apart from the kinds' furniture tables (`vocabulary.py`): these words are the same in
every kind of source.
"""
from __future__ import annotations

import re

# "【背景】", "【做法】", "【成效】", "【一句话概括】", "【教学目的】": a case's (a work method's, a
# teaching case's) parts, headings inside its body, not columns
SUBHEAD_WORDS = frozenset({"背景", "做法", "成效", "启示", "经验", "问题", "原因", "对策", "建议", "评析", "点评",
                           "案情", "思考", "主要做法", "工作成效", "经验启示", "基本情况", "存在问题", "意见建议",
                           "典型做法", "案例评析", "案例点评", "专家点评", "链接", "相关链接", "基本做法",
                           "取得成效", "主要成效", "一句话概括", "内容提要", "案例背景", "案例简介", "案例正文",
                           "教学目的", "教学目标", "教学建议", "教学重点", "思考题", "讨论题", "延伸阅读",
                           "原文", "家书原文", "书信原文", "解读", "背景介绍", "人物简介", "注释", "译文",
                           "文字实录", "答记者问", "现场问答", "记者提问", "数读", "知识链接", "小贴士", "人物档案",
                           # a service guide's fields (办事指南: 【事项名称】…【办理时限】…)
                           "事项名称", "服务对象", "办理依据", "申请材料", "办理流程", "办理时限", "办理地点",
                           "咨询电话", "收费标准", "办理条件",
                           # a song's parts, and its writer's note under it
                           "前奏", "引子", "主歌", "主歌一", "主歌二", "主歌三", "主歌四", "副歌", "副歌一",
                           "副歌二", "间奏", "过门", "念白", "尾声", "创作谈"})

# "访 谈", "时 评": words a magazine names its columns with; letter-spaced, even two of them
# are a column label (a place printed that way, "松 原", stays a floating label)
COLUMN_WORDS = frozenset({"访谈", "专题", "评论", "时评", "观察", "调研", "论坛", "视点", "声音",
                          "札记", "随笔", "书评", "人物", "故事", "案例", "经验", "探索", "理论",
                          "实践", "聚焦", "关注", "动态", "资讯", "要闻", "简讯", "特稿", "言论",
                          "镜头", "廉政", "史话", "党史", "读书", "学习", "思考", "调查", "纵横", "短评"})
# "前 言", "后 记", "编者的话": the heading of a collection's own text (letter-spaced, a short one
# looks like a place)
FRONT_WORDS = frozenset({"前言", "序言", "引言", "后记", "编后", "结语", "结束语", "导语", "说明", "编后记",
                         "编者的话", "编写说明", "编印说明", "出版说明", "编辑说明", "评审后记", "使用说明"})
# "图片新闻": a column of pictures, each with a headline and a caption that is all its text
PHOTO_COLUMNS = frozenset({"图片新闻", "新闻图片", "图片报道", "图说新闻"})
# "卷首语": a column of one piece, the opening words (the pieces after it are in no column
# until another label is printed)
ONE_PIECE_COLUMNS = frozenset({"卷首语", "卷首", "刊首语", "开卷语"})
# "卷首语", "访谈", "特别策划": a line holding nothing but one of these names a column
COLUMN_NAMES = COLUMN_WORDS | ONE_PIECE_COLUMNS | frozenset({"特别策划", "专题策划", "封面故事", "本期聚焦",
                                         "专栏", *PHOTO_COLUMNS, "人物专访", "党建论坛", "经验交流", "读者来信",
                                         "编读往来",
                                         # the inner covers a magazine prints its photo pages on
                                         "封二", "封三", "封底"})
# "■ 组工视窗", "◆理论研究◆", "◎ 基层一线": a column label after a mark (a byline's marks, but
# four Han characters or more, neither a role, a post nor an institution: see layout.py); after
# a push's bar, which marks no byline, two or more ("▍微评"); a note on the column's form after it
# ("■党的自我革命研究（笔谈）") no word of its name
MARKED_LABEL = re.compile(r"^(?:[■◆◎◇]\s*(?=[\u4e00-\u9fff]{4})|[▌▍]\s*)([\u4e00-\u9fff]{2,10})\s*"
                          r"(?:[（(](?:笔谈|专题|连载|特稿|续)[）)])?\s*[■◆◎◇]?$")
# "花溪镇开展党员冬训": a news item's action — a marked line holding one is its headline, no column
NEWS_ACTION = re.compile("开展|召开|举办|举行|启动|推行|评选|部署|印发|出台|签约|揭牌|成立")
# "【桐山县】", "◆桐山县", "桐山县", "东 湖区": a place's name set between a news column's briefs, a
# floating label (which place the next brief is from), not a column
PLACE_LABEL = re.compile(r"^[【\[◆■◎●]?\s*[\u4e00-\u9fff](\s?[\u4e00-\u9fff]){0,3}\s?(县|市|区|镇|乡|旗|州|街道)\s*[】\]◆]?$")
# "基层动态", "组工简讯", "各地传真": a news column's name, a word of news after a few characters
NEWS_COLUMN_NAME = re.compile(r"^[\u4e00-\u9fff]{0,4}(动态|简讯|快讯|速递|速览|传真|短讯|要闻|集锦|一览|一句话新闻)$")


# a reporter's or an editor's note beside a story, a column of its own
NOTES_COLUMNS = frozenset({"记者手记", "采访手记", "编辑手记"})
# "记者手记：改造先“改”心": such a note's column, a colon, then its title, on one line
NOTE_HEAD = re.compile(f"^({'|'.join(sorted(NOTES_COLUMNS))})[：:]\\s*([^。！？：:]{{2,30}})$")
