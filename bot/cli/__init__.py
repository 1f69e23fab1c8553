"""The `quizbot` command line: load and export sets, generate quizzes, play, run the bot.

Every command imports what it needs when it runs, not when the command line starts:
`quizbot generate` then never loads the bot, the database layer or Telegram (about 115 MB and
3 s of imports), and `quizbot --help` answers at once.
"""

from __future__ import annotations

# Imported for their commands, which register themselves on the `cli` group.
from bot.cli import database, play, reports, run, sets  # noqa: F401
from bot.cli.root import AppContext, cli

__all__ = ["AppContext", "cli", "main"]


def main() -> None:
    """Run the command line."""
    cli()
