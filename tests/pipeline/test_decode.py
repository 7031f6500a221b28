"""pipeline/decode.py: BOM, HTTP charset, <meta charset>, widened GB/Big5 codecs, detection."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from newsarchive.pipeline.decode import clean_text, decode, normalise_charset
from newsarchive.pipeline.model import NotTextError

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"
GBK_PAGE = (PAGES / "zh_gbk_chinanews.html").read_bytes()
BIG5_PAGE = (PAGES / "zh_big5_chinanews.html").read_bytes()
SEED_LINE = "中新网北京3月11日电 “人工智能+”已经连续三年写入政府工作报告。"


def test_gbk_page_declared_gb2312_is_read_as_gb18030() -> None:
    d = decode(GBK_PAGE, None)
    assert d.charset == "gb18030"
    assert SEED_LINE in d.text
    assert "\ufffd" not in d.text


def test_big5_page_is_read_as_big5hkscs() -> None:
    d = decode(BIG5_PAGE, None)
    assert d.charset == "big5hkscs"
    assert "中新網北京3月11日電" in d.text
    assert "\ufffd" not in d.text


def test_http_charset_wins_over_meta() -> None:
    # The page says big5 in <meta>, the server says gbk, the bytes are GBK.
    page = '<meta charset="big5"><p>全国政协委员连玉明认为，技术集成是首要环节。</p>'.encode("gbk")
    d = decode(page, "text/html; charset=GBK")
    assert d.charset == "gb18030"
    assert "全国政协委员连玉明" in d.text


def test_wrong_declared_charset_is_still_read_right() -> None:
    # GBK bytes that claim to be UTF-8, and GBK bytes served as ISO-8859-1.
    said_utf8 = GBK_PAGE.replace(b"charset=gb2312", b"charset=utf-8")
    assert SEED_LINE in decode(said_utf8, None).text
    assert SEED_LINE in decode(GBK_PAGE, "text/html; charset=ISO-8859-1").text
    # Big5 bytes labelled gb2312: a strict GB decode "works" but yields rare characters.
    said_gb = BIG5_PAGE.replace(b"charset=big5", b"charset=gb2312")
    assert "中新網北京3月11日電" in decode(said_gb, None).text


def test_utf8_bytes_win_over_a_wrong_declaration() -> None:
    page = '<meta charset="gbk"><p>代表委员热议人工智能</p>'.encode()
    d = decode(page, "text/html; charset=gb2312")
    assert d.charset == "utf-8"
    assert "代表委员热议人工智能" in d.text


def test_undeclared_gbk_and_big5_are_detected() -> None:
    text = "发展路径已经明晰，如何让合作真正落地见效？代表委员们多次提到场景与数据。" * 3
    assert text in decode(text.encode("gbk"), None).text
    trad = "發展路徑已經明晰，如何讓合作真正落地見效？代表委員們多次提到場景與數據。" * 3
    assert trad in decode(trad.encode("big5"), None).text


def test_gb18030_only_character_survives_a_gb2312_declaration() -> None:
    # 𠮷 is outside GB2312 and GBK; only the widened codec decodes it.
    page = '<meta charset="gb2312"><p>𠮷野家 镕基</p>'.encode("gb18030")
    assert "𠮷野家 镕基" in decode(page, None).text


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_bom_decides(bom: bytes, codec: str) -> None:
    d = decode(bom + "<p>新华社北京电</p>".encode(codec), "text/html; charset=gbk")
    assert d.text == "<p>新华社北京电</p>"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + bytes(range(256)) * 4,
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
        bytes(range(256)) * 40,
    ],
)
def test_binary_is_not_text(data: bytes) -> None:
    with pytest.raises(NotTextError, match="not text"):
        decode(data, None)


def test_empty_bytes_decode_to_empty_text() -> None:
    assert decode(b"", None).text == ""


def test_normalise_charset_widens() -> None:
    assert normalise_charset("GB2312") == "gb18030"
    assert normalise_charset("gbk") == "gb18030"
    assert normalise_charset("Big5") == "big5hkscs"
    assert normalise_charset("iso-8859-1") == "cp1252"
    assert normalise_charset("no-such-codec") is None


def test_clean_text_drops_controls_and_normalises_newlines() -> None:
    assert clean_text("a\x00b\r\nc\rd\ufeff\x07e") == "ab\nc\nde"
