"""Texts of the teacher's view (/report, /export_results, /flags, flag buttons), HTML-escaped."""

from __future__ import annotations

from html import escape

from bot.service.flags import REASONS, FlaggedQuestion, FlagOutcome, FlagStatus
from bot.service.report import ItemFlag, ItemStats, SetReport, fix_first
from bot.views.i18n import N_, Translator
from bot.views.paging import MAX_LISTED
from bot.views.paging import clip as _clip

CAPTION_TEXT = 70  # characters of a question's text in the photo caption (1024 in all)
DETAIL_TEXT = 160

# Fixed texts: English message ids, shown as t.gettext(texts.NAME).
REPORT_USAGE = N_("Send /report followed by a set's slug, for example /report my-set.")
RESULTS_EXPORT_USAGE = N_(
    "Send /export_results followed by a set's slug, for example /export_results my-set."
)
NO_FLAGS = N_("No open flags: players have not reported any question since you last looked.")
NO_ACTIVITY = N_("No answers in the last 30 days, so there is no activity chart yet.")
REPORT_BUTTON = N_("⚑ Report question")
FLAG_THANKS = N_("Thanks! An admin will look at this question.")
FLAG_NOTICES = {
    FlagStatus.ALREADY: N_("You have already reported this question."),
    FlagStatus.NOT_SENT: N_("You can only report a question you were sent."),
    FlagStatus.UNKNOWN: N_("That button is no longer valid."),
}
REVIEW_UNKNOWN = N_("That question no longer exists.")
NO_ANSWERS = N_("no answers")
# Why a question needs a look (bot/service/report.py keeps the codes, worst first).
FLAG_NAMES = {
    ItemFlag.BROKEN: N_("broken"),
    ItemFlag.DISTRACTOR_OVER_KEY: N_("distractor over key"),
    ItemFlag.TOO_HARD: N_("too hard"),
    ItemFlag.TOO_EASY: N_("too easy"),
}


def flag_name(t: Translator, flag: ItemFlag) -> str:
    """Name a question's statistical flag in the reader's language."""
    return t.gettext(FLAG_NAMES[flag])


def describe_item(t: Translator, item: ItemStats) -> str:
    """Return one question's figures on one plain-text line."""
    if item.answered == 0:
        return t.gettext("Q{n}: no answers yet").format(n=item.number)
    parts = [
        t.gettext("Q{n}: {answered} answered").format(n=item.number, answered=item.answered),
        t.gettext("facility {value}").format(value=f"{item.facility:.2f}"),
    ]
    if item.discrimination is not None:
        parts.append(
            t.gettext("discrimination {value}").format(value=f"{item.discrimination:+.2f}")
        )
    if item.median_seconds is not None:
        parts.append(t.gettext("median {n} s").format(n=f"{item.median_seconds:.0f}"))
    shares = " ".join(
        ("*" if i == item.correct_index else "") + f"{share:.0%}"
        for i, share in enumerate(item.option_shares)
    )
    parts.append(t.gettext("options {shares}").format(shares=shares))
    if item.paused:
        parts.append(t.gettext("PAUSED"))
    if item.player_flags:
        flagged = t.ngettext("⚑ {n} player flag", "⚑ {n} player flags", item.player_flags)
        parts.append(flagged.format(n=item.player_flags))
    if item.flags:
        parts.append("⚠ " + ", ".join(flag_name(t, flag) for flag in item.flags))
    return " · ".join(parts)


def reason_label(t: Translator, reason: str) -> str:
    """Label a flag reason's button (bot/service/flags.py keeps the codes, in button order)."""
    labels = {
        "wrong": t.pgettext("flag reason", "Wrong answer"),
        "unclear": t.pgettext("flag reason", "Unclear"),
        "typo": t.pgettext("flag reason", "Typo"),
        "other": t.pgettext("flag reason", "Other"),
    }
    return labels.get(reason, REASONS.get(reason, reason))


def _why(t: Translator, item: ItemStats) -> str:
    """Return why a question needs a look: its flags and players' flags."""
    reasons = [flag_name(t, flag) for flag in item.flags]
    if item.player_flags:
        reasons.append(f"{item.player_flags} ⚑")
    return ", ".join(reasons)


def _players(t: Translator, count: int) -> str:
    """Return '12 players' in the reader's language."""
    return t.ngettext("{n} player", "{n} players", count).format(n=count)


def report_caption(t: Translator, report: SetReport) -> str:
    """Return the chart's caption: the set, its players and the three questions to fix first."""
    lines = [f"<b>{escape(_clip(report.title, 100))}</b> · {_players(t, report.players)}"]
    to_fix = fix_first(report)
    if not to_fix:
        lines.append(t.gettext("No question is too easy, too hard or broken. 👍"))
    else:
        lines.append(t.gettext("<b>Fix first:</b>"))
        for item in to_fix:
            lines.append(
                t.gettext("Q{n}").format(n=item.number)
                + f" ({escape(_why(t, item))}): "
                + escape(_clip(item.text, CAPTION_TEXT))
            )
    return "\n".join(lines)


def report_details(t: Translator, report: SetReport) -> str:
    """Return the figures of the questions that need a look, and how to read them."""
    lines = [
        t.gettext("<b>Questions to look at</b> · <code>{slug}</code>").format(
            slug=escape(report.slug)
        )
    ]
    needing = report.needs_a_look
    if not needing:
        lines.append(t.gettext("None."))
    for item in needing[:MAX_LISTED]:
        lines.append("")
        lines.append(f"<b>{escape(describe_item(t, item))}</b>")
        lines.append(escape(_clip(item.text, DETAIL_TEXT)))
        unused = [item.options[i] for i in item.unused_distractors]
        if unused:
            lines.append(
                t.gettext("Never chosen: {options}").format(
                    options=escape(_clip(" | ".join(unused), DETAIL_TEXT))
                )
            )
        if report.generated:
            rules = " ".join(item.generator_rules) or t.gettext("no rule tag")
            lines.append(t.gettext("Made by: {rules}").format(rules=escape(rules)))
    if len(needing) > MAX_LISTED:
        rest = len(needing) - MAX_LISTED
        lines.append("\n" + t.ngettext("…and {n} more.", "…and {n} more.", rest).format(n=rest))
    lines.append(
        "\n"
        + t.gettext(
            "Facility: share of first answers right (&gt; 0.95 too easy, &lt; 0.2 too hard). "
            "Discrimination: do strong players get it right more (from 10 players; &lt; 0 "
            "broken). * marks the key. Every question: /export_results {slug}"
        ).format(slug=escape(report.slug))
    )
    return "\n".join(lines)


def export_caption(t: Translator, slug: str, players: int) -> str:
    """Caption of the results CSV."""
    return t.ngettext(
        "Results of <code>{slug}</code>: {n} player, one row each.",
        "Results of <code>{slug}</code>: {n} players, one row each.",
        players,
    ).format(slug=escape(slug), n=players)


def questions_caption(t: Translator, slug: str) -> str:
    """Caption of the item statistics CSV."""
    return t.gettext("Item statistics of <code>{slug}</code>, one row per question.").format(
        slug=escape(slug)
    )


def flags_message(t: Translator, flagged: list[FlaggedQuestion]) -> str:
    """Render /flags: questions with open flags, most flagged first."""
    if not flagged:
        return t.gettext(NO_FLAGS)
    lines = [t.gettext("<b>Flagged questions</b> (most flagged first)")]
    for number, question in enumerate(flagged, start=1):
        reasons = ", ".join(
            f"{reason_label(t, reason).lower()} {n}"
            for reason, n in sorted(question.reasons.items(), key=lambda kv: -kv[1])
        )
        facility = (
            t.gettext("{rate} right of {answered}").format(
                rate=f"{question.facility:.0%}", answered=question.answered
            )
            if question.facility is not None
            else t.gettext("no answers")
        )
        paused = " · " + t.gettext("⏸ <b>paused</b>") if question.paused else ""
        lines.append(
            f"\n{number}. <code>{escape(question.set_slug)}</code> · {question.flags} ⚑ "
            f"({reasons}) · {facility}{paused}\n{escape(_clip(question.text, DETAIL_TEXT))}"
        )
    lines.append(
        "\n"
        + t.gettext(
            "Resume serves a question again; Retire stops it for good. To fix one, /export the "
            "set, correct it and send the file back: a fixed question is served again."
        )
    )
    return "\n".join(lines)


def paused_notice(t: Translator, outcome: FlagOutcome) -> str:
    """Tell the admins a question was paused by players' flags."""
    facility = f"{outcome.facility:.0%}" if outcome.facility is not None else "?"
    return t.gettext(
        "⏸ Paused after {flags} players reported it ({facility} get it right): "
        "<code>{slug}</code> · {text}\nIt is not served until you look: /flags"
    ).format(
        flags=outcome.flags,
        facility=facility,
        slug=escape(outcome.set_slug or ""),
        text=escape(_clip(outcome.text or "", DETAIL_TEXT)),
    )


def reviewed(t: Translator, action: str, text: str) -> str:
    """Confirm an admin's decision on a flagged question."""
    shown = escape(_clip(text, DETAIL_TEXT))
    if action == "resume":
        return t.gettext("“{text}” is served again.").format(text=shown)
    return t.gettext("“{text}” is retired: it will not be asked again.").format(text=shown)


def resume_button(t: Translator, number: int) -> str:
    """Label the button that puts flagged question `number` back in play."""
    return t.gettext("▶ Resume {n}").format(n=number)


def retire_button(t: Translator, number: int) -> str:
    """Label the button that retires flagged question `number`."""
    return t.gettext("🗑 Retire {n}").format(n=number)
