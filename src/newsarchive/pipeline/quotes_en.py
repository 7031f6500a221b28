"""English speakers and quotes: a rule system over sentences, quotation marks, capitalised
names, a reporting-verb lexicon and simple coreference (he/she/it, "the company", "the prime
minister", "Mr Smith" -> the fullest name in the article). Follows the annotation rules of
../shared/eval/quotes/GUIDELINES.md.

Passes: (1) quoted segments and their attributions ("…," X said / X said: "…"), (2) reported
speech (X said (that) …, …, said X, according to X), (3) floating quotes that continue the
previous speaker, (4) resolution of every speaker mention to a name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from newsarchive.pipeline import quotes_en_lex as lex
from newsarchive.pipeline.model import Quote, SpeakerKind
from newsarchive.pipeline.quotes_en_names import Inventory, is_acronym, person_of, strip_possessive
from newsarchive.pipeline.sentences_en import split_sentences

_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|St|Lt|Col|Gen|Sen|Rep|Gov|Prof|Sgt|Capt|Rev|Jr|Sr)\.|(?:[A-Z]\.){2,}|"
    r"(?<![\w.])[A-Z]\.(?=[ \t]+[A-Z][a-z])|"
    r"[\w$£€][\w&’'\-.$%]*[\w%]|[\w$£€]|[^\w\s]"
)
_CLOSE_MARKS = "”"
_TRIM_END = " \t\n,;:"
_FORWARD_SKIP = re.compile(
    r"(?:\s*,?\s*(?:also|later|again|publicly|repeatedly|yesterday|today|previously|recently|"
    r"however|though|meanwhile|instead|too|"
    r"earlier|separately|for\s+(?:decades|years|months|weeks|days)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:earlier|later)\s+(?:this|that|last)\s+(?:week|month|year)|"
    r"(?:last|this|next)\s+(?:week|month|year|night|weekend|spring|summer|autumn|winter)|"
    r"at\s+the\s+time|at\s+the\s+(?:hearing|meeting|conference|briefing|rally|event)|"
    r"in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w’'-]+\s+){0,3}"
    r"(?:statement|letter|interview|report|note|e-?mail|post|tweet|speech|filing|announcement|"
    r"address|message|video|podcast|column|essay|broadcast)"
    r"(?:\s+(?:to|on|with|released|issued)\s+[\w\s’']{1,40}?(?=[,:]|\s+that\b))?|"
    r"on\s+(?:its|his|her|their)\s+(?:website|blog|account)|at\s+the\s+weekend|"
    r"(?:in\s+a\s+(?:post|video|message)\s+)?on\s+(?:social\s+media|[A-Z][\w.]*)|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)|on\s+\d{1,2}\s+[A-Z][a-z]+)(?=\W))*"
)
_LETTERS = re.compile(r"[A-Za-z]+")
_QUOTE_MARK = re.compile(r'["“”]')
# Longest quotation (characters) that may run over a line break. Not tuned: a few
# paragraphs of a statement.
_MAX_QUOTE_ACROSS_LINES = 600
_MARKS = re.compile(r'["“”\n]')
# What may stand between a cue and the quote it introduces: `said on Monday: "…"`.
_BETWEEN_OK = lex.word_set(
    """on in at last this yesterday today tonight earlier later also then again further simply
    a an the its his her their statement interview letter speech conference briefing post
    tweet week month year night morning evening afternoon weekend monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august
    september october november december"""
)
# Window sizes. Tuned by reading the errors on the English development set
# (../shared/eval/quotes, en/001-015) and checked on passages written for the tests:
# - lower-case words allowed before a name as its description ("union organiser Kim Baxter");
_MAX_DESCRIPTOR = 4
# - length of a quoted label after "described … as" ("reckless"), in characters;
_MAX_LABEL = 90
# - tokens between a cue and the quote it introduces (`told Harbour FM's Morning Show:`);
_MAX_CUE_GAP = 10
# - tokens of a speaker noun phrase after "according to";
_MAX_NAME_TOKENS = 8
# - tokens between a closing quote mark and its cue (an apposition may stand between);
_MAX_POST_ATTRIBUTION = 24
# - sentences back that a floating quote may reach for its speaker (one more inside the same
#   paragraph).
_FLOAT_REACH = 1
# - sentences back that "the company" may reach for an organisation named in passing.
_ORG_REACH = 3
# - sentences back that "he"/"she" may reach for a person named in passing.
_PRONOUN_REACH = 3
# - sentences back that any antecedent search may reach (bounds time on very long texts).
_MAX_LOOKBACK = 60
# - characters a quote record may span (bounds the search for an enclosing record).
_MAX_SPAN = 5000
# Prepositions whose object is never the speaker ("close to the chancellor").
_OBJECT_PREPOSITIONS = lex.word_set(
    "to with about against behind near toward towards among between like than into onto by"
)
# Prepositions opening an adverbial before the subject ("In Lagos, the agency said").
_INTRO_PREPOSITIONS = lex.word_set("in on at after before during since from near across")
# Weak verbs that report a forecast or view when a finite clause follows without "that":
# "the agency expects prices will fall".
_FORECAST_VERBS = lex.word_set("expect expects expected believe believes predicted estimates")
# A trailing adverbial after an inverted attribution: "…, X said, after months of talks".
_TRAILING_CLAUSE = re.compile(
    r",\s*(?:after|before|amid|following|despite|as|while|when|citing|ahead\s+of|in\s+a|"
    r"(?!during\b|thing\b|something\b|nothing\b|everything\b)[a-z]{2,}ing)\b"
)
_INDEFINITE_ROLE: dict[str, re.Pattern[str]] = {}
# A capitalised name closed by a comma: "Harbour Workers Alliance," (after "The group, ").
_APPOSED_NAME = re.compile(r"([A-Z][\w’'&.-]*(?:\s+(?:of|for|and|&|[A-Z][\w’'&.-]*)){0,6}),")
_AGE_NOUN = re.compile(r"\d{1,3}-year-old$")
# Heads of names that may hold a possessive: "the District Attorney's Office".
_OFFICE_HEADS = lex.word_set("office")
_COMPANY_ENDINGS = lex.word_set(
    """inc inc. corp corp. corporation ltd ltd. plc llc co co. group holdings industries foods
    motors airlines airways technologies systems labs partners capital bank securities
    productions records studios"""
)
_ARTICLES = frozenset(["the", "a", "an"])
_PLACE_PREPOSITIONS = lex.word_set("on in at")
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their"])
_SENTENCE_END = frozenset(".!?:;\"”’')…")
_FINITE = lex.word_set("is was were are had has have will would could can should")
_MORE_FINITE = lex.word_set("may might must did does do 's ’s isn't wasn't won't can't")
_CLAUSE_OPENERS = lex.word_set("he she it they we i there this that these those")
_SUBJECT_PRONOUNS = lex.word_set("he she they we i")
_FRONTED_CLAUSE = re.compile(
    r"(?:While|When|Although|Though|After|Before|Since|Because|As|If|Whereas|Once)\b"
)
# Cue words that are also nouns of speech ("her vow that …").
_SPEECH_NOUNS = lex.word_set("vow claim promise pledge warning insistence assertion")
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_RELATIVE_AFTER = re.compile(r",\s*(?:which|who|where|when)\b")
_DIGIT = re.compile(r"\d")
_TO_VERB = re.compile(r"\s+(?:\([^)]{1,20}\)\s+)?to\s+[a-z]")
_RELATIVE_TITLE = re.compile(r"(?:who|which)\s+(?:is|was|are|were)\s+(?:now\s+)?(.*)", re.I)
_NOT_A_TITLE = re.compile(
    r"(?:who|which|whose|where|speaking|writing|is|was|are|were|has|had|have)\b", re.I
)
_THAT = re.compile(r"\s*,?\s*that\b")
_MEDIA_CUES = frozenset(["said", "says", "reported", "reports", "according to"])
# Words that make an "… Agency" a news agency ("Czech News Agency", "Press Agency").
_NEWS_WORDS = lex.word_set("news press wire")
_WORD_RE = re.compile(r"\w")
_PARTICIPLE = re.compile(r"ing$")
_NEG = lex.word_set("not n't never no")
_ABOUT = lex.word_set("of about")
# Prepositions opening a verb's object, not reported words ("insisted on a recount", "argued
# with the referee", "warned against complacency").
_PREPOSITION_OBJECT = lex.word_set("on with against over upon")
_DESCRIPTIVE_CUE = re.compile(
    r"\b(described|describes|describing|branded|brands|called|calls|calling|labelled|labeled|"
    r"dubbed)\b([^\"“”.!?]{0,60}?)\s*$"
)
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_DOC_WORDS = lex.word_set(
    """report survey study data figures statistics research poll census analysis estimates
    index review paper results"""
)
_WRITTEN_SUBJECTS = lex.word_set("letter document statement memo e-mail email note")
# What a participle cue may follow: "a letter saying", "his office saying".
_MEDIUM = lex.word_set(
    """letter statement release office note e-mail email message memo document interview post
    tweet video website newspaper paper blog broadcast speech filing"""
)


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return bool(_WORD_RE.match(self.text))

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class _Ref:
    """A speaker as the text mentions it, before resolution."""

    kind: str  # name | pronoun | role | orgrole | coord | anon
    words: tuple[str, ...]
    pos: int
    name_kind: str = "person"  # for kind == "name": person | org
    titles: list[str] = field(default_factory=list)
    np_start: int = -1  # where the noun phrase starts in the body
    others: list[_Ref] = field(default_factory=list)  # joint speakers: "X and Y said"
    spokes: bool = False  # an unnamed spokesperson: "he" may refer back to them
    fallback: _Ref | None = None  # the organisation of an unnamed office holder


@dataclass
class _Seg:
    """A quoted segment: the marks and the text between them (trimmed)."""

    open: int
    close: int  # position of the closing mark (or where an unclosed quote stops)
    start: int
    end: int
    ref: _Ref | None = None
    cue: str = ""
    cue_pos: int = -1
    consumed: bool = False
    runs_on: bool = False  # left open at a paragraph end: the next paragraph's quote goes on


@dataclass
class _Rec:
    ref: _Ref
    start: int
    end: int
    direct: bool
    cue: str
    seg: _Seg | None = None
    cue_pos: int = -1


@dataclass
class _Resolved:
    name: str
    kind: SpeakerKind
    pos: int
    spokes: bool = False


class _Extractor:
    def __init__(self, body: str) -> None:
        self.body = body
        self.sents = split_sentences(body)
        self.sent_starts = [s for s, _ in self.sents]
        self.sent_start_set = set(self.sent_starts)
        self._sent_toks: dict[int, list[_Tok]] = {}
        self._sent_tok_starts: dict[int, list[int]] = {}
        self._initial_cache: dict[int, bool] = {}
        self.para = self._paragraph_ids()
        self.inv = Inventory(body, set(self.sent_starts))
        self.segs = self._segments()
        self.seg_opens = [s.open for s in self.segs]
        self.records: list[_Rec] = []
        self.used_cues: set[int] = set()
        self.cue_subjects: dict[int, _Ref] = {}
        self.seen_titles: dict[str, list[str]] = {}
        self._text_genders: dict[str, str] | None = None
        self._rec_index: tuple[list[int], list[int]] = ([], [])
        self._mention_pos: list[int] = []

    # -- layout -------------------------------------------------------------------
    def _paragraph_ids(self) -> list[int]:
        ids: list[int] = []
        para = 0
        prev_end = 0
        for s, e in self.sents:
            if "\n" in self.body[prev_end:s]:
                para += 1
            ids.append(para)
            prev_end = e
        return ids

    def sent_of(self, pos: int) -> int:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        return max(i, 0)

    def in_segment(self, pos: int) -> _Seg | None:
        i = bisect.bisect_right(self.seg_opens, pos) - 1
        if i >= 0:
            seg = self.segs[i]
            if seg.open <= pos <= seg.close:
                return seg
        return None

    def tokens(self, start: int, end: int) -> list[_Tok]:
        """The tokens of the body that lie inside [start, end)."""
        if end <= start:
            return []
        out: list[_Tok] = []
        for k in range(self.sent_of(start), self.sent_of(end - 1) + 1):
            toks = self._sent_toks.get(k)
            if toks is None:
                s0, s1 = self.sents[k]
                toks = [
                    _Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(self.body, s0, s1)
                ]
                self._sent_toks[k] = toks
                self._sent_tok_starts[k] = [t.start for t in toks]
            if toks and toks[0].start >= start and toks[-1].end <= end:
                out.extend(toks)
            else:
                starts = self._sent_tok_starts[k]
                lo = bisect.bisect_left(starts, start)
                hi = bisect.bisect_left(starts, end)
                out.extend(t for t in toks[lo:hi] if t.end <= end)
        return out

    # -- pass 0: quoted segments ----------------------------------------------------
    def _segments(self) -> list[_Seg]:
        body = self.body
        segs: list[_Seg] = []
        open_at = -1
        n = len(body)
        for mark in _MARKS.finditer(body):
            i = mark.start()
            ch = mark.group()
            if ch == "\n" and open_at >= 0:
                before = body[open_at + 1 : i].rstrip()
                after = body[i + 1 : i + 3]
                if self._closes_below(i, open_at):
                    continue  # the quotation runs on over the line break and closes below
                if before.endswith((".", "?", "!", ":")) and not after.startswith(","):
                    self._add_seg(segs, open_at, i)
                    if segs and segs[-1].open == open_at and body[i + 1 :].lstrip()[:1] in '"“':
                        segs[-1].runs_on = True
                    open_at = -1
                continue
            if ch == "\n":
                continue
            prev = body[i - 1] if i > 0 else " "
            nxt = body[i + 1] if i + 1 < n else " "
            if ch == "“":
                opening = True
            elif ch == "”":
                opening = False
            else:
                left_space = prev.isspace() or prev in "([{—–-/"
                right_space = nxt.isspace() or nxt in ".,;:!?)]}"
                if left_space and not right_space:
                    opening = True
                elif right_space and not left_space:
                    opening = False
                else:
                    opening = open_at < 0
            if opening:
                if open_at >= 0:
                    # Paragraph-continuation style: a new quote opens without the old one
                    # being closed ("…hope. "The plan is…").
                    self._add_seg(segs, open_at, i)
                open_at = i
            elif open_at >= 0:
                self._add_seg(segs, open_at, i)
                open_at = -1
        if open_at >= 0:
            self._add_seg(segs, open_at, n)
        return segs

    def _closes_below(self, nl: int, open_at: int) -> bool:
        """The next quotation mark after the line break at `nl` closes the quotation opened
        at `open_at`: a quote that runs over a paragraph end (or a body split at an inline
        tag), not a paragraph-continuation quote whose next paragraph opens a new mark."""
        body = self.body
        if nl - open_at > _MAX_QUOTE_ACROSS_LINES:
            return False
        m = _QUOTE_MARK.search(body, nl + 1, nl + 1 + _MAX_QUOTE_ACROSS_LINES)
        if m is None or body.count("\n", nl, m.start()) > 2:
            return False
        k = m.start()
        if m.group() == "”":
            return True
        if m.group() == "“":
            return False
        prev = body[k - 1]
        nxt = body[k + 1] if k + 1 < len(body) else " "
        return not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]}")

    def _add_seg(self, segs: list[_Seg], open_at: int, close: int) -> None:
        start = open_at + 1
        end = close
        while start < end and self.body[start].isspace():
            start += 1
        while end > start and self.body[end - 1] in " \t\n,":
            end -= 1
        if end - start >= 1 and _WORD_RE.search(self.body, start, end):
            segs.append(_Seg(open_at, close, start, end))

    # -- noun phrases -----------------------------------------------------------------
    def parse_subject(self, toks: list[_Tok], allow_coord: bool = True) -> _Ref | None:
        """The speaker noun phrase that ends `toks` (the text just left of a cue)."""
        toks = list(toks)
        while toks and (
            (toks[-1].low in _BACK_SKIP and not toks[-1].is_cap)
            or (toks[-1].low in _WEEK_WORDS and len(toks) > 1 and toks[-2].low in _BACK_TIME)
        ):
            if toks[-1].low in _WEEK_WORDS and len(toks) > 1 and toks[-2].low in _BACK_TIME:
                toks = toks[:-2]
                continue
            toks = toks[:-1]
        if toks and toks[-1].text == ")":
            # "The World Health Organization (WHO) said"
            k = len(toks) - 1
            while k > 0 and toks[k].text != "(":
                k -= 1
            if k > 0:
                toks = toks[:k]
        if not toks:
            return None
        last = toks[-1]
        if last.text in (",", "-", "—", "–"):
            return self._apposition(toks, allow_coord)
        if last.low in ("and", "but", "or", "while"):
            return _Ref("coord", (), last.start) if allow_coord else None
        if (
            last.low in lex.PERSON_PRONOUNS or last.low in lex.ORG_PRONOUNS or last.low == "they"
        ) and not last.text.isupper():
            return _Ref("pronoun", (last.low,), last.start, np_start=last.start)
        if last.text in ("who", "which"):
            inner = toks[:-1]
            while inner and inner[-1].text in (",", ")"):
                if inner[-1].text == ")":
                    j = len(inner) - 1
                    while j > 0 and inner[j].text != "(":
                        j -= 1
                    inner = inner[:j]
                else:
                    inner = inner[:-1]
            ref = self._np(inner)
            if ref is not None and ref.kind == "name":
                return ref
            return None
        ref = self._np(toks)
        if ref is not None and ref.kind != "pronoun" and self._governed(toks, ref):
            return None  # "Sources close to the chancellor said": not the chancellor
        if (
            ref is not None
            and ref.kind == "name"
            and not ref.spokes
            and self._governed(toks, ref, _PLACE_PREPOSITIONS)
        ):
            return None  # "posted on Facebook accusing …": the poster, not Facebook
        return ref

    def _governed(
        self, toks: list[_Tok], ref: _Ref, preps: frozenset[str] = _OBJECT_PREPOSITIONS
    ) -> bool:
        """Whether the noun phrase is the object of a preposition such as "to" or "with"."""
        start = ref.np_start if ref.np_start >= 0 else ref.pos
        k = 0
        while k < len(toks) and toks[k].start < start:
            k += 1
        j = k - 1
        while j >= 0 and toks[j].low in _DETERMINERS:
            j -= 1
        return j >= 0 and toks[j].low in preps

    def _apposition(self, toks: list[_Tok], allow_coord: bool) -> _Ref | None:
        """`Nora Pike, the shadow housing minister, said`; `X - who … - said`."""
        delim = toks[-1].text
        pending_titles: list[str] = []
        for _ in range(4):
            j = len(toks) - 2
            marks = (",",) if delim == "," else ("-", "—", "–")
            while j >= 0 and toks[j].text not in marks:
                j -= 1
            chunk = toks[j + 1 : -1]
            if j < 0 or not chunk:
                return _Ref("coord", (), toks[-1].start) if allow_coord else None
            if delim == "," and j > 1 and all(t.is_cap and t.is_word for t in chunk):
                org = self._described_org(toks[:j], chunk)
                if org is not None:
                    return org
            if (
                delim == ","
                and j > 0
                and (toks[j - 1].low in lex.PERSON_ROLES or toks[j - 1].low in lex.SPOKES_ROLES)
                and not toks[j - 1].is_cap
                and all(t.is_cap and t.is_word for t in chunk)
            ):
                # "the mayor's chief of staff, Nell Crane, said": the name, not the owner.
                named = self._name_ref([t.text for t in chunk], chunk[-1].start, chunk[0].start)
                if named is not None and named.kind == "name" and named.name_kind == "person":
                    k = j - 1
                    while k > 0 and toks[k - 1].is_word and toks[k - 1].low not in _DETERMINERS:
                        k -= 1
                    named.titles.append(self.body[toks[k].start : toks[j - 1].end])
                    return named
            if self._appositive(chunk) or (len(chunk) == 1 and chunk[0].is_cap and pending_titles):
                text = self.body[chunk[0].start : chunk[-1].end]
                pending_titles.append(text)
                toks = toks[: j + 1]
                inner = toks[:-1]
                ref = self._np(inner)
                if ref is not None and ref.kind == "name":
                    k = len(inner) - 1
                    while k >= 0 and inner[k].text not in marks:
                        k -= 1
                    if (
                        k >= 0
                        and inner[k + 1].start < ref.np_start
                        and inner[k + 1].low not in ("who", "which", "whose")
                        and self._appositive(inner[k + 1 :])
                    ):
                        # "X, a deputy to the Harbour Assembly, the top body, said": the name
                        # lies inside an earlier apposition; X is further left.
                        continue
                    ref.titles.extend(
                        t for t in (_clean_title(p) for p in reversed(pending_titles)) if t
                    )
                    return ref
                if ref is not None and ref.kind in ("pronoun", "role", "orgrole", "written"):
                    return ref
                if inner and inner[-1].text in marks:
                    continue  # another apposition before this one
                return ref if ref is not None and ref.kind == "anon" else None
            return _Ref("coord", (), toks[-1].start) if allow_coord else None
        return None

    def _described_org(self, lead: list[_Tok], chunk: list[_Tok]) -> _Ref | None:
        """`The label that owns her songs, Copper Fern, said`: an organisation named in
        apposition to a description opening the sentence (or a clause after a comma)."""
        k = len(lead)
        while k > 0 and lead[k - 1].text != ",":
            k -= 1
        desc = lead[k:]
        if len(desc) < 2 or desc[0].low != "the":
            return None
        if desc[1].low not in lex.ORG_ROLES and (
            len(desc) > 4
            or desc[-1].low not in lex.ORG_ROLES
            or any(t.is_cap or not t.is_word for t in desc[1:])
        ):
            return None  # "The label that owns her songs", "the campaign group"
        named = self._name_ref([t.text for t in chunk], chunk[-1].start, chunk[0].start)
        if named is None or named.kind != "name":
            return None
        named.name_kind = "org"
        return named

    def _appositive(self, chunk: list[_Tok]) -> bool:
        first = chunk[0]
        k = 0
        for j, t in enumerate(chunk[:5]):
            if (t.text.endswith(("'s", "’s")) and t.is_cap) or (t.text in ("'", "’") and j > 0):
                k = j + 1
            elif t.is_cap:
                continue
            break
        if (
            k
            and len(chunk) > k
            and chunk[k].is_word
            and not chunk[k].is_cap
            and any(t.low in lex.PERSON_ROLES or t.low in lex.TITLE_WORDS for t in chunk[k : k + 4])
        ):
            return True  # "Jo Bell, Kestrel's chief economist, said"
        if first.low in ("a", "an", "the", "who", "whose", "which", "its", "his", "her", "now"):
            return True
        if first.text.isdigit():
            return True
        if first.low == "first" or (first.low.endswith(("ed", "ing")) and not first.is_cap):
            return True  # "The letter, first reported by X, said"; "X, speaking in Y, said"
        if first.low in lex.PERSON_ROLES or first.low.split("-")[0] in lex.PERSON_ROLES:
            return True
        return first.low in lex.TITLE_WORDS and len(chunk) > 1

    def _np(self, toks: list[_Tok]) -> _Ref | None:
        """A name, a role description or a pronoun ending exactly at the end of `toks`."""
        if not toks:
            return None
        last = toks[-1]
        if (
            last.low in lex.PERSON_PRONOUNS or last.low in lex.ORG_PRONOUNS or last.low == "they"
        ) and not last.text.isupper():
            return _Ref("pronoun", (last.low,), last.start, np_start=last.start)
        if (
            len(toks) >= 2
            and toks[-2].low in ("both", "two")
            and last.low in ("men", "women", "leaders", "ministers", "politicians")
        ) or (last.low == "both" and len(toks) >= 1):
            # "Both men claimed …": the last two people, one record each.
            return _Ref("both", (), last.start, np_start=toks[-2].start if len(toks) > 1 else -1)
        if last.low in lex.ORG_PEOPLE and len(toks) >= 2 and toks[-2].is_cap:
            # "State Department officials said": people speaking for a named body.
            org = self._np(toks[:-1])
            if org is not None and self._named_body(org):
                org.name_kind = "org"
                org.spokes = True
                return org
        if last.low in lex.ANONYMOUS and (not last.is_cap or last.start in self.sent_start_set):
            return _Ref("anon", (), last.start)
        # Name run: capitalised words (and connectors) ending at `last`.
        if last.is_cap and last.is_word:
            i = len(toks) - 1
            while i > 0:
                prev = toks[i - 1]
                if (
                    (prev.is_cap and prev.is_word and not prev.text.endswith(("'s", "’s")))
                    or (
                        # "the County Attorney's Office": a possessive inside an office name
                        prev.is_cap
                        and prev.text.endswith(("'s", "’s"))
                        and toks[i].low in _OFFICE_HEADS
                        and i == len(toks) - 1
                    )
                    or (
                        prev.low in ("of", "and", "&", "for")
                        and i > 1
                        and toks[i - 2].is_cap
                        and not toks[i - 2].text.endswith(("'s", "’s"))
                    )
                    or (prev.text == "&" and i > 1)
                ):
                    i -= 1
                else:
                    break
            words = [t.text for t in toks[i:]]
            while words and (words[0].lower() in lex.FUNCTION_WORDS and not is_acronym(words[0])):
                words = words[1:]
                i += 1
            if not words:
                return None
            head = words[-1].lower().rstrip(".")
            before = toks[i - 1] if i > 0 else None
            if (
                (head in lex.PERSON_ROLES or head in lex.PARTY_MEMBERS)
                and head not in ("general",)
                and ((before is not None and before.low in ("the", "a", "an")) or len(words) == 1)
            ):
                if before is not None and before.low in ("a", "an"):
                    return None
                return _Ref(
                    "role", tuple(w.lower() for w in words), last.start, np_start=toks[i].start
                )
            titles = self._pre_titles(toks[:i])
            if "of" in words and words[words.index("of") - 1].lower() in lex.ANONYMOUS:
                return _Ref("anon", (), last.start)  # "Residents of Little Hampden"
            if person_of(words):
                k = words.index("of")
                ref = self._name_ref(words[:k], toks[i + k - 1].start, toks[i].start)
                if ref is not None and ref.kind == "name":
                    ref.titles.append(" ".join(words[k + 1 :]))
                    return ref
            if "and" in words and not _org_with_and(words):
                return self._joint(toks[i:], last.start)
            ref = self._name_ref(words, last.start, toks[i].start)
            if ref is not None:
                ref.titles = titles + ref.titles
            outer = self._pp_head(toks, i)
            if (
                outer is not None
                and outer.kind == "anon"
                and ref is not None
                and self._named_body(ref)
                and self._pp_people(toks, i)
            ):
                ref.name_kind = "org"
                ref.spokes = True
                return ref  # "Officials at the Federal Aviation Administration said"
            if outer is not None:
                return outer
            return ref
        if _AGE_NOUN.match(last.low) and len(toks) > 1 and toks[-2].low == "the":
            # "said the 27-year-old": the person just spoken of, like "she"/"he".
            return _Ref("pronoun", ("age",), last.start, np_start=toks[-2].start)
        if last.low in lex.STATE_BODIES and len(toks) > 2:
            # "the Chilean navy said": a state body under a proper modifier.
            i = len(toks) - 1
            while i > 0 and len(toks) - i <= 3 and toks[i - 1].is_cap and toks[i - 1].low != "the":
                i -= 1
            if i < len(toks) - 1 and i > 0 and toks[i - 1].low == "the":
                body_words = (*(t.text for t in toks[i:-1]), last.text)
                return _Ref("name", body_words, last.start, name_kind="org", np_start=toks[i].start)
        if (
            last.low in lex.STATE_BODIES
            and len(toks) > 1
            and toks[-2].is_cap
            and toks[-2].text.endswith(("'s", "’s"))
        ):
            # "Pakistan's military said": the body as the text names it.
            body_name = (toks[-2].text, last.text)
            return _Ref("name", body_name, last.start, name_kind="org", np_start=toks[-2].start)
        if last.low == "office" and len(toks) > 1 and toks[-2].text.endswith(("'s", "’s")):
            # "Governor Ada Crane's office said": the office holder speaks through it.
            j = len(toks) - 2
            while j > 0 and toks[j - 1].is_cap and toks[j - 1].is_word:
                j -= 1
            if toks[-2].is_cap:
                words = [t.text for t in toks[j:-2]] + [strip_possessive(toks[-2].text)]
                owner = self._name_ref(words, toks[-2].start, toks[j].start)
                if owner is not None and owner.kind == "name" and owner.name_kind == "person":
                    return owner
        if last.low in _WRITTEN_SUBJECTS and len(toks) > 1 and toks[-2].low == "the":
            return _Ref("written", (last.low,), last.start, np_start=toks[-2].start)
        # A description: "the company", "a Transport Office spokeswoman", "the prime minister".
        if (
            last.low in lex.SPOKES_ROLES
            or last.low in lex.ORG_ROLES
            or last.low in lex.PERSON_ROLES
        ):
            i = len(toks) - 1
            while i > 0 and len(toks) - i < 7:
                prev = toks[i - 1]
                if prev.low in _DETERMINERS or prev.text.endswith(("'s", "’s")):
                    i -= 1
                    break
                if not prev.is_word:
                    break
                i -= 1
            det = toks[i].low
            mods = toks[i + 1 : -1] if det in _DETERMINERS else toks[i:-1]
            possessor = toks[i] if toks[i].text.endswith(("'s", "’s")) else None
            caps = [t.text for t in mods if t.is_cap or t.text == "&"]
            if det in ("his", "her", "its", "their"):
                if det == "its" and last.low not in lex.ORG_ROLES:
                    role = _Ref("role", (last.low,), last.start, np_start=toks[i].start)
                    role.fallback = _Ref("orgrole", ("company",), toks[i].start)
                    return role  # "its chief executive": the organisation, unless named
                if det in ("his", "her") and last.low in lex.SPOKES_ROLES:
                    return _Ref("pronoun", ("he" if det == "his" else "she",), toks[i].start)
                return None
            if last.low in lex.SPOKES_ROLES:
                if possessor is not None and not possessor.is_cap:
                    # "the prime minister's official spokesman": the minister speaks.
                    j = i
                    while j > 0 and toks[j - 1].is_word and toks[j - 1].low not in _DETERMINERS:
                        j -= 1
                    if j > 0 and toks[j - 1].low == "the":
                        head = strip_possessive(possessor.text).lower()
                        words_l = (*(t.low for t in toks[j:i]), head)
                        if head in lex.PERSON_ROLES:
                            return _Ref("role", words_l, last.start, np_start=toks[j - 1].start)
                    return None
                if possessor is not None:
                    j = i
                    while j > 0 and toks[j - 1].is_cap:
                        j -= 1
                    words = [t.text for t in toks[j:i]] + [strip_possessive(possessor.text)]
                    return self._name_ref(words, last.start, toks[j].start)
                if caps:
                    org = self._name_ref(caps, last.start, mods[0].start if mods else last.start)
                    if org is not None:
                        org.name_kind = "org"
                        org.kind = "name"
                        org.spokes = True
                        return org
                if any(t.low in lex.ORG_ROLES for t in mods):
                    return _Ref(
                        "orgrole", ("company",), last.start, np_start=toks[i].start, spokes=True
                    )
                return None
            if det in ("a", "an") and possessor is None:
                # "an anti-fraud agency has said", "a candidate": named in the next sentence.
                if last.low in lex.ORG_ROLES:
                    return _Ref("new", ("org",), last.start, np_start=toks[i].start)
                if last.low in lex.PERSON_ROLES and last.low not in lex.ANONYMOUS_ROLES:
                    return _Ref("new", ("person",), last.start, np_start=toks[i].start)
                return None
            if det not in ("the",) and possessor is None:
                return None
            if last.low in lex.ORG_ROLES and any(t.low in ("news", "press", "wire") for t in mods):
                return _Ref("anon", (), last.start)  # "the news agency said": media as source
            if (
                possessor is not None
                and possessor.is_cap
                and (last.low in lex.BODY_HEADS or last.low in lex.STATE_BODIES)
                and all(t.is_word and not t.is_cap for t in mods[1:])
                and len(mods) <= 3
            ):
                # "Japan's foreign ministry said": the body as the text names it.
                named = (possessor.text, *(t.text for t in mods[1:]), last.text)
                return _Ref("name", named, last.start, name_kind="org", np_start=possessor.start)
            if last.low in lex.ORG_ROLES and not (mods and mods[-1].low in ("maker",)):
                return _Ref("orgrole", (last.low,), last.start, np_start=toks[i].start)
            if last.low in lex.ORG_ROLES:
                return _Ref("orgrole", (last.low,), last.start, np_start=toks[i].start)
            role = _Ref(
                "role",
                (*(t.low for t in mods), last.low),
                last.start,
                np_start=toks[i].start,
            )
            if possessor is not None and possessor.is_cap:
                # "the IMF's chief economist": unless named elsewhere, the organisation.
                j = i
                while j > 0 and toks[j - 1].is_cap and toks[j - 1].is_word:
                    j -= 1
                while j < i and toks[j].low in lex.FUNCTION_WORDS and not is_acronym(toks[j].text):
                    j += 1
                words = [t.text for t in toks[j:i]] + [strip_possessive(possessor.text)]
                owner = self._name_ref(words, possessor.start, toks[j].start)
                if owner is None or owner.name_kind != "org":
                    return None  # someone else's aide, wife, …: not the person named
                role.fallback = owner
            return role
        return None

    def _joint(self, toks: list[_Tok], pos: int) -> _Ref | None:
        """Joint speakers: "German Chancellor X and French President Y called for"."""
        parts: list[list[_Tok]] = [[]]
        for t in toks:
            if t.low == "and":
                parts.append([])
            else:
                parts[-1].append(t)
        refs: list[_Ref] = []
        for part in parts:
            if not part:
                continue
            ref = self._name_ref([t.text for t in part], part[-1].start, part[0].start)
            if ref is not None and ref.kind == "name":
                refs.append(ref)
        if not refs:
            return None
        first = refs[0]
        first.others = refs[1:]
        first.pos = pos
        return first

    def _named_body(self, ref: _Ref) -> bool:
        """A name whose head word makes it a public body or company ("State Department",
        "Department of Health", "Federal Aviation Administration")."""
        if ref.kind != "name":
            return False
        low = [w.lower() for w in ref.words]
        return low[-1] in lex.BODY_HEADS or (
            len(low) > 2 and low[0] in lex.BODY_HEADS and low[1] == "of"
        )

    def _pp_people(self, toks: list[_Tok], i: int) -> bool:
        """The name at toks[i:] is the object of "officials at/from/of (the)"."""
        j = i - 1
        if j >= 0 and toks[j].low == "the":
            j -= 1
        return j >= 1 and toks[j].low in ("at", "from", "of") and toks[j - 1].low in lex.ORG_PEOPLE

    def _pp_head(self, toks: list[_Tok], i: int) -> _Ref | None:
        """`Ivo Brandt of the RWA`, `the Roads and Water Agency (RWA) in Tirana`: the speaker is
        the noun phrase before the preposition, when that is a name or a pronoun."""
        j = i - 1
        if j >= 0 and toks[j].text.endswith(("'s", "’s")):
            j -= 1
        if j >= 0 and toks[j].low == "the":
            j -= 1
        if j < 1 or toks[j].low not in ("in", "at", "of", "from", "for"):
            return None
        inner = toks[:j]
        if inner and inner[-1].text == ")":
            k = len(inner) - 1
            while k > 0 and inner[k].text != "(":
                k -= 1
            inner = inner[:k]
        ref = self._np(inner)
        if (
            ref is not None
            and ref.kind == "name"
            and ref.name_kind == "org"
            and toks[j].low == "for"
            and ref.words[-1].lower() in _OFFICE_HEADS
            and inner
            and inner[-1].start == ref.pos
        ):
            # "the Attorney's Office for the Eastern District": the office's full name
            ref.words = (*ref.words, *self.body[toks[j].start : toks[-1].end].split())
            return ref
        if ref is not None and ref.kind in ("name", "pronoun", "anon"):
            return ref  # "Economists at Halden Bank" are anonymous
        return None

    def _pre_titles(self, toks: list[_Tok]) -> list[str]:
        """Lower-case titles just before a name: "GM chief executive", "activist and ..."."""
        i = len(toks)
        while i > 0 and len(toks) - i < 6:
            t = toks[i - 1]
            if not t.is_word or t.low in ("the", "a", "an", "said", "says", "told"):
                break
            if t.is_cap and t.low not in lex.TITLE_WORDS and not is_acronym(t.text):
                break
            i -= 1
        if i == len(toks):
            return []
        chunk = toks[i:]
        if not any(t.low in lex.PERSON_ROLES or t.low in lex.PERSONAL_TITLES for t in chunk):
            return []
        return [self.body[chunk[0].start : chunk[-1].end]]

    def _name_ref(self, words: list[str], pos: int, np_start: int) -> _Ref | None:
        words = [
            w
            if k < len(words) - 1 and words[k + 1].lower() in _OFFICE_HEADS
            else strip_possessive(w)
            for k, w in enumerate(words)
        ]
        cut = lex.cut_run(words)
        if len(cut) < len(words):
            np_start = self.body.find(cut[0], np_start, pos + len(cut[-1]) + 1)
            words = cut
        if not words or words[-1].lower() in lex.PLACE_HEADS or words[-1].lower() in lex.CALENDAR:
            return None  # "in the Coral Sea", "on Tuesday": not a speaker
        if (
            len(words) == 1
            and words[0] not in self.inv.mid_caps
            and not is_acronym(words[0])
            and (np_start in self.sent_start_set or self.body[np_start - 1 : np_start] in '"“')
            and not self.inv.speaks_next(np_start + len(words[0]))
        ):
            return None  # "Residents", "Prices": a capital only because a sentence starts
        kind = self.inv.kind_of(tuple(words))
        titles: list[str] = []
        if kind == "person":
            k = lex.title_prefix(words)
            if k < 0:
                return _Ref("role", tuple(w.lower() for w in words), pos, np_start=np_start)
            if k > 0:
                if words[k - 1].lower().rstrip(".") in lex.HONORIFICS:
                    titles_words = words[: k - 1]
                    words = words[k - 1 :]
                else:
                    titles_words = words[:k]
                    words = words[k:]
                if titles_words:
                    titles.append(" ".join(titles_words))
        if not words:
            return None
        return _Ref("name", tuple(words), pos, name_kind=kind, titles=titles, np_start=np_start)

    def parse_forward_np(self, toks: list[_Tok]) -> tuple[_Ref | None, int]:
        """The speaker after an inverted cue ("said Mr Okoro, the ..."): (ref, tokens used)."""
        n = 0
        while (
            n < len(toks)
            and n < 9
            and toks[n].text not in (",", ".", ";", ":", "!", "?", "(", '"', "“", "”")
        ):
            n += 1
        if n == 0:
            return None, 0
        chunk = toks[:n]
        # Trailing adverbials: "said Mr Okoro on Monday".
        while chunk and chunk[-1].low in _FORWARD_TAIL:
            chunk = chunk[:-1]
        if (
            len(chunk) >= 2
            and chunk[-2].low in ("on", "in", "at", "last", "this")
            and chunk[-1].is_cap
        ):
            chunk = chunk[:-2]
        ref = self.parse_subject(chunk, allow_coord=False)
        if ref is None or ref.kind in ("coord", "anon"):
            return ref, n
        lead = [t for t in chunk if t.start < ref.np_start]
        # A descriptor before a person's name: "said union organiser Kim Baxter".
        if (
            lead
            and ref.kind == "name"
            and ref.name_kind == "person"
            and len(lead) <= _MAX_DESCRIPTOR
            and all(_descriptor_word(t) for t in lead)
        ):
            return ref, n
        for t in lead:
            if not (
                t.low in ("the", "a", "an", "and", "of", "&")
                or t.low in lex.TITLE_WORDS
                or t.low in lex.PERSON_ROLES
                or t.is_cap
                or t.text in ("'", "’", "-")
            ):
                return None, n
        if ref.kind == "name" and n < len(toks) and toks[n].text == ",":
            # "said Ana Silva, chairwoman of the Growers Association."
            m = n + 1
            while m < len(toks) and toks[m].text not in (",", ".", ";", "!", "?", '"', "“"):
                m += 1
            chunk2 = toks[n + 1 : m]
            if chunk2 and self._appositive(chunk2):
                title = _clean_title(self.body[chunk2[0].start : chunk2[-1].end])
                if title:
                    ref.titles.append(title)
        return ref, n

    # -- pass 1: attributions of quoted segments ----------------------------------------
    def attribute_segments(self) -> None:
        for k, seg in enumerate(self.segs):
            if seg.ref is not None:
                continue
            si = self.sent_of(seg.close - 1 if seg.close > seg.open else seg.open)
            s_end = self.sents[si][1]
            if (
                s_end <= seg.close + 1
                and si + 1 < len(self.sents)
                and self.body[seg.start : seg.end].endswith(("?", "!"))
                and self.para[si + 1] == self.para[si]
            ):
                # `“…, right?” Lee said.`: the sentence splitter ends the sentence at the
                # question mark; the attribution after it is still this quote's.
                s_end = self.sents[si + 1][1]
            nxt = self.segs[k + 1].open if k + 1 < len(self.segs) else len(self.body)
            post_end = min(s_end, nxt)
            if self._pre_blank(seg, k) and self._post_attribution(
                seg, min(seg.close + 1, post_end), post_end, k
            ):
                continue
            self._pre_attribution(seg, k)

    def _pre_blank(self, seg: _Seg, k: int) -> bool:
        """Nothing but space (or an earlier quote) between the sentence start and the quote."""
        s_start = self.sents[self.sent_of(seg.open)][0]
        if k > 0 and self.segs[k - 1].close >= s_start:
            s_start = self.segs[k - 1].close + 1
        return not _WORD_RE.search(self.body, s_start, seg.open)

    def _post_attribution(self, seg: _Seg, start: int, end: int, k: int) -> bool:
        text = self.body[start:end]
        stripped = text.lstrip(" \t\n,")
        if not stripped or stripped[0] in ".!?;":
            return False
        off = start + len(text) - len(stripped)
        toks = self.tokens(off, end)
        # The cue must come within the first few words.
        cue_i = -1
        commas = 0
        for i, t in enumerate(toks[:_MAX_POST_ATTRIBUTION]):
            if (
                t.low in lex.CUE_VERBS or t.low in lex.QUOTE_ONLY_VERBS
            ) and t.low not in lex.DESCRIBE_VERBS:
                cue_i = i
                break
            if t.text in (",", "—", "–") and i > 0:
                commas += 1  # `"…," Sick Codes, who used a pseudonym, said.`
                if commas > 2:
                    return False
                continue
            if not t.is_word and t.text not in ("&", "'", "’", "-", ".", "(", ")"):
                return False
        if cue_i < 0:
            return False
        cue = toks[cue_i]
        if cue_i == 0:
            ref, _used = self.parse_forward_np(toks[1:])
        else:
            ref = self.parse_subject(toks[:cue_i], allow_coord=False)
            if ref is not None and ref.np_start > toks[0].start and ref.kind != "name":
                ref = None
        if ref is None or ref.kind in ("anon", "coord"):
            return False
        self._set_speaker(seg, ref, cue)
        self.used_cues.add(cue.start)
        self.cue_subjects[cue.start] = ref
        # Earlier segments of the same sentence run on into this one: "…" "…," he said.
        # The next segment after ", he said, " continues the quote.
        if k + 1 < len(self.segs):
            nxt = self.segs[k + 1]
            between = self.body[seg.close + 1 : nxt.open]
            if (
                nxt.ref is None
                and self.sent_of(nxt.open) == self.sent_of(cue.start)
                and between.rstrip().endswith((",", ":"))
            ):
                self._set_speaker(nxt, ref, cue)
        return True

    def _pre_attribution(self, seg: _Seg, k: int) -> None:
        si = self.sent_of(seg.open)
        s_start = self.sents[si][0]
        if k > 0 and self.segs[k - 1].close >= s_start:
            s_start = self.segs[k - 1].close + 1
        pre = self.body[s_start : seg.open]
        if not pre.strip():
            return
        post = self.body[seg.close + 1 : self.sents[self.sent_of(max(seg.close - 1, seg.open))][1]]
        standalone_after = not _WORD_RE.search(post)
        desc = _DESCRIPTIVE_CUE.search(pre)
        if desc is not None:
            between = desc.group(2).lower().split()
            if not between or between[0] in ("on", "upon", "for") or set(between) <= _ARTICLES:
                # "called on the 'caretaker' council …" (an appeal, not a label); "the fort,
                # dubbed the 'Iron Gate' by sailors" (a name the object bears, no speaker).
                desc = None
        if desc is not None and seg.end - seg.start < _MAX_LABEL:
            cue_pos = s_start + desc.start(1)
            ref = self.parse_subject(self.tokens(s_start, cue_pos))
            if ref is not None and ref.kind == "coord":
                ref = self._coord_subject(cue_pos, s_start)
            if ref is not None and ref.kind != "anon":
                self._set_speaker(
                    seg, ref, _Tok(desc.group(1), cue_pos, cue_pos + len(desc.group(1)))
                )
                self.used_cues.add(cue_pos)
            return
        toks = self.tokens(s_start, seg.open)
        end_i = len(toks)
        has_colon = False
        if end_i and toks[end_i - 1].text in (":", ","):
            has_colon = True
            end_i -= 1
        if end_i and toks[end_i - 1].low == "that":
            end_i -= 1
        if not has_colon and not standalone_after:
            return
        cue_i = -1
        for i in range(end_i - 1, max(end_i - _MAX_CUE_GAP, -1), -1):
            t = toks[i]
            if (
                (t.low in lex.CUE_VERBS or t.low in lex.QUOTE_ONLY_VERBS)
                and t.low not in lex.DESCRIBE_VERBS
                and not (i > 0 and toks[i - 1].text.endswith(("'s", "’s")))  # "Pike's answer"
            ):
                cue_i = i
                break
            if not t.is_word:
                break
        if cue_i < 0:
            if (
                has_colon
                and toks[end_i : end_i + 1]
                and toks[end_i].text == ":"
                and not any(t.low in lex.PERFORMANCE_VERBS for t in toks[:end_i])
            ):
                # `Mr Hale was defiant: "…"`: the sentence's subject, with no cue word;
                # `Pike's message was clear: "…"`: the person whose words the subject names.
                ref = self._message_owner(toks[:end_i]) or self._coord_subject(seg.open, s_start)
                if (
                    ref is not None
                    and ref.kind in ("name", "pronoun")
                    and self._np_opens(toks, ref)
                ):
                    seg.ref = ref
                    seg.cue = ""
            return
        cue = toks[cue_i]
        between = toks[cue_i + 1 : end_i]
        if cue.low in lex.ADDRESSEE_VERBS or has_colon:
            # `told Harbour FM's Morning Show:`, `said in an interview with The X:`
            if any(t.low in _FINITE or t.low in _MORE_FINITE for t in between):
                return  # "told X the plan was …": the quote belongs to a clause
        elif any(t.low not in _BETWEEN_OK for t in between):
            return
        ref = self._subject_for_cue(toks, cue_i, s_start)
        if ref is None or ref.kind == "anon":
            return
        self._set_speaker(seg, ref, cue)
        self.used_cues.add(cue.start)

    def _message_owner(self, toks: list[_Tok]) -> _Ref | None:
        """`Pike's message was clear`, `Nora Pike's answer:`: a person's name with a
        possessive before a noun for what somebody says, opening the clause."""
        k = 0
        while k < len(toks) and toks[k].low in _OPENER_WORDS:
            k += 1
        j = k
        while j < len(toks) and toks[j].is_cap and toks[j].is_word:
            if toks[j].text.endswith(("'s", "’s")):
                break
            j += 1
        if (
            j >= len(toks) - 1
            or not toks[j].text.endswith(("'s", "’s"))
            or toks[j + 1].low not in lex.MESSAGE_NOUNS
        ):
            return None
        words = [t.text for t in toks[k:j]] + [strip_possessive(toks[j].text)]
        ref = self._name_ref(words, toks[j].start, toks[k].start)
        if ref is None or ref.kind != "name" or ref.name_kind != "person":
            return None
        return ref

    def _np_opens(self, toks: list[_Tok], ref: _Ref) -> bool:
        """Whether the noun phrase is the subject opening the clause (nothing but adverbials
        and titles before it)."""
        for t in toks:
            if t.start >= ref.np_start or t.start >= ref.pos:
                return True
            if t.is_word and not (
                t.is_cap
                or t.low in _OPENER_WORDS
                or t.low in lex.PERSON_ROLES
                or t.low in lex.TITLE_WORDS
            ):
                return False
        return True

    def _subject_for_cue(self, toks: list[_Tok], cue_i: int, s_start: int) -> _Ref | None:
        cue = toks[cue_i]
        left = toks[:cue_i]
        owner = self._possessive_owner(toks, cue_i)
        ref = owner if owner is not None else self.parse_subject(left)
        if ref is None and _PARTICIPLE.search(cue.low):
            ref = _Ref("coord", (), cue.start)
        if ref is not None and ref.kind == "coord":
            ref = self._coord_subject(cue.start, s_start)
        if ref is not None:
            self.cue_subjects[cue.start] = ref
        return ref

    def _fronted_clause_person(
        self, ref: _Ref, gender: str, mentions: list[_Mention]
    ) -> _Resolved | None:
        """ "While the plan did not appeal to Nora Pike, a council planner, she said …": the
        main-clause "he"/"she" after a fronted subordinate clause is the person named in it."""
        si = self.sent_of(ref.pos)
        while si > 0 and self.in_segment(self.sents[si][0]) and self.para[si - 1] == self.para[si]:
            si -= 1  # a "sentence" cut inside a quoted title: “Meth. We’re on it.”
        s_start = self.sents[si][0]
        m0 = _FRONTED_CLAUSE.match(self.body, s_start, ref.pos)
        if m0 is None or self.body[s_start : ref.pos].rstrip()[-1:] != ",":
            return None
        found: _Resolved | None = None
        for m in mentions:
            if m.pos >= ref.pos:
                break
            if m.pos >= s_start and m.kind == "person" and self._gender(m.full) in ("", gender):
                found = _Resolved(m.full, "person", ref.pos)
        return found

    def _fronted_participle(self, toks: list[_Tok], si: int) -> None:
        """ "Noting that prices had doubled, Nora Pike said …": the that-clause of the
        participle opening the sentence is said by the subject of the main clause."""
        for k in range(3, len(toks) - 1):
            if toks[k].text != "," or self.in_segment(toks[k].start):
                continue
            for m in range(k + 2, min(k + 2 + _MAX_NAME_TOKENS, len(toks))):
                t = toks[m]
                if t.low in lex.CUE_VERBS or t.low in lex.QUOTE_ONLY_VERBS:
                    ref = self.parse_subject(toks[k + 1 : m], allow_coord=False)
                    if ref is None or ref.kind not in ("name", "pronoun", "role"):
                        return
                    start = toks[2].start
                    end = self._trim_end(start, toks[k].start)
                    if end - start > 3 and self._clause_like(start, end):
                        self._add_indirect(ref, start, end, toks[0].text, toks[0].start)
                    return
                if not t.is_word:
                    break
        return

    def _possessive_owner(self, toks: list[_Tok], cue_i: int) -> _Ref | None:
        """ "her often-repeated vow that …", "his claim that …": a speech noun with a
        possessive pronoun and a content clause; the owner is the speaker."""
        if toks[cue_i].low not in _SPEECH_NOUNS or cue_i + 1 >= len(toks):
            return None
        if toks[cue_i + 1].low != "that":
            return None
        j = cue_i - 1
        while j >= 0 and cue_i - j <= 3 and toks[j].low not in _POSSESSIVE_PRONOUNS:
            if not (toks[j].is_word and toks[j].text.islower()):
                return None
            j -= 1
        if j < 0 or toks[j].low not in _POSSESSIVE_PRONOUNS:
            return None
        pron = _POSSESSIVE_PRONOUNS[toks[j].low]
        return _Ref("pronoun", (pron,), toks[j].start, np_start=toks[j].start)

    def _coord_subject(self, cue_pos: int, s_start: int) -> _Ref | None:
        """The subject shared by coordinated cues: "…, adding", "and said", "saying"."""
        earlier = [p for p in self.cue_subjects if s_start <= p < cue_pos]
        if earlier:
            return self.cue_subjects[max(earlier)]
        # The first name or pronoun of the sentence.
        toks = self.tokens(s_start, cue_pos)
        for i, t in enumerate(toks):
            if self.in_segment(t.start):
                continue
            if t.low in lex.PERSON_PRONOUNS or t.low in lex.ORG_PRONOUNS:
                return _Ref("pronoun", (t.low,), t.start, np_start=t.start)
            if t.is_cap and t.is_word and (i > 0 or t.low not in lex.FUNCTION_WORDS):
                b = i - 1
                while b >= 0 and toks[b].low in _DETERMINERS:
                    b -= 1
                if t.low in lex.CALENDAR or (b >= 0 and toks[b].low in _INTRO_PREPOSITIONS):
                    continue  # "On Tuesday, …", "In a Lagos court, …": not the subject
                j = i
                while j + 1 < len(toks) and toks[j + 1].is_cap and toks[j + 1].is_word:
                    j += 1
                    if toks[j].text.endswith(("'s", "’s")):
                        break
                if j + 1 < len(toks) and toks[j + 1].low in lex.ANONYMOUS:
                    return None
                if (
                    toks[j].text.endswith(("'s", "’s"))
                    and j + 1 < len(toks)
                    and toks[j + 1].is_word
                    and not toks[j + 1].is_cap
                    and toks[j + 1].low not in lex.SPOKES_ROLES
                    and toks[j + 1].low not in lex.PERSON_ROLES
                ):
                    return None  # "Peru's health agency said … and added": not Peru
                if (
                    j + 2 < len(toks)
                    and toks[j + 1].low in lex.PERSON_ROLES
                    and toks[j + 2].is_cap
                    and toks[j + 2].is_word
                ):
                    continue  # "Union leader Tom Price": the name comes after the title
                if j + 1 < len(toks) and (
                    toks[j + 1].low in lex.PERSON_ROLES
                    or toks[j + 1].low in lex.SPOKES_ROLES
                    or toks[j + 1].low in lex.ORG_ROLES
                ):
                    # The name only qualifies a description: "a senior U.S. official".
                    ref = self._np(toks[: j + 2])
                    return ref if ref is not None and ref.kind != "anon" else None
                ref = self._np(toks[i : j + 1])
                if ref is not None and ref.kind == "name":
                    return ref
        return None

    def _set_speaker(self, seg: _Seg, ref: _Ref, cue: _Tok) -> None:
        seg.ref = ref
        seg.cue = cue.text
        seg.cue_pos = cue.start

    # -- pass 2: reported speech ------------------------------------------------------------
    def reported_speech(self) -> None:
        # Only sentences holding a cue word are looked at.
        by_sentence: dict[int, set[int]] = {}
        for m in _LETTERS.finditer(self.body):
            low = m.group().lower()
            if low in lex.CUE_VERBS or low == "according":
                by_sentence.setdefault(self.sent_of(m.start()), set()).add(m.start())
        for si in sorted(by_sentence):
            s_start, s_end = self.sents[si]
            if self._headline(si):
                continue
            positions = by_sentence[si]
            toks = self.tokens(s_start, s_end)
            for i, t in enumerate(toks):
                if t.start not in positions or t.start in self.used_cues:
                    continue
                if t.low in lex.CUE_VERBS and not self.in_segment(t.start):
                    self._cue(toks, i, si)
            self._according(si)

    def _cue(self, toks: list[_Tok], i: int, si: int) -> None:
        s_start, s_end = self.sents[si]
        cue = toks[i]
        low = cue.low
        prev = toks[i - 1].low if i > 0 else ""
        prev2 = toks[i - 2].low if i > 1 else ""
        went_on = (
            prev == "to" and prev2 == "on" and i > 2 and toks[i - 3].low in ("went", "goes", "go")
        )  # "Nora Pike went on to say that …"
        if prev in _NEG or prev2 in _NEG or (prev == "to" and not went_on):
            return
        if low.endswith("ing") and (prev == "for" or (prev2 == "for" and prev.endswith("ly"))):
            # "suspended a candidate for (allegedly) suggesting …": the object spoke.
            k = i - 1 if prev == "for" else i - 2
            ref = self.parse_subject(toks[:k], allow_coord=False)
            if ref is not None and ref.kind in ("name", "new", "pronoun", "role"):
                end = self._content_end(toks, i, cue.end, s_end)
                start = cue.end
                while start < end and self.body[start].isspace():
                    start += 1
                if end - start > 3 and self._clause_like(start, end):
                    self.cue_subjects[cue.start] = ref
                    self._add_indirect(ref, start, end, cue.text, cue.start)
            return
        if low.endswith("ing") and i == 0 and len(toks) > 2 and toks[1].low == "that":
            self._fronted_participle(toks, si)  # "Noting that …, Nora Pike said"
            return
        if low.endswith("ing") and not (
            prev in (",", "and", "but", "while", "also", "as", "after", "before", "when")
            or prev in _MEDIUM
            or (i > 0 and toks[i - 1].is_cap)
        ):
            return
        if prev in ("was", "were", "been", "being", "be", "is", "are") and low.endswith("ed") | (
            low in ("told", "said")
        ):
            return
        if low in lex.DESCRIBE_VERBS and low not in ("call", "calls", "called", "calling"):
            return
        cue_end = cue.end
        cue_text = cue.text
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if low in ("call", "calls", "called", "calling"):
            if nxt is None or nxt.low not in ("for", "on"):
                return
            cue_end = nxt.end
            cue_text = self.body[cue.start : nxt.end]
        if low in ("point", "points", "pointed", "pointing"):
            if nxt is None or nxt.low != "out":
                return
            cue_end = nxt.end
            cue_text = self.body[cue.start : nxt.end]
        if low in ("state", "note", "continue", "answer", "counter", "call", "calls"):
            return
        # Inverted attribution with the speaker after the cue: "…, said Mr Okoro."
        if prev == "," or (i > 0 and toks[i - 1].text in _CLOSE_MARKS + '"'):
            ref, used = self.parse_forward_np(toks[i + 1 :])
            if ref is not None and ref.kind not in ("coord", "anon"):
                rest = toks[i + 1 + used :]
                if not rest or rest[0].text in (".", ",", "!", "?", ";"):
                    self.cue_subjects[cue.start] = ref
                    if self._interrupting(toks, i, rest):
                        # "The comments, said X of Y, were "too weak"": one span, interruption
                        # included.
                        start = self._clause_start(toks, i, s_start)
                        end = self._trim_end(start, s_end)
                        if not self.in_segment(start):
                            self._add_indirect(ref, start, end, cue_text, cue.start)
                        return
                    self._inverted(ref, cue_text, cue.start, toks, i - 1, si)
                    return
        if went_on:
            ref = self._subject_for_cue([*toks[: i - 3], cue], i - 3, s_start)
        else:
            ref = self._subject_for_cue(toks, i, s_start)
        if ref is None or ref.kind == "anon":
            return
        if ref.kind == "pronoun":
            outer = self._outer_cue(toks, i, ref.pos)
            if outer is not None:
                # "The government said it had proposed …": the pronoun is the outer speaker.
                ref = self.cue_subjects.get(outer) or _Ref("anon", (), ref.pos)
                if ref.kind == "anon":
                    return
        weak = low in lex.WEAK_VERBS
        # Content after the cue.
        pos = cue_end
        if low in lex.ADDRESSEE_VERBS:
            addressee = pos
            pos = self._skip_addressee(pos, s_end)
            if _TO_VERB.match(self.body, pos):
                pos = (
                    addressee  # "told the regulator to open an inquiry": an order, object included
                )
        m = _FORWARD_SKIP.match(self.body, pos)
        if m is not None:
            pos = m.end()
        mt = _THAT.match(self.body, pos)
        had_that = False
        if mt is not None:
            pos = mt.end()
            had_that = True
        while pos < s_end and self.body[pos].isspace():
            pos += 1
        after = self.body[pos:s_end]
        if _RELATIVE_AFTER.match(after):
            after = ""  # "…, X said in his interview, which was …": nothing reported here
        if not _WORD_RE.search(after) and after.strip().startswith(":"):
            # `The minister, Nora Pike, said on Twitter:` ending a paragraph: what was said
            # is the next paragraph, not the text before the speaker.
            self._colon_paragraph(ref, cue, cue_text, si)
            return
        if not _WORD_RE.search(after) and ref.np_start == s_start and si > 0:
            # `"…."⏎Nora Pike said.`: the attribution on its own line after the quote.
            seg = self.in_segment(self.sents[si - 1][1] - 1)
            if (
                seg is not None
                and seg.ref is None
                and not seg.consumed
                and self._standalone(seg)
                and "\n" in self.body[seg.close : s_start]
            ):
                self._set_speaker(seg, ref, cue)
                return
        if not _WORD_RE.search(after):
            # "…, Mr Dale said." — the content is before the speaker.
            np_i = self._tok_index(toks, ref.np_start)
            if np_i > 0 and toks[np_i - 1].low == "the":
                np_i -= 1  # "…, the Harbour Authority said.": a name after its article
            if (
                np_i > 0
                and np_i < len(toks)
                and self.body[s_start : toks[np_i].start].rstrip().endswith((",", "”,", '",'))
            ):
                self._inverted(ref, cue_text, cue.start, toks, np_i - 1, si)
            return
        if (
            _TRAILING_CLAUSE.match(after)
            and ref.np_start > s_start
            and self._inverted_lead(toks, ref, s_start)
        ):
            # "CONTENT, the minister said on Friday, after months of talks.": the trailing
            # adverbial clause belongs to the attribution.
            np_i = self._tok_index(toks, ref.np_start)
            if np_i > 0 and toks[np_i - 1].low == "the":
                np_i -= 1
            self._inverted(ref, cue_text, cue.start, toks, np_i - 1, si)
            return
        if after[0] == "," and ref.np_start > s_start:
            # "The trouble, he added, was that …": the attribution interrupts one clause.
            verb = re.match(r",\s*([\w’']+)(?:\s+([\w’']+))?", after)
            lead = self.body[s_start : ref.np_start].rstrip()
            word = verb.group(1).lower() if verb is not None else ""
            if (
                (
                    word in _FINITE
                    or word in _MORE_FINITE
                    # "The crew found the fault, she said, and fixed it": the attribution
                    # interrupts a clause whose coordinated predicate goes on after it.
                    or (
                        word in ("and", "but")
                        and verb is not None
                        and verb.group(2) is not None
                        and verb.group(2).islower()
                        and verb.group(2) not in _CLAUSE_OPENERS
                        and self._clause_like(s_start, s_start + len(lead))
                    )
                )
                and lead.endswith(",")
                and not self.in_segment(s_start)
            ):
                start = self._clause_start(toks, i, s_start)
                self._add_indirect(ref, start, self._trim_end(start, s_end), cue_text, cue.start)
                return
        if after[0] == "," and self._as_clause(toks, ref, s_start):
            # "As Tom Reyes notes, the bank has little room": the main clause is the content.
            start = pos + 1
            while start < s_end and self.body[start].isspace():
                start += 1
            end = self._content_end(toks, i, start, s_end)
            if end - start > 3 and self._clause_like(start, end) and not self.in_segment(start):
                self._add_indirect(ref, start, end, cue_text, cue.start)
            return
        if after[0] in ":," or (after.startswith(("“", '"')) and self._seg_fills(pos, s_end)):
            seg = self.in_segment(pos + (1 if after[0] in ":," else 0))
            if seg is None:
                seg = self.in_segment(pos + 2)
            if seg is not None and seg.ref is None and not seg.consumed:
                self._set_speaker(seg, ref, cue)
            elif seg is None and after[0] == ":":
                # `The ministry said in a statement:⏎The line will reopen …`: the reported
                # words after the colon (often on the next line), without quotation marks.
                start = pos + 1
                while start < s_end and self.body[start].isspace():
                    start += 1
                end = self._trim_end(start, s_end)
                if end - start > 3 and self._clause_like(start, end):
                    self._add_indirect(ref, start, end, cue_text, cue.start)
            return
        first = re.match(r"[\"“]?\s*([\w’']+)", after)
        if first is None:
            return
        word1 = first.group(1).lower()
        if (
            word1 in _ABOUT
            or (word1 in _PREPOSITION_OBJECT and not had_that)  # "insisted on a recount"
            or word1 in ("nothing", "little")
            or (word1 == "for" and low not in ("called for", "calls for"))
        ):
            return
        if word1 == "to" and low not in lex.NP_CONTENT_VERBS:
            return
        if (
            weak
            and not had_that
            and not (word1 == "to" and low.startswith(("expect", "predict")))
            and not (low in _FORECAST_VERBS and self._finite_clause(pos, s_end))
        ):
            return
        end = self._content_end(toks, i, pos, s_end)
        if end - pos < 3:
            return
        if low in lex.CLAUSE_VERBS and not had_that and not self._clause_like(pos, end):
            return  # "added 200 jobs", "claimed the title": an object, not reported speech
        if (
            low in lex.DENY_VERBS
            and not had_that
            and not word1.endswith("ing")
            and not self._clause_like(pos, end)
        ):
            return  # "denied the allegations", "denied any wrongdoing": no content clause
        self._add_indirect(ref, pos, end, cue_text, cue.start)

    def _colon_paragraph(self, ref: _Ref, cue: _Tok, cue_text: str, si: int) -> None:
        """The paragraph after a cue that ends its own with a colon is what was said: a quote
        there gets the speaker, an unquoted sentence is an indirect quote."""
        if si + 1 >= len(self.sents):
            return
        start, end = self.sents[si + 1]
        if self.body[start] in '"“':
            seg = self.in_segment(start)
            if seg is not None and seg.open == start and seg.ref is None and not seg.consumed:
                self._set_speaker(seg, ref, cue)
            return
        end = self._trim_end(start, end)
        if end - start > 3 and self._clause_like(start, end) and not self.in_segment(start):
            self._add_indirect(ref, start, end, cue_text, cue.start)

    def _as_clause(self, toks: list[_Tok], ref: _Ref, s_start: int) -> bool:
        """The subject opens an "As X said," clause at the start of the sentence."""
        np_i = self._tok_index(toks, ref.np_start)
        return (
            ref.kind in ("name", "pronoun", "role")
            and np_i >= 1
            and toks[np_i - 1].low == "as"
            and toks[np_i - 1].start == s_start
        )

    def _inverted_lead(self, toks: list[_Tok], ref: _Ref, s_start: int) -> bool:
        """Whether the speaker noun phrase follows a comma that closes content."""
        np_i = self._tok_index(toks, ref.np_start)
        if np_i > 0 and toks[np_i - 1].low == "the":
            np_i -= 1
        return (
            np_i > 1
            and toks[np_i - 1].text == ","
            and self._clause_like(s_start, toks[np_i - 1].start)
        )

    def _known_person(self, ref: _Ref) -> bool:
        """Whether a name is evidently a person: a title, an honorific or a listed first name
        ("according to Nora Pike" vs "according to Halvorsen Insights")."""
        words = ref.words
        if ref.titles or not words:
            return True
        first = words[0].lower().rstrip(".")
        full = self.inv.person_full(words)
        return (
            first in lex.HONORIFICS
            or first in lex.FEMALE_NAMES
            or first in lex.MALE_NAMES
            or words[-1] in self.inv.honorific_surnames
            or bool(self.inv.titles_of(full))
            or self._gender(full) != ""
        )

    def _finite_clause(self, start: int, end: int) -> bool:
        """A clause with its own finite auxiliary within its first eight words, after a
        subject ("prices will fall", "the plan would fail")."""
        words = [t for t in self.tokens(start, end) if t.is_word][:8]
        return any(k > 0 and t.low in _FINITE for k, t in enumerate(words)) and (
            bool(words) and words[0].low not in _FINITE and words[0].low not in ("to", "that")
        )

    def _clause_like(self, start: int, end: int) -> bool:
        """Whether a complement reads as a clause (has a finite verb or starts with a
        pronoun subject) rather than a bare noun phrase."""
        toks = [t for t in self.tokens(start, end) if t.is_word]
        if not toks:
            return False
        if toks[0].low in _CLAUSE_OPENERS:
            return True
        for t in toks[1:]:
            low = t.low
            if low in _FINITE or low in _MORE_FINITE or (low.endswith("ed") and len(low) > 4):
                return True
        return False

    def _outer_cue(self, toks: list[_Tok], i: int, subject_pos: int) -> int | None:
        """Start of an earlier cue in the same clause whose content holds this one."""
        for k in range(i - 1, -1, -1):
            t = toks[k]
            if t.start >= subject_pos:
                continue
            if t.text == ";" or (
                t.low in ("and", "but") and k > 0 and toks[k - 1].text in (",", "-", "—")
            ):
                return None
            if (
                t.low in lex.CUE_VERBS
                and t.low not in lex.DESCRIBE_VERBS
                and not t.low.endswith("ing")
            ):
                return t.start
        return None

    def _interrupting(self, toks: list[_Tok], i: int, rest: list[_Tok]) -> bool:
        """Whether "…, said X(, apposition)," is followed by more of the same clause."""
        if not rest or rest[0].text != ",":
            return False
        k = 1
        while k < len(rest) and rest[k].text != ",":
            k += 1
        tail = rest[k + 1 :] if k < len(rest) else rest[1:]
        if k < len(rest) and k > 1 and not self._appositive(rest[1:k]):
            tail = rest[1:]
        words = [t for t in tail if t.is_word]
        if not words:
            return False
        first = words[0].low
        left = [t for t in toks[:i] if t.is_word]
        # The clause before the cue has no verb of its own, and what follows starts with one.
        return (
            len(left) >= 2
            and (first in _FINITE or first in _MORE_FINITE)
            and not any(t.low in _FINITE or t.low in _MORE_FINITE for t in left)
        )

    def _clause_start(self, toks: list[_Tok], i: int, s_start: int) -> int:
        start = s_start
        for rec in self.records:
            if s_start <= rec.end <= toks[i].start:
                start = max(start, rec.end)
        while start < toks[i].start and not self.body[start].isalnum():
            start += 1
        return start

    def _headline(self, si: int) -> bool:
        """A line of its own with no closing punctuation: a headline or a caption."""
        s_start, s_end = self.sents[si]
        text = self.body[s_start:s_end]
        if "\n" in text or text[-1] in _SENTENCE_END:
            return False
        before = self.body[:s_start].rstrip(" \t")
        after = self.body[s_end:].lstrip(" \t")
        return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))

    def _tok_index(self, toks: list[_Tok], pos: int) -> int:
        for k, t in enumerate(toks):
            if t.start >= pos:
                return k
        return len(toks)

    def _seg_fills(self, pos: int, s_end: int) -> bool:
        seg = self.in_segment(pos)
        if seg is None:
            return False
        tail = self.body[seg.close + 1 : s_end]
        return not _WORD_RE.search(tail)

    def _skip_addressee(self, pos: int, s_end: int) -> int:
        toks = self.tokens(pos, min(s_end, pos + 120))
        if not toks:
            return pos
        t0 = toks[0]
        if t0.low in _ABOUT:
            return pos
        if len(toks) > 1 and toks[1].low == "that" and t0.is_word and not t0.is_cap:
            return t0.end  # "warned ministers that …"
        if t0.low in (
            "him",
            "her",
            "them",
            "me",
            "us",
            "reporters",
            "journalists",
            "parliament",
            "mps",
        ):
            return t0.end
        if t0.is_cap and t0.is_word and t0.low not in lex.FUNCTION_WORDS:
            j = 0
            while j + 1 < len(toks) and (
                (toks[j + 1].is_cap and toks[j + 1].is_word)
                or (
                    toks[j + 1].low in ("and", "of", "&")
                    and j + 2 < len(toks)
                    and toks[j + 2].is_cap
                )
            ):
                j += 1
            end = toks[j].end
            if toks[j].text.endswith(("'s", "’s")):
                return self._skip_to_head(toks, j + 1, end)
            return self._skip_to_head(toks, j + 1, end, optional=True)
        if (
            t0.low in ("the", "a", "an", "his", "her", "its", "their")
            or t0.low in lex.ADDRESSEE_HEADS
        ):
            if t0.low in lex.ADDRESSEE_HEADS:
                return t0.end
            return self._skip_to_head(toks, 1, t0.end)
        return pos

    def _skip_to_head(self, toks: list[_Tok], j: int, end: int, optional: bool = False) -> int:
        for k in range(j, min(j + 5, len(toks))):
            t = toks[k]
            if not t.is_word or t.low in ("that", "he", "she", "it", "they"):
                break
            if t.low in lex.ADDRESSEE_HEADS:
                while k + 1 < len(toks) and toks[k + 1].low in lex.ADDRESSEE_HEADS:
                    k += 1  # "a press conference", "a radio programme"
                t = toks[k]
                end = t.end
                # "the joint committee on Coastal Fisheries Policy"
                if (
                    k + 1 < len(toks)
                    and toks[k + 1].low in ("on", "of", "for")
                    and k + 2 < len(toks)
                    and toks[k + 2].is_cap
                ):
                    m = k + 2
                    while m + 1 < len(toks) and toks[m + 1].is_cap:
                        m += 1
                    end = toks[m].end
                return end
            if t.is_cap:
                end = t.end
                continue
            if optional and not any(
                u.low in lex.ADDRESSEE_HEADS for u in toks[k + 1 : min(k + 3, len(toks))]
            ):
                break  # "told Radio Harbour the Greens were …": the clause starts here
        if optional:
            return end
        if j < len(toks) and end > toks[j].start:
            return end  # a name: "told the Competition and Markets Authority"
        # No recognisable head: the determiner and one word, unless a verb follows it
        # ("warned the plan would fail": the clause starts at the determiner).
        if j + 1 < len(toks) and (toks[j + 1].low in _FINITE or toks[j + 1].low in _MORE_FINITE):
            return toks[0].start
        if j < len(toks) and toks[j].is_word:
            return toks[j].end
        return end

    def _content_end(self, toks: list[_Tok], i: int, pos: int, s_end: int) -> int:
        """End of an indirect quote: the sentence end or the next coordinated cue."""
        end = s_end
        for k in range(i + 1, len(toks)):
            t = toks[k]
            if t.start < pos or self.in_segment(t.start):
                continue
            appeal = (
                t.low in ("called", "calls", "call")
                and k + 1 < len(toks)
                and toks[k + 1].low in ("on", "for")
            )
            if (
                t.low in lex.CUE_VERBS
                and (appeal or t.low not in lex.DESCRIBE_VERBS | lex.WEAK_VERBS)
            ) or (t.low in lex.QUOTE_ONLY_VERBS and toks[k - 1].low in ("and", "but")):
                prev = toks[k - 1]
                if prev.text in (",", ";") or prev.low in ("and", "but"):
                    j = k - 1
                    while j > i and (toks[j].text in (",", ";") or toks[j].low in ("and", "but")):
                        j -= 1
                    if toks[j].end > pos:
                        end = toks[j].end
                        break
                if prev.low in _SUBJECT_PRONOUNS and k - 2 > i:
                    # "…, but he said that …", "…, she said …": a new attribution with its
                    # own subject ends the content of this one.
                    j = k - 2
                    while j > i and (toks[j].text in (",", ";") or toks[j].low in ("and", "but")):
                        j -= 1
                    if j < k - 2 and toks[j].end > pos:
                        end = toks[j].end
                        break
            if (
                toks[i].low in lex.NP_CONTENT_VERBS
                and t.low in ("and", "but")
                and k + 2 < len(toks)
                and toks[k + 1].is_cap
                and (toks[k + 2].low in _FINITE or toks[k + 2].low.endswith("ed"))
            ):
                # "proposed a freeze and Canada has begun …": a new clause, not the content
                end = toks[k - 1].end
                break
            if t.text == ";":
                end = t.start
                break
        return self._trim_end(pos, end)

    def _trim_end(self, start: int, end: int) -> int:
        while end > start and self.body[end - 1] in _TRIM_END + ".":
            # Keep a full stop or comma that sits inside a closing quote mark.
            end -= 1
        if end > start and self.body[end - 1] in '”"':
            seg = self.in_segment(end - 1)
            if seg is None or seg.open < start:
                return end
        return end

    def _add_indirect(self, ref: _Ref, start: int, end: int, cue: str, cue_pos: int) -> None:
        lo = bisect.bisect_left(self.seg_opens, start)
        hi = bisect.bisect_right(self.seg_opens, end)
        inside = [s for s in self.segs[lo:hi] if s.close < end + 1]
        for seg in self.segs[max(0, lo - 2) : lo]:
            if seg.open < start <= seg.close:
                return  # starts inside a quote: not reported speech
        if len(inside) == 1:
            seg = inside[0]
            lead = self.body[start : seg.open].strip()
            tail = self.body[seg.close + 1 : end].strip(" .,")
            if not lead and not tail:
                if seg.ref is None:
                    self._set_speaker(seg, ref, _Tok(cue, cue_pos, cue_pos + len(cue)))
                return
        for seg in inside:
            if seg.ref is None:
                seg.consumed = True
        self.used_cues.add(cue_pos)
        self.records.append(_Rec(ref, start, end, False, cue, None, cue_pos))

    def _inverted(
        self, ref: _Ref, cue: str, cue_pos: int, toks: list[_Tok], comma_i: int, si: int
    ) -> None:
        """Content before the attribution: "CONTENT, said X." / "CONTENT, X said."."""
        s_start = self.sents[si][0]
        if comma_i < 0:
            return
        end = toks[comma_i].start if toks[comma_i].text == "," else toks[comma_i].end
        start = s_start
        for rec in self.records:
            if s_start <= rec.end <= end:
                start = max(start, rec.end)
        while start < end and not self.body[start].isalnum() and self.body[start] not in '"“':
            start += 1
        end = self._trim_end(start, end)
        if end - start < 3:
            return
        seg = self.in_segment(end - 1)
        if seg is not None and seg.open <= start:
            return  # a quoted segment: pass 1 attributes it
        if seg is not None and self.body[start : seg.open].strip() == "":
            return
        self._add_indirect(ref, start, end, cue, cue_pos)

    def _according(self, si: int) -> None:
        s_start, s_end = self.sents[si]
        text = self.body[s_start:s_end]
        for m in _ACCORDING.finditer(text):
            a = s_start + m.end()
            toks = self.tokens(a, s_end)
            n = 0
            while (
                n < len(toks) and n < _MAX_NAME_TOKENS and toks[n].text not in (",", ".", ";", ":")
            ):
                n += 1
            chunk = toks[:n]
            # "according to a statement from X": X's own words.
            if (
                len(chunk) > 3
                and chunk[0].low in ("a", "the")
                and chunk[1].low in _WRITTEN_SUBJECTS | lex.SPOKES_ROLES
                and chunk[2].low in ("from", "by", "for")
            ):
                chunk = chunk[3:]
            if not chunk or any(t.low in _DOC_WORDS for t in chunk):
                continue
            if any(t.low in ("from", "by") for t in chunk):
                continue
            ref = self.parse_subject(chunk, allow_coord=False)
            if ref is None or ref.kind not in ("name", "role", "orgrole"):
                continue
            if ref.np_start > chunk[0].start and ref.kind == "name":
                lead = self.body[chunk[0].start : ref.np_start].split()
                if len(lead) > _MAX_DESCRIPTOR:
                    continue
            cue_pos = s_start + m.start()
            if m.start() == 0 or not text[: m.start()].strip(" ,"):
                # "According to X, CONTENT."
                rest = toks[n:]
                if not rest or rest[0].text != ",":
                    continue
                start = rest[0].end
                while start < s_end and self.body[start].isspace():
                    start += 1
                end = self._trim_end(start, s_end)
            else:
                start = s_start
                end = self._trim_end(s_start, cue_pos)
            if (
                ref.kind == "name"
                and (ref.name_kind == "org" or not self._known_person(ref))
                and _DIGIT.search(self.body, start, end)
            ):
                continue  # figures an organisation (or a name not known as a person) published
            if end - start > 3:
                self._add_indirect(ref, start, end, "according to", cue_pos)

    # -- pass 3: floating quotes --------------------------------------------------------------
    def floating(self) -> None:
        for k, seg in enumerate(self.segs):
            if seg.ref is not None or seg.consumed or not self._standalone(seg):
                continue
            si = self.sent_of(seg.open)
            if seg.runs_on and k + 1 < len(self.segs) and self.segs[k + 1].ref is not None:
                # A quote running over a paragraph end belongs to the speaker named after it.
                seg.ref = self.segs[k + 1].ref
                seg.cue = ""
                continue
            prev = self._previous_speaker(seg.open, si)
            if prev is not None:
                seg.ref = prev
                seg.cue = ""
                continue
            # A floating quote just before an attributed one: "…." "…," he said.
            if k + 1 < len(self.segs):
                nxt = self.segs[k + 1]
                if (
                    nxt.ref is not None
                    and self.sent_of(nxt.open) - self.sent_of(seg.close) <= 1
                    and (self.para[self.sent_of(nxt.open)] == self.para[si])
                ):
                    seg.ref = nxt.ref
                    seg.cue = ""
                    continue
            # A quote standing alone right before a sentence that opens with a named
            # speaker's attribution: `"…."⏎⏎Nora Pike, the minister, said …`.
            opener = self._opening_speaker(self.sent_of(max(seg.close - 1, seg.open)) + 1)
            if opener is not None:
                seg.ref = opener
                seg.cue = ""

    def _opening_speaker(self, si: int) -> _Ref | None:
        """The named speaker whose noun phrase opens sentence `si` as the subject of an
        attribution there."""
        if si >= len(self.sents):
            return None
        start, end = self.sents[si]
        refs = [r.ref for r in self.records if start <= r.cue_pos < end]
        refs += [g.ref for g in self.segs if g.ref is not None and start <= g.cue_pos < end]
        for ref in refs:
            if ref.kind == "name" and ref.np_start == start:
                return ref
        return None

    def _standalone(self, seg: _Seg) -> bool:
        si = self.sent_of(seg.open)
        before = self.body[self.sents[si][0] : seg.open]
        if before.strip():
            return False
        ei = self.sent_of(max(seg.close - 1, seg.open))
        after = self.body[seg.close + 1 : self.sents[ei][1]]
        return not _WORD_RE.search(after)

    def _previous_speaker(self, pos: int, si: int) -> _Ref | None:
        best: tuple[int, _Ref] | None = None
        for rec in self.records:
            if rec.end <= pos and (best is None or rec.end > best[0]):
                best = (rec.end, rec.ref)
        for seg in self.segs:
            if (
                seg.ref is not None
                and seg.open < pos
                and seg.close <= pos
                and (best is None or seg.close > best[0])
            ):
                best = (seg.close, seg.ref)
        if best is None:
            return None
        bi = self.sent_of(max(best[0] - 1, 0))
        if si - bi > _FLOAT_REACH and not (
            si - bi == _FLOAT_REACH + 1 and self.para[bi] == self.para[si]
        ):
            return None
        return best[1]

    # -- pass 4: resolution -------------------------------------------------------------------
    def collect(self) -> list[_Rec]:
        recs = list(self.records)
        for seg in self.segs:
            if seg.ref is not None and not seg.consumed:
                recs.append(_Rec(seg.ref, seg.start, seg.end, True, seg.cue, seg, seg.cue_pos))
        # Joint speakers: one record each.
        for rec in list(recs):
            for other in rec.ref.others:
                recs.append(
                    _Rec(other, rec.start, rec.end, rec.direct, rec.cue, rec.seg, rec.cue_pos)
                )
        recs.sort(key=lambda r: (r.start, r.end))
        return recs

    def resolve(self) -> list[Quote]:
        recs = self.collect()
        spans = [(r.start, r.end) for r in recs]
        mentions = self._mentions(spans)
        history: list[_Resolved] = []
        # Resolve in order of the speaker mentions, not of the quotes.
        order = sorted(range(len(recs)), key=lambda k: (recs[k].ref.pos, recs[k].start))
        resolved: dict[int, _Resolved | None] = {}
        for k in order:
            rec = recs[k]
            if rec.ref.kind == "both":
                pair = self._last_two(rec.ref.pos, history, mentions)
                if pair is None:
                    resolved[k] = None
                    continue
                resolved[k] = pair[0]
                recs.append(_Rec(rec.ref, rec.start, rec.end, rec.direct, rec.cue, rec.seg, -1))
                resolved[len(recs) - 1] = pair[1]
                continue
            res = self._resolve_ref(rec.ref, history, mentions)
            resolved[k] = res
            if res is not None:
                history.append(_Resolved(res.name, res.kind, rec.ref.pos, rec.ref.spokes))
                self.seen_titles.setdefault(res.name, []).extend(rec.ref.titles)
        out: list[Quote] = []
        seen: set[tuple[str, int, int]] = set()
        by_start = sorted(range(len(recs)), key=lambda j: recs[j].start)
        self._rec_index = (by_start, [recs[j].start for j in by_start])
        for k, rec in enumerate(recs):
            res = resolved[k]
            if res is None or not res.name:
                continue
            if (
                res.kind == "organisation"
                and self._is_media(res.name)
                and rec.cue.lower() in _MEDIA_CUES
            ):
                continue
            if not rec.direct and self._nested_same(k, recs, resolved):
                continue
            key = (res.name, rec.start, rec.end)
            if key in seen:
                continue
            seen.add(key)
            out.append(
                Quote(
                    speaker=res.name,
                    text=self.body[rec.start : rec.end],
                    direct=rec.direct,
                    cue=rec.cue,
                    start=rec.start,
                    end=rec.end,
                    speaker_titles=self._titles(res.name),
                    speaker_kind=res.kind,
                )
            )
        return out

    def _last_two(
        self, pos: int, history: list[_Resolved], mentions: list[_Mention]
    ) -> tuple[_Resolved, _Resolved] | None:
        """The two people named last before `pos` ("Both men said …")."""
        cands = [(h.pos, h.name) for h in history if h.pos < pos and h.kind == "person"]
        cands += [(m.pos, m.full) for m in mentions if m.pos < pos and m.kind == "person"]
        names: list[str] = []
        for _p, name in sorted(cands, reverse=True):
            if name not in names:
                names.append(name)
            if len(names) == 2:
                return (_Resolved(names[1], "person", pos), _Resolved(names[0], "person", pos))
        return None

    def _nested_same(self, k: int, recs: list[_Rec], resolved: dict[int, _Resolved | None]) -> bool:
        """An indirect quote whose cue sits inside another quote of the same speaker
        ("… on illicit drugs that he said were …") is part of that quote."""
        rec = recs[k]
        res = resolved[k]
        by_start, starts = self._rec_index
        lo = bisect.bisect_left(starts, rec.cue_pos - _MAX_SPAN)
        hi = bisect.bisect_right(starts, rec.cue_pos)
        for j in by_start[lo:hi]:
            other = recs[j]
            if other.end < rec.end:
                continue
            o = resolved[j]
            if j == k or o is None or res is None or o.name != res.name:
                continue
            if other.start <= rec.cue_pos < other.end and other.end >= rec.end:
                return True
        return False

    def _titles(self, name: str) -> tuple[str, ...]:
        titles = self.inv.titles_of(name) + self.seen_titles.get(name, [])
        out: list[str] = []
        for t in titles:
            for part in re.split(r"\s+and\s+|\s*、\s*", t):
                part = _clean_title(part)
                if part and part not in out:
                    out.append(part)
        # "Green candidate" adds nothing to "Former Green candidate".
        return tuple(t for t in out if not any(t != u and t in u for u in out))

    def _is_media(self, name: str) -> bool:
        words = name.lower().split()
        if words[-1:] == ["agency"] and not any(w in _NEWS_WORDS for w in words):
            return False  # "the European Space Agency says": an agency, not a news agency
        return bool(words) and (words[-1] in lex.MEDIA_WORDS or name.lower() in lex.MEDIA_WORDS)

    def _mentions(self, spans: list[tuple[int, int]]) -> list[_Mention]:
        """Named mentions outside quotes, with whether each is a sentence's subject."""
        out: list[_Mention] = []
        merged: list[list[int]] = []
        for s0, e0 in sorted(spans):
            if merged and s0 <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e0)
            else:
                merged.append([s0, e0])
        starts = [m[0] for m in merged]
        for name in self.inv.names:
            if self.in_segment(name.start) is not None:
                continue
            k = bisect.bisect_right(starts, name.start) - 1
            in_span = k >= 0 and name.start < merged[k][1]
            full = (
                self.inv.person_full(name.words)
                if name.kind == "person"
                else self.inv.org_full(name.words)
            )
            if name.kind == "org" and self._is_media(full):
                continue
            subject = not in_span and self._sentence_initial(name.start)
            out.append(_Mention(name.start, full, name.kind, subject))
        out.sort(key=lambda m: m.pos)
        return out

    def _sentence_initial(self, pos: int) -> bool:
        """Whether a name at `pos` opens its sentence (after adverbials and titles)."""
        known = self._initial_cache.get(pos)
        if known is None:
            known = self._initial_cache[pos] = self._sentence_initial_uncached(pos)
        return known

    def _sentence_initial_uncached(self, pos: int) -> bool:
        si = self.sent_of(pos)
        saw_cap = False
        in_pp = False  # inside an opening prepositional phrase not yet closed by a comma
        for k, t in enumerate(self.tokens(self.sents[si][0], pos)):
            if self.in_segment(t.start):
                continue
            if k == 0 and t.low in _INTRO_PREPOSITIONS:
                in_pp = True
            if not t.is_word:
                if t.text == "," and saw_cap:
                    return False  # an apposition: "Mr Ferris, MP for X"
                if t.text == ",":
                    in_pp = False
                continue
            if saw_cap and t.low in _OBJECT_AFTER_CAP:
                return False  # "Fans on Reddit were angry": Reddit is an object
            if t.is_cap or t.low in _OPENER_WORDS:
                saw_cap = saw_cap or (t.is_cap and t.low not in _OPENER_WORDS)
                continue
            return False
        return not in_pp  # "In a Substack post last week the singer …": not Substack

    def _resolve_ref(
        self, ref: _Ref, history: list[_Resolved], mentions: list[_Mention]
    ) -> _Resolved | None:
        if ref.kind == "name":
            words = ref.words
            if ref.name_kind == "person":
                return _Resolved(self.inv.person_full(words), "person", ref.pos)
            return _Resolved(self.inv.org_full(words), "organisation", ref.pos)
        if ref.kind == "pronoun" and ref.words[0] == "they":
            # "they said in a statement": an organisation that was the last speaker or
            # subject, within two sentences; people or nothing nearby -> unresolved.
            near = self._recent(ref.pos, "any", history, mentions)
            if (
                near is not None
                and near.kind == "organisation"
                and self._last_pos(ref.pos, near.name, history, mentions) is not None
            ):
                return near
            return None
        if ref.kind == "pronoun":
            want = "org" if ref.words[0] == "it" else "person"
            gender = "f" if ref.words[0] == "she" else "m" if ref.words[0] == "he" else ""
            res = self._fronted_clause_person(ref, gender, mentions) if gender else None
            if res is None:
                res = self._recent(ref.pos, want, history, mentions, gender=gender)
            if res is None and want == "person":
                # No earlier speaker or subject: a person named in passing shortly before.
                first = self.sent_of(ref.pos) - _PRONOUN_REACH
                for m in reversed(mentions):
                    if (
                        m.pos < ref.pos
                        and m.kind == "person"
                        and self.sent_of(m.pos) >= first
                        and self._gender(m.full) in ("", gender)
                    ):
                        res = _Resolved(m.full, "person", ref.pos)
                        break
            if res is not None and gender and res.kind == "person" and not self._gender(res.name):
                # Once "he" has meant this person, "she" does not.
                assert self._text_genders is not None
                self._text_genders[res.name] = gender
            return res
        if ref.kind == "orgrole":
            same = self._same_head_org(ref, history, mentions)
            if same is not None:
                return same
            res = self._recent(ref.pos, "org", history, mentions)
            if res is None:
                # "The Swedish firm behind the Natural Cycles app … the firm said"
                first = self.sent_of(ref.pos) - _ORG_REACH
                for m in reversed(mentions):
                    if m.pos < ref.pos and m.kind == "org" and self.sent_of(m.pos) >= first:
                        return _Resolved(m.full, "organisation", ref.pos)
            return res
        if ref.kind == "written":
            return self._recent(ref.pos, "any", history, mentions)
        if ref.kind == "role":
            return self._resolve_role(ref, history, mentions)
        if ref.kind == "new":
            return self._next_subject(ref.pos, ref.words[0], mentions)
        return None

    def _same_head_org(
        self, ref: _Ref, history: list[_Resolved], mentions: list[_Mention]
    ) -> _Resolved | None:
        """ "the ministry said": the nearest earlier organisation whose name ends in that
        head ("the Health Ministry"), within the look-back, before any other organisation;
        "the company/firm" prefers names ending like a company ("… Foods", "… Inc")."""
        head = ref.words[-1]
        heads = _COMPANY_ENDINGS if head in ("company", "firm") else frozenset([head])
        floor = self.sents[max(0, self.sent_of(ref.pos) - _MAX_LOOKBACK)][0]
        best: tuple[int, str] | None = None
        for h in history:
            if h.kind == "organisation" and floor <= h.pos < ref.pos:
                last = h.name.lower().split()[-1:]
                if last and last[0] in heads and (best is None or h.pos > best[0]):
                    best = (h.pos, h.name)
        for m in mentions:
            if m.pos >= ref.pos:
                break
            last = m.full.lower().split()[-1:]
            if (
                m.kind == "org"
                and m.pos >= floor
                and last
                and last[0] in heads
                and (best is None or m.pos > best[0])
            ):
                best = (m.pos, m.full)
        # "The group, Harbour Workers Alliance, formed …" … "the group said": the name given
        # in apposition to the same head noun.
        for ap in re.finditer(rf"\b[Tt]he {re.escape(head)},\s+", self.body[floor : ref.pos]):
            k = floor + ap.end()
            name = _APPOSED_NAME.match(self.body, k, ref.pos)
            if name is not None and (best is None or k > best[0]):
                best = (k, name.group(1))
        return _Resolved(best[1], "organisation", ref.pos) if best is not None else None

    def _last_pos(
        self, pos: int, name: str, history: list[_Resolved], mentions: list[_Mention]
    ) -> int | None:
        """Where `name` last spoke or was a subject before `pos`, if within two sentences."""
        found = [h.pos for h in history if h.name == name and h.pos < pos]
        found += [m.pos for m in mentions if m.full == name and m.pos < pos]
        if not found or self.sent_of(pos) - self.sent_of(max(found)) > 2:
            return None
        return max(found)

    def _next_subject(self, pos: int, want: str, mentions: list[_Mention]) -> _Resolved | None:
        """The name opening the next sentence, for "a candidate", "an agency" (cataphora)."""
        nxt = self.sent_of(pos) + 1
        kind: SpeakerKind = "organisation" if want == "org" else "person"
        for m in mentions:
            si = self.sent_of(m.pos)
            if si > nxt:
                break
            if si == nxt and m.subject:
                return _Resolved(m.full, kind, pos) if m.kind == want else None
        return None

    def _gender(self, full: str) -> str:
        words = full.split()
        if not words:
            return ""
        h = self.inv.honorific_surnames.get(words[-1], "")
        if h in lex.FEMALE_HONORIFICS:
            return "f"
        if h in lex.MALE_HONORIFICS:
            return "m"
        first = words[0].lower()
        if len(words) > 1 and first in lex.FEMALE_NAMES and first not in lex.MALE_NAMES:
            return "f"
        if len(words) > 1 and first in lex.MALE_NAMES and first not in lex.FEMALE_NAMES:
            return "m"
        if self._text_genders is None:
            self._text_genders = self._learn_genders()
        return self._text_genders.get(full, "")

    def _learn_genders(self) -> dict[str, str]:
        """Gender read from the article's own pronouns: a person who opens a sentence and
        is followed, before any other person is named, by "she"/"her" in that sentence or by
        "She …" opening the next one ("Dana Ruiz, her lawyer and …"; "Ruiz won. She …").
        Only unanimous votes count."""
        votes: dict[str, set[str]] = {}
        people = [n for n in self.inv.names if n.kind == "person"]
        for k, name in enumerate(people):
            if self.in_segment(name.start) is not None or not self._sentence_initial(name.start):
                continue
            si = self.sent_of(name.start)
            limit = people[k + 1].start if k + 1 < len(people) else len(self.body)
            found = ""
            for t in self.tokens(name.end, min(limit, self.sents[si][1])):
                if self.in_segment(t.start) is None and t.low in _PRONOUN_GENDER:
                    found = _PRONOUN_GENDER[t.low]
                    break
            if not found and si + 1 < len(self.sents):
                # The next sentence opens with a pronoun: its antecedent is this subject.
                nxt = self.tokens(*self.sents[si + 1])
                if nxt and nxt[0].low in ("he", "she"):
                    found = _PRONOUN_GENDER[nxt[0].low]
            if found:
                votes.setdefault(self.inv.person_full(name.words), set()).add(found)
        return {full: next(iter(gs)) for full, gs in votes.items() if len(gs) == 1}

    def _recent(
        self,
        pos: int,
        want: str,
        history: list[_Resolved],
        mentions: list[_Mention],
        gender: str = "",
        office: str = "",
        any_mention: bool = False,
    ) -> _Resolved | None:
        """The nearest earlier speaker or sentence subject of the wanted kind."""
        cands: list[tuple[int, str, SpeakerKind]] = []
        # Bounded look-back: far-away antecedents are never right and cost time on long texts.
        floor = self.sents[max(0, self.sent_of(pos) - _MAX_LOOKBACK)][0]
        for h in history:
            if h.pos >= pos or h.pos < floor:
                continue
            if (
                want == "any"
                or (h.kind == "organisation") == (want == "org")
                or (want == "person" and h.spokes)
            ):
                cands.append((h.pos, h.name, h.kind))
        if len(self._mention_pos) != len(mentions):
            self._mention_pos = [m.pos for m in mentions]
        first = bisect.bisect_left(self._mention_pos, floor)
        for m in mentions[first:]:
            if m.pos >= pos:
                break
            strong = m.subject or (
                any_mention and m.full.split()[-1] in self.inv.honorific_surnames
            )
            if strong and (want == "any" or m.kind == want):
                cands.append((m.pos, m.full, "organisation" if m.kind == "org" else "person"))
        cands.sort(key=lambda c: -c[0])
        for _p, name, kind in cands:
            if gender and kind == "person" and self._gender(name) not in ("", gender):
                continue
            if office and self._other_office(name, office):
                continue
            return _Resolved(name, kind, pos)
        return None

    def _introduced_unnamed(self, head: str, pos: int) -> bool:
        """Whether "a/an/another … <head>" appears in the three sentences before `pos`."""
        start = self.sents[max(0, self.sent_of(pos) - _PRONOUN_REACH)][0]
        pattern = _INDEFINITE_ROLE.get(head)
        if pattern is None:
            pattern = re.compile(
                r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w’'-]+\s+){0,2}?" + re.escape(head) + r"\b"
            )
            _INDEFINITE_ROLE[head] = pattern
        return pattern.search(self.body, start, pos) is not None

    def _other_office(self, name: str, office: str) -> bool:
        """Whether `name` is known by a title that is not `office` ("Leeds mayor" is not
        "the prime minister")."""
        for title in self.inv.titles_of(name) + self.seen_titles.get(name, []):
            words = title.lower().replace("-", " ").split()
            if not words or office in words:
                continue
            if any(w in lex.PERSONAL_TITLES and w not in lex.HONORIFICS for w in words):
                return True
        return False

    def _resolve_role(
        self, ref: _Ref, history: list[_Resolved], mentions: list[_Mention]
    ) -> _Resolved | None:
        head = ref.words[-1]
        # A person already given this title: "Green MP Carol Venn" ... "the Dunmore West MP".
        best: tuple[int, str] | None = None
        for name in self.inv.names:
            if name.kind != "person" or name.start >= ref.pos:
                continue
            full = self.inv.person_full(name.words)
            for title in name.titles + self.seen_titles.get(full, []):
                if head in title.lower().replace("-", " ").split() and (
                    best is None or name.start > best[0]
                ):
                    best = (name.start, full)
        if best is None:
            # A title sharing a word with the description: "Former civil service chief Lord
            # Hale" … "the former cabinet secretary".
            mods = {w for w in ref.words[:-1] if w not in _DETERMINERS}
            for name in self.inv.names:
                if name.kind != "person" or name.start >= ref.pos or not mods:
                    continue
                full = self.inv.person_full(name.words)
                for title in name.titles + self.seen_titles.get(full, []):
                    if mods & set(title.lower().replace("-", " ").split()) and (
                        best is None or name.start > best[0]
                    ):
                        best = (name.start, full)
        if best is None:
            # Cataphora: "the interior minister said …" then "Interior Minister Ana Vale"
            # within the next three sentences, with every word of the description in the title.
            want = {w for w in ref.words if w not in _DETERMINERS and not w.endswith(("'s", "’s"))}
            last_si = self.sent_of(ref.pos) + _ORG_REACH
            for name in self.inv.names:
                if name.kind != "person" or name.start <= ref.pos:
                    continue
                if self.sent_of(name.start) > last_si:
                    break
                if any(want <= set(t.lower().replace("-", " ").split()) for t in name.titles):
                    best = (name.start, self.inv.person_full(name.words))
                    break
        if best is not None:
            return _Resolved(best[1], "person", ref.pos)
        if ref.fallback is not None:
            return self._resolve_ref(ref.fallback, history, mentions)
        if head in lex.ANONYMOUS_ROLES and head not in lex.OFFICES:
            return None  # "the official", "the analyst": only a person given that title
        if self._introduced_unnamed(head, ref.pos):
            return None  # "A nurse on the ward told …" … "the nurse said": still unnamed
        office = head if head in lex.OFFICES else ""
        res = self._recent(ref.pos, "person", history, mentions, office=office)
        if res is None and office:
            res = self._recent(ref.pos, "person", [], mentions, office=office, any_mention=True)
        if res is None:
            res = self._next_subject(ref.pos, "person", mentions)
        return res


@dataclass
class _Mention:
    pos: int
    full: str
    kind: str  # person | org
    subject: bool


_OPENER_WORDS = lex.word_set(
    """the a an but and however on in at last this that yesterday today later earlier meanwhile
    also then so yet after before while when former"""
)


_OBJECT_AFTER_CAP = lex.word_set("on in at of for from with by")
_BACK_SKIP = lex.word_set(
    """also has have had is was were will would could may might did does do later earlier
    previously recently repeatedly then now today yesterday tonight once again further
    reportedly publicly separately privately already still simply just firmly openly flatly
    allegedly initially originally always often to alleged understood thought believed known
    said quoted twice consistently strongly vehemently angrily never first finally quickly
    briefly"""
)
_WEEK_WORDS = lex.word_set(
    """week month year night weekend morning afternoon evening monday tuesday wednesday
    thursday friday saturday sunday"""
)
_PRONOUN_GENDER = {
    "he": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
_BACK_TIME = lex.word_set("last this on next")
_FORWARD_TAIL = lex.word_set("on in at last this yesterday today week month year night")


def _org_with_and(words: list[str]) -> bool:
    """A name with "and" that is one organisation ("Food and Drug Administration", "Centers
    for Disease Control and Prevention", "Department of Health and Social Care"), not two
    speakers."""
    low = [w.lower() for w in words]
    return (
        low[-1] in lex.ORG_SUFFIXES
        or low[-1] in lex.BODY_HEADS
        or "for" in low
        or (low[0] in lex.BODY_HEADS and "of" in low)
    )


def _descriptor_word(t: _Tok) -> bool:
    """A word that may describe a person before the name ("union organiser Kim Baxter")."""
    low = t.low
    return (
        t.is_word
        and low not in lex.CUE_VERBS
        and low not in lex.FUNCTION_WORDS
        and low not in lex.AUX_ADVERBS
        and low not in lex.PERSON_PRONOUNS
        and not low.endswith("ed")
    )


def _clean_title(text: str) -> str:
    """A title from an apposition: "the shadow housing minister" -> "shadow housing
    secretary"; relative clauses that are not titles ("who was forced to …") -> ""."""
    text = text.strip(" ,")
    relative = _RELATIVE_TITLE.match(text)
    if relative is not None:
        text = relative.group(1)
        words = text.split()
        if not words or not (
            words[0].lower() in ("a", "an", "the")
            or words[0][:1].isupper()
            or any(w.lower().strip(",") in lex.PERSON_ROLES for w in words[:5])
        ):
            return ""  # "who was wrongly convicted …"
    elif _NOT_A_TITLE.match(text):
        return ""
    text = re.sub(r"^(?:a|an|the|now)\s+", "", text, flags=re.IGNORECASE)
    text = re.split(r"\s+(?:who|which|whose)\s+", text)[0].strip(" ,")
    return "" if text.isdigit() else text


# Doubled single marks standing for double ones (‘‘…’’, a typesetting habit of some wire
# copy), rewritten to a double mark and a space so that every offset stays where it was.
_DOUBLED_OPEN = re.compile(r"‘‘(?=\S)")
_DOUBLED_CLOSE = re.compile(r"(?<=\S)’’")


def _double_marks(body: str) -> str:
    if "‘‘" not in body and "’’" not in body:
        return body
    return _DOUBLED_CLOSE.sub("” ", _DOUBLED_OPEN.sub(" “", body))


def extract_quotes(body: str) -> list[Quote]:
    """Who said what in an English article body; offsets index `body`."""
    if not body.strip():
        return []
    text = _double_marks(body)
    ex = _Extractor(text)
    ex.attribute_segments()
    ex.reported_speech()
    ex.floating()
    quotes = ex.resolve()
    if text is not body:
        quotes = [_on_original(body, q) for q in quotes]
    return quotes


def _on_original(body: str, q: Quote) -> Quote:
    """A span found on the rewritten marks, on the body as written: a span that takes in a
    doubled mark takes in both halves of it."""
    start, end = q.start, q.end
    if start > 0 and body[start - 1 : start + 1] == "‘‘":
        start -= 1
    if body[end - 1 : end + 1] == "’’":
        end += 1
    return replace(q, text=body[start:end], start=start, end=end)
