"""`quizbot db`: back up, upgrade, and move a SQLite database to PostgreSQL."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from bot.cli.root import AppContext, cli
from bot.console import database_label


@cli.group("db")
def db_group() -> None:
    """Database maintenance."""


@db_group.command("backup")
@click.argument("target", type=click.Path(path_type=Path, dir_okay=False))
@click.pass_obj
def db_backup(app: AppContext, target: Path) -> None:
    """Copy the live SQLite database to TARGET consistently, even while the bot runs."""
    from db.backup import BackupUnsupported, backup_sqlite

    try:
        size = backup_sqlite(app.engine, target)
    except BackupUnsupported as exc:
        click.echo(f"Error: {exc}.", err=True)
        sys.exit(1)
    click.echo(
        f"Backed up to {target} ({size:,} bytes). Restore: stop the bot, copy it over "
        "the database file, start the bot."
    )


@db_group.command("upgrade")
@click.pass_obj
def db_upgrade(app: AppContext) -> None:
    """Upgrade the database schema to the newest revision."""
    engine = app.engine  # upgrading happens when the engine is first built
    click.echo(f"Database is at the newest schema ({database_label(str(engine.url))}).")


# --- moving to PostgreSQL ------------------------------------------------------------------
@db_group.command("migrate-sqlite-to-postgres")
@click.argument("source")
@click.argument("destination")
@click.option("--force", is_flag=True, help="Replace whatever the destination already holds.")
def db_migrate_sqlite_to_postgres(source: str, destination: str, force: bool) -> None:
    """Copy every table of SOURCE (a SQLite file or URL) into DESTINATION (postgresql://...)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from db.engine import make_engine
    from db.transfer import TransferRefused, copy_database

    source_url = source if "://" in source else f"sqlite:///{Path(source).resolve()}"
    try:
        parsed = make_url(source_url)
        make_url(destination)
    except ArgumentError as exc:
        click.echo(f"Error: {exc}; give a SQLite file and a postgresql:// URL.", err=True)
        sys.exit(2)
    if parsed.get_backend_name() == "sqlite" and not Path(parsed.database or "").is_file():
        click.echo(
            f"Error: {parsed.database} does not exist; give the SQLite file to copy.", err=True
        )
        sys.exit(2)
    src, dst = make_engine(source_url), make_engine(destination)
    shown = dst.url.render_as_string(hide_password=True)
    click.echo(f"Copying {src.url.render_as_string(hide_password=True)} to {shown}")
    try:
        report = copy_database(src, dst, force=force)
    except TransferRefused as exc:
        click.echo(f"Error: {exc}.", err=True)
        sys.exit(1)
    except SQLAlchemyError as exc:
        # No row was kept: the copy runs in one destination transaction.
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        click.echo(f"Error: the copy failed, no row was copied: {reason}", err=True)
        sys.exit(1)
    finally:
        src.dispose()
        dst.dispose()
    width = max(len("TABLE"), *(len(count.table) for count in report.tables))
    click.echo(f"{'TABLE':<{width}}  {'SOURCE':>10}  {'COPIED':>10}")
    for count in report.tables:
        mark = "" if count.matches else "  MISMATCH"
        click.echo(f"{count.table:<{width}}  {count.source:>10}  {count.destination:>10}{mark}")
    if not report.ok:
        click.echo("Error: row counts differ; the copy was rolled back.", err=True)
        sys.exit(1)
    click.echo(
        f"Copied {report.rows} rows in {len(report.tables)} tables; "
        f"{len(report.sequences_reset)} id sequences moved past the copied ids."
    )
