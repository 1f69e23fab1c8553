"""Whether a place question may take its options from a list: not where the article names
rivals of the key's own kind that could stand in the question's slot."""

from __future__ import annotations

from collections.abc import Sequence

from questions.generate.continentword import off_continent
from questions.generate.demonyms import people_nations
from questions.generate.facts import Fact
from questions.generate.options import OptionContext, from_elsewhere
from questions.generate.placefit import no_article
from questions.generate.placekinds import is_continent
from questions.generate.pools import cities, country_code
from questions.generate.textsearch import says
from questions.schema import normalise


def far_places(
    fact: Fact, origin: str, article: Sequence[Fact], ctx: OptionContext | None = None
) -> str | None:
    """Refuse places drawn from a list when the article names others of the key's kind: the
    article's own (North Korea for South Korea) are the plausible ones, unless they may be
    right too (`ctx`: where the article says people are from, for "from which …?")."""
    if fact.kind != "place" or origin != "library":
        return None
    kinds = {fact.subtype, "place"} if fact.subtype == "country" else {fact.subtype}
    own = [f for f in article if f.kind == "place" and f.subtype in kinds
           and normalise(f.text) != normalise(fact.text)  # "North Korea"
           and _rival_place(f, ctx) and _of_key_kind(f, fact)]  # fmt: skip
    if is_continent(fact.text):  # "Africa": only a continent is its rival, no mountain
        own = [f for f in own if is_continent(f.text)]
    if fact.subtype == "city":  # Mexico City is no option for Kabul, nor Herat beside it
        found = cities()
        country = found.get(normalise(fact.text), "")
        own = [f for f in own if f.sentence != fact.sentence
               and found.get(normalise(f.text)) == country]  # fmt: skip
    return "places from a list, though the article names its own" if own else None


def _of_key_kind(place: Fact, key: Fact) -> bool:
    """Tell whether an article's place could be a country key's rival: a country the
    gazetteer knows, never a building, square or sea the model left untyped ("Élysée
    Palace", "Mediterranean Sea"). Other keys' rivals are left as they were (an airline the
    model took for a region, "Midwest", is refused beside the article's airports)."""
    if key.subtype != "country":
        return True
    return place.subtype == "country" or bool(country_code(place.text))


def _rival_place(place: Fact, ctx: OptionContext | None) -> bool:
    """Tell whether an article's place could stand as a rival: not one the question shows (its
    sentence or headline line: no option then), by name or by its people ("the Americans"),
    or the article has someone be from, nor a continent or a "country" no gazetteer knows
    (refused as a key itself), nor one the slot's "the" rules out: "the regime in _____"
    leaves a list's Chad the plausible rival where the article's "United Kingdom" cannot
    stand."""
    if ctx and (from_elsewhere(place.text, ctx) or says(ctx.stem, place.text)):
        return False
    if ctx and country_code(place.text) in people_nations(ctx.stem, nouns=True):
        return False  # "Which country beat the Americans?": the United States is no rival
    if ctx and off_continent(place.text, ctx.fact.text, ctx.stem):
        return False  # "a European record": Tunisia is no rival, a list's Portugal is
    if ctx and no_article(place.text, ctx.fact.text, ctx):
        return False
    return not is_continent(place.text) and not (place.label == "GPE" and place.subtype == "place")
