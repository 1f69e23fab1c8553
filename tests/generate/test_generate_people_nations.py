"""Person options from a nation's names in Latin letters ("Russian President Putin": Russian
surnames)."""

from __future__ import annotations

from typing import Any

from questions.generate import GenerationResult
from questions.generate.people import person_options
from tests.generate.test_generate_people import _options

_SUMMIT = (
    "On June 28, the Chinese delegation held a video meeting with Russian President Putin. "
    "The Shanghai Cooperation Organization met in Dushanbe, Tajikistan, and Moscow, Russia."
)


def test_russian_president_putin_gets_russian_mens_surnames_in_latin_letters(nlp: Any) -> None:
    stem = "With whom did the Chinese delegation hold a video meeting on June 28?"
    options = _options(nlp, _SUMMIT, "Putin", stem)
    assert len(options) == 3
    assert all(o.isascii() and o.isalpha() and o.endswith(("ov", "ev", "in")) for o in options)


def test_a_russian_woman_gets_womens_surnames() -> None:
    names = person_options("Zakharova", [], said={"russian"})
    assert "Ivanova" in names and all(n.endswith("a") for n in names)


def test_russian_names_only_for_a_russian_named_so() -> None:
    assert person_options("Putin", []) == []  # the article does not say he is Russian
    assert person_options("Mohib", [], said={"russian"}) == []  # no Russian surname ends so


def test_the_seed_asks_whom_xi_met_with_russian_options(seed_result: GenerationResult) -> None:
    question = next(q for q in seed_result.qset.questions if q.options[q.answer] == "Putin")
    assert question.text == "With whom did President Xi Jinping hold a video meeting?"
    assert sorted(question.options) == ["Kabanov", "Putin", "Subbotin", "Uvarov"]
