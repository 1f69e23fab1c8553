"""A bare "the plan" of an article whose lead brings in "a revised parking plan", described
as its headline describes its thing, is that plan, until another plan comes in."""

from __future__ import annotations

from typing import Any

from questions.generate.leadthing import lead_said, name_by_lead

HEADLINE = "Council approves revised parking plan after long debate"
LEAD = (
    "The town council approved a revised parking plan on Tuesday, which is close to the plan "
    "rejected by the mayor in May."
)


def _named(nlp: Any, text: str) -> tuple[Any, dict[int, str]]:
    """Name the lead's thing in each sentence of `text`, after the lead; return the last."""
    lead = lead_said(next(nlp(LEAD).sents), nlp(HEADLINE))
    replace: dict[int, str] = {}
    for sentence in nlp(text).sents:
        replace = {}
        name_by_lead(sentence, None, lead, replace)
    return sentence, replace


def test_the_bare_noun_is_the_leads_thing_the_headline_describes(nlp: Any) -> None:
    sentence, replace = _named(nlp, "Shop owners have said they oppose the plan.")
    plan = next(t for t in sentence if t.lower_ == "plan")
    assert replace == {plan.i: "revised parking plan"}


def test_the_lead_sentence_and_described_ones_are_left(nlp: Any) -> None:
    first = next(nlp(LEAD).sents)
    lead = lead_said(first, nlp(HEADLINE))
    replace: dict[int, str] = {}
    name_by_lead(first, None, lead, replace)
    assert replace == {}  # "the plan rejected by the mayor": another, said so
    assert lead.thing is not None and lead.thing.alive  # its own "a plan" is no other
    _, replace = _named(nlp, "Drivers preferred the old plan.")
    assert replace == {}


def test_quoted_words_and_a_second_one_are_left(nlp: Any) -> None:
    _, replace = _named(nlp, '"I will fight the plan," said one trader.')
    assert replace == {}  # the speaker's own words
    text = "The mayor backed a plan to widen the bridge. Residents have since criticised the plan."
    _, replace = _named(nlp, text)
    assert replace == {}  # which plan, a guess


def test_a_lead_thing_the_headline_does_not_describe_is_none(nlp: Any) -> None:
    lead = lead_said(next(nlp(LEAD).sents), nlp("Mayor faces questions over budget"))
    assert lead.thing is None
