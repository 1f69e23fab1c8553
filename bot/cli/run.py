"""`quizbot run`: the bot itself, by long polling or a webhook, in one or several processes."""

from __future__ import annotations

import logging
import sys
from typing import Any
from urllib.parse import urlsplit

import click

from bot.cli.root import AppContext, cli


def _short_network_errors(record: logging.LogRecord) -> bool:
    """Log PTB's network retry failures as one line: the exit message says the rest."""
    if record.getMessage().startswith("Network Retry Loop"):
        record.exc_info = None
        record.exc_text = None
    return True


@cli.command()
@click.option(
    "--webhook",
    is_flag=True,
    help="Receive updates on WEBHOOK_URL (listening on LISTEN_HOST:LISTEN_PORT) instead of "
    "long polling.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="With --webhook on PostgreSQL: run N bot processes sharing LISTEN_PORT.",
)
@click.option("--reuse-port", is_flag=True, hidden=True)  # one of --workers' processes
@click.pass_obj
def run(app: AppContext, webhook: bool, workers: int, reuse_port: bool) -> None:
    """Run the bot with long polling (or a webhook) until Ctrl-C or SIGTERM."""
    settings = app.settings
    if settings.telegram_bot_token is None:
        click.echo("Error: TELEGRAM_BOT_TOKEN is not set; get a token from @BotFather.", err=True)
        sys.exit(2)
    # --- webhook mode: both settings are required, checked before anything starts ---------
    if webhook and (settings.webhook_url is None or settings.webhook_secret is None):
        missing = [
            name
            for name, value in (
                ("WEBHOOK_URL", settings.webhook_url),
                ("WEBHOOK_SECRET", settings.webhook_secret),
            )
            if value is None
        ]
        click.echo(f"Error: --webhook needs {' and '.join(missing)}; see .env.example.", err=True)
        sys.exit(2)
    if workers > 1:
        _run_workers(app, webhook, workers)
        return
    from telegram import Update
    from telegram.error import InvalidToken, NetworkError

    from bot.app import build_application
    from bot.transport.redaction import REDACTOR
    from bot.workers import reuse_port_socket

    application = build_application(settings, engine=app.engine, reuse_port=reuse_port)
    for handler in logging.getLogger().handlers:
        handler.addFilter(_short_network_errors)
        handler.addFilter(REDACTOR)  # the token, wherever a record carries it
    try:
        if webhook:
            assert settings.webhook_url is not None and settings.webhook_secret is not None
            # Telegram posts to WEBHOOK_URL; a proxy in front forwards the same path to us.
            # One of several workers: all bind the port (SO_REUSEPORT); PTB takes the socket.
            where: dict[str, Any] = (
                {"unix": reuse_port_socket(settings.listen_host, settings.listen_port)}
                if reuse_port
                else {"listen": settings.listen_host, "port": settings.listen_port}
            )
            application.run_webhook(
                **where,
                url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
                webhook_url=settings.webhook_url,
                secret_token=settings.webhook_secret.get_secret_value(),
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES)
    except OSError as exc:
        click.echo(
            f"Error: cannot listen on {settings.listen_host}:{settings.listen_port} "
            f"({exc.strerror or exc}).",
            err=True,
        )
        sys.exit(1)
    except InvalidToken:
        click.echo(
            "Error: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather.", err=True
        )
        sys.exit(2)
    except NetworkError as exc:
        # The message names the failure, never the URL: the URL contains the token.
        click.echo(
            f"Error: cannot reach the Bot API at {settings.telegram_api_url} ({exc.message}).",
            err=True,
        )
        sys.exit(1)


def _run_workers(app: AppContext, webhook: bool, workers: int) -> None:
    """Start `workers` webhook processes on one port, or say in one line why not."""
    from bot.workers import run_workers

    if not webhook:
        click.echo(
            "Error: --workers needs --webhook (Telegram gives polling to one process only).",
            err=True,
        )
        sys.exit(2)
    if app.engine.dialect.name != "postgresql":
        click.echo(
            "Error: --workers needs DATABASE_URL on PostgreSQL; SQLite is one process.", err=True
        )
        sys.exit(2)
    app.engine.dispose()  # the schema is upgraded once, here; each worker opens its own pool
    sys.exit(run_workers(workers, app.settings.database_url))
