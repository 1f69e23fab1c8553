"""Article-level corrections of the facts the model found: a garbled name, a person the model
called something else, and each answer once for the distractor pool."""

from __future__ import annotations

from dataclasses import replace as changed

from questions.generate.context import Parsed
from questions.generate.facts import Fact
from questions.generate.people import spelled, spellings
from questions.generate.pools import is_first_name, zipf
from questions.schema import normalise


def garbled(fact: Fact, parsed: Parsed) -> bool:
    """Tell whether a name looks mistranslated: said once, with a word English does not know."""
    if fact.kind not in ("organization", "document", "event", "title"):
        return False
    if parsed.mentions[normalise(fact.text)] > 1:
        return False
    return any(zipf(w.strip("'’").lower()) < 1.5 for w in fact.text.split() if w[:1].isalpha())


def people_named(per_sentence: list[list[Fact]]) -> list[list[Fact]]:
    """Call a name a person where the article names that person in full ("Wilkins") or it is
    a first name ("Gloria"), whatever label the model gave it."""
    people: set[str] = set()
    for found in per_sentence:
        for fact in found:
            if fact.kind == "person" and " " in fact.text:
                people.update({fact.text, fact.text.split()[-1]})

    def named(fact: Fact) -> bool:
        if fact.kind not in ("organization", "place") or fact.subtype in ("country", "city"):
            return False
        return fact.text in people or (" " not in fact.text and is_first_name(fact.text))

    right = spellings(people)
    return [
        [
            spelled(changed(f, kind="person", label="PERSON", subtype="") if named(f) else f, right)
            for f in found
        ]
        for found in per_sentence
    ]


def distinct(facts: list[Fact]) -> list[Fact]:
    """Keep the first mention of each answer: the distractor pool, linear in the article."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for fact in facts:
        key = (fact.kind, fact.label, normalise(fact.text))
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out
