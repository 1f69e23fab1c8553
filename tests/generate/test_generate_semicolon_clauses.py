"""An over-long sentence of semicolon-joined clauses is asked clause by clause, and a record a
place holds, quoted from it, is credited to that place: the bailout article's "Division A
(pp.1-110) is referred to as …; Division B …; and Division C …", quoted from a website,
was one sentence of 86 words, too long to ask, and its acts were no question's answer."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.namedapart import named_apart
from questions.generate.recorded import recorded_source
from questions.generate.semiclauses import carried_setting, joining_word

ARTICLE = """Harbour board approves new port charter

Monday, March 2, 2015

The Harbour Board of Eastport approved a new port charter on Monday after two years of talks with the shipping companies and the city council.

"This charter gives the port a clear future," said board chairman Martin Okafor.

The charter replaces the Harbour Rules Act of 1961, which the shipping companies had long called out of date.

It is noted on the Eastport Harbour Website that "On 2/3/2015, the board adopted the charter as the basis for all port rules. In the Board Edition of the text (Amended Version as Agreed by the Board), Part A (pp.1-40) is referred to as the Coastal Safety Act of 2015; Part B (pp. 41-90) is referred to as the Cargo Storage Reform Act of 2015; and Part C (pp. 91-130) is referred to as the Harbour Fees and Pilot Licensing Act of 2015."

The board voted 9 to 2 in favour of the charter, and the new rules take effect on June 1.
"""  # noqa: E501

LONG = (
    "In the Board Edition of the text (Amended Version as Agreed by the Board), Part A "
    "(pp.1-40) is referred to as the Coastal Safety Act of 2015; Part B (pp. 41-90) is "
    "referred to as the Cargo Storage Reform Act of 2015; and Part C (pp. 91-130) "
    "is referred to as the Harbour Fees and Pilot Licensing Act of 2015."
)


def test_an_over_long_sentence_is_cut_after_its_semicolons(nlp: Any) -> None:
    sentences = list(nlp(LONG).sents)
    assert [s.text.split()[0] for s in sentences] == ["In", "Part", "and"]
    setting = "In the Board Edition of the text"
    assert [carried_setting(s) for s in sentences] == [None, setting, setting]
    assert joining_word(sentences[2]) is not None and joining_word(sentences[1]) is None


def test_a_short_sentence_and_a_list_stay_whole(nlp: Any) -> None:
    short = "Part A is the Dock Safety Code; Part B is the Cargo Handling Rules of the port."
    assert len(list(nlp(short).sents)) == 1
    places = "; ".join(f"Port {n} of the northern coast, the old harbour town" for n in range(9))
    assert len(list(nlp(f"The ships called at {places}.").sents)) == 1  # no verb: a list


def test_a_place_that_records_a_quotation_is_its_source(nlp: Any) -> None:
    doc = nlp('It is noted on the Eastport Harbour Website that "On Monday, the board met."')
    opened = next(t.i for t in doc if t.text == '"')
    assert recorded_source(doc[opened].sent, opened) == ("the Eastport Harbour Website", "says")
    said = nlp('The chairman said on Monday that "the board met."')
    opened = next(t.i for t in said if t.text == '"')
    assert recorded_source(said[opened].sent, opened) is None  # a speaker's words


def test_each_clause_is_asked_credited_and_in_its_setting() -> None:
    questions = generate(ARTICLE, slug="port", title="Harbour board approves new port charter")
    asked = {q.correct_option: q.text.split("\n")[-1] for q in questions.qset.questions}
    assert asked["Coastal Safety Act of 2015"] == (
        "As which act is Part A referred to in the Board Edition of the text, according to "
        "the Eastport Harbour Website?"
    )


def test_questions_about_two_named_things_are_not_one_ambiguous_question() -> None:
    assert named_apart("As which act is Division A known?", "As which act is Division B known?")
    assert not named_apart("Who won the men's race?", "Who won the women's race?")
    assert not named_apart("Which team beat Spain?", "Which team beat Spain twice?")
