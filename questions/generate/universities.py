"""WordNet's universities as rivals of a university key, only those of the key's own country.

WordNet names about thirty universities, most of them American and a few British or French.
Beside "Florida State University" a reader strikes out "Oxford University" at once, but not
"Ohio State University": a university's rivals are those of its country. The country is read
from a US state, country or city its name says ("Iowa State University", "University of
Glasgow"), else from WordNet's gloss and part-holonyms ("a university in Ithaca, New York";
"Massachusetts Institute of Technology": part of Cambridge, part of Massachusetts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from questions.generate.kinds import kind_word
from questions.generate.pools import cities, country_code, states
from questions.generate.textsearch import says
from questions.generate.wordnet import Synset, lemma_text, own_synsets, spelled_out, synset
from questions.schema import normalise

UNIVERSITY = "university"
_PART_OF = "#p"
_STEPS = 3  # Harvard, Cambridge, Massachusetts: a state is named within so many steps up
_LONGEST = 3  # "University of North Carolina": a place's name is at most this many words
_RUN = re.compile(r"[A-Z][\w.'’-]*(?: (?:of )?[A-Z][\w.'’-]*)*")


def is_university(key: str, kind: str) -> bool:
    """Tell whether a key is a university, by the kind the article gives it or by WordNet
    ("Harvard": an instance of "university")."""
    if kind == UNIVERSITY:
        return True
    return any(
        lemma_text(up.lemmas[0]) == UNIVERSITY
        for own in own_synsets(key)[:1]
        for symbol, offset in own.pointers
        if symbol == "@i" and (up := synset(offset)) is not None
    )


def _place_code(text: str, towns: bool = True) -> str:
    """Return the country of the place a text names: a US state first ("New Jersey", not the
    island of Jersey; "Georgia" of a university is the state's), then a country, then a city
    whose words are no common nouns ("Portland", not the town of "University"), where `towns`;
    the longest name first and the last one said first ("Ithaca, New York": New York)."""
    for run in reversed(_RUN.findall(text)):
        words = [w for w in run.split() if w != "of"]
        spans = [" ".join(words[i : i + n]) for n in range(min(_LONGEST, len(words)), 0, -1)
                 for i in range(len(words) - n + 1)]  # fmt: skip
        for span in spans:
            code = states().get(normalise(span)) or country_code(span)
            if code:
                return code
        for span in spans if towns else ():
            town = cities().get(normalise(span)) or ""
            if town and not any(kind_word(w) for w in span.split()):
                return town
    return ""


def _entry_code(entry: Synset) -> str:
    """Return the country a synset's names or gloss place it in by a state or country ("a
    university in England"); a city is left to the synset of that city ("an engineering
    university in Cambridge": Massachusetts', not England's)."""
    names = " ; ".join(lemma_text(lemma) for lemma in entry.lemmas if lemma[0].isupper())
    return _place_code(entry.definition, False) or _place_code(names, False)


@lru_cache(maxsize=512)
def university_country(name: str) -> str:
    """Return the code of the country a university is in, by its name's place or WordNet's
    gloss and the places it is part of; "" when neither tells."""
    level = list(own_synsets(name)[:1])
    for _ in range(_STEPS + 1):
        for entry in level:
            if code := _entry_code(entry):
                return code
        level = [up for entry in level for symbol, offset in entry.pointers
                 if symbol == _PART_OF and (up := synset(offset)) is not None]  # fmt: skip
    return _place_code(name)


# The blank or "which university" followed by where it is: "at _____ in Ames", "from the
# _____, Knoxville", "which university in Columbus"
_PLACED = re.compile(
    r"(?:_____|\bwhich \w+)(?:,| in| at) ((?:the )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)"
)


def placed(stem: str) -> bool:
    """Tell whether a question says where the asked university is ("at _____ in Ames"): a
    reader who knows Ames is in Iowa strikes out Ohio State, so WordNet's universities of
    the country are no options there."""
    return any(_place_code(name) for name in _PLACED.findall(stem))


def home_universities(found: Sequence[str], key: str, text: str) -> list[str] | None:
    """Return WordNet's universities of the key's own country, none the article names (it
    may have done the deed too: "researchers from Yale and Harvard"), none of the key's own
    names ("Harvard" of "Harvard University") and none a place's name too ("Pennsylvania"
    of the University of Pennsylvania reads as the state); None when the country is unknown."""
    home = university_country(key)
    if not home:
        return None
    own = {key, *spelled_out(key)}
    return [
        name
        for name in found
        if name not in own
        and not (states().get(normalise(name)) or country_code(name))
        and university_country(name) == home
        and not any(says(text, n) for n in (name, *spelled_out(name)))
    ]
