"""Whether a clause says a place besides the one a question asks "where" of: "Where did
60,000 people gather on Plaza de la Ciudadanía?" is answered by its own words (review 86);
"In which city did … gather on Plaza de la Ciudadanía?" asks what the question leaves out."""

from __future__ import annotations

from typing import Any

_PLACES = frozenset({"FAC", "LOC", "GPE"})  # a named site, region or city
_WHEN = frozenset({"DATE", "TIME"})  # "on Tuesday", "at Noon": when, not where
# the prepositions that put a thing at a site itself; "near Safaga" leaves where open
_SITE_PREPS = frozenset({"in", "at", "on"})


def placed_besides(prep: Any) -> bool:
    """Tell whether the clause of a place's preposition ("in" of "in Santiago") names
    another site in a phrase of its own ("on Plaza de la Ciudadanía"), or the preposition
    hangs off a named site itself ("the plaza in Santiago" said as "Plaza … in Santiago")."""
    head = prep.head
    if head.pos_ not in ("VERB", "AUX"):  # "on Plaza Mayor in Valdoria": the plaza's city
        sited = head.dep_ == "pobj" and head.head.lower_ in _SITE_PREPS
        return head.ent_type_ in _PLACES or (sited and _site(head))
    for other in head.children:
        if other.dep_ != "prep" or other.i == prep.i or other.lower_ not in _SITE_PREPS:
            continue
        if any(c.dep_ == "pobj" and _site(c) for c in other.children):
            return True
    return False


def _site(noun: Any) -> bool:
    """Tell whether a preposition's object names a site: a place the parse knows, or any
    name but a day's or an hour's ("on Plaza Mayor", not "on Tuesday")."""
    if noun.ent_type_ in _PLACES:
        return True
    return noun.pos_ == "PROPN" and noun.ent_type_ not in _WHEN
