"""States WordNet knows by a name pycountry no longer uses ("Orissa", now Odisha)."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from questions.generate import wordnet
from questions.schema import normalise

# WordNet's "state, province": a constituent administrative district of a nation; its
# instances are states by name, each a part ("#p") of its country.
_STATE = "08654360"
_PLACES = 15  # noun.location


def former_states(known: Mapping[str, str], big: Collection[str]) -> dict[str, str]:
    """Map the folded names of the states WordNet places in a country to its code, for the
    countries pycountry gives states (`known`: folded state name -> code): a state renamed
    since ("Orissa", now "Odisha") is still a state of India. A name already known, or a
    large city's (`big`), is left to what it is."""
    from questions.generate.gazetteer import country_code

    with_states = frozenset(known.values())
    category = wordnet.synset(_STATE)
    found: dict[str, str] = {}
    for symbol, target in category.pointers if category else ():
        member = wordnet.synset(target) if symbol == "~i" else None
        if member is None:
            continue
        wholes = (wordnet.synset(t) for s, t in member.pointers if s == "#p")
        codes = {country_code(wordnet.lemma_text(w.lemmas[0])) for w in wholes if w} - {""}
        if len(codes) != 1 or not codes <= with_states:  # "Tyrol": Austria's and Italy's
            continue
        for lemma in member.lemmas:
            name = wordnet.lemma_text(lemma)
            folded = normalise(name)
            if folded not in known and folded not in big and not _elsewhere(name, member):
                found[folded] = next(iter(codes))
    return found


def _elsewhere(name: str, state: wordnet.Synset) -> bool:
    """Tell whether WordNet knows the name for another place too ("Madras": also Chennai,
    the city): the name alone does not say it is the state."""
    for offset in wordnet.senses(name):
        other = wordnet.synset(offset)
        if other and other.offset != state.offset and other.lexfile == _PLACES:
            return True
    return False
