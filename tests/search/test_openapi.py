"""The read side's OpenAPI: summaries, described parameters, errors, export media types."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

READ_ROUTES = [
    "/articles",
    "/quotes",
    "/speakers",
    "/speakers/{speaker_id}",
    "/speakers/{speaker_id}/quotes",
    "/topics",
]


@pytest.fixture
def openapi(client: TestClient) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    spec: dict[str, Any] = response.json()
    return spec


@pytest.mark.parametrize("path", READ_ROUTES)
def test_route_has_summary_description_and_errors(openapi: dict[str, Any], path: str) -> None:
    operation = openapi["paths"][path]["get"]

    assert operation["summary"]
    assert len(operation["description"]) > 40
    assert "422" in operation["responses"]
    assert operation["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/ErrorOut"
    )


@pytest.mark.parametrize("path", READ_ROUTES)
def test_every_parameter_is_described(openapi: dict[str, Any], path: str) -> None:
    parameters = openapi["paths"][path]["get"]["parameters"]

    assert parameters
    for parameter in parameters:
        assert parameter.get("description"), f"{path} {parameter['name']} has no description"


def test_listing_parameters_are_all_documented(openapi: dict[str, Any]) -> None:
    names = {p["name"] for p in openapi["paths"]["/articles"]["get"]["parameters"]}

    assert names >= {
        "speaker",
        "speaker_id",
        "topic",
        "q",
        "language",
        "source",
        "published_after",
        "published_before",
        "include_duplicates",
        "limit",
        "cursor",
        "count",
        "format",
    }
    quote_names = {p["name"] for p in openapi["paths"]["/quotes"]["get"]["parameters"]}
    assert quote_names >= names | {"direct"}


@pytest.mark.parametrize("path", ["/articles", "/quotes", "/speakers/{speaker_id}/quotes"])
def test_exports_are_documented(openapi: dict[str, Any], path: str) -> None:
    content = openapi["paths"][path]["get"]["responses"]["200"]["content"]

    assert {"application/json", "text/csv", "application/x-ndjson"} <= set(content)


def test_speaker_parameter_has_an_example(openapi: dict[str, Any]) -> None:
    speaker = next(
        p for p in openapi["paths"]["/articles"]["get"]["parameters"] if p["name"] == "speaker"
    )

    assert speaker["schema"].get("examples") or speaker.get("example") or speaker.get("examples")


def test_docs_page_is_served(client: TestClient) -> None:
    response = client.get("/docs")

    assert response.status_code == 200
    assert "swagger" in response.text.lower()
