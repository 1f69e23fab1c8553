"""The quality report: per question its form, fact type, score and near-misses; a summary."""

from __future__ import annotations

from questions.generate.pipeline import GenerationResult


def quality_report(result: GenerationResult) -> str:
    """Return the report `quizbot generate --report` prints."""
    lines = []
    for number, row in enumerate(result.rows, start=1):
        notes = f"  [{'; '.join(row.notes)}]" if row.notes else ""
        lines.append(f"{number:>3}. {row.form:<5} {row.kind:<12} {row.score:>5.2f}  "
                     f"{row.text}{notes}")  # fmt: skip
    rejected = ", ".join(f"{reason} {count}" for reason, count in result.rejected[:6])
    lines.append(f"Rejected candidates: {rejected or 'none'}")
    if not result.dated:
        lines.append('No dateline: relative dates ("on Sunday", "this year") were left out.')
    lines.append(result.summary())
    return "\n".join(lines)
