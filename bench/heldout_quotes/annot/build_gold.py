#!/usr/bin/env python3
"""Gold annotations of the held-out quote set, written by hand following
/work/shared/eval/quotes/GUIDELINES.md and the "Decisions specific to this set" of its README.

Annotated before any extractor output on these texts was looked at.

Run: python3 bench/heldout_quotes/annot/build_gold.py
Writes ../gold.jsonl (all records) and ../gold_core.jsonl (without the records marked J =
judgement call, used for a sensitivity check) and validates that every quote is an exact
substring of its text and every speaker occurs literally in it.

Record tuple: (doc, speaker, titles, quote, direct, cue, judgement)
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
T, F = True, False
J = True  # judgement call (see README "Annotation doubts")

R = [
    # ---------------- zh/001 Xinhua, 李强在新疆调研
    ("zh/001", "李强", ["中共中央政治局常委", "国务院总理"],
     "要深入贯彻习近平总书记在新时代推动西部大开发座谈会上的重要讲话精神和新时代党的治疆方略，立足资源禀赋培育壮大特色优势产业，提高对内对外开放水平，在高质量发展中增进民生福祉、促进长治久安",
     F, "强调", F),
    ("zh/001", "李强", [], "新疆正在推进丝绸之路经济带核心区建设，要更好链接内陆省份与沿线国家，推动深化经贸合作，打造向西开放的桥头堡", F, "指出", F),
    ("zh/001", "李强", [], "要围绕商贸、教育、医疗、文化、旅游等领域，加强国际往来、扩大人文交流", F, "表示", F),
    ("zh/001", "李强", [], "要顺应能源变革和信息化浪潮，立足资源禀赋，挖掘潜力空间，大力发展能源、煤化工、农业和农产品加工、装备制造等特色优势产业，发挥龙头企业带动作用，打造完整产业链", F, "指出", F),
    ("zh/001", "李强", [], "要多措并举带动群众就业增收，办好民生实事，传承发展民族文化，促进各族群众手足相亲、团结互助，生活越来越好", F, "说", F),
    ("zh/001", "李强", [], "当地干部继续抓好基层治理，更好服务群众安居乐业、维护社会和谐稳定", F, "勉励", J),
    ("zh/001", "李强", [], "新疆深入贯彻习近平总书记关于新疆工作的重要指示精神，扎实苦干、久久为功，推动各项工作再上新台阶，为全国发展大局作出更大贡献", F, "希望", J),
    # ---------------- zh/002 southcn (Xinhua), 美联储暂停加息
    ("zh/002", "美国联邦储备委员会", [], "将联邦基金利率目标区间维持在5%至5.25%的水平不变，符合普遍预期", F, "宣布", F),
    ("zh/002", "美国联邦储备委员会", [], "维持联邦基金利率目标区间不变，将使委员会能够评估更多信息", F, "发表声明，强调", F),
    ("zh/002", "美国联邦储备委员会", [], "坚定致力于将通货膨胀率降至2%的目标", F, "重申", F),
    ("zh/002", "美国联邦储备委员会", [], "最近的指标表明美国经济活动继续温和增长，近几个月就业增长强劲，失业率保持在低位，通胀率仍然很高", F, "声明称", F),
    ("zh/002", "美国联邦储备委员会", [], "美联储依然高度关注通胀风险", F, "声明称", F),
    ("zh/002", "鲍威尔", ["美联储主席"], "过去6个月核心PCE价格指数一直高于4.5%", F, "说", F),
    ("zh/002", "鲍威尔", ["美联储主席"], "它并没有真正下降", T, "说", F),
    ("zh/002", "鲍威尔", ["美联储主席"], "我们希望看到有可靠的证据证明通胀见顶并回落", T, "说", F),
    ("zh/002", "鲍威尔", [], "考虑到货币政策对经济影响的滞后性以及信贷紧缩的潜在不利影响等因素，美联储官员决定暂停加息", F, "表示", F),
    # ---------------- zh/003 southcn (Xinhua), 海葵一号
    ("zh/003", "刘华祥", ["中国海油深圳分公司深水工程建设中心总经理"],
     "“海葵一号”本身没有动力，不能在海上自航，为缩短航行时间，减少海水冲击损伤、台风影响等运输风险，需要将它像货物一样装到半潜运输船上，通过“大船背小船”的方式，运输至珠江口盆地进行回接安装",
     F, "介绍", F),
    # ---------------- zh/004 qq, 捷途汽车直播
    ("zh/004", "抖音黑板报", [], "涉事门店的抖音账号已被无限期封禁", F, "据…发布的公告", J),
    ("zh/004", "抖音黑板报", [], "近期平台发现，汽车销售行业部分主播以“香车美女”为噱头，在直播间打低俗“擦边球”来吸引流量，肆意“擦边”营销为自己谋取利益，严重破坏了汽车直播生态健康", F, "发布公告称", F),
    ("zh/004", "抖音黑板报", [], "2024年4月至今共无限期封禁账号24个，其中，“捷途汽车-宁夏宁达捷瑞店”“宁达捷瑞旅行者体验中心”“捷途汽车-宁夏宁达绿地店”在列", F, "公告指出", F),
    # ---------------- zh/005 people.com.cn, 心成长 (unnamed 负责人 -> organisation)
    ("zh/005", "北京青少年中心", [], "“心成长”项目是提升一线青年工作者心理素养的第一步，也是面向社会培养心理健康服务人才的重要一环", F, "介绍", F),
    # ---------------- zh/006 youth.cn, 以色列/哈马斯 (以方 deictic: not annotated)
    ("zh/006", "哈马斯", [], "同意斡旋方提出的加沙地带停火提议", F, "宣布", F),
    # ---------------- zh/007 china.com.cn, 古北水镇
    ("zh/007", "倪阳平", ["中青旅控股股份有限公司党委书记", "董事长"],
     "长城作为中华文明的重要象征，投射着中国民族自强不息、众志成城、坚韧不屈、守望和平的共同精神，激励着一代代中华儿女为实现民族伟大复兴而不断奋斗", F, "讲述", J),
    ("zh/007", "倪阳平", [], "中青旅作为具有光荣传统的旅游央企，40多年来相继投资打造乌镇和古北水镇等优秀文旅融合项目，为服务人民美好生活做出了重要贡献", F, "指出", F),
    ("zh/007", "倪阳平", [], "通过“光之城”大型系列文化活动的发布，进一步挖掘在地文化价值，推动文、体、旅、演、影各业态的深度融合，讲好古北水镇与司马台长城的品牌故事，打造古北水镇重量级核心文化IP，推动古北水镇成为华北乃至全国“新国风文化开拓者”的领军景区，共谱文旅高质量发展的新篇章", F, "希望", J),
    ("zh/007", "郎昆", ["著名导演"], "长城是中华民族取之不竭的文化宝库，将以总书记关于长城保护的回信为指引，打造每个人心中的“光之城”", F, "表示", F),
    ("zh/007", "程博峰", ["活动总策划"], "“光之城”系列活动将依托长城文化，弘扬长城精神，在“光之城”IP下打造古风型男团组，推出网剧、演艺、影视等艺术作品", F, "表示", F),
    # ---------------- zh/008 gmw (Xinhua), 斑马鱼
    ("zh/008", "郑伟波", ["中国科学院上海技术物理研究所研究员"], "目前，航天员成功开展了两次水样样品采集和1次鱼食盒更换操作，发现了斑马鱼在微重力环境下表现出腹背颠倒游泳、旋转运动、转圈等定向行为异常现象", F, "介绍", F),
    ("zh/008", "王高鸿", ["中国科学院水生生物研究所研究员"], "斑马鱼作为‘模式生物’，与人类基因组相似度高达87%，可以作为许多人类疾病的研究模型。同时，与航天员一样，斑马鱼成为‘鱼航员’也需要通过生长阶段、活性、健康等层层选拔。", T, "说", F),
    # ---------------- zh/009 sina, 有轨电车
    ("zh/009", "中国城市轨道交通协会", [], "国内第一条现代有轨电车线路是2002年在大连建成的", F, "按照…的说法", F),
    ("zh/009", "云南省委第五巡视组", [], "城市轨道交通项目预计投资56.49亿元，可行性论证不够，决策存在盲目性", T, "指出", F),
    ("zh/009", "瑞丽发改局", [], "该项目目前已不再继续推进", T, "", J),
    ("zh/009", "浦东有轨交通公司", [], "客流逐年下降，有轨电车将由地面公交替代衔接", F, "公告称", F),
    ("zh/009", "马强", ["上海同济城市规划设计研究院有限公司复兴规划设计所所长"], "决策管理层面存在盲目将有轨电车作为实现城市轨道交通“零的突破”的重要抓手", F, "分析", J),
    ("zh/009", "马强", [], "技术不成熟、线路未成网、换乘不便捷、客运量未达预期、运营成本居高不下等都是初级阶段的常态", F, "总结", F),
    # ---------------- zh/010 163, 农村停车收费
    ("zh/010", "王先生", [], "我租住的房屋自带院子，平日里停车并不占用道路资源，所谓的‘资源占用费’并不合理。", T, "", J),
    ("zh/010", "王先生", [], "目前设置的道闸只是一种收费方式，所谓的停车管理根本没有体现", F, "认为", J),
    ("zh/010", "王先生", [], "如果要规范停车，应该是对村内道路进行统一规划，划设停车位，可目前什么都没有。", T, "", J),
    ("zh/010", "徐女士", ["村民"], "所谓的村民公约并未征询过村民意见，程序上不规范", F, "介绍", J),
    ("zh/010", "徐女士", ["村民"], "而且，我们村住着很多外来务工人员，他们本来就是价格敏感人群，这个停车费一收，人家何必跑这么远租房呢？有不少租户搬离了这里。", T, "介绍", J),
    ("zh/010", "桑先生", [], "很多单位在联民村设有实验基地，有时候实验一做就是一天，凭空多了一笔开支。", T, "", J),
    ("zh/010", "张锦华", ["上海财经大学城乡发展研究院副院长"], "随着经济的发展和农村城镇化进程的推进，引进物业管理有助于维护秩序、提高安全性和居住品质", F, "介绍", F),
    ("zh/010", "饶静", ["中国农业大学人文与发展学院社会政策与发展研究系教授"], "对于收取停车费导致的乱象，需组织多层次各方主体进行互动协商，将相关利益方有效地组织在一起，摆摆各自的道理和诉求，提升停车管理质量，形成大家可接受的符合市场水平的停车费标准", F, "说", F),
    ("zh/010", "饶静", [], "这种形式的协商治理，在很多地方有具体的实践，关键是看地方政府，特别是乡镇（街道）以及村级（社区）的组织协调能力。", T, "说", F),
    ("zh/010", "张锦华", [], "要让大家普遍接受新的管理模式，需要提升规则的透明度，可通过设立社区监督小组来监督管理过程，确保收费透明且用于社区服务和基础设施的改善，既能满足停车需求，又能根据实际收益来改善社区的基础设施，如改善路灯、增加休闲设施等保持社区环境的整洁和秩序，同时给常住居民和外来长租户一定的收费豁免优惠，比如发放停车券等，让居民切实感受到物业管理带来的实际益处", F, "认为", F),
    # ---------------- zh/011 sina, 汲斌昌受贿案 (表示认罪悔罪: topic only, not annotated)
    ("zh/011", "无锡市人民检察院", [], "2003年至2022年，被告人汲斌昌利用担任山东省经济体制改革办公室副主任、山东省人民政府国有资产监督管理委员会副主任、山东省鲁信投资控股集团有限公司董事长、山东省工业和信息化厅厅长、山东省副省长、中国人民政治协商会议山东省青岛市委员会主席等职务上的便利以及职权或者地位形成的便利条件，为有关单位和个人在企业经营、工程承揽、职工录用等事项上提供帮助，直接或通过他人非法收受财物共计折合人民币5.26亿余元", F, "起诉指控", J),
    # ---------------- zh/012 caijing, CPI data release: no records on purpose

    # ---------------- en/001 BBC Newsbeat, Taylor Swift / Big Machine
    ("en/001", "Big Machine", [], "she will be allowed to play her old tracks at the American Music Awards on Sunday", F, "says", F),
    ("en/001", "Taylor Swift", [], "them of trying to stop her performing her back catalogue", F, "accusing", J),
    ("en/001", "Big Machine", [], "she didn't need their permission in the first place", F, "says", F),
    ("en/001", "Taylor Swift", [], "worst case scenario", T, "described", F),
    ("en/001", "Taylor Swift", [], "incessant, manipulative bullying", T, "accused", J),
    ("en/001", "Scooter Braun", ["talent manager"], "being unfair to her", F, "denied", J),
    ("en/001", "Taylor Swift", [], "Big Machine of trying to stop her performing tracks from her first six albums at the AMAs", F, "accusing", J),
    ("en/001", "Taylor Swift", [], "the label thought the performance would amount to a re-recording", F, "claimed", F),
    ("en/001", "Taylor Swift", [], "I just want to be able to perform my own music", T, "said", F),
    ("en/001", "Taylor Swift", [], "That's it. I've tried to work this out privately through my team but have not been able to resolve anything.", T, "", F),
    ("en/001", "Taylor Swift", [], "Big Machine of holding back permission to use any music in an upcoming Netflix documentary about her life", F, "accused", J),
    ("en/001", "Big Machine", [], "doing anything wrong", F, "denied", J),
    ("en/001", "Big Machine", [], "At no point did we say Taylor could not perform on the AMAs or block her Netflix special", T, "said in a statement", F),
    ("en/001", "Big Machine", [], "In fact, we do not have the right to keep her from performing live anywhere.", T, "", F),
    ("en/001", "Big Machine", [], "[We] have agreed to grant all licenses of [our] artists' performances to stream post show and for re-broadcast on mutually agreed platforms", T, "says", F),
    ("en/001", "Big Machine", [], "It should be noted that recording artists do not need label approval for live performances on television or any other live event.", T, "", F),
    ("en/001", "Dick Clark Productions", [], "anything has been definitely sorted, though", F, "denies", F),
    ("en/001", "Dick Clark Productions", [], "Any final agreement on this matter needs to be made directly with Taylor Swift's management team. We have no further comment", T, "said", F),
    # ---------------- en/002 Reuters markets (sources told Reuters / traders: not annotated)
    ("en/002", "Donald Trump", ["U.S. President"], "he would raise tariffs on Chinese imports if no deal is reached with Beijing to end the trade war", F, "said", F),
    ("en/002", "Carsten Fritsch", ["Commerzbank analyst"], "Moreover, Russia also failed to fulfill its agreed cuts in November so far", T, "said", F),
    ("en/002", "Juan Perez", ["senior foreign exchange trader and strategist at Tempus Inc."], "While the dollar was supported by recent U.S. economic data meeting lowered expectations, the greenback may be in for some weakness", F, "said", F),
    ("en/002", "Juan Perez", [], "Central banks cannot provide that much to incentivize stocks any higher, thus risk-appetite is muted and the buck may continue to lose based on the fact that the American economy is indeed slower and the Fed’s ability to satisfy anyone is in question", T, "said", F),
    # ---------------- en/003 NBC, Carlineo / Omar ("prosecutors said": generic, not annotated)
    ("en/003", "U.S. Attorney’s Office for the Western District of New York", [], "Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca, pleaded guilty to threatening to assault and murder a United States official, and being a felon in possession of firearms", F, "said in a statement", F),
    ("en/003", "Patrick W. Carlineo Jr.", [], "terrorist", T, "called", F),
    ("en/003", "Patrick W. Carlineo Jr.", [], "somebody ought to put a bullet in her skull", T, "said", F),
    ("en/003", "Patrick W. Carlineo Jr.", [], "I'll put a bullet in her (expletive) skull", T, "said", F),
    ("en/003", "Sonya Zoghlin", ["Carlineo's attorney"], "Carlineo never intended to harm Omar", F, "said in an email", F),
    ("en/003", "Sonya Zoghlin", [], "He has taken responsibility for using threatening and inappropriate language to express those beliefs in this instance", T, "said", F),
    ("en/003", "James P. Kennedy Jr.", ["U.S. Attorney for the Western District of New York"], "the case highlights that rights of free speech carry responsibilities", F, "said", F),
    ("en/003", "James P. Kennedy Jr.", [], "The First Amendment right to freedom of speech carries with it the responsibility that individuals not make threats to harm lawmakers simply because they may disagree with them", T, "said in a statement", F),
    ("en/003", "James P. Kennedy Jr.", [], "The Second Amendment right to bear arms carries with it the responsibility that individuals who desire to possess firearms not commit felony crimes.", T, "said in a statement", F),
    # ---------------- en/004 Al Jazeera, helicopter crash ("according to the United Nations" figures: not annotated)
    ("en/004", "US military", [], "Two United States service members have been killed in a helicopter crash in Afghanistan", F, "said in a statement", F),
    ("en/004", "US military", [], "The cause of the crash is under investigation, however preliminary reports do not indicate it was caused by enemy fire", T, "said", F),
    ("en/004", "US military", [], "it was withholding the names of those killed until next of kin could be told", F, "said", F),
    ("en/004", "Afghan Taliban", [], "crashed in Logar province south of the capital Kabul", F, "said", J),
    ("en/004", "Zabihullah Mujahid", ["Taliban spokesman"], "US Chinook helicopter shot down and completely destroyed last night while trying to raid Mujahideen (Taliban) position in Pangram area of Sarkh, Logar", T, "said in a tweet", F),
    ("en/004", "Zabihullah Mujahid", [], "The Americans wanted to raid a mujahideen base, but their helicopter was shot down and caught fire. All on board were killed", T, "said", F),
    ("en/004", "Mark Milley", ["General", "chairman of the Joint Chiefs of Staff"], "its forces are likely to remain \"for several more years\"", F, "told", F),
    # ---------------- en/005 NBC (Reuters), Hitler's birth house
    ("en/005", "Wolfgang Peschorn", ["Interior Minister"], "The house where Adolf Hitler was born will be turned into a police station", F, "said", F),
    ("en/005", "Interior Ministry", [], "It will house the local police force's offices", F, "said in a statement", F),
    ("en/005", "Wolfgang Peschorn", ["Interior Minister"], "The house's future use by the police should send an unmistakable signal that this building will never again evoke the memory of National Socialism", T, "said in the statement", F),
    ("en/005", "Interior Ministry", [], "Architects from across the European Union will be invited to submit plans for the building's redesign this month and a jury of experts and public officials will pick the winning design in the first half of next year", F, "said", F),
    ("en/005", "Austria", [], "it was the first victim of National Socialism, having been annexed by Hitler's Germany in 1938", F, "argued", J),
    # ---------------- en/006 RT, Bolivia (unnamed doctor, AP journalist: not annotated)
    ("en/006", "Nadia Cruz", ["Public Ombudsman"], "another 30 people had been injured in the skirmishes", F, "said", J),
    ("en/006", "Nadia Cruz", [], "the exact circumstances of the deaths and injuries remained unclear", F, "added", J),
    ("en/006", "Nadia Cruz", [], "the deaths were caused by gunshot wounds", F, "said", F),
    ("en/006", "Nadia Cruz", [], "the “interim” government to withdraw military units from all policing operations in order to reduce the violence", F, "called on", F),
    # ---------------- en/007 AP via chron, Esper in Vietnam
    ("en/007", "Mark Esper", ["U.S. Defense Secretary"], "China of using coercion and intimidation against smaller Asian nations to impose its will in the South China Sea", F, "accused", J),
    ("en/007", "Mark Esper", [], "Vietnam and others in the region to push back", F, "urged", F),
    ("en/007", "Mark Esper", [], "We will not accept attempts to assert unlawful maritime claims at the expense of law-abiding nations", T, "said", F),
    ("en/007", "Vietnam", [], "Beijing of encroaching into its waters", F, "accused", J),
    ("en/007", "Mark Esper", [], "The United States firmly opposes intimidation by any claimant to assert its territorial or maritime claims, and we call for an end to the bullying and unlawful activities", T, "said", F),
    ("en/007", "Mark Esper", [], "We strongly oppose violations of international law by China and excessive claims in the South China Sea.", T, "said", F),
    ("en/007", "Mark Esper", [], "the U.S. will provide Vietnam’s coast guard with a surplus American ship", F, "announced", F),
    ("en/007", "Mark Esper", [], "it would be provided next year, but he gave no details on payment or exact timing", F, "said", F),
    # ---------------- en/008 India Post (PTI), deportees ("some said", "an airport official", "the officials": not annotated)
    ("en/008", "Singh Jabarjung", [], "This was the fourth time I have been deported", T, "said", F),
    ("en/008", "Singh Jabarjung", [], "I boarded a flight on May 15 and reached Mexico via Moscow and Paris. From there, I tried to enter California on May 16 but was caught by police and deported from Arizona", T, "said", F),
    ("en/008", "Singh Jabarjung", [], "he has spent Rs 24 lakh in the four attempts and Rs 40 lakh on advocacy", F, "said", F),
    ("en/008", "Lakshiwnder Singh", ["deportee"], "he had given Rs 25 lakh to an Amritsar-based agent to help him enter the US", F, "said", F),
    ("en/008", "Lakshiwnder Singh", [], "He sent me to Mexico on May 2 via Moscow and Paris. They caught me while I was trying to cross the border and deported here from Arizona in US", T, "said", F),
    # ---------------- en/009 Houston Chronicle, car sales (report/data "according to": not annotated)
    ("en/009", "Dan McDowell", ["InfoNation President"], "People are a little more cautious in regards to purchasing vehicles", T, "said", F),
    ("en/009", "Dan McDowell", [], "2019 is just not as strong as 2018.", T, "adding", F),
    ("en/009", "Jessica Caldwell", ["Edmunds' executive director of industry analysis"], "The end of the calendar year is a popular time for expensive vehicle purchases", T, "said in a statement", F),
    ("en/009", "Jessica Caldwell", [], "Shoppers in the market for a large truck or SUV, or a new luxury vehicle, can look forward to taking advantage of lower financing rates as a bit of an early holiday gift.", T, "said in a statement", F),
    ("en/009", "Dan McDowell", [], "New infotainment and safety technology, such as lane changing alerts, backup cameras, sutomatic braking and self-parking features, have pushed prices up", F, "said", F),
    ("en/009", "Edmunds.com", [], "16.6 million vehicles will be sold this year", F, "expects", F),
    # ---------------- en/010 China Daily, yangsheng
    ("en/010", "Ling Jian", ["accountant"], "she began practicing baduanjin, a low-impact traditional Chinese exercise comprising eight movements, about a year ago to unwind and relieve stress after work", F, "said", F),
    ("en/010", "Ling Jian", [], "I am not an athletic person and am intimated by the competitive vibe in gyms, so doing baduanjin at home or in a park near my home suits me best", T, "said", F),
    ("en/010", "Ling Jian", [], "it takes persistence and patience to feel its benefits", F, "said", F),
    ("en/010", "Ling Jian", [], "More importantly, I think baduanjin serves as a gateway for me to learn more about traditional wisdom in preserving health, and I am also paying more attention to a diet with low salt and low oil", T, "said", F),
    ("en/010", "Zhang Boli", ["traditional Chinese medicine specialist", "deputy to the National People's Congress"], "an increasing number of Chinese people are experiencing symptoms of cardiovascular diseases in their early 40s", F, "said", F),
    ("en/010", "Zhang Boli", [], "taking health supplements is not a one-size-fits-all cure to offset the harmful effects resulting from unhealthy lifestyles", F, "said", F),
    ("en/010", "Zhang Boli", [], "Many young people can recalibrate their health to a better state simply by adopting a lighter diet and eating more fruits and vegetables", T, "said", F),
    ("en/010", "Zhang Boli", [], "It's also important to rest sufficiently, avoid sleeping late or drinking too much alcohol, coffee or tea.", T, "said", F),
    ("en/010", "Zhong Can", ["head of the outpatient department at the Red Cross Hospital in Wuzhou"], "headache, neck stiffness, dizziness and insomnia are common complaints among young adult patients", F, "said", F),
    ("en/010", "Zhong Can", [], "In one case, a 30-something male patient who sat in front of the computer screen for hours in the daytime and continued to play computer games or stare at his mobile phone at home visited me for discomfort in his neck", T, "said", F),
    ("en/010", "Zhong Can", [], "she persuaded him to cut time spent on electronic devices and asked his family members to supervise him", F, "said", F),
    ("en/010", "Zhong Can", [], "The patient's condition was soon alleviated without any medical interventions", F, "said", F),
    # ---------------- en/011 USA Today, Noem meth campaign (tagline and link headline: not annotated)
    ("en/011", "Kristi Noem", ["Gov."], "The mission of the campaign is to raise awareness – to get people talking about how they can be part of the solution and not just the problem", T, "told", F),
    ("en/011", "Kristi Noem", [], "It is working.", T, "told", F),
    ("en/011", "Kristi Noem", [], "South Dakota's meth crisis is \"growing at an alarming rate\" and affects every community in the state", F, "said", F),
    ("en/011", "Kristi Noem", [], "This is our problem, and together, we need to get on it", T, "said", F),
    ("en/011", "Kristi Noem", [], "bold, innovative effort like the nation has never before seen.", T, "called", F),
    ("en/011", "Kristi Noem", [], "The goal is to reach everyone in the state and educate them on signs of addiction, resources available to fight addiction and strategies to engage communities in recovery", F, "said", F),
    ("en/011", "Kristi Noem", [], "I am confident South Dakota can lead the country in this effort and demonstrate ways we can aggressively combat addiction and spark opportunities for recovery", T, "said", F),
    # ---------------- en/012 China Daily, golden nanmu trees: no records on purpose
]


def main() -> int:
    texts = {}
    bad = 0
    for rec in R:
        doc, spk, _, quote, _, _, _ = rec
        if doc not in texts:
            texts[doc] = (HERE / "texts" / f"{doc}.txt").read_text(encoding="utf-8")
        t = texts[doc]
        if quote not in t:
            print(f"NOT A SUBSTRING {doc}: {quote[:60]}", file=sys.stderr)
            bad += 1
        if spk not in t:
            print(f"SPEAKER NOT IN TEXT {doc}: {spk}", file=sys.stderr)
            bad += 1
    keys = [(r[0], r[1], r[3]) for r in R]
    if len(keys) != len(set(keys)):
        print("duplicate (doc, speaker, quote)", file=sys.stderr)
        bad += 1
    if bad:
        return 1
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f, \
            open(HERE / "gold_core.jsonl", "w", encoding="utf-8") as fc:
        for doc, spk, titles, quote, direct, cue, judg in R:
            line = json.dumps({"doc": doc, "speaker": spk, "speaker_titles": titles, "quote": quote,
                               "direct": direct, "cue": cue}, ensure_ascii=False) + "\n"
            f.write(line)
            if not judg:
                fc.write(line)
    n = {L: sum(r[0].startswith(L) for r in R) for L in ("zh", "en")}
    d = {L: sum(r[0].startswith(L) and r[4] for r in R) for L in ("zh", "en")}
    print(f"gold: {len(R)} records (zh {n['zh']}: {d['zh']} direct; en {n['en']}: {d['en']} direct); "
          f"judgement calls {sum(r[6] for r in R)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
