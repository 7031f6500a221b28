"""bytes -> str. First version; owned by the extraction work (issue 3)."""

from __future__ import annotations

from newsarchive.pipeline.model import Decoded, NotTextError


def decode(content: bytes, content_type: str | None = None) -> Decoded:
    if b"\x00" in content[:4096]:
        raise NotTextError()
    try:
        return Decoded(clean_text(content.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        return Decoded(clean_text(content.decode("gb18030", errors="replace")), "gb18030")


def clean_text(text: str) -> str:
    return text.replace("\x00", "")
