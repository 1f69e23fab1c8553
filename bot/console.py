"""What the command line shows and checks: database names, output folders, wrapped text."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path
from urllib.parse import unquote

import click


def database_label(url: str) -> str:
    """Name a database for people: the SQLite file's absolute path, or the URL sans password."""
    from sqlalchemy.engine import make_url  # only where a database is opened: see sqlite_file

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return f"{Path(parsed.database or '').expanduser().resolve()}"
    return parsed.render_as_string(hide_password=True)


def sqlite_file(url: str) -> str | None:
    """Return the file a SQLite URL names ("sqlite:///data/quizbot.db": data/quizbot.db),
    None for another database or an in-memory one.

    Read as SQLAlchemy's URLs write it (three slashes, then the path; a fourth for an
    absolute one; a query after "?"), without importing SQLAlchemy: `quizbot generate`
    asks this before generating, and SQLAlchemy's 32 MiB would sit under the generator's
    peak for a database it never opens.
    """
    scheme, found, rest = url.partition("://")
    if not found or scheme.split("+")[0] != "sqlite":
        return None
    path = unquote(rest.partition("?")[0].removeprefix("/"))
    return None if path in ("", ":memory:") else path


def is_new_sqlite_file(url: str) -> bool:
    """Return True when the URL names a SQLite file that does not exist yet."""
    path = sqlite_file(url)
    if path is None:
        return False
    try:
        return not Path(path).expanduser().exists()
    except OSError:  # a folder we may not read: opening the database will say what is wrong
        return False


def check_output_folder(output: Path | None) -> None:
    """Exit with an error when -o points into a folder that does not exist (a likely typo)."""
    if output is not None and not output.parent.is_dir():
        click.echo(f"Error: the folder {output.parent} does not exist; create it first.", err=True)
        sys.exit(1)


def wrap(text: str, width: int, *, indent: str = "") -> str:
    """Wrap text at word boundaries to the terminal width, continuing lines under the text."""
    return textwrap.fill(
        text, width=width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )
