"""A present verb the parse took for a plural noun ("observed the museum identifies and sells
…") leaves the next verb no subject to borrow: no "By whom does the Herald sell …?"."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.subject import verb_read_as_noun

MUSEUM = (
    "Lakeside gallery opens new wing\n\n"
    "Monday, March 3, 2014\n\n"
    "The Lakeside Gallery in Dayton, Ohio opened a new wing on Saturday. "
    "The Dayton Herald observed the gallery identifies and sells paintings by local artist "
    "Maria Lopez, a former teacher in Dayton. "
    "Curator John Barker said the wing cost $2 million. "
    "Director Anna Reyes said 4,000 people visited in the first week. "
    "The gallery was founded in 1921 by banker Thomas Hale. "
    "Governor Ted Strickland visited the new wing on Sunday and praised its staff. "
    "Barker said the collection includes works by painter Rosa Vance and photographer "
    "Neil Ortiz. The wing will stay open until 9 p.m. on Fridays, Reyes said."
)


def _joined(nlp: Any, text: str, word: str) -> bool:
    """Tell whether the verb `word` of a one-sentence text is a verb read as a noun's."""
    verb = next(t for t in nlp(text) if t.text == word)
    return verb_read_as_noun(verb)


def test_a_present_verb_after_a_verb_taken_for_a_noun_borrows_no_subject(nlp: Any) -> None:
    text = "The Dayton Herald observed the gallery identifies and sells paintings by Maria Lopez."
    assert _joined(nlp, text, "sells")


def test_two_verbs_of_one_subject_still_share_it(nlp: Any) -> None:
    assert not _joined(nlp, "The company makes boots and sells shoes in Dayton.", "sells")
    assert not _joined(nlp, "She said the company makes and sells shoes.", "sells")


def test_the_herald_is_not_said_to_sell_the_paintings() -> None:
    result = generate(MUSEUM, slug="museum", title="Lakeside gallery opens new wing")
    texts = [q.text.splitlines()[-1] for q in result.qset.questions]
    assert not any("Herald sell" in t for t in texts)
