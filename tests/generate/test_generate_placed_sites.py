"""A site's blank placed by the sentence ("the _____ (KSC) in Cape Canaveral, Florida") leaves
no other site of the article as an option: the question is asked without the place."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.located import key_placed
from tests.generate.generated import SharedGenerations


def _placed(nlp: Any, text: str, name: str) -> str:
    """Return the words key_placed finds after `name` in a one-sentence text."""
    sentence = next(nlp(text).sents)
    start = next(t.i for t in sentence if t.text == name.split()[0])
    fact = Fact(0, start, start + len(name.split()), name, "FAC", "place")
    return " ".join(sentence.doc[i].text for i in sorted(key_placed(sentence, fact)))


def test_a_site_placed_by_city_and_state_can_lose_its_place(nlp: Any) -> None:
    text = (
        "NASA celebrated the launch of the first space shuttle Tuesday at an event at the "
        "Kennedy Space Center (KSC) in Cape Canaveral, Florida."
    )
    assert _placed(nlp, text, "Kennedy Space Center") == "( KSC ) in Cape Canaveral , Florida"


def test_in_a_year_or_a_state_of_things_is_no_place(nlp: Any) -> None:
    assert (
        _placed(nlp, "The crew left the Kennedy Space Center in 1981.", "Kennedy Space Center")
        == ""
    )
    assert (
        _placed(nlp, "The crowd gathered at the Museum of Flight in the rain.", "Museum of Flight")
        == ""
    )


def test_the_celebration_site_is_asked_among_the_other_centres(
    generation: SharedGenerations,
) -> None:
    # The lead's "at the Kennedy Space Center (KSC) in Cape Canaveral, Florida" had one option
    # (every other centre stands elsewhere); without the place the others are options.
    asked = generation.keyed("nasa-shuttle-anniversary", "Kennedy Space Center")
    lead = [(t, o) for t, o in asked if "celebrated the launch" in t]
    assert lead, asked
    text, options = lead[0]
    assert "Cape Canaveral" not in text and "KSC" not in text
    assert "Johnson Space Center" in options and len(options) == 4
