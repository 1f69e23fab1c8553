"""A venue's city takes the cities of the article's other venues first (review 16: a 2018
World Cup venue city was offered beside Russian cities that hosted no match)."""

from __future__ import annotations

from questions.generate import generate
from questions.generate.venues import venue_cities
from tests.generate.generate_checks import bare_fact as _fact

DAY = """Cup day three: Peru, Norway and Chile win

Monday, June 16, 2031

Yesterday, on day three of the 2031 Continental Cup, Peru, Norway and Chile won their opening matches.

In the first match of the day, Peru faced Ghana at the Fortaleza Arena. Peru scored twice in the first half and won 2–0.

In the second match of the day, Norway faced Japan at the Mineirao Stadium in Belo Horizonte. Norway won 1–0 with a late header.

In the last match of the day, Chile faced Iceland at the Curitiba Arena. Chile won 3–1 after a goalless first half.
"""  # noqa: E501


def test_a_match_city_is_offered_beside_the_other_matches_cities() -> None:
    """ "Where did Chile face Iceland?" (Curitiba): Fortaleza, named by its arena, and Belo
    Horizonte, where the stadium is, are the other matches' cities, so both stand among the
    options before any city of Brazil that hosted nothing."""
    questions = generate(DAY, slug="x", title="x").qset.questions
    asked = [q for q in questions if q.correct_option == "Curitiba"]
    assert asked
    for question in asked:
        assert {"Fortaleza", "Belo Horizonte"} <= set(question.options)


def test_a_city_of_no_venue_takes_none() -> None:
    """A city the article names as no site's ("talks in Recife") has no venues beside it;
    another country's venue city is never offered (Lisbon for a Brazilian city)."""
    said = "Talks were held in Recife. Peru played at the Fortaleza Arena and at the Lisbon Arena."
    recife = _fact("Recife", "place", "city", "GPE")
    article = [recife, _fact("Fortaleza Arena", "place", "place", "FAC")]
    assert venue_cities(recife, "Recife", article, said) == []
    fortaleza = _fact("Fortaleza", "place", "city", "GPE")
    article += [fortaleza, _fact("Lisbon Arena", "place", "place", "FAC")]
    assert venue_cities(fortaleza, "Fortaleza", article, said) == []
    article.append(_fact("Curitiba Arena", "place", "place", "FAC"))
    assert venue_cities(fortaleza, "Fortaleza", article, said) == ["Curitiba"]
