"""A question says "a" for "another" only where "a" says the same: "made another complaint" is
one more complaint, but "nurses who trained in another country" trained abroad, and "a
country" would take in every nurse."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import generate
from questions.generate.definites import plain_another
from questions.generate.render import join

ARTICLE = """Nursing board sets new test for nurses

Monday, March 3, 2025

The Nursing Council of Freedonia announced on Monday that all nurses who trained in another \
country must pass a language test by June 2025. The council said 4,000 nurses would sit the \
test in the capital, Fredville.

The Freedonia Hospital Union made another complaint on Tuesday; its leader Maria Okafor said \
the test was unfair to experienced staff. The union has 12,000 members across the country and \
plans a march in Fredville in April.

Health minister Tomas Verde said the council would review the test after one year.
"""


def _plain(nlp: Any, text: str) -> str:
    """Return a sentence as a question would say it after `plain_another`."""
    sentence = nlp(text)[:]
    replace: dict[int, str] = {}
    plain_another(sentence, replace, set())
    return join(list(sentence), replace)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # one more of the same: "a" is as true
        ("The union made another complaint on Tuesday.", "The union made a complaint"),
        ("Another strong storm hit the coast.", "A strong storm hit the coast"),
        ("In another incident, two men were hurt.", "In an incident, two men were hurt"),
        ("Ann Cole, mother of another victim, spoke.", "Ann Cole, mother of a victim"),
        # other than the one here: a place one is in, goes to or is from, or a language
        ("Doctors who trained in another country must sit a test.", "in another country"),
        ("The pupils moved to another school in May.", "moved to another school"),
        ("Citizens of another state may not vote.", "Citizens of another state"),
        ("The film was dubbed into another language.", "into another language"),
        ("Life may exist on another planet.", "on another planet"),
        # a clause that says who; a pair with "one"
        ("Members who joined another union were fined.", "joined another union"),
        ("One driver was hurt and another driver was killed.", "another driver"),
    ],
)
def test_another_is_a_only_where_a_says_the_same(nlp: Any, text: str, said: str) -> None:
    assert said in _plain(nlp, text)


def test_a_question_never_says_trained_in_a_country() -> None:
    questions = generate(ARTICLE, slug="nurses", title="Nursing board sets new test").qset
    texts = [q.text.split("\n")[-1] for q in questions.questions]
    assert not any("in a country" in t for t in texts)  # true of every nurse: a wrong stem
    assert texts  # the article's other facts are still asked
