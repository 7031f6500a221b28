"""Chinese speakers and quotes: who said what, following ../shared/eval/quotes/GUIDELINES.md.

The extractor works on the body text and jieba's tokens (word, POS tag, offset):

1. Quotation marks are paired (“…” 「…」 『…』, with the common typing slips: a doubled
   opening mark, an opening mark used as the closing one) and sentences are split outside them.
2. Every cue verb outside quotation marks (表示, 说, 认为, 介绍说, 公告称, …) is a candidate
   attribution. Its subject is searched in the clause before it, right to left: adverbs,
   time words, addressees (对记者), settings (在接受采访时, 在…信中) are peeled off until a
   person name (surname + given name at a token boundary, transliterated names with ·), an
   organisation (name + suffix, or a proper-noun run), a pronoun 他/她, a role reference
   (该负责人, 这位专家) or an organisation's unnamed representative (华远证券有关人士) ends it.
   The titles are the text before the name, split on 、. Anonymous subjects (某…, 一位专家,
   业内人士) give no record but are remembered, so that 该人士 or a floating quote after them
   is not given to somebody else. A bare title (省长表示) goes to the person given that title,
   surname + 先生/女士 (村民刘女士) is a named person, a document (信中说, 声明称) to the party
   that issued it, joint subjects (甲与乙都表示) to both. Deictic sides (中方, 校方), unnamed
   experts of an organisation and passive agents (由X提出) are not speakers. A cue whose
   subject is elided takes the speaker of the clause or sentence before it (X发表声明，强调…;
   ……。希望各方…). "According to X's account/statement" (按照X的说法，据X发布的公告，) is an
   attribution too.
3. The content is the quotation right after the cue (direct), or the rest of the sentence
   (indirect), cut before a second attribution in the same sentence and before an appended
   complete quoted sentence (which becomes its own direct record). A bare noun-phrase topic
   (介绍…的总体情况) is no content; an attribution whose content is another named party's
   attribution (答复：审计组指出“…”) only relays it. A quotation right before the subject
   (“……”她建议) belongs to that speaker; a sentence-like quotation with no attribution of its
   own goes to the speaker of the attribution just before it, or to the named person whose
   reaction the sentence before describes; quoted names in a row (“甲店”“乙店”) are not quotes.
4. Names are canonicalised to the fullest form used in the article (星河 -> 星河公司,
   莫里斯 -> 安娜·莫里斯, abbreviations: 市场监管总局 -> 国家市场监督管理总局) and titles gathered
   from the mention that gives them.

Teaser lists after a 相关内容 / 热门资讯 heading are never read. Traditional-script text is
read through its simplified form (same offsets) and names are given back as written.
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from newsarchive.pipeline import segment
from newsarchive.pipeline.model import Quote, SpeakerKind, Token
from newsarchive.pipeline.names import to_simplified
from newsarchive.pipeline.quotes_zh_lexicon import (
    ADDRESSEE_AFTER_TELL,
    ANONYMOUS_MARKERS,
    COMPOUND_SURNAMES,
    CUE_PREFIXES,
    CUE_WORDS,
    GENERIC_ORGS,
    NON_SPEAKERS,
    NOT_GIVEN_NAME,
    NOT_SPEECH_AFTER,
    NOT_SPEECH_BEFORE,
    ORG_REPRESENTATIVES,
    ORG_SUFFIXES,
    ROLE_REFERENCES,
    SURNAMES,
    TEASER_HEADINGS,
    TITLE_ENDINGS,
    WEAK_CUES,
    words,
)

_OPEN_TO_CLOSE = {"“": "”", "「": "」", "『": "』"}
_TERMINATORS = frozenset("。！？!?")
_CLAUSE_BOUNDARIES = frozenset("，,；;：:。！？!?\n”」』")
_PUNCT_AFTER_CUE = "，,：:"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ALL_CJK = re.compile(r"[\u4e00-\u9fff]+")

# Words that start a clause without being its subject (但随后又表示 -> subject elided).
_LEAD = re.compile(
    r"(?:(?:值得注意的是|值得一提的是|需要指出的是|需要注意的是|需要说明的是|与此同时|不仅如此|正如|"
    r"事实上|实际上|但是|但|而且|而|不过|可是|然而|同时|此外|另外|其中|对此|因此|所以|并且|并|且|还|也|"
    r"则|又|另据|据悉|网传|据传|传闻|此前|随后|最后|后来|目前|日前|近日|近期|当天|当日|昨日|昨天|今天|今日|"
    r"例如|比如|譬如|如|首先|其次|再次|最后|接着|紧接着|他还|\d+月\d+日|\d+日|[0-9]+年|\s)\s*)+"
)
# Adverbs and time words that may stand between a subject and its cue (李明也表示).
_TRAIL_ADV = re.compile(
    r"(?:也|还|则|都|又|就|亦|均|曾|只|便|曾经|已|已经|再次|再度|进一步|随后|最后|最终|同时|另外|"
    r"并|并且|而|但|公开|明确|坦率地|直接|特别|着重|一再|多次|屡次|屡屡|反复|首先|此外|对此|"
    r"为此|当时|当天|当日|日前|近日|近期|昨日|昨天|今天|今日|此前|之前|事后|本周|上周|"
    r"赛后|赛前|会前|会后|节前|节后|此后|最近|近来|昨晚|今晨|当晚|早前|早些时候|随后|"
    r"周[一二三四五六日末]|[上下]午|晚间|早间|日内|今年|去年|本月|上月|上个月|本年|月初|月底|年初|年底|"
    r"本人|自己|亲自|随即|立即|如此|"
    r"这样|坚定地|深有感触地|动情地|笑着|激动地|等人|等|很|非常|十分|相当|颇为|格外|[\d一二三四五六七八九十]+月份?"
    r"(?:[\d一二三四五六七八九十]+日)?|\d+日|\s)+$"
)
# Settings and addressees between a subject and its cue, peeled one at a time.
_TRAIL_ADJUNCTS = (
    re.compile(r"(?:在|于)[^在于，。]{0,40}?(?:中|上|时|后|里|期间|之际|前|之时)$"),
    re.compile(r"接受[^，。]{0,20}?(?:采访|专访|访问|询问|提问|问询)时?$"),
    re.compile(r"(?:回应|回答|答复)[^，。]{0,16}?(?:提问|询问|问题|质疑|关切|疑问)时?$"),
    re.compile(
        r"(?:发给|致|给|发布的|发表的)[^，。]{0,20}?(?:报告|文章|信|信函|公告|声明|研报|简报|讲话|"
        r"演讲|致辞|评论|社论|年报|季报|文件|邮件)(?:中|里)$"
    ),
    re.compile(
        r"的[^，。的]{0,8}(?:报告|文章|信|信函|公告|声明|研报|简报|讲话|评论|社论|邮件)(?:中|里)$"
    ),
    re.compile(r"(?:发布|发表|发出)?(?:公告|声明|通告|通报)$"),
    # X发布的报告指出, X的文章认为: the document's writer speaks (not 数据显示: no cue).
    re.compile(
        r"(?:(?:最新|近日|日前|此前)?(?:发布|发表|公布|推出|刊发|撰写)|在[^，。在]{1,12}上发表)?"
        r"的?(?:最新|一份|一篇|年度|最新一期|署名|评论员)?(?:研究报告|报告|文章|评论文章|评论|"
        r"社论|述评|研报|白皮书)$"
    ),
    re.compile(r"(?:发布|发表|发出|发)(?:消息|公报|文章|通知|帖子|视频|推文)$"),
    re.compile(r"(?:对|向|跟|给|同)[^对向跟给同，。]{1,16}$"),
    re.compile(r"通过[^，。]{1,20}$"),
    re.compile(r"(?:一边|一面)[^，。]{1,16}(?:一边|一面)$"),  # 一边检查设备一边说
    # 指着新建的厂房说, 握着记者的手说: a manner clause with a verb + 着.
    re.compile(
        r"(?:指|看|望|盯|拿|握|捧|端|举|抱|扶|拉|拍|摸|抚摸|翻|挥|晃|比划)着[^，。着]{1,14}$"
    ),
    re.compile(r"(?:就|针对|围绕|谈及|谈到|说起|提起)[^就，。]{1,24}?(?:时|问题|一事|事宜)?$"),
    re.compile(r"(?:在|于)[^在于，。]{1,12}$"),
    re.compile(r"[（(][^（）()]{0,40}[）)]$"),
    re.compile(r"的$"),
)
_ANON = re.compile(ANONYMOUS_MARKERS)
_DOC_REF = re.compile(
    r"(?:该|这封|这份|此|上述|其)?(信|信件|信函|公开信|声明|报告|公告|通告|通报|文章|文件)(?:中|里)?"
    r"(?:还|也|则|又)?"
)
_UNNAMED_TITLE = re.compile(r"某|一位|一名|一家|多位|多名|多家|不少|部分|记者")
_ROLE = re.compile(ROLE_REFERENCES + "$")
_ORG_REF = re.compile(r"(?:该|这家|此)(?:基金|公司|行|机构|集团|银行|部门|组织|企业)$")
_ORG_SUFFIX = re.compile(r"(?:" + ORG_SUFFIXES + r")$")
_ORG_REP = re.compile(ORG_REPRESENTATIVES + r"$")
_TITLE_END = re.compile(r"(?:" + TITLE_ENDINGS + r")$")
_TITLE_WORDS = frozenset(TITLE_ENDINGS.split("|"))


def _is_title(word: str) -> bool:
    """word ends with a title word (主席, 副省长, 分析师, …)."""
    return any(word[-k:] in _TITLE_WORDS for k in range(1, min(len(word), 6) + 1))


_FOREIGN_NAME = re.compile(r"([\u4e00-\u9fff]{1,8}(?:[·•‧・][\u4e00-\u9fffA-Za-z.]{1,10})+)$")
_LATIN_ORG = re.compile(
    r"(?:^|(?<=[^A-Za-z&]))([A-Z][A-Za-z&.\-]{1,15}(?: [A-Z][A-Za-z&.\-]+){0,3})$"
)
_LATIN_ORG_FORM = re.compile(
    r"^[A-Z0-9&.\-]+$|\b(?:Inc|Corp|Ltd|LLC|Group|Bank|Co|Company|Association|Agency|"
    r"Institute|University|News|Times|Post|Journal|Reuters|Bloomberg)\b|\s"
)
_TELL_ADDRESSEE = re.compile(ADDRESSEE_AFTER_TELL)
_EXPLAIN_IS = re.compile(r"[是为][，,：:]?")
_CUE_BEFORE = re.compile(
    "(?:" + "|".join(sorted(CUE_WORDS, key=len, reverse=True)) + ")[：:，,]?\\s*$"
)
_CONNECTIVE_BEFORE_QUOTE = ("同时", "另外", "此外", "而且", "并且", "他说", "她说")
_ADDRESS_FORMS = frozenset(["总", "董", "老师", "先生", "女士", "博士", "老", "工"])
_HONORIFICS = frozenset(["先生", "女士", "小姐"])
_HONORIFIC_END = re.compile("([" + "".join(sorted(SURNAMES)) + "])(先生|女士|小姐)$")
_NOT_IN_NAME = frozenset("的了是在与及或也都就还又对向把被从这那个们说称表示认")
_PROPER_POS = frozenset({"nr", "nrt", "nrfg", "nz", "nt", "j", "eng", "ns"})
_NAMEISH_POS = _PROPER_POS | {"n", "vn", "f", "ng", "b", "l", "v", "a", "an", "nrf"}
_BLOCK_POS_PREFIX = ("p", "u", "c", "d", "r", "m", "q", "x", "t")

# Shortest indirect content taken when nothing separates it from the cue: 表示欢迎, 表示感谢
# are speech acts without propositional content (GUIDELINES §1). Not tuned: set from
# hand-written examples (tests/pipeline/test_quotes_zh.py), never checked against eval data.
MIN_INDIRECT_CHARS = 5
# A quotation with no cue of its own goes to the speaker of an attribution at most this
# many sentences before it (set by hand, checked on the 16 Chinese development texts of
# eval/quotes: 2 loses two of their floating quotes, 4 changes nothing).
FLOATING_MAX_SENTENCES = 3
# Shortest quotation (CJK characters) taken as a floating quote; shorter ones are scare
# quotes and terms (set by hand; on the same texts any value from 5 to 15 scores the same).
FLOATING_MIN_CHARS = 8
# Shortest quoted sentence (CJK characters, ending in 。！？) introduced by a colon that is
# taken as a floating quote (刘敏的想法很简单：“健康快乐就好。”). Not tuned: a short sentence.
COLON_QUOTE_MIN_CHARS = 4


@dataclass
class _Speaker:
    name: str
    kind: SpeakerKind
    titles: tuple[str, ...] = ()


@dataclass
class _Rec:
    speaker: _Speaker | None  # None: an anonymous source (kept for the context, not output)
    start: int
    end: int
    direct: bool
    cue: str
    cue_pos: int
    clause: int = 0  # where the attribution clause starts (its setting names documents)
    relayed_by: _Speaker | None = None  # outer speaker who reports this attribution


@dataclass
class _Subject:
    kind: str  # "person" | "organisation" | "pronoun" | "role" | "orgref" | "anonymous"
    name: str = ""
    titles: tuple[str, ...] = ()
    start: int = 0
    also: tuple[_Subject, ...] = ()  # joint speakers
    pre_titles: tuple[str, ...] = ()  # titles before a surname form (村民 in 居民孙女士)


@dataclass
class _Doc:
    body: str
    tokens: list[Token]
    limit: int
    head: int = 0  # a glued headline ends here; cues before it are not attributions
    quotes: list[tuple[int, int]] = field(default_factory=list)  # (open mark, close mark)
    quote_starts: list[int] = field(default_factory=list)
    sent_ends: list[int] = field(default_factory=list)

    def bound(self, pos: int) -> bool:
        """A token starts at pos (or pos is the end of the text)."""
        if pos >= len(self.body):
            return pos == len(self.body)
        i = bisect_right(self.tokens, pos, key=_token_start) - 1
        return i >= 0 and self.tokens[i].start == pos

    def token_at(self, pos: int) -> int | None:
        i = bisect_right(self.tokens, pos, key=_token_start) - 1
        return i if i >= 0 and self.tokens[i].start == pos else None


def _token_start(t: Token) -> int:
    return t.start


def extract_quotes(body: str, tokens: list[Token]) -> list[Quote]:
    """Quotes of named people and organisations in a Chinese article body."""
    if not body:
        return []
    simplified = to_simplified(body)
    if len(simplified) != len(body):
        simplified = body
    # Transliterated names joined by a hyphen (丹尼尔-艾维斯) are read like 丹尼尔·艾维斯.
    hyphens = _name_hyphens(body, tokens) if "-" in body or "－" in body else []
    if simplified == body and not hyphens:
        return _extract(body, tokens)
    chars = list(simplified)
    for k, _i in hyphens:
        chars[k] = "·"
    working = "".join(chars)
    if simplified == body:
        # Only name hyphens rewritten: the same words, with the joiner as written now.
        tokens = list(tokens)
        for _k, i in hyphens:
            t = tokens[i]
            tokens[i] = replace(t, word=working[t.start : t.start + len(t.word)])
    else:
        # Traditional script: the word lists are simplified, so work on the simplified text
        # (same length, same offsets) and give names and titles back as written.
        tokens = segment.tag(working)
    script = simplified != body
    return [_as_written(q, working, body, script) for q in _extract(working, tokens)]


_NAME_HYPHEN = re.compile(r"(?<=[\u4e00-\u9fff])[-－](?=[\u4e00-\u9fff])")


def _name_hyphens(body: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """(offset, token index) of the hyphens that join the parts of a transliterated name:
    a person's name word on one side (丹尼尔-艾维斯), not 中国-东盟."""
    out: list[tuple[int, int]] = []
    for m in _NAME_HYPHEN.finditer(body):
        i = bisect.bisect_right(tokens, m.start(), key=lambda t: t.start) - 1
        if i < 0:
            continue
        before = tokens[i - 1] if i > 0 else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if before is None or after is None:
            continue
        if (
            before.pos.startswith("nr")
            or after.pos.startswith("nr")
            or (after.pos == "nz" and len(before.word) <= 3)  # 丹-摩根: a short first name
        ):
            out.append((m.start(), i))
    return out


def _extract(body: str, tokens: list[Token]) -> list[Quote]:
    doc = _prepare(body, tokens)
    recs = _attributions(doc)
    _floating(doc, recs)
    return _finish(doc, recs)


def _as_written(q: Quote, simplified: str, body: str, script: bool = True) -> Quote:
    """q found in `simplified` (same length as `body`), with its strings as `body` writes
    them; without a change of script only the name joiners (·) can differ."""

    def back(text: str) -> str:
        if not script and "·" not in text:
            return text
        k = simplified.find(text)
        return body[k : k + len(text)] if k >= 0 else text

    return replace(
        q,
        speaker=back(q.speaker),
        text=body[q.start : q.end],
        speaker_titles=tuple(back(t) for t in q.speaker_titles),
        cue=back(q.cue) if q.cue else q.cue,
    )


# --------------------------------------------------------------------------- preparation


def _prepare(body: str, tokens: list[Token]) -> _Doc:
    doc = _Doc(body=body, tokens=tokens, limit=_teaser_start(body), head=_headline_end(body))
    doc.quotes = _pair_quotes(body, doc.limit)
    doc.quote_starts = [q[0] for q in doc.quotes]
    doc.sent_ends = _sentence_ends(doc)
    return doc


# A byline or dateline near the top: what comes before it on the same line is a headline
# glued to the text (晨报记者 张三, 某某社杭州3月5日电, 本报讯).
_BYLINE = re.compile(
    r"(?<!告诉)(?<![对向跟给])(?:记者|通讯员|特约撰稿人?|实习生)\s*[\u4e00-\u9fff]\s?[\u4e00-\u9fff]{1,3}"
    r"|[网社报]讯|\d{1,2}月\d{1,2}日电|(?:^|[^\u4e00-\u9fff])电\s"
)
# How far into the text a glued headline may reach (characters). Not tuned: a news headline
# plus a paper's name is well under this.
HEADLINE_MAX = 80


def _headline_end(body: str) -> int:
    """End of a headline glued to the first line of the text (0 when there is none)."""
    first = body[:HEADLINE_MAX]
    stop = len(first)
    for mark in "。！？\n":
        k = first.find(mark)
        if 0 <= k < stop:
            stop = k
    m = _BYLINE.search(first, 0, stop)
    return m.start() if m else 0


def _teaser_start(body: str) -> int:
    """Offset of a related-content / hot-list heading line; the article ends there."""
    pos = 0
    for line in body.split("\n"):
        if line.strip() in TEASER_HEADINGS:
            return pos
        pos += len(line) + 1
    return len(body)


_QUOTE_CHARS = re.compile('[“”「」『』"\n]')
# Longest quotation (characters) paired across a line break: a speech quoted over a few
# paragraphs (or a body split at inline tags). Not tuned: a few paragraphs.
QUOTE_ACROSS_LINES_MAX = 600


def _pair_quotes(body: str, limit: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    marks = [(m.start(), m.group()) for m in _QUOTE_CHARS.finditer(body, 0, limit)]
    k = 0
    n = len(marks)
    while k < n:
        i, ch = marks[k]
        close = _OPEN_TO_CLOSE.get(ch, '"' if ch == '"' else None)
        if close is None:
            k += 1
            continue
        end = -1
        j = k + 1
        while j < n:
            pj, c = marks[j]
            if c == "\n":
                nxt = j + 1
                while nxt < n and marks[nxt][1] == "\n" and nxt - j < 3:
                    nxt += 1
                if nxt >= n or pj - i > QUOTE_ACROSS_LINES_MAX:
                    break
                if marks[nxt][1] == close and ch != '"':
                    j = nxt  # the quotation goes on in the next paragraph and closes there
                    continue
                if (
                    marks[nxt][1] == ch
                    and ch != '"'
                    and body[pj - 1 : pj] in _TERMINATORS
                    and not body[pj + 1 : marks[nxt][0]].strip()
                ):
                    end = j  # “…。⏎“…”: a quotation continued in the next paragraph
                break
            if c == close:
                end = j
                break
            if c == ch and ch != '"':
                if pj == i + 1:  # doubled opening mark: the second one opens
                    i = pj
                elif body[pj - 1] in _TERMINATORS:  # opening mark typed for the closing one
                    end = j
                    break
            j += 1
        if end < 0:
            k += 1
            continue
        out.append((i, marks[end][0]))
        k = end + 1
    return out


def _in_quote(doc: _Doc, pos: int) -> tuple[int, int] | None:
    k = bisect_right(doc.quote_starts, pos) - 1
    if k >= 0:
        q = doc.quotes[k]
        if q[0] < pos < q[1]:
            return q
    return None


_SENTENCE_END = re.compile(r"[。！？!?\n]")
# A pronoun subject with an adverb opening the text after a quoted sentence: a new sentence.
_PRONOUN_OPENERS = words("他还 她还 他也 她也 他又 她又 他并 她并 他则 她则")


def _sentence_ends(doc: _Doc) -> list[int]:
    """Offsets one past each sentence end (terminator or newline outside quotation marks).

    A quoted sentence followed by another quotation or a line end ends a sentence too.
    """
    body = doc.body
    ends: list[int] = []
    for m in _SENTENCE_END.finditer(body, 0, doc.limit):
        if m.group() == "\n" or _in_quote(doc, m.start()) is None:
            ends.append(m.start() + 1)
    for _, close in doc.quotes:
        if body[close - 1] in _TERMINATORS and (
            body[close + 1 : close + 2] in ("“", "「", "『")
            or body[close + 1 : close + 3] in _PRONOUN_OPENERS
        ):
            # “……。”“……”, “……。”他还说: the quoted sentence ends a sentence.
            ends.append(close + 1)
    ends.sort()
    if not ends or ends[-1] < doc.limit:
        ends.append(doc.limit)
    return ends


def _sentence_index(doc: _Doc, pos: int) -> int:
    return bisect_right(doc.sent_ends, pos)


def _sentence_end(doc: _Doc, pos: int) -> int:
    k = _sentence_index(doc, pos)
    return doc.sent_ends[k] if k < len(doc.sent_ends) else doc.limit


def _sentence_start(doc: _Doc, pos: int) -> int:
    k = _sentence_index(doc, pos)
    return doc.sent_ends[k - 1] if k > 0 else 0


# --------------------------------------------------------------------------- names


def _token_index(doc: _Doc, pos: int) -> int:
    """Index of the token that contains offset pos."""
    return bisect_right(doc.tokens, pos, key=_token_start) - 1


def _is_person_name(doc: _Doc, start: int, end: int, *, end_free: bool) -> bool:
    """body[start:end] is a Chinese personal name starting at a token boundary.

    end_free: the name may end inside a token (周立新则 -> 周立新).
    """
    cand = doc.body[start:end]
    k = len(cand)
    if k < 2 or k > 4 or not _ALL_CJK.fullmatch(cand) or not doc.bound(start):
        return False
    if cand[:2] in COMPOUND_SURNAMES:
        if k < 3:
            return False
    elif k == 4 or cand[0] not in SURNAMES or cand[1] in NOT_GIVEN_NAME:
        return False
    if not end_free and not doc.bound(end):
        return False
    if any(ch in _NOT_IN_NAME for ch in cand[1:]) or _is_title(cand):
        return False
    if cand in NON_SPEAKERS or cand.endswith(_DOCUMENT_NOUNS) or cand[-1] in _BODY_END_CHARS:
        return False  # 白皮书, 彭博社 (tagged as names): a document, an organisation
    ti = doc.token_at(start)
    if ti is None:
        return False
    tok = doc.tokens[ti]
    if tok.word == cand:
        if tok.pos.startswith("nr"):
            return True
        # An out-of-vocabulary 3-character word is usually a name (jieba's HMM guesses a tag).
        return k == 3 and tok.pos not in {"n", "ns", "nt", "nz", "j", "l", "i", "vn", "t", "m"}
    if len(tok.word) > k:
        # The name is the head of a longer token: only a name token glued to an adverb.
        return tok.pos.startswith("nr") and len(tok.word) == k + 1
    # Several tokens: a one-character surname token followed by the given name.
    if len(tok.word) != 1 and not tok.pos.startswith("nr"):
        return False
    given_nr = ti + 1 < len(doc.tokens) and doc.tokens[ti + 1].pos.startswith("nr")
    if len(tok.word) == 1 and (tok.pos in ("m", "q") or given_nr) and not _measure_use(doc, ti):
        # A surname jieba reads as a measure word or a verb: 副院长|张|锦涛 (张 as in 一张纸),
        # 大户|包|志远 (包 as in 包饺子) when the given name is tagged as a name.
        pass
    elif tok.pos in ("p", "c", "u", "uj", "ul", "d", "v", "m", "q"):
        return False
    for t in doc.tokens[ti + 1 :]:
        if t.start >= end:
            break
        if not _ALL_CJK.fullmatch(t.word) or t.word in CUE_WORDS:
            return False
        if len(tok.word) == 2 and len(t.word) == 1 and t.pos.startswith("v"):
            return False  # 瞿颖|唱: a two-character name and a verb
    return True


# Endings of document nouns jieba may tag as names (白皮书 read as surname 白 + 皮书).
_DOCUMENT_NOUNS = ("皮书", "报告", "文章", "公告", "声明")
# Last characters of organisation names that are no given names (彭博社, 某某局).
_BODY_END_CHARS = frozenset("社局委厅署司")


# One-character endings of place names (村, 镇, 路, …): a name token right before one is part
# of the place name.
_PLACE_SUFFIXES = frozenset("村镇乡县市区省州路街巷港湾桥岛屯庄坊寨")


def _honorific_at(doc: _Doc, i: int) -> str:
    """Surname + 先生/女士/小姐 starting at token i (one token or surname + honorific), or ''."""
    if not 0 <= i < len(doc.tokens):
        return ""
    t = doc.tokens[i]
    if len(t.word) == 3 and t.word[0] in SURNAMES and t.word[1:] in _HONORIFICS:
        form = t.word
    elif (
        len(t.word) == 1
        and t.word in SURNAMES
        and i + 1 < len(doc.tokens)
        and doc.tokens[i + 1].word in _HONORIFICS
    ):
        form = t.word + doc.tokens[i + 1].word
    else:
        return ""
    return "" if doc.body[t.start - 1 : t.start] == "某" else form


def _measure_use(doc: _Doc, ti: int) -> bool:
    """The one-character token at ti is used as a measure word/numeral (一张, 这张, 几万):
    a numeral or demonstrative is right before it."""
    if ti == 0:
        return False
    prev = doc.tokens[ti - 1]
    if prev.start + len(prev.word) != doc.tokens[ti].start:
        return False
    return prev.pos.startswith(("m", "r")) or prev.word in (
        "这",
        "那",
        "每",
        "几",
        "哪",
        "该",
        "整",
    )


# How far back (characters) a pronoun looks for the person it stands for. Not tuned: about
# two paragraphs.
PRONOUN_WINDOW = 400


def _last_mention(doc: _Doc, pos: int) -> tuple[int, str] | None:
    """The last person name before pos (a jieba name token or a name after a title word)."""
    body = doc.body
    i = _token_index(doc, pos - 1)
    floor = pos - PRONOUN_WINDOW
    while i >= 0:
        t = doc.tokens[i]
        if t.start < floor:
            break
        form = _honorific_at(doc, i) if t.word[:1] in SURNAMES else ""
        if form:
            return t.start, form  # 王先生, 刘女士: a person named by surname + honorific
        t_end = t.start + len(t.word)
        if body[t_end : t_end + 1] in _PLACE_SUFFIXES and not _honorific_at(doc, i + 1):
            i -= 1
            continue  # 向阳|村, 红旗|路: a name-like token that is part of a place name
        if t.pos.startswith("nr") and 2 <= len(t.word) <= 3:
            after = body[t.start + len(t.word) : t.start + len(t.word) + 1]
            # "X的…" is a person only at the start of a clause (王某的态度…), not 面对高昂的….
            clause_initial = t.start == 0 or body[t.start - 1] in _CLAUSE_BOUNDARIES
            if (after not in ("的", "地", "得") or clause_initial) and _is_person_name(
                doc, t.start, t.start + len(t.word), end_free=False
            ):
                return t.start, t.word
            w = t.word
            # 张华是: a two-character name glued to the verb after it.
            glued = len(w) == 3 and w[-1] in _NOT_IN_NAME
            if glued and _is_person_name(doc, t.start, t.start + 2, end_free=True):
                return t.start, w[:2]
        elif i + 1 < len(doc.tokens) and _is_title(t.word):
            st = doc.tokens[i + 1].start
            if st < pos:
                for k in (3, 2):
                    if st + k <= pos and _is_person_name(doc, st, st + k, end_free=False):
                        return st, body[st : st + k]
        i -= 1
    return None


# --------------------------------------------------------------------------- subjects


def _strip_lead(doc: _Doc, start: int, end: int) -> int:
    m = _LEAD.match(doc.body, start, end)
    return m.end() if m else start


def _find_subject(doc: _Doc, start: int, end: int) -> _Subject | None:
    """The speaker at the end of body[start:end] (the clause before a cue)."""
    body = doc.body
    start = _strip_lead(doc, start, end)
    via_ju = body.startswith("据", start)
    if via_ju:
        start += 1
    whole = body[start:end]
    dm = _DOC_REF.fullmatch(whole)
    if dm:
        # 信中说, 声明中称: the writer of the document named before speaks.
        return _Subject("docref", name=dm.group(1))
    for _ in range(10):
        m = _TRAIL_ADV.search(body, start, end)
        if m and m.start() >= start:
            end = m.start()
        if end <= start:
            return None
        subj = _subject_at_end(doc, start, end)
        if subj is not None:
            return subj
        text = body[start:end]
        for rx in _TRAIL_ADJUNCTS:
            am = rx.search(text)
            if am and am.start() > 0:
                end = start + am.start()
                break
        else:
            # Last resort: a short adverbial word the lists above do not know (李明当场表示),
            # peeled only when a person name is left in front of it.
            ti = _token_index(doc, end - 1)
            t = doc.tokens[ti] if ti >= 0 else None
            if t is not None and body[end - 1] == "地" and t.start == end - 1 and ti > 0:
                # 直言不讳地, 语重心长地(说): a manner adverbial ending in 地, peeled whole.
                adv = doc.tokens[ti - 1]
                if adv.start <= start or adv.pos.startswith("nr"):
                    break
                if _name_start_at_end(doc, start, adv.start) is None:
                    break
                end = adv.start
                continue
            if t is None or t.start <= start or t.start + len(t.word) != end:
                break
            if len(t.word) > 2 or t.pos.startswith("nr") or not _ALL_CJK.fullmatch(t.word):
                break
            if _name_start_at_end(doc, start, t.start) is None:
                break
            end = t.start
    if _ANON.search(whole) or whole.strip() in NON_SPEAKERS:
        return _Subject("anonymous")
    return None


def _subject_at_end(doc: _Doc, start: int, end: int) -> _Subject | None:
    body = doc.body
    text = body[start:end]
    if text in ("他", "她", "他本人", "她本人"):
        return _Subject("pronoun", start=start)
    if len(text) == 2 and text[1] == "方" and _CJK.match(text):
        return _Subject("anonymous")  # 中方/俄方/校方/对方: a deictic side, not a name
    if _ROLE.fullmatch(text):
        return _Subject("role", start=start)
    if (
        len(text) >= 2
        and text[0] in SURNAMES
        and (text[1:] in _ADDRESS_FORMS or (len(text) >= 3 and text[1:] in _TITLE_WORDS))
    ):
        # Surname + title or form of address (王省长, 李教授, 张先生): a named person.
        return _Subject("surname", name=text[0], titles=(text[1:],), start=start)
    hm = _HONORIFIC_END.search(text)
    if hm and hm.start() > 0 and doc.bound(start + hm.start()) and text[hm.start() - 1] != "某":
        # Titles + surname + 先生/女士 (居民孙女士): the surname form of a named person.
        ns = start + hm.start()
        pre = _person(doc, start, ns, end).titles
        subj = _Subject(
            "surname", name=hm.group(1), titles=(hm.group(2),), start=ns, pre_titles=pre
        )
        om = _HONORIFIC_END.search(body, start, ns - 1)
        if body[ns - 1 : ns] in ("与", "和", "及", "、", "同") and om and om.end() == ns - 1:
            # Joint speakers: 赵先生和钱女士都表示.
            subj.pre_titles = ()
            subj.also = (_Subject("person", name=om.group(), start=om.start()),)
        return subj
    bare = text[1:] if text[:1] in ("该", "这位", "此") else text
    if bare in _TITLE_WORDS and len(bare) >= 2:
        # A bare title (省长表示, 该行长称): the person who was given that title.
        return _Subject("title", name=bare, start=start)
    if _ORG_REF.fullmatch(text):
        return _Subject("orgref", start=start)
    if body[end - 1 : end] in ("他", "她") and end - 1 > start:
        return None  # 对他 etc.: peel further
    # Transliterated names: 安娜·莫里斯, 彼得·卡森.
    fm = _FOREIGN_NAME.search(text)
    if fm:
        fm_start = start + fm.start()
        first = fm.group(1).split("·")[0] if "·" in fm.group(1) else fm.group(1)
        # Shortest first part (>= 2 chars) that starts at a token boundary.
        sep = fm_start + len(first)
        best = -1
        if sep - 1 > start and doc.bound(sep - 1) and _is_title(body[start : sep - 1]):
            best = sep - 1  # a one-character first name after a title: 经理丹·摩根
        for s in range(sep - 2, fm_start - 1, -1):
            if best >= 0:
                break
            if doc.bound(s):
                best = s
                break
        last_tok = doc.tokens[_token_index(doc, end - 1)]
        last_part = re.split(r"[·•‧・]", fm.group(1))[-1]
        if (
            best >= 0
            and doc.bound(end)
            and len(last_part) <= 5
            and not any(ch in _NOT_IN_NAME for ch in last_part)
            and (
                last_tok.pos.startswith("nr")
                or last_tok.pos in ("ns", "nz", "eng")
                or len(last_part) == 1
            )
        ):
            return _person(doc, start, best, end)
    name_start = _name_start_at_end(doc, start, end)
    if name_start is not None:
        before = body[max(start, name_start - 1) : name_start]
        if before in ("对", "向", "给", "跟", "据") or _has_addressee_marker(
            doc, start, name_start
        ):
            return None  # X对Y说: Y is the addressee; peel it
        subj = _person(doc, start, name_start, end)
        if before in ("与", "和", "及", "、", "同"):
            # Joint speakers: 詹春柏与吴敦义都表示.
            other = _name_start_at_end(doc, start, name_start - 1)
            if other is not None:
                first = _person(doc, start, other, name_start - 1)
                subj.titles = ()
                first.also = (subj,)
                return first
        return subj
    return _org_at_end(doc, start, end)


def _has_addressee_marker(doc: _Doc, start: int, end: int) -> bool:
    """A preposition introducing an addressee (对/向/跟/给) between start and end."""
    i = _token_index(doc, end - 1)
    while i >= 0 and doc.tokens[i].start >= start:
        t = doc.tokens[i]
        if t.word in ("对", "向", "跟", "给") and t.pos == "p":
            return True
        i -= 1
    return False


def _name_start_at_end(doc: _Doc, start: int, end: int) -> int | None:
    """Where a person name ending at `end` starts, if body[start:end] ends with one."""
    for k in (4, 3, 2):
        s = end - k
        if s >= start and _is_person_name(doc, s, end, end_free=True):
            # A name-tagged piece right before it after a title word is the head of a
            # transliterated name (总统|泽|连斯基): take the whole name.
            pi = doc.token_at(s)
            if pi is not None and pi > 1:
                p, q = doc.tokens[pi - 1], doc.tokens[pi - 2]
                if (
                    p.pos.startswith("nr")
                    and len(p.word) <= 2
                    and p.start >= start
                    and p.start + len(p.word) == s
                    and _is_title(q.word)
                    and p.word[0] not in SURNAMES
                ):
                    return p.start
            return s
    # A name jieba knows (transliterated, Japanese, ...) right after a title word:
    # 总统拜登, 秘书长古特雷斯, 首相岸田文雄.
    ti = _token_index(doc, end - 1)
    if ti < 0 or not doc.bound(end):
        return None
    j = ti
    proper = False
    while j >= 0 and doc.tokens[j].start >= start and end - doc.tokens[j].start <= 5:
        t = doc.tokens[j]
        if not _ALL_CJK.fullmatch(t.word) or any(ch in _NOT_IN_NAME for ch in t.word):
            return None
        proper = proper or t.pos.startswith("nr") or t.pos == "ns"
        if j < ti and t.pos.startswith("nr") and doc.tokens[ti].pos in ("n", "vn", "a", "v"):
            return None  # 彭学舟|信心: a name followed by a common word
        if j > 0 and doc.tokens[j - 1].start >= start and _is_title(doc.tokens[j - 1].word):
            surname_like = t.word[0] in SURNAMES and 2 <= end - t.start <= 3
            if (proper or surname_like) and end - t.start >= 2 and not _is_title(t.word):
                return t.start
            return None
        j -= 1
    return None


def _person(doc: _Doc, start: int, name_start: int, end: int) -> _Subject:
    body = doc.body
    name = body[name_start:end]
    title_text = body[start:name_start].strip()
    title_text = re.split(r"\s+", title_text)[-1] if title_text else ""
    title_text = title_text.rsplit("的", 1)[-1]
    titles = tuple(t.strip() for t in title_text.split("、") if t.strip())
    if titles and (len(title_text) > 40 or _UNNAMED_TITLE.search(title_text)):
        titles = ()
    return _Subject("person", name=name, titles=titles, start=name_start)


_MEDIA_TITLE = re.compile(r"《[^《》]{1,20}》$")
# Titles of laws, plans and policy documents (《实施意见》, 《规划纲要》): no speakers.
_POLICY_DOCUMENT = re.compile(
    r"(?:意见|通知|规划|方案|办法|条例|决定|报告|纲要|白皮书|决议|公报|宣言|声明|协议|法|规定|"
    r"细则|计划|指南|标准|措施|草案|章程|准则|公约|条约|意见稿|建议)$"
)
# Titles of experts and professionals, who do not speak for the organisation they work at.
_EXPERT_TITLE = re.compile(
    r"(?:首席)?(?:专家|学者|研究员|副研究员|教授|副教授|讲师|经济学家|科学家|工程师|医生|律师|"
    r"分析师)"
)


def _org_at_end(doc: _Doc, start: int, end: int) -> _Subject | None:
    body = doc.body
    text = body[start:end]
    mm = _MEDIA_TITLE.search(text)
    if mm and _POLICY_DOCUMENT.search(mm.group(), 0, len(mm.group()) - 1):
        return None  # 《意见》提出：a policy document's wording, not a publication's comment
    if mm:
        # A publication speaking as a commentator: 《金融时报》评论称.
        if _ANON.search(text[: mm.start()]):
            return _Subject("anonymous")
        return _Subject("organisation", name=mm.group(), start=start + mm.start())
    rep = _ORG_REP.search(text)
    org_end = end
    if rep and rep.start() > 0:
        org_end = start + rep.start()
    elif _TITLE_END.search(text):
        # An unnamed office holder (WTO副总干事): the organisation speaks.
        tm = _TITLE_END.search(text)
        assert tm is not None
        if _EXPERT_TITLE.fullmatch(tm.group()) and not _has_addressee_marker(doc, start, end):
            # 某研究院专家, 大学学者: experts speak for themselves; unnamed, they are generic.
            return _Subject("anonymous")
        org_end = start + tm.start()
        while org_end > start and body[org_end - 1] in "副第一二三首席常务执行":
            org_end -= 1
        if org_end == end:
            return None
    if org_end <= start:
        return None
    # Latin names: BMW, WHO, Nokia.
    lm = _LATIN_ORG.search(body, start, org_end)
    if lm and lm.end() == org_end:
        name = lm.group(1)
        if len(name) >= 2 and not _ANON.search(body[start : lm.start()]):
            # All-capital names and company forms are organisations (WHO, BMW, Acme Inc);
            # a single capitalised word in Chinese text is usually a person (Jenny说).
            kind = "organisation" if _LATIN_ORG_FORM.search(name) else "person"
            return _Subject(kind, name=name, start=lm.start())
    # Extend left over name-like tokens from the end.
    ti = _token_index(doc, org_end - 1)
    if ti < 0:
        return None
    s = org_end
    has_proper = False
    while ti >= 0:
        t = doc.tokens[ti]
        if t.start < start:
            break
        if t.start + len(t.word) > org_end and s != org_end:
            break  # the clause end falls inside a token: only the last token may do so
        ordinal = s != org_end and _ORDINAL.fullmatch(t.word) is not None  # 省委第三巡视组
        if t.pos.startswith(_BLOCK_POS_PREFIX) and t.pos not in _PROPER_POS and not ordinal:
            break
        nameish = (t.pos in _NAMEISH_POS and _ALL_CJK.fullmatch(t.word.strip() or "x")) or (
            t.word in _ADMIN_LEVELS and s != org_end  # 县|交通局
        )
        if not nameish and not ordinal and t.pos != "eng":
            break
        if t.pos == "f" and len(t.word) < 2 and t.start != start:
            break
        if t.pos in _PROPER_POS:
            has_proper = True
        s = t.start
        ti -= 1
        if org_end - s > 16:
            break
    if ti >= 0 and s > start:
        t = doc.tokens[ti]
        if t.start < start < t.start + len(t.word) and _ALL_CJK.fullmatch(body[start:s]):
            s = start  # the clause starts inside a token (而新|泰证券 -> 新泰证券)
    if s >= org_end:
        return None
    last_t = doc.tokens[_token_index(doc, org_end - 1)]
    if (
        last_t.pos in ("v", "vn")
        and last_t.start > s
        and last_t.start + len(last_t.word) == org_end
        and _ORG_SUFFIX.search(body, s, last_t.start)
        and not any(
            t.pos == "v" or t.pos.startswith("nr")
            for t in doc.tokens[_token_index(doc, s) : _token_index(doc, last_t.start)]
        )
    ):
        org_end = last_t.start  # 某某检察院|起诉 指控: the verb before the cue is not the name
    name = body[s:org_end]
    prefix = body[start:s]
    if prefix[-1:] in ("对", "向", "给", "跟", "同", "与", "和", "据"):
        return None
    orgish = bool(_ORG_SUFFIX.search(name)) or name in GENERIC_ORGS or org_end != end
    if _ANON.search(prefix + name) or name in GENERIC_ORGS or name in NON_SPEAKERS:
        return _Subject("anonymous") if orgish else None
    if _ORG_SUFFIX.search(name) and not _DOCUMENT_END.search(name):
        sm = _ORG_SUFFIX.search(name)
        assert sm is not None
        if sm.start() == 0 and name not in _KNOWN_SHORT_ORGS:
            return None
        return _Subject("organisation", name=name, start=s)
    if _DOCUMENT_END.search(name):
        return None
    # A bare proper name (a fund or company named without suffix) covering the whole clause.
    first_tok = doc.tokens[_token_index(doc, s)]
    if (
        first_tok.start == s
        and len(first_tok.word) < len(name)
        and _is_person_name(doc, s, s + len(first_tok.word), end_free=False)
    ):
        return None  # a person name and something after it (李明私下): peel further
    if _inner_person(doc, s, org_end):
        return None  # 教练|王磊|信心: a title, a person name and a common word after it
    if s == start and has_proper and 2 <= len(name) <= 10:
        ti = _token_index(doc, s)
        if doc.tokens[ti].word == name and doc.tokens[ti].pos.startswith("nr") and not rep:
            return _Subject("person", name=name, start=s)  # a name jieba knows: 习近平
        return _Subject("organisation", name=name, start=s)
    if s == start and 2 <= len(name) <= 10 and _has_suffixed_form(body, name):
        return _Subject("organisation", name=name, start=s)
    if (
        s == start
        and rep is not None
        and rep.group().endswith(("方面", "负责人", "发言人", "新闻发言人"))
        and 2 <= len(name) <= 6
        and _ALL_CJK.fullmatch(name)
        and not _inner_person(doc, s, org_end)
    ):
        # 美团方面回应称, 小米相关负责人表示: whoever has a spokesperson is an organisation.
        return _Subject("organisation", name=name, start=s)
    # A proper name after a category word (汽车品牌吉利, 科技巨头谷歌): the name speaks.
    last = doc.tokens[_token_index(doc, org_end - 1)]
    if (
        last.start > s
        and last.start + len(last.word) == org_end
        and last.pos in _PROPER_POS
        and len(last.word) >= 2
        and _CATEGORY_END.search(body[s : last.start])
    ):
        kind = "person" if last.pos.startswith("nr") else "organisation"
        return _Subject(kind, name=last.word, start=last.start)
    return None


def _inner_person(doc: _Doc, s: int, end: int) -> bool:
    """A person-name token stands inside body[s:end] with a common word after it."""
    i = _token_index(doc, s)
    while i < len(doc.tokens) - 1:
        t = doc.tokens[i]
        t_end = t.start + len(t.word)
        if t_end >= end:
            return False
        if (
            t.start >= s
            and t.pos.startswith("nr")
            and doc.tokens[i + 1].pos in ("n", "vn", "v", "a", "d")
            and _is_person_name(doc, t.start, t_end, end_free=False)
        ):
            return True
        i += 1
    return False


_ADMIN_LEVELS = frozenset("省市县区镇乡州")
_ORDINAL = re.compile(r"第[一二三四五六七八九十百零\d]+")
_CATEGORY_END = re.compile(r"(?:品牌|企业|厂商|车企|巨头|机构|平台|券商|公司|集团|运营商|制造商)$")


_DOCUMENT_END = re.compile(
    r"(?:公告|声明|报告|文章|信|数据|资料|统计|调查|研究|消息|通知|文件|报道|季报|年报|通报|通告|"
    r"公报|简报)$"
)
_KNOWN_SHORT_ORGS = words("央行 美联储 联储 国资委 证监会 银监会 保监会 发改委 统计局 新华社")
_SUFFIX_FORMS = ("公司", "集团", "基金公司", "银行", "基金")


def _has_suffixed_form(body: str, name: str) -> bool:
    return any(name + suf in body for suf in _SUFFIX_FORMS)


# --------------------------------------------------------------------------- attributions


@dataclass
class _Cue:
    start: int  # where the cue phrase starts (介绍说: at 介绍)
    end: int
    word: str
    bare: bool = False  # a weak cue taken only for its clausal complement (希望…，…)


_GLUE_CHARS = frozenset("中里时上并也还又则都曾地只便")
# Cues that are never nouns: after 了 they still introduce speech (他笑了笑说 aside).
_VERBAL_ONLY_CUES = words("说 称 表示 道 说道 称赞")
_CUE_RX = re.compile("|".join(sorted(CUE_WORDS, key=len, reverse=True)))


def _cue_positions(doc: _Doc) -> list[int]:
    """Offsets where a cue word may start: every offset inside a cue-word match, so that
    overlapping words (笑称 / 称) are all looked at; the tokens decide."""
    out: list[int] = []
    for m in _CUE_RX.finditer(doc.body, 0, doc.limit):
        out.extend(range(m.start(), m.end()))
    return out


def _cues(doc: _Doc) -> list[_Cue]:
    toks = doc.tokens
    out: list[_Cue] = []
    n = len(toks)
    seen: set[int] = set()
    for p in _cue_positions(doc):
        if p < doc.head:
            continue
        i = doc.token_at(p)
        if i is None:
            # jieba sometimes glues a cue to the word before it (在声明中称 -> 中称).
            g = _token_index(doc, p)
            gt = toks[g]
            cue_word = gt.word[p - gt.start :]
            glued = (gt.start == p - 1 and gt.word[0] in _GLUE_CHARS) or (
                gt.pos.startswith("nr") and p - gt.start >= 2  # 李华说: name + cue
            )
            if glued and cue_word in CUE_WORDS and g not in seen:
                seen.add(g)
                if not _in_quote(doc, p):
                    out.append(_Cue(p, gt.start + len(gt.word), cue_word))
            continue
        if i in seen:
            continue
        seen.add(i)
        t = toks[i]
        w = t.word
        split = 0
        if w not in CUE_WORDS:
            # jieba sometimes cuts a cue word in two (笑言 -> 笑 / 言).
            if len(w) > 1 or i + 1 >= n or w + toks[i + 1].word not in CUE_WORDS:
                continue
            split = 1
            w += toks[i + 1].word
            seen.add(i + 1)
        if _in_quote(doc, t.start):
            continue
        prev = toks[i - 1].word if i > 0 else ""
        i += split
        nxt = toks[i + 1].word if i + 1 < n else ""
        if w in CUE_PREFIXES and nxt in ("说", "称", "表示"):
            continue  # the next token carries the cue (介绍说)
        if nxt in NOT_SPEECH_AFTER or prev in NOT_SPEECH_BEFORE:
            continue
        coordinated = nxt in ("并", "和", "及", "与", "并且", "或")
        nxt2 = toks[i + 2] if i + 2 < n else None
        if coordinated and nxt2 is not None and nxt2.word in CUE_WORDS:
            # 强调并指出: two cues joined, one attribution.
            seen.add(i + 2)
            out.append(_Cue(t.start, nxt2.start + len(nxt2.word), w + nxt + nxt2.word))
            continue
        if coordinated and w not in _VERBAL_ONLY_CUES:
            continue  # 提出并实施, 研究和提出: a coordinated verb, not a speech act
        if prev == "了" and w not in _VERBAL_ONLY_CUES:
            continue  # 给出了答复, 作出了回应: the object of a light verb, a noun
        if prev == "的" and not (w in ("解释", "看法", "观点") and nxt in ("是", "为")):
            continue
        end = t.start + len(w)
        if nxt == "道":  # 补充道, 笑道
            end += 1
            w += "道"
        after = doc.body[end : end + 1]
        bare = w in WEAK_CUES and after not in ("，", ",", "：", ":", "“", "「")
        if bare and not (w in _CLAUSAL_CUES and _clausal_complement(doc, end)):
            continue
        start = t.start
        word = w
        if prev in CUE_PREFIXES and w in ("说", "称", "表示", "道"):
            start = toks[i - 1].start
            word = prev + w
        if out and out[-1].end == start:
            prev_cue = out.pop()  # 提出建议, 表示认为: one cue
            start, word = prev_cue.start, prev_cue.word + word
        out.append(_Cue(start, end, word, bare))
    return out


# Weak cues that also take a bare clausal complement (希望各地加快…，确保…): a wish or an
# account with propositional content, not an inner state (希望能赢) or a topic (讲述了…故事).
_CLAUSAL_CUES = words("希望 讲述")
# Shortest bare clausal complement (characters to the end of the sentence). Not tuned: a
# short wish (希望能赢, 希望早日康复) is a state of mind, a multi-clause one is a message.
CLAUSAL_MIN_CHARS = 20


def _clausal_complement(doc: _Doc, pos: int) -> bool:
    """body[pos:] up to the sentence end is a long multi-clause complement, not a topic."""
    end = _sentence_end(doc, pos)
    text = doc.body[pos:end].rstrip("。！？!?；; \u3000\n")
    if len(text) < CLAUSAL_MIN_CHARS or "，" not in text:
        return False
    first = text.split("，", 1)[0]
    if first.startswith(_SELF_WISH):
        return False  # 希望自己能……: a personal wish, a state of mind
    return _TOPIC_END.search(first) is None and not first.endswith(("的", "了"))


# Openings of a wish about oneself (希望自己/希望能/希望早日…), not a message to others.
_SELF_WISH = ("自己", "能", "可以", "早日", "有朝一日", "将来", "以后", "今后能")


# Nouns that make a complement a topic, not a content (介绍…的总体情况, 讲述…的故事).
_TOPIC_END = re.compile(
    r"(?:情况|进展|经验|做法|成果|内容|背景|历程|故事|经历|事迹|心得|体会|感受|原因|意义|"
    r"重要性|必要性|紧迫性|细节|过程|来龙去脉|计划|安排|措施|举措|打算|思路|设想|看法|观点|立场|"
    r"典故|历史|由来|情形|现状|动态|要求|问题)$"
)


def _nominal_start(doc: _Doc, pos: int) -> bool:
    """The complement starting at pos opens like a noun phrase, not a predicate
    (今年汛期的降水情况 vs 将进一步完善相关措施)."""
    i = doc.token_at(pos)
    if i is None:
        return False
    t = doc.tokens[i]
    return not t.pos.startswith(("v", "d", "c", "p", "r")) and t.word not in _MODALS


_MODALS = words("要 将 会 应 应当 应该 需 需要 必须 可以 能 能够 已 已经 正在 不 没有 仍 还")


def _clause_start(doc: _Doc, pos: int) -> int:
    body = doc.body
    floor = _sentence_start(doc, pos)
    i = pos - 1
    while i >= floor:
        q = _in_quote(doc, i)
        if q is not None:
            return q[1] + 1
        if body[i] in _CLAUSE_BOUNDARIES:
            return i + 1
        i -= 1
    return max(floor, 0)


_SETTING_CLAUSE = re.compile(r"(?:在|当|谈到|谈及|说起)[^，,。”“]{1,24}(?:时|后|中|上)$")


def _quote_ending_at(doc: _Doc, pos: int) -> tuple[int, int] | None:
    """The quotation whose closing mark is just before pos (allowing a comma between)."""
    body = doc.body
    i = pos - 1
    while i >= 0 and body[i] in " \u3000，,":
        i -= 1
    # An adverbial clause may stand between (“……”在谈到未来时，他说).
    m = _SETTING_CLAUSE.search(body, max(0, i - 30), i + 1)
    if m:
        i = m.start() - 1
    if i < 0:
        return None
    k = bisect_right(doc.quote_starts, i) - 1
    if k >= 0 and doc.quotes[k][1] == i:
        return doc.quotes[k]
    return None


def _quote_at(doc: _Doc, pos: int) -> tuple[int, int] | None:
    k = bisect_right(doc.quote_starts, pos) - 1
    if k >= 0 and doc.quotes[k][0] == pos:
        return doc.quotes[k]
    return None


def _attributions(doc: _Doc) -> list[_Rec]:
    recs: list[_Rec] = []
    used_quotes: set[int] = set()
    cues = _cues(doc)
    # Subjects of every cue first: the content of one attribution stops where the next
    # attribution of the same sentence begins.
    subjects: list[tuple[_Cue, int, _Subject | None]] = []
    for cue in cues:
        cs = _clause_start(doc, cue.start)
        subj = _find_subject(doc, cs, cue.start)
        if (subj is None or subj.kind == "anonymous") and doc.body[cs - 1 : cs] == "\n":
            # 局长⏎王海涛⏎表示: the subject broken over lines at inline tags.
            joined = _fragment_start(doc, cs)
            if joined < cs:
                found = _find_subject(doc, joined, cue.start)
                if found is not None and found.kind in ("person", "organisation"):
                    cs, subj = joined, found
        if cue.bare and subj is not None and subj.kind == "anonymous":
            continue  # 不少家长希望…: a state of mind inside somebody's content
        if subj is not None and subj.kind == "organisation" and _reporting_medium(doc, subj, cue):
            subj = _Subject("anonymous")  # 美联社报道说, 彭博社消息称: media as the source
        subjects.append((cue, cs, subj))
    according = _according_to(doc)
    if according:
        spans = [(c.start, c.end) for c, _, _ in according]
        subjects = [
            x for x in subjects if not any(s <= x[0].start < e for s, e in spans)
        ] + according
        subjects.sort(key=lambda x: x[0].start)
    last: _Speaker | None = None
    last_known = False  # whether `last` was set by an attribution at all
    relay: _Speaker | None = None  # the outer speaker of a nested attribution
    for idx, (cue, cs, subj) in enumerate(subjects):
        sent_start = _sentence_start(doc, cue.start)
        speaker: _Speaker | None
        if subj is None and cs == _strip_lead(doc, cs, cue.start):
            dm = _DOC_CUE.match(cue.word)
            if dm and cue.start == cs:
                # 声明称，…; 公告称，…: the document issued just before speaks for its writer.
                subj = _Subject("docref", name=dm.group())
        if subj is None:
            # Subject elided: a second cue of the same sentence (X说，A，并表示B) or a
            # sentence whose first clause names the speaker.
            prev = recs[-1] if recs else None
            if (
                prev is not None
                and prev.cue_pos >= sent_start
                and cs > sent_start
                and _elided_ok(doc, cs, cue)
            ):
                speaker = prev.speaker
            elif cs > sent_start and _elided_ok(doc, cs, cue):
                first = _find_first_clause_subject(doc, sent_start, cs)
                if first is None:
                    continue
                speaker = first
            elif _strip_lead(doc, cs, cue.start) == cue.start and _elided_ok(doc, cs, cue):
                # A sentence that opens with the cue continues the speech of the paragraph
                # (他指出，……。希望各方……): the speaker of the attribution just before.
                speaker = _paragraph_speaker(doc, recs, cue.start)
                if speaker is None and doc.body[cs : cs + 1] in ("他", "她"):
                    # 他还透露 after a quotation with no cue of its own: the pronoun's person.
                    speaker = _resolve_pronoun(doc, recs, cs)
                if speaker is None:
                    continue
            else:
                continue
        elif subj.kind == "anonymous":
            speaker = None
        elif subj.kind == "pronoun":
            speaker = _resolve_pronoun(doc, recs, subj.start)
            if speaker is None:
                continue
        elif subj.kind == "surname":
            title = subj.titles[0]
            holder = next(
                (
                    r.speaker
                    for r in reversed(recs)
                    if r.speaker is not None
                    and r.speaker.kind == "person"
                    and r.speaker.name.startswith(subj.name)
                    and (
                        title in _ADDRESS_FORMS or any(t.endswith(title) for t in r.speaker.titles)
                    )
                ),
                None,
            )
            if holder is None and title in _HONORIFICS:
                # 王先生, 居民孙女士: the article names the person this way (a named person).
                honorific = subj.name + title
                holder = _Speaker(honorific, "person", subj.pre_titles)
            if holder is None:
                continue
            speaker = holder
        elif subj.kind == "title":
            holder = next(
                (
                    r.speaker
                    for r in reversed(recs)
                    if r.speaker is not None
                    and r.speaker.kind == "person"
                    and any(t.endswith(subj.name) for t in r.speaker.titles)
                ),
                None,
            )
            if holder is None:
                continue
            speaker = holder
        elif subj.kind == "docref":
            speaker = _document_writer(doc, recs, subj.name, cue.start)
            if speaker is None:
                continue
        elif subj.kind in ("role", "orgref"):
            if not last_known:
                continue
            speaker = last
            if speaker is not None and subj.kind == "orgref" and speaker.kind != "organisation":
                continue
        else:
            if _passive_agent(doc, cs, subj.start):
                continue  # 该方案由X提出: the proposal is the subject, not X's speech
            kind: SpeakerKind = "person" if subj.kind == "person" else "organisation"
            speaker = _Speaker(subj.name, kind, subj.titles)
        next_clause, relayed = _next_attribution(doc, subjects, idx)
        if (
            relayed
            and next_clause is not None
            and next_clause > cue.start
            and not doc.body[cue.end : next_clause].strip("，,：: \u3000")
        ):
            # 某局答复：审计组指出“……”: the content is another named party's attribution,
            # which gets its own record; the outer speaker only relays it (GUIDELINES §3,
            # nested quotes) and stays the speaker of the passage around it.
            relay = speaker
            continue
        made = _content(doc, cue, cs, speaker, used_quotes, next_clause)
        if not made:
            continue
        if relay is not None:
            for r in made:
                r.relayed_by = relay
            relay = None
        for r in made:
            r.clause = cs
        recs.extend(made)
        if subj is not None:
            for other in subj.also:
                extra = _Speaker(other.name, "person", other.titles)
                recs.extend(
                    _Rec(extra, r.start, r.end, r.direct, r.cue, r.cue_pos)
                    for r in made
                    if r.speaker is speaker
                )
        last = speaker
        last_known = True
    recs.sort(key=lambda r: (r.start, r.end))
    return recs


# "According to X's account/statement," (按照X的说法，据X发布的公告，): X says the rest of the
# sentence. X may carry a parenthetical short name (X（下称“Y”）的说法).
_ACCORDING = re.compile(
    r"(?:按照|根据|依照|依据|据)([^，,。！？；;\n“”（）]{1,40}?)(?:（[^（）\n]{0,30}）)?"
    r"(?:发布|发表|公布|发出)?的(?:说法|介绍|表述|看法|观点|估计|估算|测算|预测|公告|声明|通报|通告)"
    r"(?=[，,：:])"
)
# "In X's view," / "in X's words" (在X看来，用X的话说，): X's view is the rest of the
# sentence, like X认为.
_IN_VIEW = re.compile(
    r"在([^，,。！？；;\n“”在]{1,40}?)(?:眼中)?看来(?=[，,])"
    r"|用([^，,。！？；;\n“”用]{1,30}?)的话(?:来)?说(?=[，,：:])"  # 用X的话说，…
)
# "X's original words were:" (X的原话是：“…”): what follows is X's.
_ORIGINAL_WORDS = re.compile(r"([^，,。！？；;\n“”：:]{1,30}?)的原话(?:是|为)?(?=[：:])")
# A medium relaying a named source (央视新闻援引外交部的消息称，): the source speaks.
_CITING = re.compile(
    r"援引([^，,。！？；;\n“”援]{1,30}?)(?:的(?:话|消息|说法|声明|表态|通报))?"
    r"(?:说|称|表示|指出)(?=[，,：:])"
)
# Name endings of news media: a medium relaying another medium's report is no speech.
_MEDIA_END = ("社", "报", "网", "台", "》", "新闻")


def _according_to(doc: _Doc) -> list[tuple[_Cue, int, _Subject | None]]:
    out: list[tuple[_Cue, int, _Subject | None]] = []
    matches = list(_ACCORDING.finditer(doc.body, doc.head, doc.limit))
    if "看来" in doc.body or "的话" in doc.body:
        matches += _IN_VIEW.finditer(doc.body, doc.head, doc.limit)
    k = doc.body.find("的原话", doc.head, doc.limit)
    while k >= 0:
        # Looked for from each occurrence only: the pattern is costly to try everywhere.
        line = max(doc.body.rfind(ch, doc.head, k) for ch in "，,。！？；;\n“”：:") + 1
        found = _ORIGINAL_WORDS.match(doc.body, max(line, k - 30), doc.limit)
        if found is not None:
            matches.append(found)
        k = doc.body.find("的原话", k + 3, doc.limit)
    if "援引" in doc.body:
        matches += _CITING.finditer(doc.body, doc.head, doc.limit)
    for m in matches:
        if _in_quote(doc, m.start()) is not None:
            continue
        g = 1 if m.group(1) is not None else 2  # the alternative of _IN_VIEW that matched
        subj = _subject_at_end(doc, m.start(g), m.end(g))
        if subj is None or subj.kind not in ("person", "organisation", "pronoun", "orgref"):
            continue
        prefix = doc.body[m.start(g) : subj.start]
        if m.re is _CITING and subj.name.endswith(_MEDIA_END):
            continue  # 援引路透社的消息称: media as the source
        if subj.kind == "organisation" and prefix:
            continue  # the whole of X must be the organisation's name
        if _ANON.search(prefix):
            continue  # 据一位熟悉情况的官员张某的说法: an anonymous description
        word = doc.body[m.start() : m.start(g)] + "…" + doc.body[m.end(g) : m.end()]
        cue = _Cue(m.start(), m.end(), re.sub(r"（[^（）]*）", "", word))
        out.append((cue, m.start(), subj))
    out.sort(key=lambda x: x[0].start)
    return out


def _next_attribution(
    doc: _Doc, subjects: list[tuple[_Cue, int, _Subject | None]], idx: int
) -> tuple[int | None, bool]:
    """Where the next attribution of the same sentence starts: the clause of the first later
    cue with a subject of its own (a named, anonymous or deictic one: 但乙方表示) or one that
    continues the speech (并强调). Cues without either (和平倡议，) are skipped. The flag says
    whether that attribution names a speaker of its own (person or organisation)."""
    body = doc.body
    sent_end = _sentence_end(doc, subjects[idx][0].start)
    for cue, cs, subj in subjects[idx + 1 :]:
        if cue.start >= sent_end:
            break
        if subj is not None or body[cs - 1 : cs] in ("；", ";") or _elided_ok(doc, cs, cue):
            named = subj is not None and subj.kind in ("person", "organisation")
            # Only an attribution with marked content (指出“……”, 表示，……) is relayed whole.
            return cs, named and body[cue.end : cue.end + 1] in ("，", ",", "：", ":", "“", "「")
    return None, False


def _passive_agent(doc: _Doc, start: int, end: int) -> bool:
    """A passive/agentive preposition (由, 被) between the clause start and the subject."""
    if end <= start:
        return False
    i = _token_index(doc, end - 1)
    while i >= 0 and doc.tokens[i].start >= start:
        t = doc.tokens[i]
        if t.word in ("由", "被") and t.pos == "p":
            return True
        i -= 1
    return False


_ELIDED = re.compile(
    r"(?:并且|并|同时|也|还|又|另外|此外|而且|进而|随后|接着|但是|但|此前|之前|曾经|曾|再次|"
    r"进一步|则|最后|此外还|他还|她还|\s)+"
)
# Cues that take the speaker of the clause before them when their own subject is elided.
_ELIDABLE_CUES = words(
    "表示 强调 指出 认为 说 称 建议 提出 透露 介绍 坦言 呼吁 补充 重申 解释 提到 坦承 直言 "
    "承认 提醒 警告 希望 勉励 叮嘱 嘱咐 讲述 总结 分析 回复 答复 笑言 大呼 直呼"
)


_DOC_CUE = re.compile(r"声明|公告|通告|通报|公开信|来信|信")


def _document_writer(doc: _Doc, recs: list[_Rec], name: str, pos: int) -> _Speaker | None:
    """Who wrote the document named `name` (声明, 信, 公告): the speaker of the last attribution
    whose sentence mentions such a document (X发表声明，…; X在给Y的信中说)."""
    key = "信" if name.startswith("信") or name.endswith("信") else name
    for r in reversed(recs):
        if r.speaker is None or r.cue_pos >= pos:
            continue
        start = min(r.clause, _sentence_start(doc, r.cue_pos))
        if key in doc.body[start : r.cue_pos + len(r.cue)]:
            return r.speaker
    # No attribution mentions it: a sentence just before that issues it (X发表声明。声明称，…).
    k = _sentence_index(doc, pos)
    for j in range(k - 1, max(k - 1 - FLOATING_MAX_SENTENCES, -1), -1):
        ss = doc.sent_ends[j - 1] if j > 0 else 0
        se = doc.sent_ends[j]
        m = _ISSUES_DOC.search(doc.body, ss, se)
        if m and key in m.group():
            subj = _find_subject(doc, _clause_start(doc, m.start()), m.start())
            if subj is not None and subj.kind in ("person", "organisation"):
                kind: SpeakerKind = "person" if subj.kind == "person" else "organisation"
                return _Speaker(subj.name, kind, subj.titles)
            return None
    return None


_ISSUES_DOC = re.compile(
    r"(?:发表|发布|发出|公布|致|写)了?[^，。！？]{0,12}?(?:声明|公告|通告|通报|公开信|信)"
)


def _elided_ok(doc: _Doc, cs: int, cue: _Cue) -> bool:
    """A cue with no subject of its own that continues the speech of the clause before."""
    body = doc.body
    text = body[cs : cue.start]
    if cue.word not in _ELIDABLE_CUES and cue.word[-1:] not in ("说", "称"):
        return False
    if not text:
        return (
            cue.bare
            or body[cue.end : cue.end + 1] in ("，", ",", "：", ":", "“")
            or _ISSUED.search(body, max(0, cs - 16), max(0, cs - 1)) is not None
        )
    return _ELIDED.fullmatch(text) is not None


# A clause that issues a statement: the next cue is what the statement says
# (省政府发表声明，强调……; 该公司发布公告，提醒……).
_ISSUED = re.compile(
    r"(?:发表|发布|发出|公布|作|做)了?(?:书面|联合|正式|紧急)?"
    r"(?:声明|公告|通告|通报|讲话|演讲|致辞|谈话|文章|署名文章|评论|报告|公开信|告知书)$"
)


def _paragraph_speaker(doc: _Doc, recs: list[_Rec], pos: int) -> _Speaker | None:
    """Speaker of the last attribution in the same paragraph, a few sentences back."""
    prev = next((r for r in reversed(recs) if r.cue_pos < pos), None)
    if prev is None or prev.speaker is None:
        return None
    if "\n" in doc.body[prev.cue_pos : pos]:
        return None
    if _sentence_index(doc, pos) - _sentence_index(doc, prev.cue_pos) > FLOATING_MAX_SENTENCES:
        return None
    return prev.speaker


# Longest subject (title chain + name) looked for at the start of a sentence. Not tuned: a
# company name, a post and a name (某某集团有限公司党委书记、董事长某某) fit.
SUBJECT_MAX_CHARS = 32


def _find_first_clause_subject(doc: _Doc, start: int, end: int) -> _Speaker | None:
    """Speaker named at the start of a sentence (省教育厅没有…，但随后又表示，…)."""
    body = doc.body
    start = _strip_lead(doc, start, end)
    clause_end = start
    while clause_end < end and body[clause_end] not in _CLAUSE_BOUNDARIES:
        clause_end += 1
    # The subject ends where a verb, adverb or preposition follows (省教育厅|没有).
    i = _token_index(doc, start)
    if 0 <= i < len(doc.tokens) and doc.tokens[i].word in CUE_WORDS:
        return None  # the clause opens with a cue verb (预计市场将……): no subject here
    fallback: _Speaker | None = None
    while 0 <= i < len(doc.tokens) - 1:
        nxt = doc.tokens[i + 1]
        e = nxt.start
        if e > clause_end or e - start > SUBJECT_MAX_CHARS:
            break
        cur = doc.tokens[i]
        # A name token jieba knows may end the subject before a word it mis-tags
        # (a name | a word jieba mis-tags): only a fallback when no verb boundary gives a subject.
        after_title = i > 0 and _is_title(doc.tokens[i - 1].word)  # 总经理|彭学舟|信心满满
        name_end = cur.pos.startswith("nr") and (e - start <= 4 or after_title) and fallback is None
        verb_next = nxt.pos[:1] in ("d", "v", "p", "c", "t") and nxt.pos != "vn"
        if e > start and (verb_next or name_end):
            tm = _TRAIL_ADV.search(body, start, e) if verb_next else None
            se = tm.start() if tm and tm.start() > start else e  # 海东市政府|18日|发表
            subj = _subject_at_end(doc, start, se)
            if subj is not None and subj.kind in ("person", "organisation"):
                kind: SpeakerKind = "person" if subj.kind == "person" else "organisation"
                if subj.start == start or subj.kind == "person":
                    found = _Speaker(subj.name, kind, subj.titles)
                    if verb_next:
                        return found
                    fallback = found
        i += 1
    return fallback


def _resolve_pronoun(doc: _Doc, recs: list[_Rec], pos: int) -> _Speaker | None:
    mention = _last_mention(doc, pos)
    last_rec = next((r for r in reversed(recs) if r.cue_pos < pos and r.speaker), None)
    if (
        last_rec is not None
        and last_rec.speaker is not None
        and last_rec.speaker.kind == "person"
        and (
            mention is None or last_rec.cue_pos >= mention[0] or mention[1] == last_rec.speaker.name
        )
    ):
        return last_rec.speaker
    if mention is None:
        return None
    return _Speaker(mention[1], "person", ())


def _content(
    doc: _Doc,
    cue: _Cue,
    cs: int,
    speaker: _Speaker | None,
    used_quotes: set[int],
    next_clause: int | None,
) -> list[_Rec]:
    body = doc.body
    out: list[_Rec] = []
    # A quotation just before the subject belongs to it (“……”她建议).
    before = _quote_ending_at(doc, cs)
    if before is None and body[cs - 1 : cs] == "\n" and _ends_at_cue(doc, cue):
        # “……。”⏎王海涛说。: the attribution on the line after the quotation.
        k = cs - 1
        while k > 0 and body[k - 1] in " \u3000":
            k -= 1
        before = _quote_ending_at(doc, k)
    if before is not None and before[0] not in used_quotes and not _in_record(before[0], out):
        used_quotes.add(before[0])
        if before[1] - before[0] > 1:
            out.append(_Rec(speaker, before[0] + 1, before[1], True, cue.word, cue.start))
    a = cue.end
    if cue.word in ("告诉",):
        m = _TELL_ADDRESSEE.match(body, a)
        if m and m.end() - a <= 12:
            a = m.end()
    if cue.word in _DIRECTIVE_CUES:
        # 叮嘱毕业生们，……: a short addressee before the comma is not part of the content.
        m = _SHORT_ADDRESSEE.match(body, a)
        if m and not any(
            doc.tokens[j].pos.startswith("v")
            for j in range(_token_index(doc, a), _token_index(doc, m.end() - 1) + 1)
        ):
            a = m.end()
    if cue.word in ("解释", "看法", "观点"):
        m = _EXPLAIN_IS.match(body, a)
        if m:
            a = m.end()
    while a < len(body) and body[a] in _PUNCT_AFTER_CUE + " \u3000":
        a += 1
    if body[a : a + 1] == "\n" and a == cue.end and _soft_break_after(doc, a):
        # 王海涛说⏎“……”, 王海涛表示⏎，……: a body split at an inline tag right after the cue.
        while a < doc.limit and body[a] in " \u3000\n":
            a += 1
        while a < doc.limit and body[a] in _PUNCT_AFTER_CUE:
            a += 1
    if body[a : a + 1] == "\n" and body[cue.end : cue.end + 1] in _PUNCT_AFTER_CUE:
        # 某某在论文里分析：⏎ content: a colon (or a comma, when the body was split at an
        # inline tag) at the end of the line introduces the next one.
        while a < doc.limit and body[a] in " \u3000\n":
            a += 1
    if a >= doc.limit or body[a] in _TERMINATORS or body[a] == "\n":
        if not out and a == cue.end and cs > 0 and body[cs - 1] in "，,":
            # Inverted attribution without quotation marks: 今年的目标能够完成，他说。
            ss = _sentence_start(doc, cs - 1)
            while ss < cs and body[ss] in " \u3000\n":
                ss += 1
            e = cs - 1
            if e - ss >= MIN_INDIRECT_CHARS and _quote_at(doc, ss) is None:
                out.append(_Rec(speaker, ss, e, False, cue.word, cue.start))
        return out
    sent_end = _sentence_end(doc, a)
    q = _quote_at(doc, a)
    if q is None:
        sent_end = _over_soft_breaks(doc, sent_end)
    if q is not None:
        nxt = body[q[1] + 1 : q[1] + 2]
        inner_last = body[q[1] - 1 : q[1]]
        if (
            q[1] + 1 >= sent_end
            or nxt == ""
            or nxt in "，,。！？!?；;\n“「"
            or inner_last in _TERMINATORS
        ):
            if q[0] not in used_quotes and q[1] - q[0] > 1:
                used_quotes.add(q[0])
                out.append(_Rec(speaker, q[0] + 1, q[1], True, cue.word, cue.start))
            return out
    end = sent_end
    if next_clause is not None and a < next_clause < end:
        # The next attribution of this sentence starts a new record.
        end = next_clause
    # An appended complete quoted sentence is its own direct record.
    k = bisect_right(doc.quote_starts, a)
    while k < len(doc.quotes) and doc.quotes[k][0] < end:
        qs, qe = doc.quotes[k]
        complete = _ends_sentence(doc, qe, end) or (
            body[qe - 1] in _TERMINATORS and qe - qs > FLOATING_MIN_CHARS
        )  # “……。”他的遭遇……: a quoted sentence ends the indirect part even mid-sentence
        if qs > a and body[qs - 1] in "，,：:" and complete:
            if qs not in used_quotes:
                used_quotes.add(qs)
                out.append(_Rec(speaker, qs + 1, qe, True, cue.word, cue.start))
            end = qs
            # Quoted clauses chained before it by commas (……，“A”，“B。”) are appended too.
            j = k - 1
            while j >= 0:
                ps, pe = doc.quotes[j]
                if (
                    ps <= a
                    or body[pe + 1 : end].strip() not in ("，", ",")
                    or body[ps - 1] not in "，,"
                ):
                    break
                if len(_CJK.findall(body[ps + 1 : pe])) < CHAINED_MIN_CHARS:
                    break
                if ps not in used_quotes:
                    used_quotes.add(ps)
                    out.append(_Rec(speaker, ps + 1, pe, True, cue.word, cue.start))
                end = ps
                j -= 1
            break
        k += 1
    e = end
    while e > a and body[e - 1] in "。！？!?，,；;：: \u3000\n":
        e -= 1
    bare = body[cue.end] not in _PUNCT_AFTER_CUE
    topic = _TOPIC_END.search(body, a, e)
    if (
        bare
        and topic
        and "，" not in body[a:e]
        and (_nominal_start(doc, a) or (body[topic.start() - 1] == "的" and e - a <= 8))
    ):
        return out  # 介绍今年汛期的降水情况: a topic, no content
    if cue.word == "记得" and "，" not in body[a:e]:
        return out  # 还记得，第一次坐地铁时的兴奋心情: a memory of a thing, not an account
    if e - a >= MIN_INDIRECT_CHARS or (e - a >= 2 and not bare):
        out.append(_Rec(speaker, a, e, False, cue.word, cue.start))
        # Quotations inside an indirect span are part of it.
        k = bisect_right(doc.quote_starts, a - 1)
        while k < len(doc.quotes) and doc.quotes[k][0] < e:
            used_quotes.add(doc.quotes[k][0])
            k += 1
    return out


# Cues addressed to somebody (勉励/叮嘱 X，…): X may stand between the cue and the content.
_DIRECTIVE_CUES = words("勉励 叮嘱 嘱咐 嘱托 提醒 告诫 寄语 告诉")
_SHORT_ADDRESSEE = re.compile(r"[^，,。：:；;！？“”\n]{1,8}[，,：:]")


# Shortest quoted clause (CJK characters) split off a chain of appended quotations; shorter
# quoted words (“一次考验”) stay inside the indirect quote. Not tuned: a short clause.
CHAINED_MIN_CHARS = 6


def _ends_sentence(doc: _Doc, close: int, end: int) -> bool:
    """The quotation closing at `close` ends the sentence and holds a sentence of its own."""
    body = doc.body
    rest = body[close + 1 : end].strip("。！？!? \u3000\n")
    inner_end = body[close - 1 : close]
    return not rest and (inner_end in _TERMINATORS or close - body.rfind("“", 0, close) > 12)


# Longest line fragment (characters) read as part of a subject broken over lines. Not tuned:
# a title and a name, or a link text.
FRAGMENT_MAX_CHARS = 20


def _fragment_start(doc: _Doc, cs: int) -> int:
    """Start of the short line fragments without closing punctuation that run into the line
    starting at cs (a body split at inline tags), or cs."""
    body = doc.body
    start = cs
    for _ in range(3):
        if body[start - 1 : start] != "\n":
            break
        k = start - 1
        while (
            k > 0 and body[k - 1] not in _CLAUSE_BOUNDARIES and start - 1 - k < FRAGMENT_MAX_CHARS
        ):
            k -= 1
        line = body[k : start - 1].strip(" \u3000")
        if not line or start - 1 - k >= FRAGMENT_MAX_CHARS or not _CJK.search(line[-1]):
            break
        if body[k - 1 : k] not in ("\n", "，", ",", "") and k > 0:
            start = k
            break
        start = k
    return start


# Longest indirect quote (characters) carried over line breaks inside a sentence. Not tuned:
# a long sentence.
SOFT_SENTENCE_MAX_CHARS = 200


def _over_soft_breaks(doc: _Doc, end: int) -> int:
    """Carry a sentence end that is a line break inside the sentence (明年地铁⏎三号线⏎将全线
    通车。: a body split at inline tags) on to the real end, over at most three breaks."""
    body = doc.body
    start = end
    for _ in range(3):
        if body[end - 1 : end] != "\n" or end >= doc.limit:
            break
        before = body[end - 2 : end - 1]
        after = body[end : end + 1]
        if not before or not (_CJK.match(before) or before.isalnum()):
            break
        if not after or not (_CJK.match(after) or after.isalnum() or after in "，,"):
            break
        line_end = body.find("\n", end)
        line_end = doc.limit if line_end < 0 else line_end
        if after not in "，," and line_end - end > FRAGMENT_MAX_CHARS:
            break  # a long line: a new paragraph, not a link text cut out of the sentence
        nxt = _sentence_end(doc, end)
        if nxt - start > SOFT_SENTENCE_MAX_CHARS:
            break
        end = nxt
    return end


def _ends_at_cue(doc: _Doc, cue: _Cue) -> bool:
    """Nothing but a sentence end follows the cue (“……”⏎王海涛说。)."""
    return doc.body[cue.end : cue.end + 1] in ("。", "！", "\n", "")


def _soft_break_after(doc: _Doc, nl: int) -> bool:
    """The next line goes on with the words of a cue that ends the line at `nl`: it opens
    with a quotation mark or a comma/colon."""
    k = nl
    while k < doc.limit and doc.body[k] in " \u3000\n" and k - nl < 8:
        k += 1
    return doc.body[k : k + 1] in ("“", "「", "，", ",", "：", ":")


def _in_record(pos: int, recs: list[_Rec]) -> bool:
    return any(r.start <= pos < r.end for r in recs)


# --------------------------------------------------------------------------- floating quotes


def _floating(doc: _Doc, recs: list[_Rec]) -> None:
    body = doc.body
    covered = sorted((r.start, r.end) for r in recs)
    taken = {r.start for r in recs if r.direct}
    extra: list[_Rec] = []
    for qs, qe in doc.quotes:
        if qs + 1 in taken or any(s - 1 <= qs < e + 1 for s, e in covered):
            continue
        text = body[qs + 1 : qe]
        prev_i = qs - 1
        while prev_i >= 0 and body[prev_i] in " \u3000":
            prev_i -= 1
        prev = body[prev_i] if prev_i >= 0 else "\n"
        n_cjk = len(_CJK.findall(text))
        short = n_cjk < FLOATING_MIN_CHARS
        if short and not (
            prev in "：:" and n_cjk >= COLON_QUOTE_MIN_CHARS and text[-1:] in _TERMINATORS
        ):
            continue  # a short quotation is a term, unless a colon introduces a sentence
        lead_ok = (
            prev in "。！？!?；;：:，,\n”」"
            or body[max(0, qs - 2) : qs] in _CONNECTIVE_BEFORE_QUOTE
        )
        if not lead_ok or _CUE_BEFORE.search(body, max(0, qs - 6), qs):
            continue  # a cue right before it: its own (unresolved or anonymous) attribution
        if prev in "：:" and _NOT_SPEECH_BEFORE_COLON.search(
            body, _clause_start(doc, prev_i), prev_i
        ):
            continue  # 唱道：“……”, 墙上写着：“……”: lyrics and inscriptions, not speech
        nxt = body[qe + 1 : qe + 2]
        if not (text[-1:] in _TERMINATORS or nxt in ("", "。", "！", "？", "\n")):
            continue  # “甲店”“乙店”: quoted names in a list, not speech
        sent = _sentence_index(doc, qs)
        before = [r for r in recs if r.cue_pos < qs]
        holder = None
        tail = body[qe + 1 : _sentence_end(doc, qe + 1)]
        if len(tail) <= 16 and _CUE_RX.search(tail):
            pass  # “……”她的丈夫说。: its own (anonymous or unresolved) attribution follows
        elif prev in "。！？!?":
            holder = _attitude_holder(doc, qs)
        elif prev in "：:" and body[prev_i - 1 : prev_i] not in ("说", "道"):
            holder = _colon_holder(doc, prev_i)
        if holder is None and prev in "。！？!?\n" and text[-1:] in _TERMINATORS:
            # “……。”说起这几年的变化，王建军感慨万千。: the person whose reaction follows.
            holder = _reaction_after(doc, qs, qe)
        if holder is not None and not any(r.cue_pos >= holder[1] for r in before):
            # 郑先生对此颇为不满。“……”: the person whose reaction the sentence before describes.
            extra.append(_Rec(holder[0], qs + 1, qe, True, "", qs))
            continue
        if short:
            continue  # 标语：“安全第一。”: only a named person before the colon makes it speech
        last = max(before, key=lambda r: r.cue_pos) if before else None
        if last is None or sent - _sentence_index(doc, last.cue_pos) > FLOATING_MAX_SENTENCES:
            # Nobody spoke just before: a quotation standing alone right before a sentence
            # that opens with an attribution (“……”⏎米锋表示，……) is that speaker's.
            following = _opening_attribution(doc, recs, qs, qe)
            if following is not None:
                extra.append(_Rec(following, qs + 1, qe, True, "", qs))
            continue
        if last.speaker is None:
            continue
        speaker = last.relayed_by or last.speaker
        # A cue in the quotation's own sentence means it has its own (unresolved) source.
        extra.append(_Rec(speaker, qs + 1, qe, True, "", qs))
    recs.extend(extra)
    recs.sort(key=lambda r: (r.start, r.end))


# Singing, chanting and inscriptions before a colon: the quotation is no speech.
_NOT_SPEECH_BEFORE_COLON = re.compile(
    r"唱|吟|朗诵|诵读|齐声|口号|写着|印着|刻着|贴着|挂着|标语|横幅|歌词|字样|牌子上|屏幕上"
)


# Words describing somebody's reaction or stance: a quotation right after such a sentence about
# a named person is that person's words (郑先生对此颇为不满。“……”).
_ATTITUDE = re.compile(
    r"不解|不满|无奈|担忧|担心|感慨|困惑|疑惑|苦恼|烦恼|吐槽|抱怨|气愤|愤怒|委屈|头疼|犯愁|发愁|"
    r"不以为然|欣慰|自豪|信心十足|信心满满|心有余悸|忧心|焦虑|纳闷|想不通|不理解|有意见|意见很大|无语|"
    r"感慨万千|感触颇深|笑得合不拢嘴|喜笑颜开|笑着|兴奋|激动|骄傲|满意|高兴|开心|"
    r"哭笑不得|苦笑|叹气|直摇头|深有体会|深有感触"
)


def _colon_holder(doc: _Doc, colon: int) -> tuple[_Speaker, int] | None:
    """The named person who is the subject of the clause ending in a colon before a
    quotation (吴立新对此很有信心：“……”)."""
    cs = _clause_start(doc, colon)
    if cs >= colon:
        return None
    first = _find_first_clause_subject(doc, cs, colon + 1)
    if first is not None and first.kind == "person":
        return first, cs
    return None


def _reporting_medium(doc: _Doc, subj: _Subject, cue: _Cue) -> bool:
    """A news medium reporting (X报道说, X消息称, X报道称): the article's source, not a
    commentator (X评论称, X分析称)."""
    if not (subj.name.endswith(_MEDIA_END) or subj.name.startswith("《")):
        return False
    between = doc.body[subj.start + len(subj.name) : cue.start + len(cue.word)]
    return _REPORTING.search(between) is not None


_REPORTING = re.compile(r"报道|消息|援引|电")


def _opening_attribution(doc: _Doc, recs: list[_Rec], qs: int, qe: int) -> _Speaker | None:
    """The named speaker of an attribution opening the sentence right after a quotation
    that is a sentence (or paragraph) of its own."""
    body = doc.body
    before = body[_sentence_start(doc, qs) : qs].strip(" \u3000\n")
    after_end = _sentence_end(doc, qe + 1)
    if before or body[qe + 1 : after_end].strip("。！？!? \u3000\n"):
        return None
    nxt = _sentence_index(doc, after_end)
    for r in recs:
        if r.cue_pos <= qe:
            continue
        if r.speaker is None or _sentence_index(doc, r.cue_pos) != nxt:
            return None
        opening = _strip_lead(doc, _sentence_start(doc, r.cue_pos), r.cue_pos)
        start = _sentence_start(doc, r.cue_pos)
        while start < len(body) and body[start] in " \u3000\n":
            start += 1
        return r.speaker if r.clause <= max(start, opening) else None
    return None


def _reaction_after(doc: _Doc, qs: int, qe: int) -> tuple[_Speaker, int] | None:
    """The named person whose reaction the rest of the sentence after a quotation describes
    (the quotation opens the sentence)."""
    body = doc.body
    end = _sentence_end(doc, qe + 1)
    m = _ATTITUDE.search(body, qe + 1, end)
    if m is None or "\n" in body[qe + 1 : m.start()]:
        return None
    cs = _clause_start(doc, m.start())
    if cs <= qe:
        return None
    se = doc.tokens[_token_index(doc, m.start())].start
    subj = _find_subject(doc, cs, se) if se > cs else None
    if subj is not None and subj.kind == "person":
        return _Speaker(subj.name, "person", subj.titles), qs
    return None


def _attitude_holder(doc: _Doc, qs: int) -> tuple[_Speaker, int] | None:
    """The named person whose reaction the sentence just before offset qs describes, and
    where that sentence starts."""
    ss = _sentence_start(doc, qs - 1)
    body = doc.body
    if ss >= qs or "\n" in body[ss : qs - 1] or not _ATTITUDE.search(body, ss, qs):
        return None
    ce = ss
    while ce < qs and body[ce] not in "，,；;。！？!?":
        ce += 1
    subj = _find_subject(doc, ss, ce) if body[ce : ce + 1] in ("，", ",") else None
    if subj is not None and subj.kind == "surname" and subj.titles[0] in _HONORIFICS:
        return _Speaker(subj.name + subj.titles[0], "person", subj.pre_titles), ss
    if subj is not None and subj.kind == "person":
        return _Speaker(subj.name, "person", subj.titles), ss
    first = _find_first_clause_subject(doc, ss, qs)
    if first is not None and first.kind == "person":
        return first, ss
    return None


# --------------------------------------------------------------------------- output


def _finish(doc: _Doc, recs: list[_Rec]) -> list[Quote]:
    body = doc.body
    named = [r for r in recs if r.speaker is not None]
    names = {r.speaker.name for r in named if r.speaker is not None}
    canon: dict[str, str] = {}
    for n in names:
        canon[n] = _fullest(doc, n, names)
    orgs = {canon[r.speaker.name] for r in named if r.speaker and r.speaker.kind == "organisation"}
    for n, c in canon.items():
        if c in orgs:
            full = [o for o in orgs if _abbreviates(c, o) and not _body_of_place(doc, c, o)]
            if len(full) == 1:
                canon[n] = full[0]  # 市场监管总局 -> 国家市场监督管理总局
    titles: dict[str, tuple[str, ...]] = {}
    kinds: dict[str, SpeakerKind] = {}
    for r in named:
        assert r.speaker is not None
        c = canon[r.speaker.name]
        if r.speaker.titles and not titles.get(c):
            titles[c] = r.speaker.titles
        kinds.setdefault(c, r.speaker.kind)
    for c, kind in kinds.items():
        if kind == "person" and not titles.get(c):
            titles[c] = _titles_from_mention(doc, c)
    out: list[Quote] = []
    seen: set[tuple[str, int, int]] = set()
    for r in named:
        assert r.speaker is not None
        c = canon[r.speaker.name]
        end = r.end
        if r.direct and end - r.start > 1 and body[end - 1] in "，,":
            end -= 1  # “……，”他说: the comma before the closing mark is not quoted text
        key = (c, r.start, end)
        if key in seen or end <= r.start:
            continue
        seen.add(key)
        out.append(
            Quote(
                speaker=c,
                text=body[r.start : end],
                direct=r.direct,
                cue=r.cue,
                start=r.start,
                end=end,
                speaker_titles=titles.get(c, ()),
                speaker_kind=kinds[c],
            )
        )
    return out


def _abbreviates(short: str, long: str) -> bool:
    """`short` is a Chinese abbreviation of the organisation name `long`: its characters appear
    in order in `long`, starting within its first three characters (a country or level prefix
    such as 中国/国家 may be dropped): 证监会 <- 中国证券监督管理委员会."""
    if len(short) < 2 or len(long) < len(short) + 2 or not _ALL_CJK.fullmatch(short):
        return False
    k = long.find(short[0])
    if k < 0 or k > 2:
        return False
    for ch in short[1:]:
        k = long.find(ch, k + 1)
        if k < 0:
            return False
    return True


def _titles_from_mention(doc: _Doc, name: str) -> tuple[str, ...]:
    """Titles given where the name is first written with a title chain before it."""
    body = doc.body
    k = body.find(name)
    while 0 <= k < doc.limit:
        if doc.bound(k):
            cs = _strip_lead(doc, _clause_start(doc, k), k)
            if cs < k and _is_title(body[cs:k]):
                subj = _person(doc, cs, k, k + len(name))
                if subj.titles:
                    return subj.titles
        k = body.find(name, k + 1)
    return ()


_ENDS_WITH_COMPANY = re.compile(r"(?:公司|集团|银行)$")


def _body_of_place(doc: _Doc, name: str, other: str) -> bool:
    """`other` is a body of the country or place `name` (韩国 / 韩国外交部): a different
    speaker, not a fuller form of the same name."""
    if not other.startswith(name) or not _ORG_SUFFIX.search(other[len(name) :]):
        return False
    k = doc.body.find(name)
    while k >= 0:
        i = doc.token_at(k)
        if i is not None and doc.tokens[i].word == name:
            return doc.tokens[i].pos == "ns"
        k = doc.body.find(name, k + 1)
    return False


def _fullest(doc: _Doc, name: str, names: set[str]) -> str:
    """The fullest form of a name used in the article."""
    body = doc.body
    best = name
    for other in names:
        if (
            other != name
            and name in other
            and len(other) > len(best)
            and len(other) <= 2 * len(name) + 6
            and not _body_of_place(doc, name, other)
        ):
            best = other
    if "·" not in best and _CJK.match(best):
        # A transliterated name written in full elsewhere (莫里斯 -> 安娜·莫里斯).
        k = body.find("·" + best)
        if k > 0:
            for j in range(k - 2, max(k - 6, -1), -1):
                if not _CJK.match(body[j]):
                    break
                if doc.bound(j):
                    best = body[j:k] + "·" + best
                    break
    for suf in ("股份有限公司", "有限公司", "基金管理公司", "基金公司", "公司", "集团"):
        if (
            not best.endswith(suf)
            and best + suf in body
            and _CJK.search(best)
            and not _ENDS_WITH_COMPANY.search(best)
        ):
            return best + suf
    return best
