"""Importing, exporting and listing question sets, shared by the CLI and the admin commands."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine

from db.engine import session_scope
from db.sets import ImportReport, export_set, store_set
from questions.formats import ReadResult, dump_yaml, read_bytes, read_file
from questions.schema import Problem, QuestionSet, SetFileInvalid, Skipped


class _DryRun(Exception):
    """Raised inside a transaction to roll a dry run back."""


@dataclass(frozen=True)
class ImportOutcome:
    """The result of importing one file: a report, or the problems that stopped it."""

    filename: str
    report: ImportReport | None = None
    problems: tuple[Problem, ...] = ()
    skipped: tuple[Skipped, ...] = ()

    @property
    def ok(self) -> bool:
        """Return True when the file was (or, in a dry run, would be) imported."""
        return self.report is not None


def store_read_set(engine: Engine, qset: QuestionSet, *, dry_run: bool = False) -> ImportReport:
    """Store a validated set in one transaction; a dry run reports and rolls back."""
    report: ImportReport | None = None
    try:
        with session_scope(engine) as session:
            report = store_set(session, qset)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    assert report is not None
    return report


def _import(engine: Engine, read: ReadResult, filename: str, dry_run: bool) -> ImportOutcome:
    """Store what was read and wrap it into an outcome."""
    report = store_read_set(engine, read.qset, dry_run=dry_run)
    return ImportOutcome(filename=filename, report=report, skipped=read.skipped)


def import_bytes(
    engine: Engine, data: bytes, filename: str, *, dry_run: bool = False
) -> ImportOutcome:
    """Validate and import a file's bytes atomically: all its questions or none."""
    try:
        read = read_bytes(data, filename)
    except SetFileInvalid as exc:
        return ImportOutcome(filename=filename, problems=tuple(exc.problems))
    return _import(engine, read, filename, dry_run)


def import_path(engine: Engine, path: Path, *, dry_run: bool = False) -> ImportOutcome:
    """Validate and import a file from disk atomically."""
    try:
        read = read_file(path)
    except SetFileInvalid as exc:
        return ImportOutcome(filename=str(path), problems=tuple(exc.problems))
    return _import(engine, read, str(path), dry_run)


def export_yaml(engine: Engine, slug: str) -> str | None:
    """Return a stored set as canonical YAML, or None if there is no such set."""
    with session_scope(engine) as session:
        qset = export_set(session, slug)
    return dump_yaml(qset) if qset is not None else None


def describe_report(report: ImportReport) -> str:
    """Summarise an import in one line."""
    if report.nothing_changed:
        return f"{report.slug}: unchanged ({report.unchanged} questions)"
    verb = "created" if report.created else "updated"
    return (
        f"{report.slug} ({verb}): {report.added} added, {report.updated} updated, "
        f"{report.retired} retired, {report.unchanged} unchanged"
    )
