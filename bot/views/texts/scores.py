"""Texts of /score and /leaderboard, HTML-escaped."""

from __future__ import annotations

from html import escape

from bot.service.scores import Board, BoardLine, ScoreCard
from bot.views.i18n import N_, Translator


def score_message(
    t: Translator, card: ScoreCard, *, first_name: str, group_title: str | None
) -> str:
    """Render /score: points, answers, accuracy, streaks and rank."""
    name = escape(first_name)
    if card.answered == 0:
        if group_title:
            return t.gettext(
                "{name}, you have not answered any questions in <b>{group}</b> yet. "
                "Send /quiz to start."
            ).format(name=name, group=escape(group_title))
        return t.gettext(
            "{name}, you have not answered any questions yet. Send /quiz to start."
        ).format(name=name)
    if card.rank is None:
        rank = t.gettext("not ranked yet")
    else:
        rank = t.gettext("#{rank} of {players}").format(rank=card.rank, players=card.players)
        if card.tied > 1:
            others = card.tied - 1
            rank += " " + t.ngettext(
                "(tied with {n} other)", "(tied with {n} others)", others
            ).format(n=others)
    heading = f"<b>{name}</b>"
    if group_title:
        heading = t.gettext("<b>{name}</b> in <b>{group}</b>").format(
            name=name, group=escape(group_title)
        )
    days = card.daily_streak
    lines = [
        heading,
        t.gettext("Points: <b>{points}</b>").format(points=card.points),
        t.gettext("Answered: {answered} · Correct: {correct} ({accuracy}%)").format(
            answered=card.answered, correct=card.correct, accuracy=card.accuracy
        ),
        t.gettext("Streak: {streak} (best {best})").format(
            streak=card.current_streak, best=card.best_streak
        ),
    ]
    if group_title is None:
        # The daily streak is the player's own, from private chats: not a figure of a group.
        lines.append(
            t.ngettext(
                "Daily streak: {n} day (best {best})", "Daily streak: {n} days (best {best})", days
            ).format(n=days, best=card.best_daily_streak)
        )
    elif card.practice:
        lines.append(
            t.gettext("Practice — already scored: {n} correct, no new points").format(
                n=card.practice
            )
        )
    lines.append(t.gettext("Rank: {rank}").format(rank=rank))
    if group_title is not None and card.practice:
        lines.append(t.gettext(PRACTICE_NOTE))
    return "\n".join(lines)


def _board_name(t: Translator, line: BoardLine) -> str:
    """Return how a player is shown on a board (escaped)."""
    if line.name is not None:
        return escape(line.name)
    return t.gettext("Player {id}").format(id=line.user_id)


def _board_period(t: Translator, board: Board) -> str:
    """Name the period a board covers: all time, the last 7 days, a local day or month."""
    if board.week:
        return t.gettext("last 7 days")
    if board.kind == "day" and board.starts is not None:
        return t.gettext("today, {date}").format(date=board.starts.isoformat())
    if board.kind == "month" and board.starts is not None:
        return t.gettext("month {month}").format(month=board.starts.strftime("%Y-%m"))
    return t.gettext("all time")


def board_message(t: Translator, board: Board, *, group_title: str | None) -> str:
    """Render a leaderboard: top lines, the asker's own line, and how ties are ordered."""
    period = _board_period(t, board)
    where = escape(group_title) if group_title else t.gettext("everyone")
    heading = t.gettext("<b>Leaderboard</b> · {where} · {period}").format(
        where=where, period=period
    )
    if not board.lines:
        return heading + "\n" + t.gettext("No points yet. Send /quiz to be the first!")
    lines = [heading, ""]
    if not any(line.points for line in board.lines):
        lines.insert(1, t.gettext("No points here yet, only practice:"))
    medals = {1: "🥇", 2: "🥈", 3: "🥉"}
    for line in board.lines:
        badge = medals.get(line.rank, f"{line.rank}.") if line.points else "•"
        lines.append(f"{badge} {_board_name(t, line)} — {line.points}{_practice(t, line.practice)}")
    if board.own is not None:
        own = board.own
        lines.append("…")
        own_line = t.gettext("{rank}. {name} — {points} (you)").format(
            rank=own.rank,
            name=_board_name(t, own),
            points=f"{own.points}{_practice(t, own.practice)}",
        )
        lines.append(own_line)
    lines.append(
        "\n" + t.gettext("Same points share a rank; whoever reached them first is listed first.")
    )
    if any(line.practice for line in (*board.lines, board.own) if line is not None):
        lines.append(t.gettext(PRACTICE_NOTE))
    return "\n".join(lines)


PRACTICE_NOTE = N_(
    "Practice — already scored: a correct answer to a question the player already scored "
    "(here or in another chat) earns no new points."
)


def _practice(t: Translator, count: int) -> str:
    """Return ' · N practice' for a board line with practice answers, else nothing."""
    return " · " + t.gettext("{n} practice").format(n=count) if count else ""
