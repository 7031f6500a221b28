"""Ranked topics (keywords) for an article.

Chinese: TF-IDF over the tokens `segment.tag` already produced (rjieba, jieba's dictionary
and POS tags), with the IDF table jieba ships (`jieba/analyse/idf.txt`, read here directly so
that jieba itself is neither imported nor initialised). Only POS classes that make topics are
kept (nouns, names, places, organisations, other proper nouns, verbal nouns, abbreviations,
foreign words); numbers, measure words, function words, single characters, news boilerplate
and the dateline (中新网北京3月11日电) are dropped. Words of the title get a boost.

English: there is no IDF table, so the prior is a stop list (dropped) and a list of common
general-vocabulary words (down-weighted), written from general knowledge of English word
frequencies. Candidates are capitalised names (multi-word runs such as "Foreign Office" or
"Freedom of Information Act"; a bare surname counts towards the full name used in the
article), content words folded to a singular lemma, and two-word lowercase phrases that recur.

Terms are normalised for storage: Chinese in simplified characters; English common words
case-folded and singular; proper names as most often written in the article.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from newsarchive.pipeline.model import Language, Token, Topic
from newsarchive.pipeline.names import to_simplified

MAX_TOPICS = 10


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Multiplier for a term that also occurs in the title. Chosen by inspection of the rankings on
# the development texts (shared/eval/quotes/texts zh + en and the seed page): at 1.5 headline
# words rise into the top few without a once-mentioned title word beating the body's theme.
TITLE_BOOST = 1.5

# ---------------------------------------------------------------------------------------------
# Chinese

# jieba POS tags kept as topics: n noun, nr/nrfg/nrt person names, ns place, nt organisation,
# nz other proper noun, vn verbal noun, j abbreviation (东盟, 政协), eng Latin-script word, an
# adjectival noun, ng/nw noun morpheme / new word.
_ZH_TOPIC_POS = frozenset(
    {"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "vn", "j", "eng", "an", "nw", "ng"}
)

# Words that pass the POS filter but say nothing about what an article is about: news
# boilerplate, reporting words and very general nouns.
_ZH_STOP = _words(
    """
    记者 报道 消息 日电 电讯 编辑 责任编辑 实习生 通讯员 来源 图片 视频 截图 资料图 原标题 本报 本刊
    本台 全文 链接 网友 评论 作者 文章 标题 栏目 专题 页面 点击 转载 声明 版权 新闻 新闻网 客户端
    问题 方面 情况 时候 时间 时期 期间 东西 事情 事儿 人们 有关 相关 部分 过程 方式 方法
    作用 意见 地方
    水平 领域 人士 业内人士 负责人 同时 当时 现在 目前 今年 去年 明年 前年 今天 昨天 明天 日前 近日
    近期 年度 年底 年初 月份 上午 下午 晚上 记者会 发布会 表示 认为 介绍 指出 强调 透露 称 说 据悉
    一方面 另一方面 其中 其他 其它 之一 以上 以下 左右 大家 自己 我们 他们 她们 你们 对此 为此 因此
    原因 结果 基础 条件 内容 形式 程度 范围 角度 层面 环节 特点 关键 重点 核心 整体 总体 全面 之间
    有限公司 股份 数据显示 统计 调查 分析 显示 数字 比例 数量 总数 同比 环比
    """
)

# Digits and Chinese numerals, with the units that follow a number (3月, 三年, 5亿元, 45%).
_ZH_NUMERIC = re.compile(
    r"^[\d０-９.,，．%％\-:：/第零〇一二三四五六七八九十百千万亿两几多余半数]+"
    r"[年月日号时分秒点个位人名次届期岁元块角美元港元亿万千百倍成股份只家条项座张件种类批例辆台吨]*$"
)
# Words tagged m (numeral) are kept when jieba's IDF is at least this. Tuned on the IDF values
# of numeral-tagged names (两会 9.5, 三农 8.6, 一汽 8.5) against quantity words (很多 4.9,
# 不少 5.0, 一些 4.0, 大量 4.9, 一线 6.7, 唯一 6.0, 一体化 7.5).
_ZH_NUMERAL_WORD_MIN_IDF = 8.0
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
_HAS_LETTER = re.compile(r"[^\W\d_]")

# A Chinese news lead or dateline at the start of a paragraph: 中新网北京3月11日电, 新华社
# 北京5月9日电（记者 张三）, 新浪财经讯, 本报讯. Its words name the wire service and the
# dateline place, not the topic.
_ZH_DATELINE = re.compile(
    r"(?m)^[ \t\u3000]*(?:[^\n，。,]{0,20}?\d{1,2}月\d{1,2}日(?:电|讯|消息)"
    r"|[\u4e00-\u9fff]{1,10}讯)(?:[（(][^）)\n]{0,30}[）)])?"
)
# (记者 张三 李四) and bylines inside brackets anywhere; 责任编辑：张三 at the end.
_ZH_CREDIT = re.compile(
    r"[（(](?:记者|通讯员|实习生|编辑|作者|文|图)[^）)\n]{0,30}[）)]"
    r"|(?:责任编辑|编辑|记者|作者|来源|校对|审核)\s*[:：][^\n]{0,30}"
)


@lru_cache(maxsize=1)
def idf_table() -> tuple[dict[str, float], float]:
    """jieba's IDF table and its median (the IDF given to words it does not list).

    Read from the installed jieba package without importing it: importing `jieba.analyse`
    costs about 0.6 s and builds jieba's own keyword extractor, which is not needed here.
    """
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("jieba is not installed: its IDF table is needed for topics")
    path = Path(next(iter(spec.submodule_search_locations))) / "analyse" / "idf.txt"
    table: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, value = line.strip().partition(" ")
        if word and value:
            table[word] = float(value)
    values = sorted(table.values())
    return table, values[len(values) // 2]


def _zh_excluded_spans(body: str) -> list[tuple[int, int]]:
    """Dateline and credit spans, sorted and merged (so that their ends are sorted too)."""
    found = [m.span() for m in _ZH_DATELINE.finditer(body) if m.end() > m.start()]
    found.extend(m.span() for m in _ZH_CREDIT.finditer(body))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _zh_candidate(word: str, pos: str, idf: dict[str, float]) -> bool:
    """Whether a token with a topic POS tag (and two or more characters) can be a topic."""
    if _ZH_NUMERIC.match(word):
        return False
    if pos == "m":
        # Numeral-tagged words that are not numbers: names (两会, 三农) are rarer than
        # quantity words (很多, 不少, 一些, 大量).
        # A magnitude first (亿份, 万人) is the tail of a number cut off from its digits.
        if word[0] in "亿万千百":
            return False
        return bool(_HAS_CJK.search(word)) and idf.get(word, 0.0) >= _ZH_NUMERAL_WORD_MIN_IDF
    if _HAS_CJK.search(word):
        return True
    # Latin-script words inside Chinese text (AI, ETF, 5G): need a letter and two characters.
    return pos in ("eng", "nz", "n") and bool(_HAS_LETTER.search(word))


def _zh_topics(body: str, tokens: list[Token], title: str | None) -> list[Topic]:
    idf, median = idf_table()
    spans = _zh_excluded_spans(body)
    span_index, span_count = 0, len(spans)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    verdicts: dict[tuple[str, str], bool] = {}
    for token in tokens:  # in text order, so one pass over the spans suffices
        pos = token.pos
        word = token.word
        if (pos not in _ZH_TOPIC_POS and pos != "m") or len(word) < 2:
            continue
        start = token.start
        while span_index < span_count and spans[span_index][1] <= start:
            span_index += 1
        if span_index < span_count and spans[span_index][0] <= start:
            continue
        tagged = (word, pos)
        verdict = verdicts.get(tagged)
        if verdict is None:
            verdict = verdicts[tagged] = (
                _zh_candidate(word.strip(), pos, idf) and word == word.strip()
            )
        if not verdict:
            continue
        if word not in first:
            first[word] = start
        counts[word] += 1
    if not counts:
        return []

    # Fold traditional to simplified in one call, merging the counts of variants.
    words = list(counts)
    simplified = to_simplified("\n".join(words)).split("\n")
    if len(simplified) != len(words):  # conversion never adds newlines; be safe anyway
        simplified = words
    merged: Counter[str] = Counter()
    where: dict[str, int] = {}
    latin_forms: dict[str, Counter[str]] = {}
    for word, simple in zip(words, simplified, strict=True):
        key = simple
        if not _HAS_CJK.search(simple):
            # Latin words: one key whatever the case, shown as most often written (AI, iPhone).
            key = simple.casefold()
            latin_forms.setdefault(key, Counter())[simple] += counts[word]
        merged[key] += counts[word]
        where[key] = min(where.get(key, first[word]), first[word])

    title_text = to_simplified(title).casefold() if title else ""
    scored: list[tuple[float, int, str]] = []
    for key, tf in merged.items():
        if key in _ZH_STOP:
            continue
        score = tf * idf.get(key, median)
        if title_text and key in title_text:
            score *= TITLE_BOOST
        term = latin_forms[key].most_common(1)[0][0] if key in latin_forms else key
        scored.append((score, where[key], term))
    return _ranked(scored)


def _ranked(scored: Iterable[tuple[float, int, str]]) -> list[Topic]:
    """Best first (ties: earlier in the text first), top weight 1.0, at most MAX_TOPICS."""
    best = sorted(scored, key=lambda item: (-item[0], item[1]))[:MAX_TOPICS]
    if not best or best[0][0] <= 0:
        return []
    top = best[0][0]
    return [Topic(term=term, weight=max(round(score / top, 4), 0.0001)) for score, _, term in best]


# ---------------------------------------------------------------------------------------------
# English

# Function words, pronouns, auxiliaries, reporting verbs, time words: never topics.
_EN_STOP = _words(
    """
    a about above according across after afterwards again against ago ahead all almost alone along
    already also although always am among amongst an and another any anybody anyone anything
    anyway anywhere are around as at away back be became because become becomes becoming been
    before beforehand behind being below beside besides between beyond both but by can cannot
    could did do does doing done down due during each either else elsewhere enough especially
    even ever every everybody everyone everything everywhere except far few first for former
    formerly from further furthermore get gets getting got had has have having he hence her here
    hers herself him himself his how however i if in indeed instead into is it its itself just
    last later latter least less let like likely many may maybe me meanwhile might mine more
    moreover most mostly much must my myself near nearly neither never nevertheless next no nobody
    none nor not nothing now nowhere of off often on once one only onto or other others otherwise
    our ours ourselves out over own per perhaps quite rather really said same say saying says
    second see seem seemed seems several shall she should since so some somebody someone
    something sometime sometimes somewhat somewhere still such than that the their theirs them
    themselves then there thereafter thereby therefore these they third this those though through
    throughout thus to together too toward towards under unless until up upon us use used using
    very via was we well were what whatever when whenever where whereas wherever whether which
    while who whoever whole whom whose why will with within without would yet you your yours
    yourself yourselves told tell tells asked ask added add adds went go goes going gone come
    comes came make makes made take takes took taken give gives gave given put puts know knew
    known think thought want wants wanted need needs needed say stated claimed noted explained
    mr mrs ms dr sir madam yes yeah oh ok okay
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    two three four five six seven eight nine ten eleven twelve hundred thousand million billion
    trillion dozen half
    """
)

# Very frequent general-vocabulary words (roughly the commonest few hundred English content
# words, plus the generic words of news reports): kept, but weighted down. Written from
# general knowledge of English word frequency; no frequency data is downloaded or shipped.
_EN_COMMON = _words(
    """
    time year years day days week weeks month months people person man men woman women child
    children way thing things part place case point fact number group problem world life hand
    work home country state area end lot kind sort side head eye face house room money business
    service system program programme question issue issues right rights level order course reason
    job family friend friends word words name idea matter story news report reports statement
    interview comment comments official officials spokesman spokeswoman spokesperson source
    sources member members deal plan plans move step result results change changes need
    decision view views term terms action effect form line period rate cost price value
    percent per cent share figure figures total major minor good bad new old big small large
    great high low long short little important different possible able real sure clear full
    early late recent recently current currently future past present public private general
    local national international political economic social former latest key main top best
    better worse worst own certain whole free open available special particular likely true
    real half early own expected many much several various
    also last next new old year week today
    found find look looked looks show shows showed shown help helped call called calls
    keep kept leave left feel felt become seem seemed try tried begin began start started
    run set turn turned bring brought hold held happen happened include includes included
    including continue continued provide provided allow allowed meet met lead led understand
    consider considered appear appeared expect expected believe believed remain remained
    suggest suggested report reported describe described accept accepted agree agreed decide
    decided announce announced warned warn confirm confirmed insisted argue argued
    government minister ministers president country countries city town people public
    company companies firm firms market markets industry sector party parties team club
    week weekend morning evening night hour hours minute minutes moment season
    """
)

# Leading words that are titles or sentence openers, stripped from the front of a name.
_EN_TITLES = _words(
    """
    mr mrs ms miss dr sir dame lord lady prof professor president vice prime minister chancellor
    secretary general gen sen senator rep gov governor judge justice rev chief king queen prince
    princess pope mayor former deputy shadow acting leader chairman chairwoman captain coach
    mp mps mep meps msp mla am spokesman spokeswoman spokesperson candidate director ceo
    """
)
# Lowercase words allowed inside a capitalised name: Freedom of Information Act.
_EN_CONNECTORS = frozenset({"of", "for", "de", "du", "la", "von", "van", "der", "den", "al", "bin"})

_EN_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:['’&\-][^\W_]+)*")
_SENTENCE_BREAK = re.compile(r"[.!?\n\"“”‘:;(\[]|(?:^|\s)['’]")
_PHRASE_BREAK = re.compile(r"[^\s]")

# Candidate-type multipliers on frequency x prior. Chosen by inspection on the 15 English
# development texts (shared/eval/quotes/texts/en): names and recurring two-word phrases are
# more specific than a single common noun of the same frequency.
_EN_NAME_WEIGHT = 1.3
_EN_PHRASE_WEIGHT = 1.5
_EN_COMMON_PRIOR = 0.35
_EN_ING_PRIOR = 0.6

# Nouns and names that end in -ly but are not adverbs.
_NOT_ADVERB = _words(
    """
    family assembly supply reply rally ally anomaly monopoly italy homily jelly belly bully lily
    melancholy holy july poly lolly folly gully sully tally dolly
    """
)

_NO_PLURAL = _words(
    """
    news series species politics economics physics athletics mathematics ethics analysis crisis
    basis thesis diagnosis emphasis hypothesis bus gas lens bias atlas canvas plus minus status
    virus campus census consensus chaos always perhaps whereas thus yes less unless across
    bonus citizens' arms means headquarters
    """
)


def singular(word: str) -> str:
    """A plural noun folded to its singular: deletions -> deletion, policies -> policy."""
    w = word
    if len(w) <= 3 or w in _NO_PLURAL or not w.endswith("s"):
        return w
    if w.endswith(("ss", "us", "is", "ous", "ics")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes", "zes")):
        return w[:-2]
    return w[:-1]


class _EnToken:
    __slots__ = ("broken", "cap", "end", "lower", "pos", "possessive", "sentence_start", "text")

    def __init__(self, text: str, pos: int, broken: bool, sentence_start: bool) -> None:
        self.possessive = text.endswith(("'s", "’s"))
        if self.possessive:
            text = text[:-2]
        self.text = text
        self.pos = pos
        self.end = pos + len(text)
        self.lower = text.casefold()
        self.cap = text[:1].isupper()
        self.broken = broken  # punctuation between this and the previous word
        self.sentence_start = sentence_start


def _en_tokens(text: str) -> list[_EnToken]:
    tokens: list[_EnToken] = []
    last_end = 0
    for match in _EN_WORD.finditer(text):
        gap = text[last_end : match.start()]
        first = not tokens
        sentence_start = first or bool(_SENTENCE_BREAK.search(gap))
        # "&" between words does not break a name: Johnson & Johnson.
        broken = first or bool(_PHRASE_BREAK.search(gap.replace("&", "")))
        tokens.append(_EnToken(match.group(), match.start(), broken, sentence_start))
        last_end = match.end()
    return tokens


def _content_word(lower: str) -> bool:
    if len(lower) < 3 or lower in _EN_STOP or not lower[0].isalpha():
        return False  # short, stop word, or a number (24, 10th, 2005)
    if "'" in lower or "’" in lower:
        return False  # contractions: don't, we'll
    # Adverbs (totally, wrongly) describe, they are not what an article is about.
    return not (lower.endswith("ly") and len(lower) >= 5 and lower not in _NOT_ADVERB)


def _en_topics(body: str, title: str | None) -> list[Topic]:
    tokens = _en_tokens(body)
    if not tokens:
        return []
    lowercase_seen = {t.lower for t in tokens if not t.cap}
    lowercase_seen |= {singular(w) for w in lowercase_seen}
    midsentence_caps = {t.lower for t in tokens if t.cap and not t.sentence_start}

    name_counts: Counter[str] = Counter()  # key: case-folded name
    name_forms: dict[str, Counter[str]] = {}
    first: dict[str, int] = {}
    in_name = [False] * len(tokens)

    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if not tok.cap:
            i += 1
            continue
        # The run of capitalised words (with connectors between capitalised words).
        j = i + 1
        # A possessive ends a name (NASA's Solar Dynamics Observatory is two), unless it is a
        # common word the article also writes in lowercase (Mother's Day).
        while j < n and not tokens[j].broken:
            if tokens[j - 1].possessive and tokens[j - 1].lower not in lowercase_seen:
                break
            if tokens[j].cap:
                j += 1
            elif (
                tokens[j].lower in _EN_CONNECTORS
                and j + 1 < n
                and tokens[j + 1].cap
                and not tokens[j + 1].broken
            ):
                j += 2
            else:
                break
        for run in _name_parts(tokens, i, j):
            first_word = tokens[run[0]]
            if (
                len(run) > 1
                and first_word.sentence_start
                and _common_or_lowercase(first_word.lower, lowercase_seen)
            ):
                run = run[1:]  # "Officials Sarah Collins ...": the opener is not the name
            if not _is_name(
                [tokens[k] for k in run],
                lowercase_seen,
                midsentence_caps,
                tokens[run[0]].sentence_start,
            ):
                continue
            start, end = tokens[run[0]].pos, tokens[run[-1]].end
            surface = " ".join(body[start:end].split())
            key = surface.casefold()
            name_counts[key] += 1
            name_forms.setdefault(key, Counter())[surface] += 1
            first.setdefault(key, start)
            for k in run:
                in_name[k] = True
        i = j

    # A bare surname or short form counts towards the full name it ends (Okafor -> Grace
    # Okafor), when exactly one longer name in the article ends with it.
    for key in [k for k in name_counts if " " not in k]:
        longer = [k for k in name_counts if " " in k and k.rsplit(" ", 1)[1] == key]
        if len(longer) == 1:
            name_counts[longer[0]] += name_counts.pop(key)
            first[longer[0]] = min(first[longer[0]], first.pop(key))
            del name_forms[key]  # the full name is shown as written in full

    word_counts: Counter[str] = Counter()
    phrase_counts: Counter[str] = Counter()
    prev: str | None = None
    for idx, tok in enumerate(tokens):
        if in_name[idx] or (tok.cap and tok.lower not in lowercase_seen and not tok.sentence_start):
            prev = None
            continue
        if not _content_word(tok.lower):
            prev = None
            continue
        lemma = singular(tok.lower)
        word_counts[lemma] += 1
        first.setdefault(lemma, tok.pos)
        if prev is not None and not tok.broken:
            phrase = f"{prev} {lemma}"
            phrase_counts[phrase] += 1
            first.setdefault(phrase, tokens[idx - 1].pos)
        prev = tok.lower

    title_words = {singular(w.casefold()) for w in _EN_WORD.findall(title)} if title else set()

    scored: list[tuple[float, int, str]] = []
    used_by_phrases: Counter[str] = Counter()
    for phrase, tf in phrase_counts.items():
        if tf < 2:
            continue
        head, tail = phrase.split(" ")
        head_lemma = singular(head)
        # The weaker word decides: "new rules" is not much more of a topic than "rules".
        prior = min(_en_prior(head_lemma), _en_prior(tail))
        score = tf * prior * _EN_PHRASE_WEIGHT
        if head_lemma in title_words and tail in title_words:
            score *= TITLE_BOOST
        scored.append((score, first[phrase], phrase))
        used_by_phrases[head_lemma] += tf
        used_by_phrases[tail] += tf
    for lemma, tf in word_counts.items():
        rest = tf - used_by_phrases[lemma]
        if rest <= 0:
            continue
        score = rest * _en_prior(lemma)
        if lemma in title_words:
            score *= TITLE_BOOST
        scored.append((score, first[lemma], lemma))
    for key, tf in name_counts.items():
        score = tf * _EN_NAME_WEIGHT
        if title_words and any(singular(part) in title_words for part in key.split(" ")):
            score *= TITLE_BOOST
        surface = name_forms[key].most_common(1)[0][0]
        scored.append((score, first[key], surface))
    return _ranked(scored)


def _name_parts(tokens: list[_EnToken], i: int, j: int) -> list[list[int]]:
    """The names in the capitalised run tokens[i:j], split at titles and stop words.

    "UK Trade Secretary Ann Walsh" -> Ann Walsh (the words before a title are kept only
    when they are a single word: "Tory MP Ian Reed" -> Tory, Ian Reed).
    """
    parts: list[list[int]] = [[]]
    for k in range(i, j):
        lower = tokens[k].lower
        if lower not in _EN_CONNECTORS and (lower in _EN_TITLES or lower in _EN_STOP):
            parts.append([])
        else:
            parts[-1].append(k)
    result: list[list[int]] = []
    for index, part in enumerate(parts):
        while part and tokens[part[0]].lower in _EN_CONNECTORS:
            part.pop(0)
        while part and tokens[part[-1]].lower in _EN_CONNECTORS:
            part.pop()
        if not part:
            continue
        last = index == len(parts) - 1
        if last or len(part) == 1:
            result.append(part)
    return result


def _is_name(
    run: list[_EnToken],
    lowercase_seen: set[str],
    midsentence_caps: set[str],
    at_sentence_start: bool,
) -> bool:
    """Whether a run of capitalised words is a proper name rather than a capitalised word."""
    if len(run) > 1:
        return True
    tok = run[0]
    if len(tok.text) < 2 or tok.lower.replace(".", "").isdigit():
        return False
    if tok.text.isupper() or tok.text.replace(".", "").isupper():
        return True  # acronym: BBC, EU, U.S.
    if not at_sentence_start:
        # Capitalised mid-sentence: a name unless the article mostly writes it in lowercase.
        return tok.lower not in lowercase_seen
    # Sentence-initial: a name only if written capitalised elsewhere mid-sentence, or if it is
    # neither a common word nor seen in lowercase.
    if tok.lower in midsentence_caps:
        return True
    lemma = singular(tok.lower)
    return (
        tok.lower not in lowercase_seen
        and lemma not in lowercase_seen
        and lemma not in _EN_COMMON
        and tok.lower not in _EN_COMMON
    )


def _common_or_lowercase(lower: str, lowercase_seen: set[str]) -> bool:
    return lower in lowercase_seen or lower in _EN_COMMON or singular(lower) in _EN_COMMON


def _en_prior(lemma: str) -> float:
    if lemma in _EN_COMMON:
        return _EN_COMMON_PRIOR
    # Without a tagger, -ed words are mostly verbs (lifted, followed): weighted like common
    # words; -ing words are often nouns too (bombing, funding, meeting): weighted in between.
    if lemma.endswith("ed") and not lemma.endswith("eed") and len(lemma) > 4:
        return _EN_COMMON_PRIOR
    if lemma.endswith("ing") and len(lemma) > 5:
        return _EN_ING_PRIOR
    return 1.0


# ---------------------------------------------------------------------------------------------


def extract_topics(
    body: str, language: Language, tokens: list[Token], title: str | None = None
) -> list[Topic]:
    """Up to MAX_TOPICS topics of the article, best first, weights in (0, 1] (top is 1.0).

    `tokens` are `segment.tag(body)` for Chinese (offsets into `body`); ignored otherwise.
    """
    if not body.strip():
        return []
    if language == "zh":
        return _zh_topics(body, tokens, title)
    if language == "en":
        return _en_topics(body, title)
    return []
