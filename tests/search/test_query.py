"""search.query: how a query string becomes words and phrases for both indexes."""

from __future__ import annotations

import pytest

from newsarchive.pipeline import segment
from newsarchive.search.query import EmptyQuery, SearchQuery, fts5_match, matches_tokens, parse


def test_words_are_folded_like_the_articles() -> None:
    assert parse("東盟 算力").words == ("东盟", "算力")
    assert parse("ASEAN Solar").words == ("asean", "solar")


def test_repeated_words_count_once() -> None:
    assert parse("东盟 東盟 东盟").words == ("东盟",)


def test_quoted_text_is_a_phrase_of_the_stored_token_sequence() -> None:
    query = parse('"发展人工智能"')

    assert query.words == ()
    # The long word follows its own sub-words, as cut_for_search stores it.
    assert query.phrases == (("发展", "人工", "智能", "人工智能"),)
    stored = segment.search_tokens("我们要发展人工智能产业")
    joined = " ".join(stored)
    assert " ".join(query.phrases[0]) in joined


@pytest.mark.parametrize(
    "q", ['"发展人工智能"', "“发展人工智能”", "「發展人工智能」", "『发展人工智能』"]
)
def test_phrase_delimiters(q: str) -> None:
    assert parse(q) == SearchQuery(phrases=(("发展", "人工", "智能", "人工智能"),))


def test_single_word_in_quotes_is_a_word() -> None:
    assert parse('"东盟"') == SearchQuery(words=("东盟",))


def test_mixed_words_and_phrases() -> None:
    query = parse('Beijing "data centres" 東盟')

    assert query.words == ("beijing", "东盟")
    assert query.phrases == (("data", "centres"),)


@pytest.mark.parametrize("q", ["", "   ", "……", '""', "!!! ???", "___"])
def test_a_query_without_words_is_rejected(q: str) -> None:
    with pytest.raises(EmptyQuery):
        parse(q)


def test_an_unbalanced_quote_is_a_plain_word_list() -> None:
    assert parse('"data centres').words == ("data", "centres")


@pytest.mark.parametrize(
    "q",
    ['" OR "x', "a AND b", "NEAR(a b)", "col:word", "pre*", "^start", "a + b", "-neg", "(x)"],
)
def test_fts5_match_is_made_only_of_quoted_strings(q: str) -> None:
    match = fts5_match(parse(q))

    # Strip the quoted strings: only the AND/+ joiners and brackets we wrote remain.
    outside = []
    inside = False
    i = 0
    while i < len(match):
        ch = match[i]
        if ch == '"':
            if inside and i + 1 < len(match) and match[i + 1] == '"':
                i += 2
                continue
            inside = not inside
        elif not inside:
            outside.append(ch)
        i += 1
    assert not inside
    assert set("".join(outside).replace("AND", "")) <= set(" +()")


def test_fts5_match_doubles_quotes_inside_a_token() -> None:
    assert fts5_match(SearchQuery(words=('a"b',))) == '"a""b"'


def test_fts5_match_joins_words_with_and_and_phrase_tokens_with_plus() -> None:
    query = SearchQuery(words=("东盟",), phrases=(("data", "centres"),))

    assert fts5_match(query) == '"东盟" AND ("data" + "centres")'


def test_matches_tokens_all_words_and_phrases_in_order() -> None:
    tokens = segment.search_tokens("“需求正在上升，”Maria Santos said about solar panels.")

    assert matches_tokens(parse("solar 需求"), tokens)
    assert matches_tokens(parse('"solar panels"'), tokens)
    assert not matches_tokens(parse('"panels solar"'), tokens)
    assert not matches_tokens(parse("solar 东盟"), tokens)
