"""Which of the article's surnames a one-word person key gets as options, and which words
are no one's name.

Split from `distractors` (which chooses every kind of option): "Mertens" gets the other
players' surnames, the referee's last; "Grammy", a thing the model took for a person, none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from questions.generate.compiled import pattern
from questions.generate.facts import Fact
from questions.generate.options import OptionContext
from questions.generate.people import RARE_ZIPF, family_names
from questions.generate.pools import is_any_first_name, is_surname, zipf
from questions.generate.rolefit import titled_person
from questions.schema import normalise


def surnames_by_role(key: str, article: Sequence[Fact], context: OptionContext | None) -> list[str]:
    """Return the surnames of the article's people named in full, those the article gives
    the key's role first ("Mertens" for "Lukaku" before the referee's)."""
    named = family_names(article)
    roles = context.roles if context is not None else {}
    own = next((roles.get(normalise(full), "") for full, last in named if last == key), "")
    ranked = sorted(named, key=lambda pair: bool(own) and roles.get(normalise(pair[0])) != own)
    return [last for _, last in ranked]


def named_people(
    key: str, article: Sequence[Fact], context: OptionContext | None, alone: bool
) -> list[str]:
    """Return the article's people as a one-word key's options: by surname beside a surname
    ("Mertens" for "Lukaku"), by full name beside a name of its own (`mononym`: "Beyoncé")."""
    if alone:
        return [f.text for f in article if f.kind == "person" and " " in f.text]
    return surnames_by_role(key, article, context)


def reads_as_name(key: str, article: Sequence[Fact], context: OptionContext | None) -> bool:
    """Tell whether a one-word key reads as a person's name: the last word of one of the
    article's people named in full, a first name or surname of a list, a word too rare to be
    a common one ("Mertens", as `family_names` reads a surname), or titled ("singer")."""
    lasts = {f.text.split()[-1] for f in article if f.kind == "person" and " " in f.text}
    if key in lasts or is_any_first_name(key) or is_surname(key) or zipf(key.lower()) < RARE_ZIPF:
        return True
    return context is not None and titled_person(normalise(key), context)


def words_of_other_names(article: Sequence[Fact]) -> frozenset[str]:
    """Return the words of the article's organisation and place names that no person has."""
    people = {w for f in article if f.kind == "person" for w in normalise(f.text).split()}
    others = {
        w for f in article if f.kind in ("organization", "place", "document", "event")
        for w in normalise(f.text).split()
    }  # fmt: skip
    return frozenset(others - people)


def mononym(key: str, article: Sequence[Fact], context: OptionContext | None) -> bool:
    """Tell whether a one-word person key is a name of its own ("Beyoncé", "Rihanna"): no
    first name or surname of a list, the last word of none of the article's people named in
    full, and still a name (a rare word, or titled: "singer Madonna"; "Grammy" is a thing).
    Its options are people by their full names: a bare surname ("Mars" of Bruno Mars) beside
    it reads as a planet or a first name."""
    if " " in key or not key[:1].isupper():
        return False
    lasts = {f.text.split()[-1] for f in article if f.kind == "person" and " " in f.text}
    if key in lasts or is_any_first_name(key) or is_surname(key):
        return False
    if context is not None and _beside_name(key, context.text):
        return False  # "Dries Mertens", "Xi Jinping", "President Putin": a part of a name
    return reads_as_name(key, article, context)


def _beside_name(word: str, text: str) -> bool:
    """Tell whether a text writes a word next to a capitalised one, with no mark between
    ("Dries Mertens", "Xi Jinping", "President Putin"): one part of a longer name or a title's
    surname; a name of its own stands alone ("Beyoncé's album", "When Beyoncé sang")."""
    name = re.escape(word)
    if pattern(rf"\b{name} +[A-Z]").search(text):
        return True
    before = pattern(rf"\b([A-Z][\w'’-]*) +{name}\b").finditer(text)
    return any(found.group(1).lower() not in STOP_WORDS for found in before)
