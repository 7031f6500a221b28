"""canonical_url (deduplication) and check_fetch_url (what may be fetched at all)."""

from __future__ import annotations

import pytest

from newsarchive.errors import BadRequest
from newsarchive.fetch import canonical_url
from newsarchive.fetch.urls import check_fetch_url, is_tracking_param


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTP://News.Example.COM/a", "http://news.example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("https://example.com:80/a", "https://example.com:80/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("http://example.com", "http://example.com/"),
        ("http://example.com./a", "http://example.com/a"),
        ("http://example.com/a#section-2", "http://example.com/a"),
        ("http://example.com/a?b=2&a=1", "http://example.com/a?a=1&b=2"),
        (
            "https://www.chinanews.com.cn/gn/2026/03-11/1.shtml?utm_source=wx&utm_medium=share"
            "&from=timeline&isappinstalled=0",
            "https://www.chinanews.com.cn/gn/2026/03-11/1.shtml",
        ),
        (
            "http://example.com/a?id=7&fbclid=XYZ&gclid=1&spm=a.b.c&UTM_Campaign=x",
            "http://example.com/a?id=7",
        ),
        ("http://example.com/a?", "http://example.com/a"),
        ("http://user:pw@example.com/a", "http://example.com/a"),
        ("http://bücher.example/straße", "http://xn--bcher-kva.example/stra%C3%9Fe"),
        (
            "http://中国新闻网.中国/新闻?关键词=人工智能",
            "http://xn--fiqs8stwm33y3xx.xn--fiqs8s/%E6%96%B0%E9%97%BB"
            "?%E5%85%B3%E9%94%AE%E8%AF%8D=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD",
        ),
        ("http://example.com/%7euser/%e4%b8%ad", "http://example.com/~user/%E4%B8%AD"),
        ("http://example.com/a/./b/../c", "http://example.com/a/c"),
        ("http://[2001:DB8:0:0::1]:80/x", "http://[2001:db8::1]/x"),
        ("http://example.com/a?q=a%2Fb", "http://example.com/a?q=a%2Fb"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_canonical_url_is_idempotent_and_merges_variants() -> None:
    variants = [
        "https://News.Example.com:443/story?id=1&page=2&utm_source=rss#top",
        "https://news.example.com/story?page=2&id=1",
        "HTTPS://NEWS.EXAMPLE.COM/story?fbclid=abc&page=2&id=1&spm=1",
    ]
    canon = {canonical_url(v) for v in variants}
    assert canon == {"https://news.example.com/story?id=1&page=2"}
    assert canonical_url(canon.pop()) == "https://news.example.com/story?id=1&page=2"


def test_canonical_url_keeps_content_parameters() -> None:
    # different articles must stay different
    assert canonical_url("http://e.com/a?id=1") != canonical_url("http://e.com/a?id=2")
    assert canonical_url("http://e.com/a?p=1&ref=x") == "http://e.com/a?p=1&ref=x"


@pytest.mark.parametrize("url", ["", "not a url", "/relative/path", "http://"])
def test_canonical_url_rejects_what_has_no_host(url: str) -> None:
    with pytest.raises(BadRequest):
        canonical_url(url)


def test_tracking_params() -> None:
    assert is_tracking_param("utm_anything")
    assert is_tracking_param("FBCLID")
    assert not is_tracking_param("id")
    assert not is_tracking_param("utm")  # only the utm_ prefix


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("example.com/news", "no scheme"),
        ("ftp://example.com/file", "unsupported scheme 'ftp'"),
        ("file:///etc/passwd", "unsupported scheme 'file'"),
        ("gopher://example.com:70/", "unsupported scheme 'gopher'"),
        ("javascript:alert(1)", "unsupported scheme 'javascript'"),
        ("http://user:secret@example.com/", "credentials"),
        ("http://user@example.com/", "credentials"),
        ("http:///path", "no host"),
        ("http://exa mple.com/", "spaces or control characters"),
        ("http://example.com/\r\nHost: evil", "spaces or control characters"),
        ("http://exa%20mple.com/", "invalid host"),
        ("http://ex!ample.com/", "invalid host"),
        ("http://example.com:99999/", "malformed URL"),
        ("http://" + "a" * 9000 + ".com/", "longer than"),
    ],
)
def test_check_fetch_url_rejects(url: str, message: str) -> None:
    with pytest.raises(BadRequest, match=message) as info:
        check_fetch_url(url)
    assert info.value.status_code == 400


def test_check_fetch_url_accepts_and_drops_fragment() -> None:
    url = check_fetch_url(" https://新闻.example/路径?q=1#frag ")
    assert url.scheme == "https"
    assert url.raw_host == "新闻.example".encode(
        "idna"
    )  # the stdlib codec as an independent oracle
    assert url.fragment == ""
    assert check_fetch_url("http://[::1]:8080/").host == "::1"
