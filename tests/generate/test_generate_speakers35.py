"""A speaker named only in a relative clause ("including Mayor Tom Reddan, who said: …")."""

from __future__ import annotations

from typing import Any

from questions.generate.acting import acting_names
from questions.generate.facts import Fact, sentence_facts
from questions.generate.quotes import quote_question

_DEBATE = (
    "Several critics of the plan spoke at the meeting, including Mayor Tom Reddan, who said: "
    '"The council has rushed this vote and the town will pay for it."'
)


def _fact(sentence: Any, answer: str) -> Fact:
    """Return the fact of a sentence whose text is `answer`."""
    return next(f for f in sentence_facts(sentence, 0) if answer in f.text)


def test_the_subject_of_a_relative_clause_acts(nlp: Any) -> None:
    names = acting_names(list(nlp(_DEBATE).sents))
    assert any(name.endswith("reddan") for name in names)


def test_a_relative_clause_s_quotation_is_asked_of_its_speaker(nlp: Any) -> None:
    sentence = next(nlp(_DEBATE).sents)
    stem = quote_question(sentence, _fact(sentence, "Reddan"))
    assert stem is not None
    assert stem.text == 'Who said "The council has rushed this vote and the town will pay for it"?'


def test_a_relative_clause_of_no_saying_asks_no_quotation(nlp: Any) -> None:
    text = (
        "Several critics spoke, including Mayor Tom Reddan, who left early. "
        '"The council has rushed this vote," a resident said.'
    )
    sentence = next(nlp(text).sents)
    assert quote_question(sentence, _fact(sentence, "Reddan")) is None
