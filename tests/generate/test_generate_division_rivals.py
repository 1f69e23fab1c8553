"""A division asked by its own kind ("Pensioners in which province …?", Manitoba) takes rivals
of that kind where its country has enough: a territory (Nunavut, Yukon) beside it is struck
out by the stem's own noun."""

from __future__ import annotations

from questions.generate.divisionkinds import division_noun
from questions.generate.facts import Fact
from questions.generate.library import library_options


def _rivals(key: str) -> list[str]:
    return library_options(Fact(0, 0, 1, key, "GPE", "place", "state"), key, "seed")


def test_a_province_takes_only_provinces_as_rivals() -> None:
    rivals = _rivals("Manitoba")
    assert len(rivals) >= 3, rivals
    assert {division_noun(r) for r in rivals} == {"province"}, rivals


def test_a_state_takes_only_states_as_rivals() -> None:
    rivals = _rivals("Queensland")  # not the Northern Territory
    assert len(rivals) >= 3, rivals
    assert {division_noun(r) for r in rivals} == {"state"}, rivals


def test_a_kind_too_few_to_fill_the_options_keeps_the_others() -> None:
    rivals = _rivals("Yukon")  # two other territories: the provinces stay rivals
    assert len(rivals) >= 3 and "Nunavut" in rivals, rivals
