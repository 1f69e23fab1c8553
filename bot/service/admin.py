"""Admin work without Telegram: imports, article quizzes, deletion, statistics, broadcasts.

Telling an uploaded article from a set file, and reading it, is in uploads.py (re-exported).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import PurePath
from typing import Literal

from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.service.generation import MadeQuiz, make_quiz
from bot.service.quiz import PLAY_ID, Clock
from bot.service.sets import (
    ImportOutcome,
    import_bytes,
    store_read_set,
    write_yaml,
)
from bot.service.uploads import ARTICLE_SUFFIXES as ARTICLE_SUFFIXES
from bot.service.uploads import DOCUMENT_KINDS as DOCUMENT_KINDS
from bot.service.uploads import NotGenerated as NotGenerated
from bot.service.uploads import date_from_caption as date_from_caption
from bot.service.uploads import is_article as is_article
from bot.service.uploads import read_article as read_article
from bot.service.uploads import slug_from_caption as slug_from_caption
from bot.service.uploads import upload_limit as upload_limit
from db.admin import (
    MissedQuestion,
    count_active_subscriptions,
    count_answers_since,
    count_users,
    most_missed_questions,
)
from db.chats import known_private_chat_ids
from db.engine import read_scope, session_scope
from db.models import QuestionSetRow, utcnow
from db.set_store import ImportReport
from db.sets import (
    chats_using_set,
    find_set_by_article,
    get_set,
    get_set_by_id,
    list_sets,
    retire_set,
)
from questions import schema

# Ids that are not Telegram users: the terminal player of `quizbot play`.
NOT_TELEGRAM = (PLAY_ID,)
PREVIEW_QUESTIONS = 3


@dataclass(frozen=True)
class GeneratedSet:
    """A quiz made from an article and stored: the import report and the first questions."""

    report: ImportReport
    preview: tuple[schema.Question, ...]
    questions: int
    explicit_slug: bool
    summary: str = ""  # the generator's one-line quality summary


@dataclass(frozen=True)
class SameArticle:
    """The article already made a live set: ask before making a second one from it."""

    slug: str
    title: str
    new_slug: str  # what a separate new set would be called


ArticleChoice = Literal["ask", "update", "new"]


@dataclass(frozen=True)
class DeletePlan:
    """What deleting a set would touch, shown before the admin confirms."""

    set_id: int
    slug: str
    title: str
    questions: int
    chats: int
    last_set: bool


@dataclass(frozen=True)
class Deleted:
    """A set that was just retired, and how many chats will fall back to the default."""

    slug: str
    title: str
    chats: int
    fallback: str | None


@dataclass(frozen=True)
class AdminStats:
    """The figures /stats shows."""

    users: int
    daily_subscriptions: int
    answers_today: int
    answers_week: int
    most_missed: tuple[MissedQuestion, ...]


@dataclass
class BroadcastReport:
    """How a broadcast went: chats reached, chats that blocked the bot, sends that failed."""

    recipients: int = 0
    delivered: int = 0
    blocked: int = 0
    failed: int = 0
    blocked_ids: list[int] = field(default_factory=list)


@dataclass
class AdminService:
    """What the admin commands do, as short transactions on the engine."""

    engine: Engine
    clock: Clock = utcnow
    default_set_slug: str | None = None  # the quiz service's; names the fallback on delete
    # Makes a quiz from an article: in this process by default; the bot passes a worker
    # process's (bot.service.generation), so the language model's memory is not kept here.
    generator: Callable[..., MadeQuiz] = make_quiz

    # --- importing and generating ------------------------------------------------------

    def import_file(self, data: bytes, filename: str) -> ImportOutcome:
        """Validate and import a set file atomically (the same code as `quizbot load`)."""
        return import_bytes(self.engine, data, filename)

    def generate(
        self,
        text: str,
        *,
        filename: str | None = None,
        caption: str | None = None,
        choice: ArticleChoice = "ask",
    ) -> GeneratedSet | NotGenerated | SameArticle:
        """Make a quiz from an English article and store it; say why when that is impossible.

        An article that already made a live set under another slug is not turned into a
        second set unasked: with choice="ask" the answer is SameArticle; "update" regenerates
        that set in place, "new" makes a separate set.
        """
        from questions.generate import GenerationError, default_title

        stem = PurePath(filename).stem if filename else ""
        digest = schema.article_hash(text)
        caption, date = date_from_caption(caption)
        try:
            title = default_title(text, stem)
            explicit = slug_from_caption(caption)
            base = explicit or schema.slugify(stem or title)
            slug = explicit or self._free_slug(base, title)
            existing = self.set_for_article(digest)
            if existing is not None and existing.slug != slug:
                if choice == "ask":
                    return SameArticle(existing.slug, existing.title, slug)
                if choice == "update":
                    slug = existing.slug
            result = self.generator(text, slug=slug, title=title, source=filename, date=date)
        except GenerationError as exc:
            return NotGenerated(exc.message)
        qset = result.qset
        if not qset.questions:
            return NotGenerated()
        report = store_read_set(self.engine, qset.model_copy(update={"article_hash": digest}))
        return GeneratedSet(
            report=report,
            preview=qset.questions[:PREVIEW_QUESTIONS],
            questions=len(qset.questions),
            explicit_slug=explicit is not None,
            summary=result.summary,
        )

    def set_for_article(self, digest: str) -> QuestionSetRow | None:
        """Return the live set made from the article with this hash, or None."""
        with session_scope(self.engine) as session:
            return find_set_by_article(session, digest)

    def _free_slug(self, base: str, title: str) -> str:
        """Return `base`, or `base-2`, `-3`… : the first slug free or held by a same-titled set.

        The same article gives the same title, so sending it again updates its set in place;
        a different article whose name happens to match gets a set of its own.
        """
        with session_scope(self.engine) as session:
            candidate, number = base, 2
            while True:
                row = get_set(session, candidate, include_retired=True)
                if row is None or row.title == title:
                    return candidate
                suffix = f"-{number}"
                candidate = base[: 64 - len(suffix)] + suffix
                number += 1

    # --- exporting and deleting ----------------------------------------------------------

    def set_size(self, slug: str) -> int:
        """Return how many live questions the set with this slug has (0 if there is none)."""
        with read_scope(self.engine) as session:
            found = [s for s in list_sets(session, include_retired=True) if s.slug == slug]
        return found[0].questions if found else 0

    def export_bytes(self, slug: str) -> bytes | None:
        """Return a set as YAML bytes, written question by question; None if there is none."""
        out = io.BytesIO()

        def write(piece: str) -> None:
            out.write(piece.encode("utf-8"))

        return out.getvalue() if write_yaml(self.engine, slug.strip().lower(), write) else None

    def plan_delete(self, slug: str) -> DeletePlan | None:
        """Describe the live set with this slug before deleting it; None if there is none."""
        with session_scope(self.engine) as session:
            live = list_sets(session)
            found = next((s for s in live if s.slug == slug.strip().lower()), None)
            if found is None:
                return None
            return DeletePlan(
                set_id=found.id,
                slug=found.slug,
                title=found.title,
                questions=found.questions,
                chats=len(chats_using_set(session, found.id)),
                last_set=len(live) == 1,
            )

    def delete(self, set_id: int) -> Deleted | None:
        """Retire a set by id (answers and scores stay); None if it is gone or already retired."""
        with session_scope(self.engine) as session:
            row = get_set_by_id(session, set_id)
            if row is None or row.retired_at is not None:
                return None
            retire_set(session, row.slug, now=self.clock())
            # Chats keep pointing at the retired set; the quiz service switches each one to the
            # default on its next question and tells it so.
            chats = len(chats_using_set(session, set_id))
            return Deleted(
                slug=row.slug, title=row.title, chats=chats, fallback=self._fallback_title(session)
            )

    def _fallback_title(self, session: Session) -> str | None:
        """Return the title of the set chats fall back to: as QuizService picks its default."""
        remaining = list_sets(session)
        chosen = next((s for s in remaining if s.slug == self.default_set_slug), None)
        if chosen is None and remaining:
            chosen = remaining[0]  # list_sets orders by slug, like the quiz service's default
        return chosen.title if chosen is not None else None

    def slugs(self) -> list[str]:
        """Return the slugs of the live sets, for hints after a mistyped slug."""
        with session_scope(self.engine) as session:
            return [s.slug for s in list_sets(session)]

    def admins_with_chats(self, admin_ids: Iterable[int]) -> list[int]:
        """Return the admins who have written to the bot: only they can get a chat menu."""
        with session_scope(self.engine) as session:
            return sorted(known_private_chat_ids(session, list(admin_ids)))

    def set_title(self, set_id: int) -> str | None:
        """Return the title of a set by id, or None."""
        with session_scope(self.engine) as session:
            row = get_set_by_id(session, set_id)
            return row.title if row is not None else None

    # --- statistics ----------------------------------------------------------------------

    def stats(self) -> AdminStats:
        """Count users, daily subscriptions, recent answers, and find the most-missed questions."""
        now = self.clock()
        # "Today" and "the last 7 days" are UTC calendar days: the same for every admin.
        today = datetime.combine(now.date(), time(), tzinfo=now.tzinfo)
        with session_scope(self.engine) as session:
            return AdminStats(
                users=count_users(session, exclude_ids=NOT_TELEGRAM),
                daily_subscriptions=count_active_subscriptions(session),
                answers_today=count_answers_since(session, today, exclude_user_ids=NOT_TELEGRAM),
                answers_week=count_answers_since(
                    session, today - timedelta(days=6), exclude_user_ids=NOT_TELEGRAM
                ),
                most_missed=tuple(most_missed_questions(session, exclude_user_ids=NOT_TELEGRAM)),
            )
