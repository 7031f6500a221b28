"""Names in an English article: capitalised runs, person or organisation, their titles, and
the fullest form each is written in (for "Mr Okoro" -> "Grace Okoro", "NMB" -> "Northern
Maritime Bank"). Used by quotes_en.py."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsarchive.pipeline import quotes_en_lex as lex

# One capitalised word of a name ("O’Hara", "Ferrer-Lyons", "P&Q", "BnR", "U.S.").
_CAP_WORD = (
    r"(?:(?:Jr|Sr)\.|[A-Z](?:\.[A-Z])+\.?|(?<![\w.])[A-Z]\.(?=[ \t]+[A-Z][a-z])|"
    r"[A-Z][\w’'&\-]*\w|[A-Z])"
)
_CONNECTOR = r"(?:of|and|&|de|van|von|der|den|al|bin|du|da|la|le|for)"
NAME_RUN = re.compile(
    rf"(?<![\w’'])(?:{_CAP_WORD})(?:[ \t]*\n?[ \t]*(?:{_CONNECTOR}[ \t]+)?(?:{_CAP_WORD}))*"
)
_TOKEN = re.compile(r"\S+")
_GENERATION = frozenset(["Jr.", "Sr.", "Jr", "Sr", "II", "III"])
_POSSESSIVE = re.compile(r"[’']s?$")
# Surnames with an inner capital are not acronyms: "McAllister", "MacLeod", "DeSantis".
_INNER_CAP_SURNAME = re.compile(r"^(?:Mc|Mac|De|Di|Du|La|Le|Van|Von)[A-Z][a-z]{2,}$")
_ACRONYM = re.compile(r"^(?:[A-Z][A-Za-z]*[A-Z]+[A-Za-z]*|[A-Z]&[A-Z]|(?:[A-Z]\.){2,})$")
# Lower-case words of a title just before a name: "Lyon mayor Jean Morel".
_PRE_TITLE = re.compile(r"((?<![\w’'-])(?:[\w’'-]+[ \t]+){0,3}?\b([a-z][\w-]*))[ \t]+$")
_SPEAKS_NEXT = re.compile(
    r"(?:\s+(?:has|have|had|also|later|then|now)){0,2}\s+(?:said|says|told|added|warned|"
    r"claimed|insisted|denied|announced|confirmed|argued|predicted|stated|([a-z]{3,}ed))\b|"
    r",\s*(?:which|who|whose|\d)"
)
_THING_AFTER = re.compile(
    r"\s+(?:app|apps|brand|brands|shares|stock|website|platform|product|products|stores|"
    r"shops|factory|factories|plant|plants|headquarters|chain|customers|subscribers|users|"
    r"software|service|services|network|board|shareholders|employees|staff|workers|"
    r"spokesman|spokeswoman|spokesperson|executives|subsidiary|division|unit)\b"
)
_APPOSITION_AFTER = re.compile(r",\s+(?:a|an|the)\s+([^,.;:\"“”()]{3,60}?)\s*[,.;]")
_MONTH_MAY = re.compile(r"\b(?:in|on|since|until|by|from|last|next|this|early|late|mid)\s+$", re.I)
_ACRONYM_WORD = re.compile(r"\b[A-Z][A-Za-z&]*[A-Z]\b")
_RELATIVE_AFTER = re.compile(r"[’']?s?,\s+(which|who)\b")
_IT_AFTER = re.compile(
    r"\s+(?:(?:has|had|also)\s+)?(?:said|says|announced|added|confirmed|stated|denied|warned)"
    r"\s+(?:that\s+)?its\b|\s+and\s+its\b"
)
# ", head of …", ", an accountant in …": an apposition that describes a person.
_ROLE_APPOSITION = re.compile(r",\s+(?:an?\s+|the\s+)?[a-z][a-z-]+\s+(?:of|at|for|in|with)\b")
_AGE_AFTER = re.compile(r"^,\s*\d{1,3}\s*,")


def person_of(words: list[str]) -> bool:
    """Whether a run reads "<person name> of <organisation>"."""
    if "of" not in words:
        return False
    k = words.index("of")
    before = words[:k]
    return (
        len(before) >= 2
        and k + 1 < len(words)
        and not any(w.lower() in lex.ORG_SUFFIXES or is_acronym(w) for w in before)
        and before[-1].lower() not in lex.TITLE_WORDS
    )


def is_acronym(word: str) -> bool:
    return (
        bool(_ACRONYM.match(word))
        and sum(c.isupper() for c in word) >= 2
        and not _INNER_CAP_SURNAME.match(strip_possessive(word))
    )


def strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word) if word.endswith(("'s", "’s", "'", "’")) else word


@dataclass
class Name:
    """A capitalised name found in the text."""

    words: tuple[str, ...]
    start: int
    end: int
    kind: str  # "person" | "org"
    titles: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.words)


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper() and w.lower() not in ("and", "of"))


class Inventory:
    """Every name in one article, with what the whole article says about it."""

    def __init__(self, body: str, sentence_starts: set[int]) -> None:
        self.body = body
        self.names: list[Name] = []
        self.person_surnames: dict[str, list[Name]] = {}
        self.mid_caps: set[str] = set()
        self.honorific_surnames: dict[str, str] = {}  # surname -> honorific seen with it
        self.multi_last: set[str] = set()
        self._acronym_caps: set[str] | None = None
        self._by_text: dict[str, list[Name]] = {}
        self._org_cache: dict[tuple[str, ...], str] = {}
        self._person_cache: dict[tuple[str, ...], str] = {}
        self._titles_by_full: dict[str, list[str]] | None = None
        self._find(sentence_starts)

    # -- building ---------------------------------------------------------------
    def _runs(self, sentence_starts: set[int]) -> list[tuple[list[str], int, int]]:
        runs: list[tuple[list[str], int, int]] = []
        for m in NAME_RUN.finditer(self.body):
            words = [(t.group(), m.start() + t.start()) for t in _TOKEN.finditer(m.group())]
            # A possessive ends a name: "Norway's Clean Rivers Network".
            current: list[tuple[str, int]] = []
            for w, pos in words:
                current.append((w, pos))
                if w.endswith(("'s", "’s")) or (w.endswith(("'", "’")) and len(w) > 1):
                    runs.append(self._finish(current))
                    current = []
            if current:
                runs.append(self._finish(current))
        return runs

    def _finish(self, words: list[tuple[str, int]]) -> tuple[list[str], int, int]:
        last, last_pos = words[-1]
        stripped = strip_possessive(last)
        ws = [w for w, _ in words[:-1]] + [stripped]
        return ws, words[0][1], last_pos + len(stripped)

    def _after_open_quote(self, pos: int) -> bool:
        return pos > 0 and self.body[pos - 1] in "\"“‘'"

    def _find(self, sentence_starts: set[int]) -> None:
        raw = self._runs(sentence_starts)
        # Last words of multi-word names that look personal: a surname used alone is a person.
        self.multi_last = {
            words[-1]
            for words, _s, _e in raw
            if len(words) >= 2
            and words[-1].lower() not in lex.ORG_SUFFIXES
            and not any(is_acronym(w) or w.lower() in ("of", "and", "&") for w in words)
            and words[0].lower() not in lex.FUNCTION_WORDS
        }
        for words, start, _end in raw:
            if not (start in sentence_starts or self._after_open_quote(start)):
                for w in words:
                    self.mid_caps.add(w)
            else:
                for w in words[1:]:
                    self.mid_caps.add(w)
        for m in re.finditer(
            r"\b(Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\.?\s+([A-Z][\w’'\-]+)", self.body
        ):
            self.honorific_surnames.setdefault(strip_possessive(m.group(2)), m.group(1).lower())
        for words, start, end in raw:
            initial = start in sentence_starts or self._after_open_quote(start)
            while words and (
                (words[0].lower() in lex.FUNCTION_WORDS and not is_acronym(words[0]))
                or (
                    initial
                    and words[0] not in self.mid_caps
                    and len(words) == 1
                    and not self.speaks_next(end)
                )
            ):
                start = start + self.body[start:end].find(words[0]) + len(words[0])
                while start < end and not self.body[start].isalnum():
                    start += 1
                words = words[1:]
                initial = False
            if not words:
                continue
            parts = self._split_and(words, start, end)
            if person_of(words):
                # "Aiko Mori of Kestrel Bank": a person, then where they work.
                k = words.index("of")
                q = self.body.find(words[k - 1], start, end) + len(words[k - 1])
                r = self.body.find(words[k + 1], q, end)
                parts = [(words[:k], start, q), (words[k + 1 :], r, end)]
            for part, p_start, p_end in parts:
                name = self._make(part, p_start, p_end)
                if name is not None:
                    self.names.append(name)
        # A single word that is the surname or (surname-first) family name of a person
        # named in full elsewhere is that person: "Ortega" after "Luis Ortega", "Wang" after
        # "Wang Lifen".
        ends = {
            n.words[-2] if n.words[-1] in _GENERATION and len(n.words) > 2 else n.words[-1]
            for n in self.names
            if n.kind == "person" and len(n.words) > 1
        }
        heads = {
            n.words[0]
            for n in self.names
            if n.kind == "person"
            and len(n.words) > 1
            and (
                n.titles
                or n.words[0].lower() in lex.FEMALE_NAMES
                or n.words[0].lower() in lex.MALE_NAMES
                or _ROLE_APPOSITION.match(self.body, n.end)
            )
        }
        for name in self.names:
            if (
                name.kind == "org"
                and len(name.words) == 1
                and not name.words[0].isupper()
                and (name.words[0] in ends or name.words[0] in heads)
            ):
                name.kind = "person"
        for name in self.names:
            self._by_text.setdefault(name.text, []).append(name)
            if name.kind == "person":
                self.person_surnames.setdefault(name.words[-1], []).append(name)
                if len(name.words) > 2 and name.words[-1] in _GENERATION:
                    # "Ivo R. Marsh Jr." is also found from "Marsh".
                    self.person_surnames.setdefault(name.words[-2], []).append(name)

    def speaks_next(self, end: int) -> bool:
        """Whether the word ending at `end` is followed by a verb in the past or an apposition
        ("Fraudstop said", "McKinsey responded", "Fraudstop, which …"): then a capital at the
        start of a sentence is a name. Plurals ("Residents argued") are not."""
        word = (self.body[max(0, end - 30) : end].split()[-1:] or [""])[0]
        low = word.lower()
        if low in lex.ANONYMOUS or low in lex.COMMON_SUBJECTS:
            return False
        m = _SPEAKS_NEXT.match(self.body, end)
        if m is None:
            return False
        if m.group(1) is not None:
            # Any verb in -ed: only for a word the text never writes in lower case
            # ("McKinsey responded", not "Growth slowed … growth").
            return re.search(rf"\b{re.escape(low)}\b", self.body) is None
        return True

    def _split_and(
        self, words: list[str], start: int, end: int
    ) -> list[tuple[list[str], int, int]]:
        if "and" not in words and "&" not in words:
            return [(words, start, end)]
        if words[-1].lower() in lex.ORG_SUFFIXES or "&" in words:
            return [(words, start, end)]
        parts: list[tuple[list[str], int, int]] = []
        current: list[str] = []
        pos = start
        for w in [*words, "and"]:
            if w == "and":
                if current:
                    p = self.body.find(current[0], pos, end)
                    q = self.body.find(current[-1], p, end) + len(current[-1])
                    parts.append((current, p, q))
                    pos = q
                current = []
            else:
                current.append(w)
        return parts

    def _make(self, words: list[str], start: int, end: int) -> Name | None:
        if len(words) == 1 and (
            words[0].lower() in lex.NATIONALITY_ADJECTIVES or words[0].lower() in lex.CALENDAR
        ):
            return None  # "the Swedish firm", "on Monday"
        if words == ["May"] and _MONTH_MAY.search(self.body, max(0, start - 12), start):
            return None  # "in May", not Mrs May
        # "Oslo-based", "council-run": adjectives, not names.
        if any("-" in w and w.rsplit("-", 1)[1].islower() for w in words):
            return None
        while words and words[-1].lower() in ("of", "and", "&", "for", "the", "de", "van"):
            words = words[:-1]
        while words and words[0] in ("of", "and", "&", "for"):
            start = self.body.find(words[1], start, end) if len(words) > 1 else end
            words = words[1:]
        if not words:
            return None
        if words[-1].lower() in lex.PLACE_HEADS:
            return None  # "the Coral Sea": a place, never a speaker
        run_start = start
        cut = lex.cut_run(words)
        if len(cut) < len(words):
            start = self.body.find(cut[0], start, end)
            words = cut
        kind = self._kind(words, end)
        titles: list[str] = []
        if kind == "person":
            # Leading capitalised titles ("Green MP", "UK Trade Secretary") are not the name.
            i = lex.title_prefix(words)
            if i < 0:
                return None  # a title, not a name: "the Prime Minister", "Dunmore West MP"
            if i > 0:
                title = [w for w in words[:i] if w.lower().rstrip(".") not in lex.HONORIFICS]
                if title:
                    titles.append(" ".join(title))
                start = self.body.find(words[i], start, end)
                words = words[i:]
            while words and words[0] in ("of", "and", "&", "for"):
                words = words[1:]
            if not words:
                return None
        if kind == "person":
            pre = None
            if (
                run_start > 1
                and self.body[run_start - 1] == " "
                and self.body[run_start - 2].islower()
            ):
                pre = _PRE_TITLE.search(self.body, max(0, run_start - 60), run_start)
            if pre is not None and pre.group(2).lower() in lex.PERSON_ROLES:
                lead = pre.group(1).split()
                while lead and (
                    lead[0].lower() in lex.FUNCTION_WORDS or lead[0].lower() in lex.CUE_VERBS
                ):
                    lead = lead[1:]
                if lead and " ".join(lead) not in titles:
                    titles.append(" ".join(lead))
        if kind == "person":
            after = _APPOSITION_AFTER.match(self.body, end)
            if after is not None and after.group(1) not in titles:
                titles.append(after.group(1))  # "Jane Fox, an analyst at Bank X, said"
        return Name(tuple(words), start, end, kind, titles)

    def _kind(self, words: list[str], end: int) -> str:
        last = words[-1]
        if last.lower() in lex.ORG_SUFFIXES:
            return "org"
        # "UK Trade Secretary Lena Marsh", "Green MP Owen Tate", "Bank of England Governor
        # Andrew Bailey": a personal title followed by more words is a person, whatever
        # acronyms or organisation the title holds.
        for i in range(len(words) - 2, -1, -1):
            w = words[i].lower().rstrip(".")
            if w in lex.PERSONAL_TITLES:
                rest = [r for r in words[i + 1 :] if r.lower() not in lex.TITLE_WORDS]
                if rest and rest[-1] == words[-1]:
                    return "person"
                break
        if any(
            words[i + 1] in ("of", "for") and words[i].lower() in lex.ORG_SUFFIXES
            for i in range(min(len(words) - 2, 3))
        ):
            return "org"  # "Department of Health", "Bank of England", "Ohio Department of …"
        if "for" in words[1:-1]:
            return "org"  # "Centers for Disease Control and Prevention": no person's name
        if any(is_acronym(w) or "&" in w for w in words) and not any(
            w.lower().rstrip(".") in lex.HONORIFICS for w in words
        ):
            return "org"
        if words[0].lower().rstrip(".") in lex.HONORIFICS:
            return "person"
        if last in self.honorific_surnames:
            return "person"
        if len(words) == 1:
            if _AGE_AFTER.match(self.body[end : end + 8]) or last in self.multi_last:
                return "person"  # "Mitchell" after "Sarah Mitchell"
            return "org"
        if self._acronym_of(words):
            return "org"
        k = lex.title_prefix(words)
        if k > 0:
            return "person"  # "Economist Jane Fox"
        first = words[0].lower()
        if first in lex.MALE_NAMES or first in lex.FEMALE_NAMES:
            return "person"
        if last.lower() in lex.MEDIA_WORDS:
            return "org"  # "Evening Chronicle", "Daily Herald"
        if self._refers_as_it(" ".join(words)):
            return "org"  # "Harbour Music said its staff …", "Harbour Music and its staff"
        if self._which_follows(" ".join(words)):
            return "org"  # "Kestrel Works, which was sold in May": a thing, not a person
        if self._modifies_thing(" ".join(words)):
            return "org"  # "the Pocket Tides app", "Acme Foods shares"
        return "person"

    def _refers_as_it(self, text: str) -> bool:
        """Whether the name is taken up by "its" right after a cue or "and"."""
        if " its " not in self.body:
            return False
        pos = self.body.find(text)
        while pos >= 0:
            if _IT_AFTER.match(self.body, pos + len(text)):
                return True
            pos = self.body.find(text, pos + 1)
        return False

    def _which_follows(self, text: str) -> bool:
        """Whether the name is ever followed by ", which" (and never by ", who")."""
        if ", which" not in self.body:
            return False
        which = False
        pos = self.body.find(text)
        while pos >= 0:
            m = _RELATIVE_AFTER.match(self.body, pos + len(text))
            if m is not None:
                if m.group(1) == "who":
                    return False
                which = True
            pos = self.body.find(text, pos + 1)
        return which

    def _modifies_thing(self, text: str) -> bool:
        """Whether the name stands before a noun that only a company or product takes."""
        pos = self.body.find(text)
        while pos >= 0:
            if _THING_AFTER.match(self.body, pos + len(text)):
                return True
            pos = self.body.find(text, pos + 1)
        return False

    def _acronym_of(self, words: list[str]) -> bool:
        initials = _initials(tuple(words))
        return len(initials) >= 2 and initials in self._acronyms()

    def _acronyms(self) -> set[str]:
        if self._acronym_caps is None:
            self._acronym_caps = {
                "".join(c for c in m.group() if c.isupper())
                for m in _ACRONYM_WORD.finditer(self.body)
            }
        return self._acronym_caps

    # -- queries ----------------------------------------------------------------
    def person_full(self, words: tuple[str, ...]) -> str:
        """Fullest person name ending with the same surname: "Mr Okoro" -> "Grace Okoro"."""
        cached = self._person_cache.get(words)
        if cached is None:
            cached = self._person_full(words)
            self._person_cache[words] = cached
        return cached

    def _person_full(self, words: tuple[str, ...]) -> str:
        words = tuple(w for w in words if w.lower().rstrip(".") not in lex.HONORIFICS) or words
        best = " ".join(words)
        best_len = len(words)
        for name in self.person_surnames.get(words[-1], []):
            if len(name.words) > best_len and set(words) <= set(name.words):
                best, best_len = name.text, len(name.words)
        if best_len == 1:
            # A first name used alone: "Maren" when "Maren Holt" is named.
            for name in self.names:
                if name.kind == "person" and len(name.words) > 1 and name.words[0] == words[0]:
                    return name.text
        return best

    def org_full(self, words: tuple[str, ...]) -> str:
        """Fullest organisation name: "NMB" -> "Northern Maritime Bank", "Harlow" -> "Harlow
        Logistics", "Greens" -> "Green Alliance", "Blue Cross" -> "Northern Blue Cross"."""
        cached = self._org_cache.get(words)
        if cached is None:
            cached = self._org_full(words)
            self._org_cache[words] = cached
        return cached

    def _org_full(self, words: tuple[str, ...]) -> str:
        text = " ".join(words)
        if len(words) == 1 and is_acronym(words[0]):
            caps = "".join(c for c in words[0] if c.isupper())
            for name in self.names:
                if len(name.words) > 1 and _initials(name.words) == caps:
                    return name.text
        best = text
        n = len(words)
        for name in self.names:
            nw = name.words
            if len(nw) <= n or len(nw) - n > 2:
                continue
            for i in range(len(nw) - n + 1):
                if nw[i : i + n] == words:
                    extra = nw[:i] + nw[i + n :]
                    before, after = nw[:i], nw[i + n :]
                    ok = all(w.lower() in lex.ORG_SUFFIXES for w in after) and all(
                        w.lower() in lex.NATIONALITY for w in before
                    )
                    if ok and extra and len(nw) > len(best.split()):
                        best = name.text
        return best

    def kind_of(self, words: tuple[str, ...]) -> str:
        found = self._by_text.get(" ".join(words))
        if found:
            return found[0].kind
        return self._kind(list(words), 0)

    def titles_of(self, full: str) -> list[str]:
        """Titles given anywhere to the person or organisation written in full as `full`
        ("Lord Butler" and "Robin Butler" pool their titles)."""
        if self._titles_by_full is None:
            pooled: dict[str, list[str]] = {}
            for name in self.names:
                key = (
                    self.person_full(name.words)
                    if name.kind == "person"
                    else self.org_full(name.words)
                )
                bucket = pooled.setdefault(key, [])
                for t in name.titles:
                    if t not in bucket:
                        bucket.append(t)
            self._titles_by_full = pooled
        return list(self._titles_by_full.get(full, []))
