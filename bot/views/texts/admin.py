"""Texts of the admin tools (commands, refusals, /stats, /broadcast), admin input escaped."""

from __future__ import annotations

from html import escape

from bot.service.admin import (
    AdminStats,
    BroadcastReport,
)
from bot.views.i18n import N_, Translator
from bot.views.paging import clip
from questions.formats import SUPPORTED

ADMIN_COMMANDS: tuple[tuple[str, str], ...] = (
    ("export", N_("Send a set back as a YAML file: /export SLUG")),
    ("delete", N_("Delete a set (asks first): /delete SLUG")),
    ("generate", N_("Make a quiz from an article pasted after it")),
    ("stats", N_("Users, daily subscribers, answers, most-missed questions")),
    ("broadcast", N_("Message every player privately: /broadcast TEXT")),
    ("report", N_("Item analysis and chart of a set: /report SLUG")),
    ("export_results", N_("Results as CSV files: /export_results SLUG")),
    ("flags", N_("Questions players reported, to resume or retire")),
    ("channel", N_("A daily quiz poll in a channel (anonymous, no points): /channel @name HH:MM")),
)

# Fixed texts: English message ids, shown as t.gettext(texts.NAME).
NOT_ADMIN = N_("Sorry, only the bot's admins can do that.")
PRIVATE_ONLY = N_("Admin commands work in a private chat with me only.")
GENERATING = N_("⏳ Reading the article and writing questions…")
GENERATION_FAILED = N_(
    "Sorry, the quiz generator failed on this text; nothing was imported. "
    "The error is in the bot's log."
)
GENERATE_USAGE = N_(
    "Paste the article after the command: /generate Your article text…\n"
    "Longer articles: send them as a .txt file (UTF-8)."
)
SET_EXPORT_USAGE = N_("Send /export followed by a set's slug, for example /export my-set.")
DELETE_USAGE = N_("Send /delete followed by a set's slug, for example /delete my-set.")
BROADCAST_USAGE = N_(
    "Send /broadcast followed by the message, for example /broadcast New questions are up!\n"
    "It goes to every player's private chat as plain text."
)
ALREADY_DELETED = N_("That set is already deleted or no longer exists.")
DELETE_BUTTON = N_("🗑 Delete")
CANCEL_BUTTON = "Cancel"  # translated with the context "button" (bot/views/keyboards.py)
KEPT_ALERT = N_("Kept.")
DELETED_ALERT = N_("Deleted.")
ARTICLE_EXPIRED = N_("This choice has expired or was already made. Send the article again.")
ARTICLE_CANCELLED = N_("Cancelled; no set was changed.")
BROADCAST_EXPIRED = N_("This preview has expired or was already handled. Send /broadcast again.")
BROADCAST_CANCELLED = N_("Broadcast cancelled; nothing was sent.")


def import_help(t: Translator) -> str:
    """Say how to import a set: the main admin feature has no command, so /help leads with it."""
    return t.gettext(
        "📄 <b>Import a set:</b> send me a file — {formats} — or a .txt news article to turn "
        "into a quiz. Send a file with the same slug again to update that set."
    ).format(formats=escape(SUPPORTED))


def stats_message(t: Translator, stats: AdminStats) -> str:
    """Render /stats."""
    lines = [
        t.gettext("<b>Quiz statistics</b>"),
        t.gettext("Users: {n}").format(n=stats.users),
        t.gettext("Active daily subscriptions: {n}").format(n=stats.daily_subscriptions),
        t.gettext("Answers today: {today} · last 7 days: {week}").format(
            today=stats.answers_today, week=stats.answers_week
        ),
        "",
        t.gettext("<b>Most-missed questions</b>"),
    ]
    if not stats.most_missed:
        lines.append(t.gettext("None missed yet."))
    for number, missed in enumerate(stats.most_missed, start=1):
        rate = t.gettext("{rate}% missed ({misses} of {answers})").format(
            rate=round(missed.miss_rate * 100), misses=missed.misses, answers=missed.answers
        )
        lines.append(
            f"{number}. <code>{escape(missed.set_slug)}</code> · {rate} · "
            f"{escape(clip(missed.text, 120))}"
        )
    lines.append("\n" + t.gettext("Days are UTC days; the last 7 days include today."))
    return "\n".join(lines)


def broadcast_preview(t: Translator, body: str, recipients: int) -> str:
    """Show the broadcast exactly as players will see it, and who gets it, before sending."""
    heading = t.ngettext(
        "📣 <b>Preview</b> — goes to {n} player (not to you, unless you choose it):",
        "📣 <b>Preview</b> — goes to {n} players (not to you, unless you choose it):",
        recipients,
    ).format(n=recipients)
    return f"{heading}\n\n{escape(body)}"


def broadcast_too_long(t: Translator, length: int, limit: int) -> str:
    """Refuse a broadcast that would not fit one Telegram message."""
    return t.gettext(
        "That message is {length:,} characters; a broadcast can have up to {limit:,}."
    ).format(length=length, limit=limit)


def broadcast_started(t: Translator, recipients: int) -> str:
    """Say a broadcast is on its way."""
    return t.ngettext("📣 Sending to {n} chat…", "📣 Sending to {n} chats…", recipients).format(
        n=recipients
    )


def broadcast_resumed(t: Translator, sent: int, recipients: int) -> str:
    """Say a broadcast a restart interrupted is going on."""
    return t.gettext(
        "📣 Resumed after a restart: {sent} of {recipients} done, sending to the other {rest}…"
    ).format(sent=sent, recipients=recipients, rest=recipients - sent)


def broadcast_done(t: Translator, report: BroadcastReport) -> str:
    """Report a finished broadcast."""
    text = t.gettext(
        "📣 Broadcast finished: {delivered} delivered, {blocked} blocked, "
        "{failed} failed (of {recipients})."
    ).format(
        delivered=report.delivered,
        blocked=report.blocked,
        failed=report.failed,
        recipients=report.recipients,
    )
    if report.blocked:
        text += "\n" + t.gettext(
            "Chats that blocked the bot get no more broadcasts until they write again."
        )
    return text
