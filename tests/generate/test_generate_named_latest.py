"""A bare noun named by the one thing of its kind the article named, however far back, only
while no later mention may be another one: "its own ruling", "the Supreme Court ruling",
"the second ruling" or a sentence naming another place leave "the ruling" or "the centre"
unnamed (so refused), and "the Court" is not "the Court of Appeal". Made-up articles."""

from __future__ import annotations

from typing import Any

from questions.generate.antecedents import Antecedents, name_antecedents, record
from questions.generate.definites import named_heads
from questions.generate.namedthings import same_thing

NAMED = "The fine follows the ruling of the Federal Court on May 3."
BETWEEN = (
    "Volunteers cleaned the beach on Saturday morning. The mayor thanked the volunteers at "
    "the town hall. Local shops gave free coffee to the workers. Reporters filmed the cleanup "
    "from a boat."
)
LATER = "The ruling was welcomed by union leader Marco Bianchi in a speech in Naples."


def _last(nlp: Any, *sentences: str) -> str:
    """Return the last sentence of a text as a question would say it, antecedents named."""
    seen, said = Antecedents(), ""
    for sentence in nlp(" ".join(sentences)).sents:
        replace: dict[int, str] = {}
        name_antecedents(sentence, seen, replace)
        record(sentence, seen)
        said = " ".join(replace.get(t.i, t.text) for t in sentence)
    return said


def test_the_named_thing_is_said_while_nothing_else_is_mentioned(nlp: Any) -> None:
    assert _last(nlp, NAMED, BETWEEN, LATER).startswith("The ruling of the Federal Court was")
    # the name said again, as the body's own, is still that one
    again = "The owners said the Federal Court's ruling was unfair."
    assert _last(nlp, NAMED, again, BETWEEN, LATER).startswith("The ruling of the Federal")


def test_a_later_mention_said_by_other_words_may_be_another_one(nlp: Any) -> None:
    for other in (
        "On May 20, the Supreme Court issued its own ruling, which cancelled the fine.",
        "On May 20, the Supreme Court ruling cancelled the fine.",
        "On May 20, the second ruling cancelled the fine.",
        "The owners appealed, and both rulings were sent to Rome.",
    ):
        said = _last(nlp, NAMED, BETWEEN, other, BETWEEN, LATER)
        assert said.startswith("The ruling was welcomed"), other


def test_a_bare_noun_beside_another_of_its_noun_is_left(nlp: Any) -> None:
    both = "The ruling replaced an earlier ruling of the council on the bars."
    assert _last(nlp, NAMED, BETWEEN, both).startswith("The ruling replaced")


def test_one_court_is_not_another_whose_name_holds_its_words() -> None:
    assert not same_thing("the ruling of the Court", "the ruling of the Court of Appeal")
    assert not same_thing("the city of York", "the city of New York")
    assert not same_thing("the ruling of the Federal Court", "the ruling of the Supreme Court")
    assert same_thing("the ruling of the Court", "the ruling of the Court")
    assert same_thing("the ruling of the Court in Rome", "the ruling of the Court")


TURIN = "About 5,000 farmers drove their tractors into the centre of Turin on Friday."
MILAN = (
    "On Saturday the farmers drove on to Milan, where police stopped 300 tractors in the centre."
)


def test_the_centre_of_a_place_is_not_the_centre_of_the_next_place(nlp: Any) -> None:
    assert _last(nlp, TURIN, BETWEEN, MILAN).endswith("in the centre .")
    # a place's part is no name for the part: "the centre" is not Turin's wherever it is said
    only = named_heads([nlp(TURIN + " " + MILAN)])[0]
    assert "centre" not in only
    # a place's kind is: "the city" of an article naming one city is that city
    assert named_heads([nlp("They live in the city of Iwaki.")])[0]["city"] == "city of Iwaki"
