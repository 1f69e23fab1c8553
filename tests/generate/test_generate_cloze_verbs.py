"""A blank's sentence stays a statement when the parse hangs its verb under a "what" clause
("what has been called wasteful spending [is not covered]": a tensed object predicate is the
sentence's verb), and keeps its closing "and …" predicate when that holds the sentence's only
name: without it the statement says no one and nowhere."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.stems import cloze


def _cloze(nlp: Any, text: str, key: str) -> str | None:
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == key)
    stem = cloze(fact, list(sentence), {})
    return stem.text if stem is not None else None


def test_a_verb_hung_under_a_what_clause_is_the_sentences(nlp: Any) -> None:
    text = (
        "However, the $40 million in grants, loans and what has been called wasteful spending "
        "is not covered by any cuts in costs and has angered members of the Marlow Council."
    )
    assert _cloze(nlp, text, "$40 million") == (
        "The _____ in grants, loans and what has been called wasteful spending is not covered "
        "by any cuts in costs and has angered members of the Marlow Council."
    )


def test_a_closing_predicate_holding_the_only_name_stays(nlp: Any) -> None:
    text = (
        "The $30 million in repairs is not covered by any new fees and has drawn protests "
        "from residents of Westport."
    )
    assert _cloze(nlp, text, "$30 million") == (
        "The _____ in repairs is not covered by any new fees and has drawn protests from "
        "residents of Westport."
    )


def test_a_closing_predicate_goes_when_the_statement_names_enough(nlp: Any) -> None:
    text = (
        "The $30 million in repairs to the Westport pier is not covered by any new fees and "
        "has drawn protests from residents of Dunmore."
    )
    assert _cloze(nlp, text, "$30 million") == (
        "The _____ in repairs to the Westport pier is not covered by any new fees."
    )
