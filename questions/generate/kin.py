"""Options named as the key is named: the article's others of the key's head noun.

spaCy labels one centre a facility (a place) and the next an organisation: "Kennedy Space
Center" (FAC) and "Johnson Space Center" (ORG) are the same kind of thing all the same.
What a name is, is its head noun ("center"), not the model's label; options of that noun
the article names are the plausible ones whatever their label.
"""

from __future__ import annotations

from collections.abc import Sequence

from questions.generate.facts import Fact
from questions.generate.kinds import own_kind

# Kinds of fact that are names of things (no person, number or date): a centre may be any.
_NAMED = frozenset({"place", "organization", "document", "event", "title", "name"})


def named_kin(fact: Fact, key: str, article: Sequence[Fact], where: bool = False) -> list[str]:
    """Return the article's names of the key's head noun that another kind of fact holds
    ("Johnson Space Center", an organisation, for the place "Kennedy Space Center"); none
    for a country, state or city, which the gazetteer kinds. Asked `where`, a site (a
    facility to the model) takes the names of any noun the article's sites have: "Where will
    Atlantis go on display?" of a visitor complex, the article's centres."""
    if fact.kind not in _NAMED or (fact.kind == "place" and fact.subtype != "place"):
        return []
    kinds = {own_kind(key)}
    if where and fact.label == "FAC":
        kinds |= {own_kind(f.text) for f in article if f.label == "FAC"}
    kinds.discard("")  # "NASA", "Chernobyl": no head noun to match
    return [
        f.text
        for f in article
        if f.kind in _NAMED and f.text != key and own_kind(f.text) in kinds
        and (f.kind != fact.kind or own_kind(f.text) != own_kind(key))
    ]  # fmt: skip
