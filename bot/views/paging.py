"""Keep every list the bot sends under Telegram's 4,096 characters: pages, or a count."""

from __future__ import annotations

# Measured on the HTML source in UTF-16 units: never shorter than what Telegram counts (the
# text after entity parsing), so a list within the budget always fits, with room for the rest.
LIST_BUDGET = 3_500
# Items listed before "…and N more": enough to act on without flooding the chat.
MAX_LISTED = 10


def text_length(text: str) -> int:
    """Return the length of `text` in UTF-16 code units, as Telegram counts characters."""
    return len(text.encode("utf-16-le")) // 2


def pages_of(lines: list[str], budget: int = LIST_BUDGET) -> list[list[str]]:
    """Cut lines into pages of at most `budget` characters each (a page holds at least one)."""
    pages: list[list[str]] = [[]]
    used = 0
    for line in lines:
        size = text_length(line) + 1
        if pages[-1] and used + size > budget:
            pages.append([])
            used = 0
        pages[-1].append(line)
        used += size
    return pages


def listed(items: list[str], *, budget: int = 1_500, more: str = " … and {n} more") -> str:
    """Join items with commas up to `budget` characters, then say how many were left out.

    `more` is the (translated) tail with the count of items left out as {n}.
    """
    shown: list[str] = []
    used = 0
    for item in items:
        used += text_length(item) + 2
        if shown and used > budget:
            break
        shown.append(item)
    text = ", ".join(shown)
    if len(shown) < len(items):
        text += more.format(n=len(items) - len(shown))
    return text


def clip(text: str, limit: int) -> str:
    """Shorten text to `limit` characters, ending in '…' (before escaping it)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
