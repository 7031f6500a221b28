"""The only network code of the service: fetch pages without becoming an SSRF tool.

Public API:

- `fetch_page(url, settings, *, transport=None) -> FetchedPage`
- `fetch_many(urls, settings, *, concurrency=4, per_host=2, transport=None)
  -> Iterator[FetchResult]`
- `canonical_url(url) -> str` (pure, for deduplication)
"""

from newsarchive.fetch.bulk import FetchResult, failure_summary, fetch_many
from newsarchive.fetch.client import FetchedPage, fetch_page
from newsarchive.fetch.guard import AddressPolicy, AddressRefused, GuardedTransport, refusal_reason
from newsarchive.fetch.urls import TRACKING_PARAMS, canonical_url

__all__ = [
    "TRACKING_PARAMS",
    "AddressPolicy",
    "AddressRefused",
    "FetchResult",
    "FetchedPage",
    "GuardedTransport",
    "canonical_url",
    "failure_summary",
    "fetch_many",
    "fetch_page",
    "refusal_reason",
]
