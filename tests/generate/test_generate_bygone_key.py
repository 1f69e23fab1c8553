"""A past era the article gives a person dates rivals only, never the key: a question of a
past deed ("Who did the prince marry in 1993?") keeps the story's people of today as rivals.

Every text here is made up.
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.fit import unfit
from questions.generate.options import article_context, option_context
from questions.generate.sides import bygone_people, bygone_rival, other_era, person_eras

WEDDING = (
    "The Diet passed a law on Friday allowing Emperor Tomas Arden to step down. "
    "In 1993, Crown Prince Anselm Arden married Clara Voss, a diplomat. "
    "Prime Minister Hiro Tanaka said the law was historic. "
    "Lena Ruiz, a historian, said the public backed the change."
)
RANGE = (
    "Mary Dunn has interviewed every mayor from Carl Banner to Alan Fisk. "
    "Tom Reed said he met Dunn on May 3."
)


def _context(nlp: Any, text: str, year: int, key: str, stem: str) -> tuple[Any, Fact]:
    """The option context of a person question on a made-up article of `year`."""
    sentences = list(nlp(text).sents)
    people = [
        Fact(at, e.start, e.end, e.text, "PERSON", "person")
        for at, sentence in enumerate(sentences)
        for e in sentence.ents
        if e.label_ == "PERSON"
    ]
    fact = next(f for f in people if f.text == key)
    base = article_context(text, people, sentences, year)
    return option_context(base, fact, stem), fact


def test_a_key_of_a_past_deed_keeps_the_story_s_people_of_today(nlp: Any) -> None:
    stem = "Who did Crown Prince Anselm Arden marry in 1993?"
    ctx, fact = _context(nlp, WEDDING, 2017, "Clara Voss", stem)
    assert not unfit("Lena Ruiz", "Clara Voss", fact, ctx)


def test_the_past_era_dates_no_key_both_ways(nlp: Any) -> None:
    sentences = list(nlp(WEDDING).sents)
    eras = person_eras(sentences, 2017)
    assert "clara voss" not in eras  # dated by `bygone_people`, for rivals only
    assert not other_era("Lena Ruiz", "Clara Voss", eras, 2017)
    bygone = bygone_people(sentences, 2017)
    assert bygone["clara voss"] == 1993
    assert not bygone_rival("Lena Ruiz", "Clara Voss", eras, bygone, 2017)


def test_a_rival_of_the_same_past_deed_stays(nlp: Any) -> None:
    text = "In 1990, Carl Banner beat Ann Cole for mayor. Tom Reed said on Monday the park opens."
    sentences = list(nlp(text).sents)
    eras, bygone = person_eras(sentences, 2015), bygone_people(sentences, 2015)
    assert not bygone_rival("Ann Cole", "Carl Banner", eras, bygone, 2015)
    assert bygone_rival("Ann Cole", "Tom Reed", eras, bygone, 2015)  # not of today's deed


def test_a_range_start_is_still_no_rival_for_a_deed_of_today(nlp: Any) -> None:
    stem = "Who said he met Dunn on May 3?"
    ctx, fact = _context(nlp, RANGE, 2010, "Tom Reed", stem)
    assert unfit("Carl Banner", "Tom Reed", fact, ctx)
