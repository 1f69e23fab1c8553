"""Person keys that used to get too few options: a match's own award winner, asked with
another match's winner in the article, and a surname's options kept as surnames."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.distractors import shown_options
from questions.generate.facts import Fact
from questions.generate.options import article_context, option_context
from tests.generate.test_generate_people import _facts
from tests.generate.test_generate_standalone import WORLD_CUP


def test_another_matchs_award_winner_leaves_the_question_of_this_match_one_answer() -> None:
    # Kane won the award in England's match: who won it in Sweden's has one answer.
    questions = generate(WORLD_CUP, slug="wc", title="World Cup").qset.questions
    award = [q for q in questions if q.text.endswith("Man of the Match award?")]
    assert any(q.correct_option == "Andreas Granqvist" for q in award), [q.text for q in award]


def test_a_surname_key_no_full_name_spells_keeps_surname_options(nlp: Any) -> None:
    # "Dries" is no first name any list knows: "Mertens" stays a surname, and so do its
    # options, where spelling them out ("Romelu Lukaku") would leave none of its form.
    text = (
        "Romelu Lukaku, Yannick Carrasco and Michael Murillo made early attempts. "
        "Mertens scored a goal from a volley."
    )
    fact = Fact(1, 0, 1, "Mertens", "PERSON", "person", "", "")
    article = [*_facts(nlp, text), fact]
    stem = "Who scored a goal from a volley?"
    base = article_context(text, article, list(nlp(text).sents))
    ctx = option_context(base, fact, stem)
    names = {f.text.split()[-1]: f.text for f in article if " " in f.text}
    key, options, _ = shown_options(fact, article, "", stem, ctx, frozenset(), names)
    assert key == "Mertens"
    assert sorted(options) == ["Carrasco", "Lukaku", "Murillo"]
