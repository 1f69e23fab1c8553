"""A key is asked when its sentence still makes it the one answer: a person named with an
owner ("The Liberty Party's Tom Hale earned …") is asked "Who earned …?"; an amount listed
with things that are no amounts ("the $700 billion and concerns") is the list's only one; a
definite sum named by its own phrase ("the $110 billion in tax breaks … is not offset") is
one sum, whatever its sentence denies of it; "the functional constituencies", named bare
before ("In traditional functional constituencies"), is a class, no reference back."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.amounts import defined_amount, only_amount_listed
from questions.generate.facts import Fact, sentence_facts
from questions.generate.nouns import verb_taken_for_noun
from questions.generate.references import unresolved_reference
from questions.generate.unique import shared_answer

ELECTION = """New faces emerge as veterans step down in Ruritania legislative election

Monday, May 2, 2016

The Ruritania legislative election was held on Sunday, May 1, with a turnout of around 2 \
million voters.

In the North Island geographical constituency, Anna Berg of the Green Party was re-elected \
with 60,760 votes. Other winners were Carl Dunn and Ellen Fox. The Liberty Party's Tom Hale \
earned a surprise victory as second place in the constituency with 50,818 votes.

In the South Coast geographical constituency, Maria Lopez of the Blue Party was elected with \
51,516 votes, the highest in this constituency. Peter Quinn and Rosa Stein were re-elected.
"""


def test_a_person_named_with_an_owner_is_asked_who() -> None:
    questions = generate(ELECTION, slug="trial", title="Ruritania").qset.questions
    asked = {q.text.splitlines()[-1]: q for q in questions}
    # the question names the paragraph's constituency itself: it is not put before it again
    stem = (
        "In the 2016 Ruritania legislative election, who earned a surprise victory as second "
        "place in the North Island geographical constituency with 50,818 votes?"
    )
    assert stem in asked, sorted(asked)
    assert asked[stem].correct_option == "Tom Hale"
    assert "Anna Berg" in asked[stem].options  # the party no longer narrows the options


def _fact(nlp: Any, text: str, key: str) -> tuple[Any, Fact]:
    """Return a sentence and its fact with that text."""
    sentence = next(nlp(text).sents)
    facts = [f for f in sentence_facts(sentence, 0) if f.text == key]
    assert facts, f"{key!r} is no fact of {text!r}"
    return sentence, facts[0]


def test_an_amount_listed_with_things_is_the_lists_only_amount(nlp: Any) -> None:
    said = "Voters will forget about the $700 billion and concerns they may have on that."
    sentence, fact = _fact(nlp, said, "$700 billion")
    assert only_amount_listed(sentence, fact)
    assert shared_answer(sentence, fact) is None
    two = "The plan promised $5 million and 300 new jobs to the town."
    sentence, fact = _fact(nlp, two, "$5 million")
    assert not only_amount_listed(sentence, fact)
    assert shared_answer(sentence, fact) == "the answer is one item of a list"


def test_a_sum_named_by_its_phrase_is_one_sum_whatever_is_denied(nlp: Any) -> None:
    said = "The $110 billion in tax breaks is not offset by any increases in revenues."
    assert defined_amount(*_fact(nlp, said, "$110 billion"))
    denied = "The council did not approve the $5 million in new aid."
    assert not defined_amount(*_fact(nlp, denied, "$5 million"))  # which sum was not approved


def test_a_noun_before_and_a_helper_verb_is_no_misread_verb(nlp: Any) -> None:
    def misread(text: str) -> list[str]:
        return [t.text for t in nlp(text) if verb_taken_for_noun(t)]

    assert misread("The cost is not offset by increases in revenues and has added doubt.") == []
    assert misread("The USI exhibit identifies and features Polaroids of Halston.") == [
        "identifies"
    ]


def _reference(nlp: Any, text: str, key: str) -> str | None:
    """Return what unresolved reference the cloze of the text's last sentence keeps, if any."""
    sentence = list(nlp(text).sents)[-1]
    facts = [f for f in sentence_facts(sentence, 1) if f.text == key]
    assert facts, f"{key!r} is no fact of {sentence.text!r}"
    stem = sentence.text.replace(key, "_____")
    return unresolved_reference(sentence, facts[0], stem)


def test_a_class_named_bare_before_is_no_reference_back(nlp: Any) -> None:
    classed = (
        "In traditional functional constituencies, the Green Party gained a seat in May. "
        "Green Party seats in the functional constituencies increased from 9 to 10 in 2016."
    )
    assert _reference(nlp, classed, "10") is None
    pointed = (
        "The Green Party gained a seat in May. "
        "Green Party seats in the functional constituencies increased from 9 to 10 in 2016."
    )
    assert _reference(nlp, pointed, "10") == (
        "the question says 'the functional constituencies' without naming it"
    )
