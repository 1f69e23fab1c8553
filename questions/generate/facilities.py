"""A place named as the name of a facility: "the Fukushima nuclear plant", "Beijing's airport",
"the Hoover dam".

Such a place asks for the facility, not the town: any other city is an absurd rival ("the
Osaka nuclear plant" where Osaka has none; review of corpus/fukushima-level-seven). Only a
place the article itself names with that kind of facility may stand beside the key; with
none, no question. Which nouns are facilities WordNet decides (a kind of facility or
structure: plant, airport, dam, station, base); "the Astana summit" and "the Paris Accord"
name a meeting and a treaty, no facility, and keep their rivals.

A country's key is left alone: every country has embassies and airports, so "the French
embassy" is a fair rival of "the British embassy".
"""

from __future__ import annotations

from typing import Any

from questions.generate.articlememo import per_article
from questions.generate.hypernyms import is_kind_of
from questions.generate.options import OptionContext
from questions.generate.pools import country_code
from questions.generate.wordnet import senses
from questions.schema import normalise

Token = Any
# WordNet's facility/installation, structure/construction and excavation (a mine): the
# things built at a place and called by its name
_FACILITY_KINDS = frozenset({"03315023", "04341686", "03302121"})
_LEVELS = 10  # "power station" > station > facility: a few hypernym steps suffice
_MODIFIES = frozenset({"compound", "poss", "nmod", "amod"})  # "Fukushima plant", "Beijing's"


def facility_sense(noun: str) -> str:
    """Return a noun's commonest WordNet sense when that sense is a facility or a structure
    ("plant": the industrial plant; "airport"), else ""."""
    found = senses(noun)
    return found[0] if found and is_kind_of(found[:1], _FACILITY_KINDS, _LEVELS) else ""


def named_facility(place: Token | None) -> Token | None:
    """Return the facility noun a place's words qualify ("Fukushima" of "the Fukushima
    nuclear plant": plant), or None; a place that only locates a facility with a name of its
    own ("Oregon's Silver Span Bridge") names none."""
    if place is None or place.dep_ not in _MODIFIES:
        return None
    head = place.head
    if head.i <= place.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    own = [w for w in place.doc[place.i + 1 : head.i] if w.pos_ == "PROPN"]
    if place.dep_ == "poss" and own:
        return None  # "California's Golden Gate Bridge": the bridge has a name of its own
    return head if facility_sense(head.lemma_.lower()) else None


def off_facility(option: str, key: str, ctx: OptionContext) -> bool:
    """Tell whether the key names a facility ("the _____ nuclear plant") and the article
    never names the option with that kind of facility: a town with none is absurd."""
    noun = named_facility(ctx.place)
    if noun is None or country_code(key):
        return False
    sense = facility_sense(noun.lemma_.lower())
    named = per_article(ctx, ("facility_places", sense), lambda: _facility_places(ctx, sense))
    return normalise(option) not in named


def _facility_places(ctx: OptionContext, sense: str) -> frozenset[str]:
    """Return the names (folded) the article puts before a facility of this sense or of a
    kind of it, or of one this sense is a kind of: every opening run of proper nouns ("onagawa"
    and "onagawa nuclear" of "the Onagawa Nuclear Power Plant"; "taipei" of "Taipei's …")."""
    found: set[str] = set()
    for sentence in ctx.sentences:
        for noun in sentence:
            other = facility_sense(noun.lemma_.lower()) if noun.pos_ in ("NOUN", "PROPN") else ""
            if not other or not _same_kind(other, sense):
                continue
            run: list[str] = []
            for word in noun.doc[noun.left_edge.i : noun.i]:
                run = [*run, word.text] if word.pos_ == "PROPN" else []
                found.update(normalise(" ".join(run[i:])) for i in range(len(run)))
    return frozenset(found)


def _same_kind(one: str, other: str) -> bool:
    """Tell whether two facility senses are one, or one is a kind of the other."""
    return is_kind_of([one], {other}, _LEVELS) or is_kind_of([other], {one}, _LEVELS)
