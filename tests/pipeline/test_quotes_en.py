"""English speakers and quotes (pipeline/quotes_en.py), pinned on short news-style passages
written for these tests. The rules are those of ../shared/eval/quotes/GUIDELINES.md."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsarchive.pipeline.model import Quote
from newsarchive.pipeline.quotes_en import extract_quotes
from newsarchive.pipeline.sentences_en import split_sentences


def _by_text(quotes: list[Quote]) -> dict[str, Quote]:
    return {q.text: q for q in quotes}


def _check_offsets(body: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert body[q.start : q.end] == q.text


def test_direct_quote_then_speaker_and_trailing_comma_dropped() -> None:
    body = '"We will rebuild the bridge by spring," Mayor Helen Carter said on Monday.'
    quotes = extract_quotes(body)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.speaker == "Helen Carter"
    assert q.text == "We will rebuild the bridge by spring"
    assert q.direct is True
    assert q.cue == "said"
    assert q.speaker_titles == ("Mayor",)
    assert q.speaker_kind == "person"
    _check_offsets(body, quotes)


def test_indirect_quote_excludes_that_and_final_full_stop() -> None:
    body = "Finance Minister Raj Patel said that the budget would be balanced within two years."
    [q] = extract_quotes(body)
    assert q.speaker == "Raj Patel"
    assert q.text == "the budget would be balanced within two years"
    assert q.direct is False
    assert q.cue == "said"
    assert q.speaker_titles == ("Finance Minister",)


def test_inverted_cue_with_apposition_gives_titles() -> None:
    body = (
        '"The harvest is the worst in a decade," said Ana Silva, chairwoman of the '
        "Coffee Growers Association. Silva said prices would rise."
    )
    quotes = _by_text(extract_quotes(body))
    direct = quotes["The harvest is the worst in a decade"]
    assert direct.speaker == "Ana Silva"
    assert "chairwoman of the Coffee Growers Association" in direct.speaker_titles
    # The surname alone is the same person, written in full.
    assert quotes["prices would rise"].speaker == "Ana Silva"


def test_content_before_attribution() -> None:
    body = "Rail fares will rise by 4% in January, Transport Secretary Mark Doyle said."
    [q] = extract_quotes(body)
    assert q.speaker == "Mark Doyle"
    assert q.text == "Rail fares will rise by 4% in January"
    assert q.direct is False


def test_according_to_named_source_and_not_a_report() -> None:
    body = (
        "According to fire chief Tom Reyes, the blaze started in the kitchen. "
        "Damage ran to $2m, according to the insurance survey."
    )
    [q] = extract_quotes(body)
    assert q.speaker == "Tom Reyes"
    assert q.cue == "according to"
    assert q.text == "the blaze started in the kitchen"


def test_quote_interrupted_by_attribution_gives_two_records() -> None:
    body = 'Coach Dan Murphy was pleased. "We defended well," he said, "and we deserved the win."'
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Dan Murphy", "We defended well"),
        ("Dan Murphy", "and we deserved the win."),
    ]
    assert all(q.direct for q in quotes)


def test_paragraph_continuation_quotes_each_a_record() -> None:
    body = 'Nurse Kate Lowe said: "The ward is full every night. "We cannot keep going like this."'
    quotes = extract_quotes(body)
    assert [q.text for q in quotes] == [
        "The ward is full every night.",
        "We cannot keep going like this.",
    ]
    assert {q.speaker for q in quotes} == {"Kate Lowe"}


def test_pronouns_and_honorifics_resolve_to_the_full_name() -> None:
    body = (
        "Liberal MP Joan Whitfield has criticised the plan. Mrs Whitfield said the cuts "
        "would hurt pensioners. She added that she would vote against them."
    )
    quotes = extract_quotes(body)
    assert [q.speaker for q in quotes] == ["Joan Whitfield", "Joan Whitfield"]
    assert quotes[1].text == "she would vote against them"
    assert quotes[1].cue == "added"


def test_she_skips_a_man_named_in_between() -> None:
    body = (
        "Mrs Green met Mr Black. Sarah Green is the council leader and Tom Black is her deputy. "
        "Mr Black spoke first. She said the deal was done."
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [("Sarah Green", "the deal was done")]


def test_role_noun_resolved_to_a_compatible_person() -> None:
    body = (
        "Paris mayor Claude Martin and Jean Roux met on Friday. Mr Martin said the talks "
        "went well. The prime minister said he had been encouraged by them. "
        "Mr Roux, the prime minister, leaves for Berlin tomorrow."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["the talks went well"].speaker == "Claude Martin"
    # Not the mayor: a mayor is not the prime minister.
    assert quotes["he had been encouraged by them"].speaker == "Jean Roux"


def test_cataphoric_role_noun() -> None:
    body = (
        "The trade commissioner says she will open talks with Canada next month. "
        "Maria Lindqvist told reporters the deal could be signed within a year."
    )
    quotes = extract_quotes(body)
    assert [q.speaker for q in quotes] == ["Maria Lindqvist", "Maria Lindqvist"]
    assert quotes[0].text == "she will open talks with Canada next month"
    assert quotes[1].text == "the deal could be signed within a year"


def test_anonymous_and_generic_sources_give_nothing() -> None:
    body = (
        "Officials said the road would reopen on Friday. Analysts expect prices to fall. "
        "Critics say the scheme is too expensive. People familiar with the talks said a deal "
        "was close. The company declined to comment."
    )
    assert extract_quotes(body) == []


def test_negated_speech_and_media_as_source_give_nothing() -> None:
    body = (
        "Mr Grant did not say whether he would resign. "
        "The Daily Herald reported that the minister had been warned."
    )
    assert extract_quotes(body) == []


def test_spokesperson_speaks_for_the_organisation() -> None:
    body = (
        "Northway Airlines cancelled 40 flights. A Northway Airlines spokeswoman said the "
        'storm had grounded its fleet. "Safety comes first," she said.'
    )
    quotes = extract_quotes(body)
    assert [q.speaker for q in quotes] == ["Northway Airlines", "Northway Airlines"]
    assert all(q.speaker_kind == "organisation" for q in quotes)
    assert quotes[1].text == "Safety comes first"


def test_company_description_and_it_resolve_to_the_organisation() -> None:
    body = (
        "Brightwater Foods has recalled 10,000 jars of pasta sauce. The company said the "
        "jars might contain glass. It added that no injuries had been reported."
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [
        ("Brightwater Foods", "organisation"),
        ("Brightwater Foods", "organisation"),
    ]
    assert quotes[1].text == "no injuries had been reported"


def test_acronym_resolves_to_the_name_it_abbreviates() -> None:
    body = (
        "The National Farmers Union (NFU) said the drought had cut yields. "
        "The NFU added that farmers needed help."
    )
    quotes = extract_quotes(body)
    assert [q.speaker for q in quotes] == ["National Farmers Union"] * 2


def test_joint_speakers_get_one_record_each() -> None:
    body = (
        "Health Secretary Amy Clarke and Education Secretary Ben Osei called for schools to reopen."
    )
    quotes = extract_quotes(body)
    assert sorted(q.speaker for q in quotes) == ["Amy Clarke", "Ben Osei"]
    assert {q.text for q in quotes} == {"schools to reopen"}
    assert {q.cue for q in quotes} == {"called for"}


def test_mixed_quote_is_one_indirect_record() -> None:
    body = 'Ms Okafor said the ruling was "a victory for common sense" and would be welcomed.'
    [q] = extract_quotes(body)
    assert q.speaker == "Okafor"
    assert q.direct is False
    assert q.text == 'the ruling was "a victory for common sense" and would be welcomed'


def test_clause_made_only_of_a_quote_is_direct() -> None:
    body = 'Mr Haddad said that "no decision has been taken".'
    [q] = extract_quotes(body)
    assert q.direct is True
    assert q.text == "no decision has been taken"


def test_quoted_label_after_described_as() -> None:
    body = 'Opposition leader Rosa Klein described the budget as "reckless".'
    [q] = extract_quotes(body)
    assert (q.speaker, q.text, q.direct, q.cue) == ("Rosa Klein", "reckless", True, "described")


def test_floating_quote_continues_the_previous_speaker() -> None:
    body = (
        "Dr Lena Novak said the vaccine was safe. "
        '"We have tested it on 40,000 people. There were no serious side effects."'
    )
    quotes = extract_quotes(body)
    assert quotes[1].speaker == "Lena Novak"
    assert quotes[1].cue == ""
    assert quotes[1].direct is True


def test_quoted_fragment_inside_narrative_is_not_a_quote() -> None:
    body = 'The so-called "dream team" lost again on Sunday.'
    assert extract_quotes(body) == []


def test_told_skips_the_addressee() -> None:
    body = "Chief executive Omar Siddiqui told the Daily Courier the firm would not raise prices."
    [q] = extract_quotes(body)
    assert q.speaker == "Omar Siddiqui"
    assert q.cue == "told"
    assert q.text == "the firm would not raise prices"


def test_participle_cue_takes_the_clause_subject() -> None:
    body = (
        "Greenfield Energy sent a letter to customers last week, saying bills would rise "
        "by 8% in April."
    )
    [q] = extract_quotes(body)
    assert q.speaker == "Greenfield Energy"
    assert q.cue == "saying"
    assert q.text == "bills would rise by 8% in April"


def test_titles_joined_by_and_are_split() -> None:
    body = '"We are ready," said Li Wei, chairman and chief executive of the Harbour Group.'
    [q] = extract_quotes(body)
    assert q.speaker == "Li Wei"
    assert q.speaker_titles == ("chairman", "chief executive of the Harbour Group")


def test_scraped_lines_broken_around_links_stay_one_sentence() -> None:
    body = (
        "The letter, first reported by\nThe Ledger\n, said production would stop.\n"
        "Why did it stop?\nSupplies ran out."
    )
    sentences = [body[s:e] for s, e in split_sentences(body)]
    assert sentences == [
        "The letter, first reported by\nThe Ledger\n, said production would stop.",
        "Why did it stop?",
        "Supplies ran out.",
    ]


def test_sentence_split_respects_abbreviations() -> None:
    body = "Mr. Lee met Dr. Park in the U.S. on Aug. 3. They talked. It went well."
    sentences = [body[s:e] for s, e in split_sentences(body)]
    assert sentences == [
        "Mr. Lee met Dr. Park in the U.S. on Aug. 3.",
        "They talked.",
        "It went well.",
    ]


@pytest.mark.parametrize("body", ["", "   \n  ", "No one said anything here"])
def test_nothing_to_find(body: str) -> None:
    assert extract_quotes(body) == []


def test_curly_quotes_and_offsets_in_a_longer_article() -> None:
    body = (
        "Port strike enters second week\n"
        "Dock workers at Eastport extended their strike on Monday.\n"
        "“We will stay out until the pay offer improves,” said union organiser Kim Baxter. "
        "“Nobody wants this.”\n"
        "The port operator, Meridian Ports, said it had made a fair offer. "
        "Ms Baxter said the offer was “an insult”, adding that members would vote again on Friday."
    )
    quotes = extract_quotes(body)
    _check_offsets(body, quotes)
    got = [(q.speaker, q.text, q.direct) for q in quotes]
    assert got == [
        ("Kim Baxter", "We will stay out until the pay offer improves", True),
        ("Kim Baxter", "Nobody wants this.", True),
        ("Meridian Ports", "it had made a fair offer", False),
        ("Kim Baxter", "the offer was “an insult”", False),
        ("Kim Baxter", "members would vote again on Friday", False),
    ]


def test_quote_inside_a_clause_after_said_stays_mixed() -> None:
    body = 'Jo Reed, an analyst at Marlow Securities, said the bank was "in a league of its own".'
    [q] = extract_quotes(body)
    assert q.direct is False
    assert q.text == 'the bank was "in a league of its own"'
    assert q.speaker_titles == ("analyst at Marlow Securities",)


def test_title_word_used_as_a_surname() -> None:
    body = "Harbour Foods' chief executive Justin King said the company was on track."
    [q] = extract_quotes(body)
    assert q.speaker == "Justin King"


def test_according_to_a_statement_from_an_organisation() -> None:
    body = "According to a statement from the Transport Department, the line will reopen in May."
    [q] = extract_quotes(body)
    assert (q.speaker, q.speaker_kind) == ("Transport Department", "organisation")
    assert q.text == "the line will reopen in May"


def test_platform_after_the_cue_is_skipped() -> None:
    body = "Councillor Amir Shah wrote on Facebook that the library would stay open."
    [q] = extract_quotes(body)
    assert q.text == "the library would stay open"
    assert q.cue == "wrote"


def test_cue_verbs_with_plain_objects_are_not_speech() -> None:
    body = (
        "Northfield Rovers added two new players on Friday. Coach Liam Hart claimed the cup "
        "last year. The club confirmed the signing."
    )
    assert extract_quotes(body) == []


def test_quoted_as_saying() -> None:
    body = "Mr Osei was quoted by a local paper as saying the mine would close."
    [q] = extract_quotes(body)
    assert (q.speaker, q.text, q.cue) == ("Osei", "the mine would close", "saying")


def test_quote_running_over_a_paragraph_end_takes_the_later_speaker() -> None:
    body = (
        "Mayor Jane Holt said the council had run out of money.\n"
        'Union leader Tom Price was angry. "We were promised a fair deal.\n'
        '"Instead we got cuts," Mr Price said.'
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Jane Holt", "the council had run out of money"),
        ("Tom Price", "We were promised a fair deal."),
        ("Tom Price", "Instead we got cuts"),
    ]


def test_cue_with_colon_on_its_own_line() -> None:
    body = 'Ms Holt said:\n"There is no more money."'
    [q] = extract_quotes(body)
    assert (q.speaker, q.text, q.cue) == ("Holt", "There is no more money.", "said")


def test_given_names_keep_she_off_a_man() -> None:
    body = (
        "Alice Brown, the mayor, said the budget was tight. Her rival, John White, said taxes "
        "were too high. He added that he would cut them. She said the city could not afford that."
    )
    quotes = extract_quotes(body)
    assert [q.speaker for q in quotes] == ["Alice Brown", "John White", "John White", "Alice Brown"]


def test_indirect_quote_interrupted_by_its_attribution_is_one_span() -> None:
    body = (
        "The central bank's comments, said Kenji Mori of Hoshino Bank, were "
        '"far too timid" to calm markets.'
    )
    [q] = extract_quotes(body)
    assert q.speaker == "Kenji Mori"
    assert q.text == body[:-1]
    assert q.direct is False
    assert q.speaker_titles == ("Hoshino Bank",)


def test_headline_line_is_not_a_quote() -> None:
    body = (
        "Mayor says sorry over floods\n\nMayor Ruth Kaye has apologised. "
        "Ms Kaye said the warnings came too late."
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [("Ruth Kaye", "the warnings came too late")]


def test_media_as_the_articles_source_gives_nothing() -> None:
    body = "Prices will rise next year, according to the Evening Chronicle."
    assert extract_quotes(body) == []


def test_questions_and_continued_attribute_quotes() -> None:
    body = (
        'Coach Mia Torres was in no mood to celebrate. "Why would we?" she asked. '
        '"We lost our best player," she continued. Reporters asked whether she would resign.'
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text, q.cue) for q in quotes] == [
        ("Mia Torres", "Why would we?", "asked"),
        ("Mia Torres", "We lost our best player", "continued"),
    ]


def test_unnamed_office_holder_speaks_for_the_organisation() -> None:
    body = (
        "The IMF cut its growth forecast. The IMF's chief economist said the outlook was weak. "
        "Its managing director said more cuts were possible. Mr Park's wife said nothing."
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("IMF", "organisation")] * 2


def test_indefinite_description_named_in_the_next_sentence() -> None:
    body = (
        "Online fraud cost shops £1bn last year, an anti-fraud agency has said. "
        "Fraudstop, which monitors card payments, said losses were rising."
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Fraudstop", "Online fraud cost shops £1bn last year"),
        ("Fraudstop", "losses were rising"),
    ]


def test_indefinite_anonymous_roles_stay_anonymous() -> None:
    body = "An official said the figures were worrying. John Kerry arrived later."
    assert extract_quotes(body) == []


def test_object_of_for_ing_is_the_speaker() -> None:
    body = (
        "The party has suspended a council candidate for allegedly claiming the election was "
        "rigged. Tom Hale, 47, was due to stand in Leeds."
    )
    [q] = extract_quotes(body)
    assert (q.speaker, q.text, q.cue) == ("Tom Hale", "the election was rigged", "claiming")


def test_sentence_initial_capitals_of_common_words_are_not_speakers() -> None:
    body = "Critics say the plan is flawed. Witnesses said the car was speeding."
    assert extract_quotes(body) == []


def test_spokesman_of_a_role_speaks_for_the_person_in_that_role() -> None:
    body = (
        "Former civil service chief Lord Hale criticised Tony Marsh's government. Mr Marsh "
        "was in Paris. The prime minister's official spokesman said the criticism was unfair."
    )
    [q] = extract_quotes(body)
    assert (q.speaker, q.text) == ("Tony Marsh", "the criticism was unfair")


def test_cue_with_interview_and_outlet_before_a_colon() -> None:
    body = (
        "Lord Hale, the former cabinet secretary, has criticised the government. "
        "The former cabinet secretary said in an interview with The Weekly Review magazine: "
        '"There is too much central control."'
    )
    [q] = extract_quotes(body)
    assert (q.speaker, q.text, q.direct, q.cue) == (
        "Hale",
        "There is too much central control.",
        True,
        "said",
    )


def test_relative_clause_after_the_cue_is_not_content() -> None:
    body = (
        "Lord Hale has spoken out. The dossier was too thin, Lord Hale said in his radio "
        "interview, which was broadcast on Sunday."
    )
    [q] = extract_quotes(body)
    assert (q.speaker, q.text) == ("Hale", "The dossier was too thin")


def test_figures_published_by_an_organisation_are_data() -> None:
    body = "Women earn 19% less than men, according to the Equal Pay Commission (EPC)."
    assert extract_quotes(body) == []


def test_pronoun_inside_an_unnamed_speakers_clause_is_that_speaker() -> None:
    body = (
        "Harbour Lines owns three ports. The government said it had proposed a new trade deal. "
        "Harbour Lines said it was worried."
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [("Harbour Lines", "it was worried")]


def test_however_between_cue_and_content() -> None:
    body = "Orbis said, however, that the merger would help consumers."
    [q] = extract_quotes(body)
    assert (q.speaker, q.text) == ("Orbis", "the merger would help consumers")


def test_the_firm_refers_to_an_organisation_named_in_passing() -> None:
    body = (
        "The Danish firm behind the Sleepwell Tracker app was fined on Monday.\n"
        "In response, the firm said it respected the ruling."
    )
    [q] = extract_quotes(body)
    assert (q.speaker, q.speaker_kind) == ("Sleepwell Tracker", "organisation")


def test_told_someone_to_do_something_keeps_the_addressee() -> None:
    body = "Minister Ana Costa told the Water Standards Authority to open an inquiry."
    [q] = extract_quotes(body)
    assert q.text == "the Water Standards Authority to open an inquiry"


def test_one_word_company_opening_its_only_sentence() -> None:
    body = (
        "Brightline responded quickly to the alert. "
        '"No customer data was taken," the firm said in a statement.'
    )
    [q] = extract_quotes(body)
    assert (q.speaker, q.text) == ("Brightline", "No customer data was taken")


def test_organisation_names_with_for_and_a_capitalised_plural() -> None:
    body = (
        "In January the independent Institute for Fiscal Studies (IFS) said taxes would rise. "
        "It also said the deficit might grow."
    )
    quotes = extract_quotes(body)
    assert [q.speaker for q in quotes] == ["Institute for Fiscal Studies"] * 2


def test_noun_content_stops_at_a_new_clause() -> None:
    body = "Germany also proposed a freeze and Canada has begun its own moratorium."
    [q] = extract_quotes(body)
    assert (q.speaker, q.text, q.cue) == ("Germany", "a freeze", "proposed")


def test_he_after_a_person_named_in_passing() -> None:
    body = (
        "While some observers were alarmed, Mr. Ortiz saw it as a natural outcome.\n"
        "“Most of it is noise,” he said in an interview.\n"
        "The trouble, he added, was that the systems still made mistakes."
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Ortiz", "Most of it is noise"),
        ("Ortiz", "The trouble, he added, was that the systems still made mistakes"),
    ]


def test_apposition_between_closing_quote_and_cue() -> None:
    body = (
        "“You can make thousands of them,” Nate Cole, who used a pseudonym for his work, said. "
        "“It takes a minute.”"
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Nate Cole", "You can make thousands of them"),
        ("Nate Cole", "It takes a minute."),
    ]


def test_relative_clauses_are_titles_only_when_they_name_a_post() -> None:
    body = (
        "Peter Vale, who is union branch chairman, said the strike would go ahead. "
        "Mr Vale, who was arrested last year, said he had no regrets."
    )
    quotes = extract_quotes(body)
    assert {q.speaker_titles for q in quotes} == {("union branch chairman",)}


def test_colon_after_a_named_subject_without_a_cue_word() -> None:
    body = (
        'Union leader Tom Price had one demand: "Pay us." '
        'The report had a clear message: "Act now."'
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text, q.cue) for q in quotes] == [("Tom Price", "Pay us.", "")]


def test_objects_of_prepositions_are_not_speakers() -> None:
    body = (
        "Chancellor Ruth Ames spoke on Monday. Sources close to the chancellor said she was "
        "angry. People familiar with Ms Ames said he would resign. A spokesman for Harbour "
        "Lines said the deal was off."
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [("Harbour Lines", "the deal was off")]


def test_role_noun_sharing_a_title_word_and_office_exclusion() -> None:
    body = (
        "Former civil service chief Lord Hale has criticised Tony Marsh's government. "
        "Mr Marsh was abroad. The prime minister's official spokesman said the claims were "
        'wrong. The former cabinet secretary said in an interview: "It is too centralised."'
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Tony Marsh", "the claims were wrong"),
        ("Hale", "It is too centralised."),
    ]


def test_analysts_at_a_named_firm_stay_anonymous() -> None:
    body = "Analysts at Davy Stockbrokers said the results were ahead of expectations."
    assert extract_quotes(body) == []


def test_both_men_gives_one_record_each() -> None:
    body = "Peter Hale met Ian Moss on Monday. Both men claimed the talks had been useful."
    quotes = extract_quotes(body)
    assert sorted(q.speaker for q in quotes) == ["Ian Moss", "Peter Hale"]
    assert {q.text for q in quotes} == {"the talks had been useful"}


def test_more_reporting_verbs() -> None:
    body = (
        "Mr Hale pointed out that the plan had failed. Ms Cole reiterated that she would stand. "
        "The sign pointed north. Mr Lee hinted at a deal."
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text, q.cue) for q in quotes] == [
        ("Hale", "the plan had failed", "pointed out"),
        ("Cole", "she would stand", "reiterated"),
    ]


def test_definite_anonymous_roles_need_a_titled_person() -> None:
    body = (
        "John Kerry arrived on Monday. The official said talks would resume. "
        "Economist Jane Fox, an analyst at Bank Lyra, spoke later. The analyst said rates "
        "would rise."
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [("Jane Fox", "rates would rise")]
    assert quotes[0].speaker_titles == ("Economist", "analyst at Bank Lyra")


_PIECES = [
    '"',
    "“",
    "”",
    "'",
    "’",
    ",",
    ".",
    ":",
    "\n",
    "\n\n",
    "—",
    "(",
    ")",
    "said",
    "told",
    "Mr",
    "Mr.",
    "he",
    "she",
    "it",
    "the company",
    "according to",
    "The",
    "Smith",
    "John Smith",
    "Acme Corp",
    "that",
    "and",
    "Both men",
    "a spokesman for",
    "U.S.",
    "10%",
    "who",
    "which",
    "called for",
    "described",
    "as",
    "asked",
    "Inc.",
    "said:",
    "?",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_any_text_gives_consistent_offsets(parts: list[str]) -> None:
    body = " ".join(parts)
    for q in extract_quotes(body):
        assert body[q.start : q.end] == q.text
        assert q.text.strip()
        assert q.speaker.strip()
        assert q.speaker_kind in ("person", "organisation")


def test_names_that_are_also_common_words() -> None:
    body = (
        "Growth slowed in May. Theresa May said the deal was done. "
        "Mrs May added that talks would resume."
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Theresa May", "the deal was done"),
        ("Theresa May", "talks would resume"),
    ]


def test_inverted_attribution_to_a_named_body_after_its_article() -> None:
    body = (
        "Ferries were cancelled on Friday. The crossing will reopen next week, the Harbour "
        'Authority said in a statement. "Checks will be quick," the statement said.'
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["The crossing will reopen next week"].speaker == "Harbour Authority"
    assert quotes["Checks will be quick"].speaker == "Harbour Authority"


def test_inverted_attribution_after_article_plain_said() -> None:
    body = "Water rates will rise by 4 percent in April, the Regional Utilities Board said."
    [q] = extract_quotes(body)
    assert q.speaker == "Regional Utilities Board"
    assert q.text == "Water rates will rise by 4 percent in April"


def test_state_body_under_proper_modifier_is_an_organisation() -> None:
    body = (
        "Three sailors were rescued off the coast, the Chilean navy said in a statement on "
        "Monday. The Peruvian government said it would send two ships to help."
    )
    quotes = _by_text(extract_quotes(body))
    rescued = quotes["Three sailors were rescued off the coast"]
    assert rescued.speaker == "Chilean navy"
    assert rescued.speaker_kind == "organisation"
    assert quotes["it would send two ships to help"].speaker == "Peruvian government"


def test_she_skips_a_man_known_from_the_articles_own_pronouns() -> None:
    # Neither first name is in the name lists: "He has denied" after "Vale has said" marks
    # Vale as a man, "her old band" marks Tessler as a woman.
    body = (
        "Rowan Tessler and her old band are fighting over the rights to their songs. The band "
        "is managed by Corin Vale, who bought the label in May. Vale has said the contracts "
        'are clear. He has denied blocking any concerts. "I only want my songs back," she said.'
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["the contracts are clear"].speaker == "Corin Vale"
    assert quotes["I only want my songs back"].speaker == "Rowan Tessler"


def test_person_once_called_he_is_not_she() -> None:
    body = (
        "Marlo Finch lost the primary by 200 votes. She has asked for a recount. The county "
        'clerk, Ellis Prewitt, said the count was accurate. "Every ballot was counted twice," '
        'he said. "The numbers do not add up," she said.'
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["Every ballot was counted twice"].speaker == "Ellis Prewitt"
    assert quotes["The numbers do not add up"].speaker == "Marlo Finch"


def test_weekday_after_preposition_is_not_a_coordinated_speaker() -> None:
    body = (
        "On Thursday, the city's fire service said the blaze had been contained, and added "
        "that two homes were lost."
    )
    assert all(q.speaker != "Thursday" for q in extract_quotes(body))


def test_possessor_of_a_lower_case_body_is_not_the_speaker() -> None:
    body = (
        "After two days of rain, Kenya's meteorological service said more storms were due "
        "but added that the dams were holding."
    )
    assert all(q.speaker != "Kenya" for q in extract_quotes(body))


def test_named_sea_is_not_a_pronoun_antecedent() -> None:
    body = (
        "Admiral Tove Lindqvist on Monday criticised fishing fleets working in the North "
        "Arabian Sea. He said patrols would double by the summer."
    )
    [q] = extract_quotes(body)
    assert q.speaker == "Tove Lindqvist"
    assert q.text == "patrols would double by the summer"


def test_named_apposition_after_a_possessive_role_is_the_speaker() -> None:
    body = (
        "Lena Ortiz's lawyer, Felix Warren, said in an interview that Ortiz had never seen "
        "the documents."
    )
    [q] = extract_quotes(body)
    assert q.speaker == "Felix Warren"
    assert q.text == "Ortiz had never seen the documents"


def test_named_apposition_after_a_spokes_role_is_the_speaker() -> None:
    body = (
        "Mayor Dan Roe spoke first. His deputy, Carla Mbeki, told reporters the budget was "
        "short. The club's new spokeswoman, Iris Okafor, said the stadium would be sold."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["the budget was short"].speaker == "Carla Mbeki"
    assert quotes["the stadium would be sold"].speaker == "Iris Okafor"


def test_called_on_with_a_scare_quoted_word_is_an_appeal_not_a_label() -> None:
    body = "Aid group Relief Now called on the \u201ctransitional\u201d council to open the roads."
    [q] = extract_quotes(body)
    assert q.speaker == "Relief Now"
    assert q.direct is False
    assert q.text == "the \u201ctransitional\u201d council to open the roads"


def test_name_borne_after_dubbed_the_is_not_a_label_quote() -> None:
    body = (
        'The old fort, dubbed the "Iron Gate" by sailors, will close in May, Mayor Tom Hale '
        'said. Critics of the plan were called "dreamers" by Hale.'
    )
    quotes = extract_quotes(body)
    assert all(q.text != "Iron Gate" for q in quotes)
    assert [q.speaker for q in quotes] == ["Tom Hale"]


def test_label_after_an_object_is_still_a_direct_quote() -> None:
    body = 'Senator Abe Lund called the new tax a "disgrace" on Tuesday.'
    [q] = extract_quotes(body)
    assert (q.speaker, q.text, q.direct) == ("Abe Lund", "disgrace", True)


def test_accused_object_of_is_reported_speech() -> None:
    body = (
        "Priya Nair accused the council of ignoring the flood warnings. She urged residents "
        "to stay indoors."
    )
    quotes = _by_text(extract_quotes(body))
    accused = quotes["the council of ignoring the flood warnings"]
    assert (accused.speaker, accused.cue, accused.direct) == ("Priya Nair", "accused", False)
    assert quotes["residents to stay indoors"].speaker == "Priya Nair"


def test_passive_accused_and_said_nothing_are_not_speech() -> None:
    body = "Rita Moss was accused of lying. The defendant, Tom Fry, said nothing."
    assert extract_quotes(body) == []


def test_argued_for_years_that() -> None:
    body = "Portugal argued for years that the treaty was unfair to small fishing towns."
    [q] = extract_quotes(body)
    assert (q.speaker, q.text) == ("Portugal", "the treaty was unfair to small fishing towns")


def test_forecast_verb_with_a_finite_clause_and_no_that() -> None:
    body = (
        "The research firm Autoscope expects 2.1 million cars will be sold this year. "
        "Autoscope expected growth in spring."
    )
    [q] = extract_quotes(body)
    assert (q.speaker, q.cue) == ("Autoscope", "expects")
    assert q.text == "2.1 million cars will be sold this year"


def test_family_name_first_used_alone_is_the_full_name() -> None:
    body = (
        "Wang Lifen, a nurse in Harbin, said she walks to work every day. A keen walker, "
        "Wang said that the habit cost nothing."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["she walks to work every day"].speaker == "Wang Lifen"
    assert quotes["the habit cost nothing"].speaker == "Wang Lifen"


def test_mixed_case_surname_used_alone_is_the_full_name() -> None:
    body = (
        '"Orders are slowing," Harbor Freightways chief Rosa McAllister said. Fuel prices '
        "have pushed costs up, McAllister said."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["Orders are slowing"].speaker == "Rosa McAllister"
    assert quotes["Fuel prices have pushed costs up"].speaker == "Rosa McAllister"


def test_figures_according_to_a_body_of_nations_are_data() -> None:
    body = "Fish catches fell by 30 percent last year, according to the Forum of Pacific Nations."
    assert extract_quotes(body) == []


def test_name_followed_by_which_is_an_organisation() -> None:
    body = (
        "Maya Lind left Copper Fern, which was sold to a larger label in May. Copper Fern says "
        "she may still tour with her band. The company said it wished her well."
    )
    quotes = _by_text(extract_quotes(body))
    tour = quotes["she may still tour with her band"]
    assert (tour.speaker, tour.speaker_kind) == ("Copper Fern", "organisation")
    assert quotes["it wished her well"].speaker == "Copper Fern"


def test_production_company_is_an_organisation() -> None:
    body = "Tallow Bay Productions denied that the budget had doubled."
    [q] = extract_quotes(body)
    assert (q.speaker, q.speaker_kind) == ("Tallow Bay Productions", "organisation")


def test_name_inside_an_earlier_apposition_is_not_the_speaker() -> None:
    body = (
        "Odile Ferrand, a heart surgeon and a member of the Regional Health Council, the "
        "top advisory body, said that waiting lists had doubled."
    )
    [q] = extract_quotes(body)
    assert q.speaker == "Odile Ferrand"
    assert q.text == "waiting lists had doubled"


def test_relative_clause_before_an_apposition_keeps_the_inner_name() -> None:
    body = (
        "Staff at Bellweather Mills, which last week heard from Rui Santos, the firm's new "
        "owner, confirming he would keep the plant open, were relieved."
    )
    quotes = extract_quotes(body)
    assert [q.speaker for q in quotes] == ["Rui Santos"]


def test_platform_after_on_is_not_the_subject_of_a_participle_cue() -> None:
    body = (
        "Last week, Nadia Blom posted on Instagram accusing her former agency of keeping her fees."
    )
    [q] = extract_quotes(body)
    assert q.speaker == "Nadia Blom"
    assert q.text == "her former agency of keeping her fees"


def test_name_inside_an_opening_prepositional_phrase_is_not_the_subject() -> None:
    body = (
        "In a Substack essay last spring she described the deal as a mistake and accused "
        "the board of hiding the losses."
    )
    assert all(q.speaker != "Substack" for q in extract_quotes(body))


def test_officials_in_a_capital_are_anonymous() -> None:
    body = "Officials in Tallinn said the border would stay shut."
    assert extract_quotes(body) == []


def test_inverted_attribution_with_a_trailing_adverbial_clause() -> None:
    body = (
        "Taxes will not rise next year, Finance Minister Olu Bade said on Monday, ahead of a "
        "vote on the budget. The ferry will run again in May, Karl Weiss said, as the storm "
        "eased."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["Taxes will not rise next year"].speaker == "Olu Bade"
    assert quotes["The ferry will run again in May"].speaker == "Karl Weiss"


def test_role_description_resolves_forward_to_the_titled_name() -> None:
    body = (
        "The museum will reopen in spring, Norway's culture minister said on Friday, after "
        'months of repairs to the roof. "The doors will open on 1 April," Culture Minister '
        "Siri Dahl said."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["The museum will reopen in spring"].speaker == "Siri Dahl"
    assert quotes["The doors will open on 1 April"].speaker == "Siri Dahl"


def test_possessive_apposition_with_a_role_and_mixed_quote_marks() -> None:
    body = (
        "\u201cPrices will fall in spring,\" Jo Bell, Kestrel Motors' chief economist, said in "
        'a statement. "Buyers should wait."'
    )
    quotes = _by_text(extract_quotes(body))
    first = quotes["Prices will fall in spring"]
    assert first.speaker == "Jo Bell"
    assert first.speaker_titles == ("Kestrel Motors' chief economist",)
    assert quotes["Buyers should wait."].speaker == "Jo Bell"


def test_possessive_apposition_before_an_indirect_cue() -> None:
    body = "Amir Haddad, Harbour Rail's general secretary, said the strike would go ahead."
    [q] = extract_quotes(body)
    assert (q.speaker, q.text) == ("Amir Haddad", "the strike would go ahead")
    assert q.speaker_titles == ("Harbour Rail's general secretary",)


def test_the_n_year_old_is_the_person_just_named() -> None:
    body = (
        'Dana Kowalski, a nurse from Gdansk, took up rowing last year. "I never expected to '
        'win," said the 27-year-old. The 27-year-old said she would race again.'
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["I never expected to win"].speaker == "Dana Kowalski"
    assert quotes["she would race again"].speaker == "Dana Kowalski"


def test_an_n_year_old_alone_is_not_resolved() -> None:
    body = '"The water came in fast," said a 40-year-old who lives by the river.'
    assert extract_quotes(body) == []


def test_inverted_attribution_in_a_long_named_medium() -> None:
    body = (
        "Fuel costs are rising faster than wages, Mayor Ines Roth said in the council's "
        "weekly video message."
    )
    [q] = extract_quotes(body)
    assert (q.speaker, q.text) == ("Ines Roth", "Fuel costs are rising faster than wages")


def test_long_label_after_called_object_a() -> None:
    body = (
        "Mayor Ines Roth called the new bus network a \u201cbold plan that will change how "
        "this whole county moves for decades to come.\u201d"
    )
    [q] = extract_quotes(body)
    assert (q.speaker, q.direct) == ("Ines Roth", True)
    assert q.text == "bold plan that will change how this whole county moves for decades to come."


def test_denied_with_a_gerund_after_an_adverb() -> None:
    body = (
        "Oren Balik runs the fund. He has consistently denied misleading investors. Kestrel "
        "Works have twice denied cutting wages. Ada Marr has never denied taking the money."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["misleading investors"].speaker == "Oren Balik"
    assert quotes["cutting wages"].speaker == "Kestrel Works"
    assert "taking the money" not in quotes


def test_organisation_named_in_apposition_to_a_description() -> None:
    body = (
        "The label that owns most of her songs, Copper Fern, says she may still tour. The "
        "company that runs the Harvest Fair, Bluegate Leisure, denies that the show was "
        "cancelled."
    )
    quotes = _by_text(extract_quotes(body))
    tour = quotes["she may still tour"]
    assert (tour.speaker, tour.speaker_kind) == ("Copper Fern", "organisation")
    show = quotes["the show was cancelled"]
    assert (show.speaker, show.speaker_kind) == ("Bluegate Leisure", "organisation")


def test_they_after_an_organisation_is_that_organisation() -> None:
    body = (
        'Copper Fern Records has denied any wrongdoing. "We never blocked her tour," they '
        "said in a statement."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["We never blocked her tour"].speaker == "Copper Fern Records"


def test_they_after_people_is_not_resolved() -> None:
    body = (
        'Residents met the mayor on Friday. "We want the road fixed," they said. Lena Ortiz '
        'met Tom Vale. "We agreed on nothing," they said.'
    )
    assert extract_quotes(body) == []


def test_a_persons_office_speaks_for_that_person_and_called_on_is_a_second_cue() -> None:
    body = (
        "Governor Ada Crane's office said the bridge would reopen on Friday and called on "
        "drivers to avoid the area."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["the bridge would reopen on Friday"].speaker == "Ada Crane"
    appeal = quotes["drivers to avoid the area"]
    assert (appeal.speaker, appeal.cue) == ("Ada Crane", "called on")


def test_legal_office_titles_are_not_part_of_the_name() -> None:
    body = (
        "Public Prosecutor Ilse Varga said the case was closed. Ombudsman Rui Tavares said "
        "he would appeal."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["the case was closed"].speaker == "Ilse Varga"
    assert quotes["he would appeal"].speaker == "Rui Tavares"


def test_middle_initial_and_generation_suffix_stay_in_the_full_name() -> None:
    body = (
        "Harold T. Benning Jr., the chief prosecutor for the Northern District of Ohio, said "
        'the verdict sent a clear message. "It is a good day," Benning said in a statement.'
    )
    quotes = _by_text(extract_quotes(body))
    first = quotes["the verdict sent a clear message"]
    assert first.speaker == "Harold T. Benning Jr."
    assert first.speaker_titles == ("chief prosecutor for the Northern District of Ohio",)
    assert quotes["It is a good day"].speaker == "Harold T. Benning Jr."


def test_middle_initial_name_after_a_sentence_ending_in_a_capital() -> None:
    body = 'They chose Plan B. Voters rejected it. Mary K. Okafor sang. "Great," said Okafor.'
    [q] = extract_quotes(body)
    assert (q.speaker, q.text) == ("Mary K. Okafor", "Great")


def test_participle_cue_after_a_temporal_preposition() -> None:
    body = (
        "Coach Lia Brandt resigned on Friday, after accusing the club of ignoring her advice. "
        "Brokers make money by selling data."
    )
    [q] = extract_quotes(body)
    assert (q.speaker, q.cue) == ("Lia Brandt", "accusing")
    assert q.text == "the club of ignoring her advice"


def test_a_war_is_not_a_pronoun_antecedent() -> None:
    body = (
        "Ivo Stern, who fought in the Korean War, spoke on Sunday. He said the memorial was "
        "too small. Fans of the Winter Games said nothing."
    )
    [q] = extract_quotes(body)
    assert (q.speaker, q.text) == ("Ivo Stern", "the memorial was too small")


def test_role_introduced_as_unnamed_is_not_given_to_a_nearby_name() -> None:
    body = (
        "Mayor Lise Arnaud visited the ward on Monday. A nurse on the ward told reporters "
        "that she had worked for two days. \u201cWe are exhausted,\u201d the nurse said."
    )
    quotes = extract_quotes(body)
    assert all(q.speaker != "Lise Arnaud" for q in quotes)


def test_role_given_to_a_named_person_still_resolves() -> None:
    body = 'Nurse Ada Pole runs the ward. "We are exhausted," the nurse said.'
    [q] = extract_quotes(body)
    assert (q.speaker, q.text) == ("Ada Pole", "We are exhausted")


def test_figures_according_to_an_unknown_name_are_data() -> None:
    body = (
        "Sales fell 12 percent in October, according to Halvorsen Insights. Economist Ravi "
        "Anand spoke on Monday. According to Anand, prices will rise 3 percent."
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [("Ravi Anand", "prices will rise 3 percent")]


def test_figures_according_to_a_person_with_a_first_name_are_speech() -> None:
    body = "According to Nora Pike, the plan would cost 2 billion euros."
    [q] = extract_quotes(body)
    assert (q.speaker, q.cue) == ("Nora Pike", "according to")


def test_it_skips_names_inside_an_opening_phrase_or_after_a_preposition() -> None:
    body = (
        "Copper Fern Records says the tour can go ahead. In a Substack post last week the "
        'singer disagreed. Fans on Reddit were angry. "We never blocked the tour," it says.'
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["We never blocked the tour"].speaker == "Copper Fern Records"


def test_name_taken_up_by_its_is_an_organisation() -> None:
    body = (
        "Copper Fern Records was sold. In Berlin, Harbour Music said its staff would stay. "
        '"We are glad," it said. Lena Ortiz said it was a good day.'
    )
    quotes = _by_text(extract_quotes(body))
    staff = quotes["its staff would stay"]
    assert (staff.speaker, staff.speaker_kind) == ("Harbour Music", "organisation")
    assert quotes["We are glad"].speaker == "Harbour Music"
    assert quotes["it was a good day"].speaker_kind == "person"


def test_company_word_before_a_product_name_stays_the_company() -> None:
    body = (
        "Orbiton Cloudplay goes on sale next week. Orbiton said the controller would work "
        'with phones. "We expect strong demand," it said.'
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["the controller would work with phones"].speaker == "Orbiton"
    assert quotes["We expect strong demand"].speaker == "Orbiton"


def test_the_news_agency_as_source_is_not_a_speaker() -> None:
    body = (
        "A farmer near Ostrava was taken to hospital, according to the Czech News Agency. "
        "The man, who was not named, was in a stable condition, the news agency said, citing "
        "the regional health office. Prague Health Institute said that the risk was low."
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Prague Health Institute", "the risk was low")
    ]


def test_attorneys_office_for_a_district_is_one_organisation() -> None:
    body = (
        "A Toledo man admitted fraud on Monday, the U.S. Attorney\u2019s Office for the "
        "Northern District of Ohio said in a statement. The County Attorney's Office said the "
        "case was closed."
    )
    quotes = _by_text(extract_quotes(body))
    first = quotes["A Toledo man admitted fraud on Monday"]
    assert first.speaker == "U.S. Attorney\u2019s Office for the Northern District of Ohio"
    assert first.speaker_kind == "organisation"
    assert quotes["the case was closed"].speaker == "County Attorney's Office"


def test_the_ministry_prefers_an_organisation_with_that_head() -> None:
    body = (
        "The Health Ministry banned the drug on Monday. Norway said it would follow. The "
        "ministry said that more tests were needed."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["more tests were needed"].speaker == "Health Ministry"


def test_the_company_prefers_an_organisation_named_like_a_company() -> None:
    body = (
        "Brightwater Foods recalled the jars. Norway said it would check its shops. The "
        "company said the risk was small."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["the risk was small"].speaker == "Brightwater Foods"


# --------------------------------------------------------------------------- generalisation
# Passages written for these tests, one phenomenon each, in the styles of wire copy, features
# and commentary (issue 4: rules that carry over to unseen news).


def _pairs(body: str) -> list[tuple[str, str]]:
    quotes = extract_quotes(body)
    _check_offsets(body, quotes)
    return [(q.speaker, q.text) for q in quotes]


def test_an_agency_that_is_no_news_agency_speaks() -> None:
    body = "The European Space Agency says the probe will reach lunar orbit in March."
    [q] = extract_quotes(body)
    assert (q.speaker, q.speaker_kind) == ("European Space Agency", "organisation")
    assert q.text == "the probe will reach lunar orbit in March"
    # A news agency is still the article's own source.
    body = "The Czech News Agency said the dam had held. CNBC reported that the deal was off."
    assert extract_quotes(body) == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("State Department officials said the talks would resume next week.", "State Department"),
        (
            "Department of Health officials said the talks would resume next week.",
            "Department of Health",
        ),
        (
            "Officials at the Federal Aviation Administration said the talks would resume "
            "next week.",
            "Federal Aviation Administration",
        ),
    ],
)
def test_officials_of_a_named_body_speak_for_it(body: str, speaker: str) -> None:
    [q] = extract_quotes(body)
    assert (q.speaker, q.speaker_kind) == (speaker, "organisation")
    assert q.text == "the talks would resume next week"


def test_officials_of_no_named_body_stay_anonymous() -> None:
    body = (
        "US officials said the talks would resume next week. Officials in Geneva said the "
        "venue was ready. Senior officials said the plan was sound."
    )
    assert extract_quotes(body) == []


@pytest.mark.parametrize(
    "cue", ["says", "adds", "explains", "warns", "insists", "argued", "revealed", "notes"]
)
def test_present_tense_and_less_common_cues(cue: str) -> None:
    body = f"Economist Tom Reyes {cue} that inflation will stay above target until 2026."
    assert _pairs(body) == [("Tom Reyes", "inflation will stay above target until 2026")]


def test_inverted_present_tense_cues() -> None:
    body = (
        '"The ice is melting faster than any model predicted," explains Professor Lena Hart, '
        "a glaciologist at Bergen University. The harvest will be the smallest in a decade, "
        "warns the National Farmers Union."
    )
    assert _pairs(body) == [
        ("Lena Hart", "The ice is melting faster than any model predicted"),
        ("National Farmers Union", "The harvest will be the smallest in a decade"),
    ]


def test_as_x_notes_takes_the_main_clause() -> None:
    body = "As Tom Reyes notes, the central bank has little room to cut rates."
    assert _pairs(body) == [("Tom Reyes", "the central bank has little room to cut rates")]


def test_a_denial_or_confirmation_without_a_content_clause_is_no_quote() -> None:
    body = (
        "Governor Ada Crane denied the allegations. Mayor Tom Price denied any wrongdoing. "
        "Harbour Foods confirmed the deal."
    )
    assert extract_quotes(body) == []
    body = (
        "Governor Ada Crane denied that she had misled voters. "
        "Mayor Tom Price denied breaking the rules."
    )
    assert _pairs(body) == [
        ("Ada Crane", "she had misled voters"),
        ("Tom Price", "breaking the rules"),
    ]


def test_lyrics_and_chants_are_no_quotes() -> None:
    body = (
        'The singer Mia Lund sang "Let it be" to a crowd of 50,000. '
        'Protesters chanted "No war, no war" outside the embassy.'
    )
    assert extract_quotes(body) == []


# A body extracted from HTML with inline tags may break a line between a cue and its content,
# and a quotation may run on into the next paragraph.


def test_reported_words_on_the_line_after_said_and_a_colon() -> None:
    body = (
        "In a statement, the Northern Rail Company said:\n"
        "The line will reopen on Monday after repairs."
    )
    assert _pairs(body) == [
        ("Northern Rail Company", "The line will reopen on Monday after repairs")
    ]
    body = "Nora Pike told reporters:\nThe plan will be ready by June."
    assert _pairs(body) == [("Nora Pike", "The plan will be ready by June")]


def test_a_quote_running_over_a_line_break_is_one_quote() -> None:
    body = 'Nora Pike said: "We will not back down.\nWe have the support of the whole country."'
    [q] = extract_quotes(body)
    assert (q.speaker, q.direct) == ("Nora Pike", True)
    assert q.text == "We will not back down.\nWe have the support of the whole country."


def test_a_paragraph_continuation_quote_still_gives_one_record_per_paragraph() -> None:
    body = (
        'Nora Pike said: "We will not back down.\n"We have the support of the whole country," '
        "she added."
    )
    assert _pairs(body) == [
        ("Nora Pike", "We will not back down."),
        ("Nora Pike", "We have the support of the whole country"),
    ]


def test_a_floating_quote_next_to_an_attribution_of_the_same_speaker() -> None:
    body = (
        "Tom Reyes, the fund's manager, was upbeat about the results.\n"
        '"This is the best quarter we have had in a decade," he said. "We expect more of the same."'
    )
    assert _pairs(body) == [
        ("Tom Reyes", "This is the best quarter we have had in a decade"),
        ("Tom Reyes", "We expect more of the same."),
    ]


def test_said_with_a_colon_ending_its_paragraph_introduces_the_next_one() -> None:
    body = 'The minister, Nora Pike, said on Twitter:\n\n"We will not back down."'
    [q] = extract_quotes(body)
    assert (q.speaker, q.text, q.cue) == ("Nora Pike", "We will not back down.", "said")
    body = "The Northern Rail Company said in a statement:\n\nThe line will reopen on Monday."
    assert _pairs(body) == [("Northern Rail Company", "The line will reopen on Monday")]


def test_an_organisation_in_apposition_to_a_short_description() -> None:
    body = "The campaign group, Ocean Watch, said the spill was a disaster."
    [q] = extract_quotes(body)
    assert (q.speaker, q.speaker_kind) == ("Ocean Watch", "organisation")


def test_a_country_and_its_ministry_are_different_speakers() -> None:
    body = (
        "Iran said it would not resume talks. Iran's Foreign Ministry later said the envoy "
        "had been recalled."
    )
    assert _pairs(body) == [
        ("Iran", "it would not resume talks"),
        ("Foreign Ministry", "the envoy had been recalled"),
    ]


def test_a_line_break_inside_an_attribution() -> None:
    body = "Nora Pike told\nThe Times\nthat the plan would fail."
    assert _pairs(body) == [("Nora Pike", "the plan would fail")]
    body = 'Nora Pike said\n"We will not back down."'
    assert _pairs(body) == [("Nora Pike", "We will not back down.")]
    text = "Nora Pike told\nThe Times\nthat it would."
    assert split_sentences(text) == [(0, len(text))]


def test_a_quote_standing_alone_before_a_paragraph_opening_with_its_speaker() -> None:
    body = '"We will not back down."\n\nNora Pike, the transport minister, said the plan was sound.'
    assert _pairs(body) == [
        ("Nora Pike", "We will not back down."),
        ("Nora Pike", "the plan was sound"),
    ]
    # The speaker named later in the sentence, not opening it: no.
    body = '"We will not back down."\n\nOn Monday the plan was defended by Nora Pike.'
    assert extract_quotes(body) == []


def test_broadcasters_are_media_as_the_articles_source() -> None:
    body = (
        "According to CNBC, the merger will be announced on Friday. NPR reported that the "
        "talks had stalled."
    )
    assert extract_quotes(body) == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The U.S. Food and Drug Administration said the drug was safe.",
            "U.S. Food and Drug Administration",
        ),
        (
            "The Centers for Disease Control and Prevention says the drug was safe.",
            "Centers for Disease Control and Prevention",
        ),
        (
            "The Department of Health and Social Care said the drug was safe.",
            "Department of Health and Social Care",
        ),
    ],
)
def test_an_organisation_name_with_and_is_one_speaker(body: str, speaker: str) -> None:
    [q] = extract_quotes(body)
    assert (q.speaker, q.speaker_kind, q.text) == (speaker, "organisation", "the drug was safe")


@pytest.mark.parametrize(
    ("body", "speaker", "title"),
    [
        (
            "Bank of England Governor Andrew Bailey said rates would stay high.",
            "Andrew Bailey",
            "Bank of England Governor",
        ),
        (
            "Minister for Health Simon Harris said rates would stay high.",
            "Simon Harris",
            "Minister for Health",
        ),
        (
            "Secretary of State for Transport Ana Vale said rates would stay high.",
            "Ana Vale",
            "Secretary of State for Transport",
        ),
    ],
)
def test_a_person_after_a_title_naming_an_organisation_or_portfolio(
    body: str, speaker: str, title: str
) -> None:
    [q] = extract_quotes(body)
    assert (q.speaker, q.speaker_kind, q.speaker_titles) == (speaker, "person", (title,))
    assert q.text == "rates would stay high"


def test_a_song_or_a_banner_after_a_colon_is_no_quote() -> None:
    body = (
        'Mia Lund said the song meant a lot to her. Then she sang: "Let it be, let it be, '
        'there will be an answer." Tom Reyes said the protest was peaceful. The banner read: '
        '"No more cuts to our schools."'
    )
    assert _pairs(body) == [
        ("Mia Lund", "the song meant a lot to her"),
        ("Tom Reyes", "the protest was peaceful"),
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Japan's foreign ministry said the leaders would meet in Osaka.",
            "Japan's foreign ministry",
        ),
        ("Israel's military said the leaders would meet in Osaka.", "Israel's military"),
        ("Peru's health agency said the leaders would meet in Osaka.", "Peru's health agency"),
    ],
)
def test_a_countrys_body_named_with_a_possessive_speaks(body: str, speaker: str) -> None:
    [q] = extract_quotes(body)
    assert (q.speaker, q.speaker_kind) == (speaker, "organisation")
    assert q.text == "the leaders would meet in Osaka"


def test_a_persons_message_before_a_colon_introduces_their_words() -> None:
    body = (
        'Nora Pike was asked about the cuts. Pike\'s message was clear: "We will not back down." '
        'Nora Pike\'s answer to the unions was blunt: "No, we will not."'
    )
    assert _pairs(body) == [
        ("Nora Pike", "We will not back down."),
        ("Nora Pike", "No, we will not."),
    ]
    # An organisation's message or a description's: nobody named.
    body = 'Apple\'s message was clear: "Buy more phones." The plan\'s aim was simple: "Growth."'
    assert extract_quotes(body) == []


def test_an_attribution_on_its_own_line_after_the_quote() -> None:
    body = '"We will not back down. Not now."\nNora Pike said.'
    [q] = extract_quotes(body)
    assert (q.speaker, q.cue, q.text) == ("Nora Pike", "said", "We will not back down. Not now.")
    body = '"We will not back down."\n\nNora Pike, the transport minister, said on Monday.'
    assert _pairs(body) == [("Nora Pike", "We will not back down.")]


@pytest.mark.parametrize(
    "attribution",
    [
        "Nora Pike went on to say that",
        "Nora Pike later told a press conference",
        "Nora Pike, speaking to reporters in Leeds, warned",
        "Nora Pike warned ministers that",
    ],
)
def test_addressees_and_went_on_to_say(attribution: str) -> None:
    body = f"{attribution} the plan would fail."
    assert _pairs(body) == [("Nora Pike", "the plan would fail")]


def test_a_prepositional_object_is_no_reported_speech() -> None:
    body = (
        "Nora Pike insisted on a recount. Tom Reyes argued with the referee. "
        "Ada Crane warned against complacency."
    )
    assert extract_quotes(body) == []
    body = "Nora Pike insisted on Monday that the plan would fail."
    assert _pairs(body) == [("Nora Pike", "the plan would fail")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "title"),
    [
        (
            "Ohio House Speaker Dana Pruitt said the vote would wait.",
            "Dana Pruitt",
            "Ohio House Speaker",
        ),
        (
            "The agency's Administrator Carl Voss said the vote would wait.",
            "Carl Voss",
            "Administrator",
        ),
        (
            "Halbrook Capital Chief Economist Mina Osei said the vote would wait.",
            "Mina Osei",
            "Halbrook Capital Chief Economist",
        ),
        ("City Manager Rosa Lind said the vote would wait.", "Rosa Lind", "City Manager"),
    ],
)
def test_capitalised_posts_before_a_name_are_titles_not_the_name(
    sentence: str, speaker: str, title: str
) -> None:
    (q,) = extract_quotes(sentence)
    assert q.text == "the vote would wait"
    assert q.speaker == speaker
    assert q.speaker_titles == (title,)


def test_doubled_single_marks_stand_for_double_quotation_marks() -> None:
    body = (
        "“The fares are simply too high,’’ Anna Brook, director of the campaign group Open "
        "Roads, told reporters. “And the operator knows it.”\n"
        "The Harbour Board said it has ‘‘no power over ticket prices.’’"
    )
    quotes = _by_text(extract_quotes(body))
    _check_offsets(body, list(quotes.values()))
    assert quotes["The fares are simply too high"].speaker == "Anna Brook"
    assert quotes["And the operator knows it."].speaker == "Anna Brook"
    mixed = quotes["it has ‘‘no power over ticket prices.’’"]
    assert mixed.speaker == "Harbour Board"
    assert not mixed.direct


def test_a_quote_ending_in_a_question_or_exclamation_mark_keeps_its_attribution() -> None:
    body = (
        "“We can try a new route, but who is going to pay for it, right?” Marta Ilves said. "
        "“Not again!” Tom Baird told reporters."
    )
    quotes = _by_text(extract_quotes(body))
    first = quotes["We can try a new route, but who is going to pay for it, right?"]
    assert (first.speaker, first.cue) == ("Marta Ilves", "said")
    second = quotes["Not again!"]
    assert (second.speaker, second.cue) == ("Tom Baird", "told")


def test_inverted_attribution_followed_by_a_participle_clause() -> None:
    body = (
        "Nadia Ferris heads the port authority. Cheaper freight is key to keeping the port "
        "busy, Ferris said, pointing to the new rail link. Prices will rise, Ferris said, "
        "adding that wages would not keep up."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["Cheaper freight is key to keeping the port busy"].speaker == "Nadia Ferris"
    assert quotes["Prices will rise"].speaker == "Nadia Ferris"
    assert quotes["wages would not keep up"].speaker == "Nadia Ferris"


def test_attribution_interrupting_a_coordinated_predicate_gives_the_whole_sentence() -> None:
    body = (
        "Nadia Ferris heads the port authority. The engineers traced the fault, Ferris said, "
        "and replaced the pump within hours. Costs are up, Ferris said, and she wants a review."
    )
    quotes = _by_text(extract_quotes(body))
    whole = "The engineers traced the fault, Ferris said, and replaced the pump within hours"
    assert quotes[whole].speaker == "Nadia Ferris"
    # A new clause after "and" is not the same reported clause: no record spans both.
    assert not any(t.startswith("Costs are up, Ferris said") for t in quotes)


def test_a_second_attribution_with_a_pronoun_subject_ends_the_first_content() -> None:
    body = (
        "Lena Marsh leads the union. Marsh said it depends on the size of the offer, but she "
        "said that she expects a vote within weeks."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["it depends on the size of the offer"].speaker == "Lena Marsh"
    assert quotes["she expects a vote within weeks"].speaker == "Lena Marsh"


def test_time_and_place_adverbials_between_the_cue_and_that_are_skipped() -> None:
    body = (
        "Dara Venn and Ole Brink run the depot. Venn said at the time that the roof was "
        "sound. Brink said on Monday evening that the repairs were finished."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["the roof was sound"].speaker == "Dara Venn"
    assert quotes["the repairs were finished"].speaker == "Ole Brink"


def test_a_coordinated_second_speech_act_ends_the_reported_clause() -> None:
    body = (
        "Dara Venn runs the depot. Venn claimed that the drivers were paid on time and asked "
        "the council to review the contract — but the records tell another story."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["the drivers were paid on time"].speaker == "Dara Venn"


def test_first_between_the_speaker_and_the_cue_is_skipped() -> None:
    body = (
        "Ines Kaur chairs the board. When Kaur first announced the budget, she said the "
        "school would not close."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["the school would not close"].speaker == "Ines Kaur"


def test_a_role_noun_resolves_to_the_name_given_in_apposition_to_it() -> None:
    body = (
        "Dunmore Mills will close two plants, staff were told. The union, Dunmore Textile "
        "Workers, was formed last year. Dunmore Mills said it had no choice. The union said "
        "on Friday that the closures broke an agreement."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["it had no choice"].speaker == "Dunmore Mills"
    assert quotes["the closures broke an agreement"].speaker == "Dunmore Textile Workers"


def test_a_speech_noun_with_a_possessive_pronoun_and_a_that_clause() -> None:
    body = (
        "Mayor Ruth Okafor faces a recall vote. Okafor is under pressure over her "
        "much-repeated pledge that bus fares would be frozen until 2026. Critics mocked her "
        "promise."
    )
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Ruth Okafor", "bus fares would be frozen until 2026")
    ]


def test_a_stray_space_after_an_opening_mark_still_starts_a_sentence() -> None:
    body = "“Running a port is hard work,” Ferris said. “ I would not change a thing.”"
    spans = [body[s:e] for s, e in split_sentences(body)]
    assert spans == [
        "“Running a port is hard work,” Ferris said.",
        "“ I would not change a thing.”",
    ]
    quotes = _by_text(extract_quotes(body))
    assert quotes["I would not change a thing."].speaker == "Ferris"


def test_a_state_department_of_something_is_an_organisation() -> None:
    body = "The Oregon Department of Transportation said the bridge was safe."
    (q,) = extract_quotes(body)
    assert q.speaker == "Oregon Department of Transportation"
    assert q.speaker_kind == "organisation"


def test_he_or_she_after_a_fronted_clause_is_the_person_named_in_it() -> None:
    body = (
        "“We are short of drivers,” Ann Cole said. While the “Fares. Fair.” plan did not "
        "appeal to Julie Grant, Oregon Department of Transportation planner, she said she "
        "would not judge it."
    )
    quotes = _by_text(extract_quotes(body))
    assert quotes["We are short of drivers"].speaker == "Ann Cole"
    assert quotes["she would not judge it"].speaker == "Julie Grant"


def test_a_fronted_participle_with_a_that_clause_belongs_to_the_main_subject() -> None:
    body = (
        "Tom Baird chairs the panel. Noting that the river had flooded twice this year, "
        "Baird said the levee would be raised. Noting that the sky was clear, the crews "
        "went out."
    )
    quotes = extract_quotes(body)
    got = {(q.speaker, q.text) for q in quotes}
    assert ("Tom Baird", "the river had flooded twice this year") in got
    assert ("Tom Baird", "the levee would be raised") in got
    assert not any("sky" in q.text for q in quotes)
