"""Ingest a page and read articles back. No commits here: the request's session owns them."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from newsarchive.articles import repository
from newsarchive.articles.schemas import (
    ArticleOut,
    ArticleSpeaker,
    ArticleTopicOut,
    CopyOut,
    DocumentOut,
    IngestOut,
    QuoteOut,
    SpeakerRef,
)
from newsarchive.config import Settings
from newsarchive.errors import NotFound, PayloadTooLarge, Unprocessable
from newsarchive.fetch import FetchedPage, canonical_url, fetch_page
from newsarchive.models import Article, Document, Quote, utcnow
from newsarchive.pipeline import fingerprint, segment
from newsarchive.pipeline.analyze import PIPELINE_VERSION, analyze
from newsarchive.pipeline.model import Analysis, AnalysisError, Page, PageKind
from newsarchive.pipeline.names import name_key, pinyin_key
from newsarchive.speakers import repository as speakers_repository
from newsarchive.topics import repository as topics_repository


@dataclass(frozen=True)
class IncomingPage:
    """A page as it arrived, before analysis: what gets archived in `documents`."""

    payload: bytes
    kind: PageKind
    source_kind: str  # url / html / text: how the page reached us
    url: str | None = None
    final_url: str | None = None
    content_type: str | None = None
    charset: str | None = None
    http_status: int | None = None
    fetched_at: datetime | None = None
    meta: dict[str, Any] | None = field(default=None)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.payload).hexdigest()


@dataclass(frozen=True)
class IngestResult:
    article: Article
    duplicate: bool


def validate_payload(payload: bytes, max_bytes: int) -> None:
    """Reject what can never become an article, before any work is done."""
    if len(payload) > max_bytes:
        raise PayloadTooLarge(f"the page is {len(payload)} bytes; the limit is {max_bytes} bytes")
    if not payload.strip():
        raise Unprocessable("the page is empty")


def validate_text(text: str) -> None:
    if not text.strip():
        raise Unprocessable("the text is empty or only whitespace")
    if "\x00" in text:
        raise Unprocessable("the text contains NUL characters (\\u0000), which cannot be stored")


_WHITESPACE = re.compile(r"\s+")


def content_hash(analysis: Analysis) -> str:
    """Hash of the article text with whitespace folded: the same article, however wrapped."""
    normalised = _WHITESPACE.sub(" ", f"{analysis.title or ''}\n{analysis.body}").strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def analyze_page(page: IncomingPage) -> Analysis:
    try:
        return analyze(
            Page(
                content=page.payload,
                kind=page.kind,
                url=page.final_url or page.url,
                content_type=page.content_type,
            )
        )
    except AnalysisError as exc:
        raise Unprocessable(str(exc)) from exc


def ingest(
    session: Session, page: IncomingPage, *, canonical_url: str | None = None
) -> IngestResult:
    """Archive the page and store its article with quotes, speakers and topics, or nothing.

    The same bytes, the same article text or the same canonical URL again give the existing
    article with duplicate=True. Two identical requests racing each other end the same way:
    the loser's insert hits a unique index, its savepoint is rolled back, and it returns the
    winner's article.
    """
    existing = _archived_already(session, page, canonical_url)
    if existing is not None:
        return IngestResult(existing, duplicate=True)
    return _ingest_new(session, page, analyze_page(page), canonical_url, reload=True)


def ingest_analysed(
    session: Session,
    page: IncomingPage,
    analysis: Analysis,
    *,
    canonical_url: str | None = None,
    reload: bool = True,
    known_sha256: bool = False,
) -> IngestResult:
    """`ingest` for a page analysed elsewhere (bulk ingestion analyses in worker processes).

    Without `reload` the returned article is the stored object as flushed, without its
    quotes and topics loaded: enough for its id and duplicate_of_id, and much cheaper.
    `known_sha256`: the caller has just found the bytes are not archived (a page stored
    since then still ends as a duplicate, through the unique index).
    """
    if known_sha256:
        existing = (
            repository.find_by_canonical_url(session, canonical_url) if canonical_url else None
        )
    else:
        existing = _archived_already(session, page, canonical_url)
    if existing is not None:
        return IngestResult(existing, duplicate=True)
    return _ingest_new(session, page, analysis, canonical_url, reload=reload)


def _archived_already(
    session: Session, page: IncomingPage, canonical_url: str | None
) -> Article | None:
    existing = repository.find_by_document_sha256(session, page.sha256)
    if existing is None and canonical_url:
        existing = repository.find_by_canonical_url(session, canonical_url)
    return existing


def _ingest_new(
    session: Session,
    page: IncomingPage,
    analysis: Analysis,
    canonical_url: str | None,
    *,
    reload: bool,
) -> IngestResult:
    digest = content_hash(analysis)
    existing = repository.find_by_content_hash(session, digest)
    if existing is not None:
        return IngestResult(existing, duplicate=True)

    try:
        with session.begin_nested():
            ((article_id, _),) = _store_new(
                session, [(Analysed(page, analysis, canonical_url), digest)]
            )
    except IntegrityError:
        existing = (
            repository.find_by_document_sha256(session, page.sha256)
            or repository.find_by_content_hash(session, digest)
            or (repository.find_by_canonical_url(session, canonical_url) if canonical_url else None)
        )
        if existing is None:
            raise
        return IngestResult(existing, duplicate=True)
    stored = repository.get(session, article_id) if reload else session.get(Article, article_id)
    assert stored is not None
    return IngestResult(stored, duplicate=False)


# --- storing new articles set-wise: one article or a whole bulk batch, in a fixed number of
# statements (a multi-row INSERT per table), whatever the number of articles ---------------


@dataclass(frozen=True)
class Analysed:
    """A page with its analysis (made elsewhere), to be stored as an article."""

    page: IncomingPage
    analysis: Analysis
    canonical_url: str | None = None


@dataclass(frozen=True)
class Stored:
    """What became of one page of a batch: a new article, or the archived one it repeats."""

    article_id: int
    duplicate: bool
    duplicate_of_id: int | None = None  # a new article that is a near-duplicate of that one


def ingest_analysed_batch(session: Session, entries: Sequence[Analysed]) -> list[Stored]:
    """`ingest_analysed(..., known_sha256=True)` for many pages, in a few statements.

    The outcome is the one storing the pages one after the other gives: a page whose
    canonical URL or article text is archived, or comes earlier in the batch, is a
    duplicate of that article; a near-duplicate points to the first article of its story,
    earlier pages of the batch included. Raises what the database raises (a unique index
    hit by a page stored meanwhile, a value refused): the caller rolls the batch back and
    stores it page by page, which settles each such page on its own.
    """
    digests = [content_hash(entry.analysis) for entry in entries]
    by_url = repository.ids_by_canonical_url(
        session, {e.canonical_url for e in entries if e.canonical_url}
    )
    by_hash = repository.ids_by_content_hash(session, set(digests))
    new: list[tuple[Analysed, str]] = []
    new_by_url: dict[str, int] = {}
    new_by_hash: dict[str, int] = {}
    # Per entry: (a duplicate?, "archived" or "new", the article id or the position in `new`)
    plan: list[tuple[bool, str, int]] = []
    for entry, digest in zip(entries, digests, strict=True):
        url = entry.canonical_url
        if url and url in by_url:
            plan.append((True, "archived", by_url[url]))
        elif url and url in new_by_url:
            plan.append((True, "new", new_by_url[url]))
        elif digest in by_hash:
            plan.append((True, "archived", by_hash[digest]))
        elif digest in new_by_hash:
            plan.append((True, "new", new_by_hash[digest]))
        else:
            if url:
                new_by_url[url] = len(new)
            new_by_hash[digest] = len(new)
            plan.append((False, "new", len(new)))
            new.append((entry, digest))
    stored = _store_new(session, new)
    results: list[Stored] = []
    for duplicate, where, ref in plan:
        if where == "archived":
            results.append(Stored(ref, duplicate=True))
        elif duplicate:
            results.append(Stored(stored[ref][0], duplicate=True))
        else:
            results.append(Stored(stored[ref][0], duplicate=False, duplicate_of_id=stored[ref][1]))
    return results


def _store_new(
    session: Session, new: Sequence[tuple[Analysed, str]]
) -> list[tuple[int, int | None]]:
    """Insert new articles (with their content hashes) in order, with their documents,
    quotes, speakers and topics: (id, duplicate_of_id) of each."""
    if not new:
        return []
    roots = _near_duplicate_roots(session, [entry.analysis.fingerprint for entry, _ in new])
    rows: list[dict[str, Any]] = []
    for (entry, digest), root in zip(new, roots, strict=True):
        analysis = entry.analysis
        value = analysis.fingerprint
        bands = fingerprint.bands(value) if value is not None else (None,) * fingerprint.BANDS
        stamp = utcnow()
        rows.append(
            {
                "canonical_url": entry.canonical_url,
                "title": analysis.title,
                "byline": analysis.byline,
                "source": analysis.source,
                "dateline_place": analysis.dateline_place,
                "published_at": analysis.published_at,
                "language": analysis.language,
                "script": analysis.script,
                "body": analysis.body,
                "search_tokens": " ".join(analysis.tokens),
                "content_hash": digest,
                "fingerprint": value,
                **{f"fingerprint_band{i}": band for i, band in enumerate(bands)},
                "duplicate_of_id": root[1] if root is not None and root[0] == 0 else None,
                "pipeline_version": PIPELINE_VERSION,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    id_of = repository.insert_articles(session, rows)
    ids = [id_of[digest] for _, digest in new]
    duplicate_of: list[int | None] = []
    later: list[dict[str, Any]] = []  # copies of an article of this batch: known ids only now
    for article_id, root, row in zip(ids, roots, rows, strict=True):
        if root is not None and root[0] == 1:
            later.append(
                {
                    "article_id": article_id,
                    "duplicate_of_id": ids[root[1]],
                    "updated_at": row["updated_at"],
                }
            )
        duplicate_of.append(ids[root[1]] if root and root[0] == 1 else row["duplicate_of_id"])
    repository.set_duplicate_of(session, later)
    repository.insert_documents(
        session,
        [
            _document_row(article_id, entry.page, entry.analysis)
            for article_id, (entry, _) in zip(ids, new, strict=True)
        ],
    )
    _store_children(
        session,
        [(article_id, entry.analysis) for article_id, (entry, _) in zip(ids, new, strict=True)],
    )
    segment.add_user_words(
        q.speaker for entry, _ in new for q in entry.analysis.quotes if q.speaker_kind == "person"
    )
    return list(zip(ids, duplicate_of, strict=True))


def _document_row(article_id: int, page: IncomingPage, analysis: Analysis) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "kind": page.source_kind,
        "url": page.url,
        "final_url": page.final_url,
        "http_status": page.http_status,
        "content_type": page.content_type,
        "charset": analysis.charset or page.charset,
        "payload": page.payload,
        "size": len(page.payload),
        "sha256": page.sha256,
        "received_at": utcnow(),
        "fetched_at": page.fetched_at,
        "meta": page.meta,
    }


def _store_children(session: Session, articles: Sequence[tuple[int, Analysis]]) -> None:
    """Quotes with their speakers, and topics: everything analyses add to their articles.

    Speakers, aliases and topics of all the articles are resolved set-wise (one
    insert-or-ignore and one select each, the first article naming a new speaker or topic),
    then quotes and topic links go in one multi-row insert each: the number of statements
    grows neither with the articles nor with their quotes and topics.
    """
    names: list[tuple[int, Analysis, dict[str, str]]] = []  # per article: name -> key
    speaker_rows: dict[str, dict[str, str]] = {}
    pinyin: dict[str, str] = {}
    for article_id, analysis in articles:
        if not analysis.quotes:
            continue
        keys = {q.speaker: name_key(q.speaker) for q in analysis.quotes}
        kinds = {q.speaker: q.speaker_kind for q in reversed(analysis.quotes)}  # first wins
        for name, key in keys.items():
            if name not in pinyin:
                pinyin[name] = pinyin_key(name)
            speaker_rows.setdefault(
                key, {"name": name, "kind": kinds[name], "key": key, "pinyin_key": pinyin[name]}
            )
        names.append((article_id, analysis, keys))
    quote_rows: list[dict[str, Any]] = []
    if names:
        speakers = speakers_repository.by_key(session, list(speaker_rows.values()))
        speakers_repository.add_aliases(
            session,
            [
                {
                    "speaker_id": speakers[key][0],
                    "alias": name,
                    "key": key,
                    "pinyin_key": pinyin[name],
                }
                for _, _, keys in names
                for name, key in keys.items()
                if name != speakers[key][1]
            ],
        )
        quote_rows = [
            {
                "article_id": article_id,
                "speaker_id": speakers[keys[found.speaker]][0],
                "position": position,
                "speaker_name": found.speaker,
                "speaker_titles": list(found.speaker_titles),
                "text": found.text,
                "direct": found.direct,
                "cue": found.cue,
                "start": found.start,
                "end": found.end,
            }
            for article_id, analysis, keys in names
            for position, found in enumerate(analysis.quotes)
        ]
    repository.insert_quotes(session, quote_rows)

    topical = [
        (article_id, analysis, [name_key(t.term) for t in analysis.topics])
        for article_id, analysis in articles
        if analysis.topics
    ]
    if not topical:
        return
    topic_rows: dict[str, dict[str, str]] = {}
    for _, analysis, topic_keys in topical:
        for found_topic, key in zip(analysis.topics, topic_keys, strict=True):
            topic_rows.setdefault(
                key, {"term": found_topic.term, "key": key, "language": analysis.language}
            )
    topic_ids = topics_repository.ids_by_key(session, list(topic_rows.values()))
    links: list[dict[str, Any]] = []
    for article_id, analysis, topic_keys in topical:
        seen: set[int] = set()
        for rank, (found_topic, key) in enumerate(zip(analysis.topics, topic_keys, strict=True)):
            topic_id = topic_ids[key]
            if topic_id in seen:  # two terms folding to one key (e.g. traditional/simplified)
                continue
            seen.add(topic_id)
            links.append(
                {
                    "article_id": article_id,
                    "topic_id": topic_id,
                    "weight": found_topic.weight,
                    "rank": rank,
                }
            )
    repository.insert_topic_links(session, links)


def page_from_fetch(fetched: FetchedPage) -> IncomingPage:
    return IncomingPage(
        payload=fetched.content,
        kind="text" if fetched.content_type == "text/plain" else "html",
        source_kind="url",
        url=fetched.requested_url,
        final_url=fetched.final_url,
        content_type=fetched.content_type_header,
        charset=fetched.charset,
        http_status=fetched.status,
        fetched_at=fetched.fetched_at,
    )


def ingest_url(
    session: Session, url: str, settings: Settings, *, refresh: bool = False
) -> IngestResult:
    """Fetch a page and archive it. A URL already archived is not fetched again, unless
    `refresh`: then a changed page is stored as a new version of the same article."""
    requested = canonical_url(url)
    existing = repository.find_by_canonical_url(session, requested)
    if existing is not None and not refresh:
        return IngestResult(existing, duplicate=True)

    fetched = fetch_page(url, settings)
    page = page_from_fetch(fetched)
    final = canonical_url(fetched.final_url)
    existing = existing or repository.find_by_canonical_url(session, final)
    if existing is None:
        return ingest(session, page, canonical_url=final)
    if repository.find_by_document_sha256(session, page.sha256) is not None:
        return IngestResult(existing, duplicate=True)
    reanalyse(session, existing, page, analyze_page(page), store_document=True)
    refreshed = repository.get(session, existing.id)
    assert refreshed is not None
    return IngestResult(refreshed, duplicate=True)


def reanalyse(
    session: Session,
    article: Article,
    page: IncomingPage,
    analysis: Analysis,
    *,
    store_document: bool,
) -> None:
    """Replace an article's analysis in place (same id): a refreshed page or a newer pipeline."""
    article.title = analysis.title
    article.byline = analysis.byline
    article.source = analysis.source
    article.dateline_place = analysis.dateline_place
    article.published_at = analysis.published_at
    article.language = analysis.language
    article.script = analysis.script
    article.body = analysis.body
    article.search_tokens = " ".join(analysis.tokens)
    article.content_hash = content_hash(analysis)
    article.pipeline_version = PIPELINE_VERSION
    _set_fingerprint(session, article, analysis.fingerprint, below_id=article.id)
    if article.duplicate_of_id is not None:  # its own copies follow it to the first telling
        repository.point_copies_to(session, article.id, article.duplicate_of_id)
    article.quotes.clear()
    article.topic_links.clear()
    session.flush()
    if store_document:
        repository.insert_documents(session, [_document_row(article.id, page, analysis)])
    _store_children(session, [(article.id, analysis)])
    # Written past the ORM: what the session holds of them is read again when next used.
    session.expire(article, ["quotes", "topic_links", "documents"])


def near_duplicate_of(
    session: Session, value: int | None, *, below_id: int | None = None
) -> int | None:
    """The first article of the story this fingerprint belongs to, if one is archived.

    Candidates share a fingerprint band (an index lookup); the nearest one within
    fingerprint.MAX_DISTANCE bits wins, ties going to the earliest. A copy found this way
    stands for its original: copies always point to the first article, never to a copy.
    """
    if value is None:
        return None
    candidates = repository.near_duplicate_candidates(
        session, fingerprint.bands(value), below_id=below_id
    )
    found = _nearest(
        value,
        ((other, original_id or candidate_id) for candidate_id, other, original_id in candidates),
        exclude=below_id,
    )
    return found


Root = tuple[int, int]  # (0, id of an archived article) or (1, position in the batch)
K = TypeVar("K", int, Root)


def _nearest(value: int, candidates: Iterable[tuple[int, K]], exclude: K | None = None) -> K | None:
    """The root of the nearest candidate within MAX_DISTANCE bits; ties go to the earliest."""
    best: tuple[int, K] | None = None
    for other, root in candidates:
        bits = fingerprint.distance(value, other)
        if bits <= fingerprint.MAX_DISTANCE and root != exclude:
            best = min(best, (bits, root)) if best else (bits, root)
    return best[1] if best else None


# New articles whose band candidates are read in one query.
BAND_QUERY_GROUP = 100


def _near_duplicate_roots(session: Session, prints: Sequence[int | None]) -> list[Root | None]:
    """`near_duplicate_of` for new articles stored in this order, each one also seeing the
    articles before it in the list: one candidate query per BAND_QUERY_GROUP articles."""
    bands = [fingerprint.bands(v) if v is not None else None for v in prints]
    archived: list[list[tuple[int, int, int | None]]] = []
    for start in range(0, len(prints), BAND_QUERY_GROUP):
        archived.extend(_archived_candidates(session, bands[start : start + BAND_QUERY_GROUP]))
    limit = repository.NEAR_DUPLICATE_CANDIDATES
    roots: list[Root | None] = []
    earlier: list[dict[int, list[int]]] = [{} for _ in range(fingerprint.BANDS)]
    for k, (value, own) in enumerate(zip(prints, bands, strict=True)):
        if value is None or own is None:
            roots.append(None)
            continue
        # The archive's candidates come first (lower ids), then this batch's, as one query
        # over the flushed batch would return them, cut at the same limit.
        candidates: list[tuple[int, Root]] = [
            (other, (0, original_id or candidate_id))
            for candidate_id, other, original_id in archived[k]
        ]
        for j in sorted(_band_hits(earlier, own)):
            value_j = prints[j]
            assert value_j is not None
            candidates.append((value_j, roots[j] or (1, j)))
        roots.append(_nearest(value, candidates[:limit]))
        for i, band in enumerate(own):
            earlier[i].setdefault(band, []).append(k)
    return roots


def _band_hits(by_band: Sequence[dict[int, list[int]]], own: Sequence[int]) -> set[int]:
    """What `by_band` (band value -> positions, per band) holds within one bit of a band."""
    return {
        position
        for i, band in enumerate(own)
        for probe in fingerprint.probes(band)
        for position in by_band[i].get(probe, ())
    }


def _archived_candidates(
    session: Session, bands: Sequence[tuple[int, ...] | None]
) -> list[list[tuple[int, int, int | None]]]:
    """Each fingerprint's candidates among archived articles (by id, at most the limit)."""
    probes: list[set[int]] = [set() for _ in range(fingerprint.BANDS)]
    for own in bands:
        for i, band in enumerate(own or ()):
            probes[i].update(fingerprint.probes(band))
    limit = repository.NEAR_DUPLICATE_CANDIDATES
    rows = repository.band_candidates(session, probes, limit=limit * len(bands) + 1)
    if len(rows) > limit * len(bands):  # a crowded band: ask article by article
        return [
            list(repository.near_duplicate_candidates(session, own)) if own else [] for own in bands
        ]
    by_band: list[dict[int, list[int]]] = [{} for _ in range(fingerprint.BANDS)]
    for position, (_, _, _, row_bands) in enumerate(rows):
        for i, row_band in enumerate(row_bands):
            if row_band is not None:
                by_band[i].setdefault(row_band, []).append(position)
    result: list[list[tuple[int, int, int | None]]] = []
    for own in bands:
        if own is None:
            result.append([])
            continue
        hits = sorted(_band_hits(by_band, own))  # rows are in id order, so positions are too
        result.append([rows[p][:3] for p in hits[:limit]])
    return result


def _set_fingerprint(
    session: Session, article: Article, value: int | None, *, below_id: int | None = None
) -> None:
    article.fingerprint = value
    bands = fingerprint.bands(value) if value is not None else (None,) * fingerprint.BANDS
    (
        article.fingerprint_band0,
        article.fingerprint_band1,
        article.fingerprint_band2,
        article.fingerprint_band3,
    ) = bands
    article.duplicate_of_id = near_duplicate_of(session, value, below_id=below_id)


def get_article(session: Session, article_id: int) -> Article:
    article = repository.get(session, article_id)
    if article is None:
        raise NotFound(f"no article with id {article_id}")
    return article


def get_original(session: Session, article_id: int) -> Document:
    get_article(session, article_id)
    document = repository.latest_document(session, article_id)
    if document is None:
        raise NotFound(f"article {article_id} has no archived document")
    return document


def delete_article(session: Session, article_id: int) -> None:
    if not repository.delete_article(session, article_id):
        raise NotFound(f"no article with id {article_id}")


def to_out(session: Session, article: Article) -> ArticleOut:
    return ArticleOut(**_out_fields(session, article))


def to_ingest_out(session: Session, result: IngestResult) -> IngestOut:
    return IngestOut(**_out_fields(session, result.article), duplicate=result.duplicate)


def _out_fields(session: Session, article: Article) -> dict[str, Any]:
    document = repository.document_summary(session, article.id)
    quotes = [
        QuoteOut(
            id=q.id,
            speaker=SpeakerRef(id=q.speaker.id, name=q.speaker.name, kind=q.speaker.kind),
            speaker_name=q.speaker_name,
            speaker_titles=list(q.speaker_titles or []),
            text=q.text,
            direct=q.direct,
            cue=q.cue,
            start=q.start,
            end=q.end,
        )
        for q in article.quotes
    ]
    return {
        "id": article.id,
        "url": article.canonical_url,
        "title": article.title,
        "byline": article.byline,
        "source": article.source,
        "dateline_place": article.dateline_place,
        "published_at": article.published_at,
        "language": article.language,
        "script": article.script,
        "body": article.body,
        "duplicate_of_id": article.duplicate_of_id,
        "pipeline_version": article.pipeline_version,
        "created_at": article.created_at,
        "updated_at": article.updated_at,
        "document": DocumentOut.model_validate(document) if document else None,
        "quotes": quotes,
        "speakers": _speakers_of(article),
        "topics": [
            ArticleTopicOut(
                id=link.topic.id, term=link.topic.term, weight=link.weight, rank=link.rank
            )
            for link in article.topic_links
        ],
        "copies": [
            CopyOut(
                id=copy.id,
                source=copy.source,
                url=copy.canonical_url,
                title=copy.title,
                published_at=copy.published_at,
            )
            for copy in repository.copies_of(session, article)
        ],
    }


def _speakers_of(article: Article) -> list[ArticleSpeaker]:
    """Each speaker once, in order of first quote, with every title the article gives them."""
    titles: dict[int, list[str]] = defaultdict(list)
    counts: dict[int, int] = defaultdict(int)
    order: dict[int, Quote] = {}
    for quote in article.quotes:
        order.setdefault(quote.speaker_id, quote)
        counts[quote.speaker_id] += 1
        for title in quote.speaker_titles or []:
            if title not in titles[quote.speaker_id]:
                titles[quote.speaker_id].append(title)
    return [
        ArticleSpeaker(
            id=quote.speaker.id,
            name=quote.speaker.name,
            kind=quote.speaker.kind,
            titles=titles[speaker_id],
            quote_count=counts[speaker_id],
        )
        for speaker_id, quote in order.items()
    ]
