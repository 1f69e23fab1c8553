"""Texts of the game a player sees: welcome, help, questions and answers, HTML-escaped."""

from __future__ import annotations

from html import escape

from bot.service.quiz import AnswerOutcome, AnswerStatus, NoQuestion
from bot.service.types import SetFallback, ShownQuestion
from bot.views.i18n import N_, Translator
from questions.schema import QUESTION_MAX

LETTERS = "ABCDEFGHIJ"

# Command descriptions are English message ids, translated where a menu or /help shows them.
USER_COMMANDS: tuple[tuple[str, str], ...] = (
    ("quiz", N_("Get the next question")),
    ("game", N_("A quiz round: /game N SECONDS (speed points, podium)")),
    ("stop", N_("End the quiz round running here")),
    ("score", N_("Your points, accuracy, streaks and rank")),
    ("leaderboard", N_("Top 10 players: all time, or add day, week or month")),
    ("daily", N_("Get one question a day at your time")),
    ("sets", N_("Question sets you can play")),
    ("use", N_("Choose the set for this chat: /use SLUG")),
    ("language", N_("Choose the bot's language")),
    ("help", N_("What the bot can do")),
    ("start", N_("Welcome and main menu")),
    ("whoami", N_("Your Telegram user id")),
)


def welcome(t: Translator, first_name: str, user_id: int | None = None) -> str:
    """Greet a player and say what the bot does in three lines (plus their id, if given)."""
    text = t.gettext(
        "Hi, <b>{name}</b>! 👋\n"
        "I turn news articles into quick multiple-choice quizzes.\n"
        "Answer questions to earn points and build a streak.\n"
        "Get a daily question and climb the leaderboard."
    ).format(name=escape(first_name))
    if user_id is not None:
        text += "\n\n" + t.gettext(
            "Your Telegram id: <code>{id}</code> (admins go in ADMIN_IDS)."
        ).format(id=user_id)
    return text


def whoami(t: Translator, first_name: str, user_id: int, chat_id: int, *, admin: bool) -> str:
    """Show a user's Telegram id (what ADMIN_IDS needs) and the chat's id."""
    lines = [
        t.gettext("<b>{name}</b>, your Telegram user id is <code>{id}</code>.").format(
            name=escape(first_name), id=user_id
        ),
        t.gettext("This chat's id is <code>{id}</code>.").format(id=chat_id),
    ]
    if admin:
        lines.append(t.gettext("You are an admin of this bot."))
    else:
        lines.append(
            t.gettext("To make someone an admin, add their user id to ADMIN_IDS and restart.")
        )
    return "\n".join(lines)


def help_text(
    t: Translator, admin_commands: tuple[tuple[str, str], ...] = (), admin_intro: str = ""
) -> str:
    """List every command with one line each (admin commands only for admins).

    admin_intro is HTML said before the admin commands (how to import a set).
    """
    lines = [t.gettext("<b>Commands</b>")]
    lines += [f"/{name} — {escape(t.gettext(about))}" for name, about in USER_COMMANDS]
    lines.append("\n" + t.gettext(NO_SCORING_IN_CHANNELS))
    if admin_commands:
        lines.append("\n" + t.gettext("<b>Admin commands</b>"))
        if admin_intro:
            lines.append(admin_intro)
        lines += [f"/{name} — {escape(t.gettext(about))}" for name, about in admin_commands]
    return "\n".join(lines)


# Fixed texts: English message ids, shown as t.gettext(texts.NAME).
# In /help and /channel: a channel's daily poll is anonymous (see texts/channels.py).
NO_SCORING_IN_CHANNELS = N_(
    "Polls in channels are anonymous, so they score no points and are on no leaderboard."
)
UNKNOWN_INPUT = N_("I didn't get that. Send /quiz for a question, or /help to see what I can do.")
NO_SETS = N_("There are no question sets yet. An admin can load one; see /help.")
EMPTY_SET = N_("This chat's question set has no questions left. Choose another with /sets.")
GROUP_ONLY_ADMINS = N_("Only the group's administrators can do that here.")
SOMETHING_WRONG = N_("Sorry, something went wrong on my side. Please try again.")
MENU_QUIZ = N_("🧠 Quiz me")
MENU_DAILY = N_("📅 Daily question")
MENU_BOARD = N_("🏆 Leaderboard")
NEXT_BUTTON = N_("➡️ Next question")
CORRECT_ALERT = N_("✅ Correct!")
WRONG_ALERT = N_("❌ Not quite.")
THIS_GROUP = N_("this group")
LEADERBOARD_USAGE = N_(
    "Use /leaderboard for all time, /leaderboard day for today, /leaderboard week for the "
    "last 7 days or /leaderboard month for this calendar month."
)
LANGUAGE_PROMPT = N_("Choose the language I speak in this chat:")
LANGUAGE_PROMPT_GROUP = N_("Choose the language I speak in this group (admins only):")
# Shown in the chosen language, so it confirms the choice by itself.
LANGUAGE_CHOSEN = N_("✅ I will speak English here.")
LANGUAGE_BAD_BUTTON = N_("This button no longer works. Send /language again.")


def no_question(t: Translator, reason: NoQuestion) -> str:
    """Say why there is no question to send."""
    return t.gettext(NO_SETS if reason is NoQuestion.NO_SETS else EMPTY_SET)


def set_fallback(t: Translator, fallback: SetFallback) -> str:
    """Say (once) that the chat's set was deleted and the default set took its place."""
    removed = fallback.removed_title or t.gettext("your set")
    told = t.gettext("The set “{removed}” was removed, so this chat is back on “{current}”.")
    return "ℹ️ " + told.format(removed=escape(removed), current=escape(fallback.current_title))


def poll_question(question: ShownQuestion, *, daily: bool = False) -> str:
    """Return a quiz poll's question: plain text (polls are not parsed), 📅 if daily and it fits."""
    marked = daily and len(question.text) <= QUESTION_MAX - 2
    return f"📅 {question.text}" if marked else question.text


def question_message(t: Translator, question: ShownQuestion, *, daily: bool = False) -> str:
    """Render a private-chat question with lettered options (the question keeps its language)."""
    lines = []
    if daily:
        lines.append(t.gettext("📅 <b>Daily question</b>"))
    if question.fallback is not None:
        lines.append(set_fallback(t, question.fallback) + "\n")
    lines.append(f"<b>{escape(question.set_title)}</b>\n")
    lines.append(escape(question.text))
    lines.append("")
    lines += [f"{LETTERS[i]}. {escape(option)}" for i, option in enumerate(question.options)]
    return "\n".join(lines)


def option_button(position: int, option: str) -> str:
    """Return a button label: the letter and the option text."""
    return f"{LETTERS[position]}. {option}"


def answer_result(t: Translator, outcome: AnswerOutcome) -> str:
    """Render the edited question message after an answer: verdict, right option, why."""
    lines = [escape(outcome.question_text), ""]
    assert outcome.correct_position is not None
    right = outcome.options[outcome.correct_position]
    right_label = f"{LETTERS[outcome.correct_position]}. {escape(right)}"
    if outcome.status is AnswerStatus.CORRECT:
        if outcome.practice:
            lines.append(t.gettext("✅ Correct: <b>{answer}</b>").format(answer=right_label))
            lines.append(
                t.gettext("Practice round: you already earned the point for this question.")
            )
        else:
            lines.append(
                t.gettext("✅ Correct: <b>{answer}</b>  +1 point").format(answer=right_label)
            )
    else:
        assert outcome.chosen_position is not None
        chosen = outcome.options[outcome.chosen_position]
        lines.append(
            t.gettext("❌ Not quite. You chose {answer}").format(
                answer=f"{LETTERS[outcome.chosen_position]}. {escape(chosen)}"
            )
        )
        lines.append(t.gettext("The answer is <b>{answer}</b>").format(answer=right_label))
    if outcome.explanation:
        lines.append(f"\n💡 {escape(outcome.explanation)}")
    lines.append(
        "\n"
        + t.gettext("Streak: {streak} · Points: {points}").format(
            streak=outcome.streak, points=outcome.total_points
        )
    )
    return "\n".join(lines)


PRESS_NOTICES = {
    AnswerStatus.ALREADY_ANSWERED: N_("You already answered this question."),
    AnswerStatus.NOT_YOURS: N_("This question was sent to someone else. Send /quiz for yours."),
    AnswerStatus.UNKNOWN: N_("This question is no longer available. Send /quiz for a new one."),
    AnswerStatus.INVALID_OPTION: N_("That is not one of the options."),
    AnswerStatus.CHANGED: N_("This question has changed since. Send /quiz for a new one."),
}


def press_notice(t: Translator, status: AnswerStatus) -> str:
    """Return the short pop-up for a press that scored nothing."""
    notice = PRESS_NOTICES.get(status)
    return t.gettext(notice) if notice else ""
