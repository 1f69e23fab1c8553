"""Texts and the Join button of rounds (/game, /stop): announcement, standings, podium."""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.service.round_types import (
    DEFAULT_QUESTIONS,
    DEFAULT_SECONDS,
    MAX_QUESTIONS,
    MAX_SECONDS,
    MIN_QUESTIONS,
    MIN_SECONDS,
    Finish,
    StandingRow,
    Started,
)
from bot.service.types import ShownQuestion
from bot.views.i18n import N_, Translator
from questions.schema import QUESTION_MAX

# The Join button under a round's announcement (callback_data, no payload: the chat says which).
JOIN = "gj"
MEDALS = ("🥇", "🥈", "🥉")
# Players named on the standings line between questions (the podium names more).
STANDINGS_SHOWN = 5
PODIUM_SHOWN = 10

ROUND_RUNNING = N_("A quiz round is running here: answer its questions, or an admin can /stop it.")
NO_ROUND = N_("No quiz round is running here. Start one with /game.")
JOINED = N_("You're in! Answer the questions as they come.")
ALREADY_JOINED = N_("You're already in this round.")
ROUND_OVER = N_("This round is over.")
JOIN_BUTTON = N_("🙋 Join")
NOBODY_ANSWERED = N_("Nobody answered.")
BOARD_NOTE = N_("The points count on this group's /leaderboard.")


def usage(t: Translator, *, group: bool) -> str:
    """Explain /game: its options and limits, in a group or in a private chat."""
    limits = {
        "min_n": MIN_QUESTIONS,
        "max_n": MAX_QUESTIONS,
        "min_s": MIN_SECONDS,
        "max_s": MAX_SECONDS,
        "n": DEFAULT_QUESTIONS,
        "s": DEFAULT_SECONDS,
    }
    if group:
        return t.gettext(
            "🎮 <b>Quiz round</b>: questions in a row, each with a timer; faster right answers "
            "score more (up to 1000 points).\n"
            "/game N SECONDS — N questions ({min_n}–{max_n}), SECONDS to answer each "
            "({min_s}–{max_s}); /game {n} {s} for the usual round.\n"
            "/stop ends it early. Group admins start and stop rounds."
        ).format(**limits)
    return t.gettext(
        "🎮 <b>Quiz round</b>: N questions in a row, then your score, time and what to review.\n"
        "/game N — N questions ({min_n}–{max_n}), no timer; /game N SECONDS adds a timer "
        "({min_s}–{max_s} s) to each question.\n"
        "/stop ends it early."
    ).format(**limits)


def announcement(t: Translator, started: Started) -> str:
    """Announce a group's round: set, questions, time each, and how to join."""
    lines = [
        t.gettext("🎮 <b>Quiz round!</b> {set}").format(set=escape(started.set_title)),
        t.ngettext("{n} question, {s} s each.", "{n} questions, {s} s each.", started.size).format(
            n=started.size, s=started.seconds
        ),
    ]
    if started.size < started.asked_for:
        lines.append(set_too_small(t, started.size))
    lines.append(
        t.gettext(
            "Press Join, or just answer the polls to play. Faster right answers score more. "
            "First question in {lead} s!"
        ).format(lead=started.lead_seconds)
    )
    return "\n".join(lines)


def private_start(t: Translator, started: Started) -> str:
    """Say a private round begins: set, questions, timer."""
    lines = [
        t.gettext("🎮 <b>Quiz round!</b> {set}").format(set=escape(started.set_title)),
        t.ngettext("{n} question in a row.", "{n} questions in a row.", started.size).format(
            n=started.size
        ),
    ]
    if started.seconds:
        lines.append(t.gettext("{s} s for each question.").format(s=started.seconds))
    if started.size < started.asked_for:
        lines.append(set_too_small(t, started.size))
    return "\n".join(lines)


def set_too_small(t: Translator, size: int) -> str:
    """Say the set had fewer questions than asked for."""
    return t.ngettext(
        "(The set has only {n} question.)", "(The set has only {n} questions.)", size
    ).format(n=size)


def join_keyboard(t: Translator) -> InlineKeyboardMarkup:
    """The Join button under a group's announcement."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(t.gettext(JOIN_BUTTON), callback_data=JOIN)]]
    )


def poll_question(question: ShownQuestion, position: int, size: int) -> str:
    """Return a round's poll question, numbered when the number fits Telegram's limit."""
    numbered = f"[{position + 1}/{size}] {question.text}"
    return numbered if len(numbered) <= QUESTION_MAX else question.text


def private_question_header(t: Translator, position: int, size: int) -> str:
    """Return the line above a private round's question."""
    return t.gettext("🎮 Question {k} of {n}").format(k=position + 1, n=size)


def _place(rank: int) -> str:
    """Return a medal for the first three places, else the number."""
    return MEDALS[rank] if rank < len(MEDALS) else f"{rank + 1}."


def standings_line(t: Translator, position: int, size: int, board: list[StandingRow]) -> str:
    """Return the short line shown between questions: the leaders after question k of n."""
    head = t.gettext("📊 After {k} of {n}:").format(k=position + 1, n=size)
    if not board:
        return f"{head} {t.gettext(NOBODY_ANSWERED)}"
    shown = [
        f"{_place(rank)} {escape(row.name)} {row.points}"
        for rank, row in enumerate(board[:STANDINGS_SHOWN])
    ]
    return f"{head} " + " · ".join(shown)


def average_seconds(row: StandingRow) -> float:
    """Return a player's average answer time in seconds."""
    return row.answer_ms / row.answered / 1000 if row.answered else 0.0


def podium(t: Translator, finish: Finish) -> str:
    """Render a group round's final standings: medals, points, right answers, average time."""
    if finish.stopped:
        lines = [
            t.gettext("⏹ <b>Round stopped</b> after {k} of {n} questions.").format(
                k=finish.asked, n=finish.where.size
            )
        ]
    else:
        lines = [t.gettext("🏁 <b>Round over!</b>")]
    if not finish.board:
        lines.append(t.gettext(NOBODY_ANSWERED))
        return "\n".join(lines)
    for rank, row in enumerate(finish.board[:PODIUM_SHOWN]):
        lines.append(
            t.gettext(
                "{place} <b>{name}</b> — {points} points · {right}/{asked} right · avg {avg:.1f} s"
            ).format(
                place=_place(rank),
                name=escape(row.name),
                points=row.points,
                right=row.correct,
                asked=finish.asked,
                avg=average_seconds(row),
            )
        )
    lines.append("\n" + t.gettext(BOARD_NOTE))
    return "\n".join(lines)


def summary(t: Translator, finish: Finish) -> str:
    """Render a private round's summary: score, time, and the questions to review."""
    row = finish.board[0] if finish.board else None
    right = row.correct if row else 0
    head = (
        t.gettext("⏹ <b>Round stopped.</b>")
        if finish.stopped
        else t.gettext("🏁 <b>Round over!</b>")
    )
    lines = [
        head,
        t.gettext("Score: {right} of {asked} right.").format(right=right, asked=finish.asked),
    ]
    if row is not None and row.answered:
        lines.append(
            t.gettext("Time: {total:.0f} s in all, {avg:.1f} s a question.").format(
                total=row.answer_ms / 1000, avg=average_seconds(row)
            )
        )
    if row is not None and finish.where.seconds:
        lines.append(t.gettext("Speed points: {points}").format(points=row.points))
    if finish.review:
        lines.append("\n" + t.gettext("<b>To review:</b>"))
        lines += [
            f"• {escape(question)} — <b>{escape(answer)}</b>" for question, answer in finish.review
        ]
    elif finish.asked:
        lines.append("\n" + t.gettext("Nothing to review: all right! 🎉"))
    return "\n".join(lines)


def times_up(t: Translator, answer: str) -> str:
    """Say a private round's question timed out, with its answer."""
    return t.gettext("⏰ Time's up. The answer was <b>{answer}</b>.").format(answer=escape(answer))


def bad_arguments(t: Translator) -> str:
    """Say what /game accepts."""
    return t.gettext(
        "Use /game N SECONDS: N from {min_n} to {max_n} questions, SECONDS from {min_s} to {max_s}."
    ).format(min_n=MIN_QUESTIONS, max_n=MAX_QUESTIONS, min_s=MIN_SECONDS, max_s=MAX_SECONDS)
