"""A quotation too long to ask whole is asked by its first clause, cut at a comma where the
rest is whole clauses hung on it, and marked as going on; the options are the other speakers."""

from __future__ import annotations

from questions.generate import generate

SPEECH = """Council picks new chair

Tuesday, May 6, 2014

The city council elected Maria Okafor as its chair on Tuesday after a vote of nine to two.

"She has the patience and the judgement this council needs in the years ahead, especially \
as the city faces the hardest budget choices it has made since the floods of the last \
decade," councillor Peter Lindqvist told reporters.

Outgoing chair Samuel Whitfield said he was "delighted" by the result. "The council chose \
well today," said Whitfield.

Councillor Ana Duarte called the vote "a fresh start for the whole of the city."
"""


def _questions(text: str, slug: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Return each question's last line, its key and its options."""
    qset = generate(text, slug=slug, title=slug).qset
    return [(q.text.split("\n")[-1], q.correct_option, tuple(q.options)) for q in qset.questions]


def test_a_long_quotation_is_asked_by_its_first_clause() -> None:
    asked = [(q, o) for q, k, o in _questions(SPEECH, "council") if k == "Peter Lindqvist"]
    assert asked, "the long quotation's speaker is asked"
    question, options = asked[0]
    assert question == (
        'Who said "She has the patience and the judgement this council needs in the years ahead …"?'
    )
    assert "Samuel Whitfield" in options
