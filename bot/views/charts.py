"""PNG charts for teachers, drawn with matplotlib's headless Agg canvas (no display, no pyplot).

Sized for a phone: 1080 px wide at 100 dpi, so 1 pt of font is about 1.39 px; the smallest
text is 13 pt (18 px), above the 14 px a phone needs at that width. Labels are in the reader's
language; Chinese needs a CJK font (the Docker image installs WenQuanYi Micro Hei), which
matplotlib falls back to for the glyphs DejaVu Sans lacks.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import DateFormatter
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from bot.service.report import (
    TOO_EASY_ABOVE,
    TOO_HARD_BELOW,
    ActivityDay,
    ItemFlag,
    ItemStats,
    SetReport,
)
from bot.views.i18n import Translator
from bot.views.texts.teacher import NO_ANSWERS, flag_name

WIDTH_PX = 1080
DPI = 100
SMALLEST_PT = 13
TEXT_PT = 15
TITLE_PT = 18
# Colour-blind-safe (Okabe-Ito) colours, one per worst flag; green-blue for a sound question.
FLAG_COLOURS = {
    ItemFlag.BROKEN: "#D55E00",
    ItemFlag.DISTRACTOR_OVER_KEY: "#E69F00",
    ItemFlag.TOO_HARD: "#CC79A7",
    ItemFlag.TOO_EASY: "#56B4E9",
}
OK_COLOUR = "#009E73"
NOT_ANSWERED_COLOUR = "#BBBBBB"
BAR_PX = 34  # height of one question's row
# DejaVu Sans (matplotlib's own) first; CJK fonts for Chinese, where one is installed.
FONTS = ["DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Droid Sans Fallback"]


def _png(figure: Figure) -> bytes:
    """Render a figure to PNG bytes on the Agg canvas."""
    FigureCanvasAgg(figure)
    out = io.BytesIO()
    with rc_context({"font.family": FONTS}):
        figure.savefig(out, format="png", dpi=DPI)
    return out.getvalue()


def _colour(item: ItemStats) -> str:
    """Return the bar colour of a question: its worst flag, or sound, or not answered."""
    if item.answered == 0:
        return NOT_ANSWERED_COLOUR
    for flag in ItemFlag:
        if flag in item.flags:
            return FLAG_COLOURS[flag]
    return OK_COLOUR


def _style(axes: Axes) -> None:
    """Apply the phone-sized tick labels and drop the top and right frame lines."""
    axes.tick_params(labelsize=TEXT_PT)
    axes.spines[["top", "right"]].set_visible(False)


def report_chart(report: SetReport, t: Translator) -> bytes:
    """Draw facility per question (coloured by flag) above the distribution of scores."""
    with rc_context({"font.family": FONTS}):
        return _report_chart(report, t)


def _report_chart(report: SetReport, t: Translator) -> bytes:
    """Draw the report chart (inside the font settings)."""
    items = report.items
    facility_px = max(360, BAR_PX * len(items) + 170)
    scores_px = 420
    height_px = facility_px + scores_px + 40
    figure = Figure(figsize=(WIDTH_PX / DPI, height_px / DPI), dpi=DPI, layout="constrained")
    top, bottom = figure.subplots(
        2, 1, height_ratios=[facility_px, scores_px], gridspec_kw={"hspace": 0.08}
    )
    _style(top)
    _style(bottom)
    players = t.ngettext("{title} — {n} player", "{title} — {n} players", report.players)
    figure.suptitle(players.format(title=report.title, n=report.players), fontsize=TITLE_PT)

    labels = [
        (t.gettext("Q{n} (paused)") if item.paused else t.gettext("Q{n}")).format(n=item.number)
        for item in items
    ]
    values = [(item.facility or 0.0) * 100 for item in items]
    rows = range(len(items))
    top.barh(list(rows), values, color=[_colour(i) for i in items], height=0.75)
    top.set_yticks(list(rows), labels)
    top.set_ylim(len(items) - 0.5, -0.5)  # Q1 at the top, as in the set; no empty margins
    top.set_xlim(0, 109)
    top.set_xlabel(t.gettext("Facility: first answers right, %"), fontsize=TEXT_PT)
    for limit in (TOO_HARD_BELOW, TOO_EASY_ABOVE):
        top.axvline(limit * 100, color="#555555", linestyle="--", linewidth=1.2)
    if len(items) <= 30:
        for row, item, value in zip(rows, items, values, strict=True):
            text = t.gettext(NO_ANSWERS) if item.answered == 0 else f"{value:.0f}%"
            top.text(value + 1, row, text, va="center", fontsize=SMALLEST_PT)
    used = {_colour(i) for i in items}
    legend = [
        Patch(color=colour, label=label)
        for colour, label in [
            (OK_COLOUR, t.gettext("sound")),
            *((FLAG_COLOURS[f], flag_name(t, f)) for f in ItemFlag),
            (NOT_ANSWERED_COLOUR, t.gettext(NO_ANSWERS)),
        ]
        if colour in used
    ]
    top.legend(
        handles=legend,
        fontsize=SMALLEST_PT,
        loc="lower center",
        bbox_to_anchor=(0.5, 1.0),
        ncols=min(3, len(legend)),
        frameon=False,
    )

    scores = sorted(report.distribution)
    bottom.bar(scores, [report.distribution[s] for s in scores], color="#0072B2", width=0.8)
    bottom.set_xlabel(t.gettext("Right first answers per player"), fontsize=TEXT_PT)
    bottom.set_ylabel(t.gettext("Players"), fontsize=TEXT_PT)
    bottom.xaxis.get_major_locator().set_params(integer=True)
    bottom.yaxis.get_major_locator().set_params(integer=True)
    return _png(figure)


def activity_chart(days: Sequence[ActivityDay], t: Translator) -> bytes:
    """Draw daily active players and answers over the given days, one panel each."""
    with rc_context({"font.family": FONTS}):
        return _activity_chart(days, t)


def _activity_chart(days: Sequence[ActivityDay], t: Translator) -> bytes:
    """Draw the activity chart (inside the font settings)."""
    figure = Figure(figsize=(WIDTH_PX / DPI, 9.0), dpi=DPI, layout="constrained")
    top, bottom = figure.subplots(2, 1, sharex=True)
    last = t.ngettext("Last {n} day (UTC)", "Last {n} days (UTC)", len(days))
    figure.suptitle(last.format(n=len(days)), fontsize=TITLE_PT)
    x = [d.day for d in days]
    for axes, values, label, colour in (
        (top, [d.players for d in days], t.gettext("Active players"), "#0072B2"),
        (bottom, [d.answers for d in days], t.gettext("Answers"), "#E69F00"),
    ):
        _style(axes)
        axes.bar(x, values, color=colour, width=0.8)
        axes.set_ylabel(label, fontsize=TEXT_PT)
        axes.yaxis.get_major_locator().set_params(integer=True)
    # One label a week: daily labels collide on a phone.
    bottom.set_xticks(x[::7])
    # TRANSLATORS: a day on the chart's axis, as strftime writes it ("3 Dec"; %-d: no zero).
    day = DateFormatter(t.gettext("%-d %b"))  # type: ignore[no-untyped-call]
    bottom.xaxis.set_major_formatter(day)
    return _png(figure)
