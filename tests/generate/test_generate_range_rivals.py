"""The top of a stated range on made-up text: "three- to _____ waves" keyed "five-metre" takes
rivals written as the key is ("eight-metre", not a bare "eight") and above the range's lower
end (no "two-metre": "three- to two" is absurd), as review 67 found."""

from __future__ import annotations

import pytest
from word2number import w2n

from questions.generate import generate
from questions.generate.figures import change_in_order
from questions.generate.variants import numeric_variants

STORM = """Storm closes harbour at Kerrow

Tuesday, March 3, 2015

A winter storm closed the harbour at Kerrow on Tuesday. At Kerrow harbour, fishing boats \
stayed in port, despite three- to five-metre waves and strong winds. The harbour master, Anna \
Lysen, said the storm was the worst since 1987.

Ferries from Kerrow to the island of Mora were cancelled. By Tuesday evening, the storm's \
winds at Kerrow were around 90 km/h. Mariam Saleh, the mayor of Kerrow, said more than 40 \
homes lost power, and the council opened two shelters in the town hall.
"""


def test_a_ranges_top_is_asked_with_rivals_of_its_form_above_its_foot() -> None:
    quiz = generate(STORM, slug="storm", title="Storm closes harbour at Kerrow", max_questions=10)
    asked = [q for q in quiz.qset.questions if "three- to _____" in q.text]
    assert asked, [q.text for q in quiz.qset.questions]
    for question in asked:
        assert all(o.endswith("-metre") for o in question.options), question.options
        assert not {"two-metre", "three-metre", "one-metre"} & set(question.options)


@pytest.mark.parametrize(
    ("key", "form"),
    [("six-foot", "-foot"), ("five-year-old", "-year-old"), ("twenty-five-mile", "-mile")],
)
def test_a_spelled_count_joined_to_its_unit_keeps_the_unit(key: str, form: str) -> None:
    rivals = numeric_variants(key)
    assert rivals and all(r.endswith(form) and r != key for r in rivals), rivals


@pytest.mark.parametrize("key", ["sixty-five", "one-third", "two-halves", "well-known"])
def test_a_number_or_a_fraction_is_no_count_with_a_unit(key: str) -> None:
    tail = key.split("-")[-1]
    assert not any(r.endswith(f"-{tail}") for r in numeric_variants(key) if tail != "five")
    assert all(w2n.word_to_num(r) for r in numeric_variants(key))  # numbers, no "-known"


@pytest.mark.parametrize(
    ("source", "key", "kept", "struck"),
    [
        ("Boats sailed despite four- to six-foot swells.", "six-foot", "eight-foot", "two-foot"),
        ("Boats sailed despite four- to six-foot swells.", "four", "three", "seven"),
        ("Waves were between 4 and 6 feet high on Monday.", "6 feet", "8 feet", "3 feet"),
        ("Waves were 4 to 6 feet high on Monday.", "6 feet", "9 feet", "2 feet"),
        ("The fee rose from 2.4 million euros last year to 2.6 million euros.",
         "2.6 million euros", "4.8 million euros", "1.3 million euros"),
    ],
)  # fmt: skip
def test_a_ranges_end_stays_on_its_side_of_the_other(
    source: str, key: str, kept: str, struck: str
) -> None:
    assert change_in_order(kept, key, source)
    assert not change_in_order(struck, key, source)


def test_a_to_without_a_figure_before_it_is_no_range() -> None:
    source = "The council raised the fee to 6 euros and sent 3 clerks to 10 towns."
    assert change_in_order("2 euros", "6 euros", source)
    assert change_in_order("12", "10", source)


def test_a_whole_range_key_is_no_end_of_itself() -> None:
    source = "Waves were 4 to 6 feet high on Monday."
    assert change_in_order("8 to 12 feet", "4 to 6 feet", source)
    assert change_in_order("2 to 3 feet", "4 to 6 feet", source)
