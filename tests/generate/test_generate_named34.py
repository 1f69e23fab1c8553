"""A person's full name the model labels an organisation ("Chair of the review, Helena
Marchbank challenged …") is the person when it reads as a given name and surname and acts as
a person: she is asked about among the article's people, and the fronted "Chair of the
review" is her apposition, not a phrase a question moves to its end ("Who challenged …
chair of the review?"). A bank, a laboratory or a trust named after people stays a body."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.entcache import ents_of
from questions.generate.entities import mend_names
from questions.generate.fronted import mend_fronted_subjects
from questions.generate.pipeline import generate

ARTICLE = """Review calls for new voting system in Westshire

Thursday, March 3, 2011

A review of council elections in Westshire has called for sweeping changes to how \
councillors are chosen, its final report said on Thursday.

{sentence}

The review was set up by the Westshire Civic Trust in 2009 and heard evidence from 300 \
residents over eighteen months.

Councillor Susan Reed said the report would be debated next month. Opposition leader Mark \
Turner urged the council to adopt its proposals in full.
"""

CHALLENGE = (
    'Chair of the review, Helena Marchbank challenged councillors to "put the voters first '
    'and stop treating reform as a game".'
)


def _questions(sentence: str) -> list[Any]:
    """Return the questions generated from the article with one sentence of its own."""
    text = ARTICLE.format(sentence=sentence)
    return list(generate(text, slug="review", title="Review").qset.questions)


def test_person_labelled_a_body_is_asked_among_people() -> None:
    """Helena Marchbank, an organisation to the model, is asked "Who challenged …?" with the
    article's people for options, and the stem ends with the quotation."""
    asked = [q for q in _questions(CHALLENGE) if "challenged councillors" in q.text]
    assert len(asked) == 1, [q.text for q in asked]
    question = asked[0]
    assert question.correct_option == "Helena Marchbank"
    assert set(question.options) == {"Helena Marchbank", "Susan Reed", "Mark Turner"}
    assert question.text.rstrip().endswith('as a game"?'), question.text
    assert "chair of" not in question.text.lower()


def _labels(nlp: Any, sentence: str) -> dict[str, str]:
    """Return each entity's label after the name mends, by its text."""
    doc = nlp(sentence)
    mend_names(doc)
    return {ent.text: ent.label_ for ent in ents_of(doc)}


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        (CHALLENGE, "Helena Marchbank", "PERSON"),
        (
            "Chair of the review, Helena Kennedy challenged councillors to act.",
            "Helena Kennedy",
            "PERSON",
        ),
        # "Morgan" is a name of either sex: the bank says, and stays a bank
        ("Morgan Stanley said the council should act.", "Morgan Stanley", "ORG"),
        # "Laboratory": a building, no surname
        ("Jackson Laboratory argued the council should act.", "Jackson Laboratory", "ORG"),
    ],
)
def test_name_labels(nlp: Any, sentence: str, name: str, label: str) -> None:
    """A given name of one sex and a surname that acts as a person is a person; a name with
    a body's word, or a given name of either sex, stays the model's organisation."""
    assert _labels(nlp, sentence).get(name) == label


def test_trust_named_after_a_person_stays_a_body(nlp: Any) -> None:
    """ "Joseph Rowntree Charitable Trust" says, yet "Trust" names a body: no person."""
    labels = _labels(nlp, "The Joseph Rowntree Charitable Trust said the council should act.")
    assert "PERSON" not in labels.values(), labels


def test_fronted_role_hangs_on_the_subject(nlp: Any) -> None:
    """A fronted "Chair of the review," before a named subject is the subject's apposition."""
    doc = nlp("Chair of the review, David Miller challenged councillors to act.")
    mend_fronted_subjects(doc)
    chair = doc[0]
    assert (chair.dep_, chair.head.text) == ("appos", "Miller")
