"""A teacher's own article: "the plan", "the meeting" and "it" said by the phrase that
introduced them a sentence or two before, and left unnamed (so refused) when two things or
none could be meant."""

from __future__ import annotations

from typing import Any

from questions.generate.antecedents import Antecedents, name_antecedents, record
from questions.generate.filters import not_standalone
from questions.generate.pipeline import generate

BRIDGE = """Town council delays vote on river bridge

Wednesday, March 4, 2020

The Millbrook town council will vote on Friday on a plan to rebuild the Old Mill bridge, \
which has been closed since a flood in January. The plan, drawn up by engineer Sarah Keane, \
would cost $4.2 million and take 18 months to finish.

Council leader Tom Ashby said on Monday that the town could not wait any longer. "Our shops \
are losing trade every week the bridge stays shut," he said.

The bridge stays closed until Friday at the earliest, officials said. About 3,000 people \
crossed it every day before the flood, according to a survey by the county roads office. \
The county has offered to pay 40 percent of the cost.

Residents will hold a meeting at the town hall on Thursday to discuss the plan. Keane is \
expected to present three designs at the meeting.
"""


def _said(nlp: Any, text: str) -> list[str]:
    """Return each sentence of a text as a question would say it, antecedents named."""
    seen, out = Antecedents(), []
    for sentence in nlp(text).sents:
        replace: dict[int, str] = {}
        name_antecedents(sentence, seen, replace)
        record(sentence, seen)
        out.append(" ".join(replace.get(t.i, t.text) for t in sentence))
    return out


def test_the_plan_and_the_meeting_are_asked_by_what_introduced_them() -> None:
    quiz = generate(BRIDGE, slug="bridge", title="Town council delays vote on river bridge")
    asked = {q.text.split("\n")[-1]: q.correct_option for q in quiz.qset.questions}
    cost = asked["How much would the plan to rebuild the Old Mill bridge cost?"]
    assert cost == "$4.2 million"
    meeting = "Who is expected to present three designs at the meeting at the town hall?"
    assert asked[meeting] == "Sarah Keane"


def test_it_is_the_one_thing_the_sentence_before_was_about(nlp: Any) -> None:
    said = _said(nlp, "Workers repaired the Old Mill bridge last year. Thousands crossed it daily.")
    assert said[1].startswith("Thousands crossed the Old Mill bridge")
    # two things "it" could be: the bridge or the road
    said = _said(
        nlp, "The Old Mill bridge carries the Long Lane road. Thousands crossed it every day."
    )
    assert "crossed it" in said[1]


def test_two_plans_or_a_plan_said_long_ago_are_left_unnamed(nlp: Any) -> None:
    two = (
        "The council will vote on a plan to rebuild the Old Mill bridge. "
        "It will also vote on a plan to widen Station Road. The plan would cost $4 million."
    )
    assert _said(nlp, two)[-1].startswith("The plan would cost")
    far = (
        "The council will vote on a plan to rebuild the Old Mill bridge. "
        "Tom Ashby leads the council. Shops in the town are losing trade. "
        "Sarah Keane spoke to reporters. Many residents agree. The plan would cost $4 million."
    )
    assert _said(nlp, far)[-1].startswith("The plan would cost")
    near = far.replace("Sarah Keane spoke to reporters. Many residents agree. ", "")
    assert _said(nlp, near)[-1].startswith("The plan to rebuild the Old Mill bridge would cost")


def test_an_undescribed_thing_or_a_person_is_not_named(nlp: Any) -> None:
    # "a plan" said with nothing after it: which plan the question cannot say
    said = _said(nlp, "The council has a plan for Millbrook. The mayor drew up a plan. "
                      "The plan would cost $4 million.")  # fmt: skip
    assert said[-1].startswith("The plan would cost")
    said = _said(nlp, "Millbrook hired an engineer from Leeds. The engineer drew up three designs.")
    assert said[-1].startswith("The engineer drew")


def test_what_a_thing_is_said_to_be_introduces_nothing(nlp: Any) -> None:
    # "treated as a spending bill in the House" says what the bailout bill was, and the
    # article's first bill was never described: "the bill" stays unnamed
    said = _said(
        nlp,
        "The Senate passed a revised bailout bill on Friday. It was not treated as a spending "
        "bill in the House. The vote on the bill was close.",
    )
    assert said[-1] == "The vote on the bill was close ."


def test_it_is_left_when_the_sentence_before_names_another_thing(nlp: Any) -> None:
    # "with a drone": the drone may be what flew, so "it" is not said to be the bridge
    said = _said(nlp, "Engineers inspected the Old Mill bridge with a drone. It flew over twice.")
    assert said[1].startswith("It flew")
    said = _said(nlp, "Engineers inspected the Old Mill bridge on Monday. It was built in 1890.")
    assert said[1].startswith("The Old Mill bridge was built")


def test_a_raised_it_is_a_thing_the_question_must_name() -> None:
    # "It is expected to open …": the pool is expected to open; a question keeping "It" is
    # refused, while "It is expected that …" and "It is important to …" name nothing
    raised = "It is expected to open in the summer of _____, council officials said."
    assert not_standalone(raised, "year-cloze") is not None
    assert not_standalone("It is expected that _____ will win the vote.", "x-cloze") is None
    assert not_standalone("It is important to note that _____ won.", "x-cloze") is None


def test_a_name_that_opened_a_sentence_keeps_one_article(nlp: Any) -> None:
    text = (
        "The Riverside Academy trust opened a branch in Leeds. "
        "Chief executive Anna Cole said the trust would open a second branch in York."
    )
    said = _said(nlp, text)[-1]
    assert "said the Riverside Academy trust would open" in said
    assert "the The" not in said
