"""/healthz and /metrics of a running bot, as an operator's probe and Prometheus see them."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.app import build_application
from bot.context import services_of
from bot.settings import Settings
from bot.transport.metrics import BotMetrics
from bot.transport.web import HealthServer
from db.engine import make_engine
from db.models import Delivery, QuestionRow
from tests.bot.conftest import TRICKY_SET, Clock, load_sets
from tests.deploy.conftest import free_port, http_get, metric_value
from tests.fakebot import BotMessage, FakeBotApi, running


def right_option(engine: Engine, message: BotMessage) -> int:
    """Return the position of the right option of a private question message."""
    markup = message.reply_markup or {}
    data = markup["inline_keyboard"][0][0]["callback_data"]
    with Session(engine) as session:
        delivery = session.get(Delivery, int(data.split(":")[1]))
        assert delivery is not None
        question = session.get(QuestionRow, delivery.question_id)
        assert question is not None
        return list(delivery.option_order).index(question.correct_index)


async def test_health_and_metrics_report_a_playing_bot(
    engine: Engine, deploy_settings: Callable[..., Settings]
) -> None:
    load_sets(engine, TRICKY_SET)
    port = free_port()
    async with FakeBotApi() as api:
        settings = deploy_settings(api, health_port=port)
        app = build_application(settings, engine=engine, clock=Clock())
        async with running(app, allowed_updates=None):
            base = f"http://127.0.0.1:{port}"
            health = await http_get(f"{base}/healthz")
            assert health.status == 200 and health.content_type == "application/json"
            body = health.json()
            assert body["status"] == "ok"
            assert body["database"] == {
                "ok": True,
                "backend": engine.dialect.name,
                "error": None,
            }
            # getMe and setMyCommands succeeded before the server started.
            assert body["telegram"]["last_success_at"] is not None
            assert body["telegram"]["seconds_since_last_success"] >= 0

            alice, bob = api.user(1001, "Alice"), api.user(1002, "Bob")
            await api.send_text(alice, "/quiz")
            question = await api.wait_for_message(chat=alice)
            await api.press(alice, question, right_option(engine, question))
            await api.wait_for_edit(question)
            # Telegram refuses two replies to Bob: a blocked bot, then a malformed request.
            api.fail_next("sendMessage", 403)
            await api.send_text(bob, "/help")
            await api.wait_for(lambda: len(api.errors) == 1, what="the 403")
            api.fail_next("sendMessage", 400, description="Bad Request: message is too long")
            await api.send_text(bob, "/help")
            # The error handler apologises to Bob once the 400 is through.
            await api.wait_for_message(chat=bob)
            # Updates are handled one at a time: Alice's reply means Bob's are finished.
            await api.send_text(alice, "/help")
            await api.wait_for_message(chat=alice)
            assert [(e.method, e.status) for e in api.errors] == [
                ("sendMessage", 403),
                ("sendMessage", 400),
            ]

            metrics = await http_get(f"{base}/metrics")
        assert metrics.status == 200 and metrics.content_type.startswith("text/plain")
        text = metrics.text
        assert metric_value(text, "quizbot_updates_total", kind="message") == 4
        assert metric_value(text, "quizbot_updates_total", kind="callback_query") == 1
        assert metric_value(text, "quizbot_update_handling_seconds_count", kind="message") == 4
        assert metric_value(text, "quizbot_answers_recorded_total", result="correct") == 1
        assert metric_value(text, "quizbot_answers_recorded_total", result="wrong") == 0
        assert metric_value(text, "quizbot_telegram_errors_total", kind="Forbidden") == 1
        assert metric_value(text, "quizbot_telegram_errors_total", kind="BadRequest") == 1
        assert metric_value(text, "quizbot_handler_errors_total", kind="Forbidden") == 1
        assert metric_value(text, "quizbot_handler_errors_total", kind="BadRequest") == 1
        sent = metric_value(
            text, "quizbot_telegram_requests_total", method="sendMessage", outcome="ok"
        )
        assert sent >= 2
        assert metric_value(text, "quizbot_telegram_last_success_timestamp_seconds") > 0
        assert "quizbot_daily_sent_total" in text and "quizbot_daily_failed_total" in text
    # post_shutdown stopped the server.
    try:
        await http_get(f"http://127.0.0.1:{port}/healthz", timeout=2)
    except OSError:
        pass
    else:
        raise AssertionError("the health server still answers after shutdown")


async def test_healthz_is_503_when_the_database_is_unreachable() -> None:
    # Nothing listens on port 1: the connection is refused at once, as with a dead server.
    engine = make_engine("postgresql://quizbot@127.0.0.1:1/quizbot?connect_timeout=2")
    server = HealthServer(engine, BotMetrics(), host="127.0.0.1", port=0)
    await server.start()
    try:
        health = await http_get(f"http://127.0.0.1:{server.port}/healthz")
        assert health.status == 503
        body = health.json()
        assert body["status"] == "unavailable"
        assert body["database"]["ok"] is False and body["database"]["backend"] == "postgresql"
        assert "OperationalError" in body["database"]["error"]
        assert body["telegram"]["last_success_at"] is None
        # Metrics stay available while the database is down.
        metrics = await http_get(f"http://127.0.0.1:{server.port}/metrics")
        assert metrics.status == 200 and "quizbot_updates_total" in metrics.text
    finally:
        await server.stop()
        engine.dispose()


async def test_each_application_counts_on_its_own_registry(
    engine: Engine, deploy_settings: Callable[..., Settings]
) -> None:
    async with FakeBotApi() as api:
        first = build_application(deploy_settings(api), engine=engine)
        second = build_application(deploy_settings(api), engine=engine)
        services_of(first).metrics.record_answer(correct=True)
        services_of(first).metrics.record_daily(sent=3, blocked=1, errors=2)
        one = services_of(first).metrics.registry
        two = services_of(second).metrics.registry
        assert one.get_sample_value("quizbot_answers_recorded_total", {"result": "correct"}) == 1
        assert two.get_sample_value("quizbot_answers_recorded_total", {"result": "correct"}) == 0
        assert one.get_sample_value("quizbot_daily_sent_total") == 3
        assert one.get_sample_value("quizbot_daily_failed_total", {"reason": "blocked"}) == 1
        assert one.get_sample_value("quizbot_daily_failed_total", {"reason": "error"}) == 2
        assert two.get_sample_value("quizbot_daily_sent_total") == 0
