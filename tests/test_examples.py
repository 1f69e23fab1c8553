"""The files under examples/ load as documented, one per import format; the project files exist."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from bot.service.sets import import_path
from questions.formats import detect_format, read_file

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

# file -> (format, slug, questions, first question's right answer)
EXPECTED = {
    "solar-system.csv": ("csv", "solar-system", 4, "Jupiter"),
    "world-capitals.gift": ("gift", "world-capitals", 4, "Paris"),
    "human-body.txt": ("aiken", "human-body", 3, "206"),
    "chemistry.xml": ("xml", "chemistry", 3, "H2O"),
}


def test_there_is_one_example_per_import_format() -> None:
    assert sorted(p.name for p in EXAMPLES.iterdir()) == sorted(EXPECTED)
    formats = {detect_format(name, (EXAMPLES / name).read_text()) for name in EXPECTED}
    assert formats == {"csv", "gift", "aiken", "xml"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_example_loads_whole(engine: Engine, name: str) -> None:
    _, slug, count, first_answer = EXPECTED[name]
    outcome = import_path(engine, EXAMPLES / name)
    assert outcome.problems == () and outcome.skipped == ()
    assert outcome.report is not None
    assert (outcome.report.slug, outcome.report.added) == (slug, count)
    first = read_file(EXAMPLES / name).qset.questions[0]
    assert first.options[first.answer] == first_answer
    again = import_path(engine, EXAMPLES / name)
    assert again.report is not None and again.report.nothing_changed


def test_license_is_the_mit_license_pyproject_names() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == {"text": "MIT"}
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert f"## [{project['version']}]" in changelog
