"""A century counted by its ordinal ("the twentieth century") is one period of history, and
"the continent" of the countries a question names is theirs: neither points back into the
article. A game counted by its ordinal, or a continent of no named country, still does."""

from __future__ import annotations

from typing import Any

from tests.generate.test_generate_headline_bodies import reference_problem


def test_a_century_counted_by_its_ordinal_stands_alone(nlp: Any) -> None:
    text = "Cheap rail travel in the nineteenth century brought yellow fever to Peru."
    stem = "Where did cheap rail travel in the nineteenth century bring yellow fever?"
    assert reference_problem(nlp, text, "Peru", stem) is None
    digits = "Cheap rail travel in the 19th century brought yellow fever to Peru."
    asked = "Where did cheap rail travel in the 19th century bring yellow fever?"
    assert reference_problem(nlp, digits, "Peru", asked) is None


def test_a_game_counted_by_its_ordinal_still_points_back(nlp: Any) -> None:
    text = "Cheap tickets for the third game brought many fans to Lima."
    stem = "Where did cheap tickets for the third game bring many fans?"
    assert reference_problem(nlp, text, "Lima", stem) is not None


def test_the_continent_of_the_named_country_stands_alone(nlp: Any) -> None:
    text = "Ada Pell criticized Kenya's leader Otto Brandt as a shame on the continent."
    stem = "Who criticized Kenya's leader Otto Brandt as a shame on the continent?"
    assert reference_problem(nlp, text, "Ada Pell", stem) is None


def test_the_continent_of_an_unnamed_country_still_points_back(nlp: Any) -> None:
    text = "Ada Pell criticized Kenya's leader Otto Brandt as a shame on the continent."
    # the blank takes the country: the question names none, and no continent with it
    stem = "Ada Pell criticized _____'s leader Otto Brandt as a shame on the continent."
    assert reference_problem(nlp, text, "Kenya", stem) is not None
    # two continents named: which one is meant is the article's to say
    both = "Ada Pell criticized Kenya's leader and Peru's leader as a shame on the continent."
    asked = "Who criticized Kenya's leader and Peru's leader as a shame on the continent?"
    assert reference_problem(nlp, both, "Ada Pell", asked) is not None
