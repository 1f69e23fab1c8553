"""A bill's number the article calls a bill ("S.B.2231, a bill …") is asked as that bill,
offered beside numbers near it in its own prefix, never one the article gives another bill."""

from __future__ import annotations

from questions.generate.billnumbers import BILL, bill_variants
from questions.generate.context import parse
from questions.generate.pipeline import generate
from questions.generate.stated import stated_facts

ARTICLE = """State Senate passes harbor dredging bill

Thursday, April 3, 2014

The state Senate on Thursday took S.B.2231, a bill that had been stalled in committee since \
the winter, and passed it after weeks of debate over the cost of dredging the Gulf ports.

S.B.2231 was introduced on January 14, 2013, by Senator Dana Whitcombe and had the support \
of the port workers' union.

"The harbors cannot wait another season," Whitcombe said. Critics said the bill spent too \
much on ports that few ships still use, and they backed S.B.2189, a rival measure.

The bill now goes to the governor, who is expected to sign it before the summer recess.
"""


def test_a_designation_called_a_bill_is_a_bill_number() -> None:
    paragraphs = tuple(ARTICLE.split("\n\n")[2:])
    parsed = parse(paragraphs, None)
    found = [f for facts in stated_facts(parsed) for f in facts if f.kind == BILL]
    assert {(f.text, f.unit) for f in found} == {("S.B.2231", "bill")}


def test_a_bill_number_is_asked_which_bill_among_numbers_near_it() -> None:
    quiz = generate(ARTICLE, slug="harbor", title="Harbor")
    asked = [q for q in quiz.qset.questions if q.correct_option == "S.B.2231"]
    assert asked, [q.text for q in quiz.qset.questions]
    for question in asked:
        assert "which bill" in question.text.lower(), question.text
        assert all(o.startswith("S.B.") and o[4:].isdigit() for o in question.options)
        assert "S.B.2189" not in question.options  # the article's other bill: no made-up rival


def test_a_number_the_article_gives_another_bill_is_no_rival() -> None:
    # seed "a" moves 2231 to 1680 and 3045 first: both bills the article names
    text = "It took S.B.2231, a bill, beside S.B.1680 and S.B. 3045."
    rivals = bill_variants("S.B.2231", text, "a")
    assert rivals[:2] == ["S.B.1345", "S.B.3767"]
