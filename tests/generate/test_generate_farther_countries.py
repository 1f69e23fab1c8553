"""A country its own continent gives too few rivals for ("the _____" before the United
States, where only the Dominican Republic of North America takes "the"; Australia, beside
only New Zealand and Papua New Guinea) takes the nearest countries off its continent."""

from __future__ import annotations

from questions.generate import generate
from questions.generate.nearby import farther_countries
from questions.generate.placefit import _takes_the, wrong_place

ARTICLE = """Toy maker opens plant on a quiet coast

Tuesday, May 6, 2025

Brightwell Toys opened a new plant on the west coast of the United States on Tuesday, \
near a small fishing town. The plant will employ 300 workers and \
make wooden trains for schools.

Chief executive Dana Morrow said the company chose the site for its port and its cheap land. \
She said the first trains would leave the plant in September, and that the firm hoped to hire \
another 150 workers within two years if sales to schools kept growing.

Local mayor Peter Halloran welcomed the plant, saying the town had lost its cannery in 2019.
"""


def test_a_country_after_the_gets_rivals_that_take_the() -> None:
    result = generate(ARTICLE, slug="toy-plant", title="Toy plant")
    asked = [q for q in result.qset.questions if q.options[q.answer] == "United States"]
    assert asked, "the United States is asked"
    for question in asked:
        rivals = [o for i, o in enumerate(question.options) if i != question.answer]
        assert len(rivals) == 3
        assert all(_takes_the(o, ARTICLE) for o in rivals)  # "the west coast of the _____"


def test_a_country_of_a_small_continent_looks_to_the_nearest_others() -> None:
    assert farther_countries("Australia")[0] == "Indonesia"
    assert "Mexico" not in farther_countries("United States")  # its own continent's


def test_a_country_the_stem_names_by_another_name_is_no_rival() -> None:
    stem = "Portugal and Great Britain each won a gold, while Chile and the _____ won a silver."
    assert wrong_place("United Kingdom", "United States", stem, "country")  # Great Britain
    assert wrong_place("Netherlands", "United States", "Holland and the _____ met.", "country")
    assert not wrong_place("Netherlands", "United States", stem, "country")


def test_a_country_the_stem_names_by_its_own_name_stays_a_rival() -> None:
    stem = "North Korea fired shells; which country evacuated the village of _____?"
    assert not wrong_place("North Korea", "South Korea", stem, "country")
