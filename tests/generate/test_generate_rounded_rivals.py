"""Blind review 58 on made-up text: a figure and the same figure at another precision are one
answer ("1.4 million votes" and the exact "1,382,415"; "45%" and "44.7%"), so no rival rounds
to the key nor the key to it; and a fronted adverbial ("Following the defeat, a defiant …
said …") stays whole in the question, never a stranded "following?" at its end."""

from __future__ import annotations

from typing import Any

import pytest

import questions.generate.appositions as appositions
from questions.generate.closest import closest
from questions.generate.rounded import same_quantity
from tests.generate.generate_checks import asked_wh, written_options

VOTE = """Wessex votes to stay in the union

Friday, March 14, 2031

Voters in Wessex have rejected a proposal to leave the union, by 55% to 45%. The turnout was \
81.2% of some 3.9 million eligible voters.

Polling stations opened at 7 a.m. and closed at 10 p.m. With the final declaration by the \
Dorset Council this gave a final total of 1,382,415 "Yes" and 1,689,604 "No" votes.

Following the defeat, a defiant Tom Harlow, leader of the Green Valley Party, said "Thank you \
to Wessex for 1.4 million votes for reform" and "We will be back in ten years".

Prime Minister Clara Voss said the result was clear and promised new powers for the region.
"""


def test_the_exact_count_is_no_rival_of_its_rounded_figure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "1.4 million votes" keyed: the exact 1,382,415 is the same votes, right too; the
    other side's 1,689,604 rounds to 1.7 million and may stand."""
    written = written_options(VOTE, monkeypatch, "Wessex votes to stay in the union", "wessex")
    asked = next(q for q in written if written[q][0] == "1.4 million")
    key, *others = written[asked]
    assert key == "1.4 million"
    assert "1,382,415" not in others
    assert len(others) == 3


def test_a_fronted_adverbial_goes_whole_before_quoted_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The subject after "Following the defeat," is no renaming of "the defeat", so the
    phrase is never cut to a dangling "following?"; the figure inside the speaker's quoted
    words is asked with the quotation whole, never as 'say "Thank you to Wessex"?', half of
    what he said (`quotedwh`)."""
    written = written_options(VOTE, monkeypatch, "Wessex votes to stay in the union", "wessex")
    assert not [q for q in written if q.rstrip("?").endswith(" following")]
    assert not [q for q in written if 'say "Thank you to Wessex"?' in q]
    asked = (
        "Following the defeat, a defiant Tom Harlow, leader of the Green Valley Party, said "
        '"Thank you to Wessex for _____ votes for reform" and "We will be back in ten years".'
    )
    assert written[asked][0] == "1.4 million"


@pytest.mark.parametrize("prep", ["Following", "After", "Despite"])
def test_a_participle_preposition_keeps_its_object(nlp: Any, prep: str) -> None:
    """ "Following", "after", "despite": the fronted phrase goes to the end whole."""
    text = f"{prep} the storm, a tired Mia Ortega, mayor of Port Calder, cleared 700 trees."
    stem, _ = asked_wh(nlp, text, "700")
    assert stem == f"How many trees did a tired Mia Ortega clear {prep.lower()} the storm?"


def test_a_preposition_whose_object_is_cut_goes_too(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever rule cuts a fronted phrase's object ("the defeat", here taken for a renamed
    noun), its preposition goes with it: dropped whole, never a dangling "following?". (The
    wh-question's quotation is cut short, so the form step then refuses it: `quotedwh`.)"""
    monkeypatch.setattr(appositions, "_fronted_object", lambda first, segment: False)
    text = next(p for p in VOTE.split("\n\n") if p.startswith("Following")).strip()
    stem, _ = asked_wh(nlp, text, "1.4 million")
    assert (
        stem == 'For how many votes for reform did a defiant Tom Harlow say "Thank you to Wessex"?'
    )


@pytest.mark.parametrize(
    ("key", "rival"),
    [
        ("1.4 million", "1,382,415"),
        ("2.0 million", "2,001,926"),
        ("45%", "44.7%"),
        ("44.7 percent", "45%"),
        ("two million", "1,950,000"),
        ("$3.2 billion", "$3,180,000,000"),
    ],
)
def test_a_figure_at_another_precision_is_the_same_quantity(key: str, rival: str) -> None:
    assert same_quantity(key, rival) and same_quantity(rival, key)


@pytest.mark.parametrize(
    ("key", "rival"),
    [
        ("1.4 million", "1.2 million"),
        ("1.4 million", "1,689,604"),
        ("45%", "44%"),
        ("196", "200"),  # two counts, each written exactly
        ("45%", "45 minutes"),
        ("1.4 million votes", "1,382,415 voters"),
        ("Tom Harlow", "1.4 million"),
    ],
)
def test_other_figures_are_other_quantities(key: str, rival: str) -> None:
    assert not same_quantity(key, rival)


def test_a_rounded_twin_is_passed_over_for_the_next_rival() -> None:
    """Of a pool, neither the key's twin nor a twin of a rival already picked is taken."""
    pool = ["44.7%", "38%", "38.2%", "51%", "29%"]
    assert closest(pool, "45%", lambda o: True, set()) == ["38%", "51%", "29%"]
