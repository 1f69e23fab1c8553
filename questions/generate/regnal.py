"""Names written with a regnal numeral ("Thutmosis III", "Louis XIV"): a person's name, not a
garbled organisation's, where the article treats it as a person's.

spaCy tags "Thutmosis III" an organisation, and "Thutmosis", rare in English, made it look
mistranslated; a numeral after a given name is how English names a monarch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.facts import Fact
from questions.generate.nouns import commonest_person
from questions.generate.pools import is_any_first_name, place_kind

# A regnal numeral, I to XXXIX: "Louis XIV", "Elizabeth II"; no list ships them as words.
_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def regnal(name: str) -> bool:
    """Tell whether a name is a given name and a regnal numeral ("Thutmosis III")."""
    words = name.split()
    return (
        len(words) == 2
        and words[0][:1].isupper()
        and words[0][1:].islower()
        and bool(words[1])
        and _NUMERAL.fullmatch(words[1]) is not None
    )


def regnal_people(per_sentence: list[list[Fact]], sentences: Sequence[Any]) -> frozenset[str]:
    """Return the names with a regnal numeral the article treats as a person's, whatever the
    model's label: one opening with a first name of a list ("Louis XIV"), or one a noun
    naming a person stands before somewhere ("pharaoh Thutmosis III"), and its given name
    ("Thutmosis's name"); not "World War II" nor "Super Bowl XLII" (two words before the
    numeral), nor "Vatican II" (a place)."""
    text = " ".join(s.text for s in sentences)
    found = set()
    for facts in per_sentence:
        for fact in facts:
            if fact.kind not in ("person", "organization") or not regnal(fact.text):
                continue
            given = fact.text.split()[0]
            if place_kind(given) != "place":
                continue  # "Vatican II": a council named by its place
            if is_any_first_name(given) or _titled(fact.text, text):
                found |= {fact.text, given}
    return frozenset(found)


def words_before(name: str, text: str, word: str = "[A-Za-z]+") -> list[str]:
    """Return each word the text writes just before a name ("pharaoh" of "pharaoh Thutmosis
    III", "goddess" of "the goddess Nut"), as written; `word` says which words count."""
    return [found.group(1) for found in pattern(rf"\b({word}) +{re.escape(name)}\b").finditer(text)]


def _titled(name: str, text: str) -> bool:
    """Tell whether the text writes a noun that names a person just before a name
    ("pharaoh Thutmosis III", "King Louis XIV")."""
    return any(commonest_person(word.lower()) for word in words_before(name, text))
