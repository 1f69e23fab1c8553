"""The `quizbot` command line, run as a user would: real files, a real database file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.cli import cli
from db.engine import make_engine
from db.migrate import current_revision, head_revision
from db.models import QuestionRow, QuestionSetRow
from db.sets import export_set
from questions.formats import read_bytes
from tests.helpers import count_rows, make_question, make_set, write_file, write_json, write_yaml

TOKEN = "123456:SECRET-token-never-shown"
SETTINGS_VARS = (
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_API_URL",
    "TELEGRAM_FILE_URL",
    "DATABASE_URL",
    "ADMIN_IDS",
    "DEFAULT_TIMEZONE",
    "DEFAULT_SET",
    "LOG_LEVEL",
)

CSV = (
    "question,option_1,option_2,option_3,answer,explanation,tags\n"
    'Which planet is red?,Venus,Mars,Jupiter,2,"Iron oxide, mostly.",space\n'
    '"Which is\na gas giant?",Mars,Jupiter,,Jupiter,,space\n'
)

BAD_YAML = """\
slug: broken
title: Broken
questions:
  - text: Fine?
    options: [a, b]
    answer: 1
  - text: Which one?
    options: [a, b]
    answer: c
"""


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in an empty folder with a token set and a database file in that folder."""
    for name in SETTINGS_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    return tmp_path


@pytest.fixture
def db(workdir: Path) -> Iterator[Engine]:
    """An engine on the CLI's database file, to check what the commands stored."""
    engine = make_engine(f"sqlite:///{workdir / 'cli.db'}")
    yield engine
    engine.dispose()


def quizbot(*args: str) -> Result:
    """Invoke the CLI in-process; the token must never appear in anything it prints."""
    result = CliRunner().invoke(cli, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert TOKEN not in result.output
    assert "SECRET" not in result.output
    return result


def sets_table(result: Result) -> list[tuple[str, int, str]]:
    """Parse the `quizbot sets` table into (slug, questions, title) rows."""
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["SLUG", "QUESTIONS", "TITLE"]
    rows = []
    for line in lines[1:]:
        slug, count, title = line.split(maxsplit=2)
        rows.append((slug, int(count), title))
    return rows


def test_load_yaml_json_and_csv_then_list_them(workdir: Path, db: Engine) -> None:
    write_yaml(workdir, make_set(3, slug="capitals", title="Capitals"))
    write_json(workdir, make_set(2, slug="rivers", title="Rivers of Europe"))
    write_file(workdir, "planets.csv", CSV)

    result = quizbot("load", "capitals.yaml", "rivers.json", "planets.csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "capitals.yaml: capitals (created): 3 added, 0 updated, 0 retired, 0 unchanged",
        "rivers.json: rivers (created): 2 added, 0 updated, 0 retired, 0 unchanged",
        "planets.csv: planets (created): 2 added, 0 updated, 0 retired, 0 unchanged",
    ]
    listed = quizbot("sets")
    assert listed.exit_code == 0
    assert sets_table(listed) == [
        ("capitals", 3, "Capitals"),
        ("planets", 2, "Planets"),
        ("rivers", 2, "Rivers of Europe"),
    ]
    assert count_rows(db, QuestionRow) == 7


def test_sets_with_no_sets_says_how_to_load_one(workdir: Path) -> None:
    result = quizbot("sets")
    assert result.exit_code == 0
    assert "quizbot load FILE" in result.output


def test_reloading_reports_what_changed_and_keeps_history(workdir: Path, db: Engine) -> None:
    q1, q2, q3 = (make_question(i) for i in (1, 2, 3))
    write_yaml(workdir, make_set(questions=[q1, q2, q3]))
    assert quizbot("load", "sample.yaml").exit_code == 0
    assert "sample: unchanged (3 questions)" in quizbot("load", "sample.yaml").output

    changed = make_question(2, explanation="A better reason.")
    write_yaml(workdir, make_set(questions=[q1, changed, make_question(4)]))
    result = quizbot("load", "sample.yaml")
    assert result.stdout == (
        "sample.yaml: sample (updated): 1 added, 1 updated, 1 retired, 1 unchanged\n"
    )
    assert sets_table(quizbot("sets")) == [("sample", 3, "Sample set")]
    assert count_rows(db, QuestionRow) == 4  # the removed question is retired, not deleted


def test_bad_file_exits_1_lists_problems_and_stores_nothing(workdir: Path, db: Engine) -> None:
    write_file(workdir, "broken.yaml", BAD_YAML)
    result = quizbot("load", "broken.yaml")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "broken.yaml: rejected, nothing stored (1 problem(s))",
        "  - broken.yaml, line 7, question 2: the answer 'c' is not one of the options: "
        "give its number or exact text",
    ]
    assert (count_rows(db, QuestionSetRow), count_rows(db, QuestionRow)) == (0, 0)


def test_bad_new_version_of_a_set_leaves_the_stored_one_alone(workdir: Path, db: Engine) -> None:
    write_yaml(workdir, make_set(3, slug="broken", title="Before"), name="broken.yaml")
    assert quizbot("load", "broken.yaml").exit_code == 0
    with Session(db) as session:
        before = export_set(session, "broken")

    write_file(workdir, "broken.yaml", BAD_YAML)
    assert quizbot("load", "broken.yaml").exit_code == 1
    with Session(db) as session:
        assert export_set(session, "broken") == before
    assert count_rows(db, QuestionRow) == 3


def test_multi_file_load_stores_the_good_files_and_exits_1(workdir: Path, db: Engine) -> None:
    write_yaml(workdir, make_set(2, slug="good-one"))
    write_file(workdir, "broken.yaml", BAD_YAML)
    write_file(workdir, "planets.csv", CSV)
    result = quizbot("load", "good-one.yaml", "broken.yaml", "missing.json", "planets.csv")
    assert result.exit_code == 1
    assert "good-one.yaml: good-one (created): 2 added" in result.output
    assert "broken.yaml: rejected, nothing stored" in result.output
    assert "missing.json: rejected, nothing stored" in result.output
    assert "cannot read the file" in result.output
    assert "planets.csv: planets (created): 2 added" in result.output
    assert [row[0] for row in sets_table(quizbot("sets"))] == ["good-one", "planets"]


def test_dry_run_reports_but_stores_nothing(workdir: Path, db: Engine) -> None:
    write_yaml(workdir, make_set(3))
    result = quizbot("load", "--dry-run", "sample.yaml")
    assert result.exit_code == 0
    assert result.stdout == (
        "sample.yaml: [dry run] sample (created): 3 added, 0 updated, 0 retired, 0 unchanged\n"
    )
    assert (count_rows(db, QuestionSetRow), count_rows(db, QuestionRow)) == (0, 0)

    assert quizbot("load", "sample.yaml").exit_code == 0
    write_yaml(workdir, make_set(1))
    assert "2 retired" in quizbot("load", "--dry-run", "sample.yaml").output
    assert sets_table(quizbot("sets")) == [("sample", 3, "Sample set")]


def test_dry_run_of_a_bad_file_still_fails(workdir: Path) -> None:
    write_file(workdir, "broken.yaml", BAD_YAML)
    result = quizbot("load", "--dry-run", "broken.yaml")
    assert result.exit_code == 1
    assert "line 7, question 2" in result.output


def test_export_prints_yaml_that_loads_back_equal(workdir: Path, db: Engine) -> None:
    awkward = make_question(1, text="yes", options=("2", "1", "null"), answer=0, tags=("3.10",))
    original = make_set(questions=[awkward, make_question(2)], slug="quiz", language="en")
    write_yaml(workdir, original)
    assert quizbot("load", "quiz.yaml").exit_code == 0

    result = quizbot("export", "quiz")
    assert result.exit_code == 0
    exported = read_bytes(result.stdout.encode(), "quiz.yaml").qset
    assert [q.model_copy(update={"id": None}) for q in exported.questions] == list(
        original.questions
    )
    assert (exported.slug, exported.title, exported.language) == ("quiz", "Sample set", "en")
    assert yaml.safe_load(result.stdout)["questions"][0]["text"] == "yes"

    # Loading the export back changes nothing.
    write_file(workdir, "again.yaml", result.stdout)
    assert "quiz: unchanged (2 questions)" in quizbot("load", "again.yaml").output


def test_export_to_a_file(workdir: Path) -> None:
    write_yaml(workdir, make_set(2))
    quizbot("load", "sample.yaml")
    result = quizbot("export", "sample", "-o", "out.yaml")
    assert result.exit_code == 0
    assert "out.yaml" in result.output
    assert len(read_bytes((workdir / "out.yaml").read_bytes(), "out.yaml").qset.questions) == 2


def test_export_of_an_unknown_slug_fails(workdir: Path) -> None:
    result = quizbot("export", "nope")
    assert result.exit_code == 1
    assert "no set with slug 'nope'" in result.stderr
    assert result.stdout == ""


def test_db_upgrade_brings_a_new_database_to_head(workdir: Path, db: Engine) -> None:
    result = quizbot("db", "upgrade")
    assert result.exit_code == 0
    assert "newest schema" in result.output
    assert current_revision(db) == head_revision()
    assert quizbot("db", "upgrade").exit_code == 0  # and again: nothing to do


def test_database_folder_is_created_on_demand(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATABASE_URL")
    assert quizbot("db", "upgrade").exit_code == 0
    assert (workdir / "data" / "quizbot.db").is_file()


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("ADMIN_IDS", "12, abc", "ADMIN_IDS"),
        ("DEFAULT_TIMEZONE", "Mars/Olympus", "DEFAULT_TIMEZONE"),
        ("LOG_LEVEL", "LOUD", "LOG_LEVEL"),
    ],
)
def test_bad_setting_is_a_one_line_error_naming_it(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, name: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(name, value)
    result = quizbot("sets")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {expected}: ")
    assert len(result.stderr.strip().splitlines()) == 1


def _console_script() -> str:
    """Find the installed `quizbot` script next to this interpreter (or on PATH)."""
    beside = Path(sys.executable).parent / "quizbot"
    found = str(beside) if beside.exists() else shutil.which("quizbot")
    assert found, "the quizbot console script is not installed"
    return found


def test_installed_console_script_loads_and_never_prints_the_token(
    workdir: Path, db: Engine
) -> None:
    write_yaml(workdir, make_set(2, slug="good-one"))
    write_file(workdir, "broken.yaml", BAD_YAML)
    env = {
        **os.environ,
        "LOG_LEVEL": "DEBUG",
        "PYTHONWARNINGS": "ignore",
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "DATABASE_URL": f"sqlite:///{workdir / 'cli.db'}",
    }
    done = subprocess.run(
        [_console_script(), "load", "good-one.yaml", "broken.yaml"],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "good-one.yaml: good-one (created): 2 added" in done.stdout
    assert "broken.yaml, line 7, question 2: the answer 'c'" in done.stdout
    assert "SECRET" not in done.stdout + done.stderr
    assert count_rows(db, QuestionRow) == 2
