"""A wh-question too long to ask is asked again without what a question does not need: a
closing comment after a comma, an example phrase, an aside set off by commas; never the
answer, a name or a number."""

from __future__ import annotations

from typing import Any

from questions.generate.needless import needless_words
from questions.generate.pipeline import generate

LIBRARY = """Town opens new library

Tuesday, May 12, 2020

Mayor Helen Castell opened the new Riverside Library, a three-storey building of glass and \
timber, on Saturday with a ceremony attended by hundreds of residents and pupils from the \
town's schools, far earlier than had previously been planned.

The library holds about 40,000 books. Builders began work on the site in March 2018, and the \
project cost the council $12 million. The old library, which opened in 1952, will become a \
museum of local history. Librarians said the number of visitors had doubled in the first \
week, and the council plans to add a cafe next year. Council leader Amira Patel said the \
project had been delayed twice. The building was designed by architect Tom Briggs.
"""


class _Key:
    """A fact's place in its sentence, all `needless_words` reads of it."""

    def __init__(self, doc: Any, text: str) -> None:
        span = next(e for e in doc.ents if e.text == text)
        self.start, self.end = span.start, span.end


def _cut(nlp: Any, text: str, key: str) -> list[str]:
    """Return each group of words a too-long question on `key` may leave out, as text."""
    doc = nlp(text)
    groups = needless_words(next(iter(doc.sents)), _Key(doc, key))
    return [" ".join(doc[i].text for i in sorted(g)) for g in groups]


def test_a_too_long_question_drops_its_closing_comment() -> None:
    """The mayor's opening is asked without ", far earlier than had been planned": the rest
    of the sentence, its date and place kept, is the question."""
    quiz = generate(LIBRARY, slug="library", title="Town opens new library")
    asked = {q.text.split("\n")[-1]: q for q in quiz.qset.questions}
    who = next(t for t in asked if t.startswith("Who opened the new Riverside Library"))
    assert "far earlier" not in who and "on May 9, 2020" in who and who.endswith("schools?")
    question = asked[who]
    assert question.correct_option == "Helen Castell"
    assert sorted(question.options) == ["Amira Patel", "Helen Castell", "Tom Briggs"]


def test_examples_and_asides_are_cut_in_their_turn(nlp: Any) -> None:
    """An example phrase and a "which" clause set off by commas go, each with its commas."""
    text = (
        "The Harbour Board, which runs the port, said on Friday that ships such as oil "
        "tankers would pay higher fees, far higher than owners had expected."
    )
    assert _cut(nlp, text, "Friday") == [
        ", far higher than owners had expected",
        "such as oil tankers",
        ", which runs the port ,",
    ]


def test_the_answer_a_name_or_a_number_is_never_cut(nlp: Any) -> None:
    """An aside holding a number stays, and so does the answer's own aside."""
    text = "Anna Berg, a lawyer, joined the firm, a company of 300 staff, in Oslo."
    assert _cut(nlp, text, "Anna Berg") == []
    assert (
        _cut(nlp, "The figures rose on Monday, well above forecasts by Nordbank.", "Monday") == []
    )
