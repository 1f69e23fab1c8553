"""The command line as a new admin meets it: which database, version, help, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

import questions
from bot.settings import Settings
from tests.helpers import make_question, make_set, write_file, write_yaml
from tests.test_cli import SETTINGS_VARS, quizbot, sets_table, workdir

__all__ = ["workdir"]


def test_every_database_command_names_its_database_on_stderr(workdir: Path) -> None:
    write_yaml(workdir, make_set(2))
    loaded = quizbot("load", "sample.yaml")
    assert loaded.stderr.splitlines()[0] == f"Database: {workdir / 'cli.db'} (new, empty)"
    for args in (("sets",), ("export", "sample"), ("db", "upgrade")):
        result = quizbot(*args)
        assert result.exit_code == 0
        assert result.stderr.splitlines()[0] == f"Database: {workdir / 'cli.db'}"
        assert "Database:" not in result.stdout  # stdout stays the command's own output


def test_the_default_database_is_data_in_the_current_folder_and_new_ones_say_so(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATABASE_URL")
    first = quizbot("sets")
    default = workdir / "data" / "quizbot.db"
    assert first.stderr.splitlines()[0] == f"Database: {default} (new, empty)"
    assert "--db" in first.stderr  # the way out of a second, accidental database
    again = quizbot("sets")
    assert again.stderr.splitlines() == [f"Database: {default}"]


def test_db_option_overrides_database_url(workdir: Path) -> None:
    write_yaml(workdir, make_set(2, slug="elsewhere"))
    other = workdir / "other" / "quiz.db"
    assert quizbot("--db", str(other), "load", "elsewhere.yaml").exit_code == 0
    assert sets_table(quizbot("--db", f"sqlite:///{other}", "sets")) == [
        ("elsewhere", 2, "Sample set")
    ]
    assert "No question sets yet" in quizbot("sets").stdout  # DATABASE_URL's stays empty


def test_version_and_short_help(workdir: Path) -> None:
    version = quizbot("--version")
    assert version.exit_code == 0 and version.stdout.startswith("quizbot, version ")
    for flag in ("-h", "--help"):
        helped = quizbot(flag)
        assert helped.exit_code == 0 and "--db URL" in helped.stdout
    assert "--set" in quizbot("play", "-h").stdout


def test_reloading_an_unchanged_set_says_unchanged(workdir: Path) -> None:
    write_yaml(workdir, make_set(3))
    assert "(created)" in quizbot("load", "sample.yaml").stdout
    assert quizbot("load", "sample.yaml").stdout == "sample.yaml: sample: unchanged (3 questions)\n"
    write_yaml(workdir, make_set(3, title="Renamed"))
    assert "(updated)" in quizbot("load", "sample.yaml").stdout


def test_a_question_without_text_is_reported_once(workdir: Path) -> None:
    write_file(
        workdir,
        "blank.yaml",
        "slug: blank\ntitle: Blank\nquestions:\n"
        "  - text: Fine?\n    options: [a, b]\n    answer: a\n"
        "  - options: [a, b]\n    answer: a\n"
        "  - text: ''\n    options: [a, b]\n    answer: a\n",
    )
    result = quizbot("load", "blank.yaml")
    assert result.exit_code == 1
    problems = [line for line in result.stdout.splitlines() if line.startswith("  - ")]
    assert problems == [
        "  - blank.yaml, line 7, question 2: the question has no 'text'",
        "  - blank.yaml, line 9, question 3: the question text is empty",
    ]


def test_slug_errors_state_the_real_rule(workdir: Path) -> None:
    write_file(workdir, "article.txt", "Some text.\n")
    result = quizbot("generate", "article.txt", "--slug", "Bad Slug")
    assert result.exit_code == 1
    assert "1-64 lowercase letters, digits, '-' or '_'" in result.stderr
    write_yaml(workdir, make_set(1, slug="UPPER"), name="upper.yaml")
    assert "1-64 lowercase letters, digits, '-' or '_'" in quizbot("load", "upper.yaml").stdout


def test_output_into_a_missing_folder_is_an_error(workdir: Path) -> None:
    write_yaml(workdir, make_set(questions=[make_question(1)]))
    quizbot("load", "sample.yaml")
    for args in (("export", "sample"), ("generate", "sample.yaml")):
        result = quizbot(*args, "-o", "nowhere/out.yaml")
        assert result.exit_code == 1
        assert "nowhere does not exist" in result.stderr
    assert not (workdir / "nowhere").exists()


def test_default_set_is_the_bundled_set_unless_set(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "DEFAULT_SET" in SETTINGS_VARS  # the workdir fixture clears it
    bundled = Settings(_env_file=None).default_set  # type: ignore[call-arg]
    assert (Path(questions.__file__).parent / "sets" / f"{bundled}.yaml").is_file()
    monkeypatch.setenv("DEFAULT_SET", "capitals")
    assert Settings(_env_file=None).default_set == "capitals"  # type: ignore[call-arg]
