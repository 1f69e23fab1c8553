"""Blind review 79 (fresh25), the stems: a place before a noun is its topic, not its owner; a
vague noun has no owner to ask; a rank keeps the aside saying among whom; a plural predicate after
"Who is"."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.write import cloze, wh_question


def _fact(nlp: Any, text: str, answer: str) -> tuple[Any, Any]:
    """Return a one-sentence text's sentence and its fact whose text is `answer`."""
    sentence = next(nlp(text).sents)
    return sentence, next(f for f in sentence_facts(sentence, 0) if f.text == answer)


def _ask(nlp: Any, text: str, answer: str) -> tuple[str | None, str]:
    """Write the wh-question whose key is `answer`, or say why none was written."""
    stem, why = wh_question(*_fact(nlp, text, answer), {})
    return (stem.text if stem else None), why


def _blank(nlp: Any, text: str, answer: str) -> str | None:
    """Write the one-blank stem whose key is `answer`."""
    sentence, fact = _fact(nlp, text, answer)
    stem = cloze(fact, list(sentence), {})
    return stem.text if stem else None


def test_a_place_before_an_inquiry_is_its_topic_not_its_owner(nlp: Any) -> None:
    text = "Marta Lind requested more money for the Norway investigation last week."
    assert _ask(nlp, text, "Norway")[0] is None  # not "For which country's investigation …?"


def test_a_place_before_a_body_still_owns_it(nlp: Any) -> None:
    text = "The Norway government approved the plan last week."
    assert _ask(nlp, text, "Norway")[0] == "Which country's government approved the plan last week?"


def test_a_vague_noun_has_no_owner_to_ask(nlp: Any) -> None:
    text = "The senator said this Norway thing was among his reasons for leaving."
    assert _ask(nlp, text, "Norway")[0] is None  # not "Which country's thing was …?"
    text = "The senator blamed Norway's thing for the delay."
    assert _ask(nlp, text, "Norway")[0] is None  # owned by "'s", the thing is still vague


def test_a_rank_is_not_asked_without_the_aside_saying_among_whom(nlp: Any) -> None:
    text = "Tomas Berg, editor of Blue Lake, is the first Icelander to be nominated."
    assert _ask(nlp, text, "Tomas Berg")[0] is None  # not "Who is the first Icelander …?"


def test_a_rank_with_its_own_domain_or_no_aside_is_asked(nlp: Any) -> None:
    assert _ask(nlp, "Tomas Berg is the first Icelander to win the award.", "Tomas Berg")[0] == (
        "Who is the first Icelander to win the award?"
    )
    text = "Tomas Berg, a lawyer, became the youngest member of the club."
    assert _ask(nlp, text, "Tomas Berg")[0] == "Who became the youngest member of the club?"


def test_a_blank_keeps_the_asides_a_rank_is_counted_among(nlp: Any) -> None:
    text = (
        "Tomas Berg, editor of Blue Lake, is the first Icelander to be nominated and Anna "
        "Holm – editor of Red Hill – is the first woman to receive a nomination."
    )
    assert _blank(nlp, text, "Tomas Berg") == (
        "_____, editor of Blue Lake, is the first Icelander to be nominated and Anna Holm – "
        "editor of Red Hill – is the first woman to receive a nomination."
    )


def test_who_is_never_said_before_a_plural_predicate(nlp: Any) -> None:
    text = (
        "Tomas Berg, Anna Holm and Eva Strand are the young people who are nominated for "
        "their supporting roles."
    )
    assert _ask(nlp, text, "Tomas Berg")[0] is None  # not "Who … is the young people …?"
    one = "Tomas Berg is one of the young people who are nominated."
    assert _ask(nlp, one, "Tomas Berg")[0] == "Who is one of the young people who are nominated?"


def test_a_speaker_label_is_no_second_subject(nlp: Any) -> None:
    # the interview the topic rule let through: "In which country were Jo Roe The tests …?"
    text = (
        "Anna Holm: The experiments and observations in field were conducted from April to "
        "June 2010 in Blue Lake Reservoir, Norway."
    )
    assert _ask(nlp, text, "Norway")[0] is None
