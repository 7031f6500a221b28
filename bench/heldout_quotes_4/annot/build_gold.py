#!/usr/bin/env python3
"""Gold annotations of the fourth held-out quote set (bench/heldout_quotes_4), written by hand
following /work/shared/eval/quotes/GUIDELINES.md.  Annotated before any extractor output on
these texts existed; the extractor's code was not read.

Run: python3 bench/heldout_quotes_4/annot/build_gold.py
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

R = [
    # ---------------- zh/001 self-media commentary on the housing market (nlp-ztools test data)
    # Hard line breaks inside sentences are kept verbatim.  房产大佬孙宏斌一席话给我们启发 has no
    # content; the line after 孙宏斌's sentence continues without a cue (not included); the
    # “黄金价”/“白菜价” marks are scare quotes.
    ("zh/001", "孙宏斌", ["房产大佬"],
     "大家要对未来的房地产行业有信心，尽管现在住房已经呈现过剩状态，但是现在市面上很多住房都是品质比较差的住房",
     F, "在接受采访的时候表示：", F),

    # ---------------- zh/002 theory commentary on the value orientation of innovation (nlp-ztools)
    # The author's own voice is not reported speech; 马克思主义认为 is a doctrine, not a speaker;
    # “魂”/“人民性” are scare quotes.  The direct quote spans a hard line break (kept).
    ("zh/002", "爱因斯坦", [], "改善世界的根本\n并不在于科学知识，而是我们的传统和理想。", T, "说：", F),
    ("zh/002", "爱因斯坦", [],
     "没有良心的科学是灵魂的毁灭，没有社会责任感的科学家是道德的沦丧和人类的悲哀", F, "说过，", F),

    # ---------------- en/001 Fox Business, Home Depot third-quarter results
    # Not annotated: "Wall Street analysts surveyed by Refinitiv were expecting" (generic), the
    # ticker table.  "Home Depot sees …" (the company's guidance, a forecast) is a J.
    ("en/001", "Craig Menear", ["chairman", "CEO", "president"],
     "Our third quarter results reflected broad-based growth across our business, yet sales were below our expectations driven by the timing of certain benefits associated with our One Home Depot strategic investments",
     T, "said in the earnings release", F),
    ("en/001", "Craig Menear", [],
     "We are largely on track with these investments and have seen positive results, but some of the benefits anticipated for fiscal 2019 will take longer to realize than our initial assumptions",
     T, "continued", F),
    ("en/001", "Home Depot", [],
     "fiscal year 2019 sales growth of 1.8 percent and comparable sales growth of 3.5 percent, down from previous guidance of up 2.3 percent and up 4 percent, respectively",
     F, "sees", J),

    # ---------------- en/002 Al Bawaba (adapted wire copy), Sweden drops the Assange investigation
    # Not annotated: "Swedish prosecutors decided" (no speech), "a lawyer for the woman … asked for
    # the investigation to be resumed" (unnamed), "Assange has denied both allegations" (no
    # content clause), "The US wants …", "has charged Assange with espionage" (no speech).
    # "the United States, which accuses him of publishing …" (a proper-named state actor's
    # accusation in a relative clause) is a J.
    ("en/002", "Eva-Marie Persson", ["Sweden’s deputy director of public prosecutions"],
     "After conducting a comprehensive assessment of what has emerged during the course of the preliminary investigation, I then make the assessment that the evidence is not strong enough to form the basis for filing an indictment",
     T, "said", F),
    ("en/002", "Eva-Marie Persson", [],
     "the complainant’s evidence had initially been deemed credible and reliable, but after additional investigations, it had been made clear that the oral testimony given in support of the woman had weakened, primarily because a long time had passed and the witnesses’ memories had faded for natural reasons",
     F, "explained that", F),
    ("en/002", "Eva-Marie Persson", [],
     "an appeal against the decision could be made to the office of Sweden’s attorney general", F, "added that", F),
    ("en/002", "United States", [],
     "publishing secret documents related to his WikiLeaks work", F, "accuses him of", J),

    # ---------------- en/003 Sportsnet (AP), Davis Cup Finals day two
    # Each quote is "first segment," X said. "continuation." → two records, the second with cue "".
    # "Caja Magica" is a name, not a quote.  Speakers under their fullest form in the text.
    ("en/003", "Feliciano Lopez", [], "It was a difficult situation for us", T, "said", F),
    ("en/003", "Feliciano Lopez", [],
     "We needed this win, otherwise we could be close to being out of the tournament. Now we are in a good position to advance.",
     T, "", F),
    ("en/003", "Rafael Nadal", [],
     "The format makes things very difficult because every mistake puts you in a position that you don’t want to be",
     T, "said", F),
    ("en/003", "Rafael Nadal", [], "And losing that first match, we were under pressure.", T, "", F),
    ("en/003", "Reilly Opelka", [], "Came down to a few points", T, "said", F),
    ("en/003", "Reilly Opelka", [],
     "Thought I did my part, played well, served well, and I put myself in a position to win. He was just too good.",
     T, "", F),
    ("en/003", "Nicolas Mahut", [],
     "We know we’ve arrived late from London, but the captain had a lot of confidence in our team", T, "said", F),
    ("en/003", "Nicolas Mahut", [],
     "There was a lot of intensity in the win but we’re really happy today. This was a really difficult tie.",
     T, "", F),
    ("en/003", "Diego Schwartzman", [],
     "It’s the end of the season but I think I played one of the best matches for sure of the year, maybe in my career",
     T, "said", F),
    ("en/003", "Diego Schwartzman", [],
     "I think Guido helped me a lot to be more confident in this match and I played unreal tennis.", T, "", F),
    ("en/003", "Alexander Bublik", [], "I almost died there", T, "said", F),

    # ---------------- en/004 CBS Sports, Browns/Steelers fight aftermath
    # Not annotated: "Those in favor of punishment have said", "Rudolph's supporters have stated"
    # (generic), "did not offer a response" (negated), "via USA Today" / "via Brian Batko of the
    # Pittsburgh Post-Gazette" (the sources of the quotes, not speakers).  Jason La Canfora's
    # report (a named journalist of the publishing outlet) and Heyward's "lobbied for …" are J.
    ("en/004", "Sheldon Richardson", ["Browns DL"],
     "Rudolph should be disciplined by the league for his role in the fight", F, "saying that", F),
    ("en/004", "Sheldon Richardson", [],
     ("Rudolph \"can't antagonize a fight", "Just leave it at that.\""), F, "said that", F),
    ("en/004", "Jason La Canfora", ["CBS Sports NFL Insider"],
     "the NFL will fine Rudolph for his role in the fight", F, "has reported that", J),
    ("en/004", "Cam Heyward", ["Steelers defensive captain"],
     "the league to suspend Garrett on Thursday night", F, "openly lobbied for", J),
    ("en/004", "Cam Heyward", [],
     "he is more focused on helping the Steelers right the ship after seeing their four-game winning streak come to an end",
     F, "said that", F),
    ("en/004", "Cam Heyward", [], "The most important thing is we lost that game", T, "said", F),
    ("en/004", "Cam Heyward", [],
     ("I know it got overshadowed by a lot of things", "I'm not going to hide away from that."), T, "", F),
    ("en/004", "Cam Heyward", [], "he is already looking forward to facing the Browns again", F, "said that", F),
    ("en/004", "Cam Heyward", [],
     "I like the fact that we lost to them, so we get another shot to play them. I don't care who we lose to, if they're in our division, we get our shot [again]",
     T, "said", F),
    ("en/004", "Cam Heyward", [],
     ("We've got to right the ship. I know we get them at home", "our focus has got to be on Cincinnati right now."), T, "", F),

    # ---------------- en/005 TechCrunch, Pine Labs moves its base to India
    # Not annotated: "Pine Labs disclosed the court order" (topic only), "Pine Labs declined to
    # comment", "An investor in Indian startups said" / "the investor said" (anonymous), "Gokul
    # Rajaram made a similar observation" (no content).  "the startup explained in its court
    # filing" → Pine Labs (inverted, mixed); the next sentence's quoted fragments have no cue of
    # their own (floating, J).
    ("en/005", "Pine Labs", [],
     "The transfer is expected to help Pine Labs “achieve business synergies and more economies of scale,”",
     F, "explained in its court filing", F),
    ("en/005", "Pine Labs", [], "achieve cost savings", T, "", J),
    ("en/005", "Pine Labs", [], "simplification of the shareholding structure.", T, "", J),

    # ---------------- en/006 NBC News / TODAY, Caitlin Clark on her WNBA start
    # Not annotated: "Asked how it felt to be “the new kid in school,”" (the interviewers'
    # question), "according to Spotrac" (contract data), "according to the network" (viewing
    # figures), "Clark opened about how …" (no content).
    ("en/006", "Caitlin Clark", [],
     ("It feels good. I mean,", "That’s going to be the biggest thing for myself."), T, "said,", F),
    ("en/006", "Caitlin Clark", [],
     ("And I think continuing to stack days", "But also, don’t lose the fun of it."), T, "continued,", F),
    ("en/006", "Caitlin Clark", [],
     "My biggest goal coming into tonight was to continue to be myself, play aggressive", T, "said in a postgame interview", F),
    ("en/006", "Caitlin Clark", [],
     "I thought that’s what I did. I think there’s a lot to be proud of.", T, "", F),

    # ---------------- en/007 Patch (Murrieta, CA), mountain biker airlifted
    # The sentence after "According to Murrieta Fire & Rescue, …" continues without a cue.
    ("en/007", "Murrieta Fire & Rescue", [],
     "the injured rider had to be hoisted from the area by a Riverside County Sheriff's helicopter", F, "According to", F),
    ("en/007", "Dawn Morrison", ["MF&R spokesperson"], "The patient was in stable condition", F, "said", F),

    # ---------------- en/008 BBC (Lincolnshire), caravan transporter driver arrested
    # "Lincolnshire Police published a picture" is a caption without content; the footer is boilerplate.
    ("en/008", "Lincolnshire Police", [],
     "The 40-year-old man was released under investigation pending the outcome of tests", F, "said", F),

    # ---------------- en/009 AP via mysanantonio.com, cat found 1,200 miles from home
    # Not annotated: "Officials said" (generic), "American Airlines offered to fly the cat" (an
    # offer, no reported content).
    ("en/009", "Santa Fe Animal Shelter", [],
     "Sasha the black cat was recently found wandering the streets of New Mexico’s capital", F, "announced this week that", F),
    ("en/009", "Viktor Usov", ["the cat’s original owner"],
     "the family thought they’d never see the cat again", F, "says", F),

    # ---------------- en/010 Engadget, Ghost of Tsushima PC pre-orders cancelled
    # Not annotated: "Eurogamer reports", "According to Eurogamer", "PCGamer and other outlets have
    # reported" (the media the article is based on), the email's text (sent by unnamed stores),
    # "Sony hasn’t said anything" (negated).
    ("en/010", "Sucker Punch", ["Developer"],
     "a PSN account would only be needed for the game’s multiplayer mode, and the single-player campaign would be playable without it",
     F, "previously said", F),

    # ---------------- en/011 The Detroit News (AP), college football round-up
    ("en/011", "P.J. Fleck", ["Coach"],
     "Morgan has made progress this week, but the Big Ten’s leading passer has not been cleared", F, "said", F),
    ("en/011", "Sean Clifford", ["Penn State quarterback"],
     "he received death threats on social media after the Nittany Lions’ Nov. 9 loss at Minnesota", F, "said", F),
    ("en/011", "Malcolm Turner", ["Vanderbilt athletic director"],
     "Derek Mason has his full support as the Commodores coach and they’ll be working together to give the football program the resources and support needed to succeed",
     F, "said", F),

    # ---------------- en/012 ProFootballTalk, Anthony Lynn after the loss to the Chiefs
    # "Anthony Lynn recognizes that …" and "Lynn is right: …" are the writer's characterisation.
    ("en/012", "Anthony Lynn", ["Chargers coach"],
     "the Chargers saw winning Monday night as the most important step toward getting back into the playoff race",
     F, "said after the game that", F),
    ("en/012", "Anthony Lynn", [],
     "We talked all along about everything we wanted was still in front of us", T, "said", F),
    ("en/012", "Anthony Lynn", [],
     ("Yes, we needed to win this game today.", "we probably are going to need some help."), T, "", F),

    # ---------------- en/013 GSMArena, TCL signs Harry Kane
    # The quoted “provide consumers …” commitment and the “Display Greatness” tagline are not
    # annotated (slogans, no cue).  The press release sent by TCL → TCL, as a J.
    ("en/013", "TCL", [],
     "Harry Kane, captain of England’s national football team and forward at Tottenham Hotspur has been a game-changer on the field and a leader within his team",
     F, "reads a press release, sent by", J),


    # ---------------- en/014 Al Bawaba (adapted AFP copy), reactions to the US settlements decision
    # Not annotated: "cheered on the "historic" move", "condemned the unilateral move",
    # "sharply criticised the US policy shift" (no content), "Israeli courts … have declared"
    # (generic courts), "Analysts say", "Israeli settlers … said" (generic), "Key Security
    # Council powers distanced themselves", "The European Union's top court … ruled" (a court
    # ruling, no proper name), "which considers the US biased" (a standing view in a relative
    # clause, no speech).  Joint speakers get one record each.  The unnamed High
    # Commissioner (an office), "called for an emergency meeting" and "warning of “dangerous
    # consequences”" are J.
    ("en/014", "United Nations", [],
     "the decision would not change the reality that the settlements were illegal", F, "stressed", F),
    ("en/014", "European Union", [],
     "the decision would not change the reality that the settlements were illegal", F, "stressed", F),
    ("en/014", "Benjamin Netanyahu", ["Israeli Prime Minister"],
     "he was \"very moved\" by the announcement", F, "said", F),
    ("en/014", "Mike Pompeo", ["US Secretary of State"],
     "after legal consultation Washington had concluded the establishment of settlements was \"not, per se, inconsistent with international law\"",
     F, "said that", F),
    ("en/014", "Mike Pompeo", [], "he trusted the Israeli courts to decide", F, "saying", F),
    ("en/014", "United Nations High Commissioner for Human Rights", [],
     "the US decision did \"not modify existing international law, nor its interpretation by the International Court of Justice and the UN Security Council\"",
     F, "said", J),
    ("en/014", "European Union", [], "it still considers all settlement activity illegal", F, "reiterated", F),
    ("en/014", "Benjamin Netanyahu", [],
     "Here we are on a historic day with another tremendous achievement for the State of Israel", T, "told", F),
    ("en/014", "Benjamin Netanyahu", [],
     "The administration of US President Donald Trump has \"corrected an historic injustice and lined up with truth and justice\"",
     F, "said", F),
    ("en/014", "Arab League", [], "extremely adverse development", T, "called it an", F),
    ("en/014", "Palestinian Authority", [], "an emergency meeting of the body", F, "called for", J),
    ("en/014", "Ayman Safadi", ["Jordanian Foreign Minister"], "dangerous consequences", T, "warning of", J),
    ("en/014", "Saeb Erekat", ["Palestinian chief negotiator"],
     "they would take a series of measures to oppose it, including calling for a UN Security Council debate", F, "said", F),
    ("en/014", "Saeb Erekat", [],
     "We are going to the (UN) General Assembly and we will ask... the International Criminal Court (ICC) to open an official judicial investigation",
     T, "added", F),
    ("en/014", "Russia's foreign ministry", [],
     "it viewed Washington's move as \"another measure contradicting\" the legal footing for a peace deal", F, "said", F),
    ("en/014", "Russia's foreign ministry", [],
     "it would likely further heighten tensions on the ground", F, "said", F),
    ("en/014", "French foreign ministry", [],
     "it \"regrets any decision likely to encourage... settlement building\"", F, "said", F),
    ("en/014", "British Foreign Office", [],
     "settlements \"are illegal under international law, present an obstacle to peace and threaten the physical viability of a two-state solution\"",
     F, "reiterated the UK's position that", F),
    ("en/014", "Avi Bell", ["senior fellow at the right-wing Kohelet Policy Forum in Israel"],
     "The illegality of settlements has always been stated as a fact based upon an international consensus. The breaking of that consensus is important",
     T, "said", F),
    ("en/014", "Saeb Erekat", [],
     "it was only the latest move by the US to try to force the Palestinians to capitulate and give up their claims to an independent state",
     F, "said", F),
    ("en/014", "Saeb Erekat", [],
     "They wanted us on our knees and they used every trick - internally, externally, regionally - to put pressure on us. We stand tall and we will stand tall.",
     T, "", F),

    # ---------------- en/015 Times Union (AP), NHL round-up: no records on purpose (no speech).

]


def main() -> int:
    return build(HERE, R)


if __name__ == "__main__":
    raise SystemExit(main())
