"""Telegram text formatting: HTML / MarkdownV2 / Markdown parsing with Bot API entity output.

The parsers follow tdlib's behaviour (error wording included) closely enough for a bot's
formatting bugs to surface in tests.  Offsets in the produced entities are UTF-16 code units,
as in the real Bot API; byte offsets in error messages are UTF-8 offsets into the source text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "EntityParseError",
    "ParsedText",
    "UnsupportedParseMode",
    "find_bot_commands",
    "parse_text",
    "utf16_len",
]

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
class _Entity:
    type: str
    start: int  # code-point offsets in the produced text
    end: int
    extra: JSONDict = field(default_factory=dict)


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (the unit of Bot API entity offsets)."""
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(src: str, index: int) -> int:
    return len(src[:index].encode("utf-8"))


# --------------------------------------------------------------------------- HTML

_HTML_TAGS = {
    "a": "text_link",
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED_HTML_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


def _decode_html_entity(src: str, pos: int) -> tuple[str | None, int]:
    """Decode ``&...;`` at ``pos`` like tdlib does; returns (char or None, next index)."""
    n = len(src)
    end = pos + 1
    if end < n and src[end] == "#":
        end += 1
        value = 0
        if end < n and src[end] == "x":
            end += 1
            while end < n and src[end] in "0123456789abcdefABCDEF":
                value = value * 16 + int(src[end], 16)
                end += 1
        else:
            while end < n and src[end].isdigit() and src[end].isascii():
                value = value * 10 + int(src[end])
                end += 1
        if value == 0 or value >= 0x10FFFF or end - pos >= 10 or 0xD800 <= value <= 0xDFFF:
            return None, pos
        char = chr(value)
    else:
        while end < n and src[end].isascii() and src[end].isalpha():
            end += 1
        named = _NAMED_HTML_ENTITIES.get(src[pos + 1 : end])
        if named is None:
            return None, pos
        char = named
    if end < n and src[end] == ";":
        end += 1
    return char, end


def _skip_spaces(src: str, i: int) -> int:
    while i < len(src) and src[i].isspace():
        i += 1
    return i


def _parse_html(src: str, strict_ampersand: bool) -> tuple[str, list[_Entity]]:
    out: list[str] = []
    entities: list[_Entity] = []
    # (tag, attributes, start offset in output, byte offset of "<")
    stack: list[tuple[str, dict[str, str], int, int]] = []
    n = len(src)
    i = 0
    while i < n:
        c = src[i]
        if c == "&":
            char, nxt = _decode_html_entity(src, i)
            if char is not None:
                out.append(char)
                i = nxt
                continue
            if strict_ampersand:
                raise EntityParseError(
                    f"Character '&' at byte offset {_byte_offset(src, i)} does not start an HTML "
                    "entity; it must be escaped as &amp; (fake Bot API strict mode)"
                )
        if c != "<":
            out.append(c)
            i += 1
            continue
        begin = i
        boff = _byte_offset(src, begin)
        i += 1
        if i >= n:
            raise EntityParseError(f"Unclosed start tag at byte offset {boff}")
        if src[i] != "/":
            j = i
            while j < n and not src[j].isspace() and src[j] != ">":
                j += 1
            if j >= n:
                raise EntityParseError(f"Unclosed start tag at byte offset {boff}")
            tag = src[i:j].lower()
            if tag not in _HTML_TAGS:
                raise EntityParseError(f'Unsupported start tag "{tag}" at byte offset {boff}')
            attrs, i = _parse_html_attributes(src, j, tag, boff)
            if tag == "span" and attrs.get("class") != "tg-spoiler":
                raise EntityParseError(
                    f'Tag "span" must have class "tg-spoiler" at byte offset {boff}'
                )
            if tag == "tg-emoji" and not attrs.get("emoji-id", "").isdigit():
                raise EntityParseError(
                    f'Tag "tg-emoji" must have a numeric "emoji-id" attribute at byte offset {boff}'
                )
            stack.append((tag, attrs, len(out), boff))
            continue
        # end tag
        if not stack:
            raise EntityParseError(f"Unexpected end tag at byte offset {boff}")
        j = i + 1
        while j < n and not src[j].isspace() and src[j] != ">":
            j += 1
        end_name = src[i + 1 : j]
        j = _skip_spaces(src, j)
        if j >= n or src[j] != ">":
            raise EntityParseError(f"Unclosed end tag at byte offset {boff}")
        tag, attrs, start, _ = stack.pop()
        if end_name and end_name.lower() != tag:
            raise EntityParseError(
                f'Unmatched end tag at byte offset {boff}, expected "</{tag}>", '
                f'found "</{end_name}>"'
            )
        i = j + 1
        if len(out) > start:
            _close_html_entity(tag, attrs, start, len(out), out, entities)
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return "".join(out), entities


def _parse_html_attributes(src: str, i: int, tag: str, boff: int) -> tuple[dict[str, str], int]:
    """Parse attributes from ``i`` up to and including the closing ``>``."""
    n = len(src)
    attrs: dict[str, str] = {}
    while True:
        i = _skip_spaces(src, i)
        if i >= n:
            raise EntityParseError(f"Unclosed start tag at byte offset {boff}")
        if src[i] == ">":
            return attrs, i + 1
        name_start = i
        while i < n and not src[i].isspace() and src[i] not in "=>":
            i += 1
        name = src[name_start:i].lower()
        if not name:
            raise EntityParseError(f'Empty attribute name in the tag "{tag}" at byte offset {boff}')
        i = _skip_spaces(src, i)
        if i < n and src[i] != "=" and tag == "blockquote" and name == "expandable":
            attrs[name] = ""
            continue
        if i >= n or src[i] != "=":
            raise EntityParseError(
                f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                f"at byte offset {boff}"
            )
        i = _skip_spaces(src, i + 1)
        if i >= n:
            raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {boff}')
        if src[i] in "'\"":
            quote = src[i]
            i += 1
            value: list[str] = []
            while i < n and src[i] != quote:
                if src[i] == "&":
                    char, nxt = _decode_html_entity(src, i)
                    if char is not None:
                        value.append(char)
                        i = nxt
                        continue
                value.append(src[i])
                i += 1
            if i >= n:
                raise EntityParseError(f"Unclosed start tag at byte offset {boff}")
            i += 1
            attrs[name] = "".join(value)
        else:
            token_start = i
            while i < n and ((src[i].isalnum() and src[i].isascii()) or src[i] in ".-"):
                i += 1
            if i < n and not src[i].isspace() and src[i] != ">":
                raise EntityParseError(
                    f"Unexpected end of name token at byte offset {_byte_offset(src, token_start)}"
                )
            attrs[name] = src[token_start:i].lower()


def _close_html_entity(
    tag: str,
    attrs: dict[str, str],
    start: int,
    end: int,
    out: list[str],
    entities: list[_Entity],
) -> None:
    kind = _HTML_TAGS[tag]
    last = entities[-1] if entities else None
    same_range = last is not None and last.start == start and last.end == end
    if kind == "text_link":
        url = attrs.get("href") or "".join(out[start:end])
        if url.startswith("tg://user?id=") or _looks_like_url(url):
            entities.append(_Entity("text_link", start, end, {"url": url}))
        # tdlib silently drops links with an invalid URL
        return
    if kind == "code":
        cls = attrs.get("class", "")
        language = cls[len("language-") :] if cls.startswith("language-") else ""
        if last is not None and same_range and last.type == "pre" and language:
            last.extra["language"] = language
            return
        entities.append(_Entity("code", start, end, {"language": language} if language else {}))
        return
    if kind == "pre":
        if last is not None and same_range and last.type == "code" and last.extra.get("language"):
            last.type = "pre"
            return
        entities.append(_Entity("pre", start, end))
        return
    if kind == "blockquote":
        kind = "expandable_blockquote" if "expandable" in attrs else "blockquote"
    if kind == "custom_emoji":
        entities.append(_Entity(kind, start, end, {"custom_emoji_id": attrs["emoji-id"]}))
        return
    entities.append(_Entity(kind, start, end))


_URL_RE = re.compile(r"^(?:(?:https?|tg|ton)://\S+|[\w.-]+\.[a-z]{2,}(?:/\S*)?)$", re.IGNORECASE)


def _looks_like_url(url: str) -> bool:
    return bool(_URL_RE.match(url.strip()))


# --------------------------------------------------------------------------- MarkdownV2

_MDV2_RESERVED = set("_*[]()~`>#+-=|{}.!")
_MDV2_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
}


@dataclass
class _Open:
    type: str
    start: int
    boff: int
    extra: JSONDict = field(default_factory=dict)


def _is_mdv2_end(top: _Open, src: str, i: int) -> bool:
    c = src[i]
    nxt = src[i + 1 : i + 2]
    t = top.type
    if t == "bold":
        return c == "*"
    if t == "italic":
        return c == "_" and nxt != "_"
    if t == "underline":
        return src[i : i + 2] == "__"
    if t == "strikethrough":
        return c == "~"
    if t == "spoiler":
        return src[i : i + 2] == "||"
    if t == "code":
        return c == "`"
    if t == "pre":
        return src[i : i + 3] == "```"
    return c == "]"  # text_link, custom_emoji


def _read_mdv2_url(src: str, i: int) -> tuple[str, int]:
    """Read ``(url)`` starting at ``i`` (which is ``(``); returns (url, index after ``)``)."""
    url: list[str] = []
    j = i + 1
    while j < len(src) and src[j] != ")":
        if src[j] == "\\" and j + 1 < len(src) and 0 < ord(src[j + 1]) <= 126:
            url.append(src[j + 1])
            j += 2
            continue
        url.append(src[j])
        j += 1
    if j >= len(src):
        raise EntityParseError(f"Can't find end of a URL at byte offset {_byte_offset(src, i)}")
    return "".join(url), j + 1


def _parse_markdown_v2(src: str) -> tuple[str, list[_Entity]]:
    out: list[str] = []
    entities: list[_Entity] = []
    stack: list[_Open] = []
    quote_start: int | None = None
    n = len(src)
    i = 0
    while i < n:
        c = src[i]
        if c == "\\" and i + 1 < n and 0 < ord(src[i + 1]) <= 126:
            out.append(src[i + 1])
            i += 2
            continue
        top = stack[-1] if stack else None
        if top is not None and top.type in ("code", "pre") and c != "`":
            out.append(c)
            i += 1
            continue
        if c == "\n" and quote_start is not None and src[i + 1 : i + 2] != ">":
            if len(out) > quote_start:
                entities.append(_Entity("blockquote", quote_start, len(out)))
            quote_start = None
        if c == ">" and (i == 0 or src[i - 1] == "\n"):
            if quote_start is None:
                quote_start = len(out)
            i += 1
            continue
        if c not in _MDV2_RESERVED:
            out.append(c)
            i += 1
            continue
        if top is not None and _is_mdv2_end(top, src, i):
            stack.pop()
            i += 3 if top.type == "pre" else 2 if top.type in ("underline", "spoiler") else 1
            extra = dict(top.extra)
            if top.type in ("text_link", "custom_emoji"):
                if i < n and src[i] == "(":
                    url, i = _read_mdv2_url(src, i)
                else:
                    url = ""
                if top.type == "custom_emoji":
                    match = re.fullmatch(r"tg://emoji\?id=(\d+)", url)
                    if match is None:
                        raise EntityParseError("Custom emoji entity must contain a tg://emoji URL")
                    extra["custom_emoji_id"] = match.group(1)
                elif url and _looks_like_url(url):
                    extra["url"] = url
                else:
                    continue  # no (valid) URL: plain text, like tdlib
            if len(out) > top.start:
                entities.append(_Entity(top.type, top.start, len(out), extra))
            continue
        boff = _byte_offset(src, i)
        if c == "_" and src[i : i + 2] == "__":
            stack.append(_Open("underline", len(out), boff))
            i += 2
        elif c == "_":
            stack.append(_Open("italic", len(out), boff))
            i += 1
        elif c == "*":
            stack.append(_Open("bold", len(out), boff))
            i += 1
        elif c == "~":
            stack.append(_Open("strikethrough", len(out), boff))
            i += 1
        elif c == "|" and src[i : i + 2] == "||":
            stack.append(_Open("spoiler", len(out), boff))
            i += 2
        elif c == "[":
            stack.append(_Open("text_link", len(out), boff))
            i += 1
        elif c == "!" and src[i : i + 2] == "![":
            stack.append(_Open("custom_emoji", len(out), boff))
            i += 2
        elif c == "`" and src[i : i + 3] == "```":
            i += 3
            newline = src.find("\n", i)
            pre_extra: JSONDict = {}
            if newline != -1:
                language = src[i:newline]
                if language and not any(ch.isspace() for ch in language) and "`" not in language:
                    pre_extra["language"] = language
                    i = newline + 1
                elif not language:
                    i = newline + 1
            stack.append(_Open("pre", len(out), boff, pre_extra))
        elif c == "`":
            stack.append(_Open("code", len(out), boff))
            i += 1
        else:
            raise EntityParseError(
                f"Character '{c}' is reserved and must be escaped with the preceding '\\'"
            )
    if stack:
        top = stack[-1]
        raise EntityParseError(
            f"Can't find end of {_MDV2_NAMES[top.type]} entity at byte offset {top.boff}"
        )
    if quote_start is not None and len(out) > quote_start:
        entities.append(_Entity("blockquote", quote_start, len(out)))
    return "".join(out), entities


# --------------------------------------------------------------------------- Markdown (legacy)


def _parse_markdown(src: str) -> tuple[str, list[_Entity]]:
    out: list[str] = []
    entities: list[_Entity] = []
    n = len(src)
    i = 0
    while i < n:
        c = src[i]
        if c == "\\" and i + 1 < n and src[i + 1] in "_*`[":
            out.append(src[i + 1])
            i += 2
            continue
        if c not in "_*`[":
            out.append(c)
            i += 1
            continue
        begin = i
        is_pre = c == "`" and src[i : i + 3] == "```"
        end_char = "]" if c == "[" else c
        i += 3 if is_pre else 1
        language = ""
        if is_pre:
            j = i
            while j < n and not src[j].isspace() and src[j] != "`":
                j += 1
            if j < n and src[j] == "\n":
                language = src[i:j]
                i = j + 1
        start = len(out)
        while i < n and not (src[i] == end_char and (not is_pre or src[i : i + 3] == "```")):
            out.append(src[i])
            i += 1
        if i >= n:
            raise EntityParseError(
                f"Can't find end of the entity starting at byte offset {_byte_offset(src, begin)}"
            )
        i += 3 if is_pre else 1
        end = len(out)
        if c == "[":
            if i < n and src[i] == "(":
                close = src.find(")", i)
                if close == -1:
                    raise EntityParseError(
                        "Can't find end of the entity starting at byte offset "
                        f"{_byte_offset(src, begin)}"
                    )
                url = src[i + 1 : close]
                i = close + 1
                if end > start and _looks_like_url(url):
                    entities.append(_Entity("text_link", start, end, {"url": url}))
            continue
        if end > start:
            kind = {"_": "italic", "*": "bold", "`": "pre" if is_pre else "code"}[c]
            extra: JSONDict = {"language": language} if is_pre and language else {}
            entities.append(_Entity(kind, start, end, extra))
    return "".join(out), entities


# --------------------------------------------------------------------------- public API


def _finish(text: str, entities: list[_Entity]) -> ParsedText:
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
        plain, ents = _parse_html(text, strict_html)
    elif mode == "markdownv2":
        plain, ents = _parse_markdown_v2(text)
    elif mode == "markdown":
        plain, ents = _parse_markdown(text)
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
