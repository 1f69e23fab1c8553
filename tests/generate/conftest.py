"""Shared inputs for the generator tests: the model (loaded once), the seed and its quiz, and
the quizzes of articles several tests read (generated once a run)."""

from __future__ import annotations

import os
from typing import Any

import pytest

from questions.generate import GenerationResult, default_title
from questions.generate.nlp import load_nlp
from tests.generate.generate_checks import SEED_PATH
from tests.generate.generated import SharedGenerations


@pytest.fixture(scope="session")
def nlp() -> Any:
    """Load spaCy's English pipeline once for the whole session."""
    return load_nlp()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """Return the shipped seed article."""
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def generation(tmp_path_factory: pytest.TempPathFactory) -> SharedGenerations:
    """Return the run's shared generations, pickled in a folder every xdist worker sees."""
    base = tmp_path_factory.getbasetemp()
    # A worker's base is popen-gwN inside the run's folder, which its siblings share.
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "generations"
    folder.mkdir(exist_ok=True)
    return SharedGenerations(folder)


@pytest.fixture(scope="session")
def seed_result(seed_text: str, generation: SharedGenerations) -> GenerationResult:
    """Generate the seed quiz once for every test that reads it, titled as the CLI titles it."""
    return generation(seed_text, "sco-summit-2021", default_title(seed_text, "sco-summit-2021"))
