"""The generator is not tuned to one article: other news texts get sound quizzes too."""

from __future__ import annotations

import pytest
from generate_checks import FIXTURE_PATHS, kinds, structural_problems

from questions.generate import GenerationResult

NAMES = [path.stem for path in FIXTURE_PATHS]


def test_there_are_at_least_two_fixture_articles() -> None:
    assert len(NAMES) >= 2
    for path in FIXTURE_PATHS:
        words = len(path.read_text(encoding="utf-8").split())
        assert 350 <= words <= 700, (path.name, words)


@pytest.mark.parametrize("name", NAMES)
def test_fixture_quiz_is_sound(name: str, fixture_results: dict[str, GenerationResult]) -> None:
    qset = fixture_results[name].qset
    assert len(qset.questions) >= 12
    assert structural_problems(qset) == []
    assert len([kind for kind, n in kinds(qset).items() if n]) >= 3


@pytest.mark.parametrize("name", NAMES)
def test_fixture_title_is_the_heading(
    name: str, fixture_results: dict[str, GenerationResult]
) -> None:
    assert fixture_results[name].qset.title[0].isupper()
    assert len(fixture_results[name].qset.title.split()) >= 3
