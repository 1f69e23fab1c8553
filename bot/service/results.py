"""Results export as CSV: one row per player, one row per question, safe to open in a sheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from bot.service.report import ItemStats, SetReport
from db.report import PlayerResult

# A cell starting with one of these is run as a formula by spreadsheets (CSV injection, OWASP);
# tab and carriage return are on OWASP's list too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# UTF-8 with a byte-order mark, so spreadsheets open names in any script correctly.
CSV_ENCODING = "utf-8-sig"

PLAYER_COLUMNS = (
    "telegram_id",
    "name",
    "username",
    "answered",
    "correct",
    "points",
    "last_answer_utc",
)
QUESTION_COLUMNS = (
    "number",
    "question",
    "answered",
    "facility",
    "discrimination",
    "median_seconds",
    "key",
    "option_shares",
    "unused_distractors",
    "flags",
    "generator_rules",
    "paused",
)


def safe_cell(text: str) -> str:
    """Return people's text as a CSV cell a spreadsheet shows as text, never runs."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Write a header and rows as CSV text (RFC 4180 quoting, \\r\\n line ends)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _number(value: float | None, digits: int = 3) -> str:
    """Format a figure for a sheet, or leave the cell empty when there is none."""
    return "" if value is None else f"{value:.{digits}f}"


def players_csv(results: Iterable[PlayerResult]) -> str:
    """Return the per-player results as CSV; names exactly as the players typed them."""
    return _csv(
        PLAYER_COLUMNS,
        (
            (
                r.user_id,
                safe_cell(r.first_name),
                safe_cell(r.username or ""),
                r.answered,
                r.correct,
                r.points,
                r.last_answer_at.isoformat(timespec="seconds"),
            )
            for r in results
        ),
    )


def _question_row(item: ItemStats) -> tuple[object, ...]:
    """Return one question's cells."""
    return (
        item.number,
        safe_cell(item.text),
        item.answered,
        _number(item.facility),
        _number(item.discrimination),
        _number(item.median_seconds, 1),
        safe_cell(item.options[item.correct_index]),
        safe_cell(
            " | ".join(
                f"{option} {share:.0%}"
                for option, share in zip(item.options, item.option_shares, strict=True)
            )
        ),
        safe_cell(" | ".join(item.options[i] for i in item.unused_distractors)),
        "; ".join(item.flags),
        safe_cell(" ".join(item.generator_rules)),
        "yes" if item.paused else "",
    )


def questions_csv(report: SetReport) -> str:
    """Return the item statistics of a set as CSV, one row per live question."""
    return _csv(QUESTION_COLUMNS, (_question_row(item) for item in report.items))
