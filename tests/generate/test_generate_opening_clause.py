"""A question too long to be given its article's context leaves out the sentence's opening
"While …," clause; what it names is judged as situated ("UK officials"), initials too; and
a key that is one side of an "each other" pair is not asked."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.filters import lacks_context
from questions.generate.giveaways import reciprocal_side
from questions.generate.groups import owned_group
from questions.generate.stems import opening_clause
from tests.generate.generated import SharedGenerations

LONG = (
    "While standard security, criminal, and health checks will continue, officials will "
    "scrap the interview step for the nationalities whose acceptance rate is above 90%."
)


def _fact(sentence: Any, text: str, kind: str) -> Fact:
    """Return the fact of a sentence's words `text`."""
    at = sentence.text.index(text) + sentence.start_char
    span = sentence.doc.char_span(at, at + len(text))
    return Fact(0, span.start, span.end, text, span.label_, kind)


def test_an_opening_while_clause_is_the_part_a_question_may_leave_out(nlp: Any) -> None:
    sentence = next(nlp(LONG).sents)
    cut = opening_clause(sentence, _fact(sentence, "90%", "percent"))
    assert sentence.doc[min(cut) : max(cut) + 1].text.endswith("will continue,")
    assert min(cut) == 0
    # "If …," is a condition of the statement: never left out
    condition = next(nlp(LONG.replace("While", "If", 1)).sents)
    assert opening_clause(condition, _fact(condition, "90%", "percent")) == frozenset()


def test_the_question_opening_on_a_bare_group_says_whose(nlp: Any) -> None:
    sentence = nlp(LONG)
    stem = (
        "Officials will scrap the interview step for the nationalities whose rate is above _____."
    )
    assert owned_group(stem, sentence, "UK").startswith("UK officials will scrap")


def test_initials_name_a_place_or_body() -> None:
    assert lacks_context("UK officials will scrap the step above _____.", "cloze") is None
    assert lacks_context("Officials will scrap the step above _____.", "cloze") is not None
    assert lacks_context("It will be run by the SCO above _____.", "cloze") is None


def test_one_side_of_an_each_other_pair_is_not_asked(nlp: Any) -> None:
    sentence = next(
        nlp("Afghanistan and the member states of the SCO live next to each other.").sents
    )
    assert reciprocal_side(sentence, _fact(sentence, "Afghanistan", "place")) is not None
    alone = next(nlp("Afghanistan and the member states of the SCO met in Dushanbe.").sents)
    assert reciprocal_side(alone, _fact(alone, "Afghanistan", "place")) is None


def test_the_asylum_acceptance_rate_is_asked(generation: SharedGenerations) -> None:
    asked = generation.keyed("uk-asylum-questionnaire", "95%")
    assert [text.split("\n")[-1] for text, _ in asked] == [
        'UK officials will scrap the face-to-face interview step to "streamline" processing for '
        "five nationalities whose claim acceptance rate is already above _____."
    ]
