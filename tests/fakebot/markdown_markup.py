"""parse_mode MarkdownV2 and the legacy Markdown, as tdlib parses them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .entity_types import Entity, EntityParseError, JSONDict, byte_offset, looks_like_url

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
        raise EntityParseError(f"Can't find end of a URL at byte offset {byte_offset(src, i)}")
    return "".join(url), j + 1


def parse_markdown_v2(src: str) -> tuple[str, list[Entity]]:
    out: list[str] = []
    entities: list[Entity] = []
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
                entities.append(Entity("blockquote", quote_start, len(out)))
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
                elif url and looks_like_url(url):
                    extra["url"] = url
                else:
                    continue  # no (valid) URL: plain text, like tdlib
            if len(out) > top.start:
                entities.append(Entity(top.type, top.start, len(out), extra))
            continue
        boff = byte_offset(src, i)
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
        entities.append(Entity("blockquote", quote_start, len(out)))
    return "".join(out), entities


# --------------------------------------------------------------------------- Markdown (legacy)


def parse_markdown(src: str) -> tuple[str, list[Entity]]:
    out: list[str] = []
    entities: list[Entity] = []
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
                f"Can't find end of the entity starting at byte offset {byte_offset(src, begin)}"
            )
        i += 3 if is_pre else 1
        end = len(out)
        if c == "[":
            if i < n and src[i] == "(":
                close = src.find(")", i)
                if close == -1:
                    raise EntityParseError(
                        "Can't find end of the entity starting at byte offset "
                        f"{byte_offset(src, begin)}"
                    )
                url = src[i + 1 : close]
                i = close + 1
                if end > start and looks_like_url(url):
                    entities.append(Entity("text_link", start, end, {"url": url}))
            continue
        if end > start:
            kind = {"_": "italic", "*": "bold", "`": "pre" if is_pre else "code"}[c]
            extra: JSONDict = {"language": language} if is_pre and language else {}
            entities.append(Entity(kind, start, end, extra))
    return "".join(out), entities
