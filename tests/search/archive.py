"""A small archive for the read-side tests: short real-style articles, ingested through
POST /articles on the test's database (SQLite or PostgreSQL, rolled back after the test).

Expected results are computed from what the ingest returned (speakers, topics), so the tests
keep checking the query side while the extraction pipeline improves.
"""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

ZH_COMPUTE = """\
中国与东盟共建算力网络
2026-03-11 19:02:23　来源：中新网
中新网北京3月11日电 中国与东盟国家正在加快建设区域算力网络。
全国政协委员连玉明认为，中国与东盟在人工智能领域的合作前景广阔。
他表示，发展人工智能产业需要更多的算力支撑。
"""

ZH_TRADITIONAL = """\
東盟數字經濟論壇在南寧舉行
2026-03-12 10:00:00　來源：中新網
中新網南寧3月12日電 東盟數字經濟論壇12日在南寧舉行，與會代表討論了跨境數據合作。
"""

ZH_CARS = """\
新能源汽车出口保持增长
2026-03-13 08:30:00　来源：人民网
人民网北京3月13日电 今年前两个月，我国新能源汽车出口继续保持增长。
全国人大代表王建国表示，新能源汽车产业已经形成完整的产业链。
王建国认为，东盟市场对新能源汽车的需求正在上升。
"""

EN_SOLAR = """\
Solar exports to ASEAN rise again
2026-03-10 08:00:00 Source: Reuters
SINGAPORE, March 10 (Reuters) - Solar panel exports to ASEAN markets rose for a third month, \
traders said.

"Demand for solar panels in the region is still growing fast," said Maria Santos, the \
Philippine trade secretary.

"We expect prices to stay low this year," said John Miller, an analyst at Pacific Energy.
"""

# No publication time: listed after every dated article.
EN_UNDATED = """\
Ministers agree new plan for regional data centres

BEIJING, March 11 (Reuters) - Trade ministers from China and the ten ASEAN members agreed on
Tuesday to build a shared network of data centres across the region, officials said.

"This is the most important step we have taken together on digital trade," said Maria Santos,
the Philippine trade secretary, after the meeting in Beijing.
"""

ALL = {
    "zh_compute": ZH_COMPUTE,
    "zh_traditional": ZH_TRADITIONAL,
    "zh_cars": ZH_CARS,
    "en_solar": EN_SOLAR,
    "en_undated": EN_UNDATED,
}

# Newest first, undated last.
NEWEST_FIRST = ["zh_cars", "zh_traditional", "zh_compute", "en_solar", "en_undated"]


def ingest(client: TestClient, text: str) -> dict[str, Any]:
    response = client.post("/articles", json={"text": text})
    assert response.status_code == 201, response.text
    article: dict[str, Any] = response.json()
    return article


def ingest_all(client: TestClient) -> dict[str, dict[str, Any]]:
    return {name: ingest(client, text) for name, text in ALL.items()}


def ids(page: dict[str, Any]) -> list[int]:
    return [item["id"] for item in page["items"]]


def get_ok(client: TestClient, url: str, **params: Any) -> dict[str, Any]:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def speaker_id(articles: dict[str, dict[str, Any]], name: str) -> int:
    for article in articles.values():
        for speaker in article["speakers"]:
            if speaker["name"] == name:
                return int(speaker["id"])
    raise AssertionError(f"the pipeline found no speaker {name}")


def quoting(articles: dict[str, dict[str, Any]], speaker: int) -> set[int]:
    """Ids of the ingested articles that quote this speaker."""
    return {
        article["id"]
        for article in articles.values()
        if any(s["id"] == speaker for s in article["speakers"])
    }


def with_topic(articles: dict[str, dict[str, Any]], term: str) -> set[int]:
    return {
        article["id"]
        for article in articles.values()
        if any(t["term"] == term for t in article["topics"])
    }
