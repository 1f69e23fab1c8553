"""The seed's questions that lean on the article only for a phrase it introduced earlier, a
country the model took for a people, or a "respectively" that pairs nothing."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import GenerationResult
from questions.generate.fit import _body_of
from questions.generate.prose import paired
from questions.schema import Question


def _asked(result: GenerationResult, key: str) -> list[Question]:
    """Return the questions whose correct option is `key`."""
    return [q for q in result.qset.questions if q.options[q.answer] == key]


# "the new journey" points back to "a new journey for the development of the SCO": said so,
# with the fronted participle kept in front ("…, how many suggestions …?"), not after the
# object ("put forward five suggestions looking forward to …"). "Tajikistan holds …" was a
# people to the model, and its "respectively" pairs nothing.
SAID = {
    "five": (
        "Looking forward to the new journey for the development of the Shanghai Cooperation "
        "Organization in the future, how many suggestions did President Xi put forward?",
        ["five", "nine", "seven", "three"],
    ),
    "Tajikistan": (
        "Which country currently holds the rotating chairmanship of the Shanghai Cooperation "
        "Organization and the Collective Security Treaty Organization?",
        ["China", "Kazakhstan", "Russia", "Tajikistan"],
    ),
}


@pytest.mark.parametrize("key", sorted(SAID))
def test_the_seed_asks_what_leaned_on_the_article(seed_result: GenerationResult, key: str) -> None:
    (question,) = _asked(seed_result, key)
    assert (question.text, sorted(question.options)) == SAID[key]


def test_an_item_beside_unnamed_others_is_not_asked(seed_result: GenerationResult) -> None:
    # "suggestions from Tajikistan and others": Iran may be one of the others.
    assert not any("_____ and others" in q.text for q in seed_result.qset.questions)


def test_a_body_of_the_key_is_no_option(seed_result: GenerationResult) -> None:
    # "the Council of Heads of State of the SCO" is part of the SCO, no rival to it.
    for question in seed_result.qset.questions:
        if "Shanghai Cooperation Organization" in question.options[question.answer]:
            assert "Council of Heads of State" not in question.options


def test_respectively_pairing_two_lists_is_still_refused(nlp: Any) -> None:
    two = nlp("Sweden and Belgium won gold and silver respectively.")[:]
    one = nlp("Tajikistan holds the chairmanship of the SCO and the CSTO respectively.")[:]
    assert paired(two) and not paired(one)


def test_a_body_is_told_by_its_owner_or_the_owners_initials() -> None:
    text = "He attended the Council of Heads of State of the Shanghai Cooperation Organization."
    assert _body_of("Council of Heads of State", "SCO", text)
    assert _body_of("Council of Heads of State", "Shanghai Cooperation Organization", text)
    assert not _body_of("Council of Heads of State", "CSTO", text)
