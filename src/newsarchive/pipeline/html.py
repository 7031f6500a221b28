"""Main text and metadata from HTML.

How the body is found (each step measured on the extraction dev set, see bench/extraction.py):
1. parse once with lxml; read metadata from the untouched tree;
2. prune the tree in its structure (pipeline/prune.py): comment threads and related / hot /
   ranking / recommendation lists (48小时点击排行, 频道推荐, 相关新闻 and the headline lists under
   them) go before any extractor sees the page — afterwards they can no longer be told from
   short paragraphs;
3. run trafilatura (precision mode) and readability-lxml on the pruned tree; when their texts
   agree, keep trafilatura's paragraphs that readability also found (readability is the more
   precise on Chinese bodies, trafilatura keeps paragraphs and subheadings better); when
   readability found much more of the same text, take readability's; otherwise trafilatura;
4. remove the title, header fields and any related block left at the end.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime
from typing import Any

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from newsarchive.pipeline import byline as bylines
from newsarchive.pipeline import dateline as datelines
from newsarchive.pipeline import dates, prune, textpage
from newsarchive.pipeline.model import Extracted, NoArticleError

log = logging.getLogger(__name__)

_PARSER = lxml.html.HTMLParser(
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
)
# Pages above this many characters are cut: no article needs more, and it bounds the time
# spent on a hostile page (a 5 MB single line parses in well under a second).
_MAX_CHARS = 6_000_000
# Nesting deeper than this is not a real page; the extractors recurse and would fail.
_MAX_DEPTH = 400

_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "br",
    ]
)
_SPACE = re.compile(r"\s+")
_NONWORD = re.compile(r"\W+")
_TITLE_SPLIT = re.compile(r"\s+[-|–—·:]\s+|\s*[_｜|]\s*|\s+-\s*|--")

_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publishtime",
    "publish_time",
    "published_time",
    "pubtime",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "date",
    "og:release_date",
    "release_date",
    "article.published",
    "weibo:article:create_at",
    "created",
)
_AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "dc.creator",
    "byl",
    "sailthru.author",
)


def _parse(text: str) -> HtmlElement | None:
    if len(text) > _MAX_CHARS:
        text = text[:_MAX_CHARS]
    if not text.strip():
        return None
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None
    return tree if isinstance(tree, HtmlElement) else None


def _too_deep(tree: HtmlElement) -> bool:
    depth = 0
    for event, _el in etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            depth += 1
            if depth > _MAX_DEPTH:
                return True
        else:
            depth -= 1
    return False


def block_lines(root: HtmlElement) -> list[str]:
    """The text of a subtree, one line per block element (p, div, li, h1-h6, br, ...)."""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            line = _SPACE.sub(" ", "".join(buf)).strip()
            if line:
                lines.append(line)
            buf.clear()

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCK:
                flush()
            if el.text and tag not in ("script", "style"):
                buf.append(el.text)
        else:
            if tag in _BLOCK:
                flush()
            if el.tail and el is not root:
                buf.append(el.tail)
    flush()
    return lines


def _meta(tree: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = m.get("content")
        if key and content and key not in found:
            found[key] = content.strip()
    return found


def _json_ld(tree: HtmlElement) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack and len(items) < 50:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(d)
            elif isinstance(d, dict):
                items.append(d)
                graph = d.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return items


def _ld_author(items: list[dict[str, Any]]) -> str | None:
    for d in items:
        author = d.get("author")
        if isinstance(author, list) and author:
            raw = [a.get("name") if isinstance(a, dict) else a for a in author]
            names = [n for n in raw if isinstance(n, str) and n.strip()]
            if names:
                return ", ".join(n.strip() for n in names[:4])
        if isinstance(author, dict) and isinstance(author.get("name"), str):
            return str(author["name"]).strip() or None
        if isinstance(author, str) and author.strip() and not author.startswith("http"):
            return author.strip()
    return None


def _clean_title(raw: str | None, h1s: list[str], site: str | None) -> str | None:
    if not raw:
        return h1s[0] if h1s else None
    raw = _SPACE.sub(" ", raw).strip()
    for h in h1s:
        if len(h) >= 4 and h in raw:
            return h
    parts = [p.strip() for p in _TITLE_SPLIT.split(raw) if p.strip()]
    if len(parts) > 1:
        if site:
            parts = [p for p in parts if p.lower() != site.lower()] or parts
        best = parts[0]
        if len(best) < 4:
            best = max(parts, key=len)
        return best
    return raw


def _is_chinese_page(tree: HtmlElement, title: str | None) -> bool:
    lang = (tree.get("lang") or tree.get("xml:lang") or "").lower()
    if lang.startswith("zh"):
        return True
    if (
        lang
        and not lang.startswith("zh")
        and lang[:2] in ("en", "fr", "de", "es", "pt", "ja", "ko")
    ):
        return False
    return bool(title and re.search(r"[\u4e00-\u9fff]", title))


class _Metadata:
    def __init__(self, tree: HtmlElement, url: str | None) -> None:
        meta = _meta(tree)
        ld = _json_ld(tree)
        self.site_name = meta.get("og:site_name") or meta.get("application-name")
        h1s = []
        for h in tree.iter("h1"):
            t = _SPACE.sub(" ", h.text_content()).strip()
            if t:
                h1s.append(t)
            if len(h1s) >= 3:
                break
        title_el = tree.find(".//title")
        page_title = title_el.text_content() if title_el is not None else None
        og_title = meta.get("og:title") or meta.get("twitter:title")
        self.title = _clean_title(og_title or page_title, h1s, self.site_name)
        if og_title and page_title and not any(h in (og_title or "") for h in h1s):
            self.title = _clean_title(og_title, h1s, self.site_name)
        self.chinese = _is_chinese_page(tree, self.title)
        self.tz = dates.BEIJING if self.chinese else dates.UTC

        self.published_at = self._date(meta, ld, tree)
        author = None
        for key in _AUTHOR_META:
            v = meta.get(key)
            if v and not v.startswith("http") and len(v) <= 80 and re.search(r"[^\W\d_]", v):
                author = v
                break
        found = _ld_author(ld) or author
        self.author = bylines.clean_author(found) if found else None
        canonical = None
        for link in tree.iter("link"):
            if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
                canonical = link.get("href")
                break
        self.canonical_url = canonical or meta.get("og:url") or None
        if self.canonical_url and not self.canonical_url.startswith("http"):
            self.canonical_url = None

    def _date(
        self, meta: dict[str, str], ld: list[dict[str, Any]], tree: HtmlElement
    ) -> datetime | None:
        candidates: list[str] = []
        for d in ld:
            v = d.get("datePublished") or d.get("dateCreated")
            if isinstance(v, str):
                candidates.append(v)
        candidates += [meta[k] for k in _DATE_META if k in meta]
        for t in tree.iter("time"):
            if t.get("datetime"):
                candidates.append(t.get("datetime") or "")
                break
        for c in candidates:
            when = dates.parse_iso(c, self.tz)
            if when and dates.plausible(when):
                return when
        return None


def _header_lines(tree: HtmlElement, title: str | None, first_body: str | None) -> list[str]:
    """Short lines between the title and the first body paragraph (dates, 来源, 作者)."""
    body = tree.find("body")
    lines = block_lines(body if body is not None else tree)
    start = 0
    if title:
        key = _NONWORD.sub("", title)[:20]
        for i, line in enumerate(lines):
            if key and key in _NONWORD.sub("", line) and len(line) <= len(title) + 40:
                start = i + 1
                break
    end = min(len(lines), start + 12)
    if first_body:
        head = first_body[:20]
        for i in range(start, min(len(lines), start + 40)):
            if head and lines[i].startswith(head):
                end = min(end, i)
                break
    return [line for line in lines[start:end] if len(line) <= 160]


def _in_text(line: str, haystack: str) -> bool:
    s = _NONWORD.sub("", line)
    if not s:
        return False
    if s in haystack:
        return True
    chunks = [s[i : i + 8] for i in range(0, max(1, len(s) - 7), 8)]
    return sum(1 for c in chunks if c in haystack) >= 0.6 * len(chunks)


def _trafilatura_lines(tree: HtmlElement, url: str | None) -> list[str]:
    import trafilatura

    try:
        text = trafilatura.extract(
            tree,
            url=url,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
            fast=True,
            deduplicate=False,
        )
    except (RecursionError, ValueError, TypeError, AttributeError) as exc:
        log.debug("trafilatura failed: %s", exc)
        return []
    return [line.strip() for line in (text or "").split("\n") if line.strip()]


def _readability_lines(tree: HtmlElement) -> list[str]:
    from readability import Document

    try:
        summary = Document(tree).summary(html_partial=True)
    except Exception as exc:  # readability raises its own Unparseable and lxml errors
        log.debug("readability failed: %s", exc)
        return []
    root = _parse(summary) if summary else None
    return block_lines(root) if root is not None else []


def _title_tokens(text: str) -> set[str]:
    """Words of three letters or more, and CJK character pairs."""
    text = text.lower()
    words = {w for w in re.findall(r"[^\W\d_]{3,}", text) if not _CJK_CHAR.match(w)}
    for run in _CJK_RUN.findall(text):
        words.update(run[i : i + 2] for i in range(len(run) - 1))
    return words


_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]{2,}")


def _about_title(lines: list[str], title_words: set[str]) -> float:
    if not title_words:
        return 0.0
    return len(title_words & _title_tokens(" ".join(lines)[:20_000])) / len(title_words)


def combine(
    t_lines: list[str],
    r_lines: list[str],
    title: str | None = None,
    quoted: str = "",
) -> list[str]:
    """Join the two extractors' views of the body (rules measured on the dev set).

    - readability found nothing worth having: trafilatura;
    - readability's text lies mostly within trafilatura's: keep trafilatura's paragraphs that
      readability also has (this drops the teasers and boilerplate around the body), and the
      long prose paragraphs between them; when readability's text is a small part of
      trafilatura's, it found one block only and is no filter (the title decides);
    - trafilatura's text lies mostly within readability's, which is larger: readability's;
    - they disagree and one is less than a quarter of the other: they found different
      things (a cookie notice, a teaser list, a copyright stub); take the one that speaks of
      the page's title, the longer on a tie;
    - otherwise trafilatura.
    """
    r_text = _NONWORD.sub("", "".join(r_lines))
    t_len = sum(len(_NONWORD.sub("", line)) for line in t_lines)
    r_len = len(r_text)
    if r_len < 50:
        return t_lines
    inside = [_in_text(line, r_text) for line in t_lines]
    kept_lines = [line for line, ok in zip(t_lines, inside, strict=True) if ok]
    kept = sum(len(_NONWORD.sub("", line)) for line in kept_lines)
    if kept >= 0.5 * r_len:
        if r_len < 0.15 * t_len:
            # readability kept one block of a much longer text (an intro, a summary box):
            # it is no filter then. Tuned on the dev set (wikihow-style step pages).
            return _about_title_choice(t_lines, kept_lines, title)
        return _with_interior_prose(t_lines, inside, quoted)
    if kept >= 0.7 * t_len:
        return r_lines
    # Tuned on the dev set's en pages (barrons, nbcnews, mashable, urdupoint disagreements).
    if t_len < 0.25 * r_len or r_len < 0.25 * t_len:
        t_about = _body_about_title(t_lines, title or "")
        r_about = _body_about_title(r_lines, title or "")
        if abs(t_about - r_about) > 0.1:
            return t_lines if t_about > r_about else r_lines
        return t_lines if t_len >= r_len else r_lines
    return t_lines


def _about_title_choice(t_lines: list[str], r_lines: list[str], title: str | None) -> list[str]:
    t_about = _body_about_title(t_lines, title or "")
    r_about = _body_about_title(r_lines, title or "")
    if abs(t_about - r_about) > 0.1:
        return t_lines if t_about > r_about else r_lines
    return t_lines


# A paragraph of running text this long (CJK counted three times) inside the stretch both
# extractors agree on is body even when readability dropped it. Tuned on the dev set.
_INTERIOR_PROSE = 150
_SENTENCE_END = re.compile(r"[.。!?！？\"”’）)]$")


def _with_interior_prose(t_lines: list[str], inside: list[bool], quoted: str = "") -> list[str]:
    """trafilatura's lines that readability confirmed, plus long prose lines between them,
    plus the lines of quoted blocks (embedded posts: readability drops blockquotes)."""
    confirmed = [i for i, ok in enumerate(inside) if ok]
    first, last = confirmed[0], confirmed[-1]
    return [
        line
        for i, (line, ok) in enumerate(zip(t_lines, inside, strict=True))
        if ok
        or (first < i and quoted and _in_text(line, quoted))
        or (i < first and _opens_with_dateline(line))
        or (
            first < i < last
            and not line.startswith(("- ", "| "))  # list items and table rows are not prose
            and prune.weighted_len(line) >= _INTERIOR_PROSE
            and _SENTENCE_END.search(line)
        )
    ]


# "(CNN)President …", "Hong Kong (CNN Business)A muddled …": a news agency's credit in
# parentheses opening the lead, as the agency datelines do.
_AGENCY_LEAD = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*)?\([A-Z]{2,}(?:\s+[A-Z][a-z]+)?\)"
    r"(?:\s*[-–—]\s*|(?=[A-Z\"“]))"
)


def _opens_with_dateline(line: str) -> bool:
    """A lead paragraph that readability left out: it opens with a dateline."""
    return bool(_AGENCY_LEAD.match(line) or datelines.parse(line))


def _quoted_text(tree: HtmlElement) -> str:
    """The words of the page's blockquotes (embedded posts, quoted passages), run together."""
    return "".join(_NONWORD.sub("", bq.text_content()) for bq in tree.iter("blockquote"))


def _title_anchored_lines(tree: HtmlElement, title: str | None) -> list[str]:
    """The text of the smallest block around the title heading that holds some prose.

    A fallback for pages whose article is short beside a long feed of other stories: both
    extractors then pick the feed, while the article sits next to its own heading.
    """
    if not title or len(title) < 4:
        return []
    key = _NONWORD.sub("", title)
    heading = None
    for el in tree.iter("h1", "h2"):
        text = _NONWORD.sub("", el.text_content())
        if text and (text == key or (len(text) >= 6 and (text in key or key in text))):
            heading = el
            break
    if heading is None:
        return []
    need = prune.weighted_len(title) * 3 + 150
    node = heading.getparent()
    while node is not None and node.tag not in ("body", "html"):
        text = node.text_content()
        n = len(_NONWORD.sub("", text))
        if prune.weighted_len(text) >= need and n and prune._link_len(node) < 0.3 * n:
            return block_lines(node)
        node = node.getparent()
    return []


def _body_about_title(lines: list[str], title: str) -> float:
    """How much of the title the text speaks of, not counting a line that is the title."""
    key = _NONWORD.sub("", title)
    rest = [line for line in lines if _NONWORD.sub("", line) != key]
    return _about_title(rest, _title_tokens(title))


def _prefer_title_anchored(lines: list[str], anchored: list[str], title: str | None) -> list[str]:
    """Use the block around the title when the extracted text is not about the title at all.

    Tuned on the dev set: an article body shares at least a quarter of its title's words
    (or CJK character pairs); a feed of other stories shares almost none.
    """
    if not title or not anchored or len(_title_tokens(title)) < 3:
        return lines
    current = _body_about_title(lines, title)
    if current >= 0.25:
        return lines
    if _body_about_title(anchored, title) >= current + 0.3:
        return anchored
    return lines


def _strip_head(lines: list[str], title: str | None) -> list[str]:
    """Drop the title and header field lines (date, 来源, 作者) before the first paragraph."""
    key = _NONWORD.sub("", title or "")
    i = 0
    while i < len(lines) and i < 6:
        line = lines[i]
        bare = _NONWORD.sub("", line)
        if key and bare and (bare == key or (len(bare) >= 8 and bare in key)):
            i += 1
            continue
        if len(line) <= 100 and (
            textpage._DATE_LINE.match(line) or (bylines.is_byline_line(line) and i + 1 < len(lines))
        ):
            i += 1
            continue
        break
    return lines[i:]


def extract_html(text: str, url: str | None = None) -> Extracted:
    tree = _parse(text)
    if tree is None:
        raise NoArticleError()
    if _too_deep(tree):
        raise NoArticleError(
            "no article text found (the page is nested too deeply to be an article)"
        )
    meta = _Metadata(tree, url)

    prune.prune(tree)
    t_lines = _trafilatura_lines(tree, url)
    header_tree_lines = _header_lines(tree, meta.title, t_lines[0] if t_lines else None)
    anchored = _title_anchored_lines(tree, meta.title)
    quoted = _quoted_text(tree)
    r_lines = _readability_lines(tree)  # last: readability mutates the tree
    lines = combine(t_lines, r_lines, meta.title, quoted)
    lines = _prefer_title_anchored(lines, anchored, meta.title)
    lines = [line for line in lines if len(line) <= textpage.MAX_PARAGRAPH]
    lines = _strip_head(lines, meta.title)
    cut = textpage.trailing_noise_start(lines, meta.title)
    lines = textpage.drop_boilerplate(textpage.drop_inline_related(lines[:cut]))

    return textpage.build_extracted(
        lines,
        title=meta.title,
        header=header_tree_lines,
        chinese_default=meta.chinese,
        published_at=meta.published_at,
        author=meta.author,
        source=meta.site_name,
        canonical_url=meta.canonical_url,
        site_name=meta.site_name,
    )
