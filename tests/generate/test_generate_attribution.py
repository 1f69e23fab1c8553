"""A question's ", according to …" names who reported its own statement, never a source that
reported another clause of the sentence ("A said X; B reported Y": B reported only Y), and a
question asking who said something gets no second speaker appended."""

from __future__ import annotations

from typing import Any

from questions.generate.attributed import attribution
from questions.generate.pipeline import generate

BRIDGE = """Harbour bridge shut after storm

Tuesday, March 3, 2020

Minister Jane Roe said the Kelby Bridge was unsafe; the Harbour Gazette reported it was closed.

Engineer Tom Briggs said 40 cables had snapped, and the Valley Times reported that repairs \
would cost $4 million.

The Harbour Gazette reported that Mayor Helen Castell said the ferry would be free. The Kelby \
Bridge was built in 1952, the Valley Times reported.

Council leader Amira Patel said the bridge had been inspected in 2018. Residents from the town \
of Elmford crossed the river by boat on Monday.
"""


def _asked() -> dict[str, Any]:
    """Return the bridge article's questions by their text, the headline line dropped."""
    quiz = generate(BRIDGE, slug="bridge", title="Harbour bridge shut after storm")
    return {q.text.split("\n")[-1]: q for q in quiz.qset.questions}


def test_a_report_after_a_semicolon_does_not_credit_the_first_clause() -> None:
    """The Gazette reported the closing, after the semicolon: the minister's saying is not
    credited to it ("Who said … unsafe, according to the Harbour Gazette?" was false)."""
    asked = _asked()
    who = next(t for t in asked if t.startswith("Who said the Kelby Bridge was unsafe"))
    assert "according to" not in who
    assert asked[who].options[asked[who].answer] == "Jane Roe"


def test_right_attributions_stay() -> None:
    """What a source reports keeps its source: after "and", after "reported that", and
    before a closing ", the Valley Times reported"."""
    asked = _asked()
    assert "How much would repairs cost, according to the Valley Times?" in asked
    assert any(t.startswith("How many cables") and "according to" in t and t.endswith("Tom Briggs?")
               for t in asked)  # fmt: skip
    assert "Who said the ferry would be free, according to the Harbour Gazette?" in asked
    assert "In which year was the Kelby Bridge built, according to the Valley Times?" in asked


def _credit(nlp: Any, text: str, verb: str, speaker: str = "") -> str:
    """Return the ", according to …" a question over a verb of a sentence would end on
    (asking for the verb's subject when `speaker` names it), its words as the parse has them."""
    doc = nlp(text)
    head = next(t for t in doc if t.text == verb)
    subject = next((t for t in head.children if t.text == speaker), head)
    role = "subject" if speaker else "object"
    return " ".join(str(w) for w in attribution(head, subject, role, {}))


def test_a_dash_or_a_second_report_sets_a_clause_apart(nlp: Any) -> None:
    """A source after a dash, or reporting a clause of its own after a comma, reported only
    that clause: the minister's statement is hers alone, and hers is not the Gazette's."""
    dashed = "Minister Jane Roe said the bridge was unsafe -- the Harbour Gazette reported it shut."
    spliced = "Minister Jane Roe said the bridge was unsafe, the Harbour Gazette reported it shut."
    for text in (dashed, spliced):
        assert _credit(nlp, text, "said", "Roe") == ""
        assert "Roe" not in _credit(nlp, text, "reported")
    assert _credit(nlp, spliced, "was").endswith("according to Minister Jane Roe")


def test_who_said_gets_no_later_source_appended(nlp: Any) -> None:
    """ "Who said …?" asks for a speaker already: a source reporting after the saying is not
    appended; one that reports the saying ("reported that Roe said …") is."""
    fronted = "Minister Jane Roe said the bridge was unsafe, the Harbour Gazette reported."
    assert _credit(nlp, fronted, "said", "Roe") == ""
    assert _credit(nlp, fronted, "was").endswith("according to Minister Jane Roe")
    nested = "The Harbour Gazette reported that Minister Jane Roe said the bridge was unsafe."
    assert _credit(nlp, nested, "said", "Roe") == ", according to the Harbour Gazette"
