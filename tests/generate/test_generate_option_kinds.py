"""Options the same kind of number as the key: a winning margin beside other margins, never
beside the article's vote totals (58,825 beside 424 gives the margin away)."""

from __future__ import annotations

from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from tests.generate.generated import SharedGenerations


def test_a_margins_options_are_margins_or_near_numbers(generation: SharedGenerations) -> None:
    result = generation.corpus("hong-kong-legislative-election-2016")
    margins = [q for q in result.qset.questions if "by how many votes" in q.text.lower()]
    assert margins
    totals = {"58,825", "60,760", "84,121", "491,667", "50,818"}  # votes won, as said
    for question in margins:
        assert not totals & set(question.options), question.options


def test_a_named_documents_options_are_never_made_up_by_swapping_its_place() -> None:
    # "Gloria Morning Herald", "Isfara Declaration": names nobody ever gave a paper or a treaty.
    key = Fact(0, 0, 3, "Sydney Morning Herald", "ORG", "title")
    article = [
        key,
        Fact(1, 0, 1, "Melbourne", "GPE", "place", "city"),
        Fact(2, 0, 1, "Brisbane", "GPE", "place", "city"),
    ]
    options, _ = choose_distractors(key, key.text, article, "", "Which paper reported it?")
    assert not [o for o in options if o.endswith("Morning Herald")]
