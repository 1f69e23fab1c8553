"""A surname said alone that no list reads as a person's: its rivals are the article's others.

"Obama said …" after "President Barack Obama": the name lists take "Obama" (a Japanese
city) for no one's name, so the fact is a bare name with no rival of its kind, and the
question was refused. A one-word name that ends a full name the article gives a person
("Barack Obama") is that person's surname; its honest rivals are the surnames of the other
people the article names in full ("Bush" of George W. Bush, "Mitchell" of George J.
Mitchell), judged as a person's options are (not one the stem names, not of the other
gender, not in another role the stem gives). Two of them make a fair three-option question:
a made-up surname beside the story's own people is the one a reader strikes out first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace as changed

from questions.generate.closest import closest, unpossessed
from questions.generate.facts import Fact
from questions.generate.fit import unfit
from questions.generate.options import OptionContext, option_problem
from questions.generate.pools import is_first_name
from questions.generate.reviewed import other_gender
from questions.generate.sameperson import one_person
from questions.schema import normalise

_VOWEL = re.compile(r"[aeiouyAEIOUY]")
SURNAMES = "the article's surnames"  # where a bare surname key's options come from


def _full_names(article: Sequence[Fact]) -> list[str]:
    """Return the article's people the model names in full ("George W. Bush"), in the
    article's order: capitalised words, none opening with someone named alone ("Warhol
    Polaroid" is a photograph), ending in a word with a vowel (no "Stefan W")."""
    alone = {f.text for f in article if f.kind == "person" and " " not in f.text}
    seen: dict[str, str] = {}
    for fact in article:
        words = fact.text.split()
        if (
            fact.kind == "person"
            and fact.label == "PERSON"
            and len(words) > 1
            and all(word[:1].isupper() for word in words)
            and (words[0] not in alone or is_first_name(words[0]))
            and _VOWEL.search(words[-1])
        ):
            seen.setdefault(normalise(fact.text), fact.text)
    return list(seen.values())


def surname_rivals(fact: Fact, key: str, article: Sequence[Fact]) -> list[str] | None:
    """Return the surnames of the article's other people named in full, when the key is a
    bare name (no list's person) that ends one of its full names; else None."""
    if fact.kind != "name" or " " in key or not key[:1].isupper():
        return None
    names = _full_names(article)
    if not any(name.split()[-1] == key for name in names):
        return None
    rivals = [name.split()[-1] for name in names if name.split()[-1] != key]
    return list(dict.fromkeys(rivals))  # two people of one surname: one option


def fair_surname(
    option: str, key: str, fact: Fact, ctx: OptionContext | None, taken: set[str], source: str
) -> bool:
    """Tell whether another person's surname may stand beside a bare surname key: not one the
    question's sentence says, and judged as any person's option would be ("Who said he …":
    no woman's; "President _____": no envoy)."""
    folded = normalise(option)
    if folded in taken or folded in normalise(source):
        return False  # "Obama met with George J. Mitchell": not Mitchell, who was met
    if ctx is None:
        return True
    person = changed(fact, kind="person")  # the key is someone: a person's rules judge it
    judged = changed(ctx, fact=person)
    if option_problem(option, judged) or unfit(option, key, person, judged):
        return False
    return not (other_gender(option, ctx.stem, ctx.genders) or one_person(option, key, ctx.persons))


def surname_options(
    fact: Fact,
    key: str,
    article: Sequence[Fact],
    source: str,
    ctx: OptionContext | None,
    avoid: frozenset[str],
) -> list[str] | None:
    """Return a bare surname key's options, the article's other surnames that fit (none of
    the folded names in `avoid`), or None when the key is no such surname."""
    rivals = surname_rivals(fact, key, article)
    if rivals is None:
        return None
    taken = {normalise(key), unpossessed(key), *avoid}
    return closest(rivals, key, lambda o: fair_surname(o, key, fact, ctx, taken, source), taken)
