"""Item analysis against hand-computed values (tests/report/fixture.py shows the answers)."""

from __future__ import annotations

import math

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.service.report import (
    ItemFlag,
    NoReport,
    ReportService,
    SetReport,
    item_flags,
)
from tests.helpers import add_questions, make_set
from tests.report.fixture import FIRST_USER, build_fixture


@pytest.fixture
def report(engine: Engine) -> SetReport:
    with Session(engine) as session:
        build_fixture(session)
    result = ReportService(engine).item_analysis("sample")
    assert isinstance(result, SetReport)
    return result


def test_facility_counts_first_answers_only(report: SetReport) -> None:
    q1, q2, q3 = report.items
    # Q1: P1-P5 and P11 right of 11 (P8's right retry and the terminal player do not count).
    assert [q.answered for q in (q1, q2, q3)] == [11, 10, 10]
    assert [q.facility for q in (q1, q2, q3)] == pytest.approx([6 / 11, 4 / 10, 4 / 10])
    assert (report.players, report.answers) == (11, 31)


def test_discrimination_is_the_correlation_with_the_rest_of_the_set(report: SetReport) -> None:
    q1, q2, q3 = report.items
    # Q2: x = 1111000000, rest = 1111101111: n=10, Σx=4, Σr=9, Σr²=9, Σxr=4
    # r = (10·4 − 4·9) / √((10·4 − 16)(10·9 − 81)) = 4 / √216
    assert q2.discrimination == pytest.approx(4 / math.sqrt(216))
    # Q3: x = 0000001111, rest = 2222100000: Σr=9, Σr²=17, Σxr=0 -> −36 / √(24·89)
    assert q3.discrimination == pytest.approx(-36 / math.sqrt(24 * 89))
    # Q1 (11 players; P11's one answer gives a rest score of 0): −4 / √(30·24)
    assert q1.discrimination == pytest.approx(-4 / math.sqrt(720))


def test_option_shares_and_median_time(report: SetReport) -> None:
    q1, q2, q3 = report.items
    assert q1.option_shares == pytest.approx((6 / 11, 3 / 11, 2 / 11))
    assert q3.option_shares == pytest.approx((0.4, 0.6, 0.0))
    assert q3.unused_distractors == (2,)
    assert q1.median_seconds == pytest.approx(6.0)  # 11 times: the 6th
    assert q2.median_seconds == pytest.approx(7.5)  # 10 times: between 5 s and 10 s
    assert q3.median_seconds == pytest.approx(4.0)  # all tied


def test_flags_and_the_questions_to_fix_first(report: SetReport) -> None:
    q1, q2, q3 = report.items
    assert q3.flags == (ItemFlag.BROKEN, ItemFlag.DISTRACTOR_OVER_KEY)
    # Q2's distractor ties with the key (4 and 4): a tie is not "more than the key".
    assert q2.flags == ()
    assert q1.flags == (ItemFlag.BROKEN,)
    assert [item.number for item in report.flagged] == [3, 1]
    assert report.distribution == {0: 1, 1: 6, 2: 4}


def test_discrimination_needs_ten_players_and_flags_need_five() -> None:
    assert item_flags(answered=6, facility=1.0, discrimination=None, counts=[6, 0, 0]) == (
        ItemFlag.TOO_EASY,
    )
    assert item_flags(answered=6, facility=1 / 6, discrimination=None, counts=[1, 2, 3]) == (
        ItemFlag.DISTRACTOR_OVER_KEY,
        ItemFlag.TOO_HARD,
    )
    # Four answers are too few to call a question too easy or too hard.
    assert item_flags(answered=4, facility=0.0, discrimination=None, counts=[0, 4, 0]) == ()
    assert item_flags(answered=20, facility=0.95, discrimination=0.1, counts=[19, 1]) == ()


def test_a_set_without_answers_says_so(engine: Engine) -> None:
    with Session(engine) as session:
        add_questions(session, make_set(2, slug="fresh", title="Fresh"))
        session.commit()
    service = ReportService(engine)
    assert service.item_analysis("fresh") == NoReport("No answers yet for “Fresh” (fresh).")
    assert isinstance(service.item_analysis("nope"), NoReport)
    assert isinstance(service.player_results("fresh"), NoReport)


def test_player_results_count_first_answers_and_every_point(engine: Engine) -> None:
    with Session(engine) as session:
        build_fixture(session)
    results = ReportService(engine).player_results("sample")
    assert not isinstance(results, NoReport)
    by_id = {r.user_id: r for r in results}
    assert len(by_id) == 11  # the terminal player is not a student
    p8 = by_id[FIRST_USER + 7]
    assert (p8.answered, p8.correct, p8.points) == (3, 1, 2)  # the retry scored a point
    assert (results[0].points, results[-1].points) == (2, 0)


def test_csv_cells_that_would_run_as_formulas_are_neutralised() -> None:
    from bot.service.results import safe_cell

    for text in ("=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(text) == "'" + text
    for text in ("Ada", "<b>Eve</b>", "1+1=", " =x", ""):
        assert safe_cell(text) == text


def test_a_report_runs_while_a_writer_holds_the_lock(engine: Engine) -> None:
    """Reports take no write lock: a player's answer being written never waits for one."""
    with Session(engine) as session:
        build_fixture(session)
    with engine.connect() as writer:
        writer.begin()
        writer.exec_driver_sql("UPDATE users SET first_name = first_name WHERE id = 1")
        # The writer's transaction is open; on SQLite it holds the database's write lock.
        result = ReportService(engine).item_analysis("sample")
        assert isinstance(result, SetReport) and result.players == 11
        writer.rollback()
