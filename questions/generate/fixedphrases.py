"""Definite nouns a question names by its own words: a century counted by its ordinal ("the
twentieth century") and "the continent" of the countries the question names."""

from __future__ import annotations

import re
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.gazetteer import continent

# the calendar's periods counted from the era's start: "the 21st century" is one period of
# history, where "the third game" or "the first inning" is one of a match the article told of
_ERAS = frozenset({"century", "millennium"})


def counted_era(head: Any) -> bool:
    """Tell whether a definite noun is a century (millennium) counted by its ordinal ("the
    twentieth century", "the 19th century"): one period of history, named as it is said."""
    if head.lemma_.lower() not in _ERAS:
        return False
    return any(
        c.dep_ in ("amod", "nummod", "compound") and c.like_num and c.i < head.i
        for c in head.children
    )


def named_continent(head: Any, sentence: Any, answer: range, stem: str) -> bool:
    """Tell whether a bare "the continent" is the one continent of every country its sentence
    names before it, each said in the question ("… Zimbabwe's president … shame on the
    continent": Africa); a blank that takes the country leaves it unnamed."""
    if head.lemma_.lower() != "continent" or any(c.dep_ != "det" for c in head.children):
        return False
    from questions.generate.references import said_in_stem  # it asks this module

    places = [e for e in ents_of(sentence) if e.label_ == "GPE" and e.end <= head.i]
    codes = {continent(re.sub(r"['’]s?$", "", e.text)) for e in places}
    if len(codes) != 1 or "" in codes:
        return False  # none named, one the gazetteer does not know, or two continents
    return all(
        e.start not in answer and said_in_stem(re.sub(r"['’]s?$", "", e.text).split(), stem)
        for e in places
    )
