"""Made-up person options that fit both the key's name and the article's setting, and the
article's people named in full, by surname, or in a question.

Which locale's names fit a key is worked out in `locales`: the one its name tells, else the
article's own country's, else none, and the article's own people are the options.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace as changed
from typing import Any

from rapidfuzz.distance import Levenshtein

from questions.generate.countrynames import country_locale, country_names
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.koreannames import korean_names
from questions.generate.locales import (
    family_first,
    fits_setting,
    name_locale,
    setting,
    setting_locale,
    unplaced,
    unset,
)
from questions.generate.namedgender import described_genders
from questions.generate.nationnames import nation_locale, nation_names
from questions.generate.pools import (
    NAME_LOCALES,
    country_codes,
    first_name_gender,
    is_any_first_name,
    is_demonym,
    is_first_name,
    is_surname,
    locale_names,
    names_like,
    person_names,
    zipf,
)
from questions.schema import normalise

RARE_ZIPF = 3.5  # a last word this rare is a surname ("Mertens"), not "Polaroid"
# A name's word has a vowel or is initials ("K.C."); "Ms", "Dr" are titles.
_VOWEL = re.compile(r"[AEIOUYaeiouy]|^(?:[A-Z]\.){1,3}$")
_RUN_INITIALS = re.compile(r"^[A-Z]{2,3}$")  # "SK" of "SK Sharif": initials without stops
_PRONOUNS = {"he": "m", "she": "f"}
_SUBJECTS = ("nsubj", "nsubjpass")


def person_options(
    key: str,
    article: Sequence[Fact],
    said: Collection[str] = (),
    genders: Mapping[str, str] | None = None,
    nations: Collection[str] = (),
) -> list[str]:
    """Return library names for a person key that fit the article's setting, or none.

    A surname alone ("Xi", "Cooper") takes the locale of the full name the article gives it;
    `said` are the article's words for the person's nation or side ("russian"); `genders`
    the people's by the article's "he" or "she", where a first name does not tell it;
    `nations` the countries the article places the person in ("Brazilian President …": BR).
    """
    codes = setting(article)
    words = key.split()
    full = _full_name(key, article) if len(words) == 1 else key
    if len(words) == 1 and is_first_name(key) and full is None:
        return person_names(key)  # "Gloria", named alone: other first names ("Lee" of "Stan
        # Lee" is his surname)
    nation = nation_locale(nations)
    if nation is not None:  # "Brazilian President Lula": Brazilian names, wherever the story
        named = nation_names(key, nation, gender_of(full or key, genders or {}), full)
        if named:
            return named
    foreign = _foreign(said, codes)  # the article's words place the person abroad
    korean = (
        [] if foreign else korean_names(key, full, codes, gender_of(full or key, genders or {}))
    )
    if korean:  # "Kim Jong-un" in a story of the Koreas: Faker's Hangul list, romanised
        return korean
    country = None if foreign else country_locale(full or key, codes)
    if country is not None:  # "Ro Fernandez" in a Chilean story: Chilean names, not American
        return country_names(key, country, gender_of(full or key, genders or {}), full)
    locale = name_locale(full or key, codes, said)
    if locale is None and unplaced(full or key) and not foreign:
        # "Cres Eastman", "Colette Heald": a name no list places is of the article's country
        locale = setting_locale(codes)
        if locale is None and unset(article):  # a list of countries, none the story's: the
            locale = name_locale(full or key, ())  # first name places it ("Stephen": English)
        if locale is None or not fits_setting(full or key, locale):
            return []
        gender = gender_of(full or key, genders or {})
        known = len(words) == 1 or first_name_gender(key) or gender
        return _borrowed(names_like(key, locale, gender), locale, codes) if known else []
    if locale is None:
        return []
    if len(words) == 1:
        return _borrowed(names_like(key, locale), locale, codes)
    return _borrowed(person_names(key, (locale,)) or names_like(key, locale), locale, codes)


def _borrowed(names: list[str], locale: str, codes: Sequence[str]) -> list[str]:
    """Keep, of a list borrowed for an article set in another country of its language, the
    names every list of that language holds: a New Zealand story's rivals are no "John
    Trujillo" of the American list, but "John Palmer", British and American alike."""
    country = locale.split("_")[-1]
    language = locale.split("_")[0]
    others = [loc for loc in NAME_LOCALES if loc.startswith(f"{language}_") and loc != locale]
    if not codes or country == codes[0] or not others:
        return names  # the article's own country's list, or its language's only one
    return [name for name in names if all(_holds(loc, name) for loc in others)]


def _holds(locale: str, name: str) -> bool:
    """Tell whether a locale's lists hold a name's first name (if any) and its surname."""
    male, female, surnames = locale_names(locale)
    words = name.split()
    return words[-1] in surnames and (len(words) == 1 or words[0] in male or words[0] in female)


def _foreign(said: Collection[str], codes: Sequence[str]) -> bool:
    """Tell whether the article calls a person by a nation's word other than its most named
    country's ("Afghan" in an American article): the country's names are not theirs."""
    home = country_codes().get(codes[0], "") if codes else ""
    return any(not is_demonym(word, home) for word in said)


def said_genders(sentences: Sequence[Any]) -> dict[str, str]:
    """Map each person (folded, in full and by surname) "he" or "she" stands for as the
    subject before it in a sentence ("Professor Eastman said he is alarmed"), or a noun for a
    person beside a full name says ("his wife Mara Lind"), to "m" or "f"; one said both ways
    maps to nothing."""
    found: dict[str, set[str]] = {}
    for sentence in sentences:
        people = [e for e in ents_of(sentence) if e.label_ == "PERSON"]
        for ent in people:  # "spokeswoman Sujata Raisinghani": her title says she is a woman
            title = _title_gender(ent)
            if title:
                name = normalise(ent.text.removesuffix("'s"))
                for part in {name, name.split()[-1]}:
                    found.setdefault(part, set()).add(title)
        # "his wife Mara Lind": the noun beside her says she is a woman. By the full name
        # only: her husband may share the surname ("Tom Lind")
        for head, described in described_genders(sentence):
            full = next((e for e in people if e.start <= head.i < e.end), None)
            if full is not None and " " in full.text:
                found.setdefault(normalise(full.text.removesuffix("'s")), set()).add(described)
        for token in sentence:
            gender = _PRONOUNS.get(token.lower_)
            if gender is None or token.dep_ not in _SUBJECTS:
                continue
            before = [e for e in people if e.end <= token.i and e.root.dep_ in _SUBJECTS]
            if before:
                name = normalise(before[-1].text.removesuffix("'s"))
                for part in {name, name.split()[-1]}:
                    found.setdefault(part, set()).add(gender)
    return {name: next(iter(said)) for name, said in found.items() if len(said) == 1}


def _title_gender(ent: Any) -> str:
    """Return "f" or "m" when the word just before a name is a title ending in "woman" or
    "man" on a word of its own ("spokeswoman", "chairman"; not "German", "human")."""
    if ent.start == 0:
        return ""
    word = ent.doc[ent.start - 1]
    if word.pos_ != "NOUN" or not word.is_lower:
        return ""
    for ending, gender in (("woman", "f"), ("man", "m")):
        stem = word.lower_.removesuffix(ending)
        if stem != word.lower_:
            return gender if len(stem) >= 4 and zipf(stem) >= 2.5 else ""
    return ""


def gender_of(key: str, genders: Mapping[str, str]) -> str:
    """Return a person's gender by the article's pronouns, by full name or by surname."""
    folded = normalise(key)
    return genders.get(folded) or genders.get(folded.split()[-1], "") if folded else ""


def _full_name(surname: str, article: Sequence[Fact]) -> str | None:
    """Return the article's full name of a person named by surname ("Xi": "Xi Jinping")."""
    for fact in article:
        words = fact.text.split()
        if fact.kind != "person" or len(words) != 2:
            continue
        if surname == words[-1] or (surname == words[0] and family_first(fact.text)):
            return fact.text
    return None


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
    """Return the article's people the model names in full as a person (folded): two or more
    capitalised words, the first a first name or no one named alone ("Warhol Polaroid" is a
    photograph; "Thomas Sam", named "Thomas" too, a person), no vowelless title ("Ms
    Bauchtman"), and past two words each a name ("Abdel Meguid Mahmud", not "President Ali
    Said")."""
    alone = {f.text for f in article if f.kind == "person" and " " not in f.text}
    return frozenset(
        normalise(f.text) for f in article
        if f.kind == "person" and f.label == "PERSON" and len(words := f.text.split()) >= 2
        and (words[0] not in alone or is_first_name(words[0]))
        and (all(w[:1].isupper() and _VOWEL.search(w) for w in words) or initialled(f.text))
        and (len(words) == 2 or all(map(_name_word, words)))
    )  # fmt: skip


def initialled(name: str) -> bool:
    """Tell whether a name is initials run together and a surname ("SK Sharif"): the last
    word a name's, not a common word, as an acronym and a word are ("BBC Sport")."""
    words = name.split()
    return len(words) == 2 and bool(_RUN_INITIALS.match(words[0])) and _surname_word(words[1])


def _surname_word(word: str) -> bool:
    """Tell whether a capitalised word reads as a surname: `_name_word`, capitals aside."""
    return word[:1].isupper() and word[1:].islower() and _name_word(word)


def _name_word(word: str) -> bool:
    """Tell whether a word of a name reads as a name: a first name or surname of a list, or a
    word too rare in English to be a common one ("Meguid"; not "President", "Council")."""
    plain = word.removesuffix("'s")
    return is_any_first_name(plain) or is_surname(plain) or zipf(plain.lower()) < RARE_ZIPF


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


def named_person(option: str, surnames: AbstractSet[str]) -> bool:
    """Tell whether an option is someone the names say it can be: a full name that opens with
    a first name or ends with a surname Faker knows, or a surname the article gives a person
    in full ("Wilkins" of "Kristen Wilkins"), or one Faker knows."""
    words = option.split()
    if len(words) == 1:
        return option in surnames or is_surname(option) or is_any_first_name(option)
    if (is_surname(words[0]) or words[0] in surnames) and family_first(option):
        return True  # "Wang Lijun", "Kim Min-Woo": the surname first
    return is_any_first_name(words[0]) or is_first_name(words[0]) or is_surname(words[-1])
