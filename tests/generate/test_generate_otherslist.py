"""People listed as "others" who did a deed share it with the person named for it: none is a
wrong option of another for that deed, either way round."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.facts import Fact
from questions.generate.otherslist import deed_sharers

_ARTICLE = """Volunteers plan a river festival for Asheville

Asheville, North Carolina — Volunteers in the mountain city of Asheville are preparing a \
river festival for next summer, the city council said on Tuesday.

Mark Holloway, a retired nurse from Asheville, is helping to plan the festival, which will be \
held on the banks of the French Broad River in July. Several others who helped in the festival's \
creation include: Bruno Atwell, Celia Marsh, Dmitri Vance, and local baker Edgar Holm.

The festival will have boat races, a craft market and an evening of folk music. Organisers \
hope to draw about 4,000 visitors over the weekend, the council said.

Yusuf Grady, a city council member, said the council would pay for extra buses on both days. \
Tickets will go on sale in March.
"""


def _sharers(nlp: Any, text: str, name: str) -> frozenset[str]:
    """Return the names that share the deed of `name`'s mention (its first) in `text`."""
    doc = nlp(text)
    ent = next(e for e in doc.ents if e.text == name)
    sentence = ent.sent
    fact = Fact(0, ent.start, ent.end, ent.text, "PERSON", "person")
    return deed_sharers(sentence, fact, list(doc.sents))


def test_others_who_helped_share_the_deed_either_way_round(nlp: Any) -> None:
    text = (
        "Jane Cole is helping to plan the fair. Several others who helped include Sam Reed, "
        "Al Ford and Tina Moss."
    )
    assert {"sam reed", "al ford", "tina moss"} <= _sharers(nlp, text, "Jane Cole")
    assert "jane cole" in _sharers(nlp, text, "Sam Reed")
    assert "jane cole" in _sharers(nlp, text, "Al Ford")


def test_a_deed_said_with_a_synonym_is_shared(nlp: Any) -> None:
    text = "Jane Cole assisted the rescue. Others who helped include Sam Reed and Al Ford."
    assert {"sam reed", "al ford"} <= _sharers(nlp, text, "Jane Cole")


def test_other_doers_share_the_doer_nouns_deed(nlp: Any) -> None:
    text = (
        "Rita Moss founded the Dover Chess Club in 1990. Other founders of the club include "
        "Tom Hale and Owen Price."
    )
    assert {"tom hale", "owen price"} <= _sharers(nlp, text, "Rita Moss")
    text = (
        "Dr. Rita Moss, a founder of the Dover Chess Club, will retire in June. Other founders "
        "of the club include Tom Hale and Owen Price."
    )
    assert "rita moss" in _sharers(nlp, text, "Owen Price")


def test_along_with_others_such_as_share_the_clauses_deed(nlp: Any) -> None:
    text = "Laura Benton, along with others such as Tom Hale and Rita Moss, founded the club."
    assert {"tom hale", "rita moss"} <= _sharers(nlp, text, "Laura Benton")
    assert "laura benton" in _sharers(nlp, text, "Rita Moss")


def test_another_deed_and_no_others_list_share_nothing(nlp: Any) -> None:
    text = (
        "Jane Cole is helping to plan the fair. Several others who helped include Sam Reed. "
        "Omar Lind sold tickets at the gate."
    )
    assert _sharers(nlp, text, "Omar Lind") == frozenset()
    assert _sharers(nlp, "Jane Cole helped plan the fair. Sam Reed sold tickets.", "Jane Cole") == (
        frozenset()
    )


def test_the_planner_is_asked_without_the_others_as_options() -> None:
    quiz = generate(_ARTICLE, slug="river-festival", title="River festival").qset
    helpers = {"Mark Holloway", "Bruno Atwell", "Celia Marsh", "Dmitri Vance", "Edgar Holm"}
    asked = [q for q in quiz.questions if q.options[q.answer] in helpers]
    assert asked, "no question on the festival's helpers"
    for question in asked:
        rivals = set(question.options) - {question.options[question.answer]}
        assert not rivals & helpers, question.text
