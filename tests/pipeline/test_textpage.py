"""pipeline/textpage.py: raw scraped text — header lines, body, trailing teaser blocks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsarchive.pipeline import byline, dateline, dates, textpage
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


def test_seed_page_account_label_is_no_byline() -> None:
    # The line under the seed page's title, 创始人 ("founder"), labels the posting account.
    assert extract_text(SEED).byline is None


@pytest.mark.parametrize("label", ["创始人", "管理员", "本站编辑", "小编", "Staff", "Admin"])
def test_a_lone_role_label_under_the_title_is_no_byline(label: str) -> None:
    text = f"某地举行活动\n{label}\n2026-03-11 19:02\n本报讯 活动在市中心举行，吸引了许多市民参加。"
    assert extract_text(text).byline is None


def test_a_lone_account_name_under_the_title_is_the_byline() -> None:
    text = (
        "某地举行活动\n城市观察者\n2026-03-11 19:02\n本报讯 活动在市中心举行，吸引了许多市民参加。"
    )
    assert extract_text(text).byline == "城市观察者"


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


def test_links_to_other_stories_set_in_the_body_are_dropped() -> None:
    lines = [
        "The harbour bridge will close to cars next month, the council said.",
        "READ MORE: Council approves budget after a long night of talks",
        "Czytaj też: Wielki powrót po dziesięciu latach",
        "Also on example.com Storm knocks out power to thousands",
        "Engineers found cracks in two of its supports last week.",
        "Read more in the engineers' full report, published on Friday.",
        "Like this story? Share it with a friend!",
    ]
    assert textpage.drop_boilerplate(lines) == [
        "The harbour bridge will close to cars next month, the council said.",
        "Engineers found cracks in two of its supports last week.",
        "Read more in the engineers' full report, published on Friday.",
    ]


# --- the first line: a title, or the start of the story -------------------------------


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        (
            "Northfield Tool Works",
            ", the maker of red-handled garden shears, said on Monday it would shut two plants.",
            "Northfield Tool Works, the maker of red-handled garden shears, said on Monday it"
            " would shut two plants.",
        ),
        (
            "The harbour authority in the old port town",
            "voted on Tuesday to double mooring fees for visiting yachts from next spring.",
            "The harbour authority in the old port town voted on Tuesday to double mooring fees"
            " for visiting yachts from next spring.",
        ),
    ],
)
def test_a_first_line_broken_off_a_sentence_is_joined_and_is_no_title(
    first: str, second: str, joined: str
) -> None:
    rest = "Workers were told of the decision at a meeting on Monday morning, a union said."
    e = extract_text("\n".join([first, second, rest]))
    assert e.title is None
    assert e.paragraphs == [joined, rest]


@pytest.mark.parametrize(
    "second",
    [
        "iPhone sales rose by a tenth in the quarter, the company said on Thursday.",
        "by Jane Smith",
    ],
)
def test_a_title_followed_by_a_lower_case_field_or_brand_stays_the_title(second: str) -> None:
    text = "\n".join(
        [
            "Apple earnings beat forecasts",
            second,
            "Analysts had expected a weaker quarter after a slow start to the year, they said.",
        ]
    )
    assert extract_text(text).title == "Apple earnings beat forecasts"


@pytest.mark.parametrize(
    "lead",
    [
        "Jan. 12, 2024 -- Hundreds of volunteers cleared litter from the river banks on"
        " Saturday, the city said in a statement.",
        "OSLO, Feb. 3 (Reuters) - Norway's central bank left its main interest rate unchanged"
        " on Thursday, as expected.",
    ],
)
def test_a_first_line_opening_with_a_dateline_is_the_lead_not_the_title(lead: str) -> None:
    rest = "Officials said the work would continue through the spring and into the summer."
    e = extract_text(lead + "\n" + rest)
    assert e.title is None
    assert e.paragraphs == [lead, rest]


@pytest.mark.parametrize(
    "lead",
    [
        "Harbour Line Ferries chief executive Nora Whitfield said a fuel shortage and a"
        " staffing dispute forced the company to cancel most crossings over the weekend.",
        "3月2日上午，南湖区在区文化中心举行了首届“最美志愿者”表彰大会，全区各界代表三百余人参加了会议。",
    ],
)
def test_a_body_pasted_without_its_headline_keeps_its_first_sentence(lead: str) -> None:
    rest = "The company said services would return to normal by Tuesday."
    e = extract_text(lead + "\n" + rest)
    assert e.title is None
    assert e.paragraphs == [lead, rest]


@pytest.mark.parametrize(
    "title",
    [
        "Ferry operator cancels weekend crossings as fuel runs short",
        "Council approves budget.",
        "Ministers weigh up the options after a week of talks that went nowhere...",
    ],
)
def test_a_headline_without_a_closing_full_stop_or_a_short_one_stays_the_title(
    title: str,
) -> None:
    rest = "The company said services would return to normal by Tuesday."
    assert extract_text(title + "\n" + rest).title == title


def test_a_date_led_lead_gives_the_date_when_there_is_no_other() -> None:
    e = extract_text(
        "Jan. 12, 2024 -- Hundreds of volunteers cleared litter from the river banks on"
        " Saturday, the city said in a statement.\nThe work goes on in the spring."
    )
    assert e.published_at == datetime(2024, 1, 12, tzinfo=dates.UTC)


def test_a_short_headline_that_starts_with_a_date_is_still_a_title() -> None:
    text = "Jan. 6 — the day that changed Washington\nThe hearings began a year later, in June."
    assert extract_text(text).title == "Jan. 6 — the day that changed Washington"


# --- metadata helpers shared with html.py --------------------------------------------


@pytest.mark.parametrize(
    ("line", "source", "place", "reporters"),
    [
        ("中新网北京3月11日电 “人工智能+”已经连续三年写入政府工作报告。", "中新网", "北京", None),
        (
            "新华社北京3月11日电（记者 张三 李四）国务院总理今天…",
            "新华社",
            "北京",
            "记者 张三 李四",
        ),
        ("中新網香港3月11日電 香港特區政府今日公布…", "中新網", "香港", None),
        ("本报讯（记者叶婉）近日，“心成长”项目启动。", "本报", None, "记者叶婉"),
        ("BEIJING, March 11 (Reuters) - China's exports rose…", "Reuters", "Beijing", None),
        (
            "HONG KONG/GUANGZHOU, Jan. 15 (Xinhua) -- It was a little past dawn",
            "Xinhua",
            None,
            None,
        ),
        ("WASHINGTON (AP) — The Senate voted on Tuesday…", "AP", "Washington", None),
    ],
)
def test_datelines(line: str, source: str, place: str | None, reporters: str | None) -> None:
    d = dateline.parse(line)
    assert d is not None
    assert d.source == source
    if place is not None:
        assert d.place == place
    assert d.reporters == reporters


@pytest.mark.parametrize(
    ("line", "place", "source", "when"),
    [
        ("Aug. 8, 2023 -- Many people were told on Monday …", None, None, (2023, 8, 8)),
        ("LONDON, Sept. 3 -- The talks resumed …", "London", None, (None, 9, 3)),
        (
            "BEIJING, March 11 (Reuters) - China's exports rose…",
            "Beijing",
            "Reuters",
            (None, 3, 11),
        ),
    ],
)
def test_english_dateline_dates(
    line: str, place: str | None, source: str | None, when: tuple[int | None, int, int]
) -> None:
    d = dateline.parse(line)
    assert d is not None
    assert (d.place, d.source) == (place, source)
    assert (d.year, d.month, d.day) == when


def test_not_a_dateline() -> None:
    assert dateline.parse("March 11-12 summit draws leaders from the region") is None
    assert dateline.parse("March 11: what happened on the day") is None
    assert dateline.parse("据以色列媒体5月19日报道，以战时内阁在18日晚开会。") is None
    assert dateline.parse("The council voted on Tuesday to approve the budget.") is None


def test_visible_dates_and_zones() -> None:
    bj = dates.BEIJING
    assert dates.parse_visible("2026年3月11日 19:02", bj) == datetime(2026, 3, 11, 19, 2, tzinfo=bj)
    assert dates.parse_visible("发布时间：2026-03-11 19:02:23 来源：中新网", bj) == datetime(
        2026, 3, 11, 19, 2, 23, tzinfo=bj
    )
    assert dates.parse_visible("March 11, 2026 at 7:02 pm", dates.UTC) == datetime(
        2026, 3, 11, 19, 2, tzinfo=dates.UTC
    )
    assert dates.parse_iso("2019-11-19T21:57:01Z") == datetime(
        2019, 11, 19, 21, 57, 1, tzinfo=dates.UTC
    )
    # No zone and no default: no date rather than a naive one.
    assert dates.parse_iso("2019-11-19T21:57:01") is None
    assert dates.parse_iso("2019-11-19T21:57:01", bj) == datetime(
        2019, 11, 19, 21, 57, 1, tzinfo=bj
    )


def test_bylines() -> None:
    assert byline.parse("作者：王小明　来源：人民日报").author == "王小明"
    assert byline.parse("作者：王小明　来源：人民日报").source == "人民日报"
    assert byline.parse("（责任编辑：刘光博）").editor == "刘光博"
    assert byline.parse("By Jane Smith and John Doe").author == "Jane Smith and John Doe"
    assert byline.clean_author("本报记者 王乐文") == "王乐文"


def test_boilerplate_lines_are_dropped() -> None:
    lines = [
        "播报文章",
        "正文第一段，讲述事件经过。",
        "广告",
        "正文第二段。",
        "举报",
        "转载请注明:原文链接 - https://example.com/a/1",
        "本作品为原创，转载时务请注明出处。",
        "特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。",
    ]
    assert textpage.drop_boilerplate(lines) == ["正文第一段，讲述事件经过。", "正文第二段。"]
