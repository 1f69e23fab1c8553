"""Texts of the teacher's view (/report, /export_results, /flags, flag buttons), HTML-escaped."""

from __future__ import annotations

from html import escape

from bot.service.flags import REASONS, FlaggedQuestion, FlagOutcome, FlagStatus
from bot.service.report import ItemStats, SetReport, describe_item, fix_first

MAX_LISTED = 10
CAPTION_TEXT = 70  # characters of a question's text in the photo caption (1024 in all)
DETAIL_TEXT = 160

REPORT_USAGE = "Send /report followed by a set's slug, for example /report my-set."
EXPORT_USAGE = "Send /export_results followed by a set's slug, for example /export_results my-set."
NO_FLAGS = "No open flags: players have not reported any question since you last looked."
NO_ACTIVITY = "No answers in the last 30 days, so there is no activity chart yet."
REPORT_BUTTON = "⚑ Report question"
FLAG_THANKS = "Thanks! An admin will look at this question."
FLAG_NOTICES = {
    FlagStatus.ALREADY: "You have already reported this question.",
    FlagStatus.NOT_SENT: "You can only report a question you were sent.",
    FlagStatus.UNKNOWN: "That button is no longer valid.",
}
REVIEW_UNKNOWN = "That question no longer exists."


def _clip(text: str, limit: int) -> str:
    """Shorten text to `limit` characters (before escaping it)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _why(item: ItemStats) -> str:
    """Return why a question needs a look: its flags and players' flags."""
    reasons = [str(flag) for flag in item.flags]
    if item.player_flags:
        reasons.append(f"{item.player_flags} ⚑")
    return ", ".join(reasons)


def report_caption(report: SetReport) -> str:
    """Return the chart's caption: the set, its players and the three questions to fix first."""
    lines = [f"<b>{escape(_clip(report.title, 100))}</b> · {report.players} players"]
    to_fix = fix_first(report)
    if not to_fix:
        lines.append("No question is too easy, too hard or broken. 👍")
    else:
        lines.append("<b>Fix first:</b>")
        for item in to_fix:
            lines.append(
                f"Q{item.number} ({escape(_why(item))}): {escape(_clip(item.text, CAPTION_TEXT))}"
            )
    return "\n".join(lines)


def report_details(report: SetReport) -> str:
    """Return the figures of the questions that need a look, and how to read them."""
    lines = [f"<b>Questions to look at</b> · <code>{escape(report.slug)}</code>"]
    needing = report.needs_a_look
    if not needing:
        lines.append("None.")
    for item in needing[:MAX_LISTED]:
        lines.append("")
        lines.append(f"<b>{escape(describe_item(item))}</b>")
        lines.append(escape(_clip(item.text, DETAIL_TEXT)))
        unused = [item.options[i] for i in item.unused_distractors]
        if unused:
            lines.append("Never chosen: " + escape(_clip(" | ".join(unused), DETAIL_TEXT)))
        if report.generated:
            lines.append("Made by: " + escape(" ".join(item.generator_rules) or "no rule tag"))
    if len(needing) > MAX_LISTED:
        lines.append(f"\n…and {len(needing) - MAX_LISTED} more.")
    lines.append(
        "\nFacility: share of first answers right (&gt; 0.95 too easy, &lt; 0.2 too hard). "
        "Discrimination: do strong players get it right more (from 10 players; &lt; 0 broken). "
        "* marks the key. Every question: "
        f"/export_results {escape(report.slug)}"
    )
    return "\n".join(lines)


def export_caption(slug: str, players: int) -> str:
    """Caption of the results CSV."""
    return f"Results of <code>{escape(slug)}</code>: {players} players, one row each."


def questions_caption(slug: str) -> str:
    """Caption of the item statistics CSV."""
    return f"Item statistics of <code>{escape(slug)}</code>, one row per question."


def flags_message(flagged: list[FlaggedQuestion]) -> str:
    """Render /flags: questions with open flags, most flagged first."""
    if not flagged:
        return NO_FLAGS
    lines = ["<b>Flagged questions</b> (most flagged first)"]
    for number, question in enumerate(flagged, start=1):
        reasons = ", ".join(
            f"{REASONS.get(reason, reason).lower()} {n}"
            for reason, n in sorted(question.reasons.items(), key=lambda kv: -kv[1])
        )
        facility = (
            f"{question.facility:.0%} right of {question.answered}"
            if question.facility is not None
            else "no answers"
        )
        paused = " · ⏸ <b>paused</b>" if question.paused else ""
        lines.append(
            f"\n{number}. <code>{escape(question.set_slug)}</code> · {question.flags} ⚑ "
            f"({reasons}) · {facility}{paused}\n{escape(_clip(question.text, DETAIL_TEXT))}"
        )
    lines.append(
        "\nResume serves a question again; Retire stops it for good. To fix one, /export the "
        "set, correct it and send the file back: a fixed question is served again."
    )
    return "\n".join(lines)


def paused_notice(outcome: FlagOutcome) -> str:
    """Tell the admins a question was paused by players' flags."""
    facility = f"{outcome.facility:.0%}" if outcome.facility is not None else "?"
    return (
        f"⏸ Paused after {outcome.flags} players reported it ({facility} get it right): "
        f"<code>{escape(outcome.set_slug or '')}</code> · "
        f"{escape(_clip(outcome.text or '', DETAIL_TEXT))}\nIt is not served until you look: /flags"
    )


def reviewed(action: str, text: str) -> str:
    """Confirm an admin's decision on a flagged question."""
    done = "is served again" if action == "resume" else "is retired: it will not be asked again"
    return f"“{escape(_clip(text, DETAIL_TEXT))}” {done}."


def resume_button(number: int) -> str:
    """Label the button that puts flagged question `number` back in play."""
    return f"▶ Resume {number}"


def retire_button(number: int) -> str:
    """Label the button that retires flagged question `number`."""
    return f"🗑 Retire {number}"
