"""Every table of the quiz, as SQLModel classes; the database enforces integrity here."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import Field, SQLModel

# Score scope 0 is "everyone, in every chat"; any other scope is a group chat's id.
GLOBAL_SCOPE = 0


class Trigger(StrEnum):
    """Why a question was sent; every delivery stores one (a CHECK allows only these)."""

    QUIZ = "quiz"  # /quiz or the menu's Quiz me
    NEXT = "next"  # the Next question button
    DAILY = "daily"  # the daily question
    PLAY = "play"  # `quizbot play` in a terminal


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime."""
    return datetime.now(UTC)


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """Store datetimes as UTC and always hand back aware UTC datetimes (SQLite drops zones)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert an aware datetime to UTC before storing it."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Attach UTC to what the database returns."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _id_column(*, foreign: str | None = None, nullable: bool = False, **kw: Any) -> Any:
    """Build a 64-bit integer column (Telegram ids exceed 32 bits)."""
    args: list[Any] = [sa.BigInteger]
    if foreign:
        args.append(sa.ForeignKey(foreign, ondelete=kw.pop("ondelete", "RESTRICT")))
    return Field(sa_column=sa.Column(*args, nullable=nullable, **kw))


def _time_column(*, nullable: bool = False, index: bool = False) -> Any:
    """Build a UTC timestamp column."""
    return Field(sa_column=sa.Column(UTCDateTime(), nullable=nullable, index=index))


# The interface languages with a catalog in bot/locale (the migration 0009_language agrees).
INTERFACE_LANGUAGES = ("en", "ru", "zh_Hans")


def _language_column(check_name: str) -> Any:
    """Build a nullable interface-language column the database restricts to the shipped ones."""
    allowed = ", ".join(f"'{code}'" for code in INTERFACE_LANGUAGES)
    check = sa.CheckConstraint(f"language IS NULL OR language IN ({allowed})", name=check_name)
    return Field(default=None, sa_column=sa.Column("language", sa.String(8), check, nullable=True))


class User(SQLModel, table=True):
    """A Telegram user who has talked to the bot (or the local player of `quizbot play`)."""

    __tablename__ = "users"

    id: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    first_name: str = Field(max_length=256)
    username: str | None = Field(default=None, max_length=64)
    language_code: str | None = Field(default=None, max_length=16)
    # The interface language the player chose with /language (None: from language_code).
    language: str | None = _language_column("user_language_valid")
    daily_streak: int = Field(default=0)
    best_daily_streak: int = Field(default=0)
    last_daily_date: date | None = Field(default=None)
    created_at: datetime = _time_column()
    last_seen_at: datetime = _time_column()

    __table_args__ = (
        sa.CheckConstraint(
            "daily_streak >= 0 AND best_daily_streak >= daily_streak",
            name="user_daily_streak_valid",
        ),
    )


class QuestionSetRow(SQLModel, table=True):
    """A named collection of questions, loaded from a file or generated from an article."""

    __tablename__ = "question_sets"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=64, sa_column_kwargs={"unique": True})
    title: str = Field(max_length=100)
    source: str | None = Field(default=None)
    language: str | None = Field(default=None, max_length=16)
    # SHA-256 of the normalised article a generated set came from (questions.schema): the same
    # article sent again, by any route, is offered as an update of this set.
    article_hash: str | None = Field(default=None, max_length=64, index=True)
    retired_at: datetime | None = _time_column(nullable=True)
    created_at: datetime = _time_column()
    updated_at: datetime = _time_column()


class Chat(SQLModel, table=True):
    """A private chat or a group the bot is in, with its quiz preferences."""

    __tablename__ = "chats"

    id: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    type: str = Field(max_length=16)
    title: str | None = Field(default=None, max_length=256)
    active_set_id: int | None = Field(default=None, foreign_key="question_sets.id")
    timezone: str | None = Field(default=None, max_length=64)
    # The group's interface language, set by its admins with /language (None: not chosen).
    language: str | None = _language_column("chat_language_valid")
    # Set when Telegram says the bot may no longer write here (blocked, kicked).
    blocked_at: datetime | None = _time_column(nullable=True)
    created_at: datetime = _time_column()

    __table_args__ = (
        sa.CheckConstraint(
            "type IN ('private', 'group', 'supergroup', 'channel')", name="chat_type_valid"
        ),
    )


class QuestionRow(SQLModel, table=True):
    """One multiple-choice question of a set; `key` keeps its identity across re-imports."""

    __tablename__ = "questions"

    id: int | None = Field(default=None, primary_key=True)
    set_id: int = Field(foreign_key="question_sets.id", index=True)
    key: str = Field(max_length=128)
    position: int
    text: str = Field(max_length=300)
    options: list[str] = Field(sa_column=sa.Column(sa.JSON, nullable=False))
    correct_index: int
    explanation: str | None = Field(default=None, max_length=200)
    source_sentence: str | None = Field(default=None)
    tags: list[str] = Field(default_factory=list, sa_column=sa.Column(sa.JSON, nullable=False))
    retired_at: datetime | None = _time_column(nullable=True)
    updated_at: datetime = _time_column()
    # Set when players' flags paused the question (not served) until an admin looks at it.
    paused_at: datetime | None = _time_column(nullable=True)
    # When an admin last dealt with its flags: only flags after this count towards a pause.
    flags_reviewed_at: datetime | None = _time_column(nullable=True)

    __table_args__ = (
        sa.UniqueConstraint("set_id", "key", name="question_key_unique_in_set"),
        sa.CheckConstraint(
            "correct_index >= 0 AND correct_index < 10", name="question_correct_index_valid"
        ),
        sa.CheckConstraint("length(text) BETWEEN 1 AND 300", name="question_text_length"),
    )


class Delivery(SQLModel, table=True):
    """A question sent to a chat: which message or poll, the option order shown, and why."""

    __tablename__ = "deliveries"

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = _id_column(foreign="chats.id")
    question_id: int = Field(foreign_key="questions.id")
    # The player a private delivery was sent to; None for a group poll anyone may answer.
    user_id: int | None = _id_column(foreign="users.id", nullable=True)
    message_id: int | None = Field(default=None)
    poll_id: str | None = Field(default=None, max_length=64, sa_column_kwargs={"unique": True})
    # option_order[i] is the stored index of the option shown at position i.
    option_order: list[int] = Field(sa_column=sa.Column(sa.JSON, nullable=False))
    # The option texts as shown and the position shown as right: a press is judged against
    # these, so a re-import that reorders, adds or removes options cannot change the verdict.
    # NULL on deliveries made before revision 0005_shown.
    shown_options: list[str] | None = Field(
        default=None, sa_column=sa.Column(sa.JSON, nullable=True)
    )
    shown_correct: int | None = Field(default=None)
    trigger: str = Field(max_length=16)
    sent_at: datetime = _time_column()

    __table_args__ = (
        sa.CheckConstraint(
            f"trigger IN ({', '.join(repr(t.value) for t in Trigger)})",
            name="delivery_trigger_valid",
        ),
        sa.Index("ix_deliveries_chat_sent", "chat_id", "sent_at"),
        sa.Index("ix_deliveries_user_sent", "user_id", "sent_at"),
    )


class Answer(SQLModel, table=True):
    """One user's answer to one delivery: the first press counts, the database refuses more."""

    __tablename__ = "answers"

    id: int | None = Field(default=None, primary_key=True)
    delivery_id: int = Field(foreign_key="deliveries.id")
    user_id: int = _id_column(foreign="users.id")
    # Denormalised from the delivery so "a question scores once ever" is a database rule.
    question_id: int = Field(foreign_key="questions.id")
    scope: int = Field(sa_column=sa.Column(sa.BigInteger, nullable=False))
    chosen_index: int
    correct: bool
    points: int = Field(default=0)
    answered_at: datetime = _time_column()

    __table_args__ = (
        sa.UniqueConstraint("delivery_id", "user_id", name="answer_once_per_delivery"),
        sa.CheckConstraint("points IN (0, 1)", name="answer_points_valid"),
        sa.CheckConstraint("points = 0 OR correct", name="answer_points_need_correct"),
        sa.Index(
            "ux_answers_scored_once",
            "user_id",
            "question_id",
            unique=True,
            sqlite_where=sa.text("points > 0"),
            postgresql_where=sa.text("points > 0"),
        ),
        sa.Index("ix_answers_user_question", "user_id", "question_id"),
        sa.Index("ix_answers_answered_at", "answered_at"),
        sa.Index("ix_answers_question_correct", "question_id", "correct"),
    )


class Score(SQLModel, table=True):
    """A user's running totals in one scope: everyone (scope 0) or one group chat."""

    __tablename__ = "scores"

    scope: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    user_id: int = Field(
        sa_column=sa.Column(
            sa.BigInteger, sa.ForeignKey("users.id"), primary_key=True, autoincrement=False
        )
    )
    points: int = Field(default=0)
    answered: int = Field(default=0)
    correct: int = Field(default=0)
    current_streak: int = Field(default=0)
    best_streak: int = Field(default=0)
    # When the current points total was reached: ties on points go to whoever got there first.
    reached_at: datetime = _time_column()

    __table_args__ = (
        sa.CheckConstraint(
            # A right answer scores 1 point, or up to 1000 speed points in a round (/game).
            "points >= 0 AND correct >= 0 AND correct <= answered AND points <= correct * 1000",
            name="score_totals_valid",
        ),
        sa.CheckConstraint(
            "current_streak >= 0 AND current_streak <= best_streak", name="score_streak_valid"
        ),
        sa.Index("ix_scores_board", "scope", sa.text("points DESC"), "reached_at", "user_id"),
    )


class ScoreBucket(SQLModel, table=True):
    """How many users of a scope have exactly `points`: ranks without counting users."""

    __tablename__ = "score_buckets"

    scope: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    points: int = Field(sa_column=sa.Column(sa.Integer, primary_key=True, autoincrement=False))
    users: int = Field(default=0)

    __table_args__ = (sa.CheckConstraint("users >= 0", name="score_bucket_users_valid"),)


class DailyPoints(SQLModel, table=True):
    """Points a user earned in a scope on one UTC day; the weekly board sums the last seven."""

    __tablename__ = "daily_points"

    scope: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    day: date = Field(sa_column=sa.Column(sa.Date, primary_key=True))
    user_id: int = Field(
        sa_column=sa.Column(
            sa.BigInteger, sa.ForeignKey("users.id"), primary_key=True, autoincrement=False
        )
    )
    points: int = Field(default=0)
    reached_at: datetime = _time_column()

    __table_args__ = (
        sa.CheckConstraint("points >= 0", name="daily_points_valid"),
        sa.Index("ix_daily_points_user", "user_id", "day"),
    )


class Review(SQLModel, table=True):
    """Spaced-repetition state of one question for one user (an `fsrs` card)."""

    __tablename__ = "reviews"

    user_id: int = Field(
        sa_column=sa.Column(
            sa.BigInteger, sa.ForeignKey("users.id"), primary_key=True, autoincrement=False
        )
    )
    question_id: int = Field(foreign_key="questions.id", primary_key=True)
    card: dict[str, Any] = Field(sa_column=sa.Column(sa.JSON, nullable=False))
    due_at: datetime = _time_column()
    last_correct: bool

    __table_args__ = (sa.Index("ix_reviews_user_due", "user_id", "due_at"),)


class DailySubscription(SQLModel, table=True):
    """A chat's daily question: local time, IANA zone and the next due instant in UTC."""

    __tablename__ = "daily_subscriptions"

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(
        sa_column=sa.Column(sa.BigInteger, sa.ForeignKey("chats.id"), nullable=False, unique=True)
    )
    local_time: str = Field(max_length=5)
    timezone: str = Field(max_length=64)
    next_due_at: datetime = _time_column()
    active: bool = Field(default=True)
    created_at: datetime = _time_column()
    updated_at: datetime = _time_column()

    __table_args__ = (
        sa.CheckConstraint(
            "length(local_time) = 5 AND substr(local_time, 3, 1) = ':'",
            name="daily_local_time_format",
        ),
        sa.Index("ix_daily_due", "active", "next_due_at"),
    )


class DailyDelivery(SQLModel, table=True):
    """One day's daily question for a subscription: written before sending, finished after."""

    __tablename__ = "daily_deliveries"

    id: int | None = Field(default=None, primary_key=True)
    subscription_id: int = Field(foreign_key="daily_subscriptions.id")
    local_date: date
    status: str = Field(default="pending", max_length=16)
    delivery_id: int | None = Field(default=None, foreign_key="deliveries.id")
    attempts: int = Field(default=0)
    error: str | None = Field(default=None, max_length=200)
    created_at: datetime = _time_column()
    finished_at: datetime | None = _time_column(nullable=True)
    # When a dispatcher last started sending this day: another process leaves it alone until
    # the lease runs out, so two processes never send the same day at once.
    claimed_at: datetime | None = _time_column(nullable=True)

    __table_args__ = (
        sa.UniqueConstraint("subscription_id", "local_date", name="daily_once_per_local_day"),
        sa.CheckConstraint(
            "status IN ('pending', 'sent', 'failed', 'skipped')", name="daily_status_valid"
        ),
        sa.Index("ix_daily_deliveries_status", "status"),
        # A correct daily answer looks its day up by delivery; one delivery carries one day.
        sa.Index("ux_daily_deliveries_delivery", "delivery_id", unique=True),
    )


class WeekScore(SQLModel, table=True):
    """A user's points over the last seven UTC days in a scope, kept current as days roll."""

    __tablename__ = "week_scores"

    scope: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    user_id: int = Field(
        sa_column=sa.Column(
            sa.BigInteger, sa.ForeignKey("users.id"), primary_key=True, autoincrement=False
        )
    )
    points: int = Field(default=0)
    reached_at: datetime = _time_column()

    __table_args__ = (
        sa.CheckConstraint("points >= 0", name="week_score_points_valid"),
        sa.Index("ix_week_scores_board", "scope", sa.text("points DESC"), "reached_at", "user_id"),
    )


class WeekBucket(SQLModel, table=True):
    """How many users of a scope have exactly `points` over the last seven days."""

    __tablename__ = "week_buckets"

    scope: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    points: int = Field(sa_column=sa.Column(sa.Integer, primary_key=True, autoincrement=False))
    users: int = Field(default=0)

    __table_args__ = (sa.CheckConstraint("users >= 0", name="week_bucket_users_valid"),)


class BoardState(SQLModel, table=True):
    """Bookkeeping of the boards: the last UTC day the seven-day totals were rolled to."""

    __tablename__ = "board_state"

    name: str = Field(primary_key=True, max_length=32)
    day: date


def table_of(model: Any) -> sa.Table:
    """Return the Table behind a SQLModel class (SQLModel does not type `__table__`)."""
    return cast(sa.Table, model.__table__)


class Flag(SQLModel, table=True):
    """A player's report that a question they were sent is wrong, unclear or has a typo."""

    __tablename__ = "flags"

    id: int | None = Field(default=None, primary_key=True)
    question_id: int = Field(foreign_key="questions.id")
    user_id: int = _id_column(foreign="users.id")
    # The delivery that showed the question to the player: only a question sent can be flagged.
    delivery_id: int = Field(foreign_key="deliveries.id")
    reason: str = Field(max_length=16)
    created_at: datetime = _time_column()

    __table_args__ = (
        sa.UniqueConstraint("user_id", "question_id", name="flag_once_per_player_question"),
        sa.CheckConstraint(
            "reason IN ('wrong', 'unclear', 'typo', 'other')", name="flag_reason_valid"
        ),
        sa.Index("ix_flags_question", "question_id", "created_at"),
    )


class AdminJob(SQLModel, table=True):
    """An admin's import or broadcast, recorded before it starts so a restart can resume it."""

    __tablename__ = "admin_jobs"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)
    admin_id: int = _id_column()
    chat_id: int = _id_column()
    # The message that shows the job's progress ("📣 Sending to 200 chats…"), once sent.
    status_message_id: int | None = _id_column(nullable=True)
    # What the job needs to run again: the broadcast text, or the upload's file id and name.
    payload: dict[str, Any] = Field(
        default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False)
    )
    total: int = Field(default=0)
    progress: int = Field(default=0)
    state: str = Field(default="running", max_length=16)
    created_at: datetime = _time_column()
    updated_at: datetime = _time_column()

    __table_args__ = (
        sa.CheckConstraint("kind IN ('import', 'broadcast')", name="admin_job_kind_valid"),
        sa.CheckConstraint(
            "state IN ('running', 'done', 'interrupted')", name="admin_job_state_valid"
        ),
        sa.CheckConstraint("progress >= 0 AND progress <= total", name="admin_job_progress_valid"),
        sa.Index("ix_admin_jobs_state", "state"),
    )


class BroadcastRecipient(SQLModel, table=True):
    """One chat of a broadcast: written before sending, its result once Telegram answered."""

    __tablename__ = "broadcast_recipients"

    job_id: int = Field(
        sa_column=sa.Column(
            sa.Integer,
            sa.ForeignKey("admin_jobs.id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        )
    )
    chat_id: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    result: str | None = Field(default=None, max_length=16)

    __table_args__ = (
        sa.CheckConstraint(
            "result IS NULL OR result IN ('sent', 'blocked', 'failed')",
            name="broadcast_result_valid",
        ),
    )


class InboxUpdate(SQLModel, table=True):
    """A raw Telegram update, stored before Telegram is told it arrived; done once handled."""

    __tablename__ = "inbox_updates"

    update_id: int = Field(
        sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False)
    )
    # The update as Telegram sent it (JSON text), to handle it again after a crash.
    payload: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    # The process handling it (a random id; on PostgreSQL an advisory lock says it is alive).
    owner: int = Field(sa_column=sa.Column(sa.BigInteger, nullable=False))
    received_at: datetime = _time_column()
    done_at: datetime | None = _time_column(nullable=True)

    __table_args__ = (sa.Index("ix_inbox_updates_done_at", "done_at"),)


# --- rounds: /game in groups and private chats ----------------------------------------------
# A round's whole state lives here, so the dispatcher (bot/jobs/rounds.py) rebuilds it after a
# restart: which questions, which one is open, when it closes, and every player's points.
ROUND_PHASES = ("waiting", "asking", "finished")
ROUND_MAX_QUESTIONS = 50
ROUND_MAX_POINTS = 1000


class Round(SQLModel, table=True):
    """A timed round of questions in one chat: a group's quiz polls, or a player's buttons."""

    __tablename__ = "rounds"

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = _id_column(foreign="chats.id")
    # The player of a private round; None for a group's round anyone may join.
    user_id: int | None = _id_column(foreign="users.id", nullable=True)
    started_by: int = _id_column()
    set_id: int = Field(foreign_key="question_sets.id")
    # The question ids picked at the start, in the order they are asked.
    question_ids: list[int] = Field(sa_column=sa.Column(sa.JSON, nullable=False))
    size: int
    # Seconds per question; None: a private round without a timer.
    seconds: int | None = Field(default=None)
    # The interface language the round was started in: its texts stay in it.
    language: str = Field(default="en", max_length=8)
    # The question asked last (-1: none yet). "waiting": the next one is due at next_at;
    # "asking": question `position` is open until next_at (None: until answered).
    position: int = Field(default=-1)
    phase: str = Field(default="waiting", max_length=16)
    next_at: datetime | None = _time_column(nullable=True)
    stopped: bool = Field(default=False)
    created_at: datetime = _time_column()
    finished_at: datetime | None = _time_column(nullable=True)

    __table_args__ = (
        sa.CheckConstraint(f"size BETWEEN 1 AND {ROUND_MAX_QUESTIONS}", name="round_size_valid"),
        sa.CheckConstraint(
            "seconds IS NULL OR seconds BETWEEN 5 AND 600", name="round_seconds_valid"
        ),
        sa.CheckConstraint("position >= -1 AND position < size", name="round_position_valid"),
        sa.CheckConstraint(
            f"phase IN ({', '.join(repr(p) for p in ROUND_PHASES)})", name="round_phase_valid"
        ),
        sa.CheckConstraint(
            "(phase = 'finished') = (finished_at IS NOT NULL)", name="round_finished_valid"
        ),
        # One round at a time per chat.
        sa.Index(
            "ux_rounds_one_per_chat",
            "chat_id",
            unique=True,
            sqlite_where=sa.text("finished_at IS NULL"),
            postgresql_where=sa.text("finished_at IS NULL"),
        ),
        sa.Index("ix_rounds_due", "phase", "next_at"),
    )


def _round_key() -> Any:
    """Build the round id column that starts a round table's key (deleted with the round)."""
    return Field(
        sa_column=sa.Column(
            sa.Integer,
            sa.ForeignKey("rounds.id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        )
    )


def _user_key() -> Any:
    """Build the user id column of a round table's key."""
    return Field(
        sa_column=sa.Column(
            sa.BigInteger, sa.ForeignKey("users.id"), primary_key=True, autoincrement=False
        )
    )


class RoundQuestion(SQLModel, table=True):
    """One question of a round: claimed before it is sent, so it is never sent twice."""

    __tablename__ = "round_questions"

    round_id: int = _round_key()
    position: int = Field(sa_column=sa.Column(sa.Integer, primary_key=True, autoincrement=False))
    delivery_id: int = Field(foreign_key="deliveries.id", unique=True)
    message_id: int | None = Field(default=None)
    poll_id: str | None = Field(default=None, max_length=64, sa_column_kwargs={"unique": True})
    claimed_at: datetime = _time_column()
    # When Telegram confirmed the send: answer times count from here.
    sent_at: datetime | None = _time_column(nullable=True)
    closed_at: datetime | None = _time_column(nullable=True)


class RoundPlayer(SQLModel, table=True):
    """A player in a round (joined by the button or by answering) and their running totals."""

    __tablename__ = "round_players"

    round_id: int = _round_key()
    user_id: int = _user_key()
    points: int = Field(default=0)
    correct: int = Field(default=0)
    answered: int = Field(default=0)
    # Sum of answer times in milliseconds, for the average on the podium.
    answer_ms: int = Field(default=0, sa_column=sa.Column(sa.BigInteger, nullable=False))
    joined_at: datetime = _time_column()

    __table_args__ = (
        sa.CheckConstraint(
            "points >= 0 AND correct >= 0 AND answered >= correct AND answer_ms >= 0",
            name="round_player_totals_valid",
        ),
    )


class RoundAnswer(SQLModel, table=True):
    """A player's answer to one question of a round: at most one, with its speed points."""

    __tablename__ = "round_answers"

    round_id: int = _round_key()
    position: int = Field(sa_column=sa.Column(sa.Integer, primary_key=True, autoincrement=False))
    user_id: int = _user_key()
    correct: bool
    points: int
    answer_ms: int = Field(sa_column=sa.Column(sa.BigInteger, nullable=False))
    answered_at: datetime = _time_column()

    __table_args__ = (
        sa.CheckConstraint(
            f"points BETWEEN 0 AND {ROUND_MAX_POINTS} AND (points = 0 OR correct)",
            name="round_answer_points_valid",
        ),
        sa.CheckConstraint("answer_ms >= 0", name="round_answer_time_valid"),
    )


def _key_column(foreign: str) -> Any:
    """Build a 64-bit primary-key column that refers to a user or a chat."""
    return Field(
        sa_column=sa.Column(
            sa.BigInteger, sa.ForeignKey(foreign), primary_key=True, autoincrement=False
        )
    )


# The calendar boards: "day" and "month" in the scope's own time zone (db/boards.py).
BOARD_PERIODS = ("day", "month")


class PeriodScore(SQLModel, table=True):
    """A user's points in one local calendar day or month of a scope (`starts`: its first day)."""

    __tablename__ = "period_scores"

    scope: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    period: str = Field(sa_column=sa.Column(sa.String(8), primary_key=True))
    starts: date = Field(sa_column=sa.Column(sa.Date, primary_key=True))
    user_id: int = _key_column("users.id")
    points: int = Field(default=0)
    reached_at: datetime = _time_column()

    __table_args__ = (
        sa.CheckConstraint("points >= 0", name="period_score_points_valid"),
        sa.CheckConstraint("period IN ('day', 'month')", name="period_score_period_valid"),
        sa.Index(
            "ix_period_scores_board",
            "scope",
            "period",
            "starts",
            sa.text("points DESC"),
            "reached_at",
            "user_id",
        ),
    )


class PeriodBucket(SQLModel, table=True):
    """How many users of a scope have exactly `points` in one local day or month."""

    __tablename__ = "period_buckets"

    scope: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    period: str = Field(sa_column=sa.Column(sa.String(8), primary_key=True))
    starts: date = Field(sa_column=sa.Column(sa.Date, primary_key=True))
    points: int = Field(sa_column=sa.Column(sa.Integer, primary_key=True, autoincrement=False))
    users: int = Field(default=0)

    __table_args__ = (sa.CheckConstraint("users >= 0", name="period_bucket_users_valid"),)


class ChannelLink(SQLModel, table=True):
    """A channel a bot admin linked with /channel; its daily poll is a daily_subscriptions row."""

    __tablename__ = "channel_links"

    chat_id: int = _key_column("chats.id")
    # The public @name without "@", lower-cased: how /channel @name off finds it again even
    # after the bot lost access to the channel.
    username: str | None = Field(default=None, max_length=64, unique=True)
    linked_by: int = _id_column()
    created_at: datetime = _time_column()


class PollResult(SQLModel, table=True):
    """The latest vote counts Telegram reported for an anonymous (channel) quiz poll."""

    __tablename__ = "poll_results"

    delivery_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("deliveries.id"), primary_key=True, autoincrement=False
        )
    )
    # Voters per option, in the order shown.
    voter_counts: list[int] = Field(sa_column=sa.Column(sa.JSON, nullable=False))
    total_voters: int = Field(default=0)
    updated_at: datetime = _time_column()

    __table_args__ = (sa.CheckConstraint("total_voters >= 0", name="poll_result_total_valid"),)
