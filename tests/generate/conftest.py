"""Shared inputs for the generator tests: the model (loaded once), the seed and its quiz."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import GenerationResult, default_title, generate
from questions.generate.nlp import load_nlp
from tests.generate.generate_checks import SEED_PATH


@pytest.fixture(scope="session")
def nlp() -> Any:
    """Load spaCy's English pipeline once for the whole session."""
    return load_nlp()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """Return the shipped seed article."""
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_result(seed_text: str, nlp: Any) -> GenerationResult:
    """Generate the seed quiz once for every test that reads it."""
    title = default_title(seed_text, "sco-summit-2021")
    return generate(seed_text, slug="sco-summit-2021", title=title)
