"""Library word pools: places (re-exported from `gazetteer`), number words, frequency, names."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from questions.generate.citytable import city_names
from questions.generate.gazetteer import (
    cities,
    city_countries,
    continent,
    countries,
    country_code,
    country_codes,
    country_initials,
    country_names,
    dotted_country,
    neighbours,
    place_kind,
    state_names,
    states,
    us_states,
)
from questions.generate.nationhood import constituents
from questions.generate.particles import name_cased
from questions.schema import normalise

# The place pools moved to `gazetteer`; their callers import them from here still.
__all__ = [
    "KIND_ZIPF",
    "NAME_LOCALES",
    "cities",
    "city_countries",
    "city_names",
    "constituents",
    "continent",
    "countries",
    "country_code",
    "country_codes",
    "country_initials",
    "country_names",
    "dotted_country",
    "first_name_gender",
    "fits_pronoun",
    "is_any_first_name",
    "is_demonym",
    "is_first_name",
    "is_surname",
    "looks_like_name",
    "neighbours",
    "person_names",
    "place_kind",
    "state_names",
    "states",
    "us_states",
    "zipf",
]


# a word this common is a kind or common noun ("party", "Security"), not a name: one
# threshold for the head of a name and for a capitalised word beside a title
KIND_ZIPF = 3.0


# the option and wording checks weigh the same words again and again (4,500 asks the seed
# article): the answer is wordfreq's, a pure function of the word
@lru_cache(maxsize=1 << 14)
def zipf(word: str) -> float:
    """Return how common an English word is (wordfreq's Zipf scale, 0 = unknown)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


NAME_LOCALES = (
    "en_US", "en_GB", "es_ES", "fr_FR", "de_DE", "it_IT", "sv_SE", "zh_CN", "ja_JP", "ru_RU",
)  # fmt: skip
# Locales whose Faker lists are in another script, read here in Latin letters: a sample of a
# large namespace ("Putin" is in no list), so the article's word for a person's nation counts.
TRANSLITERATED = ("ru_RU",)
WRITTEN_ZIPF = 2.0  # a transliterated first name this common in English text is one news writes
# A first name this common in its own language's text is a usual spelling ("Michael" 5.1);
# rarer ones are variants a reader takes for a typo ("Micheal" 2.8, "Kristopher" 2.0).
COMMON_FIRST_ZIPF = 3.0


@cache
def _names(locale: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Return a Faker locale's (male first names, female first names, surnames), romanised."""
    import importlib

    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    if locale == "zh_CN":
        first = tuple(provider.first_romanized_names)
        return first, first, tuple(provider.last_romanized_names)
    if locale == "ja_JP":  # English news writes Japanese names given name first
        male = tuple(provider.first_romanized_names_male)
        return (
            male,
            tuple(provider.first_romanized_names_female),
            tuple(provider.last_romanized_names),
        )
    if locale in TRANSLITERATED:  # "Медведев": Medvedev, as English news writes it
        men, women = _surname_forms(locale)
        male = tuple(_latin(n) for n in provider.first_names_male)
        return male, tuple(_latin(n) for n in provider.first_names_female), men + women
    male = tuple(getattr(provider, "first_names_male", provider.first_names))
    female = tuple(getattr(provider, "first_names_female", provider.first_names))
    return male, female, tuple(_mc(n) for n in provider.last_names)


def locale_names(locale: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Return a Faker locale's (male first names, female first names, surnames), romanised."""
    return _names(locale)


def _mc(surname: str) -> str:
    """Spell a Scottish or Irish "Mc" surname as it is written: en_US lists "Mcbride" (a
    reader notices: the article's own McBrides are "McBride"); en_GB already has "McLean"."""
    return re.sub(r"^Mc([a-z])", lambda m: "Mc" + m[1].upper(), surname)


def _latin(name: str) -> str:
    """Spell a Cyrillic name in Latin letters as English Wikipedia does ("Соловьев":
    Solovyev)."""
    import iuliia

    return str(iuliia.WIKIPEDIA.translate(name))


@cache
def _surname_forms(locale: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return a locale's (men's, women's) surnames where it writes them apart (Russian
    "Ivanov", "Ivanova"); both are all its surnames elsewhere."""
    import importlib

    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    men = getattr(provider, "last_names_male", None)
    women = getattr(provider, "last_names_female", None)
    if locale not in TRANSLITERATED or men is None or women is None:
        return _names(locale)[2], _names(locale)[2]
    return tuple(_latin(n) for n in men), tuple(_latin(n) for n in women)


def surnames_like(surname: str, locale: str) -> tuple[str, ...]:
    """Return a locale's surnames of the same form as a surname: "Putin" gets men's
    ("Ivanov"), "Zakharova" women's ("Ivanova"), by the ending most of each share."""
    men, women = _surname_forms(locale)
    if men == women:
        return men
    ending = surname[-1:]
    womanly = sum(n.endswith(ending) for n in women) > sum(n.endswith(ending) for n in men)
    return women if womanly else men


def ends_like(surname: str, locale: str, share: float = 0.05) -> bool:
    """Tell whether a surname ends as a good share of a locale's surnames of its form do
    ("Putin": -in, as "Ilyin" and "Fomin")."""
    found = surnames_like(surname, locale)
    return sum(n.endswith(surname[-2:]) for n in found) >= share * len(found)


def person_names(key: str, locales: tuple[str, ...] = NAME_LOCALES) -> list[str]:
    """Return names shaped like the key from the first of these Faker locales its surname
    belongs to (or, failing that, its first name).

    "Helen Carter" gets English female full names, "Wang Yi" Chinese ones (surname first),
    "Kane" other surnames; a name none of the locales knows gets none.
    """
    words = key.split()
    if not 1 <= len(words) <= 3:
        return []
    male, female, _ = _names("en_US")
    if len(words) == 1 and (key in male or key in female):
        # "Gloria", named alone: other first names, in their usual spellings
        return list(common_firsts(female if key in female else male, "en_US"))
    for locale in locales:
        family_first = locale == "zh_CN"
        if (words[0] if family_first else words[-1]) in _names(locale)[2]:
            return names_like(key, locale)
    for locale in locales:
        male, female, _ = _names(locale)
        if len(words) == 2 and locale != "zh_CN" and (words[0] in male or words[0] in female):
            # "Charles Bolden", "Naoto Kan": a known first name, a surname no list has
            return names_like(key, locale)
    return []


def names_like(key: str, locale: str, gender: str = "") -> list[str]:
    """Return a locale's names shaped like the key: surnames for a surname, full names of
    the key's gender in the locale's order for a full name ("Xi Jinping": "Wang Lijie");
    `gender` where the first name does not tell it (the article's "he" of "Cres")."""
    male, female, surnames = _names(locale)
    words = key.split()
    if len(words) == 1:
        return list(surnames_like(key, locale))  # "Putin": Russian men's surnames
    family_first = locale == "zh_CN"
    woman = (first_name_gender(words[0]) or gender) == "f"
    firsts = female if woman else male  # "Yvette": women's
    if locale in TRANSLITERATED:  # the names English news writes: "Sergey", not "Yevlampy"
        firsts = tuple(f for f in firsts if zipf(f.lower()) >= WRITTEN_ZIPF) or firsts
    firsts = common_firsts(firsts, locale)
    surnames = _surname_forms(locale)[1 if woman else 0]  # "Anna Ivanova", not "Anna Ivanov"
    if family_first:  # a given name of two syllables: "Guiying" is two already
        short = [f for f in firsts if len(f) <= 5]
        pairs = zip(surnames, short * 2, short[7:] + short, strict=False)
        return [f"{s} {f}{g.lower()}" for s, f, g in pairs if f != g]
    # "Perry Richard" reads as two first names: a surname that is one of the list's is left out
    return [f"{f} {s}" for f, s in zip(firsts, surnames[len(surnames) // 3 :], strict=False)
            if s not in male and s not in female]  # fmt: skip


def common_firsts(firsts: tuple[str, ...], locale: str) -> tuple[str, ...]:
    """Return the first names of a Latin-script list spelt as its language usually writes
    them (wordfreq): a made-up "Micheal Huff" reads as a typo, not a person."""
    if locale in (*TRANSLITERATED, "zh_CN", "ja_JP"):
        return firsts  # romanised: the language's own text does not write them so
    from wordfreq import zipf_frequency

    language = locale.split("_")[0]
    return tuple(f for f in firsts if zipf_frequency(f, language) >= COMMON_FIRST_ZIPF)


def first_name_gender(name: str) -> str:
    """Return "m" or "f" when Faker's first-name lists know the first name only so."""
    first = name.split()[0]
    # Every locale the pools read: "Andy" is only in the German list, "Naoto" the Japanese.
    male = any(first in _name_sets(locale)[0] for locale in NAME_LOCALES)
    female = any(first in _name_sets(locale)[1] for locale in NAME_LOCALES)
    return "m" if male and not female else "f" if female and not male else ""


def is_demonym(word: str, place: str) -> bool:
    """Tell whether a capitalised word names a place's people or itself ("Afghan":
    Afghanistan, "Chinese": China), by their shared beginning."""
    if " " in place:
        return False  # "Southern" says nothing of "South Korea"
    shared = 0
    for a, b in zip(word.lower(), place.lower(), strict=False):
        if a != b:
            break
        shared += 1
    return shared >= max(4, min(len(word), len(place)) - 3)


def fits_pronoun(name: str, pronoun: str) -> bool:
    """Tell whether "he"/"his" or "she"/"her" can stand for this name (unknown: yes)."""
    gender = first_name_gender(name)
    wanted = "m" if pronoun in ("he", "his", "him") else "f"
    return gender in ("", wanted)


@cache
def _name_sets(locale: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Return a Faker locale's name lists as sets: membership is asked thousands of times."""
    male, female, surnames = _names(locale)
    return frozenset(male), frozenset(female), frozenset(surnames)


def is_first_name(word: str) -> bool:
    """Tell whether a single capitalised word is a common English first name (Faker)."""
    male, female, _ = _name_sets("en_US")
    return word in male or word in female


def is_any_first_name(word: str) -> bool:
    """Tell whether a word is a first name in any of Faker's name lists ("Annie": German)."""
    return any(word in _name_sets(locale)[0] or word in _name_sets(locale)[1]
               for locale in NAME_LOCALES)  # fmt: skip


def is_surname(word: str) -> bool:
    """Tell whether a word is a surname in one of Faker's name lists ("Carter", "Chen")."""
    return any(word in _name_sets(locale)[2] for locale in NAME_LOCALES)


def looks_like_name(option: str, not_names: frozenset[str] = frozenset()) -> bool:
    """Tell whether an option can be a person's name: capitalised words, no place, no word of
    the article's organisation names, no common word that is nobody's first name or surname
    ("Space Shuttle Atlantis", "Super District Council"); two words opening with a first name
    are a name ("Donald Trump", "Thomas Sam")."""
    words = option.split()
    if not name_cased(words) or place_kind(option) != "place":
        return False
    if set(normalise(option).split()) & not_names:
        return False
    if len(words) == 1 or (len(words) == 2 and is_first_name(words[0])):
        return True  # "Donald Trump": a first name opens it, whatever English makes of "trump"
    return all(
        len(w) <= 2 or zipf(w.lower()) < 4.0 or is_surname(w) or is_any_first_name(w) for w in words
    )
