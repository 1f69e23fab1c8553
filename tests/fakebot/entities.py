"""Telegram text formatting: HTML / MarkdownV2 / Markdown parsing with Bot API entity output.

The parsers follow tdlib's behaviour (error wording included) closely enough for a bot's
formatting bugs to surface in tests.  Offsets in the produced entities are UTF-16 code units,
as in the real Bot API; byte offsets in error messages are UTF-8 offsets into the source text.
"""

from __future__ import annotations

import re

from .entity_types import (
    Entity,
    EntityParseError,
    JSONDict,
    ParsedText,
    UnsupportedParseMode,
    utf16_len,
)
from .html_markup import parse_html
from .markdown_markup import parse_markdown, parse_markdown_v2

__all__ = [
    "EntityParseError",
    "ParsedText",
    "UnsupportedParseMode",
    "find_bot_commands",
    "parse_text",
    "utf16_len",
]


def _finish(text: str, entities: list[Entity]) -> ParsedText:
    """Trim surrounding whitespace like Telegram does and convert offsets to UTF-16."""
    stripped_left = len(text) - len(text.lstrip())
    trimmed = text.strip()
    result: list[JSONDict] = []
    for ent in entities:
        start = max(ent.start - stripped_left, 0)
        end = min(ent.end - stripped_left, len(trimmed))
        if end <= start:
            continue
        item: JSONDict = {
            "type": ent.type,
            "offset": utf16_len(trimmed[:start]),
            "length": utf16_len(trimmed[start:end]),
        }
        item.update(ent.extra)
        result.append(item)
    result.sort(key=lambda e: (e["offset"], -e["length"]))
    return ParsedText(trimmed, result)


def parse_text(
    text: str,
    parse_mode: str | None,
    entities: list[JSONDict] | None = None,
    *,
    strict_html: bool = True,
) -> ParsedText:
    """Parse ``text`` according to ``parse_mode`` (or explicit ``entities``) like the Bot API.

    Raises :class:`EntityParseError` for malformed markup and :class:`UnsupportedParseMode`.
    With ``strict_html`` a bare ``&`` that does not start a valid entity is refused (real
    Telegram keeps it literally, but it almost always means the bot forgot to escape text).
    """
    if not parse_mode:
        if entities:
            total = utf16_len(text.strip())
            kept = [
                dict(e)
                for e in entities
                if isinstance(e, dict)
                and isinstance(e.get("offset"), int)
                and isinstance(e.get("length"), int)
                and e["length"] > 0
                and e["offset"] + e["length"] <= total
            ]
            return ParsedText(text.strip(), kept)
        return ParsedText(text.strip(), [])
    mode = parse_mode.lower()
    if mode == "html":
        plain, ents = parse_html(text, strict_html)
    elif mode == "markdownv2":
        plain, ents = parse_markdown_v2(text)
    elif mode == "markdown":
        plain, ents = parse_markdown(text)
    else:
        raise UnsupportedParseMode(parse_mode)
    return _finish(plain, ents)


_COMMAND_RE = re.compile(r"(?<![\w/@])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")
_MENTION_RE = re.compile(r"(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}(?!\w)")


def find_bot_commands(text: str) -> list[JSONDict]:
    """Entities Telegram auto-detects in a user's text: bot_command and mention (UTF-16)."""
    found: list[JSONDict] = []
    for regex, kind in ((_COMMAND_RE, "bot_command"), (_MENTION_RE, "mention")):
        for match in regex.finditer(text):
            found.append(
                {
                    "type": kind,
                    "offset": utf16_len(text[: match.start()]),
                    "length": utf16_len(match.group(0)),
                }
            )
    found.sort(key=lambda e: e["offset"])
    return found
