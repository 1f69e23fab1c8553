"""A country asked after "the" in an article naming countries of its own gets no library
country picked for its "the" (the Dominican Republic as a nuclear supplier), and WordNet's
sisters of another kind of thing (a substance beside a weapon) are no rivals."""

from __future__ import annotations

from questions.generate.common import NOUN, common_rivals
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.options import article_context, option_context
from questions.generate.theslot import the_slot_barred

TEXT = (
    "Marovia signed a trade pact with the United States on Monday. "
    "Ministers from Kenya, Chile and Vietnam watched the signing, and Norway sent a letter."
)
US = Fact(0, 6, 8, "United States", "GPE", "place", "country")
OWN = [
    US,
    Fact(1, 2, 3, "Kenya", "GPE", "place", "country"),
    Fact(1, 4, 5, "Chile", "GPE", "place", "country"),
    Fact(1, 6, 7, "Vietnam", "GPE", "place", "country"),
]
STEM = "Marovia signed a trade pact with the _____ on Monday."


def test_a_the_slot_among_the_articles_countries_is_barred_from_the_library() -> None:
    assert the_slot_barred("United States", STEM, [f.text for f in OWN])
    assert not the_slot_barred(
        "United States", STEM, [f.text for f in OWN[:3]]
    )  # two others: a small world
    bare = "Ministers from _____, Chile and Vietnam watched the signing."
    assert not the_slot_barred(
        "Kenya", bare, [f.text for f in OWN]
    )  # no "the": the neighbours may fill it


def test_no_library_country_fills_a_the_slot_of_a_many_country_article() -> None:
    context = option_context(article_context(TEXT, []), US, STEM)
    chosen, _ = choose_distractors(US, "United States", OWN, TEXT, "seed", context)
    # none of Kenya, Chile, Vietnam takes "the": nothing is left to offer, and none is made up
    assert chosen == []


def test_a_sister_of_another_kind_of_thing_is_no_rival() -> None:
    """A "high explosive" is filed with the weapons of mass destruction, yet is a substance."""
    fact = Fact(0, 0, 2, "nuclear weapon", "NOUN", NOUN, "", "nuclear weapon")
    assert "high explosive" not in common_rivals(fact, "")
