#!/usr/bin/env python3
"""Gold annotations of the second held-out quote set (bench/heldout_quotes_2), written by hand
following /work/shared/eval/quotes/GUIDELINES.md and the "Decisions specific to this set" of
the development set's README.  Annotated before any extractor output on these texts existed.

Run: python3 bench/heldout_quotes_2/annot/build_gold.py
Writes ../gold.jsonl (all records), ../judgement_calls.jsonl (the records marked J, same format)
and ../gold_core.jsonl (gold minus judgement calls), and validates that every quote is an exact
substring of its text, every speaker occurs literally in it, and no (doc, speaker, quote)
triple is duplicated.

Record tuple: (doc, speaker, titles, quote, direct, cue, judgement)
A quote may be given as a pair (start, end): the text from the first occurrence of `start` up
to and including the first occurrence of `end` after it (a typing aid for long spans; the
written gold always holds the literal substring).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE.parent))  # bench/: the builder shared by the held-out sets
from heldout_gold import build  # noqa: E402

T, F = True, False
J = True  # judgement call (see README "Judgement calls")

R = [
    # ---------------- zh/001 toutiao (Xinhua wire), 前4个月外贸
    # 海关总署发布最新数据 (data release) and the headline are not annotated.
    ("zh/001", "吕大良", ["海关总署统计分析司司长"],
     ("今年以来，我国外贸领域的积极因素不断增多", "我国外贸向好态势进一步巩固"), F, "表示", F),
    ("zh/001", "吕大良", [],
     ("4月份，我国对新兴市场进出口持续向好", "拉动整体进出口增速由负转正"), F, "表示", F),
    ("zh/001", "中共中央政治局", [],
     "要积极扩大中间品贸易、服务贸易、数字贸易、跨境电商出口，支持民营企业拓展海外市场，加大力度吸引和利用外资",
     F, "会议指出", J),
    ("zh/001", "罗明波", ["添可智能科技有限公司国际事业运营部总经理"],
     "‘中国智造’市场空间大，现在与外国客商的合作方式不断翻新，预计海外业务持续两位数增长。", T, "说", F),
    ("zh/001", "彭学舟", ["浙江创新激光设备有限公司总经理"],
     "今年不仅要出国参展，还计划在德国成立合资公司，重点开发新兴市场。", T, "信心满满：", F),
    ("zh/001", "段松涛", ["万宝集团副总经理"],
     "公司通过AEO认证标准，通关效率提高30%，管理水平、企业商誉和综合竞争力提升。", T, "说", F),
    ("zh/001", "段松涛", [], "充分利用AEO制度红利，我们加大科技创新，加速智造出海。", T, "说", F),
    ("zh/001", "丁海", ["苏豪副总裁"],
     "探索‘中欧班列+海外仓’‘跨境电商+产业带’等外贸新模式，我们协同上下游形成更强竞争力。", T, "说", F),
    ("zh/001", "赵福军", ["国务院发展研究中心对外经济研究部综合研究室主任"],
     "综合当前数据来看，预计二季度我国外贸形势将逐步向好。", T, "表示", F),
    ("zh/001", "赵福军", [],
     "随着政策效应逐步显现和高水平开放稳步推进，我国贸易高质量发展新动能将加快培育，外贸增长将持续焕发新活力", F, "表示", F),

    # ---------------- zh/002 kepu.gov.cn (Xinhua), 长三角一体化座谈会
    # Continuation sentences without a new cue are not included (one-sentence rule).
    ("zh/002", "习近平", ["中共中央总书记", "国家主席", "中央军委主席"],
     ("深入推进长三角一体化发展，进一步提升创新能力", "民族复兴伟业，意义重大"), F, "强调", F),
    ("zh/002", "习近平", [],
     ("长三角一体化发展战略提出并实施5年来", "推进高水平对外开放赢得了战略主动"), F, "指出", F),
    ("zh/002", "习近平", [], "长三角区域要加强科技创新和产业创新跨区域协同", F, "强调", F),
    ("zh/002", "习近平", [], "长三角区域要加快完善一体化发展体制机制", F, "指出", F),
    ("zh/002", "习近平", [], "长三角区域要积极推进高层次协同开放", F, "强调", F),
    ("zh/002", "习近平", [], "长三角区域要加强生态环境共保联治", F, "指出", F),
    ("zh/002", "习近平", [], "长三角区域要着力提升安全发展能力", F, "强调", F),
    ("zh/002", "习近平", [], "深入推进长三角一体化发展，必须坚持和加强党的全面领导", F, "指出", F),
    ("zh/002", "李强", ["中共中央政治局常委", "国务院总理"],
     ("要认真学习领会、深入贯彻落实习近平总书记重要讲话精神", "更好支撑和服务中国式现代化"), F, "在讲话中表示", F),

    # ---------------- zh/003 news.ifeng.com feature, 红海危机与外贸
    # Not annotated: 有人…抱怨 / 有的工厂承诺 / 外贸公司…大会 (unnamed), 李民听说 (hearsay),
    # 一位同行告诉Amber, Amber听行业内的人推测, 已经有国外客户…反馈, 据路透社消息 (media as source).
    ("zh/003", "Jenny", [], "有新订单计划吗", T, "关切客户", J),
    ("zh/003", "Jenny", [],
     "推不动，真的推不动，一直催客户都没有用。\n外国客户总是说，我再看看情况，我会告诉你的，我有订单一定会联系你。", T, "说", F),
    ("zh/003", "Amber", ["资深的国际货运代理人"], "辛苦了，努力了，什么压力都走了一遍，最后集装箱没有运出去。", T, "", J),
    ("zh/003", "Sam", ["深圳的货运代理人"],
     "航运业“返祖”绕行好望角的这一天，海运价一小时更新一次，每次300或500美金地涨，比股市还疯狂", F, "记得", J),
    ("zh/003", "李民", ["高级船长"], "苏伊士运河每天通过大约70艘船舶，占全球货物运输的12%", F, "说", F),
    ("zh/003", "李民", [], "所运输的货物多以干杂货为主，吃的、用的、玩的一应俱全", T, "", J),
    ("zh/003", "李民", [], "航运业和全世界每个人都有莫大的关联，因为全球物流运输的90%以上是靠航运来完成的。", T, "说道", F),
    ("zh/003", "李民", [], "这些都和普通消费者的生活息息相关，运费的上涨势必会影响当地的物价。", T, "说道", F),
    ("zh/003", "林影", ["做货代的福建人"], "每年冬天，欧洲客户会从中国订购大量羽绒服", F, "提到", F),
    ("zh/003", "林影", [], "如果那些尾单受红海危机影响，\n等顺利送到欧洲，冬天恐怕就结束了", F, "据…推测", J),
    ("zh/003", "Jenny", [],
     "现在的交付期已经到4月了，如果等海外客户观望到2、3月再下单，5、6月才能交付，这半年已经过去了。", T, "说道", F),
    ("zh/003", "宜家家居", [], "交货将延迟", F, "警告客户", F),
    ("zh/003", "美国银行", [], "受红海危机影响严重的服饰公司包括耐克、Vans、北面、范思哲等等", F, "的一份报告中提到", J),
    ("zh/003", "吉利", ["国内销量第二大的汽车品牌"],
     "吉利运往欧洲的电动汽车将延迟\n——到1月下旬，电车的运输成本提升了5倍", F, "向路透社表示", F),
    ("zh/003", "李民", [],
     "当你在超市购物时，发现想购买的进口商品物价怎么比以前贵了？这时候你是否想到，这就是航运波动所带来的结果。", T, "说道", F),
    ("zh/003", "英国牛津经济研究院", [],
     "全球物价存在上行风险——\n如果集装箱运输成本保持在当前水平，可能会使全球通胀率上升约0.6个百分点", F, "发布的研究报告认为", J),
    ("zh/003", "Jenny", [],
     ("家具五金类产品，德国品质在国际上是出了名的第一名。", "有利润空间。"), T, "说", F),
    ("zh/003", "Jenny", [], "国外客户在观望红海局势的同时，或许也在寻找更加划算的海外供应商", F, "担心", J),
    ("zh/003", "Jenny", [], "客户都是追求稳定的产品", T, "说", F),
    ("zh/003", "Jenny", [], "一旦客户转移到其他国家的供应商，第一次合作得不错，以后可能都在那里买。", T, "说", F),
    ("zh/003", "BDI Furniture", [],
     "它们正在更多地依赖土耳其和越南等地的工厂，来减轻供应中断的影响，这也是减轻“对中国依赖的举措之一”", F, "表示", F),
    ("zh/003", "Jenny", [],
     "缺订单的话，工人可能会闲下来，厂长的压力很大，也可能会裁员，这对最基层的打工人来说也是有影响的。", T, "", J),

    # ---------------- zh/004 news.youth.cn (中国青年报), 养老服务管理专业首届毕业生
    ("zh/004", "刘佳芸", [],
     ("上海从2018年年初开始试点实施", "需求的调研项目。"), T, "说", F),
    ("zh/004", "刘佳芸", [],
     "机构提供的服务内容和管理方式本质上是围绕老年人的需求设计的，不只是设施设备‘豪华’这么简单。", T, "有了更深刻的认识：", J),
    ("zh/004", "刘佳芸", [],
     "不管是我自己找还是学校推荐的单位，对方一看到我的专业是养老服务管理，首先会觉得新奇，然后认为这个专业十分对口", T, "", J),
    ("zh/004", "刘佳芸", [],
     ("在这个协会工作，能接触到旗下1000多家", "未来，我也许有机会去更大的平台闯一闯。"), T, "", J),
    ("zh/004", "毛佳杰", ["养老机构泰康之家上海分公司人力资源总监"],
     ("之前他就了解到这所高校的这个专业今年有第一届本科生毕业", "以便自己更早地了解市场上企业的招聘需求"), F, "告诉记者", F),
    ("zh/004", "罗娟", ["上海工程技术大学管理学院副院长"],
     "在首届32名本科毕业生中，除了个别同学选择出国深造、继续学习养老领域知识外，绝大部分同学都将进入养老行业工作", F, "告诉记者", F),
    ("zh/004", "陈姝君", ["山东女子学院社会与法学院养老服务管理专业教师"],
     "首届64名本科毕业生中，有几名同学选择考公或跨专业考研，其余约九成同学有望留在养老行业", F, "据…介绍", F),
    ("zh/004", "罗娟", [],
     "上海工程技术大学从2010年左右就开始进行养老服务研究，尤其是对养老保障方面的研究较为成熟，这为开设养老服务管理专业奠定了基础", F, "向记者介绍", F),
    ("zh/004", "罗娟", [],
     "专科的养老服务与管理专业更侧重服务层面，主要培养的是面向养老机构的护理员；本科的养老服务管理专业主要目标是培养能够胜任养老机构运营管理的人才", F, "在调研中发现", J),
    ("zh/004", "陈姝君", [],
     ("山东女子学院在2015年就开始办老年服务与管理", "人才培养质量不断提升"), F, "介绍", F),
    ("zh/004", "陈姝君", [],
     ("该专业的教师团队由来自管理学", "调整专业培养方案"), F, "告诉记者", F),
    ("zh/004", "陈姝君", [], "经过4年一轮的培养，养老服务管理专业已经调整至比较稳定的阶段", F, "说", F),
    ("zh/004", "陈姝君", [],
     ("我们会告诉学生，老年人也有各种各样的追求", "文学欣赏等选修课。"), T, "告诉记者", F),
    ("zh/004", "陈姝君", [],
     ("4年来该专业招生的数量正在逐年上升；未来，学院希望", "另一方面能够培养更多更高端的专业人才"), F, "告诉记者", F),
    ("zh/004", "林佳华", ["山东女子学院养老服务管理专业毕业生"],
     ("评估是养老服务的重要环节", "也能指导居家适老化改造过程等。"), T, "目标明确：", F),
    ("zh/004", "林佳华", [], "老年人能力评估师是未来市场需求更大、也更加规范化的职业", F, "认为", F),
    ("zh/004", "刘学昊", [],
     ("我觉得养老行业是‘朝阳产业’", "有自己的团队。"), T, "说", F),
    ("zh/004", "罗娟", [],
     "4年来，养老管理专业招生人数正在逐年增加，以第一志愿录取的学生比例也在上升", F, "告诉记者", F),
    ("zh/004", "罗娟", [],
     ("上一届就有一个退伍回来的大二学生", "发挥着很好的积极带头作用。"), T, "", F),
    ("zh/004", "罗娟", [],
     "随着“银发浪潮”的到来，养老行业的产业链变长，未来社会生产的各个领域都要为老年群体再细分一次", F, "在…看来", J),
    ("zh/004", "罗娟", [], "比如在消费品方面，老年鞋的热卖就是一个例子", T, "", F),
    ("zh/004", "罗娟", [],
     "未来在教育、文旅、金融、保险、医疗器械、数字平台、住宅适老化改造等领域，在养老产业链上的每个环节，“都有年轻人大展拳脚的空间”",
     F, "在课堂上告诉同学们", F),

    # ---------------- zh/005 360kuai, 舒默 on Iranian helicopter crash
    # 据美国全国广播公司(NBC)报道 / 伊朗迈赫尔通讯社和路透社20日报道: media as the article's source.
    ("zh/005", "舒默", ["美参议院多数党领袖"],
     "已从情报部门获悉，“没有证据表明该事件中存在谋杀行为”", F, "表示", F),
    ("zh/005", "舒默", [], "事发地点天气糟糕，大雾弥漫", F, "称", J),
    ("zh/005", "舒默", [], "所以这看起来像是一起事故，但全面调查仍在进行中", T, "称", J),

    # ---------------- zh/006 news.39.net, 贾玲减重
    # Not annotated: 贾玲的健身教练说 (unnamed), 导演羞辱 / 亲姐姐吐槽 (unnamed), 有人却批评 (anonymous),
    # 瞿颖唱 / 贾玲唱 (sung lyrics), 专家认为 (generic), 贾玲想表达的意思 (writer's interpretation).
    ("zh/006", "贾玲", [], "《热辣滚烫》是一部讲述善良人如何找到自己、爱自己的电影，与拳击和减肥无关", F, "曾强调", F),
    ("zh/006", "贾玲", [], "片中的乐莹不是变瘦了，你不觉得她是变得很强吗？她只是变强了！", T, "接受采访时说", F),
    ("zh/006", "贾玲", [], "想让观众看到一个人积极的样子、开始爱自己的样子", F, "说", J),
    ("zh/006", "贾玲", [], "这部电影整整拍了一年，春夏秋冬一共四季", F, "在微博上说", F),
    ("zh/006", "贾玲", [], "自己用尽了全力，被饥饿与疲惫反复折磨，像过了一辈子", F, "坦言", F),
    ("zh/006", "贾玲", [],
     ("杀青那天晚上我一个人坐在床边", "像一个疲惫的勇士拿着自己的战利品！"), T, "", F),
    ("zh/006", "贾玲", [], "我现在是一个很红的胖子。", T, "", J),
    ("zh/006", "贾玲", [], "自己会因肥胖而无所适从", F, "向朋友张小斐表达过", F),
    ("zh/006", "贾玲", [], "等瘦下来再买，结果在肥胖的路上越走越远", F, "称", J),
    ("zh/006", "贾玲", [], "我的减重是非常健康的，就是一个月减8到10斤。", T, "说", F),
    ("zh/006", "朱旭峥", ["航空总医院临床营养科主治医师"],
     "贾玲此次“暴瘦”并不夸张，普通人在专业医师指导下一个月减8~10斤并非不可能", F, "在接受媒体采访时表示", F),
    ("zh/006", "朱旭峥", [],
     "医学减重是在医生和营养师指导下，以饮食和生活方式干预为核心的科学、安全、有效的减重方法。", T, "", F),
    ("zh/006", "伊能静", [],
     "第一天只喝豆浆，第二天吃玉米，第三天吃水果，第四天吃蛋白质，第五天吃蔬菜", F, "在微博发布了…：", J),
    ("zh/006", "陆彦妤", ["浙江大学医学院附属第二医院营养科营养师"],
     "部分减肥方法确实有科学根据，如“8+16”限时进食减肥法", F, "在接受媒体采访时表示：", F),
    ("zh/006", "陆彦妤", [],
     "常见的减肥方法包括生活方式干预、药物使用、手术治疗，但单纯靠生活方式干预减肥是非常考验毅力的", F, "表示", F),

    # ---------------- zh/007 toutiao (Xinhua), 多米尼加总统选举
    ("zh/007", "阿比纳德尔", ["多米尼加现任总统", "现代革命党候选人"],
     "他在当天举行的总统选举首轮投票中获胜，成功连任", F, "宣布", F),

    # ---------------- zh/008 politics.gmw.cn commentary, 保护主义
    # Not annotated: 一些美国政客…指责 (generic), 美国纽约联储的研究发现 / 卡托研究所的报告还表明
    # (research findings, like …显示).
    ("zh/008", "彭博社", [],
     "美国曾对本土钢铁行业大行保护主义措施，也未能阻止其就业岗位减少、竞争力与市场份额下降的事实", F, "近日的一篇文章指出", F),
    ("zh/008", "世界贸易组织", [],
     "如果全球陷入全面地缘政治竞争的最坏情况，全球平均收入将下降5%，平均贸易额将下降13%", F, "根据…的模型预测", J),
    ("zh/008", "国际货币基金组织", [],
     "贸易碎片化、技术脱钩将导致全球经济产出萎缩，一些国家萎缩幅度可能高达12%", F, "的报告指出", J),

    # ---------------- zh/009 new.qq.com (经济日报评论员) commentary, 产能过剩论
    # Not annotated: 一些政客/美国部分政客声称 (generic), 《政府工作报告》提出“…” (document slogan),
    # 与会经济学家和专业人士 (generic), 国际能源署的报告显示 / 国际可再生能源署的测算也显示 (data).
    ("zh/009", "习近平", ["主席"],
     "中国新能源产业在开放竞争中练就了真本事，代表的是先进产能，不仅丰富了全球供给，缓解了全球通胀压力，也为全球应对气候变化和绿色转型作出巨大贡献",
     F, "在中法欧领导人三方会晤时所指出", F),

    # ---------------- zh/010 pl.ifeng.com commentary, 国常会稳经济
    # Not annotated: the epigraph “事机一失应难再…”, 各界注意到, quoted policy wording
    # (“全面筛查、细化实化”, “新增1400多亿元留抵退税…” etc.) cited by the commentator.
    ("zh/010", "国务院常务会议", [],
     "按照中央经济工作会议和《政府工作报告》总体思路、政策取向推出稳经济一揽子政策措施，主要是对政策实施提速增效",
     F, "会议指出", J),
    ("zh/010", "国务院常务会议", [], "加快稳经济一揽子政策措施落地生效", F, "国常会要求", J),

    # ---------------- zh/011 china.com.cn, 呼和浩特婴幼儿照护措施: no records on purpose
    # (据呼和浩特市人民政府网站消息 is the article's source; the rest is the policy text).

    # ---------------- en/001 BBC, Sweden drops Assange investigation
    # Not annotated: "Assange, who denies the accusation" / "denied the allegations" (no content),
    # "Prosecutors told reporters" (generic), the BBC correspondent's own analysis, "Wikileaks
    # welcomed the Swedish move" (topic only), "a judge ruled" (unnamed).
    ("en/001", "Swedish Prosecution Authority", [],
     "Deputy Director of Public Prosecution Eva-Marie Persson took the decision to \"discontinue the investigation regarding Julian Assange\"",
     F, "said", F),
    ("en/001", "Swedish Prosecution Authority", [],
     "The reason for this decision is that the evidence has weakened considerably due to the long period of time that has elapsed since the events in question",
     T, "added", F),
    ("en/001", "Eva-Marie Persson", ["Deputy Director of Public Prosecution"],
     "I would like to emphasise that the injured party has submitted a credible and reliable version of events.", T, "said", F),
    ("en/001", "Eva-Marie Persson", [],
     ("Her statements have been coherent, extensive and detailed", "no longer any reason to continue the investigation."), T, "", F),
    ("en/001", "Julian Assange", ["Wikileaks co-founder"],
     "his fear of being extradited from Sweden to the US was why he had taken refuge in the Ecuadorean embassy in London",
     F, "always argued", J),
    ("en/001", "Julian Assange", [], "the sex was consensual", F, "saying", F),
    ("en/001", "Kristinn Hrafnsson", ["Wikileaks editor-in-chief"],
     "Let us now focus on the threat Mr Assange has been warning about for years: the belligerent prosecution of the United States and the threat it poses to the First Amendment.",
     T, "said", F),

    # ---------------- en/002 CNN Business, Asian markets
    # "CNBC reported" / "The news organization, citing an anonymous government source, reported"
    # (media as source, anonymous source): not annotated.
    ("en/002", "Jeffrey Halley", ["market analyst with the research firm Oanda"],
     "With no significant data releases in Asia today, attention in the region will remain focused on trade concerns and Hong Kong",
     T, "said", F),
    ("en/002", "Jeffrey Halley", [], "Neither is likely to inspire the confidence of market participants.", T, "said", F),

    # ---------------- en/003 AP via SFGate, BART stabbing (The Latest)
    # Not annotated: "Authorities say", "The San Francisco Chronicle says" / "The Chronicle says"
    # (media as source), "employees of a car dealership said", "Officials did not … provide".
    ("en/003", "Steve Castro", ["Employee"],
     "he fought with the shirtless man, who snatched the keys from his hand as he was showing the van to a customer",
     F, "tells the paper", F),
    ("en/003", "Ed Alvarez", ["Interim BART Police Chief"],
     "a man has been stabbed to death on a San Francisco Bay Area commuter train during a fight", F, "says", F),
    ("en/003", "Ed Alvarez", [],
     "officials began receiving 911 calls Tuesday afternoon about a fight aboard a train between two men", F, "told reporters", F),
    ("en/003", "Ed Alvarez", [],
     "transit officers boarded the train at the next stop and found a man bleeding, who was possibly the victim of a stabbing",
     F, "says", F),
    ("en/003", "Ed Alvarez", [], "the man died", F, "says", F),
    ("en/003", "Ed Alvarez", [],
     "transit officers quickly searched the area and were able to apprehend a suspect", F, "says", F),
    ("en/003", "Ed Alvarez", [],
     "there is no threat to the public because it was a fight between two people who engaged each other", F, "said", F),

    # ---------------- en/004 AP via CBS Detroit, EEE fatality
    # "Michigan health authorities are reporting a 6th fatality" (generic, nominal): not annotated.
    ("en/004", "Berrien County Health Department", [],
     "the victim was one of two people who contracted the mosquito borne virus", F, "said", F),
    ("en/004", "Joneigh Khaldun", ["Dr.", "Michigan Department of Health and Human Services"],
     "the risk from the virus continues because there hasn’t been a sustained period of freezing temperatures", F, "says", F),
    ("en/004", "Joneigh Khaldun", [],
     "residents in the affected areas should continue to take precautions against mosquito bites", F, "says", F),

    # ---------------- en/005 CTV News (AP), hibernating astronauts
    ("en/005", "European Space Agency", [],
     "putting astronauts into a state of suspended animation could make it easier to reach other planets", F, "says", F),
    ("en/005", "European Space Agency", [],
     "its researchers examined how hibernation would affect the design of a crewed mission to Mars and concluded that it could help to significantly shrink the size of spacecraft",
     F, "said", F),
    ("en/005", "Jennifer Ngo-Anh", ["research team head"], "the idea \"is actually not so crazy.\"", F, "says", F),
    ("en/005", "Jennifer Ngo-Anh", [], "similar methods are already used to save trauma victims", F, "noted", F),

    # ---------------- en/006 CGTN, Cape Town Sevens
    ("en/006", "Gareth Baber", ["Fiji head coach"],
     "It's been a long time coming for the Fijians to win in Cape Town. We were disappointed last week that we didn't manage to perform to the level that we've done this week.",
     T, "said", F),
    ("en/006", "Gareth Baber", [],
     ("It makes me most proud that these players", "to come and support us."), T, "said", F),

    # ---------------- en/007 People's Daily Online, tiger and leopard national park
    # "said a person in charge of maintenance of the monitoring system" (anonymous): not annotated.
    ("en/007", "Feng Limin", ["deputy director of the monitoring and research center of Siberian tigers and Amur leopards under the National Forestry and Grassland Administration"],
     "The monitoring system can send videos of wild Siberian tigers and Amur leopards in real time. This informationized and intelligent management platform can help facilitate construction of the national park",
     T, "said", F),
    ("en/007", "Feng Limin", [],
     ("In the 10 years after 2005, Feng's team installed", "to monitor their activities"), F, "explained", F),

    # ---------------- en/008 PanARMENIAN.Net (Amnesty release), Iran protests
    # Not annotated: "according to credible reports received by Amnesty", "State media have
    # reported", "According to eyewitness accounts".
    ("en/008", "Amnesty International", [],
     ("Verified video footage, eyewitness testimony", "sparked by a hike in fuel prices on 15 November"), F, "said", F),
    ("en/008", "Amnesty International", [],
     "the real death toll may be much higher, with some reports suggesting as many as 200 have been killed", F, "believes", F),
    ("en/008", "Philip Luther", ["Research and Advocacy Director for the Middle East and North Africa at Amnesty International"],
     "The authorities must end this brutal and deadly crackdown immediately and show respect for human life", T, "said", F),
    ("en/008", "Philip Luther", [],
     ("The frequency and persistence of lethal force", "has become a matter of state policy."), T, "", F),

    # ---------------- en/009 New York Post, plague case
    # "according to the state-run Xinhua News Agency" (media as source) and "Authorities say"
    # (generic): not annotated; the health commission is the innermost source of the relayed words.
    ("en/009", "regional health commission", [],
     "The person, who was not identified, was hospitalized in the county of Huade in north China’s Inner Mongolia Autonomous Region",
     F, "the news agency said, citing", J),
    ("en/009", "regional health commission", [], "No one has shown symptoms such as fever, so far", F, "said", J),

    # ---------------- en/010 CNBC, Emirates orders Boeing 787s
    # Not annotated: "it announced an order of 50 Airbus A350-900 jets" (no content clause),
    # "Aviation analysts called it" (generic).
    ("en/010", "Emirates Airline", [],
     "Dubai's flagship carrier Emirates Airline finalized a deal to purchase 30 of Boeing 's 787-9 Dreamliner jets",
     F, "announced", F),
    ("en/010", "Boeing", [],
     "Dubai's flagship carrier Emirates Airline finalized a deal to purchase 30 of Boeing 's 787-9 Dreamliner jets",
     F, "announced", F),
    ("en/010", "Tim Clark", ["Emirates President"],
     "the airline — the largest international carrier in the world — will recommence its expansion in the early 2020s, following its current period of consolidation",
     F, "told reporters", F),
    ("en/010", "Tim Clark", [], "lofty plans to expand the Emirates fleet by 30% by the end of 2025", F, "revealed", J),
    ("en/010", "Airbus", [], "it would scrap its production", F, "announce", F),

    # ---------------- en/011 Jerusalem Post, stabbing in Berlin: no records on purpose
    # ("Kan reported" is the article's own source).
]


def main() -> int:
    return build(HERE, R)


if __name__ == "__main__":
    raise SystemExit(main())
