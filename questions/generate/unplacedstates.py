"""A state whose name is an ordinary word is a state only where the article names its country.

The gazetteers know Papua New Guinea's "Gulf" province, Rwanda's "Eastern" one and Nigeria's
"Plateau" state, so "to bolster Gulf allies" read the region of the Persian Gulf as a PNG
province and drew Chimbu, Morobe and Jiwaka as its rivals. A name that English also uses as a
common noun or adjective ("gulf", "western", "unity") is read as that division only where the
article names the division's country or its people; elsewhere it is a place of no known kind.
A name English has no other use for ("Queensland", "Ontario") stays a state wherever it stands.
"""

from __future__ import annotations

from dataclasses import replace as changed
from functools import cache

from questions.generate.facts import Fact
from questions.generate.gazetteer import states, subdivision_country
from questions.generate.nationcodes import nation_codes
from questions.generate.wordnet import find_line, lemma_text, senses, synset
from questions.schema import normalise

# Adjective and verb indexes hold lemmas in lower case only: any entry is an ordinary word.
_OTHER_INDEXES = ("index.adj", "index.verb", "index.adv")


@cache
def ordinary_word(name: str) -> bool:
    """Tell whether English uses a name as an ordinary word: a WordNet noun written in lower
    case ("gulf", "unity"), not only capitalised ("Florida"), or an adjective or a verb."""
    lowered = name.lower()
    key = "_".join(lowered.split())
    nouns = (synset(offset) for offset in senses(lowered))
    if any(lemma_text(lemma) == lowered for entry in nouns if entry for lemma in entry.lemmas):
        return True
    return any(find_line(index, key) for index in _OTHER_INDEXES)


def _state_country(name: str) -> str:
    """Return the code of the country a state name belongs to, or ""."""
    return states().get(normalise(name)) or subdivision_country(name) or ""


def unplaced_states(per_sentence: list[list[Fact]]) -> list[list[Fact]]:
    """Return the facts with each state named by an ordinary word turned into a place of no
    known kind where the article never names the state's country or its people: its options
    are then no other country's provinces."""
    named = nation_codes({f.text for found in per_sentence for f in found})
    return [
        [
            changed(fact, subtype="place")
            if fact.kind == "place"
            and fact.subtype == "state"
            and ordinary_word(fact.text)
            and _state_country(fact.text) not in named
            else fact
            for fact in found
        ]
        for found in per_sentence
    ]
