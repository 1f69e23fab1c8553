"""A count of the world's people is offered only numbers below the world's population, a
spelled "two billion" has "one billion" below it, a part or whole the question states keeps
its options on its side when written in words with a scale ("five billion of the world's
_____ people"), and no wh-phrase is pulled out of a gerund that "include" or "involve" holds
("To what amount do the new revisions include raising the cap?"; blind review 34)."""

from __future__ import annotations

from typing import Any

import pytest
from word2number import w2n

from questions.generate.figures import amount
from questions.generate.gerundobject import holds_gerund
from questions.generate.partwhole import stated_side
from questions.generate.pipeline import generate
from questions.generate.variants import numeric_variants
from tests.generate.generate_checks import asked_wh

ARTICLE = """Charity warns of clean water shortage in Veloria

{dateline}

The charity Clearwell said on Tuesday that {claim} lack a tap at home. Clearwell director \
Mara Tennent said the shortage was worst in the dry north of Veloria, where wells have failed \
since 2003.

The rules were written by the Veloria water board in the capital, Dessan, and take effect in \
June. The board said 40 villages would get new wells by 2008.

Tennent said the board had ignored the charity's warnings for years. "We have asked for clean \
wells in every village, and we have been told to wait," she said. The board's chairman, Oren \
Valli, said he would meet the charity in April.
"""


def _sum(option: str) -> float | None:
    """Read an option's sum as a player does: "nine billion" is 9,000,000,000."""
    return float(w2n.word_to_num(option)) if option[:1].isalpha() else amount(option)


def _asked(claim: str, dateline: str, key: str) -> tuple[str, list[float]]:
    """Return the text of the question keyed `key` and its options' sums."""
    text = ARTICLE.format(claim=claim, dateline=dateline)
    quiz = generate(text, slug="veloria", title="Veloria")
    question = next(q for q in quiz.qset.questions if q.correct_option == key)
    sums = [_sum(o) for o in question.options]
    assert None not in sums, question.options
    return question.text, [s for s in sums if s is not None]


def test_the_worlds_people_in_2006_are_offered_no_count_above_six_billion() -> None:
    """ "Five billion people around the world" in March 2006, when the world had passed six
    billion but not seven: "nine billion" is more people than there were."""
    text, sums = _asked(
        "five billion people around the world", "Tuesday, March 14, 2006", "five billion"
    )
    assert "around the world" in text
    assert len(sums) == 4 and all(s < 6e9 for s in sums), sums


def test_the_world_as_the_question_states_it_stays_above_its_stated_part() -> None:
    """ "five billion of the world's _____ people": a world of 4 or 5 billion people could
    not hold the five billion the question counts in it."""
    text, sums = _asked("five billion of the world's 6.5 billion people", "", "6.5 billion")
    assert "five billion of the world's _____ people" in text
    assert len(sums) == 4 and all(s > 5e9 for s in sums), sums


@pytest.mark.parametrize(
    ("stem", "side", "said"),
    [
        ("_____ of the world's 6.5 billion people lack a tap.", -1, 6.5e9),
        ("_____ of the country's 40 districts voted.", -1, 40.0),
        ("Five billion of the world's _____ people lack a tap.", 1, 5e9),
    ],
)
def test_a_whole_a_possessor_owns_or_a_scaled_word_is_a_stated_side(
    stem: str, side: int, said: float
) -> None:
    """ "of the world's 6.5 billion people" states a whole as "of the 6.5 billion" does."""
    assert stated_side(stem) == (side, said)


def test_a_spelled_count_of_billions_has_one_below_it() -> None:
    """ "two billion": "one billion" is as plural, so the options need not all be above."""
    assert "one billion" in numeric_variants("two billion", "any")
    assert amount("six billion") == 6e9


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The new water rules include raising the monthly fee for each household to $40.", "$40"),
        ("The deal means cutting the monthly fee to $20.", "$20"),
        ("The plan involves holding a new election in Dessan.", "Dessan"),
    ],
)
def test_nothing_is_asked_out_of_a_gerund_a_state_verb_holds(nlp: Any, text: str, key: str) -> None:
    """ "To what amount do the new water rules include raising the monthly fee?" is no
    English question: the raising is what the rules contain, not a deed they do."""
    stem, why = asked_wh(nlp, text, key)
    assert stem is None, stem
    assert "gerund" in why


def test_a_gerund_of_the_subjects_own_deed_is_still_asked(nlp: Any) -> None:
    """ "kept raising": the council raised it, and the question reads."""
    text = "The council kept raising the monthly fee to $40 in 2005."
    stem, _ = asked_wh(nlp, text, "$40")
    assert stem == "To what amount did the council keep raising the monthly fee in 2005?"


@pytest.mark.parametrize(
    ("verb", "holds"),
    [("include", True), ("involve", True), ("entail", True), ("keep", False), ("start", False)],
)
def test_which_verbs_hold_their_gerund(verb: str, holds: bool) -> None:
    """WordNet's state verbs of "Something ----s something" hold a gerund; a verb of
    "Somebody ----s VERB-ing" takes its subject's own deed."""
    assert holds_gerund(verb) is holds
