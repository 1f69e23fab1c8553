"""The benchmark's simulated class (tests/bench/item_report.py): its wrong keys are caught."""

from __future__ import annotations

from pathlib import Path

from bot.service.report import ItemFlag, ReportService, SetReport
from db.engine import make_engine
from tests.bench.item_report import WRONG_KEY, fill
from tests.bench.report import build_rows, markdown_table


def test_wrong_keys_show_as_broken_and_the_bench_reports_rows(tmp_path: Path) -> None:
    path = tmp_path / "bench.db"
    fill(path, players=600, questions=20)
    engine = make_engine(f"sqlite:///{path}")
    report = ReportService(engine).item_analysis("summit")
    engine.dispose()
    assert isinstance(report, SetReport)
    broken = {item.number for item in report.items if ItemFlag.BROKEN in item.flags}
    assert broken == set(WRONG_KEY)
    assert {item.number for item in report.flagged[:2]} == set(WRONG_KEY)
    figures = {
        "questions": 20,
        "answers": 6000,
        "players": 600,
        "item_analysis_s": 0.1,
        "report_chart_s": 0.2,
        "activity_chart_s": 0.1,
        "player_results_s": 0.1,
    }
    table = markdown_table(build_rows({"report": {"result": figures, "error": None}}))
    assert "| Item analysis, 20 questions, 6,000 answers, SQLite (s) | 0.100 |" in table
