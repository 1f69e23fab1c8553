"""Shared inputs for the generator tests: the seed article, the fixture articles, results."""

from __future__ import annotations

import pytest
from generate_checks import FIXTURE_PATHS, SEED_PATH

from questions.generate import GenerationResult, default_title, generate


@pytest.fixture(scope="session")
def seed_text() -> str:
    """Return the shipped seed article."""
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_result(seed_text: str) -> GenerationResult:
    """Generate the seed quiz once for every test that reads it."""
    title = default_title(seed_text, "sco-summit-2021")
    return generate(seed_text, slug="sco-summit-2021", title=title)


@pytest.fixture(scope="session")
def fixture_results() -> dict[str, GenerationResult]:
    """Generate a quiz from every fixture article."""
    results = {}
    for path in FIXTURE_PATHS:
        text = path.read_text(encoding="utf-8")
        results[path.stem] = generate(text, slug=path.stem, title=default_title(text, path.stem))
    return results
