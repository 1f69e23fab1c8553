"""Every text the admin tools send, as HTML with file contents and admin input escaped."""

from __future__ import annotations

from html import escape

from bot.service.admin import AdminStats, BroadcastReport, Deleted, DeletePlan, GeneratedSet
from bot.service.sets import ImportOutcome
from bot.views.i18n import N_
from db.sets import ImportReport
from questions import schema
from questions.formats import MAX_FILE_BYTES

# Enough to act on without flooding the chat (and far below Telegram's 4096 characters).
MAX_LISTED = 10
LINE_MAX = 300

ADMIN_COMMANDS: tuple[tuple[str, str], ...] = (
    ("export", N_("Send a set back as a YAML file: /export SLUG")),
    ("delete", N_("Delete a set (asks first): /delete SLUG")),
    ("generate", N_("Make a quiz from an article pasted after it")),
    ("stats", N_("Users, daily subscribers, answers, most-missed questions")),
    ("broadcast", N_("Message every player privately: /broadcast TEXT")),
)

NOT_ADMIN = "Sorry, only the bot's admins can do that."
PRIVATE_ONLY = "Admin commands work in a private chat with me only."
GENERATING = "⏳ Reading the article and writing questions…"
GENERATION_FAILED = (
    "Sorry, the quiz generator failed on this text; nothing was imported. "
    "The error is in the bot's log."
)
GENERATE_USAGE = (
    "Paste the article after the command: /generate Your article text…\n"
    "Longer articles: send them as a .txt file (UTF-8)."
)
EXPORT_USAGE = "Send /export followed by a set's slug, for example /export my-set."
DELETE_USAGE = "Send /delete followed by a set's slug, for example /delete my-set."
BROADCAST_USAGE = (
    "Send /broadcast followed by the message, for example /broadcast New questions are up!\n"
    "It goes to every player's private chat as plain text."
)
ALREADY_DELETED = "That set is already deleted or no longer exists."
NO_QUESTION_WRITTEN = "No question could be written from this text."
DELETE_BUTTON = "🗑 Delete"
CANCEL_BUTTON = "Cancel"
KEPT_ALERT = "Kept."
DELETED_ALERT = "Deleted."


def _clip(text: str, limit: int = LINE_MAX) -> str:
    """Shorten text that would make a message too long (before escaping it)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _counts(report: ImportReport) -> str:
    """Return 'N added · N updated · N retired · N unchanged'."""
    return (
        f"{report.added} added · {report.updated} updated · {report.retired} retired · "
        f"{report.unchanged} unchanged"
    )


def _where(line: int | None, question: int | None) -> str:
    """Return 'line 4, question 2: ' (or as much of it as is known)."""
    parts = []
    if line is not None:
        parts.append(f"line {line}")
    if question is not None:
        parts.append(f"question {question}")
    return ", ".join(parts) + ": " if parts else ""


def _more(total: int) -> list[str]:
    """Return the '…and N more' line when a list was cut."""
    return [f"…and {total - MAX_LISTED} more."] if total > MAX_LISTED else []


def too_big(size: int | None, limit: int = MAX_FILE_BYTES) -> str:
    """Refuse a file over the size limit (its size, when Telegram told it truthfully)."""
    what = f"That file is {size:,} bytes" if size is not None else "That file is too big"
    return (
        f"{what}; the limit is {limit:,} bytes. "
        "Split it into several files and send them one by one."
    )


def import_result(outcome: ImportOutcome, filename: str) -> str:
    """Report an import: the set and its counts with skips, or the problems and no changes."""
    name = escape(_clip(filename, 100))
    if outcome.report is None:
        problems = outcome.problems
        lines = [f"❌ <b>{name}</b> was not imported; nothing was changed."]
        shown = f"first {MAX_LISTED} of {len(problems)}" if len(problems) > MAX_LISTED else ""
        lines.append(f"Problems{f' ({shown})' if shown else ''}:")
        lines += [
            f"• {escape(_where(p.line, p.question))}{escape(_clip(p.message))}"
            for p in problems[:MAX_LISTED]
        ]
        lines.append("Fix the file and send it again.")
        return "\n".join(lines)
    report = outcome.report
    verb = "new set" if report.created else "updated in place"
    lines = [
        f"✅ <b>{escape(report.title)}</b> (<code>{escape(report.slug)}</code>), {verb}:",
        _counts(report),
    ]
    skipped = outcome.skipped
    if skipped:
        lines.append(f"\nSkipped {len(skipped)} question{'s' if len(skipped) != 1 else ''}:")
        # str(skip) reads "question 2 (title), line 7: why"; the title and reason are file text.
        lines += [f"• {escape(_clip(str(skip)))}" for skip in skipped[:MAX_LISTED]]
        lines += _more(len(skipped))
    lines.append(f"\nPlay it with /use {escape(report.slug)}")
    return "\n".join(lines)


def _preview(number: int, question: schema.Question) -> list[str]:
    """Render one generated question with the right option in bold."""
    options = [
        f"<b>{escape(_clip(o, 60))}</b>" if i == question.answer else escape(_clip(o, 60))
        for i, o in enumerate(question.options)
    ]
    return [f"{number}. {escape(question.text)}", "   " + " · ".join(options)]


def generated(result: GeneratedSet, *, caption_ignored: bool = False) -> str:
    """Report a quiz made from an article: slug, counts, and the first questions."""
    report = result.report
    verb = "new set" if report.created else "updated in place"
    lines = [
        f"🧠 <b>{escape(report.title)}</b> (<code>{escape(report.slug)}</code>), {verb}: "
        f"{result.questions} questions.",
        _counts(report),
        "",
        f"<b>First {len(result.preview)}</b> (right answer in bold):",
    ]
    for number, question in enumerate(result.preview, start=1):
        lines += _preview(number, question)
    lines.append(f"\nPlay it with /use {escape(report.slug)}")
    if caption_ignored:
        lines.append("To choose the slug, send the file again with the slug as its caption.")
    return "\n".join(lines)


def not_generated(reason: str | None) -> str:
    """Say why nothing was generated."""
    said = NO_QUESTION_WRITTEN if reason is None else reason
    return f"❌ No quiz was made, nothing was changed.\n{escape(_clip(said, 500))}"


def no_such_set(slug: str, slugs: list[str]) -> str:
    """Say there is no set with that slug, and list the ones there are."""
    known = ", ".join(f"<code>{escape(s)}</code>" for s in slugs) or "none yet"
    return f"There is no set called <code>{escape(_clip(slug, 64))}</code>.\nSets: {known}"


def exported(slug: str) -> str:
    """Caption the exported file."""
    return f"<code>{escape(slug)}</code> as YAML. Edit it and send it back to update the set."


def confirm_delete(plan: DeletePlan) -> str:
    """Ask before deleting a set, saying what happens to its chats, answers and scores."""
    lines = [
        f"Delete <b>{escape(plan.title)}</b> (<code>{escape(plan.slug)}</code>, "
        f"{plan.questions} questions)?",
        "Answers and scores stay; the set is no longer offered.",
    ]
    if plan.chats:
        lines.append(
            f"{plan.chats} chat{'s' if plan.chats != 1 else ''} playing it will switch to the "
            "default set and be told so."
        )
    if plan.last_set:
        lines.append("⚠️ It is the only set: players get no questions until you add one.")
    return "\n".join(lines)


def deleted(result: Deleted) -> str:
    """Confirm a deletion and what the chats that used the set will play now."""
    lines = [f"🗑 Deleted <b>{escape(result.title)}</b> (<code>{escape(result.slug)}</code>)."]
    if result.chats and result.fallback:
        lines.append(
            f"{result.chats} chat{'s' if result.chats != 1 else ''} will switch to "
            f"<b>{escape(result.fallback)}</b> at their next question."
        )
    lines.append(f"To restore it, /export {escape(result.slug)} and send the file back.")
    return "\n".join(lines)


def kept(title: str | None) -> str:
    """Confirm a cancelled deletion."""
    name = f"<b>{escape(title)}</b>" if title else "The set"
    return f"{name} was kept; nothing was deleted."


def stats_message(stats: AdminStats) -> str:
    """Render /stats."""
    lines = [
        "<b>Quiz statistics</b>",
        f"Users: {stats.users}",
        f"Active daily subscriptions: {stats.daily_subscriptions}",
        f"Answers today: {stats.answers_today} · last 7 days: {stats.answers_week}",
        "",
        "<b>Most-missed questions</b>",
    ]
    if not stats.most_missed:
        lines.append("None missed yet.")
    for number, missed in enumerate(stats.most_missed, start=1):
        lines.append(
            f"{number}. <code>{escape(missed.set_slug)}</code> · "
            f"{round(missed.miss_rate * 100)}% missed ({missed.misses} of {missed.answers}) · "
            f"{escape(_clip(missed.text, 120))}"
        )
    lines.append("\nDays are UTC days; the last 7 days include today.")
    return "\n".join(lines)


def broadcast_started(recipients: int) -> str:
    """Say a broadcast is on its way."""
    return f"📣 Sending to {recipients} chat{'s' if recipients != 1 else ''}…"


def broadcast_done(report: BroadcastReport) -> str:
    """Report a finished broadcast."""
    text = (
        f"📣 Broadcast finished: {report.delivered} delivered, {report.blocked} blocked, "
        f"{report.failed} failed (of {report.recipients})."
    )
    if report.blocked:
        text += "\nChats that blocked the bot get no more broadcasts until they write again."
    return text
