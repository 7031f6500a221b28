"""English sentence spans for the quote extractor: offsets into the body, no text is changed.

Lines scraped from web pages are often broken in the middle of a sentence around links
("reported by\\nHarbour Times\\n, said ..."), so a single newline only ends a sentence when the
line before it ends like a sentence or a headline; a blank line always does.
"""

from __future__ import annotations

import re


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = _word_set(
    """mr mrs ms dr prof st lt col gen sgt capt cmdr gov sen rep rev hon jr sr inc co corp ltd
    plc no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft calif fla ill mass
    penn wash conn ariz"""
)
_FUNCTION_WORDS = _word_set(
    """the a an of at by from for and or to in on with as into about than that said says
    told tells added adds warned warns explained explains according"""
)

# A candidate end of sentence: terminal punctuation, optional closing quotes/brackets, space.
_END = re.compile(r"([.!?]+|\.\.\.|…)([\"”’')\]]*)(\s+)")
# An opening mark may be followed by a stray space ("“ I love …").
_NEXT_STARTS = re.compile(r"[\"“‘'(\[]*(?:[“‘]\s)?[A-Z0-9]")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_LINE_END_TERMINAL = re.compile(r"(?:[.!?:…]|\.\.\.)[\"”’')\]]*\s*$")
_LINE_END_WORD = re.compile(r"([A-Za-z0-9]+)\s*$")


# A line ending in a reporting verb and a colon (`The ministry said in a statement:`): the
# next line is what was said (a body split at inline tags).
_CUE_COLON = re.compile(
    r"\b(?:said|says|told|tells|added|adds|explained|explains|stated|states|wrote|writes|"
    r"warned|warns|noted|notes|insisted|insists|argued|argues|declared|announced|replied)"
    r"(?:[ \t]+[\w’'-]+){0,6}[ \t]*:$"
)


def _hard_line_break(prev_line: str, next_line: str) -> bool:
    """Whether a single newline between these two lines ends a sentence."""
    prev = prev_line.rstrip()
    nxt = next_line.lstrip()
    if not prev or not nxt:
        return True
    if prev.endswith(":") and (nxt[:1] in '"“' or _CUE_COLON.search(prev)):
        return False  # `He said:` on its own line, the quote (or the reported words) below
    if _LINE_END_TERMINAL.search(prev):
        return True
    if not _NEXT_STARTS.match(nxt):
        return False  # the next line goes on in lower case or with punctuation
    word = _LINE_END_WORD.search(prev)
    if word is None:
        return False  # ends with a comma, dash, ...
    return word.group(1).lower() not in _FUNCTION_WORDS  # a headline or a caption line


def split_sentences(body: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, whitespace trimmed, in order."""
    cuts: set[int] = set()
    # Line breaks.
    pos = 0
    lines = body.split("\n")
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    for i in range(len(lines) - 1):
        if _hard_line_break(lines[i], lines[i + 1]):
            cuts.add(offsets[i + 1])
    # Terminal punctuation inside lines.
    for m in _END.finditer(body):
        after = m.end()
        if not _NEXT_STARTS.match(body, after):
            continue
        if m.group(1) == ".":
            word = _LAST_WORD.search(body[max(0, m.start() - 30) : m.start()])
            if word is not None:
                w = word.group(1).rstrip(".").lower()
                before = (
                    body[m.start() - len(word.group(1)) - 1]
                    if m.start() > len(word.group(1))
                    else " "
                )
                initial = len(w) == 1 and w.isalpha() and not (before.isalnum() or before == "&")
                if w in _ABBREVIATIONS or initial or "." in w:
                    continue
        cuts.add(m.start(3))
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*sorted(cuts), len(body)]:
        seg = body[start:cut]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        if trail > lead:
            spans.append((start + lead, start + trail))
        start = cut
    return spans
