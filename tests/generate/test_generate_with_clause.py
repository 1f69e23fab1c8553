"""A "with" clause that tells an event of its own is asked as a sentence of its own ("…
were defeated, with Junius Ho defeating Lee Cheuk-yan by around five thousand votes" ->
"Who did Junius Ho defeat by around five thousand votes?")."""

from __future__ import annotations

from typing import Any

from questions.generate.absolute import absolute_question
from questions.generate.facts import sentence_facts
from tests.generate.generated import SharedGenerations

DEFEAT = (
    "Two veteran politicians, Lee Cheuk-yan and Frederick Fung, were defeated in the "
    "constituency, with Junius Ho defeating Lee Cheuk-yan by around five thousand votes."
)


def _asked(nlp: Any, text: str, key: str) -> list[str]:
    """Return the "with"-clause questions written for each fact of a sentence with that text."""
    sentence = next(nlp(text).sents)
    facts = [f for f in sentence_facts(sentence, 0) if f.text == key]
    assert facts, f"{key!r} is no fact of {text!r}"
    stems = [absolute_question(sentence, f, {}) for f in facts]
    return [s.text for s in stems if s is not None]


def test_the_clause_is_asked_on_its_own_in_the_past(nlp: Any) -> None:
    assert _asked(nlp, DEFEAT, "Lee Cheuk-yan") == [
        "Who did Junius Ho defeat by around five thousand votes?"
    ]
    won = "The match was played in Moscow, with Maria Lopez beating Anna Berg in two sets."
    assert _asked(nlp, won, "Maria Lopez") == ["Who beat Anna Berg in two sets?"]


def test_a_clause_of_the_present_or_with_a_second_verb_is_not_asked(nlp: Any) -> None:
    now = "The match is played in Moscow, with Maria Lopez beating Anna Berg in two sets."
    assert _asked(nlp, now, "Maria Lopez") == []
    more = "The match was played in Moscow, with Maria Lopez beating Anna Berg, who was ill."
    assert _asked(nlp, more, "Anna Berg") == []


def test_the_election_quiz_asks_whom_junius_ho_defeated(generation: SharedGenerations) -> None:
    questions = generation.corpus("hong-kong-legislative-election-2016").qset.questions
    asked = {q.text: q.correct_option for q in questions}
    stem = (
        "In the 2016 Hong Kong legislative election, who did Junius Ho defeat by around five "
        "thousand votes?"
    )
    assert asked.get(stem) == "Lee Cheuk-yan"
