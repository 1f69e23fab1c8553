"""A clause that tells a fact of its own is asked as a sentence of its own: a "with" clause
("… were defeated, with Junius Ho defeating Lee Cheuk-yan by around five thousand votes" ->
"Who did Junius Ho defeat by around five thousand votes?"), a ", which will be the …"
clause ("Which mission will be the last Space Shuttle mission?")."""

from __future__ import annotations

from typing import Any

from questions.generate.absolute import absolute_question, described_question
from questions.generate.facts import Fact, sentence_facts
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
        "In the New Territories West geographical constituency in the 2016 Hong Kong "
        "legislative election, who did Junius Ho defeat by around five thousand votes?"
    )
    assert asked.get(stem) == "Lee Cheuk-yan"


def test_a_description_only_one_thing_fits_is_asked_of_the_key(nlp: Any) -> None:
    def described(text: str, key: str, kind: str = "place", unit: str = "") -> str | None:
        sentence = next(nlp(text).sents)
        at = next(t.i for t in sentence if t.text == key)  # "STS-135": one word
        fact = Fact(0, at, at + 1, key, "", kind, "city" if kind == "place" else "", unit)
        stem = described_question(sentence, fact, {})
        return stem.text if stem is not None else None

    text = (
        "Atlantis is being prepped for its final mission which will be STS-135, which will be "
        "the last Space Shuttle mission."
    )
    assert described(text, "STS-135", "model", "mission") == (
        "Which mission will be the last Space Shuttle mission?"
    )
    # "a member of …" fits many: not asked so
    text = "The delegates met in Ankara, which is a member city of the network."
    assert described(text, "Ankara") is None
    text = "The delegates met in Ankara, which is the capital of Turkey."
    assert described(text, "Ankara") == "Which city is the capital of Turkey?"
