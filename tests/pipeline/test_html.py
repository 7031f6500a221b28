"""pipeline/html.py on saved real pages and on pages built from real Chinese text.

Fixtures (tests/fixtures/pages/LICENSES.md): two Chinese news pages with ranking / related
lists (magic_html_bench), a Reuters wire story (scrapinghub article-extraction-benchmark),
and GBK / Big5 pages carrying the seed article with 相关新闻 / 48小时点击排行 / 频道推荐 lists.
"""

from __future__ import annotations

import gzip
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsarchive.pipeline import prune
from newsarchive.pipeline.analyze import analyze
from newsarchive.pipeline.decode import decode
from newsarchive.pipeline.html import combine, extract_html
from newsarchive.pipeline.model import AnalysisError, Extracted, NoArticleError, NotTextError, Page

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"
BEIJING = timezone(timedelta(hours=8))
SUBHEADINGS = ["以“广西集成”打通关键环节", "以场景和数据激活“东盟所需”", "以要素协同支撑双向奔赴"]
# Headlines of the seed page's teaser lists, used as the related / ranking items.
TEASERS = ["心身共治守尊严", "羽毛球价格回调", "糖尿病人瞌睡多", "吃素能防癌"]


def _page(name: str) -> Extracted:
    raw = (PAGES / name).read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return extract_html(decode(raw, None).text)


def test_gbk_page_body_metadata_and_no_lists() -> None:
    e = _page("zh_gbk_chinanews.html")
    assert e.title == "中国与东盟如何共拓“人工智能+”新蓝海?代表委员热议"
    assert e.paragraphs[0].startswith("中新网北京3月11日电")
    assert e.paragraphs[-1].endswith("注入新动能。")
    for heading in SUBHEADINGS:
        assert heading in e.paragraphs
    for noise in [*TEASERS, "相关新闻", "48小时点击排行", "频道推荐", "关于我们"]:
        assert noise not in e.body
    assert e.source == "中新网"
    assert e.dateline_place == "北京"
    assert e.published_at == datetime(2026, 3, 11, 19, 2, tzinfo=BEIJING)


def test_big5_page_through_analyze_is_traditional_chinese() -> None:
    a = analyze(Page(content=(PAGES / "zh_big5_chinanews.html").read_bytes(), kind="html"))
    assert a.charset == "big5hkscs"
    assert (a.language, a.script) == ("zh", "hant")
    assert a.title == "中國與東盟如何共拓“人工智能+”新藍海?代表委員熱議"
    assert a.body.startswith("中新網北京3月11日電")
    assert a.source == "中新網"
    assert a.dateline_place == "北京"
    assert "相關新聞" not in a.body
    assert "心身共治守尊嚴" not in a.body


def test_people_page_ranking_list_is_pruned() -> None:
    e = _page("zh_people_related_lists.html.gz")
    assert e.title == "关注青少年心理健康“心成长”服务项目启动"
    assert e.paragraphs[0].startswith("本报讯（记者叶婉）近日，“心成长”青少年心理健康服务项目")
    assert "持续扩大影响力和覆盖面。" in e.body
    for noise in ("热门点击排行榜", "护士·我的职业选择", "怎样预防干眼症", "推荐阅读"):
        assert noise not in e.body
    assert e.byline == "叶婉"
    assert e.source == "北京青年报"
    assert e.published_at == datetime(2024, 5, 17, 8, 59, tzinfo=BEIJING)


def test_gmw_page_recommendations_and_reactions_are_pruned() -> None:
    e = _page("zh_gmw_related_lists.html.gz")
    assert e.title == "维护全人类共同利益需联手抵制保护主义"
    assert e.paragraphs[0].startswith("近期一些美国政客不断渲染所谓的中国新能源“产能过剩”论调")
    assert e.paragraphs[-1].endswith("（钟才文）")
    for noise in ("相关阅读", "推荐阅读", "新闻表情排行", "棒垒球邀请赛", "您此时的心情"):
        assert noise not in e.body
    assert e.source == "人民日报"
    assert e.published_at is not None and e.published_at.utcoffset() == timedelta(hours=8)


def test_reuters_wire_story() -> None:
    e = _page("en_reuters_wire.html.gz")
    assert e.title == "Oversupply angst drags oil lower, stocks drift near highs"
    assert e.paragraphs[0].startswith("NEW YORK (Reuters) - Oil prices fell sharply on Tuesday")
    assert e.source == "Reuters"
    assert e.dateline_place == "New York"
    assert e.byline == "Rodrigo Campos"
    assert e.published_at == datetime(2019, 11, 19, 21, 57, 1, tzinfo=UTC)
    assert e.canonical_url == "https://www.reuters.com/article/us-global-markets-idUSKBN1XT00W"
    assert any(p.startswith("Copper CMCU3 rose 0.86%") for p in e.paragraphs)


def test_en_wire_story_through_analyze_is_english() -> None:
    raw = gzip.decompress((PAGES / "en_reuters_wire.html.gz").read_bytes())
    a = analyze(Page(content=raw, kind="html", content_type="text/html; charset=utf-8"))
    assert a.language == "en"
    assert a.script is None


def test_teaser_list_is_pruned_in_structure() -> None:
    items = "".join(f'<li><a href="/n{i}.html">第{i}条新闻的标题在这里</a></li>' for i in range(8))
    page = (
        "<html><body><div class='art'><p>"
        + "正文第一段，记者在现场看到，活动吸引了许多市民参加，气氛热烈。" * 3
        + "</p><p>"
        + "正文第二段，主办方表示，今后还将继续举办类似的活动，丰富市民生活。" * 3
        + f"</p></div><div class='box'><ul>{items}</ul></div></body></html>"
    )
    e = extract_html(page)
    assert len(e.paragraphs) == 2
    assert "新闻的标题" not in e.body


def test_headed_related_block_is_pruned_even_without_a_telling_class() -> None:
    tree_html = (
        "<html><body><div><p>"
        + "这是一段完整的正文，讲述了事件发生的经过和各方的反应，内容充实。" * 4
        + "</p><h3>相关新闻</h3><div><a href='/a'>别的新闻标题一</a><br>"
        + "<a href='/b'>别的新闻标题二</a></div></div></body></html>"
    )
    e = extract_html(tree_html)
    assert "相关新闻" not in e.body
    assert "别的新闻标题" not in e.body
    assert e.body.startswith("这是一段完整的正文")


def test_combine_prefers_the_agreeing_paragraphs() -> None:
    body = [
        "第一段正文内容比较长，讲述了事件的经过和结果。" * 2,
        "第二段正文内容，同样较长，讲述各方反应。" * 2,
    ]
    teasers = ["某地发生一件事情的标题很长很长的一条推荐新闻标题"] * 3
    assert combine(body + teasers, body) == body
    # readability found nothing: trafilatura stands.
    assert combine(body, []) == body


def test_an_embedded_post_in_the_body_is_kept() -> None:
    # readability drops blockquotes; the quoted post is part of the story all the same.
    paras = [
        "The city council voted on Tuesday to close the old harbour bridge to cars from next"
        " month, after engineers found cracks in two of its supports.",
        "The mayor, who had argued for keeping one lane open, posted her reaction on social"
        " media within minutes of the vote, calling it a sad but necessary day.",
        "Engineers said repairs would take at least two years and cost more than the council"
        " had set aside for all road works this decade.",
        "Residents on the north shore will have to drive an extra twenty minutes to reach the"
        " centre, and the bus company has promised more services.",
    ]
    post = "A sad day for the north shore, but safety comes first. We will fight for the money."
    tweet = (
        f'<blockquote class="twitter-tweet"><p>{post}</p>&mdash; Mayor Ann Lee (@mayorlee)'
        ' <a href="https://twitter.com/x/status/1">March 3, 2026</a></blockquote>'
        "<blockquote><p>Tweet may have been deleted</p></blockquote>"
    )
    links = "".join(
        f'<li><a href="/n{i}">Other story number {i} about something else entirely</a></li>'
        for i in range(10)
    )
    page = (
        "<html><head><title>Council closes harbour bridge</title></head><body>"
        f"<nav><ul>{links}</ul></nav><article><h1>Council closes harbour bridge</h1>"
        f"<p>{paras[0]}</p><p>{paras[1]}</p>{tweet}<p>{paras[2]}</p><p>{paras[3]}</p>"
        f"</article><aside><h3>Most read</h3><ul>{links}</ul></aside></body></html>"
    )
    assert extract_html(page).paragraphs == [
        paras[0],
        paras[1],
        post,
        "— Mayor Ann Lee (@mayorlee) March 3, 2026",
        paras[2],
        paras[3],
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "(CNN)The harbour bridge will close to cars next month, the city council said on Tuesday.",
        "Oslo (AP) — The harbour bridge will close to cars next month, the council said.",
        "OSLO, March 3 (Reuters) - The harbour bridge will close to cars next month.",
    ],
)
def test_a_lead_opening_with_a_dateline_is_kept_when_readability_left_it_out(lead: str) -> None:
    body = [
        "Engineers found cracks in two of the bridge's supports during an inspection last week.",
        "Repairs are expected to take at least two years, and the cost has not been set yet.",
    ]
    caption = "Watch: the bridge from the air"
    teasers = ["Other story about something else entirely, in the list"] * 3
    assert combine([lead, caption, *body, *teasers], body) == [lead, *body]
    # A line before the body that does not open with a dateline stays out.
    plain = "The harbour bridge will close to cars next month, the city council said on Tuesday."
    assert combine([plain, caption, *body, *teasers], body) == body


def test_related_heading_matches_simplified_and_traditional() -> None:
    for heading in (
        "相关新闻",
        "48小时点击排行",
        "频道推荐",
        "猜你喜欢",
        "相關閱讀",
        "熱門資訊",
        "Most read",
        "More from Reuters",
        "Related Articles",
        "DON'T MISS",
        "You may also like...",
    ):
        assert prune.is_related_heading(heading), heading
    for text in ("发展路径已经明晰", "The council voted", "以场景和数据激活“东盟所需”"):
        assert not prune.is_related_heading(text), text


# --- bad input: a clear error, never a crash or a hang ---------------------------------


def _analyze_html(data: bytes) -> None:
    analyze(Page(content=data, kind="html"))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "no article text found"),
        (b"  \n\t ", "no article text found"),
        (b"<html><body></body></html>", "no article text found"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50, "not text"),
        (bytes(range(256)) * 400, "not text"),
    ],
)
def test_empty_and_binary_pages_get_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(AnalysisError, match=message):
        _analyze_html(data)


def test_home_page_of_links_has_no_article() -> None:
    links = "".join(
        f'<li><a href="/2026/03/{i}.html">今日要闻第{i}条：某地举办活动吸引市民参加</a></li>'
        for i in range(80)
    )
    page = f"<html><head><title>首页</title></head><body><ul>{links}</ul></body></html>"
    with pytest.raises(NoArticleError, match="no article text found"):
        _analyze_html(page.encode())


@pytest.mark.timeout(60)
def test_ten_thousand_deep_nesting() -> None:
    page = b"<html><body>" + b"<div>" * 10_000 + "正文。".encode() * 100 + b"</div>" * 10_000
    with pytest.raises(NoArticleError):
        _analyze_html(page)


@pytest.mark.timeout(60)
def test_five_megabyte_single_line() -> None:
    for data in (b"<html><body><p>" + b"word " * 1_000_000, ("中文" * 1_700_000).encode()):
        started = time.monotonic()
        with pytest.raises(NoArticleError):
            _analyze_html(data)
        with pytest.raises(NoArticleError):
            analyze(Page(content=data, kind="text"))
        assert time.monotonic() - started < 30


def test_binary_sent_as_text_is_not_text() -> None:
    with pytest.raises(NotTextError):
        analyze(Page(content=b"\x00\x01\x02" * 1000, kind="text"))


@pytest.mark.timeout(60)
def test_text_far_longer_than_an_article_is_refused_quickly() -> None:
    started = time.monotonic()
    with pytest.raises(NoArticleError, match="not one article"):
        analyze(Page(content=b"a line\n" * 1_000_000, kind="text"))
    paragraph = ("<p>" + "这是一句完整的话，用来填充页面。" * 20 + "</p>\n").encode()
    with pytest.raises(NoArticleError, match="not one article"):
        analyze(Page(content=b"<html><body>" + paragraph * 3000 + b"</body></html>", kind="html"))
    assert time.monotonic() - started < 30
