"""People an article dates by their century ("19th-century French Egyptologist
Jean-François Champollion"): no option where the question dates its deed in a later year
("… had been excavating the tomb since 2002"). Undated, a question may take him: who
announced a find is anyone the article names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate.dates import YEAR
from questions.generate.entcache import ents_of
from questions.generate.spantext import doc_text, span_text
from questions.schema import normalise

# the model's labels for a person's name; it may take "Jean-François Champollion" for a body
_NAMES = frozenset({"PERSON", "ORG"})
# "19th-century", "the 19th century": the century word, then at most a few describing words
# before the name ("French Egyptologist"); a comma or a verb between them ends the phrase.
_CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)[- ]century\b((?: [A-Za-z'-]+){0,4}) $")


def before_asked_year(option: str, stem: str, sentences: Sequence[Any]) -> bool:
    """Tell whether the article dates an option to a century that ended before a year the
    question names ("since 2002": not the 19th-century Egyptologist)."""
    asked = stem.rsplit("\n", 1)[-1]  # not the headline's "(March 2009)" above the question
    years = [int(y) for y in YEAR.findall(asked)]
    if not years:
        return False
    era = century_eras(sentences, max(years)).get(normalise(option))
    return era is not None and era < min(years)


def century_eras(sentences: Sequence[Any], year: int) -> dict[str, int]:
    """Map the people a century word describes to the last year of that century (or `year`,
    the latest the question names, when that is earlier), by folded full name and surname."""
    eras: dict[str, int] = {}
    for sentence in sentences:
        if "century" not in span_text(sentence):
            continue  # most sentences: no parse walked
        for ent in ents_of(sentence):
            if ent.label_ not in _NAMES:
                continue
            before = doc_text(sentence.doc)[sentence.start_char : ent.start_char]
            found = _CENTURY.search(before)
            if found is None:
                continue
            words = before[found.start(2) :].split()
            if any(w.islower() and not _describes(w, sentence, ent) for w in words):
                continue  # "19th century when Yuri ...": not a description of the name
            era = min(int(found[1]) * 100, year)
            for name in (ent.text, ent.text.split()[-1]):
                eras.setdefault(normalise(name), era)
    return eras


def _describes(word: str, sentence: Any, ent: Any) -> bool:
    """Tell whether a lower-case word before a name is one of its describing nouns or
    adjectives ("sculptor", "famous"), not a verb or a conjunction."""
    for token in sentence:
        if token.text == word and token.i < ent.start:
            return token.pos_ in ("NOUN", "ADJ")
    return False
