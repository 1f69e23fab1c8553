"""Logs a person can read: start-up, admin actions, errors and daily summaries at INFO."""

from __future__ import annotations

import logging

from pythonjsonlogger.json import JsonFormatter

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Libraries that write a line per HTTP request or per scheduler tick at INFO. Below DEBUG they
# speak only of problems; httpx's lines also carry Bot API URLs, which contain the token.
CHATTY_LOGGERS = ("httpx", "httpcore", "apscheduler", "tornado.access", "alembic")


def configure_logging(level: str, log_format: str = "text") -> None:
    """Set the root level and format, and quiet the per-request and per-tick library loggers."""
    handler = logging.StreamHandler()
    if log_format == "json":
        handler.setFormatter(
            JsonFormatter(
                "%(asctime)s %(levelname)s %(name)s %(message)s",
                rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
            )
        )
    else:
        handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    logging.basicConfig(level=level, handlers=[handler])
    quiet = logging.NOTSET if level == "DEBUG" else logging.WARNING
    for name in CHATTY_LOGGERS:
        logging.getLogger(name).setLevel(quiet)
