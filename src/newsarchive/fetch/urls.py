"""URL handling for the fetcher: validation of what may be fetched, and canonical URLs.

`check_fetch_url` decides whether a URL is acceptable to fetch at all (scheme, credentials,
a well-formed host); the address policy in `guard.py` decides whether its host may be
reached. `canonical_url` is a pure function used for deduplication only; it is never used to
decide what to fetch.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import SplitResult, urlsplit, urlunsplit

import httpx
import idna

from newsarchive.errors import BadRequest

ALLOWED_SCHEMES = frozenset({"http", "https"})
DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_URL_LENGTH = 8192

# Query parameters that identify a campaign, a click or a share rather than a page. Removed
# by `canonical_url` so that the same article reached from different places deduplicates.
# Matched case-insensitively; every parameter whose name starts with "utm_" is removed too.
# Deliberately absent: generic names that sites also use for content ("id", "p", "page",
# "ref", "source"), because dropping one of those could merge two different articles.
TRACKING_PARAM_PREFIXES: tuple[str, ...] = ("utm_",)
TRACKING_PARAMS: frozenset[str] = frozenset(
    {
        # ad and click identifiers (Google, Microsoft, Meta, X, TikTok, LinkedIn, Yandex)
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "twclid",
        "ttclid", "li_fat_id", "yclid", "igshid", "igsh", "_gl", "_ga",
        # e-mail and marketing automation (Mailchimp, HubSpot, Marketo, Vero, Omeda)
        "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "vero_id", "vero_conv",
        "oly_anon_id", "oly_enc_id", "rb_clickid", "s_cid", "wt.mc_id", "cmpid",
        # Chinese portals and apps: Alibaba "spm"/"scm" click paths, share and app markers
        "spm", "scm", "from", "isappinstalled", "wfr", "tt_from", "share_source",
        "share_medium", "share_plat", "share_tag", "share_session_id", "sharer_shareid",
        "sharer_sharetime", "timestamp_share",
    }
)  # fmt: skip

_HOSTNAME_RE = re.compile(r"^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_-]{1,63})*$")
_CONTROL_OR_SPACE_RE = re.compile(r"[\x00-\x20\x7f]")
_PERCENT_RE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# Characters left as they are in a path or query component (RFC 3986 reserved + "%").
_SAFE_IN_COMPONENT = frozenset("!$&'()*+,;=:@/?%") | _UNRESERVED


def is_tracking_param(name: str) -> bool:
    key = name.strip().lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PARAM_PREFIXES)


def normalise_hostname(host: str) -> str:
    """Lower-case, strip the trailing dot and IDNA-encode a host name (IP literals as is)."""
    host = host.strip().rstrip(".").lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    if host.isascii():
        return host
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise BadRequest(f"malformed URL: host {host!r} is not a valid domain name") from exc


def check_fetch_url(url: str, *, what: str = "URL") -> httpx.URL:
    """Parse a URL that is about to be fetched; raise BadRequest when it cannot be.

    Checks the form only: http/https, no credentials, a host that is an IP literal or a
    syntactically valid (IDNA) host name, a valid port. Whether the host may be reached is
    the address policy's business. The fragment is dropped (it is never sent).
    """
    if not isinstance(url, str) or not url.strip():
        raise BadRequest(f"malformed {what}: empty")
    url = url.strip()
    if len(url) > MAX_URL_LENGTH:
        raise BadRequest(f"malformed {what}: longer than {MAX_URL_LENGTH} characters")
    if _CONTROL_OR_SPACE_RE.search(url):
        raise BadRequest(f"malformed {what}: contains spaces or control characters")
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if not scheme or not re.fullmatch(r"[a-z][a-z0-9+.-]*", scheme):
        raise BadRequest(f"malformed {what}: no scheme (expected http:// or https://)")
    if scheme not in ALLOWED_SCHEMES:
        raise BadRequest(f"unsupported scheme {scheme!r} in {what}: only http and https")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as exc:
        raise BadRequest(f"malformed {what}: {exc}") from exc
    if parsed.userinfo:
        raise BadRequest(f"{what} contains credentials (user:password@); they are not allowed")
    raw_host = parsed.raw_host.decode("ascii", errors="replace").lower()
    if not raw_host:
        raise BadRequest(f"malformed {what}: no host")
    host = raw_host.rstrip(".")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if not _HOSTNAME_RE.match(host):
            raise BadRequest(f"malformed {what}: invalid host {parsed.host!r}") from None
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise BadRequest(f"malformed {what}: invalid port {parsed.port}")
    if parsed.fragment:
        parsed = parsed.copy_with(fragment=None)
    return parsed


def canonical_url(url: str) -> str:
    """The canonical form of a URL, for deduplication (pure: no network).

    - scheme and host lower-cased, host IDNA-encoded (punycode), trailing dot removed;
      IPv6 literals in their compressed form
    - default ports (80 for http, 443 for https) removed; credentials removed
    - percent-escapes normalised (upper-case hex, unreserved characters decoded, non-ASCII
      characters encoded as UTF-8); "." and ".." path segments resolved; empty path -> "/"
    - fragment removed
    - tracking parameters removed (`utm_*` and `TRACKING_PARAMS`), the remaining parameters
      sorted by name then value (parameters with the same name keep no relative order)

    Raises BadRequest for a URL without scheme or host.
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise BadRequest(f"malformed URL: {exc}") from exc
    scheme = parts.scheme.lower()
    if not scheme or not parts.hostname:
        raise BadRequest("malformed URL: a canonical URL needs a scheme and a host")
    host = normalise_hostname(parts.hostname)
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None or DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    path = _remove_dot_segments(_normalise_escapes(parts.path)) or "/"
    query = _canonical_query(parts.query)
    return urlunsplit(SplitResult(scheme, netloc, path, query, ""))


def _normalise_escapes(component: str) -> str:
    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else f"%{match.group(1).upper()}"

    component = _PERCENT_RE.sub(fix, component)
    out: list[str] = []
    for char in component:
        if char in _SAFE_IN_COMPONENT:
            out.append(char)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8"))
    text = "".join(out)
    # a "%" not followed by two hex digits is a literal percent sign
    return re.sub(r"%(?![0-9A-F]{2})", "%25", text)


def _remove_dot_segments(path: str) -> str:
    if "." not in path:
        return path
    segments = path.split("/")
    out: list[str] = []
    for segment in segments:
        if segment == ".":
            continue
        if segment == "..":
            if len(out) > 1:
                out.pop()
            continue
        out.append(segment)
    if segments[-1] in (".", ".."):
        out.append("")
    result = "/".join(out)
    return result if result.startswith("/") or not path.startswith("/") else "/" + result


def _canonical_query(query: str) -> str:
    if not query:
        return ""
    kept: list[tuple[str, str]] = []
    for pair in query.split("&"):
        if not pair:
            continue
        name, sep, value = pair.partition("=")
        name_text = _PERCENT_RE.sub(lambda m: chr(int(m.group(1), 16)), name.replace("+", " "))
        if is_tracking_param(name_text):
            continue
        kept.append((_normalise_escapes(name), _normalise_escapes(value) if sep else ""))
    kept.sort()
    return "&".join(f"{name}={value}" if value else name for name, value in kept)
