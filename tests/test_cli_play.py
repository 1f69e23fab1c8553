"""`quizbot play` as a person uses it: Enter, q, Ctrl-D, narrow terminals, what counts as seen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bot.cli import cli
from tests.helpers import make_question, make_set, write_yaml
from tests.test_cli import workdir

__all__ = ["workdir"]

LONG = (
    "Which international organisation, founded in Shanghai in two thousand and one, held its "
    "twentieth anniversary summit in Dushanbe in September of the year 2021?"
)


def play(*args: str, keys: str) -> Result:
    """Run `quizbot play` with the keys typed at its prompts (stdin ends after them: Ctrl-D)."""
    result = CliRunner().invoke(cli, ["play", *args], input=keys)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def asked(result: Result) -> list[str]:
    """Return the question numbers and texts shown, in order."""
    return re.findall(r"^Q\d+\. (.+)$", result.stdout, flags=re.MULTILINE)


@pytest.fixture
def loaded(workdir: Path) -> Path:
    """A set of three questions in the CLI's database."""
    write_yaml(workdir, make_set(3))
    assert CliRunner().invoke(cli, ["load", "sample.yaml"]).exit_code == 0
    return workdir


def test_enter_on_an_empty_line_asks_again(loaded: Path) -> None:
    result = play("-n", "1", keys="\n\n1\n")
    assert result.exit_code == 0
    assert result.stdout.count("Your answer:") == 3  # asked, Enter, Enter, then answered
    assert "You got" in result.stdout and "of 1 right" in result.stdout


def test_ctrl_d_prints_the_summary(loaded: Path) -> None:
    result = play(keys="1\n")  # the second prompt reads end of input, as after Ctrl-D
    assert result.exit_code == 0
    assert re.search(r"You got \d of 1 right", result.stdout)


def test_a_question_left_unanswered_stays_unseen(loaded: Path) -> None:
    first = play(keys="1\nq\n")
    assert asked(first) == ["What is answer number 1?", "What is answer number 2?"]
    # Question 2 was shown but not answered: it comes first next time, before question 3.
    second = play(keys="1\n")
    assert asked(second)[0] == "What is answer number 2?"
    third = play(keys="")  # Ctrl-D at once: nothing answered, nothing marked seen
    assert asked(third) == ["What is answer number 3?"]
    assert asked(play(keys="1\n"))[0] == "What is answer number 3?"


def test_text_wraps_at_word_boundaries_to_the_terminal_width(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_yaml(workdir, make_set(questions=[make_question(1, text=LONG)]))
    assert CliRunner().invoke(cli, ["load", "sample.yaml"]).exit_code == 0
    monkeypatch.setenv("COLUMNS", "50")
    result = play("-n", "1", keys="1\n")
    lines = result.stdout.splitlines()
    assert all(len(line) <= 50 for line in lines), lines
    words = set(LONG.split())
    shown = {word for line in lines for word in line.split()}
    assert words <= shown  # no word was cut in two
    assert any(line.startswith("    ") and line.strip() in LONG for line in lines)
