"""A list line's dash, a named role's holder ("What is the priority direction of …?") and a
speaker asked without a closing "and …" predicate or a fronted reference."""

from __future__ import annotations

import pytest

from questions.generate import generate
from questions.generate.clean import clean_article
from questions.schema import Question

ARTICLE = """On March 3, President Anna Novak attended the 12th meeting of the Baltic Harbour \
Union in Riga via video.

She delivered a speech at the meeting, joined by Finance Minister Elena Varga, Foreign \
Minister Marek Kowalski and Harbour Master Tomas Berzins.

In her speech, President Novak summarized the union's work with four pillars: building new \
bridges, cutting ferry fares, keeping the old ports clean, and training young sailors.

-Keeping the northern sea lanes open is the priority direction of Baltic Harbour Union \
cooperation.

——Cutting red tape remains the most urgent task at present.

President Novak said that Latvia will provide 40 new icebreakers to the union by 2030.

In the last phone call, President Jonas Petrauskas stated that the current plan of the \
ministry of transport shows that the policy of closing the old harbours of the western coast \
by private owners and foreign investors is not feasible and will only bring heavy losses and \
long delays to the coastal towns of the region.

The union was founded in Tallinn in 1998 by four countries and now has eleven members.
"""


@pytest.fixture(scope="module")
def questions() -> tuple[Question, ...]:
    """Generate the made-up article's quiz once."""
    return generate(ARTICLE, slug="harbour", title="Harbour union").qset.questions


def _asked(questions: tuple[Question, ...], text: str) -> Question:
    found = [q for q in questions if q.text == text]
    assert len(found) == 1, [q.text for q in questions]
    return found[0]


def test_a_list_lines_dash_is_no_part_of_its_prose() -> None:
    paragraphs = clean_article(ARTICLE).paragraphs
    assert "Keeping the northern sea lanes open is the priority direction of Baltic Harbour " \
        "Union cooperation." in paragraphs  # fmt: skip
    assert "Cutting red tape remains the most urgent task at present." in paragraphs
    assert not any(p.startswith(("-", "—")) for p in paragraphs)


def test_a_named_roles_holder_is_asked_with_the_lists_other_items(
    questions: tuple[Question, ...],
) -> None:
    asked = _asked(questions, "What is the priority direction of Baltic Harbour Union cooperation?")
    assert asked.correct_option == "Keeping the northern sea lanes open"
    # the list's other gerund phrases; not "Keeping the old ports clean" (a variant of the
    # key's verb), nor "Cutting red tape" beside "Cutting ferry fares"
    assert sorted(asked.options) == [
        "Building new bridges", "Cutting ferry fares", "Keeping the northern sea lanes open",
        "Training young sailors",
    ]  # fmt: skip


def test_a_role_named_by_nothing_is_not_asked(questions: tuple[Question, ...]) -> None:
    # "the most urgent task at present": whose, the question could not say
    assert not any("most urgent task" in q.text for q in questions)
    assert not any(q.correct_option == "Cutting red tape" for q in questions)


def test_a_speaker_is_asked_without_the_closing_predicate_and_the_reference(
    questions: tuple[Question, ...],
) -> None:
    asked = _asked(
        questions,
        "Who stated that the current plan of the ministry of transport shows that the policy of "
        "closing the old harbours of the western coast by private owners and foreign investors "
        "is not feasible?",
    )
    assert asked.correct_option == "Jonas Petrauskas"
    assert not any("last phone call" in q.text for q in questions)


@pytest.mark.parametrize("verb", ["will remain", "might be", "is not"])
def test_a_hedged_or_denied_role_is_not_asked(verb: str) -> None:
    # "What remain the …?" drops "will"; "What is not the …?" has the list's others as answers
    text = ARTICLE.replace("is the priority direction", f"{verb} the priority direction")
    assert text != ARTICLE
    asked = [q.text for q in generate(text, slug="x", title="x").qset.questions]
    assert not any("priority direction" in q and q.startswith("What") for q in asked), asked
