"""A question that names the key's continent keeps its place options on that continent.

"Alberto Suarez Laso of _____ set a world and European record" offered Spain beside Tunisia,
Colombia and Brazil: "European" leaves Spain alone possible, whatever the reader knows. So
where the question's words (outside the blank) name a continent ("Europe", "Oceania") or its
adjective ("European", "Asian", "South American": WordNet's pertainym of the adjective's
first sense is the continent), and the key lies on that continent, a country, state or city
option must lie there too; a person option, where the key is someone the article places on
it ("Jane Roe of Norway"), must not be someone it places elsewhere only. A continent the key
is not on ("children in Africa" beside the United States) is about something else and rules
nothing out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache

from questions.generate.gazetteer import continent, country_codes
from questions.generate.nationcodes import nation_codes
from questions.generate.placekinds import continent_codes, continent_of, is_continent
from questions.generate.wordnet import find_line, lemma_text, synset
from questions.schema import normalise

_CAPITALISED = re.compile(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*")
_LONGEST = 2  # "North American", "South America": a continent's word is at most two words
_PERTAINS = "\\"  # WordNet's pointer from a relational adjective to its noun


@cache
def _codes() -> dict[str, str]:
    """Map the continents' folded names to their codes ("europe": "EU")."""
    return {name: code for code, name in continent_codes().items()}


@lru_cache(maxsize=1024)
def word_continent(word: str) -> str:
    """Return the code of the continent a word names ("Oceania") or pertains to by its
    adjective's first sense ("European": Europe; "American": the United States, none)."""
    if is_continent(word):
        return _codes().get(normalise(word), "")
    line = find_line("index.adj", "_".join(word.lower().split()))
    fields = line.split()
    if len(fields) < 3:
        return ""
    first = find_line("data.adj", fields[-int(fields[2])])  # offsets: most frequent first
    before = first.split(" | ")[0].split()
    for i, symbol in enumerate(before[:-2]):
        if symbol == _PERTAINS and before[i + 2] == "n" and (noun := synset(before[i + 1])):
            names = [lemma_text(lemma) for lemma in noun.lemmas]
            return next((_codes()[normalise(n)] for n in names if is_continent(n)), "")
    return ""


@lru_cache(maxsize=1024)
def stated_continents(stem: str) -> frozenset[str]:
    """Return the codes of the continents a question's words name or pertain to (asked once
    per question and option: cached by the stem)."""
    found: set[str] = set()
    for run in _CAPITALISED.findall(stem):
        words = run.split()
        spans = (" ".join(words[i : i + n]) for n in range(1, _LONGEST + 1)
                 for i in range(len(words) - n + 1))  # fmt: skip
        found.update(code for span in spans if (code := word_continent(span)))
    return frozenset(found)


def off_continent(option: str, key: str, stem: str) -> bool:
    """Tell whether a place option lies off the continent the question names for its key
    ("Tunisia" where "… of _____ set a European record" is keyed Spain); a place whose
    continent no gazetteer tells is left to the other rules."""
    if is_continent(key) or is_continent(option):
        return False  # a continent's rivals are continents: `optionkinds`
    stated = stated_continents(stem.replace(key, " "))
    if not stated:
        return False
    own = continent_of(key)
    if own not in stated:
        return False  # "in Africa" beside a key in North America: another matter
    theirs = continent_of(option)
    return bool(theirs) and theirs not in stated


def person_off_continent(
    option: str,
    key: str,
    stem: str,
    nations: Mapping[str, frozenset[str]],
    teams: Mapping[str, frozenset[str]],
) -> bool:
    """Tell whether a person option is someone the article places only off the continent the
    question names for its key ("Who set a European record?" keyed Spain's runner: not "Jane
    Roe of Kenya"); a person it places nowhere is left to the other rules."""
    stated = stated_continents(stem.replace(key, " "))
    if not stated:
        return False
    own, theirs = (
        _person_continents(key, nations, teams),
        _person_continents(option, nations, teams),
    )
    return bool(own & stated) and bool(theirs) and not theirs & stated


def _person_continents(
    name: str, nations: Mapping[str, frozenset[str]], teams: Mapping[str, frozenset[str]]
) -> set[str]:
    """Return the continent codes of the countries the article places a person in ("of
    Spain", "Spanish runner")."""
    folded = normalise(name)
    codes = set(nations.get(folded, frozenset())) | nation_codes(teams.get(folded, frozenset()))
    return {found for code in codes if (found := continent(country_codes().get(code, "")))}
