"""What the command line shows and checks: database names, output folders, wrapped text."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import click
from sqlalchemy.engine import make_url


def database_label(url: str) -> str:
    """Name a database for people: the SQLite file's absolute path, or the URL sans password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return f"{Path(parsed.database or '').expanduser().resolve()}"
    return parsed.render_as_string(hide_password=True)


def is_new_sqlite_file(url: str) -> bool:
    """Return True when the URL names a SQLite file that does not exist yet."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return False
    try:
        return not Path(parsed.database or "").expanduser().exists()
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
