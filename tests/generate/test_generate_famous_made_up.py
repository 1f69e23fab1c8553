"""A famous key on made-up text (review 75: "Polaroids of actor _____", Dennis Hopper, beside
Albert Hale): a person every reader knows ("Angela Merkel", whom WordNet gives no rivals of
her era) is never set beside made-up names; the article's other people serve, or the
question is not asked."""

from __future__ import annotations

from questions.generate import generate

ARTICLE = """Kerrow harbour opens new ferry terminal

Monday, May 5, 2025

The exhibit at the Kerrow museum includes photographs of chancellor Angela Merkel; harbour \
master Tom Reed; and singer Jenna Holt. The terminal, which cost 40 million euros, will \
handle 12 ferries a day to Dunmore and Leeds.

Harbour master Tom Reed said the terminal would create 300 jobs. The first ferry, the \
Northern Star, left for Dunmore at 9 a.m. with 420 passengers on board.

The harbour board thanked the engineers who built the terminal in two years. The old \
terminal, built in 1962, will become a maritime museum next spring, the harbour board said.
"""


def test_a_famous_key_gets_no_made_up_rivals() -> None:
    quiz = generate(ARTICLE, slug="kerrow", title="Kerrow harbour opens new ferry terminal")
    assert quiz.qset.questions
    for question in quiz.qset.questions:
        if question.options[question.answer] == "Angela Merkel":
            others = [o for i, o in enumerate(question.options) if i != question.answer]
            assert all(o in ARTICLE for o in others), question
