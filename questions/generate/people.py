"""Made-up person options that fit both the key's name and the article's setting.

A blind review struck out American-sounding names offered for a UK Labour post and for Hong
Kong election winners. A library name must come from a Faker locale that knows the key's
name and is of a country the article's places are in ("Yvette Cooper" in a UK article: the
British list, not the American one), or whose first names alone tell the key's origin
("Naoto": Japanese). A Chinese name no list holds ("Xi Jinping") gets Chinese names where
the article is set in China. Where no locale fits, the article's own people are the options.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import replace as changed
from functools import cache
from typing import Any

from rapidfuzz.distance import Levenshtein

from questions.generate.facts import Fact
from questions.generate.pools import (
    NAME_LOCALES,
    TRANSLITERATED,
    _names,
    cities,
    country_code,
    country_codes,
    ends_like,
    is_any_first_name,
    is_demonym,
    is_first_name,
    is_surname,
    names_like,
    person_names,
    states,
    zipf,
)
from questions.schema import normalise

# "UK" is the United Kingdom's exceptionally reserved ISO code; no library maps it to GB.
_EXCEPTIONAL = {"UK": "GB"}
_RUN = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*)*")
RARE_ZIPF = 3.5  # a last word this rare is a surname ("Mertens"), not "Polaroid"
# A name's word has a vowel or is initials ("K.C."); "Ms", "Dr" are titles.
_VOWEL = re.compile(r"[AEIOUYaeiouy]|^(?:[A-Z]\.){1,3}$")
_SETTING_KINDS = frozenset({"place", "organization"})  # "United Kingdom Home Office"


def _codes(fact: Fact) -> list[str]:
    """Return the country codes a place or a name's words point to ("Sochi": RU)."""
    folded = normalise(fact.text.removeprefix("the ").removeprefix("The "))
    if fact.kind == "place" and fact.subtype == "city":
        return [cities().get(folded, "")]
    if fact.kind == "place" and fact.subtype == "state":
        return [states().get(folded, "")]
    found = []
    for run in _RUN.findall(fact.text):
        words = run.split()
        for size in range(len(words), 0, -1):  # the longest country name in the run
            for start in range(len(words) - size + 1):
                part = " ".join(words[start : start + size])
                code = country_code(part) or _nations().get(part, "") or _EXCEPTIONAL.get(part, "")
                if code:
                    found.append(code)
    return found


@cache
def _nations() -> dict[str, str]:
    """Map the names of countries within a country to its code ("England": GB; pycountry)."""
    import pycountry

    return {sub.name.split(" [")[0]: sub.country_code
            for sub in sorted(pycountry.subdivisions, key=lambda s: s.code)
            if sub.parent_code is None and sub.type in ("Country", "Nation")}  # fmt: skip


def setting(article: Sequence[Fact]) -> tuple[str, ...]:
    """Return the country codes of the article's places, the most often named first."""
    counts: Counter[str] = Counter()
    for fact in article:
        if fact.kind in _SETTING_KINDS:
            counts.update(code for code in _codes(fact) if code)
    return tuple(code for code, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _country(locale: str) -> str:
    """Return a Faker locale's country code ("en_GB": GB)."""
    return locale.split("_")[-1]


def _knowing(key: str) -> list[str]:
    """Return the locales whose lists know the key's surname, else its first name."""
    words = key.split()
    by_surname = [loc for loc in NAME_LOCALES
                  if (words[0] if loc == "zh_CN" else words[-1]) in _names(loc)[2]]  # fmt: skip
    if by_surname or len(words) != 2:
        return by_surname
    return [loc for loc in NAME_LOCALES if loc != "zh_CN" and _first(words[0], loc)]


def _first(word: str, locale: str) -> bool:
    """Tell whether a word is one of a locale's first names."""
    male, female, _ = _names(locale)
    return word in male or word in female


@cache
def _syllables() -> frozenset[str]:
    """Return the pinyin syllables of Faker's romanised Chinese names ("jin", "ping")."""
    male, _, surnames = _names("zh_CN")
    return frozenset(w.lower() for w in (*male, *surnames))


def _pinyin(word: str, parts: int) -> bool:
    """Tell whether a word is made of `parts` syllables of Chinese names ("Jinping")."""
    lower = word.lower()
    if parts == 1:
        return lower in _syllables()
    return any(
        lower[:i] in _syllables() and _pinyin(lower[i:], parts - 1) for i in range(1, len(lower))
    )


def chinese_shaped(key: str) -> bool:
    """Tell whether a full name reads as a Chinese one, surname first: a short surname and a
    given name of two syllables of Chinese names ("Xi Jinping")."""
    words = key.split()
    return (
        len(words) == 2
        and len(words[0]) <= 5
        and words[0].isalpha()
        and words[1][1:].islower()
        and _pinyin(words[1], 2)
    )


def name_locale(key: str, codes: Sequence[str], said: Collection[str] = ()) -> str | None:
    """Return the Faker locale whose names fit beside the key in an article set in these
    countries and that calls the person by these nations' words ("Russian"), or None where
    none fits."""
    knowing = _knowing(key)
    if not codes and knowing:
        return knowing[0]  # no setting to mismatch
    local = sorted((loc for loc in knowing if _country(loc) in codes),
                   key=lambda loc: codes.index(_country(loc)))  # fmt: skip
    if local:
        return local[0]  # "Yvette Cooper" in a UK article: British names
    words = key.split()
    if len(words) == 2 and len(knowing) == 1 and _tells_origin(words, knowing[0]):
        return knowing[0]  # "Naoto" is Japanese wherever the article is set
    if ("CN" in codes or not codes) and chinese_shaped(key):
        return "zh_CN"  # "Xi Jinping": no list holds "Xi"; its shape is Chinese
    return _said_locale(words[-1], said)


def _said_locale(surname: str, said: Collection[str]) -> str | None:
    """Return the transliterated locale of the nation the article calls a person by, where
    the surname ends as that nation's do ("Russian President Putin": Russian, -in)."""
    for locale in TRANSLITERATED:
        country = country_codes().get(_country(locale), "")
        if any(is_demonym(word, country) for word in sorted(said)) and ends_like(surname, locale):
            return locale
    return None


def _tells_origin(words: Sequence[str], locale: str) -> bool:
    """Tell whether the one locale that knows a name tells where its bearer is from: its
    surname list holds the surname, or its first names are of its own script ("Naoto");
    a first name alone in a Latin list travels ("Colette Heald" is no French scientist)."""
    if locale in ("en_US", "en_GB"):
        return False
    return words[-1] in _names(locale)[2] or locale in (*TRANSLITERATED, "zh_CN", "ja_JP")


def person_options(key: str, article: Sequence[Fact], said: Collection[str] = ()) -> list[str]:
    """Return library names for a person key that fit the article's setting, or none.

    A surname alone ("Xi", "Cooper") takes the locale of the full name the article gives it;
    `said` are the article's words for the person's nation or side ("russian").
    """
    codes = setting(article)
    words = key.split()
    if len(words) == 1 and is_first_name(key):
        return person_names(key)  # "Gloria", named alone: other first names
    if len(words) == 1:
        full = _full_name(key, article)
        locale = name_locale(full or key, codes, said)
        return names_like(key, locale) if locale else []
    locale = name_locale(key, codes, said)
    if locale is None:
        return []
    return person_names(key, (locale,)) or names_like(key, locale)


def _full_name(surname: str, article: Sequence[Fact]) -> str | None:
    """Return the article's full name of a person named by surname ("Xi": "Xi Jinping")."""
    for fact in article:
        words = fact.text.split()
        if fact.kind != "person" or len(words) != 2:
            continue
        if surname == words[-1] or (surname == words[0] and chinese_shaped(fact.text)):
            return fact.text
    return None


def family_first(full: str) -> bool:
    """Tell whether a full name puts the surname first: Chinese ("Xi Jinping") or with a
    hyphenated given name ("Hwang Hee-Chan", "Lee Cheuk-yan")."""
    words = full.split()
    return len(words) == 2 and (chinese_shaped(full) or bool(re.fullmatch(r"\w+-\w+", words[1])))


def family_names(article: Sequence[Fact]) -> list[tuple[str, str]]:
    """Return (full name, surname) for each person the article names in full as a person
    reads: "Dries Mertens": Mertens; "Kim Min-Woo": Kim; not "Warhol Polaroid", whose first
    word is someone named alone."""
    alone = {f.text for f in article if f.kind == "person" and " " not in f.text}
    out: list[tuple[str, str]] = []
    for fact in article:
        words = fact.text.split()
        if fact.kind != "person" or len(words) != 2 or words[0] in alone:
            continue
        first = family_first(fact.text)
        surname = words[0] if first else words[1]
        if first or is_any_first_name(words[0]) or zipf(surname.lower()) < RARE_ZIPF:
            out.append((fact.text, surname))
    return out


def spellings(people: set[str]) -> dict[str, str]:
    """Map the surnames of the article's full names to themselves, the spelling a typo of
    one is put right to."""
    return {name: name for name in sorted(people) if " " not in name and len(name) > 3}


def spelled_source(sentence: Any, fact: Fact) -> str:
    """Return the sentence, with a person's misspelled surname put right as in the key
    ("…", Water said: "…", Waters said), so the explanation agrees with the answer."""
    span = sentence.doc[fact.start : fact.end]
    if fact.kind != "person" or span.text == fact.text:
        return str(sentence.text.strip())
    start, end = span.start_char - sentence.start_char, span.end_char - sentence.start_char
    return str((sentence.text[:start] + fact.text + sentence.text[end:]).strip())


def spelled(fact: Fact, surnames: dict[str, str]) -> Fact:
    """Put right a surname one letter off a full name's ("said Water": Kathryn Waters), so
    the key does not copy the article's typo."""
    if fact.kind != "person" or " " in fact.text or fact.text in surnames:
        return fact
    near = [s for s in surnames if Levenshtein.distance(s, fact.text) == 1]
    return changed(fact, text=near[0]) if len(near) == 1 else fact


def named_in_full(article: Sequence[Fact]) -> frozenset[str]:
    """Return the article's people the model names in full as a person (folded): two
    capitalised words, the first a first name or no one named alone ("Warhol Polaroid" is a
    photograph; "Thomas Sam", named "Thomas" too, a person), and no vowelless title ("Ms
    Bauchtman")."""
    alone = {f.text for f in article if f.kind == "person" and " " not in f.text}
    return frozenset(
        normalise(f.text) for f in article
        if f.kind == "person" and f.label == "PERSON" and len(words := f.text.split()) == 2
        and (words[0] not in alone or is_first_name(words[0]))
        and all(w[:1].isupper() and _VOWEL.search(w) for w in words)
    )  # fmt: skip


def named_in_stem(option: str, stem: str) -> bool:
    """Tell whether the question names the option's person, by surname or a one-letter typo
    of it ("Kristen Wilkins observed …", the headline's "Warhol's photo legacy", "Water
    said" of Kathryn Waters): no one is the answer to a question about them."""
    words = option.split()
    surname = words[0] if family_first(option) else words[-1]
    if len(surname) < 3:
        return False
    said = re.findall(r"[A-Z][\w'-]+", stem)
    near = 1 if len(surname) > 4 else 0
    return any(Levenshtein.distance(w.removesuffix("'s"), surname) <= near for w in said)


def named_person(option: str, surnames: set[str]) -> bool:
    """Tell whether an option is someone the names say it can be: a full name that opens with
    a first name or ends with a surname Faker knows, or a surname the article gives a person
    in full ("Wilkins" of "Kristen Wilkins"), or one Faker knows."""
    words = option.split()
    if len(words) == 1:
        return option in surnames or is_surname(option) or is_any_first_name(option)
    if (is_surname(words[0]) or words[0] in surnames) and family_first(option):
        return True  # "Wang Lijun", "Kim Min-Woo": the surname first
    return is_any_first_name(words[0]) or is_first_name(words[0]) or is_surname(words[-1])
