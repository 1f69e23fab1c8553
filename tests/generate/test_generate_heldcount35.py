"""A count is refused for cutting its noun's clause only where the clause sorts what is
counted: the noun has it or is its deed's doer ("has four skaters who raced …"). A count that
is the deed's own ("cut fees for three towns whose …") and a present participle that shows
the counted ("five riders racing in the rain crossed …") are asked as before."""

from __future__ import annotations

from typing import Any

from tests.generate.test_generate_years35 import _wh


def test_a_deeds_own_count_is_asked_without_its_clause(nlp: Any) -> None:
    text = "The council will cut bus fares for three towns whose budgets are already low."
    asked = _wh(nlp, text, "three")
    assert asked is not None and asked.startswith("For how many towns"), asked


def test_a_present_participle_only_shows_the_counted(nlp: Any) -> None:
    text = "Five riders racing in the heavy rain crossed the line within a minute."
    asked = _wh(nlp, text, "Five")
    assert asked is not None and asked.startswith("How many riders"), asked


def test_a_had_count_still_needs_its_clause(nlp: Any) -> None:
    text = "Norway's squad has four skaters who raced at the 2026 Games in Milan."
    asked = _wh(nlp, text, "four")
    assert asked is None or "raced" in asked, asked
