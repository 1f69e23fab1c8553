"""What the formatting parsers share: their errors, the entity record, UTF-16 and byte offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

JSONDict = dict[str, Any]


class EntityParseError(ValueError):
    """Malformed formatted text; the Bot API answers "can't parse entities: <message>"."""


class UnsupportedParseMode(ValueError):
    """An unknown parse_mode value; the Bot API answers "unsupported parse_mode"."""


@dataclass
class ParsedText:
    """Plain text plus Bot API MessageEntity dicts (UTF-16 offsets)."""

    text: str
    entities: list[JSONDict] = field(default_factory=list)


@dataclass
class Entity:
    """An entity as a parser finds it, before trimming and UTF-16 offsets."""

    type: str
    start: int  # code-point offsets in the produced text
    end: int
    extra: JSONDict = field(default_factory=dict)


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (the unit of Bot API entity offsets)."""
    return len(text.encode("utf-16-le")) // 2


def byte_offset(src: str, index: int) -> int:
    """UTF-8 byte offset of ``src[index]``, the unit of tdlib's parse error messages."""
    return len(src[:index].encode("utf-8"))


_URL_RE = re.compile(r"^(?:(?:https?|tg|ton)://\S+|[\w.-]+\.[a-z]{2,}(?:/\S*)?)$", re.IGNORECASE)


def looks_like_url(url: str) -> bool:
    """Whether tdlib keeps ``url`` as a link (http(s), tg or ton URL, or a bare domain)."""
    return bool(_URL_RE.match(url.strip()))
