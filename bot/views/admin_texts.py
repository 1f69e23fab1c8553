"""Every text the admin tools send, as HTML with file contents and admin input escaped."""

from __future__ import annotations

from html import escape

from bot.service.admin import (
    AdminStats,
    BroadcastReport,
    Deleted,
    DeletePlan,
    GeneratedSet,
    SameArticle,
)
from bot.service.sets import ImportOutcome
from bot.views.i18n import N_, Translator
from bot.views.paging import listed
from db.sets import ImportReport
from questions import schema
from questions.formats import MAX_FILE_BYTES, SUPPORTED

# Enough to act on without flooding the chat (and far below Telegram's 4096 characters).
MAX_LISTED = 10
LINE_MAX = 300

ADMIN_COMMANDS: tuple[tuple[str, str], ...] = (
    ("export", N_("Send a set back as a YAML file: /export SLUG")),
    ("delete", N_("Delete a set (asks first): /delete SLUG")),
    ("generate", N_("Make a quiz from an article pasted after it")),
    ("stats", N_("Users, daily subscribers, answers, most-missed questions")),
    ("broadcast", N_("Message every player privately: /broadcast TEXT")),
    ("report", N_("Item analysis and chart of a set: /report SLUG")),
    ("export_results", N_("Results as CSV files: /export_results SLUG")),
    ("flags", N_("Questions players reported, to resume or retire")),
)

# Fixed texts: English message ids, shown as t.gettext(admin_texts.NAME).
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
EXPORT_USAGE = N_("Send /export followed by a set's slug, for example /export my-set.")
DELETE_USAGE = N_("Send /delete followed by a set's slug, for example /delete my-set.")
BROADCAST_USAGE = N_(
    "Send /broadcast followed by the message, for example /broadcast New questions are up!\n"
    "It goes to every player's private chat as plain text."
)
ALREADY_DELETED = N_("That set is already deleted or no longer exists.")
NO_QUESTION_WRITTEN = N_("No question could be written from this text.")
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


def _clip(text: str, limit: int = LINE_MAX) -> str:
    """Shorten text that would make a message too long (before escaping it)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _counts(t: Translator, report: ImportReport) -> str:
    """Return 'N added · N updated · N retired · N unchanged'."""
    return t.gettext(
        "{added} added · {updated} updated · {retired} retired · {unchanged} unchanged"
    ).format(
        added=report.added,
        updated=report.updated,
        retired=report.retired,
        unchanged=report.unchanged,
    )


def _where(t: Translator, line: int | None, question: int | None) -> str:
    """Return 'line 4, question 2: ' (or as much of it as is known)."""
    parts = []
    if line is not None:
        parts.append(t.gettext("line {n}").format(n=line))
    if question is not None:
        parts.append(t.gettext("question {n}").format(n=question))
    return ", ".join(parts) + ": " if parts else ""


def _skip(t: Translator, skip: schema.Skipped) -> str:
    """Return 'question 2 (title), line 7: why' for a question the importer left out."""
    name = f" ({skip.title})" if skip.title else ""
    where = t.gettext("question {n}").format(n=skip.question) + name
    if skip.line is not None:
        where += ", " + t.gettext("line {n}").format(n=skip.line)
    return f"{where}: {t.text(skip.reason)}"


def _more(t: Translator, total: int) -> list[str]:
    """Return the '…and N more' line when a list was cut."""
    if total <= MAX_LISTED:
        return []
    rest = total - MAX_LISTED
    return [t.ngettext("…and {n} more.", "…and {n} more.", rest).format(n=rest)]


def too_big(t: Translator, size: int | None, limit: int = MAX_FILE_BYTES) -> str:
    """Refuse a file over the size limit (its size, when Telegram told it truthfully)."""
    if size is None:
        return t.gettext(
            "That file is too big; the limit is {limit:,} bytes. "
            "Split it into several files and send them one by one."
        ).format(limit=limit)
    return t.gettext(
        "That file is {size:,} bytes; the limit is {limit:,} bytes. "
        "Split it into several files and send them one by one."
    ).format(size=size, limit=limit)


def _verb(t: Translator, created: bool, nothing_changed: bool = False) -> str:
    """Say whether an import made a new set, changed one in place, or changed nothing."""
    if nothing_changed:
        return t.gettext("unchanged (the same file as before)")
    return t.gettext("new set") if created else t.gettext("updated in place")


def import_result(t: Translator, outcome: ImportOutcome, filename: str) -> str:
    """Report an import: the set and its counts with skips, or the problems and no changes."""
    name = escape(_clip(filename, 100))
    if outcome.report is None:
        problems = outcome.problems
        lines = [
            t.gettext("❌ <b>{name}</b> was not imported; nothing was changed.").format(name=name)
        ]
        if len(problems) > MAX_LISTED:
            lines.append(
                t.gettext("Problems (first {shown} of {total}):").format(
                    shown=MAX_LISTED, total=len(problems)
                )
            )
        else:
            lines.append(t.gettext("Problems:"))
        lines += [
            f"• {escape(_where(t, p.line, p.question))}{escape(_clip(t.text(p.message)))}"
            for p in problems[:MAX_LISTED]
        ]
        lines.append(t.gettext("Fix the file and send it again."))
        return "\n".join(lines)
    report = outcome.report
    lines = [
        f"✅ <b>{escape(report.title)}</b> (<code>{escape(report.slug)}</code>), "
        f"{_verb(t, report.created, report.nothing_changed)}:",
        _counts(t, report),
    ]
    skipped = outcome.skipped
    if skipped:
        lines.append(
            "\n"
            + t.ngettext("Skipped {n} question:", "Skipped {n} questions:", len(skipped)).format(
                n=len(skipped)
            )
        )
        lines += [f"• {escape(_clip(_skip(t, skip)))}" for skip in skipped[:MAX_LISTED]]
        lines += _more(t, len(skipped))
    lines.append("\n" + t.gettext("Play it with /use {slug}").format(slug=escape(report.slug)))
    return "\n".join(lines)


def _preview(number: int, question: schema.Question) -> list[str]:
    """Render one generated question with the right option in bold."""
    options = [
        f"<b>{escape(_clip(o, 60))}</b>" if i == question.answer else escape(_clip(o, 60))
        for i, o in enumerate(question.options)
    ]
    return [f"{number}. {escape(question.text)}", "   " + " · ".join(options)]


def generated(t: Translator, result: GeneratedSet, *, caption_ignored: bool = False) -> str:
    """Report a quiz made from an article: slug, counts, and the first questions."""
    report = result.report
    made = t.ngettext("{n} question", "{n} questions", result.questions).format(n=result.questions)
    lines = [
        f"🧠 <b>{escape(report.title)}</b> (<code>{escape(report.slug)}</code>), "
        f"{_verb(t, report.created)}: {made}.",
        _counts(t, report),
        *([f"📊 {escape(t.text(result.summary))}."] if result.summary else []),
        "",
        t.gettext("<b>First {n}</b> (right answer in bold):").format(n=len(result.preview)),
    ]
    for number, question in enumerate(result.preview, start=1):
        lines += _preview(number, question)
    lines.append("\n" + t.gettext("Play it with /use {slug}").format(slug=escape(report.slug)))
    if caption_ignored:
        lines.append(
            t.gettext("To choose the slug, send the file again with the slug as its caption.")
        )
    return "\n".join(lines)


def not_generated(t: Translator, reason: str | None) -> str:
    """Say why nothing was generated, in the reader's language."""
    said = t.gettext(NO_QUESTION_WRITTEN) if reason is None else t.text(reason)
    return t.gettext("❌ No quiz was made, nothing was changed.") + "\n" + escape(_clip(said, 500))


def no_such_set(t: Translator, slug: str, slugs: list[str]) -> str:
    """Say there is no set with that slug, and list the ones there are."""
    codes = [f"<code>{escape(s)}</code>" for s in slugs]
    known = listed(codes, more=t.gettext(" … and {n} more (see /sets)")) or t.gettext("none yet")
    return (
        t.gettext("There is no set called <code>{slug}</code>.").format(
            slug=escape(_clip(slug, 64))
        )
        + "\n"
        + t.gettext("Sets: {slugs}").format(slugs=known)
    )


def exported(t: Translator, slug: str) -> str:
    """Caption the exported file."""
    return t.gettext(
        "<code>{slug}</code> as YAML. Edit it and send it back to update the set."
    ).format(slug=escape(slug))


def confirm_delete(t: Translator, plan: DeletePlan) -> str:
    """Ask before deleting a set, saying what happens to its chats, answers and scores."""
    lines = [
        t.ngettext(
            "Delete <b>{title}</b> (<code>{slug}</code>, {n} question)?",
            "Delete <b>{title}</b> (<code>{slug}</code>, {n} questions)?",
            plan.questions,
        ).format(title=escape(plan.title), slug=escape(plan.slug), n=plan.questions),
        t.gettext("Answers and scores stay; the set is no longer offered."),
    ]
    if plan.chats:
        lines.append(
            t.ngettext(
                "{n} chat playing it will switch to the default set and be told so.",
                "{n} chats playing it will switch to the default set and be told so.",
                plan.chats,
            ).format(n=plan.chats)
        )
    if plan.last_set:
        lines.append(t.gettext("⚠️ It is the only set: players get no questions until you add one."))
    return "\n".join(lines)


def deleted(t: Translator, result: Deleted) -> str:
    """Confirm a deletion and what the chats that used the set will play now."""
    lines = [
        t.gettext("🗑 Deleted <b>{title}</b> (<code>{slug}</code>).").format(
            title=escape(result.title), slug=escape(result.slug)
        )
    ]
    if result.chats and result.fallback:
        lines.append(
            t.ngettext(
                "{n} chat will switch to <b>{fallback}</b> at their next question.",
                "{n} chats will switch to <b>{fallback}</b> at their next question.",
                result.chats,
            ).format(n=result.chats, fallback=escape(result.fallback))
        )
    lines.append(
        t.gettext("To restore it, /export {slug} and send the file back.").format(
            slug=escape(result.slug)
        )
    )
    return "\n".join(lines)


def kept(t: Translator, title: str | None) -> str:
    """Confirm a cancelled deletion."""
    if title:
        return t.gettext("<b>{title}</b> was kept; nothing was deleted.").format(
            title=escape(title)
        )
    return t.gettext("The set was kept; nothing was deleted.")


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
            f"{escape(_clip(missed.text, 120))}"
        )
    lines.append("\n" + t.gettext("Days are UTC days; the last 7 days include today."))
    return "\n".join(lines)


def same_article(t: Translator, found: SameArticle) -> str:
    """Say the article already made a set, and offer to update it instead of a second one."""
    return t.gettext(
        "🔁 This article already made the set <b>{title}</b> (<code>{slug}</code>).\n"
        "Update that set with new questions, or make a separate set <code>{new_slug}</code>?"
    ).format(title=escape(found.title), slug=escape(found.slug), new_slug=escape(found.new_slug))


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


def import_resumed(t: Translator, filename: str) -> str:
    """Introduce the result of an upload a restart interrupted and the bot then finished."""
    return t.gettext(
        "Your upload of <b>{name}</b> was interrupted by a restart; here it is now:"
    ).format(name=escape(_clip(filename, 100)))


def import_interrupted(t: Translator, filename: str) -> str:
    """Tell the admin an interrupted upload cannot be fetched again."""
    return t.gettext(
        "Your import of <b>{name}</b> was interrupted by a restart, and the file can no longer "
        "be fetched. Please send the file again."
    ).format(name=escape(_clip(filename, 100)))


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
