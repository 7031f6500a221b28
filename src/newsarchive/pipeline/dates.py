"""Publication dates: machine-readable (ISO 8601) and visible.

Visible forms: 2026年3月11日 19:02, 2026-03-11 19:02:23, March 11, 2026.

A date without a zone is given one: Beijing time (+08:00) for a Chinese source, otherwise UTC
is *not* assumed — the caller decides by passing `default_tz` (None leaves a naive date out).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo

__all__ = ["BEIJING", "UTC", "parse_iso", "parse_visible", "plausible"]

BEIJING = timezone(timedelta(hours=8), "CST")

_ISO = re.compile(
    r"(?P<y>(?:19|20)\d\d)-(?P<m>\d\d?)-(?P<d>\d\d?)"
    r"(?:[T\s]+(?P<H>\d\d?):(?P<M>\d\d)(?::(?P<S>\d\d)(?:\.\d+)?)?)?"
    r"\s*(?P<tz>Z|[+-]\d\d:?\d\d)?"
)
# Visible dates in Chinese and numeric forms; time optional.
_VISIBLE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*(?:年|[-/.])\s*(?P<m>\d{1,2})\s*(?:月|[-/.])\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?:[T\s]|日)?\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?)?"
)
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_EN_DATE = re.compile(
    r"\b(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)"
    r"(?:[\s,]+(?:at\s+)?(?P<H>\d{1,2}):(?P<M>\d\d)\s*(?P<ampm>[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)


def _tz(text: str | None) -> tzinfo | None:
    if not text:
        return None
    if text == "Z":
        return UTC
    sign = 1 if text[0] == "+" else -1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def _build(
    y: str, m: str, d: str, hh: str | None, mm: str | None, ss: str | None, tz: tzinfo | None
) -> datetime | None:
    try:
        return datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0), tzinfo=tz)
    except ValueError:
        return None


def parse_iso(text: str, default_tz: tzinfo | None = None) -> datetime | None:
    """An ISO-8601-ish timestamp (as found in meta tags and JSON-LD)."""
    m = _ISO.search(text.strip())
    if not m:
        return parse_visible(text, default_tz)
    tz = _tz(m.group("tz")) or default_tz
    if tz is None:
        return None
    return _build(m["y"], m["m"], m["d"], m["H"], m["M"], m["S"], tz)


def parse_visible(text: str, default_tz: tzinfo | None) -> datetime | None:
    """The first visible date in text: 2026年3月11日 19:02, 2026-03-11 19:02:23, March 11, 2026."""
    if default_tz is None:
        return None
    m = _VISIBLE.search(text)
    if m:
        return _build(m["y"], m["m"], m["d"], m["H"], m["M"], m["S"], default_tz)
    e = _EN_DATE.search(text)
    if e:
        hour = int(e["H"]) if e["H"] else 0
        ampm = (e["ampm"] or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        return _build(
            e["y"],
            str(_MONTHS[e["mon"].lower().rstrip(".")]),
            e["d"],
            str(hour),
            e["M"],
            None,
            default_tz,
        )
    return None


def plausible(when: datetime) -> bool:
    """A news date: not before the web, not absurdly far ahead (no clock: the pipeline is pure)."""
    return datetime(1995, 1, 1, tzinfo=UTC) <= when <= datetime(2100, 1, 1, tzinfo=UTC)
