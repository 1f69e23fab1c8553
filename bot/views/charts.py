"""PNG charts for teachers, drawn with matplotlib's headless Agg canvas (no display, no pyplot).

Sized for a phone: 1080 px wide at 100 dpi, so 1 pt of font is about 1.39 px; the smallest
text is 13 pt (18 px), above the 14 px a phone needs at that width.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

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


def _png(figure: Figure) -> bytes:
    """Render a figure to PNG bytes on the Agg canvas."""
    FigureCanvasAgg(figure)
    out = io.BytesIO()
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


def report_chart(report: SetReport) -> bytes:
    """Draw facility per question (coloured by flag) above the distribution of scores."""
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
    figure.suptitle(f"{report.title} — {report.players} players", fontsize=TITLE_PT)

    labels = [f"Q{item.number}" + (" (paused)" if item.paused else "") for item in items]
    values = [(item.facility or 0.0) * 100 for item in items]
    rows = range(len(items))
    top.barh(list(rows), values, color=[_colour(i) for i in items], height=0.75)
    top.set_yticks(list(rows), labels)
    top.set_ylim(len(items) - 0.5, -0.5)  # Q1 at the top, as in the set; no empty margins
    top.set_xlim(0, 109)
    top.set_xlabel("Facility: % of first answers right", fontsize=TEXT_PT)
    for limit in (TOO_HARD_BELOW, TOO_EASY_ABOVE):
        top.axvline(limit * 100, color="#555555", linestyle="--", linewidth=1.2)
    if len(items) <= 30:
        for row, item, value in zip(rows, items, values, strict=True):
            text = "no answers" if item.answered == 0 else f"{value:.0f}%"
            top.text(value + 1, row, text, va="center", fontsize=SMALLEST_PT)
    used = {_colour(i) for i in items}
    legend = [
        Patch(color=colour, label=label)
        for colour, label in [
            (OK_COLOUR, "sound"),
            *((FLAG_COLOURS[f], str(f)) for f in ItemFlag),
            (NOT_ANSWERED_COLOUR, "no answers"),
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
    bottom.set_xlabel("Right first answers per player", fontsize=TEXT_PT)
    bottom.set_ylabel("Players", fontsize=TEXT_PT)
    bottom.xaxis.get_major_locator().set_params(integer=True)
    bottom.yaxis.get_major_locator().set_params(integer=True)
    return _png(figure)


def activity_chart(days: Sequence[ActivityDay]) -> bytes:
    """Draw daily active players and answers over the given days, one panel each."""
    figure = Figure(figsize=(WIDTH_PX / DPI, 9.0), dpi=DPI, layout="constrained")
    top, bottom = figure.subplots(2, 1, sharex=True)
    figure.suptitle(f"Last {len(days)} days (UTC)", fontsize=TITLE_PT)
    x = [d.day for d in days]
    for axes, values, label, colour in (
        (top, [d.players for d in days], "Active players", "#0072B2"),
        (bottom, [d.answers for d in days], "Answers", "#E69F00"),
    ):
        _style(axes)
        axes.bar(x, values, color=colour, width=0.8)
        axes.set_ylabel(label, fontsize=TEXT_PT)
        axes.yaxis.get_major_locator().set_params(integer=True)
    # One label a week: daily labels collide on a phone.
    bottom.set_xticks(x[::7])
    bottom.xaxis.set_major_formatter(DateFormatter("%-d %b"))  # type: ignore[no-untyped-call]
    return _png(figure)
