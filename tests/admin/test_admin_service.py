"""The admin service without Telegram: slug rules, article detection, broadcast bookkeeping."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import yaml
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.service.admin import (
    AdminService,
    GeneratedSet,
    NotGenerated,
    SameArticle,
    is_article,
    slug_from_caption,
)
from bot.service.generation import MadeQuiz, make_quiz
from bot.service.jobs import JobService
from bot.service.quiz import QuizService
from bot.service.types import Place, Player, SendStatus
from bot.views.callbacks import MAX_BYTES, DeletePress, decode_delete, encode_delete
from db.models import Chat
from tests.admin.conftest import ARTICLE, OTHER_ARTICLE
from tests.bot.conftest import SECOND_SET, load_sets


@pytest.mark.parametrize(
    ("caption", "slug"),
    [
        ("bridge-quiz", "bridge-quiz"),
        ("  Bridge_Quiz2 ", "bridge_quiz2"),
        ("my new quiz", None),
        ("-dash-first", None),
        ("x" * 65, None),
        ("", None),
        (None, None),
    ],
)
def test_a_caption_is_a_slug_only_when_it_looks_like_one(
    caption: str | None, slug: str | None
) -> None:
    assert slug_from_caption(caption) == slug


@pytest.mark.parametrize(
    ("filename", "data", "article"),
    [
        ("news.txt", ARTICLE.encode(), True),
        ("NEWS.TXT", ARTICLE.encode("utf-8-sig"), True),
        ("quiz.txt", b"::Q:: Sky colour? {=blue ~green}\n", False),  # GIFT
        ("quiz.txt", b"Sky colour?\nA. blue\nB. green\nANSWER: A\n", False),  # Aiken
        ("questions.gift.txt", b"anything", False),
        ("news.yaml", ARTICLE.encode(), False),
        ("news.txt", "Größe".encode("latin-1"), False),  # not UTF-8: the importer says why
    ],
)
def test_which_uploads_are_articles(filename: str, data: bytes, article: bool) -> None:
    assert is_article(data, filename) is article


def test_generated_slug_rule(engine: Engine) -> None:
    """Same article, same slug (updated); a different article with the same name, a new one."""
    admin = AdminService(engine)
    first = admin.generate(ARTICLE, filename="news.txt")
    again = admin.generate(ARTICLE, filename="news.txt")
    other = admin.generate(OTHER_ARTICLE, filename="news.txt")
    third = admin.generate(OTHER_ARTICLE, filename="news.txt")
    # The same article under another slug (the caption's) is asked about first (see below).
    asked = admin.generate(OTHER_ARTICLE, filename="news.txt", caption="news")
    assert isinstance(asked, SameArticle) and (asked.slug, asked.new_slug) == ("news-2", "news")
    forced = admin.generate(OTHER_ARTICLE, filename="news.txt", caption="news", choice="new")
    assert isinstance(first, GeneratedSet) and isinstance(again, GeneratedSet)
    assert isinstance(other, GeneratedSet) and isinstance(third, GeneratedSet)
    assert isinstance(forced, GeneratedSet)
    assert (first.report.slug, first.report.created) == ("news", True)
    assert (again.report.slug, again.report.created) == ("news", False)
    assert (other.report.slug, other.report.created) == ("news-2", True)
    assert (third.report.slug, third.report.created) == ("news-2", False)
    # An explicit slug is the admin's choice: it replaces what that set held.
    assert (forced.report.slug, forced.report.created, forced.explicit_slug) == (
        "news",
        False,
        True,
    )
    assert forced.report.retired == first.questions
    assert len(first.preview) == 3 and first.questions >= 3


def test_generation_refusal_is_a_reason_not_an_exception(engine: Engine) -> None:
    result = AdminService(engine).generate("Too short to quiz.")
    assert isinstance(result, NotGenerated)
    assert "too short" in result.reason


def test_delete_plan_and_delete(engine: Engine) -> None:
    load_sets(engine, SECOND_SET)
    quiz = QuizService(engine)
    quiz.use_set(Place(1001), "planets")
    admin = AdminService(engine)
    plan = admin.plan_delete("Planets")
    assert plan is not None
    assert (plan.slug, plan.questions, plan.chats, plan.last_set) == ("planets", 2, 1, True)
    deleted = admin.delete(plan.set_id)
    assert deleted is not None and (deleted.chats, deleted.fallback) == (1, None)
    assert admin.delete(plan.set_id) is None
    assert admin.plan_delete("planets") is None
    assert admin.delete(987654) is None


async def test_broadcast_bounds_concurrency_and_records_blocked_chats(engine: Engine) -> None:
    quiz = QuizService(engine)
    for chat_id in range(1, 21):
        quiz.register(Player(chat_id, f"P{chat_id}"), Place(chat_id))
    jobs = JobService(engine)
    job = jobs.start_broadcast(1, 1, "Hello")
    assert job.total == 20 and jobs.pending(job.id) == list(range(1, 21))
    in_flight = peak = 0

    async def send(chat_id: int) -> SendStatus:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0)
        in_flight -= 1
        if chat_id % 5 == 0:
            return SendStatus.BLOCKED
        return SendStatus.FAILED if chat_id == 7 else SendStatus.SENT

    report = await jobs.run_broadcast(job, send, stopping=asyncio.Event(), concurrency=3)
    assert report is not None and peak == 3
    assert (report.recipients, report.delivered, report.blocked, report.failed) == (20, 15, 4, 1)
    with Session(engine) as session:
        blocked = [c for c in range(1, 21) if (row := session.get(Chat, c)) and row.blocked_at]
    assert blocked == [5, 10, 15, 20]
    assert jobs.start_broadcast(1, 1, "Again").total == 16  # blocked chats are left out
    assert [j.kind for j in jobs.unfinished()] == ["broadcast"]  # the second, never run


def test_delete_callback_codec_round_trips_and_rejects_forgeries() -> None:
    data = encode_delete(10**18 - 1, confirm=True)
    assert len(data.encode()) <= MAX_BYTES
    assert decode_delete(data) == DeletePress(10**18 - 1, True)
    assert decode_delete(encode_delete(7, confirm=False)) == DeletePress(7, False)
    for forged in (
        "ds:7",
        "ds:7:x",
        "ds:-1:y",
        "ds:abc:y",
        "a:7:y",
        "ds:7:y:1",
        "",
        None,
        "ds:" + "9" * 19 + ":y",
        "ds:7:y" + " " * 64,
    ):
        assert decode_delete(forged) is None, forged


def _question_texts(admin: AdminService, slug: str) -> str:
    """Return the texts of a stored set's questions, joined."""
    data = yaml.safe_load((admin.export_bytes(slug) or b"{}").decode("utf-8"))
    return " ".join(q["text"] for q in data.get("questions", []))


DATED_ARTICLE = ARTICLE.replace(
    "Mayor Helen Carter cut the ribbon", "On Sunday, Mayor Helen Carter cut the ribbon"
)


def test_a_caption_date_resolves_relative_dates_and_the_reply_has_the_summary(
    engine: Engine,
) -> None:
    dates: list[object] = []

    def spy(text: str, **options: Any) -> MadeQuiz:
        dates.append(options.get("date"))
        return make_quiz(text, **options)

    admin = AdminService(engine, generator=spy)
    undated = admin.generate(DATED_ARTICLE, filename="bridge.txt")
    assert isinstance(undated, GeneratedSet)
    first = _question_texts(admin, "bridge")
    assert "Sunday" not in first and "March 16" not in first  # no date: left out, not guessed
    dated = admin.generate(DATED_ARTICLE, filename="bridge.txt", caption="bridge 2025-03-16")
    assert isinstance(dated, GeneratedSet)
    assert dated.report.slug == "bridge"  # the rest of the caption is still the slug
    assert "questions" in dated.summary and "wh-questions" in dated.summary
    # The caption's date reaches the generator, which resolves "On Sunday" against it (its own
    # tests check the arithmetic; whether that sentence makes a question is the rules' call).
    assert dates == [None, "2025-03-16"]
