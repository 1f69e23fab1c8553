"""Which of the article's surnames a one-word person key gets as options, and which words
are no one's name.

Split from `distractors` (which chooses every kind of option): "Mertens" gets the other
players' surnames, the referee's last; "Grammy", a thing the model took for a person, none.
"""

from __future__ import annotations

from collections.abc import Sequence

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
