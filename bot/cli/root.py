"""The command line's root: the `quizbot` group, its settings and the database it opens."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
from pydantic import ValidationError

from bot.console import database_label, is_new_sqlite_file
from bot.logs import configure_logging
from bot.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


class AppContext:
    """What every command needs: settings built once, and an upgraded engine on demand."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        """Return the database engine, upgrading the schema the first time.

        Says on stderr which database it opened: a command run from another folder would
        otherwise silently use (or create) a second database the bot never reads.
        """
        if self._engine is None:
            from db.engine import DatabaseFolderError, make_engine
            from db.migrate import upgrade_to_head

            url = self.settings.database_url
            new = is_new_sqlite_file(url)
            try:
                self._engine = make_engine(url, threads=self.settings.database_threads)
            except DatabaseFolderError as exc:
                click.echo(f"Error: {exc}", err=True)
                sys.exit(2)
            note = " (new, empty)" if new else ""
            lines = [f"Database: {database_label(url)}{note}"]
            if new and "database_url" not in self.settings.model_fields_set:
                lines.append(
                    "  The bot uses DATABASE_URL, else data/quizbot.db in the folder it runs "
                    "from; pass --db to choose another."
                )
            if self.settings.log_format == "json":
                # A log collector reads stderr as JSON lines: say it as a log record.
                logging.getLogger("quizbot").info(" ".join(line.strip() for line in lines))
            else:
                click.echo("\n".join(lines), err=True)
            upgrade_to_head(self._engine)
        return self._engine


def _load_settings(database: str | None) -> Settings:
    """Build the settings or exit with a one-line error naming the bad setting."""
    overrides: dict[str, str] = {}
    if database:
        # A bare path is a SQLite file; anything with a scheme is a SQLAlchemy URL.
        overrides["database_url"] = (
            database if "://" in database else f"sqlite:///{Path(database).expanduser().resolve()}"
        )
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        click.echo(f"Error: {name}: {first['msg']}", err=True)
        sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quizbot", prog_name="quizbot")
@click.option(
    "--db",
    "database",
    metavar="URL",
    help="Database URL or SQLite file (default: DATABASE_URL, else data/quizbot.db in the "
    "current folder).",
)
@click.pass_context
def cli(ctx: click.Context, database: str | None) -> None:
    """Quizbot: a Telegram quiz bot that turns news articles into a daily learning game."""
    settings = _load_settings(database)
    configure_logging(settings.log_level, settings.log_format)
    ctx.obj = AppContext(settings)
