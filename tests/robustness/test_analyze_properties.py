"""Properties of the pipeline on arbitrary input: `analyze` never raises anything but its own
AnalysisError (the documented "cannot be an article" answer, a 422 over HTTP), quote offsets
always point into the body, and a quote's text always equals that slice of the body."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsarchive.pipeline.analyze import analyze
from newsarchive.pipeline.model import Analysis, AnalysisError, Page

pytestmark = pytest.mark.timeout(600)

# Fragments that make the quote, dateline and header rules fire, mixed with arbitrary text.
FRAGMENTS = [
    '"',
    "“",
    "”",
    "‘",
    "’",
    "「",
    "」",
    "『",
    "』",
    "'",
    "«",
    "»",
    "„",
    " said ",
    " says ",
    " told reporters ",
    " according to ",
    ", he said.",
    ", she added.",
    "表示",
    "说",
    "指出",
    "称",
    "认为",
    "强调",
    "：",
    "。",
    "，",
    "？",
    "！",
    "\n",
    "\n\n",
    " ",
    "Maria Santos",
    "John Smith",
    "Mr. Li",
    "the minister",
    "a spokesperson",
    "Reuters",
    "外交部发言人毛宁",
    "王毅",
    "全国政协委员连玉明",
    "中国",
    "东盟",
    "人工智能",
    "BEIJING, March 11 (Reuters) - ",
    "中新网北京3月11日电",
    "（记者 张三）",
    "编辑：李四",
    "2026-03-11 19:02:23",
    "来源：中新网",
    "相关新闻",
    "热门资讯",
    "责任编辑",
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<title>",
    "</title>",
    "<br>",
    "<script>",
    "&amp;",
    "\u202e",
    "\u200f",
    "\u200b",
    "\ufeff",
    "\x00",
    "\x1b",
    "\r\n",
    "\t",
    "😀",
    "👩‍👩‍👧",
    "🇨🇳",
    "a\u0301",
    "مرحبا",
    "שלום",
    "Привет",
    "日本語",
]

fragment_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60
).map("".join)
any_text = st.one_of(fragment_text, st.text(max_size=400))
encodings = st.sampled_from(["utf-8", "gb18030", "big5", "utf-16", "latin-1", "shift_jis"])
content_types = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "text/html",
            "text/html; charset=utf-8",
            "text/html; charset=gb2312",
            "text/plain; charset=big5",
            "text/plain; charset=x-unknown",
            "application/octet-stream",
        ]
    ),
)


@st.composite
def page_bytes(draw: st.DrawFn) -> bytes:
    choice = draw(st.integers(0, 2))
    if choice == 0:
        return draw(st.binary(max_size=2000))
    text = draw(any_text)
    data = text.encode(draw(encodings), errors="replace")
    if choice == 2:  # damage it
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=8)) + data[cut:]
    return data


PROPERTY_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def analyze_or_none(page: Page) -> Analysis | None:
    try:
        return analyze(page)
    except AnalysisError:
        return None  # the documented refusal; anything else fails the test


def assert_offsets_point_into_the_body(analysis: Analysis) -> None:
    body = analysis.body
    assert body.strip()
    for quote in analysis.quotes:
        assert 0 <= quote.start <= quote.end <= len(body), (quote, len(body))
        assert body[quote.start : quote.end] == quote.text, quote
        assert quote.speaker.strip()


@PROPERTY_SETTINGS
@given(content=page_bytes(), kind=st.sampled_from(["html", "text"]), content_type=content_types)
def test_analyze_on_arbitrary_bytes(content: bytes, kind: str, content_type: str | None) -> None:
    analysis = analyze_or_none(Page(content=content, kind=kind, content_type=content_type))  # type: ignore[arg-type]

    if analysis is not None:
        assert_offsets_point_into_the_body(analysis)


@PROPERTY_SETTINGS
@given(text=any_text, kind=st.sampled_from(["html", "text"]))
def test_analyze_on_arbitrary_text(text: str, kind: str) -> None:
    analysis = analyze_or_none(Page(content=text, kind=kind))  # type: ignore[arg-type]

    if analysis is not None:
        assert_offsets_point_into_the_body(analysis)


@PROPERTY_SETTINGS
@given(
    speaker=st.sampled_from(["Maria Santos", "外交部发言人毛宁", "John Smith", "王毅"]),
    said=st.one_of(
        st.text(max_size=80),
        fragment_text,
        st.sampled_from(
            [
                "This is the most important step we have taken on digital trade",
                "我们将继续推进中国与东盟的人工智能合作",
                "We will fund Manila first, and then the rest",
                "技术集成是首要环节",
            ]
        ),
    ),
    opener=st.sampled_from(['"', "“", "「", "‘"]),
    closer=st.sampled_from(['"', "”", "」", "’", ""]),
    cue=st.sampled_from([" said ", "表示：", "说，", " told reporters. "]),
    noise=fragment_text,
)
def test_quote_shaped_text_keeps_offsets_exact(
    speaker: str, said: str, opener: str, closer: str, cue: str, noise: str
) -> None:
    body = (
        f"Headline about {speaker}\n\n{noise}\n{opener}{said}{closer}{cue}{speaker}.\n"
        f"{speaker}{cue}{opener}{said}{closer}\n{noise}"
    )
    analysis = analyze_or_none(Page(content=body, kind="text"))

    if analysis is not None:
        assert_offsets_point_into_the_body(analysis)
