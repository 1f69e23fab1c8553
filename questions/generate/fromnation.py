"""A "who from <country>?" question's options: people the article places in that country.

"Alberto Suarez Laso of Spain set a record" asks "Who from Spain set a record?"; offered
beside an American and a Japanese runner the only Spaniard is the key, whatever the reader
knows. So where the question names a country after "who from", an option must be someone
the article places there too ("Jane Roe of Spain", "Spanish runner Jane Roe", "Spain's Jane
Roe"); with too few such people the question is asked again without the key's "of Spain",
its deed alone saying whom it means.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from questions.generate.facts import Fact
from questions.generate.nationwords import described_nations, person_title
from questions.generate.pools import nation_codes
from questions.schema import normalise

Span = Any

# "Who from the United States had …?", "In London, who from Spain set …?"
_ASKED = re.compile(r"\b[Ww]ho from (?:the )?((?:[A-Z][\w.'’-]*\s?)+)")


def asked_nation(stem: str) -> set[str]:
    """Return the ISO codes of the country a question's "who from …" names, or none (a body,
    a party: "who from DAB", "who from Newsweek" are no country)."""
    found = _ASKED.search(stem)
    return nation_codes([found.group(1).strip()]) if found else set()


def person_nations(sentences: Sequence[Span]) -> dict[str, frozenset[str]]:
    """Return the countries the article places each person in by an "of" right after the
    name ("Henry Wanyoike of Kenya", "Laso of Spain") or by a title ("Polish President
    Andrzej Duda", "Duda, Polish president"), folded name -> ISO codes."""
    found: dict[str, set[str]] = {}
    for sentence in sentences:
        for ent in sentence.ents:
            person = ent.label_ == "PERSON"
            codes = _of_country(ent) | described_nations(ent) if person else set()
            if codes:
                found.setdefault(normalise(ent.text), set()).update(codes)
    return {name: frozenset(codes) for name, codes in found.items()}


def _of_country(ent: Span) -> set[str]:
    """Return the ISO codes of the country an "of" right after a person's name names."""
    doc = ent.doc
    of = doc[ent.end] if ent.end < len(doc) else None
    if of is None or of.lower_ != "of" or of.head.i != ent.root.i:
        return set()
    objects = [c for c in of.children if c.dep_ == "pobj"]
    place = next((e for e in doc.ents if objects and e.start <= objects[0].i < e.end), None)
    if place is None or place.label_ != "GPE":
        return set()  # "Jane Roe of the Bergen Institute": no country
    return nation_codes([place.text])


def elsewhere(
    option: str,
    stem: str,
    nations: Mapping[str, frozenset[str]],
    teams: Mapping[str, frozenset[str]],
) -> bool:
    """Tell whether a "who from <country>?" question's option is someone the article does
    not place in that country (elsewhere or nowhere): beside them the key stands out."""
    asked = asked_nation(stem)
    if not asked:
        return False
    folded = normalise(option)
    theirs = set(nations.get(folded, frozenset())) | nation_codes(teams.get(folded, frozenset()))
    return not theirs & asked


def key_nation(sentence: Span, fact: Fact, stem: str) -> frozenset[int]:
    """Return the words placing a person key in the country its "who from …?" question
    names ("of Spain" of "Alberto Suarez Laso of Spain"), to ask again without them when
    too few others of that country are left as options."""
    if fact.kind != "person" or not asked_nation(stem):
        return frozenset()
    doc = sentence.doc
    of = doc[fact.end] if fact.end < sentence.end else None
    if of is None or of.lower_ != "of":
        return frozenset()
    return frozenset(t.i for t in of.subtree)


def self_described(sentence: Span, fact: Fact) -> frozenset[str]:
    """Return the people whose title or "of" phrase in the fact's sentence holds the fact
    ("Laso of _____", "Besir Atalay, _____'s interior minister"): what the question asks
    places them, so it cannot give its own answer away."""
    asked = set(range(fact.start, fact.end))
    found = set()
    for ent in sentence.ents:
        if ent.label_ != "PERSON":
            continue
        after = sentence.doc[ent.end] if ent.end < len(sentence.doc) else None
        said = {t.i for t in person_title(ent)}
        said |= (
            {t.i for t in after.subtree} if after is not None and after.lower_ == "of" else set()
        )
        if said & asked:
            found.add(normalise(ent.text))
    return frozenset(found)
