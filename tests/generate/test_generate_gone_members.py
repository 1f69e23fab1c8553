"""A member of a named series the article says was lost ("broke up during re-entry",
"destroyed by a fire") is no option for what a member does after its loss, and one it says
was retired none for what travels after; a question of a loss, or of a time before it, may
still offer it."""

from __future__ import annotations

from typing import Any

import pytest

import questions.generate.pipeline as pipeline
from questions.generate.candidate import write_candidate
from questions.generate.facts import Fact
from questions.generate.gone import gone_members, gone_option
from questions.generate.nlp import load_nlp
from questions.generate.options import article_context, option_context
from questions.generate.pipeline import generate

FLEET = """Space agency names new homes for its retired space shuttles

Thursday, June 9, 2016

The Northfield Space Agency said on Wednesday that Space Shuttle Fortitude will be sent to \
the Lakeside Science Museum in Brayford following its retirement. Space Shuttle Vigilance \
will take the place of Space Shuttle Tenacity at the Westgate Exhibition Hall.

Space Shuttle Vigilance landed at Kestrel Field on Tuesday. Space Shuttle Tenacity lifted \
off from Brayford on May 3, 1998 on the first passenger flight of the fleet.

Space Shuttle Diligence was lost on March 14, 2009 when it broke up during re-entry. Space \
Shuttle Resolve was destroyed by a hangar fire in 2012. Space Shuttle Prudence has already \
been retired following its last flight in April.
"""
LOST = {"Space Shuttle Diligence", "Space Shuttle Resolve"}


def _asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Return every question written for the fleet article (chosen or not): key, options."""
    written: dict[str, tuple[str, tuple[str, ...]]] = {}

    def keep(*args: Any, **kwargs: Any) -> Any:
        candidate = write_candidate(*args, **kwargs)
        if candidate is not None:
            stem = candidate.stem.text.split("\n")[-1]
            written[stem] = (candidate.options[candidate.answer], tuple(candidate.options))
        return candidate

    monkeypatch.setattr(pipeline, "write_candidate", keep)
    generate(FLEET, slug="fleet", title=FLEET.split("\n")[0])
    return written


def test_a_lost_shuttle_is_no_option_for_a_later_deed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Asked "Which shuttle will be sent to the museum?" offers neither shuttle lost years before,
    but may offer the retired one (a retired shuttle is what museums get); and a question of
    a loss still offers the other lost shuttle."""
    asked = _asked(monkeypatch)
    later = {stem: options for stem, (key, options) in asked.items() if key not in LOST
             and key.startswith("Space Shuttle")}  # fmt: skip
    assert any("Lakeside Science Museum" in stem for stem in later), sorted(asked)
    for stem, options in later.items():
        assert not LOST & set(options), (stem, options)
    lost = [options for key, options in asked.values() if key in LOST]
    assert lost and all(set(options) >= LOST for options in lost), lost


def _context(stem: str) -> Any:
    """Return the fleet article's option context for a question on Vigilance."""
    sentences = list(load_nlp()(FLEET).sents)
    base = article_context(FLEET, [], sentences, year=2016)
    fact = Fact(0, 0, 0, "Space Shuttle Vigilance", "PERSON", "name", "", "")
    return option_context(base, fact, stem)


def test_the_article_tells_which_members_ended_and_when() -> None:
    """The lost shuttles with the year of their loss, the retired one by the article's time;
    the one still to be retired ("following its retirement") is not."""
    gone = gone_members(list(load_nlp()(FLEET).sents))
    assert gone == {
        "diligence": ("lost", 2009),
        "resolve": ("lost", 2012),
        "prudence": ("retired", None),
    }


def test_a_retired_shuttle_travels_no_more_but_did_before() -> None:
    """Asked "Which shuttle landed … on Tuesday?": not the retired Prudence nor the lost Diligence;
    "Which shuttle lifted off … in 1998?": either, as both still flew then; and a retired
    shuttle still has a hall to stand in."""
    key = "Space Shuttle Vigilance"
    landed = _context("Which space shuttle landed at Kestrel Field on Tuesday?")
    assert gone_option("Space Shuttle Prudence", key, landed)
    assert gone_option("Space Shuttle Diligence", key, landed)
    before = _context("Which space shuttle lifted off from Brayford on May 3, 1998?")
    assert not gone_option("Space Shuttle Prudence", key, before)
    assert not gone_option("Space Shuttle Diligence", key, before)
    hall = _context("Which space shuttle will take the place of Tenacity at the hall?")
    assert not gone_option("Space Shuttle Prudence", key, hall)
    assert gone_option("Space Shuttle Resolve", key, hall)
