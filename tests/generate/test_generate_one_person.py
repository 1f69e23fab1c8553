"""A person asked by two spellings of one name ("Xi", "Xi Jinping") is one answer: at most
three questions of a quiz are answered by them, or the quiz reads as a refrain."""

from __future__ import annotations

from questions.generate import GenerationResult
from questions.generate.rank import PER_ANSWER


def test_the_seed_asks_xi_at_most_three_times(seed_result: GenerationResult) -> None:
    keys = [q.options[q.answer] for q in seed_result.qset.questions]
    assert sum(key in ("Xi", "Xi Jinping") for key in keys) <= PER_ANSWER
    assert "Xi Jinping" in keys  # still asked: he is the story's main figure


def test_a_body_asked_by_its_acronym_and_its_name_is_one_answer(
    seed_result: GenerationResult,
) -> None:
    """ "SCO" is shown as "Shanghai Cooperation Organization": the same key to a player."""
    keys = [q.options[q.answer] for q in seed_result.qset.questions]
    assert keys.count("Shanghai Cooperation Organization") <= PER_ANSWER
