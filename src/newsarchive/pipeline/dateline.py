"""Datelines: 中新网北京3月11日电, 新华社北京3月11日电（记者 张三）, BEIJING, March 11 (Reuters) -

Each is parsed into the agency / source and the place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsarchive.pipeline.prune import simplify

# Source, then an optional place, then the date and 电/讯. The source ends with a typical
# media suffix; the lazy match makes 中新网北京 split as 中新网 + 北京.
_ZH = re.compile(
    r"^\s*[（(【\[]?\s*(?P<src>[\u4e00-\u9fffA-Za-z·]{1,14}?"
    r"(?:通讯社|社|网|报|台|新闻|客户端|日报|晚报|周刊|消息))"
    r"\s*(?P<place>[\u4e00-\u9fff·]{2,8}?)?\s*"
    r"(?:(?P<year>(?:19|20)\d\d)年)?(?P<mon>\d{1,2})月(?P<day>\d{1,2})日\s*(?:电|讯|消息)"
    r"\s*(?:[（(]\s*(?P<who>[^）)]{1,60})[）)])?"
)
# 本报讯（记者 张三）/ 央视网消息：no place, no date.
_ZH_NEWS = re.compile(
    r"^\s*(?P<src>[\u4e00-\u9fffA-Za-z·]{1,14}?(?:通讯社|社|网|报|台|新闻|客户端))"
    r"(?:讯|消息)\s*(?:[（(]\s*(?P<who>[^）)]{1,60})[）)])?"
)
_EN = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z\u00c0-\u00de.'/\- ]{1,40}?"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*\((?P<agency>[A-Z][A-Za-z.&\- ]{0,30}?)\)\s*[-–—:]"
)
# A dateline that opens with the date: "Aug. 8, 2023 -- Many …", "March 11 (AP) — …", with an
# optional all-capitals place before it ("LONDON, Aug. 8 -- …").
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_EN_DATE = re.compile(
    r"^\s*(?:(?P<place>[A-Z][A-Z\u00c0-\u00de.'/\- ]{1,40}?),\s*)?"
    rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>(?:19|20)\d\d))?"
    r"\s*(?:\((?P<agency>[A-Z][A-Za-z.&\- ]{0,30}?)\)\s*)?\s*(?:--|—|\s[-–])\s*\S"
)
_EN_DATE_IN = re.compile(rf"^{_MONTH}\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>(?:19|20)\d\d))?$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_REPORTER = re.compile(r"^(?:记者|通讯员|实习生|特约记者|见习记者)\s*[:：]?\s*")


@dataclass(frozen=True)
class Dateline:
    source: str | None
    place: str | None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    reporters: str | None = None  # as written: 记者 张三 李四


def parse(paragraph: str) -> Dateline | None:
    """The dateline at the start of a body paragraph, if there is one."""
    original = paragraph[:160]
    head = simplify(original)
    m = _ZH.match(head)
    if m:
        who = _span(original, m, "who")
        return Dateline(
            source=_span(original, m, "src"),
            place=_span(original, m, "place"),
            month=int(m.group("mon")),
            day=int(m.group("day")),
            year=int(m.group("year")) if m.group("year") else None,
            reporters=who.strip() if who and _REPORTER.match(simplify(who.strip())) else None,
        )
    n = _ZH_NEWS.match(head)
    if n:
        who = _span(original, n, "who")
        return Dateline(
            source=_span(original, n, "src"),
            place=None,
            reporters=who.strip() if who and _REPORTER.match(simplify(who.strip())) else None,
        )
    e = _EN.match(head)
    if e:
        place = e.group("place").strip().rstrip(",")
        d = _EN_DATE_IN.match(e.group("date") or "")
        return Dateline(
            source=e.group("agency").strip(),
            place=place.title() if place else None,
            month=_month(d),
            day=int(d.group("day")) if d else None,
            year=int(d.group("year")) if d and d.group("year") else None,
        )
    t = _EN_DATE.match(head)
    if t:
        place = (t.group("place") or "").strip()
        agency = t.group("agency")
        return Dateline(
            source=agency.strip() if agency else None,
            place=place.title() or None,
            month=_month(t),
            day=int(t.group("day")),
            year=int(t.group("year")) if t.group("year") else None,
        )
    return None


def _month(m: re.Match[str] | None) -> int | None:
    return _MONTHS.index(m.group("month")[:3].lower()) + 1 if m else None


def _span(original: str, m: re.Match[str], group: str) -> str | None:
    start, end = m.span(group)
    return original[start:end] or None if start >= 0 else None


def reporter_names(reporters: str) -> str:
    """记者 张三 李四 -> 张三 李四."""
    m = _REPORTER.match(simplify(reporters))
    return reporters[m.end() :].strip() if m else reporters.strip()
