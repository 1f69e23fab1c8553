"""Floating words a question leaves behind: a list's "all", an aside's comma, a name's "Will"."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.floating import lone_quantifier, name_read_as_auxiliary, stray_comma
from questions.generate.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp()


def _sentence(nlp: Any, text: str) -> Any:
    return next(iter(nlp(text).sents))


def test_quantifier_of_a_list_kept_whole_is_kept(nlp: Any) -> None:
    s = _sentence(nlp, "Four trucks, two vans, and a tractor all sank into the Blue Lake.")
    assert (
        lone_quantifier(s, "What did four trucks, two vans, and a tractor all sink into?") is None
    )


def test_quantifier_of_a_list_cut_to_one_item_is_refused(nlp: Any) -> None:
    s = _sentence(nlp, "Four trucks, two vans, and a tractor all sank into the Blue Lake.")
    assert lone_quantifier(s, "How many trucks all sank into the Blue Lake?") is not None
    s = _sentence(nlp, "Two dogs and a cat both ran to the old barn near Millford.")
    assert lone_quantifier(s, "How many dogs both ran to the old barn near Millford?") is not None


def test_quantifier_of_a_single_subject_is_kept(nlp: Any) -> None:
    s = _sentence(nlp, "The miners all returned to the surface at noon.")
    assert lone_quantifier(s, "When did the miners all return to the surface?") is None


def test_comma_after_wh_word_and_floating_word_is_refused() -> None:
    assert stray_comma("Who alone, was accused of forging a permit?") is not None
    assert stray_comma("Who, was accused of forging a permit?") is not None


def test_comma_opening_an_aside_is_kept() -> None:
    assert stray_comma("Which city, according to police, was the van driven to?") is None
    assert stray_comma("Who alone was accused of forging a permit?") is None


def test_capitalised_will_before_a_surname_is_a_name(nlp: Any) -> None:
    s = _sentence(
        nlp, "Later, the magazine's critic Will Harlan joked that the band had stolen his song."
    )
    assert name_read_as_auxiliary(s) is not None


def test_modal_will_is_not_a_name(nlp: Any) -> None:
    s = _sentence(nlp, "The council says the new ferry will sail to Port Hale in June.")
    assert name_read_as_auxiliary(s) is None
    s = _sentence(nlp, "Will Harlan joked that the band had stolen his song.")
    assert name_read_as_auxiliary(s) is None


def test_relative_clause_cut_before_its_verb_is_refused(nlp: Any) -> None:
    from questions.generate.floating import cut_relative

    s = _sentence(
        nlp,
        'About 20 people are missing near the old harbour of Port Alma, where "the Iron Lady" '
        "linked the two islands of the bay.",
    )
    cut = (
        "About how many people are missing near the old harbour of Port Alma, where "
        '"the Iron Lady"?'
    )
    whole = (
        "About how many people are missing near the old harbour of Port Alma, where "
        '"the Iron Lady" linked the two islands of the bay?'
    )
    assert cut_relative(s, cut) is not None
    assert cut_relative(s, whole) is None
