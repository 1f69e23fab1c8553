"""Nouns a possessive wh-phrase must not be asked over (blind review 79, fresh25).

A country set before a noun as its modifier often says what the noun is about, not who has
it: "the Russia investigation" looks into Russian involvement, it is not Russia's own, so "For
which country's investigation …?" says something false; "this Russia thing" is no thing of
Russia's. Only a noun whose commonest WordNet sense is a thing one can have (a body, a team,
an artifact, a place, a possession: "the Kenya team", "the Norway government") keeps the
owner's reading; an act, an event, an idea or a state ("deal", "crisis", "investigation") is
the country's topic, and so is a noun WordNet lacks. (A city before an event is where it is
held, "the Astana summit": the caller asks only of countries.)

A noun WordNet glosses as vague in its commoner half of senses ("a vaguely specified
concern", "unspecified objects": "thing", "stuff", "matter") names nothing a question could
ask the owner of, whoever it is.
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.whphrase import place_kind_noun
from questions.generate.wordnet import first_sense, senses, synset

Token = Any
# WordNet noun files of things had or held: animal, artifact, body, food, group, location,
# object, person, plant, possession, substance
_HAD_FILES = frozenset({5, 6, 8, 13, 14, 15, 17, 18, 20, 21, 27})
_VAGUE = re.compile(r"\b(?:vaguely specified|unspecified)\b")


def topic_modifier(modifier: Token, noun: Token) -> bool:
    """Tell whether a country set before a noun as its modifier ("the Russia investigation")
    says what the noun is about rather than who has it."""
    if modifier.dep_ != "compound":
        return False
    entry = first_sense(str(noun.lemma_).lower())
    return entry is None or entry.lexfile not in _HAD_FILES


def named_place_noun(noun: Token) -> bool:
    """Tell whether the owned noun is a kind of place its own "of" names ("the United States
    city of Atlanta, Georgia"): the owner only locates that place, and "Which country's city
    of Atlanta Georgia …?" garbles the name it cuts short."""
    return any(
        place_kind_noun(name) == noun
        for of in noun.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for name in of.children
        if name.dep_ == "pobj"
    )


def vague_noun(noun: Token) -> bool:
    """Tell whether WordNet glosses one of the noun's commoner half of senses as vague
    ("thing", "stuff"); a rare vague sense ("function": a social event) is not its use."""
    found = senses(str(noun.lemma_).lower())
    for rank, offset in enumerate(found):
        entry = synset(offset)
        if 2 * rank < len(found) and entry is not None and _VAGUE.search(entry.definition):
            return True
    return False
