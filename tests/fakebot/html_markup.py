"""parse_mode HTML: Telegram's tags, attributes and character references, as tdlib parses them."""

from __future__ import annotations

from .entity_types import Entity, EntityParseError, byte_offset, looks_like_url

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


def parse_html(src: str, strict_ampersand: bool) -> tuple[str, list[Entity]]:
    out: list[str] = []
    entities: list[Entity] = []
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
                    f"Character '&' at byte offset {byte_offset(src, i)} does not start an HTML "
                    "entity; it must be escaped as &amp; (fake Bot API strict mode)"
                )
        if c != "<":
            out.append(c)
            i += 1
            continue
        begin = i
        boff = byte_offset(src, begin)
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
                    f"Unexpected end of name token at byte offset {byte_offset(src, token_start)}"
                )
            attrs[name] = src[token_start:i].lower()


def _close_html_entity(
    tag: str,
    attrs: dict[str, str],
    start: int,
    end: int,
    out: list[str],
    entities: list[Entity],
) -> None:
    kind = _HTML_TAGS[tag]
    last = entities[-1] if entities else None
    same_range = last is not None and last.start == start and last.end == end
    if kind == "text_link":
        url = attrs.get("href") or "".join(out[start:end])
        if url.startswith("tg://user?id=") or looks_like_url(url):
            entities.append(Entity("text_link", start, end, {"url": url}))
        # tdlib silently drops links with an invalid URL
        return
    if kind == "code":
        cls = attrs.get("class", "")
        language = cls[len("language-") :] if cls.startswith("language-") else ""
        if last is not None and same_range and last.type == "pre" and language:
            last.extra["language"] = language
            return
        entities.append(Entity("code", start, end, {"language": language} if language else {}))
        return
    if kind == "pre":
        if last is not None and same_range and last.type == "code" and last.extra.get("language"):
            last.type = "pre"
            return
        entities.append(Entity("pre", start, end))
        return
    if kind == "blockquote":
        kind = "expandable_blockquote" if "expandable" in attrs else "blockquote"
    if kind == "custom_emoji":
        entities.append(Entity(kind, start, end, {"custom_emoji_id": attrs["emoji-id"]}))
        return
    entities.append(Entity(kind, start, end))
