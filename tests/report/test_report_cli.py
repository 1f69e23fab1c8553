"""`quizbot report`: the item analysis, its CSV files and chart, as a teacher runs them."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner, Result
from PIL import Image
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.cli import cli
from bot.views.charts import WIDTH_PX
from db.engine import make_engine
from db.migrate import upgrade_to_head
from tests.report.fixture import FIRST_USER, build_fixture


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder whose database holds the hand-computed fixture (tests/report/fixture.py)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TEST_DATABASE_URL", raising=False)
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    engine: Engine = make_engine(url)
    upgrade_to_head(engine)
    with Session(engine) as session:
        questions = build_fixture(session)
        # Q3 came from the article generator: its rule is in its tags.
        session.execute(
            sa.text("UPDATE questions SET tags = :tags WHERE id = :id"),
            {"tags": '["wh", "date", "rule:when-date"]', "id": questions[2].id},
        )
        session.commit()
    engine.dispose()
    yield tmp_path


def quizbot(*args: str) -> Result:
    """Invoke the CLI in-process."""
    result = CliRunner().invoke(cli, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def test_report_prints_figures_flags_and_the_generator_rule(workdir: Path) -> None:
    result = quizbot("report", "sample")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Sample set (sample): 11 players, first answers only."
    assert lines[3] == (
        "Q3: 10 answered · facility 0.40 · discrimination -0.78 · median 4 s"
        " · options *40% 60% 0% · ⚠ broken, distractor over key"
    )
    assert "Fix first: Q3, Q1" in result.output
    assert "Q3 broken, distractor over key (made by rule:when-date):" in result.output


def test_report_writes_both_csv_files_safe_from_formulas(workdir: Path) -> None:
    result = quizbot("report", "sample", "--csv", "items.csv", "--results", "players.csv")
    assert result.exit_code == 0, result.output
    players = list(csv.DictReader(io.StringIO((workdir / "players.csv").read_text("utf-8-sig"))))
    names = {int(row["telegram_id"]): row["name"] for row in players}
    assert names[FIRST_USER] == "Ada"
    # Cells a spreadsheet would run as formulas get a leading apostrophe; the rest is verbatim.
    assert names[FIRST_USER + 1] == '\'=HYPERLINK("http://x")'
    assert names[FIRST_USER + 2] == "'+Bob"
    assert names[FIRST_USER + 3] == "'-Cy"
    assert names[FIRST_USER + 4] == "'@Di"
    assert names[FIRST_USER + 5] == "<b>Eve</b>"
    p8 = next(row for row in players if int(row["telegram_id"]) == FIRST_USER + 7)
    assert (p8["answered"], p8["correct"], p8["points"]) == ("3", "1", "2")
    items = list(csv.DictReader(io.StringIO((workdir / "items.csv").read_text("utf-8-sig"))))
    assert [row["facility"] for row in items] == ["0.545", "0.400", "0.400"]
    assert items[2]["flags"] == "broken; distractor over key"
    assert items[2]["unused_distractors"] == "Wrong 3b"
    assert items[2]["generator_rules"] == "rule:when-date"


def test_report_png_is_a_phone_sized_chart(workdir: Path) -> None:
    result = quizbot("report", "sample", "--png", "chart.png")
    assert result.exit_code == 0, result.output
    image = Image.open(workdir / "chart.png")
    assert image.format == "PNG"
    assert image.width == WIDTH_PX
    assert 600 <= image.height <= 3000
    # Not blank: bars in several colours, not one background colour.
    assert len(image.convert("RGB").getcolors(maxcolors=1_000_000) or []) > 20


def test_report_of_an_unknown_set_fails_with_a_hint(workdir: Path) -> None:
    missing = quizbot("report", "nope")
    assert missing.exit_code == 1
    assert "There is no set with slug “nope”" in missing.output
