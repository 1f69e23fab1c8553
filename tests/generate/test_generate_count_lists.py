"""A figure that counts a list of nouns ("over 150 bakeries and cafes") is asked of the whole
list, its hedge kept: "More than how many bakeries and cafes …?"; where the listed nouns have
an article or figure of their own ("and the police", "and 30 cafes"), it is not."""

from __future__ import annotations

import re
from typing import Any

from questions.generate import generate
from tests.generate.generate_checks import asked_wh

_ARTICLE = """Harbor town bakers protest flour tax

Tuesday, March 3, 2026

Over 150 Harbor Town area bakeries and cafes had agreed to stop selling bread in protest at \
a new flour tax passed by the regional council. The council said the tax would raise money \
for road repairs across the county.

Council leader Mara Quill defended the measure at a meeting in the town hall. She said the \
roads had been neglected for years and that drivers were paying the price.

Shop owners said they would review the boycott at the end of the month. The council has \
promised to publish a report on the tax in April, after a public consultation in the spring.
"""


def test_a_count_of_a_list_asks_for_the_whole_list(nlp: Any) -> None:
    stem, _ = asked_wh(nlp, "Over 150 town bakeries and cafes agreed to stop selling bread.", "150")
    assert stem == "More than how many town bakeries and cafes agreed to stop selling bread?"
    stem, _ = asked_wh(nlp, "About 40 fans and stewards were hurt in the crush.", "40")
    assert stem == "About how many fans and stewards were hurt in the crush?"


def test_a_longer_list_keeps_its_commas(nlp: Any) -> None:
    text = "The storm damaged 70 homes, shops and schools along the coast."
    stem, _ = asked_wh(nlp, text, "70")
    assert stem == "How many homes, shops and schools along the coast did the storm damage?"


def test_a_listed_noun_with_its_own_article_or_quantifier_is_refused(nlp: Any) -> None:
    # "300 people and their families were evacuated": the families were not among the 300
    text = "About 300 people and their families were evacuated from the valley."
    assert asked_wh(nlp, text, "300")[0] is None
    text = "About 300 protesters and the police clashed outside the council building."
    assert asked_wh(nlp, text, "300")[0] is None
    text = "Over 150 bakeries and many cafes agreed to stop selling bread."
    assert asked_wh(nlp, text, "150")[0] is None


def test_a_figure_per_noun_is_not_asked_of_the_list(nlp: Any) -> None:
    # "150 bakeries and 30 cafes": the 150 counts the bakeries, never "bakeries and cafes"
    text = "Over 150 bakeries and 30 cafes agreed to stop selling bread."
    stem, _ = asked_wh(nlp, text, "150")
    assert stem is None or "cafes" not in stem
    text = "Over 150 bakeries and cafes and 30 hotels agreed to stop selling bread."
    assert asked_wh(nlp, text, "150")[0] is None


def test_the_listed_count_has_count_options() -> None:
    questions = generate(_ARTICLE, slug="x", title="X").qset.questions
    asked = [q for q in questions if "bakeries and cafes" in q.text and "how many" in q.text]
    assert len(asked) == 1, [q.text for q in questions]
    question = asked[0]
    assert question.text.splitlines()[-1].startswith("More than how many Harbor Town area")
    assert question.options[question.answer] == "150"
    # "more than 150": a smaller option would be true as well
    assert all(int(re.sub(r"\D", "", o)) >= 150 for o in question.options)
