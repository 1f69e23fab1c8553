"""A comma-set absolute "with" clause that ends a sentence (", with the ministry saying no
applicant will be refused") is an afterthought a question leaves out; one holding a name or
a number ("leaving the score at 6-all") may situate the question and stays."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.asides import asides

FERRY = """Island ferry timetable to change

Wednesday, March 11, 2020

The island's ferry company will cut its winter sailings from six a day to four, the harbour \
board announced.

Captain Olga Brandt told Coast News that the smaller schedule was "the only way to \
keep the service running."

Officials tell Norte News every complaint will be answered by hand, with the ministry \
saying no passenger will be left behind "because of the new timetable".

Harbour board chair Anna Kovac told Island News the board would review the change in \
a year. The company carried 48,000 passengers last winter, most of them on the morning \
crossing to the mainland.
"""


def _kept(nlp: Any, text: str, answer: str) -> str:
    """Return a sentence's words that are no aside of the answer's clause."""
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == answer.split()[0])
    cut = asides(list(doc), range(start, start + len(answer.split())))
    return "".join(t.text_with_ws for t in doc if t.i not in cut)


def test_an_absolute_with_tail_is_an_aside(nlp: Any) -> None:
    kept = _kept(
        nlp,
        "Officials tell Norte News every complaint will be answered by hand, with the "
        'ministry saying no passenger will be left behind "because of the new timetable".',
        "Norte News",
    )
    assert kept == "Officials tell Norte News every complaint will be answered by hand."


def test_a_with_tail_holding_a_number_stays(nlp: Any) -> None:
    sentence = (
        "The second set went on serve for all ten games, with no breaks leaving the score at 5-all."
    )
    assert _kept(nlp, sentence, "second") == sentence


def test_the_outlet_told_is_asked_without_the_tail() -> None:
    qset = generate(FERRY, slug="ferry", title="ferry").qset
    asked = {q.text.split("\n")[-1]: q for q in qset.questions}
    question = asked.get(
        "Which organization do officials tell every complaint will be answered by hand?"
    )
    assert question is not None, list(asked)
    assert question.correct_option == "Norte News"
    assert {"Coast News", "Island News"} & set(question.options)
