"""A full-text query as the indexes see it: words that must all occur, and phrases.

`q` is split into quoted phrases ("…", “…”, 「…」) and loose words. Each part is folded and
segmented with the same segmenter as articles at ingest (simplified, case-folded), so a
traditional query finds simplified text and a two-character word such as 东盟 is one token.

Phrases and sub-words. At ingest `cut_for_search` writes the shorter words inside a long
word just before it: 发展人工智能 is stored as `发展 人工 智能 人工智能`. A phrase is therefore
matched on the same expansion of its words (`发展 人工 智能 人工智能`), which keeps the stored
adjacency; a loose word is matched on its coarse form only (`人工智能`), which is always
among the stored tokens of an article that contains it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsarchive.pipeline import segment

# Straight and typographic double quotes, and CJK corner brackets, delimit a phrase.
_PHRASE = re.compile(r'"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』')


class EmptyQuery(ValueError):
    """The query has no searchable word (only punctuation or spaces)."""


@dataclass(frozen=True)
class SearchQuery:
    """Words that must all occur in an article, and phrases that must occur as written."""

    words: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = field(default_factory=tuple)

    @property
    def is_empty(self) -> bool:
        return not self.words and not self.phrases


def _searchable(token: str) -> bool:
    # Both index tokenizers drop tokens without a letter or digit (e.g. "_"), so must we.
    return any(ch.isalnum() for ch in token)


def _phrase_tokens(text: str) -> tuple[str, ...]:
    """The stored token sequence of a phrase: each coarse word after its own sub-words."""
    tokens: list[str] = []
    for word in segment.query_tokens(text):
        tokens.extend(t for t in segment.search_tokens(word) if _searchable(t))
    return tuple(t for t in tokens if _searchable(t))


def parse(q: str) -> SearchQuery:
    """Parse a user query; raises EmptyQuery when nothing in it can be searched for."""
    phrases: list[tuple[str, ...]] = []
    words: list[str] = []

    def take_phrase(match: re.Match[str]) -> str:
        text = next(group for group in match.groups() if group is not None)
        tokens = _phrase_tokens(text)
        if len(tokens) == 1:
            words.append(tokens[0])
        elif tokens:
            phrases.append(tokens)
        return " "

    rest = _PHRASE.sub(take_phrase, q)
    for token in segment.query_tokens(rest.replace('"', " ")):
        if _searchable(token) and token not in words:
            words.append(token)
    query = SearchQuery(words=tuple(words), phrases=tuple(dict.fromkeys(phrases)))
    if query.is_empty:
        raise EmptyQuery("the query has no word to search for")
    return query


def fts5_match(query: SearchQuery) -> str:
    """An FTS5 MATCH expression built only from double-quoted strings (no operators from q).

    A quoted string is an FTS5 phrase of whatever tokens the tokenizer finds in it; a double
    quote inside is written twice. `"a" + "b"` is the phrase a b.
    """

    def quoted(token: str) -> str:
        return '"' + token.replace('"', '""') + '"'

    parts = [quoted(word) for word in query.words]
    parts.extend("(" + " + ".join(quoted(t) for t in phrase) + ")" for phrase in query.phrases)
    return " AND ".join(parts)


def matches_tokens(query: SearchQuery, tokens: list[str]) -> bool:
    """Whether a text's search tokens satisfy the query (used where no index applies).

    Tokens are compared after the same splitting on non-alphanumerics as the indexes do, so
    that `covid-19` and `u.s` behave as they do in FTS5.
    """
    stream = [part for token in tokens for part in _split(token)]
    present = set(stream)
    for word in query.words:
        parts = _split(word)
        if len(parts) == 1:
            if parts[0] not in present:
                return False
        elif not _contains_run(stream, parts):
            return False
    for phrase in query.phrases:
        parts = [part for token in phrase for part in _split(token)]
        if not _contains_run(stream, parts):
            return False
    return True


_NON_ALNUM = re.compile(r"[^\w]|_+")


def _split(token: str) -> list[str]:
    return [part for part in _NON_ALNUM.split(token) if part]


def _contains_run(stream: list[str], run: list[str]) -> bool:
    if not run:
        return True
    n = len(run)
    first = run[0]
    return any(token == first and stream[i : i + n] == run for i, token in enumerate(stream))
