"""A row of the benchmark table and how its cells are written: numbers, ratios, missing figures."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

NOT_AVAILABLE = "not available"


@dataclass(frozen=True)
class Row:
    """One figure of the table; `met` is None when there is no goal or no figure."""

    figure: str
    value: str
    baseline: str = "—"
    ratio: str = "—"
    goal: str = "—"
    met: bool | None = None

    def as_dict(self) -> dict[str, Any]:
        """Return the row as a JSON-ready dict."""
        return asdict(self)


def number(value: float | None, digits: int = 1) -> str:
    """Format a number with a fixed number of decimals, or 'not available'."""
    return NOT_AVAILABLE if value is None else f"{value:,.{digits}f}"


def ratio_of(value: float | None, baseline: float | None) -> float | None:
    """Return value / baseline, or None."""
    if value is None or not baseline:
        return None
    return value / baseline


def ratio_text(ratio: float | None) -> str:
    """Format a ratio as '0.83×'."""
    return "—" if ratio is None else f"{ratio:.2f}×"


def players_text(count: int | None) -> str:
    """Say '1M' / '100k' / '10k' for a number of players."""
    if not count:
        return "?"
    if count >= 1_000_000 and count % 1_000_000 == 0:
        return f"{count // 1_000_000}M"
    if count >= 1_000 and count % 1_000 == 0:
        return f"{count // 1_000}k"
    return f"{count:,}"


def unavailable(figure: str, goal: str, reason: str | None) -> Row:
    """Return a row for a figure that could not be measured."""
    value = NOT_AVAILABLE if not reason else f"{NOT_AVAILABLE} ({reason[:60]})"
    return Row(figure, value, goal=goal)
