"""bytes -> str: BOM, HTTP charset, <meta charset>, detection; and text clean-up.

Order of evidence (strongest first):
1. a byte-order mark;
2. the charset of the HTTP Content-Type header;
3. the page's own declaration (<meta charset>, <meta http-equiv>, <?xml encoding?>);
4. detection (charset-normalizer) as the last resort.

A declared charset is only believed when the bytes agree with it: bytes that are valid UTF-8
(with some non-ASCII in them) are UTF-8 whatever the page says, a declared multi-byte codec
must decode strictly, and a declared single-byte Western codec is doubted when the
non-ASCII bytes look like a CJK double-byte encoding. gb2312/gbk are widened to gb18030 and
big5 to big5hkscs, their supersets, so that characters outside the old tables survive.
"""

from __future__ import annotations

import codecs
import re

from newsarchive.pipeline.model import Decoded, NotTextError

# WHATWG-style aliases; the widened codecs are supersets of what pages declare.
_WIDEN = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "euc-cn": "gb18030",
    "gb_2312-80": "gb18030",
    "hz-gb-2312": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "cp950": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
    "utf8": "utf-8",
    "unicode": "utf-8",
    "x-sjis": "shift_jis",
    "shift-jis": "shift_jis",
    "sjis": "shift_jis",
}

_SINGLE_BYTE_WESTERN = {"cp1252", "latin_1", "iso8859-15", "iso8859_15"}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Signatures of common binary formats that are never a news page.
_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\x7fELF",
    b"MZ",
    b"RIFF",
    b"OggS",
    b"ID3",
    b"\x00\x00\x01\x00",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\xd0\xcf\x11\xe0",
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{2,40})""")
_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})""", re.IGNORECASE)

# How far into the page a declaration is looked for (the HTML spec says 1024 bytes; real
# Chinese pages put long <title>/<script> blocks first, so look further).
_DECLARATION_WINDOW = 8192
# How much of the page detection looks at: enough for a confident guess, bounded in time.
_DETECTION_WINDOW = 200_000


def normalise_charset(name: str | None) -> str | None:
    """A Python codec name for a declared charset, widened; None when unknown."""
    if not name:
        return None
    key = name.strip().strip("\"'").lower()
    key = _WIDEN.get(key, key)
    try:
        codec = codecs.lookup(key).name
    except LookupError:
        return None
    widened = _WIDEN.get(codec, codec)
    if widened in ("gbk", "gb2312"):
        return "gb18030"
    if widened == "big5":
        return "big5hkscs"
    if widened == "latin_1" or widened == "ascii":
        return "cp1252"
    return widened


def _declared(content: bytes) -> str | None:
    head = content[:_DECLARATION_WINDOW]
    m = _XML_ENCODING.search(head[:200]) or _META_CHARSET.search(head)
    return normalise_charset(m.group(1).decode("ascii", "ignore")) if m else None


def _looks_binary(content: bytes) -> bool:
    head = content[:8192]
    if any(head.startswith(sig) for sig in _BINARY_MAGIC):
        return True
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 100)


def _strict(content: bytes, codec: str) -> str | None:
    try:
        return content.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _cjk_ratio(text: str) -> float:
    """Share of non-ASCII characters that are CJK ideographs or kana/hangul."""
    non_ascii = 0
    cjk = 0
    for ch in text:
        if ch > "\x7f":
            non_ascii += 1
            if (
                "\u3040" <= ch <= "\u9fff"
                or "\uac00" <= ch <= "\ud7af"
                or "\uff00" <= ch <= "\uffef"
            ):
                cjk += 1
    return cjk / non_ascii if non_ascii else 0.0


def _high_byte_share(content: bytes) -> float:
    sample = content[:_DETECTION_WINDOW]
    if not sample:
        return 0.0
    return sum(1 for b in sample if b >= 0x80) / len(sample)


def _detect(content: bytes) -> str | None:
    from charset_normalizer import from_bytes

    sample = content[:_DETECTION_WINDOW]
    best = from_bytes(sample).best()
    if best is None:
        return None
    return normalise_charset(best.encoding)


def _cjk_candidates(content: bytes) -> str | None:
    """gb18030 or big5hkscs when one of them decodes strictly into mostly CJK text."""
    sample = content[:_DETECTION_WINDOW]
    # Cut at an ASCII byte so a truncated double-byte character does not spoil a strict decode.
    cut = max(sample.rfind(b"\n"), sample.rfind(b">"))
    if len(sample) < len(content) and cut > 0:
        sample = sample[: cut + 1]
    best: tuple[float, str] | None = None
    for codec in ("gb18030", "big5hkscs"):
        text = _strict(sample, codec)
        if text is None:
            continue
        score = _cjk_ratio(text) + _common_han_share(text)
        if best is None or score > best[0]:
            best = (score, codec)
    return best[1] if best and best[0] > 1.2 else None


# The most frequent characters of running Chinese text (both scripts); mis-decoded text
# (Big5 read as GB or the reverse) is made of rare characters and scores low.
_COMMON_HAN = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自"
    "之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主"
    "样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外"
    "将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内"
    "信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活"
    "尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许"
    "統計們這來個國會說時對於與為發後經過裡還種現當沒動麼學進問關點業兩間長機實從頭體義處聲"
)


def _common_han_share(text: str) -> float:
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    return sum(1 for ch in han if ch in _COMMON_HAN) / len(han)


def decode(content: bytes, content_type: str | None = None) -> Decoded:
    """Decode a page's bytes; raises NotTextError for binary data."""
    if not content:
        return Decoded("", "utf-8")
    for bom, bom_codec in _BOMS:
        if content.startswith(bom):
            text = content.decode(bom_codec, errors="replace")
            return Decoded(clean_text(text), bom_codec.replace("-sig", ""))
    if _looks_binary(content):
        raise NotTextError()

    # Valid UTF-8 with non-ASCII in it is UTF-8, whatever the page claims.
    utf8 = _strict(content, "utf-8")
    if utf8 is not None:
        return Decoded(clean_text(utf8), "utf-8")

    http = None
    if content_type:
        m = _CT_CHARSET.search(content_type)
        http = normalise_charset(m.group(1)) if m else None
    for codec in (http, _declared(content)):
        if codec is None or codec == "utf-8":
            continue
        if codec in _SINGLE_BYTE_WESTERN:
            # A GBK/Big5 page mislabelled as Latin-1 decodes "successfully" into mojibake.
            guess = _cjk_candidates(content) if _high_byte_share(content) > 0.05 else None
            if guess:
                return _finish(content, guess)
            return _finish(content, codec)
        strict = _strict(content, codec)
        if strict is not None and (codec not in ("gb18030", "big5hkscs") or _plausible_cjk(strict)):
            return Decoded(clean_text(strict), codec)

    guess = _cjk_candidates(content) or _detect(content) or "utf-8"
    return _finish(content, guess)


def _plausible_cjk(text: str) -> bool:
    """A strict gb18030/big5 decode can still be the wrong one (Big5 bytes read as GB)."""
    return _common_han_share(text) > 0.12 or _cjk_ratio(text) < 0.5


def _finish(content: bytes, codec: str) -> Decoded:
    text = content.decode(codec, errors="replace")
    if text.count("\ufffd") > max(20, len(text) // 10):
        raise NotTextError()
    return Decoded(clean_text(text), codec)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Drop control characters, BOMs and lone surrogates; normalise newlines."""
    text = _CONTROL.sub("", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\x0c", "\n")
