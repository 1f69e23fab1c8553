"""Texts of the admin's set tools (imports, article quizzes, /export, /delete), HTML-escaped."""

from __future__ import annotations

from html import escape

from bot.service.admin import (
    Deleted,
    DeletePlan,
    GeneratedSet,
    SameArticle,
)
from bot.service.sets import ImportOutcome
from bot.views.i18n import N_, Translator
from bot.views.paging import MAX_LISTED, clip, listed
from db.set_store import ImportReport
from questions import schema
from questions.drafts import Skipped
from questions.formats import MAX_FILE_BYTES

LINE_MAX = 300
NO_QUESTION_WRITTEN = N_("No question could be written from this text.")


def _clip(text: str, limit: int = LINE_MAX) -> str:
    """Shorten text that would make a message too long (before escaping it)."""
    return clip(text, limit)


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


def _skip(t: Translator, skip: Skipped) -> str:
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


def unknown_set(t: Translator, slug: str, slugs: list[str]) -> str:
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


def same_article(t: Translator, found: SameArticle) -> str:
    """Say the article already made a set, and offer to update it instead of a second one."""
    return t.gettext(
        "🔁 This article already made the set <b>{title}</b> (<code>{slug}</code>).\n"
        "Update that set with new questions, or make a separate set <code>{new_slug}</code>?"
    ).format(title=escape(found.title), slug=escape(found.slug), new_slug=escape(found.new_slug))


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
