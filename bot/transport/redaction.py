"""Keep the bot token and the webhook secret out of the logs: every Bot API URL contains the
token, and PTB logs setWebhook's parameters (the secret among them) at DEBUG.

httpx logs each request URL at INFO and PTB logs the Bot API URLs at DEBUG. The CLI silences
httpx, but not PTB, and an application built elsewhere (tests, another entry point) silences
nothing, so the token is replaced wherever a record carries it: message, arguments, traceback.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

PLACEHOLDER = "<bot-token>"
# The loggers that write Bot API URLs themselves (a logger's filters see only its own records).
URL_LOGGERS = ("httpx", "telegram.Bot", "telegram.ext.ExtBot")


class TokenRedactor(logging.Filter):
    """Replace known bot tokens in log records with a placeholder; never drop a record."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def add(self, token: str) -> None:
        """Redact this token from now on (as written and URL-encoded)."""
        if token:
            self.secrets |= {token, quote(token, safe="")}

    def redact(self, text: str) -> str:
        """Return `text` with every known token replaced."""
        for secret in self.secrets:
            text = text.replace(secret, PLACEHOLDER)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the record in place."""
        if not self.secrets:
            return True
        # Freeze the message now: PTB logs the getFile result and then rewrites its file_path
        # into the full download URL, so a record formatted later would show the token.
        record.msg, record.args = self.redact(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


# One filter for the process: every application built registers its token here.
REDACTOR = TokenRedactor()


def redact_token(token: str, *, handlers: list[logging.Handler] | None = None) -> None:
    """Keep `token` out of the URL loggers' records, and out of everything `handlers` write."""
    REDACTOR.add(token)
    for name in URL_LOGGERS:
        logging.getLogger(name).addFilter(REDACTOR)  # adding it twice is a no-op
    for handler in handlers or []:
        handler.addFilter(REDACTOR)
