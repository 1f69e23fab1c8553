"""Options the same kind of number as the key: a winning margin beside other margins, never
beside the article's vote totals (58,825 beside 424 gives the margin away)."""

from __future__ import annotations

from tests.generate.generated import SharedGenerations


def test_a_margins_options_are_margins_or_near_numbers(generation: SharedGenerations) -> None:
    result = generation.corpus("hong-kong-legislative-election-2016")
    margins = [q for q in result.qset.questions if "by how many votes" in q.text.lower()]
    assert margins
    totals = {"58,825", "60,760", "84,121", "491,667", "50,818"}  # votes won, as said
    for question in margins:
        assert not totals & set(question.options), question.options
