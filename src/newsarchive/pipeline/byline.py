"""Bylines and sources from short lines: 作者：/记者：/编辑：/责任编辑：/来源：, By Jane Doe."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsarchive.pipeline.prune import simplify

_FIELD = r"[:：]\s*|\s+"
_NAME_ZH = r"[\u4e00-\u9fff·A-Za-z][\u4e00-\u9fff·A-Za-z\s、,，/]{0,40}"
_AUTHOR = re.compile(
    rf"(?:^|\s)(?P<label>作者|记者|文|撰文|撰稿|文/图|文\|图)(?:{_FIELD})(?P<name>{_NAME_ZH})"
)
_EDITOR = re.compile(rf"(?:^|\s|[（(])(?:责任编辑|责编|编辑|主编)(?:{_FIELD})(?P<name>{_NAME_ZH})")
_SOURCE = re.compile(r"(?:^|\s)(?:来源|稿源|出处|来自)\s*[:：]\s*(?P<src>[^\s|｜丨/]{2,30})")
_EN_BY = re.compile(
    r"^\s*(?:By|BY|Written by|Story by|Reporting by)\s+"
    r"(?P<name>[A-Z][\w.'\-]+(?:\s+(?:[A-Z][\w.'\-]+|and|&|de|van|von|da|la|,)){0,8})"
)
# Words that end a name run: the next field on the same line.
_STOP = re.compile(
    r"\s*(?:发布时间|发布|时间|来源|编辑|责任编辑|字号|阅读|浏览|点击|分享|评论|\d{4}[-年/]).*$"
)


# 本报记者 王乐文 -> 王乐文
_ROLE = re.compile(
    r"^(?:本报|本网|新华社|人民日报)?(?:特约|见习|实习)?(?:记者|通讯员|撰稿人)\s*[:：]?\s*"
)


@dataclass(frozen=True)
class Byline:
    author: str | None = None
    editor: str | None = None
    source: str | None = None


def _clean_name(name: str) -> str | None:
    name = _STOP.sub("", name).strip(" ,，、/|")
    name = _ROLE.sub("", name).strip()
    name = re.sub(r"\s+", " ", name)
    if not name or len(name) > 30:
        return None
    return name


def clean_author(name: str) -> str | None:
    """An author as found in page metadata, without role words (本报记者, 记者)."""
    return _ROLE.sub("", re.sub(r"\s+", " ", name).strip()).strip() or None


def parse(line: str) -> Byline:
    """The author, editor and source named in one short header or footer line."""
    if len(line) > 160:
        return Byline()
    original, line = line, simplify(line)
    author = editor = source = None
    m = _AUTHOR.search(line)
    if m:
        author = _clean_name(original[m.start("name") : m.end("name")])
    e = _EDITOR.search(line)
    if e:
        editor = _clean_name(original[e.start("name") : e.end("name")])
    s = _SOURCE.search(line)
    if s:
        source = original[s.start("src") : s.end("src")].strip("：:,，。")
        source = _STOP.sub("", source) or None
    if author is None:
        b = _EN_BY.match(original)
        if b:
            author = b.group("name").strip(" ,")
    return Byline(author=author, editor=editor, source=source)


def is_byline_line(line: str) -> bool:
    """A short line that is only byline / source / editor fields (no running text)."""
    if len(line) > 80:
        return False
    b = parse(line)
    if not (b.author or b.editor or b.source):
        return False
    return not re.search(r"[。！？!?]$", line.strip()) or len(line) < 30
