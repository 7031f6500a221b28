"""Word lists for Chinese quote attribution (used by quotes_zh.py).

General linguistic knowledge only: speech verbs, surnames, title and organisation words,
markers of anonymous sources. Nothing here is taken from an evaluation document.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text."""
    return frozenset(text.split())


# Speech / statement / stance verbs that introduce reported content (GUIDELINES §1, §4).
CUE_WORDS: frozenset[str] = words("""
    表示 说 称 指出 强调 认为 建议 提出 介绍 透露 坦言 坦承 告诉 重申 解释 呼吁 宣布 证实
    警告 提到 提议 分析 预测 预计 料 写道 宣称 声称 指控 直言 补充 回应 承认 主张 说道
    坦陈 披露 批评 觉得 相信 表态 谈到 谈及 提醒 断言 强调指出 明确指出 明确表示 预言
    判断 估计 否认 感慨 感叹 笑称 直指 表明 提及 说明 反驳 批驳 质疑 称赞 赞扬 评价 评论
    回忆 描述 形容 承诺 保证 寄语 倡议 要求 敦促 希望 推测 预估 研判 勉励 叮嘱 嘱咐 嘱托 回复 答复
    总结 讲述 回答 记得 担心 担忧 坦承道 透露道 笑言 大呼 直呼 惊呼 放言 扬言
    补充道 解释道 笑道 叹道 感叹道 坦言道 直言道 回忆道 强调道 表示道 说明道 写到
    """)

# Cues that are too often something other than speech when not followed by punctuation:
# they only count when a comma/colon or a quotation mark follows them.
WEAK_CUES: frozenset[str] = words(
    "分析 回应 说明 表明 评价 评论 回忆 描述 形容 承诺 保证 要求 希望 判断 估计 预期 相信 "
    "觉得 感慨 感叹 批评 称赞 赞扬 质疑 反驳 批驳 寄语 倡议 敦促 谈到 谈及 提及 提醒 "
    "回复 答复 总结 讲述 回答 记得 担心 担忧 大呼 直呼 惊呼"
)

# A word before 说/称/表示 that forms one cue with it: 介绍说, 公告称, 撰文表示.
CUE_PREFIXES: frozenset[str] = words("""
    介绍 解释 补充 分析 评论 撰文 公告 述评 发布公告 发文 声明 致信 写信 来信 发言 讲话 致辞
    回应 回答 坦言 笑 感慨 感叹 直言 表态 透露 总结 强调 进一步 接着
    """)

# Tokens right after a cue that show it is not introducing speech (表示了…, 所提出的…).
NOT_SPEECH_AFTER: frozenset[str] = words("了 过 着 的 得 出 到 起 完")
# Tokens right before a cue that show it is passive/nominal (被认为, 所提出).
NOT_SPEECH_BEFORE: frozenset[str] = words(
    "被 所 可以 可 难以 不 没 没有 未 无法 不能 不会 很难 值得 应该 需要 来 据 听 就是 换句话 "
    "俗话 常言 一般 通常 简单 总的来 具体 老实 做出 作出 给予 给出 予以 进行"
)

# Addressees after 告诉 (X告诉记者，…).
ADDRESSEE_AFTER_TELL = (
    r"(?:本报|[^，。：:；！？“”]{0,10}?)?"
    r"(?:记者|笔者|媒体|我们|大家|他们|她们|他|她|我|采访者|编辑)"
)

# Common single-character surnames and the frequent compound ones.
SURNAMES: frozenset[str] = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    "俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
    "滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟"
    "应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝封谈匡鞠惠荆乐冀郁胥"
    "班储栗燕楚鄢劳谌奚皮粟冼蔺楼满闻厉伊仝区郜阚花权帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋"
    "习初扈晁芮阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危亢嵇哈湛宾戎勾茅揭尉"
    "冶斯束檀衣昝幸奉衡尧闭"
)
COMPOUND_SURNAMES: frozenset[str] = words(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 西门 南宫 独孤"
)

# Second characters that make "surname + X" a form of address, not a given name (王总, 李老).
NOT_GIVEN_NAME: frozenset[str] = frozenset("总董老某先女氏家姓工局处科部院所队哥姐叔小")

# Organisation name endings (the organisation speaks: 国资委指出, 华远基金表示).
ORG_SUFFIXES = (
    "股份有限公司|有限责任公司|有限公司|基金管理公司|基金公司|资产管理公司|证券公司|公司|集团|控股|"
    "银行|基金|证券|保险|信托|期货|投资|资本|资管|财团|交易所|交所|研究所|研究院|研究中心|事务所|"
    "科学院|工程院|大学|学院|医院|中心|委员会|常委会|人大|政协|政府|当局|法院|检察院|仲裁庭|部|局|署|厅|"
    "委|办|办公室|总署|总局|司|处|派出所|站|馆|协会|学会|商会|联合会|联盟|组织|基金会|党|议会|国会|参议院|众议院|"
    "内阁|军|警方|海关|通讯社|新闻社|社|报|日报|晚报|时报|周刊|电视台|电台|网|工会|董事会|理事会|"
    "巡视组|工作组|调查组|督导组|督查组|检查组|专家组|课题组|领导小组|"
    "央行|联储|美联储|国资委|证监会|银监会|保监会|发改委|统计局"
)

# Words for an unnamed representative of an organisation: 华远证券有关人士 -> 华远证券.
ORG_REPRESENTATIVES = (
    "的?(?:(?:有关|相关)?(?:部门|司局|业务部门))?(?:有关|相关)?"
    "(?:人士|方面|官方|发言人|新闻发言人|负责人|代表|官员|高管|人员|工作人员|"
    "第一副总裁|副总裁|总裁|首席执行官|主席|副主席|会长|行长|董事长|总经理|主管|秘书长)"
)

# Organisation heads that are category words, not names: 基金公司方面, 私募基金人士.
GENERIC_ORGS: frozenset[str] = words("""
    公司 基金公司 基金 私募基金 公募基金 私募 公募 券商 银行 机构 投行 外资 基金业 证券公司 保险公司
    基金管理公司 上市公司 企业 政府 部门 有关部门 相关部门 当局 官方 监管层 监管部门 交易所 研究所
    媒体 外媒 外电 报 网 社 委 部 局 党 中心 大学 学院 医院 协会 法院 国会 组织 网站 平台 集团
    证券 保险 信托 期货 投资 资本 各方 双方 中方 美方 外方 我方 对方 校方 警方 院方 厂方 资方 军方
    卖方 买方 卖方研究机构 买方机构 研究机构 评级机构 国内外 中外 海外 全球 业界 业内 市场
    """)

# Markers of anonymous or generic sources: a subject containing one of these gives no record.
ANONYMOUS_MARKERS = (
    "某|一位|一名|一家|一些|一个|有位|有的|有人|多位|多名|多家|不少|许多|很多|众多|诸多|部分|各位|"
    "业内|业界|市场人士|市场分析|分析人士|知情|消息人士|权威人士|专家们|人们|大家|网友|网民|民众|市民|投资者|"
    "^有(?!限|关)|基民|股民|官员们|幕僚|记者|笔者|本报|读者|受访者|有关人士|相关人士|人士|分析师们|专家|学者|"
    "研究员们|外界|舆论|坊间|媒体|他们|她们|我们|你们|咱们"
)

# A subject that is only one of these words is a document or data, not a speaker.
NON_SPEAKERS: frozenset[str] = words("""
    数据 报告 报道 文章 公告 资料 统计 调查 研究 分析 消息 信息 新闻 报表 年报 季报 一季报 半年报
    通知 文件 声明 规定 意见 计划 方案 政策 法律 合同 协议 信 信中 信函 报告中 文中 书中 调查显示
    结果 研究表明 有关 相关 大会 会议 会上 论坛 记者 本报记者 笔者 编者 编辑 他们 她们 我们 你们
    大家 人们 有人 这 那 此 其 它 该 之 本 各 每 谁 什么 这些 那些 上述 前述 以上 其中 其他 其余
    """)

# Role nouns that refer back to a named person (该负责人, 这位委员): resolved to the last speaker.
ROLE_REFERENCES = (
    "(?:该|这位|此位|这名|该名|那位|上述|前述|以上|上面那位)"
    "(?:人士|负责人|官员|委员|代表|专家|学者|经理|基金经理|分析师|总监|主任|主席|会长|行长|院长|"
    "校长|局长|厅长|部长|市长|省长|董事长|总经理|总裁|教授|研究员|发言人|律师|人|女士|先生)"
)

# Words that can end a title chain (used to split "title + name" and to find name mentions).
TITLE_ENDINGS = (
    "主席|副主席|总理|副总理|总统|副总统|首相|部长|副部长|局长|副局长|厅长|副厅长|处长|科长|"
    "省长|副省长|市长|副市长|县长|区长|镇长|村长|书记|副书记|常委|委员|代表|主任|副主任|秘书长|"
    "院长|副院长|校长|副校长|所长|会长|副会长|理事长|董事长|副董事长|董事|总经理|副总经理|经理|"
    "总裁|副总裁|总监|主管|首席执行官|执行官|首席经济学家|经济学家|分析师|研究员|教授|副教授|"
    "讲师|专家|学者|律师|法官|检察官|大使|领事|发言人|行长|副行长|总编辑|主编|记者|作家|"
    "创始人|合伙人|负责人|团长|副团长|队长|教练|主帅|球员|财长|外长|防长|议员|参议员|众议员|"
    "州长|国务卿|大臣|总督|将军|司令|政委|师|长|CEO|CFO|COO|CTO|首席运营官|首席财务官|首席技术官|"
    "秘书|新闻秘书|顾问|特使|特别代表|助理|参赞|总干事|院士|主持人|支书|医生|护士|工程师"
)

# Lines that start a teaser / related-content list: nothing after them is article text.
TEASER_HEADINGS: frozenset[str] = words("""
    相关内容 相关阅读 相关新闻 相关报道 相关文章 相关链接 热门资讯 热门推荐 热门文章 热点推荐
    推荐阅读 延伸阅读 猜你喜欢 更多阅读 精彩推荐 为你推荐 往期回顾 热门新闻 最新资讯 热点新闻
    """)
