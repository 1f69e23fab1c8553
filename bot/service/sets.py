"""Importing, exporting and listing question sets, shared by the CLI and the admin commands."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sqlalchemy.engine import Engine

from db.engine import checkpoint, read_scope, session_scope
from db.locks import BUNDLED_SETS_KEY, startup_lock
from db.models import utcnow
from db.set_import import create_hidden_set, plan_import, publish_import, stage_questions
from db.set_store import ImportReport, store_set
from db.sets import get_set, iter_live_questions, list_sets
from questions.drafts import Problem, SetFileInvalid, Skipped
from questions.formats import ReadResult, read_bytes, read_file
from questions.formats.native_write import iter_yaml
from questions.schema import QuestionSet


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


# Past this many questions a set is stored in short transactions (db/set_import.py), so the
# players' answers never wait long behind the import; each transaction stages this many
# (about 10 ms of SQLite work here).
BIG_SET = 1_000
STAGE_CHUNK = 250


def store_read_set(engine: Engine, qset: QuestionSet, *, dry_run: bool = False) -> ImportReport:
    """Store a validated set atomically as players see it; a dry run reports and rolls back."""
    if len(qset.questions) > BIG_SET and not dry_run:
        return _store_staged(engine, qset)
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


def _store_staged(engine: Engine, qset: QuestionSet) -> ImportReport:
    """Store a big set: plan, stage new questions hidden in chunks, then publish in one go."""
    stamp = utcnow()
    with read_scope(engine) as session:
        plan = plan_import(session, qset)
    set_id = plan.set_id
    if set_id is None:
        with session_scope(engine) as session:
            set_id = create_hidden_set(session, qset, stamp)
    for start in range(0, len(plan.new), STAGE_CHUNK):
        began = time.perf_counter()
        with session_scope(engine) as session:
            chunk = plan.new[start : start + STAGE_CHUNK]
            stage_questions(session, set_id, chunk, stamp, hidden=not plan.created)
        checkpoint(engine)
        # SQLite's write lock is not fair: a writer waiting on it polls, and back-to-back
        # transactions would keep it out. Leave the lock free twice as long as it was held.
        time.sleep(2 * (time.perf_counter() - began))
    with session_scope(engine) as session:
        return publish_import(session, qset, plan, set_id, stamp)


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
    out = io.StringIO()
    return out.getvalue() if write_yaml(engine, slug, out.write) else None


def write_yaml(engine: Engine, slug: str, write: Callable[[str], object]) -> bool:
    """Write a stored set as canonical YAML piece by piece; False if there is no such set."""
    # A read-only snapshot: on SQLite it never takes the write lock players' answers need.
    with read_scope(engine) as session:
        row = get_set(session, slug, include_retired=True)
        if row is None or row.id is None:
            return False
        head = QuestionSet(
            slug=row.slug, title=row.title, source=row.source, language=row.language, questions=()
        )
        for piece in iter_yaml(head, iter_live_questions(session, row.id)):
            write(piece)
    return True


def describe_report(report: ImportReport) -> str:
    """Summarise an import in one line."""
    if report.nothing_changed:
        return f"{report.slug}: unchanged ({report.unchanged} questions)"
    verb = "created" if report.created else "updated"
    return (
        f"{report.slug} ({verb}): {report.added} added, {report.updated} updated, "
        f"{report.retired} retired, {report.unchanged} unchanged"
    )


def load_bundled_sets(engine: Engine) -> list[str]:
    """Import the sets shipped in questions/sets/ when the database has none yet."""
    # `--workers` start together: one loads the sets, the others wait and find them there.
    with startup_lock(engine, BUNDLED_SETS_KEY):
        return _load_bundled_sets(engine)


def _load_bundled_sets(engine: Engine) -> list[str]:
    """Import the bundled sets unless the database has sets already."""
    with session_scope(engine) as session:
        if list_sets(session, include_retired=True):
            return []
    loaded: list[str] = []
    folder = resources.files("questions") / "sets"
    if not folder.is_dir():
        return loaded
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml")):
            read = read_bytes(entry.read_bytes(), entry.name)
            store_read_set(engine, read.qset)
            loaded.append(read.qset.slug)
    return loaded
