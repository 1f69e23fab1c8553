"""A definite noun made from a verb the headline says is the act that headline reports."""

from __future__ import annotations

from typing import Any

from questions.generate.derived import deriving_verbs
from questions.generate.facts import sentence_facts
from questions.generate.references import HEADLINE, unresolved_reference

COUNCIL = HEADLINE + "City council approves amended parking scheme after long debate\n"
SAID = "The {} lower the hourly parking fee to $3 in Riverton."


def _reference(nlp: Any, subject: str, headline: str = COUNCIL) -> str | None:
    """Return what `unresolved_reference` says of the fee's question with `subject`."""
    sentence = next(nlp(SAID.format(subject)).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "$3")
    stem = SAID.format(subject).replace("$3", "_____")
    return unresolved_reference(sentence, fact, headline + stem)


def test_wordnet_gives_the_verb_a_noun_is_made_from() -> None:
    assert "amend" in deriving_verbs("amendment")
    assert "approve" in deriving_verbs("approval")
    assert not deriving_verbs("giraffe")


def test_the_nominalised_headline_verb_names_the_headline_s_act(nlp: Any) -> None:
    # "amended" in the headline: the amendments are that scheme's
    assert _reference(nlp, "latest amendments") is None
    assert _reference(nlp, "latest amendments", headline="") is not None  # which amendments?


def test_a_noun_the_headline_s_verb_does_not_make_still_points_back(nlp: Any) -> None:
    assert _reference(nlp, "latest changes") is not None


def test_a_kind_or_another_one_keeps_the_reference(nlp: Any) -> None:
    assert _reference(nlp, "zoning amendments") is not None  # a kind the headline never says
    assert _reference(nlp, "earlier amendments") is not None  # other than the headline's
