"""Big imports and exports never freeze the bot for everyone else.

A 71,428-question CSV import held SQLite's write lock for seconds (other users waited 7.5 s,
one got "database is locked") and /export ran 11.7 s on the event loop. Now a big set is
staged in short transactions and published in one, invisible to players until then, and
/export writes question by question in a thread. The latency other users see meanwhile is
measured by `python -m tests.bench.big_import` (README, Reliability).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

import bot.service.sets as set_service
import db.set_import as set_import
import db.sets
from bot.service import worker
from bot.service.sets import store_read_set
from questions.schema import Question, QuestionSet
from tests.bot.conftest import BotHarness
from tests.helpers import make_question, make_set


def questions_of(engine: Engine, slug: str) -> list[tuple[int, str, int, str, bool]]:
    """Every stored question of a set as (id, key, position, text, live)."""
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text(
                "SELECT q.id, q.key, q.position, q.text, q.retired_at IS NULL FROM questions q"
                " JOIN question_sets s ON s.id = q.set_id WHERE s.slug = :slug ORDER BY q.id"
            ),
            {"slug": slug},
        ).all()
        connection.rollback()
    return [(int(i), str(k), int(p), str(t), bool(live)) for i, k, p, t, live in rows]


def live_counts(engine: Engine) -> dict[str, int]:
    """What players can see now: each live set's number of live questions, read on a plain
    connection (no write lock: it reads what is committed while an import is under way)."""
    looker = sa.create_engine(engine.url)
    with looker.connect() as connection:
        rows = connection.execute(
            sa.text(
                "SELECT s.slug, count(q.id) FROM question_sets s LEFT JOIN questions q"
                " ON q.set_id = s.id AND q.retired_at IS NULL WHERE s.retired_at IS NULL"
                " GROUP BY s.slug"
            )
        ).all()
        connection.rollback()
    looker.dispose()
    return {str(slug): int(n) for slug, n in rows}


def renamed(question: Question, **changes: Any) -> Question:
    """Return a copy of a question with some fields changed."""
    fields = {f: getattr(question, f) for f in ("text", "options", "answer", "explanation")}
    fields.update(tags=question.tags, source=question.source, id=question.id)
    fields.update(changes)
    return Question(**fields)


def scenario(slug: str) -> tuple[QuestionSet, QuestionSet, QuestionSet]:
    """A set, a re-import that adds, changes, moves and drops questions, and one that revives."""
    first = make_set(40, slug=slug, title="First")
    qs = list(first.questions)
    second_qs = [
        renamed(qs[1], explanation="Now explained."),  # changed, and moved to the front
        *qs[2:30],  # moved up by one
        make_question(101),  # new
        renamed(qs[30], text=qs[30].text + " (reworded)"),  # matched by key? no id: new text
        make_question(102),
    ]
    second = make_set(slug=slug, title="Second", questions=second_qs)
    third = make_set(slug=slug, title="Third", questions=[*second_qs, qs[35], qs[0]])  # revived
    return first, second, third


@pytest.mark.parametrize("chunk", [1, 7])
def test_a_staged_import_stores_exactly_what_a_single_transaction_does(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    reports: dict[str, list[object]] = {}
    for slug, big in (("single", 10_000), ("staged", 0)):
        monkeypatch.setattr(set_service, "BIG_SET", big)
        monkeypatch.setattr(set_service, "STAGE_CHUNK", chunk)
        reports[slug] = []
        for qset in scenario(slug):
            report = store_read_set(engine, qset)
            reports[slug].append({**report.__dict__, "slug": None, "set_id": None})
    assert reports["single"] == reports["staged"]
    single, staged = questions_of(engine, "single"), questions_of(engine, "staged")
    # Same keys, positions, texts and live flags; ids differ only by the other set's rows.
    assert [r[1:] for r in single] == [r[1:] for r in staged]


def test_players_see_the_old_set_or_the_new_one_never_a_mix(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(set_service, "BIG_SET", 0)
    monkeypatch.setattr(set_service, "STAGE_CHUNK", 5)
    first, second, _ = scenario("big")
    seen: list[dict[str, int]] = []
    staged_rows: list[int] = []
    stage = set_import.stage_questions

    def watched_stage(session: Any, set_id: int, new: list[Any], stamp: Any, **kw: Any) -> None:
        stage(session, set_id, new, stamp, **kw)
        staged_rows.append(len(new))
        seen.append(live_counts(engine))  # another connection: what a player would read now

    monkeypatch.setattr(set_service, "stage_questions", watched_stage)
    store_read_set(engine, first)
    assert seen and all("big" not in counts for counts in seen)  # a new set stays hidden
    assert live_counts(engine)["big"] == 40
    assert max(staged_rows) == 5 and sum(staged_rows) == 40  # short transactions
    seen.clear()
    store_read_set(engine, second)
    assert seen and all(counts["big"] == 40 for counts in seen)  # the old set, whole
    assert live_counts(engine)["big"] == len(second.questions)


def test_a_crash_while_staging_leaves_players_the_old_set(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(set_service, "BIG_SET", 0)
    monkeypatch.setattr(set_service, "STAGE_CHUNK", 5)
    first, _, third = scenario("big")
    store_read_set(engine, first)
    before = [r for r in questions_of(engine, "big") if r[4]]
    calls = 0
    stage = set_import.stage_questions

    def crashing_stage(*args: Any, **kw: Any) -> None:
        nonlocal calls
        calls += 1
        if calls > 1:
            raise RuntimeError("killed")
        stage(*args, **kw)

    monkeypatch.setattr(set_service, "stage_questions", crashing_stage)
    with pytest.raises(RuntimeError):
        store_read_set(engine, make_set(60, slug="big", title="Bigger"))
    assert [r for r in questions_of(engine, "big") if r[4]] == before
    monkeypatch.setattr(set_service, "stage_questions", stage)
    report = store_read_set(engine, third)  # the next import goes through, staged rows or not
    assert report.total == len(third.questions) == live_counts(engine)["big"]


async def test_export_runs_off_the_event_loop(
    rbot: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = rbot.api
    admin, alice = api.user(9001, "Ada"), api.user(1001, "Alice")
    entered, gate = threading.Event(), threading.Event()

    def slow(original: Callable[..., Any]) -> Callable[..., Any]:
        def get_set(*args: Any, **kwargs: Any) -> Any:
            if kwargs.get("include_retired"):  # the export's lookup
                entered.set()
                gate.wait(timeout=10)  # stands for writing a huge set
            return original(*args, **kwargs)

        return get_set

    for module in (db.sets, set_service):
        if hasattr(module, "get_set"):
            monkeypatch.setattr(module, "get_set", slow(module.get_set))
    await api.send_text(admin, "/export drill")
    assert await asyncio.to_thread(entered.wait, 10), "the export did not start"
    await api.send_text(alice, "/help")
    helped = await api.wait_for_message(chat=alice, timeout=10)
    gate.set()
    exported = await api.wait_for_message(chat=admin, predicate=lambda m: m.kind == "document")
    assert helped.seq < exported.seq, "another user waited for the export"
    assert exported.document is not None and exported.document.filename == "drill.yaml"
    assert exported.document.content.count(b"\n- id: ") == 12  # every question, streamed


async def test_a_big_upload_is_imported_in_a_worker_process(
    rbot: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = rbot.api
    admin = api.user(9001, "Ada")
    rows = "".join(f"Question {n}?,yes {n},no {n},1\n" for n in range(4_000))
    data = ("question,option_1,option_2,answer\n" + rows).encode()
    assert len(data) > worker.BIG_UPLOAD_BYTES
    workers: list[str] = []
    original = worker.in_worker

    async def counted(work: Callable[..., Any], *args: Any) -> Any:
        workers.append(work.__name__)
        return await original(work, *args)

    monkeypatch.setattr(worker, "in_worker", counted)
    await api.upload_document(admin, "many.csv", data)
    reply = await api.wait_for_message(chat=admin, timeout=60)
    assert "4000 added" in (reply.text or ""), reply.text
    assert workers == ["import_file"]
    assert live_counts(rbot.engine)["many"] == 4_000


async def test_a_worker_reports_the_error_it_met(engine: Engine) -> None:
    url = worker.database_url(engine)
    assert await worker.in_worker(worker.export_file, url, "no-such-set") is None
    with pytest.raises(ValueError):
        await worker.in_worker(int, "not a number")
