"""A small real-style collection for the bulk tests: a folder of pages, a JSON-lines dump and
a web archive written with warcio, with broken items among them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import REPO, SEED_PAGE

HARBOUR = [
    "The harbour of Port Lindell reopened to shipping on Monday after storms closed it for a "
    "week, the port authority said in a statement.",
    '"We have cleared the channel and checked every berth," said Anna Berg, the harbour master, '
    "adding that the first container ships were expected overnight.",
    "Fishing crews, who lost a week of work, said the reopening came just before the start of "
    "the winter season, when catches are usually at their highest.",
    "The authority said repairs to the northern breakwater would take until the spring and "
    "would cost about 4 million euros.",
]
RAIL = [
    "Engineers finished laying the last section of track on the coastal railway on Thursday, "
    "two years after work began, the transport ministry said.",
    '"This line will halve the journey between the two largest cities," said Tomas Varga, the '
    "transport minister, at a ceremony at the new central station.",
    "Test trains will run through the summer, and the first passenger services are planned for "
    "the autumn if the safety inspections are passed.",
    "Local businesses along the route said they hoped the line would bring more visitors to "
    "towns that have been losing residents for decades.",
]
FLOODS = [
    "Heavy rain flooded streets in the old town on Sunday night, and firefighters pumped water "
    "out of dozens of cellars, the city council said.",
    '"Nobody was hurt, but many shops will stay closed for days," said Mira Holt, a council '
    "spokeswoman, who asked residents to avoid the riverside roads.",
    "Forecasters said more rain was expected later in the week, though less than the record "
    "amount that fell over the weekend.",
    "The council said it would review the drainage works that were finished last year.",
]


def article_html(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def repost(seed: str) -> str:
    """The seed story as another portal shows it: its own header, two edits, a teaser list."""
    body = "\n".join(seed.splitlines()[5:])
    body = body.replace("广西最大的机遇", "广西当前最大的机遇").replace("近7亿人口", "约7亿人口")
    return (
        "中国与东盟如何共拓“人工智能+”新蓝海？_新浪新闻\n新浪财经\n2026年03月11日 20:15\n\n"
        f"{body}\n\n相关新闻\n国务院常务会议部署推进人工智能发展...\n东盟经贸合作再上新台阶...\n"
    )


REQUEST = b"GET /harbour HTTP/1.1\r\nHost: news.example.org\r\n\r\n"


def write_warc(path: Path, records: list[tuple[str, int, str, bytes]]) -> None:
    """A gzipped WARC with a request record and one response record per (url, status, type,
    body)."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        request = writer.create_warc_record(
            "https://news.example.org/harbour",
            "request",
            payload=BytesIO(REQUEST),
            length=len(REQUEST),
        )
        writer.write_record(request)
        for url, status, content_type, body in records:
            headers = StatusAndHeaders(
                f"{status} {'OK' if status == 200 else 'Not Found'}",
                [("Content-Type", content_type), ("Server", "test")],
                protocol="HTTP/1.1",
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=BytesIO(body), length=len(body), http_headers=headers
                )
            )


@dataclass(frozen=True)
class Collection:
    root: Path
    stored: int  # new articles
    failed: int  # reported and written to the errors file
    items: int  # everything counted in the summary
    repost_url: str


def make_collection(root: Path) -> Collection:
    """Folder of pages, a JSON-lines dump and a WARC; 6 pages to store, 4 bad items."""
    pages = root / "pages"
    (pages / "nested").mkdir(parents=True)
    seed = SEED_PAGE.read_text(encoding="utf-8")
    (pages / "seed.txt").write_text(seed, encoding="utf-8")
    (pages / "nested" / "harbour.html").write_text(
        article_html("Harbour reopens after storms", HARBOUR), encoding="utf-8"
    )
    (pages / "nested" / "people.html.gz").write_bytes(
        (REPO / "seeds" / "002_en_people_daily.html.gz").read_bytes()
    )
    (pages / "broken.html.gz").write_bytes(b"this is not gzip data")  # failed
    (pages / "empty.txt").write_text("  \n", encoding="utf-8")  # failed: empty
    (pages / "notes.md").write_text("not a page: ignored", encoding="utf-8")
    lines = [
        json.dumps(
            {
                "url": "https://rail.example.com/news/1.html",
                "html": article_html("Coastal railway track completed", RAIL),
                "tags": ["transport"],
                "site": "Rail",
            }
        ),
        "{not json",  # failed
        json.dumps({"url": "https://only.example.com/url"}),  # failed: nothing to archive
        "",
        json.dumps({"url": "https://portal.example.cn/2026/0311/2.html", "text": repost(seed)}),
    ]
    (root / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_warc(
        root / "crawl.warc.gz",
        [
            (
                "https://news.example.org/floods",
                200,
                "text/html; charset=utf-8",
                article_html("Floods in the old town", FLOODS).encode(),
            ),
            ("https://news.example.org/logo.png", 200, "image/png", b"\x89PNG\r\n\x1a\n"),
            ("https://news.example.org/gone", 404, "text/html", b"<html>Not found</html>"),
        ],
    )
    return Collection(
        root=root,
        stored=6,
        failed=4,
        items=10,
        repost_url="https://portal.example.cn/2026/0311/2.html",
    )
