#!/usr/bin/env python3
"""Gold annotations of the third held-out quote set (bench/heldout_quotes_3), written by hand
following /work/shared/eval/quotes/GUIDELINES.md and the "Decisions specific to this set" of
the development set's README.  Annotated before any extractor output on these texts existed.

Run: python3 bench/heldout_quotes_3/annot/build_gold.py
Writes ../gold.jsonl (all records), ../judgement_calls.jsonl (the records marked J, same format)
and ../gold_core.jsonl (gold minus judgement calls), and validates that every quote is an exact
substring of its text (and trimmed), every speaker occurs literally in it, and no
(doc, speaker, quote) triple is duplicated.  Exits 1 without writing anything if a check fails.

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

MEETING = "庆“八一”双拥文艺汇演暨首届“最美退役军人”表彰大会"

R = [
    # ---------------- zh/001 Yahoo HK (AFP wire, traditional characters), Zverev wins in Rome
    # （法新社羅馬19日電） is the wire's dateline, not a speaker.
    ("zh/001", "茲韋列夫", ["德國網球好手"], "羅馬對我來說是意義非凡地地方。", T, "說", F),

    # ---------------- zh/002 sohu sports brief, Knicks v Pacers
    ("zh/002", "尼克斯", [], "布伦森第三节遭遇左手骨折，本场比赛不会回归", F, "宣布", F),

    # ---------------- zh/003 sohu (经济日报 commentary by 徐占忱), 中法经贸合作
    # The byline author's own views are not reported speech; 中法双方发表了…联合声明 has only a
    # topic (and 中法双方 is deictic).  法国也提出 + plan: a proper-named state actor with a
    # proposal cue outside the list; only the complement, not the author's continuation.
    ("zh/003", "法国", [], "未来建设成为欧洲乃至世界领先的人工智能经济体", F, "提出", J),

    # ---------------- zh/004 WeChat county news (绥德县 veterans' meeting)
    # 吴亮作了总结讲话 / 霍海军向大会致词 / 郝向东宣读了《…决定》: speech acts with no content.
    # 会议指出/强调/要求: an unnamed meeting resolved to the event named in the first sentence
    # (J, like set 2's meetings); the 会议指出 sentence is printed twice, recorded once.
    ("zh/004", MEETING, [], "拥军优属、拥政爱民是绥德军地的优良传统", F, "会议指出", J),
    ("zh/004", MEETING, [],
     ("要大力开展最美退役军人评选表彰活动", "不断续写军地一家亲、军民鱼水情的新篇章"), F, "会议强调", J),
    ("zh/004", MEETING, [], "要充分认识双拥工作对推动绥德经济社会发展的重要意义", F, "会议要求", J),

    # ---------------- zh/005 chinanews (中新网) entertainment: 高圆圆/赵又廷 reception
    # Not annotated: 谢娜、何炅…表示恭喜 (no content), 未接受媒体采访 (negated), 记者了解到 /
    # 记者注意到 (the reporter), 工作人员…代两位新人向媒体问好 (anonymous, no content).
    ("zh/005", "蔡康永", [], "我没有参加台湾婚礼，所以这次觉得蛮开心。", T, "直言：", F),
    ("zh/005", "徐克", ["导演"], "恭喜！恭喜！", T, "大呼", F),
    ("zh/005", "黄轩", [], "封红包吧！", T, "笑言：", F),
    ("zh/005", "张杰", [], "因刚下飞机所以未和妻子谢娜同行", F, "透露", F),
    ("zh/005", "大左", [], "当时场面感人", F, "接受采访时直言", J),
    ("zh/005", "大左", [],
     ("每个人都哭得稀里哗啦", "新人都非常开心"), T, "接受采访时直言", F),

    # ---------------- zh/006 feature: prosecuting Chinese fugitive officials in the US
    # Not annotated: headlines and doubled photo captions, 一些学者认为 / 许多学者也提出 (generic),
    # 徐宏的发言 (topic only), 被美国司法部发现 / 法院支持了美国司法部的请求 (no speech).
    ("zh/006", "法制日报", [],
     "‘二许’此次在美国所获刑期，均已经超出我国刑法有期徒刑的最高量刑标准。", T, "分析道，", F),
    ("zh/006", "余振东", [], "自愿接受遣返", F, "表示", F),
    ("zh/006", "余振东", [], "自己在美所犯罪行应导致递解出境的法律后果", F, "承认", J),
    ("zh/006", "中国", [], "余振东在中国国内被宣判的刑期不会长于美国", F, "向美国的司法机关作出承诺，", J),
    ("zh/006", "彭唯良", ["办案人员", "检察官"],
     ("在国外打官司，经济上必须有坚强的后盾来支持。", "返工的次数比较多。"), T, "的原话是：", F),

    # ---------------- zh/007 Caixin summit report (李小加 on SME finance)
    # The four 首先/其次/再次/最后 paragraphs continue his points without a cue: not annotated.
    ("zh/007", "李小加", ["香港交易所前任行政总裁"],
     "当前中国经济实现完全数字化，小微企业的投资机会将是一片蓝海", F, "指出", F),
    ("zh/007", "李小加", [],
     ("小微企业融资难、融资贵在全球都是难题", "国际机构投资者无法覆盖和关注"), F, "表示", F),
    ("zh/007", "李小加", [],
     ("作为一个单体来说", "机会是巨大无比的。"), T, "称", F),
    ("zh/007", "李小加", [],
     ("中国现在是无现金社会", "用小小的细水管连接在一起"), F, "称", F),
    ("zh/007", "李小加", [],
     ("这说明中小微企业的收入都已经电子化", "小微企业的融资和投资完全成为可能。"), T, "表示", F),
    ("zh/007", "李小加", [],
     "与传统金融不同，现代金融投资中小微企业，需要在思路、心态、制度和程序上做出转变", F, "还指出", F),
    ("zh/007", "李小加", [],
     ("信贷产品的资本成本是固定的", "一定会造成金融产品和小微企业经营周期不匹配"), F, "表示", F),
    ("zh/007", "李小加", [],
     "应该找国际机构资金或者中国的机构资金，让它们以投资的形式实现投资用途，而不是简单的贷款。", T, "表示", F),
    ("zh/007", "李小加", [],
     ("如果这四个改变有可能完成的话", "以人民币定价的产品和机会将成为全世界投资的主流"), F, "表示", F),

    # ---------------- zh/008 Tencent Tech (腾讯科技讯, via foreign media): Amazon before Q2 results
    # Not annotated: 据外媒报道 (the article's source), 华尔街预计 / 分析师预计 (generic).
    # 德意志银行的分析师认为 (unnamed analysts of a named bank) → the bank, as a J.
    ("zh/008", "迈克尔-格雷厄姆", ["金融服务公司Canaccord Genuity的分析师"],
     "在FANG公司（包括Facebook、亚马逊、Netflix和谷歌）中，亚马逊具有“最稳健、最持久的发展前景”",
     F, "在一份研究简报中称", F),
    ("zh/008", "丹尼尔-艾维斯", ["市场研究公司GBH Insights的分析师"],
     "Prime仍然是亚马逊未来发展的重要推动力。", T, "在上周的一份投资者研究简报中说", F),
    ("zh/008", "德意志银行", [], "亚马逊是谷歌和Facebook的替代者", T, "认为", J),
    ("zh/008", "丹-摩根", ["西诺佛信托公司的高级投资组合经理"],
     "这些“摇钱树”让亚马逊“一边疯狂地投资，一边创造高额利润”", F, "称", F),

    # ---------------- zh/009 Netflix / 《马可波罗》: no records on purpose
    # (据BI消息 and 据纽约时报报道 are the article's sources; 一些媒体行业分析师预测 is generic).

    # ---------------- zh/010 光明日报 commentary (南帆) on short videos: no records on purpose
    # (许多专家, 一些人认为, 人文知识分子的告诫是, 哲学家倡导过 are generic; 统计表明 is data;
    # 我相信/我宁愿 are the author's own voice).

    # ---------------- en/001 AP, Conservatives' "factcheckUK" account
    # Not annotated: "was accused", "cried foul" (generic), "critics", the debate's audience.
    ("en/001", "Will Moy", ["chief executive of the London-based fact-checking website Full Fact"],
     "It was an attempt to mislead voters", T, "told", F),
    ("en/001", "Will Moy", [],
     "And I think it is inappropriate and misleading for a serious political party to behave that way.", T, "", F),
    ("en/001", "Dominic Raab", ["Foreign Secretary"],
     "the Twitter account was clearly linked to the Conservatives", F, "saying", F),
    ("en/001", "Dominic Raab", [],
     "We make no apology for having an instant rebuttal to all the nonsense and lies put out", T, "told", F),
    ("en/001", "Twitter", [],
     "take “decisive corrective action” against similar strategies in the future", F, "pledged to", F),
    ("en/001", "Electoral Commission", [],
     "voters are entitled to transparency and integrity from campaigners in the lead-up to an election.", T,
     "issued a statement warning that", F),
    ("en/001", "Electoral Commission", [],
     "it doesn’t have “a role in regulating election campaign content.’’", F, "pointed out that", F),
    ("en/001", "Conservative Party", [], "the doctored video as lighthearted satire", F, "described", J),
    ("en/001", "Boris Johnson", ["Prime Minister"], "Britain would leave the EU on Oct. 31", F, "vow", F),
    ("en/001", "Boris Johnson", [],
     "Look what I have said I’m going to do as a politician and look what I’ve delivered.", T, "urged", F),

    # ---------------- en/002 Los Angeles Times, Disney+ launch problems
    # Not annotated: "Some consumers … reported", "Wall Street analysts", "He declined to say".
    ("en/002", "Kevin Mayer", ["Walt Disney Co. executive", "Disney’s chairman of direct-to-consumer and international"],
     "overwhelming demand and a computer-coding glitch led to widespread problems last week when the Burbank entertainment giant launched Disney+",
     F, "said", F),
    ("en/002", "Kevin Mayer", [],
     "We had some issues ... we had some customer service issues that didn’t make me feel good", T, "said", F),
    ("en/002", "Kevin Mayer", [],
     "Disney’s tech teams isolated the problem, Mayer said, and “patched” the software as the company continued to sign up additional subscribers throughout the week",
     F, "said", F),
    ("en/002", "Kevin Mayer", [], "the company was pleased with Disney+ retention so far", F, "hinted", J),
    ("en/002", "Kevin Mayer", [], "We’ve never had demand that we saw that day, and continue to see", T, "said", F),
    ("en/002", "Kevin Mayer", [], "We will see the industry shake out a bit", T, "said", F),
    ("en/002", "Kevin Mayer", [], "Not everyone will succeed.", T, "said", F),
    ("en/002", "Kevin Mayer", [], "it depends on the cost of the service", F, "said", F),
    ("en/002", "Kevin Mayer", [],
     "he thinks the number will be between four to six services, depending on whether subscribers continue to pay for a traditional bundle of channels",
     F, "said that", F),
    ("en/002", "Kevin Mayer", [], "There will be a time ... when the pay-TV numbers are low enough", T, "said", F),
    ("en/002", "Kevin Mayer", [], "We want to serve consumers the way they wish to be served.", T, "said", F),
    ("en/002", "Kevin Mayer", [], "Operating is a lot different than a strategy role", T, "said", F),
    ("en/002", "Kevin Mayer", [], "I love what I’m doing.", T, "said", F),

    # ---------------- en/003 The Detroit News (AP), Indiana teachers' rally
    # Not annotated: the chants and signs (slogans), "according to teachers unions" / "The
    # unions said" / "Education advocacy groups estimated" (unnamed groups), "lashing out at
    # teachers" and "spoke … defending the state budget" (no content clause), McCormick "has
    # cited a study showing …" (a study's finding).  "His office said" → Eric Holcomb.
    ("en/003", "Angela Cooper", ["High school math teacher"],
     "she and more than 40 fellow teachers from the Gibson Southern schools near Evansville left about 4:30 a.m. for the rally",
     F, "said", F),
    ("en/003", "Angela Cooper", [],
     "a top worry is low pay causing many new teachers to leave for other jobs", F, "said", F),
    ("en/003", "Angela Cooper", [], "We need to make sure we keep teachers in the classroom", T, "said", F),
    ("en/003", "Angela Cooper", [],
     "They start in the classroom but then they leave because they aren’t paid enough.", T, "said", F),
    ("en/003", "Keith Gambill", ["Indiana State Teachers Association President"],
     "the Legislature should direct money from the state’s $2 billion in cash reserves toward helping schools",
     F, "told", F),
    ("en/003", "Keith Gambill", [], "The crisis is now, and we need action now", T, "said", F),
    ("en/003", "Keith Gambill", [], "The issue is funding, and the state has the money.", T, "said", F),
    ("en/003", "Indiana State Police", [],
     "at least 5,000 people entered the Statehouse through public entrances", F, "reported", J),
    ("en/003", "Eric Holcomb", ["Republican Gov."],
     "they don’t expect to take action on further boosting school funding until at least 2021", F, "said", J),
    ("en/003", "Eric Holcomb", [],
     "the plan as making strides toward improving teacher pay", F, "touted", J),
    ("en/003", "Brian Bosma", ["Indiana House Speaker"],
     ("lawmakers would take action to prevent the use of student test scores", "one of the top concerns of the teachers unions"),
     F, "said", F),
    ("en/003", "Brian Bosma", [], "We get that you’re frustrated", T, "said", F),
    ("en/003", "Brian Bosma", [], "We get that you are concerned about issues.", T, "said", F),
    ("en/003", "Eric Holcomb", [],
     "he was keeping long-standing plans for traveling to Florida for a conference of the Republican Governors Association, which gave nearly $5.9 million toward Holcomb’s 2016 election campaign",
     F, "His office said", F),
    ("en/003", "Eric Holcomb", [],
     "he was waiting for a teacher pay commission he appointed in February to make recommendations on increasing salaries by the end of 2020",
     F, "said", F),
    ("en/003", "Jennifer McCormick", ["Republican state schools Superintendent"],
     "they weren’t “asking for the moon.”", F, "told cheering teachers that", F),
    ("en/003", "Jennifer McCormick", [],
     "What a shame that it takes today to get what our kids deserve", T, "said", F),
    ("en/003", "Joel Schlabach", ["a teacher at eastern Indiana’s Richmond High School"],
     "politicians have “vilified” educators", F, "said", F),
    ("en/003", "Joel Schlabach", [], "They think they know better about education than us", T, "said", F),
    ("en/003", "Joel Schlabach", [],
     "They don’t trust us to make important decisions about students whose names we know when we’re in the classroom.",
     T, "said", F),

    # ---------------- en/004 New York Post, Taliban hostage swap
    # Not annotated: "an insurgent source", "a local police source", "US officials" (anonymous
    # or generic), "Both sides said" (unnamed), "citing Taliban violence" (no content clause).
    ("en/004", "Taliban", [],
     "The Taliban members were released in Doha, Qatar, where the group maintains a political office",
     F, "according to", F),
    ("en/004", "Mike Pompeo", ["Secretary of State"],
     "the release of the hostages “give[s] us hope for the success of intra-Afghan peace negotiations, which the United States stands ready to support",
     F, "said", F),
    ("en/004", "Mike Pompeo", [],
     "We see these developments as hopeful signs that the Afghan war, a terrible and costly conflict that has lasted 40 years, may soon conclude through a political settlement.",
     T, "", F),
    ("en/004", "US", [], "the hostages had suffered from their ordeal", F, "saying", F),
    ("en/004", "Stephanie Grisham", ["White House Press Secretary"],
     "We pray for the full recovery of both men", T, "said", F),
    ("en/004", "Stephanie Grisham", [],
     "We thank the Afghan government for its actions, in the spirit of our partnership that enabled the freeing of the hostages.",
     T, "", F),
    ("en/004", "Ashraf Ghani", ["Afghan President"],
     "Kabul had ensured that the freed militants would not return to the front line", F, "said", F),
    ("en/004", "Ashraf Ghani", [],
     "he hoped the swap would “pave the way” for unofficial direct talks between his government and the Taliban, who have long refused to negotiate peace with Kabul",
     F, "said", F),
    ("en/004", "Scott Morrison", ["Australian Prime Minister"],
     "We are profoundly pleased and relieved", T, "said in a statement", F),
    ("en/004", "Scott Morrison", [],
     "Weeks’ family had asked to convey its own relief and gratitude", F, "adding that", F),
    ("en/004", "Kevin King", [], "they were being treated well", F, "claimed", F),
    ("en/004", "Timothy Weeks", [], "they were being treated well", F, "claimed", F),
    ("en/004", "Kevin King", [], "to help in their release", F, "asked their governments", J),
    ("en/004", "Timothy Weeks", [], "to help in their release", F, "asked their governments", J),

    # ---------------- en/005 Reuters via ScienceAlert, geological map of Titan
    # "Scientists on Monday unveiled" (generic, no content); the reporting/editing credit line.
    ("en/005", "Rosaly Lopes", ["planetary geologist"],
     "Organics are very important for the possibility of life on Titan, which many of us think likely would have evolved in the liquid water ocean under Titan's icy crust",
     T, "said", F),
    ("en/005", "Rosaly Lopes", [],
     "Organic materials can, we think, penetrate down to the liquid water ocean and this can provide nutrients necessary for life, if it evolved there",
     T, "added", F),
    ("en/005", "Anezina Solomonidou", ["study co-author", "a European Space Agency research fellow"],
     "Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles", F, "said", F),
    ("en/005", "Michael Malaska", ["JPL scientist", "study co-author"],
     "What is really fun to think about is if there are any ways that those more complex organics can go down and mix with water in the deep icy crust or deep subsurface ocean",
     T, "said", F),
    ("en/005", "Michael Malaska", [],
     "on Earth there is a bacterium that can survive just on a hydrocarbon called acetylene and water", F, "Noting that", F),
    ("en/005", "Michael Malaska", [],
     "Could it or something like it live in Titan deep in the crust or ocean where temperatures are a little warmer?",
     T, "asked", F),
    ("en/005", "Rosaly Lopes", [],
     "It is not only scientifically important but also really cool - a drone flying around on Titan", T, "said", F),
    ("en/005", "Rosaly Lopes", [], "It will be really exciting.", T, "said", F),

    # ---------------- en/006 Sky News, Mourinho replaces Pochettino at Tottenham
    # "The 56-year-old said" → Mourinho.  Tottenham's statement runs over three paragraphs with
    # an embedded tweet ("Club statement") between them; its speaker is the club's fullest name
    # in the text.  The caption and Dele's embedded tweet are J (see README).  "who have lauded
    # Pochettino" has no content.
    ("en/006", "Jose Mourinho", [],
     "I am excited to be joining a club with such a great heritage and such passionate supporters.", T, "said", F),
    ("en/006", "Jose Mourinho", [],
     "The quality in both the squad and the academy excites me. Working with these players is what has attracted me.",
     T, "", F),
    ("en/006", "Tottenham Hotspur", [],
     "Jose is one of the world's most accomplished managers having won 25 senior trophies.", T,
     "said in a statement:", F),
    ("en/006", "Tottenham Hotspur", [],
     "He is renowned for his tactical prowess and has managed FC Porto, Inter Milan, Chelsea, Real Madrid and Manchester United.",
     T, "", F),
    ("en/006", "Tottenham Hotspur", [],
     ("He has won a domestic title in a record four different countries", "FC Porto in 2004 and Inter Milan in 2010."),
     T, "", F),
    ("en/006", "Tottenham Hotspur", [], "Welcome Jose", T, "with the caption:", J),
    ("en/006", "Dele", [],
     "I can’t thank this man enough. He’s taught me so much and I’m so grateful for everything he’s done for me. Good luck and hope to see you again my friend.",
     T, "", J),

    # ---------------- en/007 CNBC, Coty and Kylie Jenner
    ("en/007", "Matt Maley", ["equity strategist at Miller Tabak"],
     "the stock could be a risky bet with a worthy reward", F, "says", F),
    ("en/007", "Matt Maley", [],
     "This is a stock that until this year had been getting clobbered", T, "said", F),
    ("en/007", "Matt Maley", [],
     ("It was down for four straight years", "its long-term trend has broken to the upside."), T, "said", F),
    ("en/007", "Matt Maley", [],
     "A little bit more risk but more reward because whenever you buy any stock in the early stages of a change in trend, it always gives you a little more upside potential",
     T, "said", F),
    ("en/007", "John Petrides", ["portfolio manager at Tocqueville Asset Management"],
     "The Coty-Kylie Jenner deal could be the beginning of a new trend for consumer-facing stocks", F, "says", F),
    ("en/007", "John Petrides", [],
     ("Here's a company that's willing to pay for the eyeballs", "because shelf space has basically become infinite"),
     T, "said", F),
    ("en/007", "John Petrides", [],
     "I would expect more acquisitions like this going forward because it could be the new model for companies to acquire top-line growth by partnering up with key influencers",
     T, "said", F),

    # ---------------- en/008 The Republic (Columbus, Ind.), drug arrests: a named police
    # spokesman in inverted attributions only.  Sentences without "Harris said" and the
    # charge list are not annotated.
    ("en/008", "Matt Harris", ["Lt.", "Columbus Police Department spokesman"],
     ("Officers from the Columbus Police Department Intelligence Led Policing Unit", "a controlled substance in her car"),
     F, "said", F),
    ("en/008", "Matt Harris", [],
     ("Officers also arrested Christopher L. Tays", "near 17th Street and Gladstone Avenue"), F, "said", F),
    ("en/008", "Matt Harris", [],
     ("A Bartholomew County Sheriff’s Department canine later alerted", "prior to transporting Tays to jail"),
     F, "said", F),
    ("en/008", "Matt Harris", [],
     ("While speaking to Blair and his passengers", "alerted to the odor of narcotics inside the vehicle"),
     F, "said", F),
    ("en/008", "Matt Harris", [],
     ("During a search of the garage", "and narcotics packaging material"), F, "said", F),
    ("en/008", "Matt Harris", [],
     "Officers arrested Christopher D. Battin, 33, who resides at 2134 Caldwell Place", F, "said", F),

    # ---------------- en/009 The Spokesman-Review, Spokane ad agencies on "Meth. We're on it."
    ("en/009", "Michelle Hege", ["CEO of DH"],
     "I guess my first reaction was, ‘Oh no, they’re going to get a lot of attention and, maybe, not all of it helpful attention,’",
     T, "said", F),
    ("en/009", "Michelle Hege", [],
     ("At the end of the day, the proof’s in the pudding.", "the behaviors that they’re looking to drive."),
     T, "said", F),
    ("en/009", "Michelle Hege", [],
     "Selling a product is difficult, but altering behavior is much more difficult", F, "said", F),
    ("en/009", "Michelle Hege", [],
     "It’s difficult to change people’s behaviors, but this is also some of the most important advertising and communications work that’s out there",
     T, "said", F),
    ("en/009", "Michelle Hege", [],
     "This is our favorite kind of work to do because it’s a way to make a positive impact in the world.", T, "said", F),
    ("en/009", "Julie Graham", ["Washington State Department of Health public information officer"],
     "she did not want to judge the campaign, and thinks it could still be successful for its audience", F, "said", F),
    ("en/009", "Julie Graham", [],
     "When a group is trying to reach a very specific audience, the messaging can either be offensive or really miss the mark with the audience that’s not intended to see it",
     T, "said", F),
    ("en/009", "Julie Graham", [],
     "she once encountered backlash for an HIV prevention campaign that encouraged those recently released from jail to use condoms and receive screenings",
     F, "said", F),
    ("en/009", "Julie Graham", [],
     ("You might need to have a message that’s very unique", "so you might have a little edgier message"),
     T, "said", F),
    ("en/009", "Julie Graham", [],
     ("If somebody from the general public saw it", "It’s because it’s meant for a specific population."),
     T, "said", F),
    ("en/009", "Julie Graham", [], "Targeting audiences is key in making dollars go further", F, "said", F),
    ("en/009", "Julie Graham", [],
     ("We were trying to reach young males", "that’s where a lot of young men were spending more time"),
     T, "said", F),
    ("en/009", "Julie Graham", [],
     ("It can seem like there’s a thousand choices", "having choices that are very audience-centric."),
     T, "said", F),
    ("en/009", "Jeff Sanborn", ["president of Chapter & Verse"],
     "he thought South Dakota’s campaign – run by a Minneapolis-based firm with a budget of $449,000 – was meant to raise eyebrows",
     F, "said", F),
    ("en/009", "Jeff Sanborn", [],
     ("OK, great, let’s be provocative", "in the way that you want them talking about it, right?"), T, "said", F),
    ("en/009", "Jeff Sanborn", [],
     "What’s America talking about? South Dakota’s got a meth problem, so that’s not the best thing for the South Dakota brand.",
     T, "said", F),
    ("en/009", "Jeff Sanborn", [], "the campaign made the mistake of burying the message", F, "said", F),
    ("en/009", "Jeff Sanborn", [],
     "That message is that anyone using meth is a problem for everyone and “we want to try to help,”", F, "said", F),
    ("en/009", "Jeff Sanborn", [],
     "The problem is, we tell clients all the time, they’ll put the heart of their message somewhere deep in their third paragraph",
     T, "said", F),
    ("en/009", "Jeff Sanborn", [],
     "If that’s the core and heart of your message, you better make that the five words that everybody in America reads.",
     T, "said", F),

    # ---------------- en/010 Xinhua, Hong Kong high-speed rail resumes
    # Travellers given only by surname ("a traveler surnamed Fu", "a businessman surnamed Bu")
    # are J; Liao Jun is named.  Captions and the slogans on paper-cuts and gift bags are not
    # annotated.
    ("en/010", "Fu", [], "My son can't wait to get a taste of the special dishes of our hometown", T, "said", J),
    ("en/010", "Liao Jun", ["a student from Jiangxi Province who studies in Hong Kong"],
     "Today will be a day to remember. The resumption of high-speed rail services is of great significance to the overall connectivity between the Hong Kong Special Administrative Region and the mainland",
     T, "said", F),
    ("en/010", "Bu", [], "I printed out the ticket today as a souvenir", T, "said", J),
    ("en/010", "Bu", [], "It would be of great help to be able to talk to my clients face to face", T, "said", J),

    # ---------------- en/011 Al Jazeera, NASA adds lunar delivery providers
    # "the companies said they wanted to expand their services" (the five awardees as a group,
    # no single named speaker) is not annotated.
    ("en/011", "Steve Clarke",
     ["deputy associate administrator for exploration in NASA’s Science Mission Directorate"],
     "We have a need and saw a need to bring on some additional providers that had enhanced lander capabilities",
     T, "said", F),
    ("en/011", "Steve Clarke", [],
     "This is based on our objectives, the agency’s objectives, to get to the moon as soon as possible, both from a scientific standpoint and from a human exploration standpoint",
     T, "said", F),
    ("en/011", "NASA", [],
     "nine US companies were eligible to bid for contracts to regularly launch spacecraft carrying instruments and experiments, and to land that cargo on the moon as early as next year",
     F, "announced that", F),
    ("en/011", "NASA’s Office of the Inspector General", [],
     "technical challenges, cost increases and schedule delays", T, "reports that depicted", J),
    ("en/011", "Jim Bridenstine", ["NASA’s Administrator"],
     "returning to the moon was necessary to build the infrastructure and knowledge base to send astronauts to Mars",
     F, "said", F),
    ("en/011", "NASA", [],
     "they have detected water vapour above that moon’s icy crust", F, "have confirmed that", J),
    ("en/011", "NASA", [],
     "this discovery is further evidence that the essential ingredients for life - chemical elements, sources of energy and liquid water - are on Europa",
     F, "believes", F),
    ("en/011", "Brent Sherwood", ["vice president of Advanced Development Programs at Blue Origin"],
     "We’re honoured to join this community of 14 providers, diverse providers that are taking us back to the moon. And we are going",
     T, "said", F),
    ("en/011", "Brent Sherwood", [],
     "It’s very exciting times. We’re using our Blue Moon lander, which is [a] big one.", T, "said", F),
    ("en/011", "Michael Sims", ["CEO and Founder of Ceres Robotics Inc."],
     "Space exploration, and especially humans becoming multi-planetary, requires an entire ecosystem to do what has to be done",
     T, "said", F),
    ("en/011", "Michael Sims", [],
     ("There are the big established players", "The small players bring an agility and creativity that adds to the mix."),
     T, "", F),

    # ---------------- en/012 The Real Deal, WeWork layoffs
    # Not annotated: "A person familiar with the matter", "multiple people familiar with the
    # matter" (anonymous), "WeWork declined to comment", "raised alarm at the terms of the deal"
    # and "demanded a deadline extension" (no content clause).  "a group of employees" is
    # resolved to WeWorkers Coalition, named in the next sentence (cataphora).
    ("en/012", "Marcelo Claure", ["chairman"],
     ("layoffs will begin this week in the U.S.", "where Claure will present the company’s five-year plan"),
     F, "employees were told that", J),
    ("en/012", "Marcelo Claure", [],
     "In the areas of the business that do not directly support our core business goals, we have to make some necessary job eliminations",
     T, "said in the email", F),
    ("en/012", "Marcelo Claure", [],
     "We are going to eliminate and scale back certain functions and responsibilities, which will increase efficiency and also accountability.",
     T, "said in the email", F),
    ("en/012", "WeWorkers Coalition", [],
     "Those include 1,000 maintenance workers who have been informed that their employment will be terminated on Dec. 9",
     F, "according to", F),
    ("en/012", "WeWorkers Coalition", [],
     "they “don’t want to be defined by the scandals, the corruption and the greed exhibited by the company’s leadership.”",
     F, "sent a letter to management earlier this month stating that", F),
    ("en/012", "WeWorkers Coalition", [],
     "WeWork had reached an agreement with JLL to accept close to 1,000 maintenance and cleaning workers, many of whom would then be contracted to work in WeWork buildings",
     F, "announced over the weekend that", F),
    ("en/012", "WeWorkers Coalition", [],
     "employees were told by WeWork to sign the terms of the contract by Monday, otherwise it would consider their resignations voluntary",
     F, "said that", F),
    ("en/012", "WeWork", [],
     "sign the terms of the contract by Monday, otherwise it would consider their resignations voluntary",
     F, "told", J),
    ("en/012", "WeWorkers Coalition", [],
     "the contract has confused employees with pay discrepancies", F, "said on Twitter that", F),
    ("en/012", "WeWorkers Coalition", [],
     "WeWork “is not following through on its promise to treat employees with ‘dignity and respect’ during this restructuring process.”",
     F, "added that", F),

    # ---------------- en/013 Washington Examiner opinion (Hong Kong): no records on purpose
    # ("those who believe Xi's Communist Party is stuck" is generic; the rest is the author's).
]


def main() -> int:
    return build(HERE, R)


if __name__ == "__main__":
    raise SystemExit(main())
