"""The ISO codes of the countries words name, or whose people they name ("U.S.", "Afghan")."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from questions.generate.gazetteer import country_code, country_codes
from questions.generate.pools import is_demonym


def nation_codes(words: Iterable[str]) -> set[str]:
    """Return the ISO codes of the countries words name, or whose people they name ("U.S.",
    "afghan": US, AF)."""
    return {code for word in words if (code := _nation_code(word))}


@cache
def _nation_code(word: str) -> str:
    """Return the ISO code of the country a word names or whose people it names, or ""
    (asked per name, per sentence: the countries are read once a word)."""
    names = sorted((code, name) for code, name in country_codes().items() if len(code) == 2
                   and code.isupper())  # fmt: skip
    return country_code(word) or next(
        (c for c, name in names if is_demonym(word.title(), name)), ""
    )
