"""analyze(page) -> Analysis: the one way into the pipeline (API, CLI and reprocessing)."""

from __future__ import annotations

from typing import Any

from newsarchive.pipeline import (
    decode,
    fingerprint,
    html,
    language,
    quotes_en,
    quotes_zh,
    segment,
    textpage,
    topics,
)
from newsarchive.pipeline.model import Analysis, Extracted, NoArticleError, Page

# Bump when a change to the pipeline changes what it produces; `newsarchive reprocess`
# re-analyses every article stored with an older version.
PIPELINE_VERSION = 3


def analyze(page: Page) -> Analysis:
    """Decode, extract, detect language, segment, find quotes and topics. Pure and synchronous.

    Raises AnalysisError (NotTextError, NoArticleError) with a message fit for the user.
    """
    if isinstance(page.content, bytes):
        decoded = decode.decode(page.content, page.content_type)
        text, charset = decoded.text, decoded.charset
    else:
        text, charset = decode.clean_text(page.content), None

    if page.kind == "html":
        extracted = html.extract_html(text, url=page.url)
    else:
        extracted = textpage.extract_text(text)
    return _analyze_extracted(extracted, charset=charset, url=page.url)


def _analyze_extracted(extracted: Extracted, *, charset: str | None, url: str | None) -> Analysis:
    body = extracted.body.strip()
    if not body:
        raise NoArticleError()
    lang, script = language.detect(body)

    if lang == "zh":
        tokens = segment.tag(body)
        quotes = quotes_zh.extract_quotes(body, tokens)
    else:
        tokens = []
        quotes = quotes_en.extract_quotes(body) if lang == "en" else []
    found_topics = topics.extract_topics(body, lang, tokens, title=extracted.title)
    search = segment.search_tokens(f"{extracted.title or ''}\n{body}")
    body_words = fingerprint.body_words(
        body, [(t.word, t.start) for t in tokens] if lang == "zh" else None
    )

    return Analysis(
        language=lang,
        script=script,
        body=body,
        title=extracted.title,
        byline=extracted.byline,
        source=extracted.source,
        dateline_place=extracted.dateline_place,
        published_at=extracted.published_at,
        canonical_url=extracted.canonical_url or url,
        charset=charset,
        tokens=search,
        quotes=quotes,
        topics=found_topics,
        pipeline_version=str(PIPELINE_VERSION),
        fingerprint=fingerprint.simhash(body_words),
    )


def to_contract(analysis: Analysis, path: str | None = None) -> dict[str, Any]:
    """The stable JSON shape of DESIGN.md's analysis contract."""
    return {
        "path": path,
        "language": analysis.language,
        "title": analysis.title,
        "byline": analysis.byline,
        "source": analysis.source,
        "dateline_place": analysis.dateline_place,
        "published_at": analysis.published_at.isoformat() if analysis.published_at else None,
        "body": analysis.body,
        "quotes": [
            {
                "speaker": q.speaker,
                "speaker_titles": list(q.speaker_titles),
                "text": q.text,
                "direct": q.direct,
                "cue": q.cue,
                "start": q.start,
                "end": q.end,
            }
            for q in analysis.quotes
        ],
        "topics": [t.term for t in analysis.topics],
        "error": None,
    }


def error_contract(path: str | None, message: str) -> dict[str, Any]:
    return {
        "path": path,
        "language": None,
        "title": None,
        "byline": None,
        "source": None,
        "dateline_place": None,
        "published_at": None,
        "body": None,
        "quotes": [],
        "topics": [],
        "error": message,
    }
