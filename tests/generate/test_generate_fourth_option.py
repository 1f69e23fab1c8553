"""A person's question gets the fourth option the article has: each of its people of the kind.

Blind review 65 marked five three-option questions whose article named a fourth person:
"SK Sharif", initials run together, was read as a body; a prime minister the article
gives power to, who never speaks, was struck from "Who announced his resignation …?" as
if it asked a saying; and a coach cited "according to" was held to say nothing.
"""

from __future__ import annotations

from typing import Any

from questions.generate.acting import acting_names
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact, sentence_facts
from questions.generate.options import article_context, option_context
from questions.generate.people import initialled, named_in_full
from questions.generate.relabel import people_named

_OUTBREAK = (
    "RN Okoth, senior deputy director of health services in Kisumu, commented on the causes "
    "of the outbreak. Dr. Mary Wanjiru said the wells were unsafe."
)
_HANDOVER = (
    "President Jean Tovo announced his resignation on Monday. "
    "The union urged the army to hand power to Prime Minister General Paul Ndoro. "
    "Colonel Eric Mbaye has declared his support for the mayor Luc Rabe."
)
_STATEMENT = (
    "Luc Rabe told the Daily Star in a statement that the old cabinet had failed. "
    "The gallery's Polaroids show author Ruth Kemble. "
    "Mayor Tom Baru opened the new bridge on Friday."
)


def _people(nlp: Any, text: str) -> tuple[list[Fact], list[Any]]:
    """Return the facts of a small article as the pipeline labels them, and its sentences."""
    sentences = list(nlp(text).sents)
    found = people_named([sentence_facts(s, n) for n, s in enumerate(sentences)], sentences)
    return [f for facts in found for f in facts], sentences


def _asked(nlp: Any, text: str, name: str, stem: str, before: str = "") -> tuple[Any, list[str]]:
    """Return the option context and wrong options of a question on a person named in the
    article's first sentence; `before`: sentences no question is made from, ahead of it."""
    facts, sentences = _people(nlp, text)
    key = next(f for f in facts if f.text == name)
    every = [*nlp(before).sents, *sentences] if before else sentences
    base = article_context(text, facts, every, 2009)
    ctx = option_context(base, key, stem, sentence=sentences[0])
    return ctx, choose_distractors(key, key.text, facts, sentences[0].text, stem, ctx)[0]


def test_initials_run_together_name_a_person(nlp: Any) -> None:
    facts, _ = _people(nlp, _OUTBREAK)
    kinds = {f.text: f.kind for f in facts}
    assert kinds["RN Okoth"] == "person"  # the model's ORG: a director in apposition
    assert "rn okoth" in named_in_full(facts)


def test_an_acronym_and_a_word_are_no_initials() -> None:
    assert initialled("SK Sharif")
    assert not initialled("BBC Sport")  # a common word after it: a body's name
    assert not initialled("Kenya Sharif")


def test_a_thing_announced_is_offered_people_who_never_speak(nlp: Any) -> None:
    _, options = _asked(nlp, _HANDOVER, "Jean Tovo", "Who announced his resignation on Monday?")
    # "announced his resignation" is a deed: the prime minister given power may have done it
    assert "Paul Ndoro" in options
    assert len(options) == 3


def test_the_key_is_read_in_its_own_sentence_however_the_article_numbers_them(
    nlp: Any,
) -> None:
    # the article's every sentence, a long quotation no question is made from first: its
    # numbering is not the asked sentences' (reading the key there ran past its parse)
    stem = "Who announced his resignation on Monday?"
    ctx, options = _asked(nlp, _HANDOVER, "Jean Tovo", stem, '"We stay," the statement said.')
    assert ctx.words is not None and ctx.words.text == "Jean Tovo"
    assert "Paul Ndoro" in options


def test_a_saying_still_takes_only_people_who_speak(nlp: Any) -> None:
    # "told the Daily Star": a hearer for its object, the saying hung on "statement"
    stem = "Who told the Daily Star in a statement that the old cabinet had failed?"
    _, options = _asked(nlp, _STATEMENT, "Luc Rabe", stem)
    assert "Tom Baru" in options
    assert "Ruth Kemble" not in options  # only shown in the pictures: no speaker


def test_a_source_cited_according_to_says_something(nlp: Any) -> None:
    text = "According to Peter Lamba, the team scored twice. It lost, according to coach Ann Oduya."
    assert {"peter lamba", "ann oduya"} <= acting_names(list(nlp(text).sents))
