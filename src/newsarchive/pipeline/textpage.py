"""Raw scraped text (the seed page is the model).

Shape of such a page: header lines (title, account / byline, timestamp, counters such as a
lone `0`), the body with its subheadings, then trailing blocks (相关内容, 热门资讯, 推荐阅读,
Related, Most read, ...) made of short teaser items cut off with `...` / `…`.

The trailing blocks are recognised by their structure — a run of teasers and short
non-sentence lines reaching to the end of the page — and by their headings; a teaser that
repeats the article's own title is part of the noise.
"""

from __future__ import annotations

import re
from datetime import datetime

from newsarchive.pipeline import byline as bylines
from newsarchive.pipeline import dateline as datelines
from newsarchive.pipeline import dates
from newsarchive.pipeline.model import Extracted, NoArticleError
from newsarchive.pipeline.prune import is_related_heading, weighted_len

_ELLIPSIS_END = re.compile(r"(?:\.{3,}|…+|。。。)\s*$")
_ELLIPSIS_MID = re.compile(r"(?:\.{3,}|…+)\s+\S")
_SENTENCE_END = re.compile(r"[。！？!?；;.…”’\"」』）)]\s*$")
_COUNTER = re.compile(
    r"^[\d,.\s万千kKwW+]*(?:阅读|浏览|点赞|评论|赞|收藏|分享|views?|likes?|comments?)?$"
)
_DATE_LINE = re.compile(
    r"^(?:(?:发布|发表|更新|时间|日期|Published|Updated|Posted)[^\d]{0,6})?"
    r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    r"[^。！？!?]{0,40}$"
)
# A "paragraph" longer than this is not prose someone wrote (a dumped blob, a 5 MB single
# line); the longest paragraphs on the dev pages are a few thousand characters.
MAX_PARAGRAPH = 50_000
# An article body longer than this is not one article (the longest dev-set article is about
# 40,000 characters); refusing it bounds the time the later stages spend on hostile input.
MAX_BODY = 300_000
MAX_LINES = 20_000
_LOOKS_HTML = re.compile(
    r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE
)

# Lines longer than this (weighted: a CJK character counts three) are running text, not a
# header field or a headline. Tuned on the seed page and the zh dev pages' header blocks.
_SHORT = 90


def is_teaser(line: str) -> bool:
    """A teaser item: a headline and/or summary cut off with ... / …."""
    return bool(_ELLIPSIS_END.search(line) or _ELLIPSIS_MID.search(line))


def is_heading_noise(line: str) -> bool:
    return len(line) <= 40 and is_related_heading(line)


def _short_non_sentence(line: str) -> bool:
    return weighted_len(line) <= _SHORT and not _SENTENCE_END.search(line)


def trailing_noise_start(lines: list[str], title: str | None = None) -> int:
    """Index where the trailing related/hot blocks start (len(lines) when there are none).

    The zone is the longest suffix made only of related headings, teasers and short
    non-sentence lines; it counts as noise when it holds a related heading or two teasers.
    """
    start = len(lines)
    teasers = headings = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if is_heading_noise(line):
            headings += 1
        elif is_teaser(line) or _repeats_title(line, title):
            teasers += 1
        elif _short_non_sentence(line) and not bylines.is_byline_line(line):
            pass
        else:
            break
        start = i
    if headings or teasers >= 2:
        # Keep the short lines that precede the first heading/teaser of the zone (a last
        # short paragraph of the article, 编辑 lines are handled above).
        while start < len(lines) and not (
            is_heading_noise(lines[start])
            or is_teaser(lines[start])
            or _repeats_title(lines[start], title)
            or _followed_by_noise(lines, start)
        ):
            start += 1
        return start
    return len(lines)


def _followed_by_noise(lines: list[str], i: int) -> bool:
    """A short headline directly followed by teasers belongs to the list."""
    return i + 1 < len(lines) and (is_teaser(lines[i + 1]) or is_heading_noise(lines[i + 1]))


def _repeats_title(line: str, title: str | None) -> bool:
    if not title or len(title) < 6:
        return False
    head = re.sub(r"(?:\.{3,}|…+)", "", line[: len(title) + 4]).strip()
    return (
        len(head) >= 6
        and title.startswith(head[: min(len(head), len(title))][:12])
        and (is_teaser(line) or line.strip() == title.strip())
    )


def drop_inline_related(lines: list[str]) -> list[str]:
    """Remove a related heading in the body and the headline lines right after it."""
    out: list[str] = []
    skipping = False
    for line in lines:
        if is_heading_noise(line):
            skipping = True
            continue
        if skipping and (is_teaser(line) or _short_non_sentence(line)):
            continue
        skipping = False
        out.append(line)
    return out


_SHARE_LABEL = re.compile(
    r"^(?:分享(?:到|至)?[:：]?|分享让更多人看到|一键分享|"
    r"Share(?: this| on \w+)?(?: article| story| post)?)$",
    re.IGNORECASE,
)
_AD_LABEL = re.compile(
    r"^(?:广告|推广|赞助|Advertisement|ADVERTISEMENT|Sponsored|Ad)$|^广告.{0,60}$"
)
_REPRINT = re.compile(
    r"(?:转载请注明|本文链接|原文链接|原文地址|文章来源地址)\s*[:：]?.{0,20}https?://"
)
_DISCLAIMER = re.compile(
    r"^(?:特别声明|免责声明|版权声明|Notice: The content above|Disclaimer)\s*[:：]?", re.IGNORECASE
)


# Page chrome that extractors pick up as lines of their own: buttons and labels.
_CHROME = re.compile(
    r"^(?:举报|播报文章|目录|收起|展开(?:全文)?|打开APP|阅读全文|查看全文|返回顶部|点击查看|"
    r"(?:责任)?编辑\s*[:：]|来源\s*[:：]|"
    r"listen to (?:this )?(?:article|story).{0,20}|\d+\s*min(?:ute)?s?\s+read|"
    r"reading time\b.{0,20}|tempo de leitura\b.{0,20}|阅读时长.{0,10}|"
    r"(?:this )?(?:tweet|post) (?:may have been deleted|is unavailable)\.?)$",
    re.IGNORECASE,
)
_WORDLESS = re.compile(r"^[^\w]*$")
# A link to another story set in the body: "READ MORE: <headline>", "Czytaj też: …",
# "Also on rt.com <headline>". With its colon only: "Read more in her review" is prose.
_LINK_PROMPT = re.compile(
    r"^(?:(?:read|see)\s+(?:more|also)|also\s+read|czytaj\s+(?:też|także)|"
    r"zobacz\s+(?:też|także|wideo)|lesen\s+sie\s+auch|lire\s+aussi|leia\s+também|"
    r"lee\s+también)\s*[:：]\s*\S|^also\s+on\s+[\w-]+\.[a-z]{2,}\s+\S|"
    r"^like\s+this\s+(?:story|article|post)\?\s+share\b",
    re.IGNORECASE,
)
# Closing notices: newsletter sign-ups, reprint and copyright lines.
_CLOSING = re.compile(
    r"^(?:sign up\b|subscribe\b|get more .{0,40}delivered)|"
    r"(?:sign up|subscribe).{0,60}(?:newsletter|inbox|email)|"
    r"(?:未经|未获).{0,12}授权.{0,12}(?:转载|使用|复制)|转载.{0,8}注明出处|版权所有|"
    r"all rights reserved|copyright\s*(?:©|\(c\))",
    re.IGNORECASE,
)


def drop_boilerplate(lines: list[str]) -> list[str]:
    """Ad and share labels, page chrome, reprint / copyright / sign-up lines closing the page,
    and a platform disclaimer at the end."""
    out = [
        line
        for line in lines
        if not (
            _AD_LABEL.match(line)
            or _REPRINT.search(line)
            or _SHARE_LABEL.match(line)
            or _WORDLESS.match(line)
            or (len(line) <= 40 and _CHROME.match(line))
            or (len(line) <= 200 and _LINK_PROMPT.match(line))
        )
    ]
    while out and (
        _DISCLAIMER.match(out[-1]) or (len(out[-1]) <= 200 and _CLOSING.search(out[-1]))
    ):
        out.pop()
    # A disclaimer followed only by its own translation or short lines.
    for i in range(max(0, len(out) - 3), len(out)):
        if _DISCLAIMER.match(out[i]):
            return out[:i]
    return out


def _is_header_line(line: str) -> bool:
    if _COUNTER.match(line) or _DATE_LINE.match(line):
        return True
    if datelines.parse(line):
        return False
    return weighted_len(line) <= 60 and not _SENTENCE_END.search(line)


# A line that carries on the sentence of the line before: it opens with a comma (or another
# mark that cannot start a sentence) or with a lower-case word ("iPhone" is not one).
_CONTINUATION = re.compile(r"^(?:[,，;；:：)）]|[a-z]+(?:['’-][a-z]+)*\b(?![’'-]?[A-Z]))")


def _continues(line: str) -> bool:
    if _short_non_sentence(line) and (
        re.match(r"by\s+[A-Z]", line) or _COUNTER.match(line) or _DATE_LINE.match(line)
    ):
        return False  # a lower-case header field: "by Jane Smith", "3 comments"
    return bool(_CONTINUATION.match(line))


def _join(first: str, second: str) -> str:
    return first + second if re.match(r"[,，;；:：)）]", second) else f"{first} {second}"


def _is_lead(line: str) -> bool:
    """A first line that opens with a dateline is the lead paragraph, not a title.

    A dateline naming an agency or a place (中新网北京3月11日电, BEIJING, March 11 (Reuters) -)
    always opens the story; one made only of a date ("Aug. 8, 2023 -- Many …") does when the
    line is long and ends as a sentence.
    """
    dl = datelines.parse(line)
    if dl is None:
        return False
    if dl.source or dl.place:
        return True
    return weighted_len(line) > _SHORT and line.rstrip().endswith(".")


# A first line ending as a sentence ("… launched the service." / "…举行了表彰大会。") and as
# long as a paragraph is the lead of a body pasted without its headline: headlines do not
# close with a full stop.
_FULL_STOP_END = re.compile(r"(?<![.…])[.。][”’\"」]?$")


def _is_untitled_lead(line: str) -> bool:
    return weighted_len(line) > _SHORT and bool(_FULL_STOP_END.search(line.rstrip()))


def extract_text(text: str) -> Extracted:
    if _LOOKS_HTML.match(text[:2000]):
        # Saved HTML sent as "text": read it as the page it is.
        from newsarchive.pipeline.html import extract_html

        return extract_html(text)
    lines = [
        re.sub(r"\s+", " ", line).strip()
        for line in text.splitlines()
        if len(line) <= MAX_PARAGRAPH
    ]
    lines = [line for line in lines if line]
    if not lines:
        return Extracted(paragraphs=[])
    if len(lines) > MAX_LINES:
        raise NoArticleError(
            f"no article text found ({len(lines)} lines of text are not one article)"
        )

    broken = len(lines) > 1 and _continues(lines[1])
    if broken:
        # The first line is the start of a sentence broken across lines, not a title.
        lines[:2] = [_join(lines[0], lines[1])]
    title: str | None = None
    if (
        not broken
        and len(lines) > 1
        and weighted_len(lines[0]) <= 200
        and not _is_lead(lines[0])
        and not _is_untitled_lead(lines[0])
    ):
        title = lines[0]
        rest = lines[1:]
    else:
        rest = lines

    header: list[str] = []
    while rest and len(header) < 8 and _is_header_line(rest[0]) and len(rest) > 1:
        header.append(rest.pop(0))

    cut = trailing_noise_start(rest, title)
    body = drop_boilerplate(drop_inline_related(rest[:cut]))
    if title:
        body = [line for line in body if not _repeats_title(line, title)]

    return build_extracted(body, title=title, header=header, chinese_default=True)


# A lone header line that is only a role or account-type word: a label of the page's
# account layout, not a person.
_ROLE_LABEL = re.compile(
    r"^(?:本站|本网|网站|平台)?(?:联合)?(?:创始人|创办人|管理员|超级管理员|站长|版主|楼主|小编|"
    r"编辑|主编|作者|记者|通讯员|撰稿人|网友|用户|注册用户|游客|匿名(?:用户)?|官方|认证用户|"
    r"会员|博主|up主|UP主)$|"
    r"^(?:the\s+)?(?:admin(?:istrator)?|editor|editors|author|staff|staff\s+writer|"
    r"contributor|guest(?:\s+author)?|anonymous|moderator|(?:co-?)?founder|user|member)$",
    re.IGNORECASE,
)
_MEDIA_NAME = re.compile(
    r"^[\u4e00-\u9fff]{2,10}(?:新闻|日报|晚报|早报|时报|商报|报|网|社|电视台|台|周刊|杂志|客户端)$"
)
# 本报讯 / 本网讯 name "this paper", not a source worth storing.
_SELF_SOURCES = frozenset(("本报", "本网", "本台", "本刊", "本站"))


def _better_date(current: datetime | None, visible: datetime) -> bool:
    """Take a visible header date when there is none, or when it adds the time of day."""
    if current is None:
        return True
    midnight = (current.hour, current.minute, current.second) == (0, 0, 0)
    return midnight and current.date() == visible.date() and bool(visible.hour or visible.minute)


def build_extracted(
    body: list[str],
    *,
    title: str | None,
    header: list[str],
    chinese_default: bool,
    published_at: datetime | None = None,
    author: str | None = None,
    source: str | None = None,
    canonical_url: str | None = None,
    site_name: str | None = None,
) -> Extracted:
    """Metadata from header lines, the dateline and the body; shared with html.py."""
    size = sum(len(p) for p in body)
    if size > MAX_BODY:
        raise NoArticleError(f"no article text found ({size} characters are not one article)")
    # The dateline opens the story, sometimes after a photo caption or two.
    dl = next((d for d in map(datelines.parse, body[:3]) if d is not None), None)
    is_zh = chinese_default and bool(
        re.search(r"[\u4e00-\u9fff]", "".join(body[:3]) + (title or ""))
    )
    tz = dates.BEIJING if is_zh else dates.UTC

    field_source: str | None = None
    for line in header:
        b = bylines.parse(line)
        author = author or b.author
        field_source = field_source or b.source
        if re.search(r"(?:19|20)\d\d", line):
            when = dates.parse_visible(line, tz)
            if when and dates.plausible(when) and _better_date(published_at, when):
                published_at = when
    if author and _MEDIA_NAME.search(author) and not re.search(r"记者|[A-Za-z]\s[A-Za-z]", author):
        # A page's "author" that is a news outlet (每日经济新闻) is its source.
        source = source or author
        author = None
    if author is None and dl and dl.reporters:
        author = datelines.reporter_names(dl.reporters)
    if author is None:
        for line in body[-3:]:
            b = bylines.parse(line)
            if b.author:
                author = b.author
                break
    if author is None:
        # An account name standing alone under the title (WeChat / portal repost style); a
        # role or account-type label standing alone (创始人, 管理员, Staff) names nobody.
        for line in header:
            if (
                2 <= len(line) <= 20
                and not re.search(r"\d", line)
                and not bylines.parse(line).source
                and not is_heading_noise(line)
                and not _ROLE_LABEL.match(line)
            ):
                author = line
                break

    if published_at is None and dl and dl.month and dl.day:
        year = dl.year
        if year is not None:
            try:
                published_at = datetime(year, dl.month, dl.day, tzinfo=tz)
            except ValueError:
                published_at = None

    agency = dl.source if dl and dl.source not in _SELF_SOURCES else None
    return Extracted(
        paragraphs=body,
        title=title,
        byline=author,
        source=agency or field_source or source or (dl.source if dl else None),
        dateline_place=dl.place if dl else None,
        published_at=published_at,
        canonical_url=canonical_url,
        site_name=site_name,
    )
