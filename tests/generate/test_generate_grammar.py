"""Stems a teacher would not need to fix: spacing, tense, one statement, names said once."""

from __future__ import annotations

from typing import Any

from questions.generate.context import parse
from questions.generate.facts import sentence_facts
from questions.generate.pronouns import said_once
from questions.generate.render import join
from questions.generate.write import cloze, run_on, wh_question


def _fact(sentence: Any, answer: str) -> Any:
    """Return the fact of a sentence whose text is `answer`."""
    return next(f for f in sentence_facts(sentence, 0) if f.text == answer)


def _ask(nlp: Any, text: str, answer: str, past: bool = False) -> str | None:
    """Write the wh-question whose key is `answer` in a one-sentence text."""
    sentence = next(nlp(text).sents)
    stem, _ = wh_question(sentence, _fact(sentence, answer), {}, past=past)
    return stem.text if stem else None


def test_a_spaced_compound_is_one_word_again_but_a_dash_stays(nlp: Any) -> None:
    doc = nlp("The six - member team met 1709 schoolchildren - aged 8 years - in Kabul.")
    text = join(list(doc))
    assert "six-member" in text
    assert "schoolchildren - aged" in text


def test_a_state_as_of_a_past_date_is_asked_in_the_past(nlp: Any) -> None:
    text = "Secunia said that as of March 4, 2011, IE6 has 277 vulnerabilities."
    assert _ask(nlp, text, "277") == "How many vulnerabilities did IE6 have as of March 4, 2011?"


def test_a_dated_question_puts_the_verb_in_the_past(nlp: Any) -> None:
    text = "About 150,000 people remain displaced in Fukushima."
    assert _ask(nlp, text, "150,000") == "How many people remain displaced in Fukushima?"
    assert (
        _ask(nlp, text, "150,000", past=True) == "How many people remained displaced in Fukushima?"
    )


def test_asides_that_do_not_hold_the_answer_are_left_out(nlp: Any) -> None:
    text = ("NASA held a ceremony for Space Shuttle Atlantis, which is being prepped for its "
            "final mission, which will be STS-135.")  # fmt: skip
    assert (
        _ask(nlp, text, "NASA") == "Which organization held a ceremony for Space Shuttle Atlantis?"
    )


def test_a_blank_keeps_its_own_clause_and_drops_the_others(nlp: Any) -> None:
    sentence = next(nlp(
        "The six - member Afghan team, which consists entirely of girls, had been denied visas "
        "to enter the United States, drawing notice from critics (including senators)."
    ).sents)  # fmt: skip
    stem = cloze(_fact(sentence, "United States"), list(sentence), {})
    assert stem is not None
    assert stem.text == "The six-member Afghan team had been denied visas to enter the _____."


def test_a_list_item_between_semicolons_is_no_blank(nlp: Any) -> None:
    sentence = next(nlp(
        "The exhibit includes Polaroids of actor Dennis Hopper; disco club owner Steve Rubell of "
        "Studio 54; and athletes such as Jack Nicklaus."
    ).sents)  # fmt: skip
    assert cloze(_fact(sentence, "Studio 54"), list(sentence), {}) is None


def test_chained_relative_clauses_are_refused() -> None:
    assert run_on("Who built the hangar which holds Atlantis which flies STS-135?") is not None
    assert run_on("Which organization held a ceremony for Space Shuttle Atlantis?") is None


def test_a_name_the_question_already_says_is_not_repeated_for_his(nlp: Any) -> None:
    sentence = next(nlp("Thomas Sam, 42, and his wife Manju Sam live in Sydney.").sents)
    his = next(t.i for t in sentence if t.lower_ == "his")
    stem = "Thomas Sam, 42, and Thomas Sam's wife Manju Sam live in which city?"
    out = said_once(stem, sentence, {his: "Thomas Sam's"})
    assert out == "Thomas Sam, 42, and his wife Manju Sam live in which city?"
    # Where the question no longer says the name, the pronoun stays named.
    alone = "Who is Thomas Sam's wife?"
    assert said_once(alone, sentence, {his: "Thomas Sam's"}) == alone


def test_it_is_named_only_when_the_sentence_has_no_subject_of_its_own() -> None:
    lost = parse(
        ("NASA launched a rocket in 1981. Space Shuttle Challenger was lost when it exploded "
         "in 1986.",),
        None,
    )  # fmt: skip
    assert "NASA" not in lost.replace[1].values()  # Challenger's "it" is Challenger
    launched = parse(("NASA launched a rocket in 1981. In 1990 it launched a telescope.",), None)
    assert "NASA" in launched.replace[1].values()
