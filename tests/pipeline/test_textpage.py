"""pipeline/textpage.py: raw scraped text — header lines, body, trailing teaser blocks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from newsarchive.pipeline.analyze import analyze, to_contract
from newsarchive.pipeline.model import Page
from newsarchive.pipeline.textpage import extract_text, trailing_noise_start

SEED = (Path(__file__).parents[1] / "fixtures" / "pages" / "seed_000_chinanews.txt").read_text(
    encoding="utf-8"
)
TITLE = "中国与东盟如何共拓“人工智能+”新蓝海?代表委员热议"
SUBHEADINGS = ["以“广西集成”打通关键环节", "以场景和数据激活“东盟所需”", "以要素协同支撑双向奔赴"]


def test_seed_page_metadata() -> None:
    e = extract_text(SEED)
    assert e.title == TITLE
    assert e.published_at == datetime(2026, 3, 11, 19, 2, 23, tzinfo=timezone(timedelta(hours=8)))
    assert e.source == "中新网"
    assert e.dateline_place == "北京"


def test_seed_page_body_runs_from_dateline_to_last_sentence_with_subheadings() -> None:
    e = extract_text(SEED)
    assert e.paragraphs[0].startswith("中新网北京3月11日电")
    assert e.paragraphs[-1].endswith("注入新动能。")
    for heading in SUBHEADINGS:
        assert heading in e.paragraphs
    # Header lines (account, timestamp, the lone counter) are not body.
    assert "创始人" not in e.paragraphs
    assert "0" not in e.paragraphs
    assert not any(p.startswith("2026-03-11") for p in e.paragraphs)


def test_seed_page_has_no_related_or_hot_lines() -> None:
    body = extract_text(SEED).body
    for noise in ("相关内容", "热门资讯", "心身共治守尊严", "羽毛球价格回调", "肾虚", "..."):
        assert noise not in body
    # The teaser repeating this article's own title is gone too: the title appears nowhere.
    assert "中国与东盟如何共拓" not in body


def test_seed_page_through_analyze_contract() -> None:
    out = to_contract(analyze(Page(content=SEED.encode("utf-8"), kind="text")), "seed.txt")
    assert out["title"] == TITLE
    assert out["published_at"] == "2026-03-11T19:02:23+08:00"
    assert out["source"] == "中新网"
    assert out["language"] == "zh"
    assert out["body"].startswith("中新网北京3月11日电")
    assert out["body"].endswith("注入新动能。")


def test_trailing_teasers_found_by_structure_without_a_heading() -> None:
    lines = [
        "The council voted on Tuesday to approve the new budget, officials said.",
        "The plan now goes to the mayor, who is expected to sign it next week.",
        "Storm knocks out power to thousands across the... Crews worked through the night to...",
        "Local team wins title after dramatic... The final whistle brought fans onto the...",
        "School board delays vote on new...",
    ]
    assert trailing_noise_start(lines) == 2


def test_english_related_heading_and_short_headlines_are_cut() -> None:
    text = "\n".join(
        [
            "Council approves budget",
            "By Jane Smith",
            "March 11, 2026",
            "The council voted on Tuesday to approve the new budget, officials said.",
            "The plan now goes to the mayor, who is expected to sign it next week.",
            "Most read",
            "Storm knocks out power",
            "Local team wins title",
            "School board delays vote",
        ]
    )
    e = extract_text(text)
    assert e.title == "Council approves budget"
    assert e.byline == "Jane Smith"
    assert e.paragraphs == [
        "The council voted on Tuesday to approve the new budget, officials said.",
        "The plan now goes to the mayor, who is expected to sign it next week.",
    ]


def test_a_last_short_paragraph_is_kept_when_no_teasers_follow() -> None:
    text = (
        "标题在这里\n新华社北京3月11日电（记者 王小明）会议在北京举行，"
        + "代表们讨论了发展问题。\n（完）"
    )
    e = extract_text(text)
    assert e.paragraphs[-1] == "（完）"
    assert e.source == "新华社"
    assert e.byline == "王小明"


def test_inline_related_block_in_the_body_is_removed() -> None:
    text = "\n".join(
        [
            "某地举行活动",
            "本报讯 第一段正文，说明活动的背景和经过，内容较长，足以成为一个段落。",
            "相关阅读：",
            "另一条新闻的标题",
            "第二段正文，继续说明活动的情况，同样是完整的一段文字。",
        ]
    )
    assert extract_text(text).paragraphs == [
        "本报讯 第一段正文，说明活动的背景和经过，内容较长，足以成为一个段落。",
        "第二段正文，继续说明活动的情况，同样是完整的一段文字。",
    ]
