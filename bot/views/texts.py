"""Every text the bot sends, rendered as HTML with all user- and question-provided text escaped."""

from __future__ import annotations

from html import escape

from bot.service.quiz import AnswerOutcome, AnswerStatus, NoQuestion, SetChoice
from bot.service.schedule import BadTime, TimeProblem, ZoneChoice
from bot.service.scores import Board, BoardLine, ScoreCard
from bot.service.subscriptions import DailyStatus
from bot.service.types import SetFallback, ShownQuestion
from bot.views.paging import listed, pages_of
from questions.schema import QUESTION_MAX

LETTERS = "ABCDEFGHIJ"

USER_COMMANDS: tuple[tuple[str, str], ...] = (
    ("quiz", "Get the next question"),
    ("score", "Your points, accuracy, streaks and rank"),
    ("leaderboard", "Top 10 players (add 'week' for the last 7 days)"),
    ("daily", "Get one question a day at your time"),
    ("sets", "Question sets you can play"),
    ("use", "Choose the set for this chat: /use SLUG"),
    ("help", "What the bot can do"),
    ("start", "Welcome and main menu"),
    ("whoami", "Your Telegram user id"),
)


def welcome(first_name: str, user_id: int | None = None) -> str:
    """Greet a player and say what the bot does in three lines (plus their id, if given)."""
    text = (
        f"Hi, <b>{escape(first_name)}</b>! 👋\n"
        "I turn news articles into quick multiple-choice quizzes.\n"
        "Answer questions to earn points and build a streak.\n"
        "Get a daily question and climb the leaderboard."
    )
    if user_id is not None:
        text += f"\n\nYour Telegram id: <code>{user_id}</code> (admins go in ADMIN_IDS)."
    return text


def whoami(first_name: str, user_id: int, chat_id: int, *, admin: bool) -> str:
    """Show a user's Telegram id (what ADMIN_IDS needs) and the chat's id."""
    lines = [
        f"<b>{escape(first_name)}</b>, your Telegram user id is <code>{user_id}</code>.",
        f"This chat's id is <code>{chat_id}</code>.",
    ]
    if admin:
        lines.append("You are an admin of this bot.")
    else:
        lines.append("To make someone an admin, add their user id to ADMIN_IDS and restart.")
    return "\n".join(lines)


def help_text(admin_commands: tuple[tuple[str, str], ...] = (), admin_intro: str = "") -> str:
    """List every command with one line each (admin commands only for admins).

    admin_intro is HTML said before the admin commands (how to import a set).
    """
    lines = ["<b>Commands</b>"]
    lines += [f"/{name} — {escape(about)}" for name, about in USER_COMMANDS]
    if admin_commands:
        lines.append("\n<b>Admin commands</b>")
        if admin_intro:
            lines.append(admin_intro)
        lines += [f"/{name} — {escape(about)}" for name, about in admin_commands]
    return "\n".join(lines)


UNKNOWN_INPUT = "I didn't get that. Send /quiz for a question, or /help to see what I can do."
NO_SETS = "There are no question sets yet. An admin can load one; see /help."
EMPTY_SET = "This chat's question set has no questions left. Choose another with /sets."
GROUP_ONLY_ADMINS = "Only the group's administrators can do that here."
SOMETHING_WRONG = "Sorry, something went wrong on my side. Please try again."
MENU_QUIZ = "🧠 Quiz me"
MENU_DAILY = "📅 Daily question"
MENU_BOARD = "🏆 Leaderboard"
NEXT_BUTTON = "➡️ Next question"
CORRECT_ALERT = "✅ Correct!"
WRONG_ALERT = "❌ Not quite."
THIS_GROUP = "this group"
LEADERBOARD_USAGE = "Use /leaderboard for all time or /leaderboard week for the last 7 days."


def no_question(reason: NoQuestion) -> str:
    """Say why there is no question to send."""
    return NO_SETS if reason is NoQuestion.NO_SETS else EMPTY_SET


def set_fallback(fallback: SetFallback) -> str:
    """Say (once) that the chat's set was deleted and the default set took its place."""
    removed = fallback.removed_title or "your set"
    told = f"The set “{removed}” was removed, so this chat is back on “{fallback.current_title}”."
    return f"ℹ️ {escape(told)}"


def poll_question(question: ShownQuestion, *, daily: bool = False) -> str:
    """Return a quiz poll's question: plain text (polls are not parsed), 📅 if daily and it fits."""
    marked = daily and len(question.text) <= QUESTION_MAX - 2
    return f"📅 {question.text}" if marked else question.text


def question_message(question: ShownQuestion, *, daily: bool = False) -> str:
    """Render a private-chat question with lettered options."""
    lines = []
    if daily:
        lines.append("📅 <b>Daily question</b>")
    if question.fallback is not None:
        lines.append(set_fallback(question.fallback) + "\n")
    lines.append(f"<b>{escape(question.set_title)}</b>\n")
    lines.append(escape(question.text))
    lines.append("")
    lines += [f"{LETTERS[i]}. {escape(option)}" for i, option in enumerate(question.options)]
    return "\n".join(lines)


def option_button(position: int, option: str) -> str:
    """Return a button label: the letter and the option text."""
    return f"{LETTERS[position]}. {option}"


def answer_result(outcome: AnswerOutcome) -> str:
    """Render the edited question message after an answer: verdict, right option, why."""
    lines = [escape(outcome.question_text), ""]
    assert outcome.correct_position is not None
    right = outcome.options[outcome.correct_position]
    right_label = f"{LETTERS[outcome.correct_position]}. {escape(right)}"
    if outcome.status is AnswerStatus.CORRECT:
        if outcome.practice:
            lines.append(f"✅ Correct: <b>{right_label}</b>")
            lines.append("Practice round: you already earned the point for this question.")
        else:
            lines.append(f"✅ Correct: <b>{right_label}</b>  +1 point")
    else:
        assert outcome.chosen_position is not None
        chosen = outcome.options[outcome.chosen_position]
        lines.append(
            f"❌ Not quite. You chose {LETTERS[outcome.chosen_position]}. {escape(chosen)}"
        )
        lines.append(f"The answer is <b>{right_label}</b>")
    if outcome.explanation:
        lines.append(f"\n💡 {escape(outcome.explanation)}")
    lines.append(f"\nStreak: {outcome.streak} · Points: {outcome.total_points}")
    return "\n".join(lines)


def press_notice(status: AnswerStatus) -> str:
    """Return the short pop-up for a press that scored nothing."""
    return {
        AnswerStatus.ALREADY_ANSWERED: "You already answered this question.",
        AnswerStatus.NOT_YOURS: "This question was sent to someone else. Send /quiz for yours.",
        AnswerStatus.UNKNOWN: "This question is no longer available. Send /quiz for a new one.",
        AnswerStatus.INVALID_OPTION: "That is not one of the options.",
        AnswerStatus.CHANGED: "This question has changed since. Send /quiz for a new one.",
    }.get(status, "")


def score_message(card: ScoreCard, *, first_name: str, group_title: str | None) -> str:
    """Render /score: points, answers, accuracy, streaks and rank."""
    where = f" in <b>{escape(group_title)}</b>" if group_title else ""
    if card.answered == 0:
        return (
            f"{escape(first_name)}, you have not answered any questions{where} yet. "
            "Send /quiz to start."
        )
    if card.rank is None:
        rank = "not ranked yet"
    else:
        rank = f"#{card.rank} of {card.players}"
        if card.tied > 1:
            rank += f" (tied with {card.tied - 1} other{'s' if card.tied > 2 else ''})"
    lines = [
        f"<b>{escape(first_name)}</b>{where}",
        f"Points: <b>{card.points}</b>",
        f"Answered: {card.answered} · Correct: {card.correct} ({card.accuracy}%)",
        f"Streak: {card.current_streak} (best {card.best_streak})",
    ]
    if group_title is None:
        # The daily streak is the player's own, from private chats: not a figure of a group.
        lines.append(
            f"Daily streak: {card.daily_streak} day{'s' if card.daily_streak != 1 else ''} "
            f"(best {card.best_daily_streak})"
        )
    elif card.practice:
        lines.append(f"Practice — already scored: {card.practice} correct, no new points")
    lines.append(f"Rank: {rank}")
    if group_title is not None and card.practice:
        lines.append(PRACTICE_NOTE)
    return "\n".join(lines)


def _board_name(line: BoardLine) -> str:
    """Return how a player is shown on a board (escaped)."""
    return escape(line.name) if line.name is not None else f"Player {line.user_id}"


def board_message(board: Board, *, group_title: str | None) -> str:
    """Render a leaderboard: top lines, the asker's own line, and how ties are ordered."""
    period = "last 7 days" if board.week else "all time"
    where = escape(group_title) if group_title else "everyone"
    if not board.lines:
        return (
            f"<b>Leaderboard</b> · {where} · {period}\nNo points yet. Send /quiz to be the first!"
        )
    lines = [f"<b>Leaderboard</b> · {where} · {period}", ""]
    if not any(line.points for line in board.lines):
        lines.insert(1, "No points here yet, only practice:")
    medals = {1: "🥇", 2: "🥈", 3: "🥉"}
    for line in board.lines:
        badge = medals.get(line.rank, f"{line.rank}.") if line.points else "•"
        lines.append(f"{badge} {_board_name(line)} — {line.points}{_practice(line.practice)}")
    if board.own is not None:
        own = board.own
        lines.append("…")
        lines.append(
            f"{own.rank}. {_board_name(own)} — {own.points}{_practice(own.practice)} (you)"
        )
    lines.append("\nSame points share a rank; whoever reached them first is listed first.")
    if any(line.practice for line in (*board.lines, board.own) if line is not None):
        lines.append(PRACTICE_NOTE)
    return "\n".join(lines)


PRACTICE_NOTE = (
    "Practice — already scored: a correct answer to a question the player already scored "
    "(here or in another chat) earns no new points."
)


def _practice(count: int) -> str:
    """Return ' · N practice' for a board line with practice answers, else nothing."""
    return f" · {count} practice" if count else ""


# --- sets -------------------------------------------------------------------------------------


def _set_line(choice: SetChoice) -> str:
    """Render one set of /sets."""
    mark = "▶️ " if choice.active else "• "
    players = f", {choice.players} players" if choice.players is not None else ""
    return (
        f"{mark}<code>{escape(choice.slug)}</code> — {escape(choice.title)} "
        f"({choice.questions} questions{players})"
    )


def sets_page_count(choices: list[SetChoice]) -> int:
    """Return how many pages /sets takes."""
    return len(pages_of([_set_line(c) for c in choices]))


def sets_message(choices: list[SetChoice], page: int = 1) -> str:
    """Render one page of /sets: slug, title and question count, marking the active one."""
    if not choices:
        return NO_SETS
    pages = pages_of([_set_line(c) for c in choices])
    page = min(max(page, 1), len(pages))
    header = "<b>Question sets</b>"
    if len(pages) > 1:
        header += f" · page {page} of {len(pages)}"
    return "\n".join([header, *pages[page - 1], "\nSwitch with /use SLUG."])


def use_usage(choices: list[SetChoice]) -> str:
    """Explain /use when the slug is missing or unknown."""
    codes = [f"<code>{escape(c.slug)}</code>" for c in choices]
    slugs = listed(codes, more=" (see /sets)") or "none yet"
    example = escape(choices[0].slug) if choices else "my-set"
    return f"Send /use followed by a set's slug, for example /use {example}.\nSets: {slugs}"


def no_such_set(slug: str, choices: list[SetChoice]) -> str:
    """Say there is no set with that slug, and how /use works."""
    return f"There is no set called <code>{escape(slug[:64])}</code>.\n" + use_usage(choices)


def use_done(choice: SetChoice) -> str:
    """Confirm the chat's new active set."""
    return (
        f"This chat now plays <b>{escape(choice.title)}</b> "
        f"({choice.questions} questions). Send /quiz to begin."
    )


# --- daily question ---------------------------------------------------------------------------

DAILY_ON_BUTTON = "🔔 Turn on"
DAILY_OFF_BUTTON = "🔕 Turn off"
DAILY_USAGE = "Choose a time with /daily HH:MM, optionally with a zone: /daily 08:30 Europe/Berlin."
DAILY_TURNED_OFF = "🔕 Daily question turned off. Turn it back on with /daily on."
DAILY_ALREADY_OFF = "The daily question is already off. Turn it on with /daily 08:30."
DAILY_BAD_BUTTON = "This button no longer works. Send /daily to see the daily question."
DAILY_ON_ALERT = "Daily question on"
DAILY_OFF_ALERT = "Daily question off"


def _next_send(status: DailyStatus) -> str:
    """Say when the next daily question comes: today, tomorrow, or a weekday and date."""
    when = status.next_local
    assert when is not None
    clock = f"{when.hour:02d}:{when.minute:02d}"
    if status.today is not None and when.date() == status.today:
        return f"today at {clock}"
    if status.today is not None and (when.date() - status.today).days == 1:
        return f"tomorrow at {clock}"
    return f"{when:%a %d %b} at {clock}"


def daily_status(status: DailyStatus) -> str:
    """Render /daily: off, or on at HH:MM in its zone with the next send in local time."""
    if not status.active:
        return f"📅 Daily question: <b>off</b>.\n{DAILY_USAGE}"
    return (
        f"📅 Daily question: <b>on</b>, every day at <b>{escape(status.local_time or '')}</b> "
        f"({escape(status.zone or '')}).\nNext one: {_next_send(status)}.\n"
        "Change it with /daily HH:MM [Area/City]."
    )


def daily_subscribed(status: DailyStatus) -> str:
    """Confirm a new or changed daily time."""
    return (
        f"✅ Daily question on: every day at <b>{escape(status.local_time or '')}</b> "
        f"({escape(status.zone or '')}).\nThe next one comes {_next_send(status)}."
    )


def daily_bad_time(bad: BadTime) -> str:
    """Explain a time of day that could not be used, with an example that works."""
    shown = escape(bad.text.strip()[:40])
    if bad.problem is TimeProblem.AMBIGUOUS and shown.isdigit():
        hour = int(shown)
        if 1 <= hour <= 12:
            return (
                f"“{shown}” could be morning or evening. "
                f"Send /daily {hour % 12:02d}:00 or /daily {hour % 12 + 12:02d}:00."
            )
        return f"Please add minutes: /daily {min(hour, 23):02d}:00."
    if bad.problem is TimeProblem.OUT_OF_RANGE:
        return (
            f"“{shown}” is not a time of day: hours go from 0 to 23 (or 1 to 12 with am/pm), "
            "minutes from 00 to 59. For example: /daily 08:30."
        )
    return f"I couldn't read “{shown}” as a time. Try /daily 08:30 or /daily 7:30 pm."


def daily_bad_zone(choice: ZoneChoice) -> str:
    """Explain an unknown time zone, suggesting close IANA names."""
    shown = escape(choice.text.strip()[:64])
    if choice.suggestions:
        names = ", ".join(f"<code>{escape(name)}</code>" for name in choice.suggestions)
        return (
            f"I don't know the time zone “{shown}”. Did you mean {names}?\n"
            f"For example: /daily 08:30 {escape(choice.suggestions[0])}"
        )
    return (
        f"I don't know the time zone “{shown}”. Use an Area/City name, "
        "for example /daily 08:30 Europe/Berlin or /daily 7pm America/New_York."
    )
