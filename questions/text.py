"""Sentences for people made below the views (importer problems, generator refusals, report
figures): English as they are, translatable where they are shown.

A `Text` is the English sentence (a `str`, so the terminal commands and logs print it as they
always did) that also carries its message id and values; `bot.views.i18n.Translator.text` puts
it into the reader's language. Mark the id with `N_` so `pybabel extract` finds it.
"""

from __future__ import annotations

from typing import Any


def N_(message: str) -> str:
    """Mark a text for extraction; it is translated where it is shown (gettext_noop)."""
    return message


class Text(str):
    """An English sentence with its message id and values, for translating where it is shown."""

    msgid: str
    values: dict[str, Any]

    def __new__(cls, msgid: str, /, **values: Any) -> Text:
        """Render the English sentence and keep the id and values for translation."""
        # Always formatted, so a literal brace is written {{ or }} whether or not there are values.
        made = super().__new__(cls, msgid.format(**values))
        made.msgid = msgid
        made.values = values
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as id and values (the generator hands its summary across processes)."""
        return (_remake, (self.msgid, self.values))


def _remake(msgid: str, values: dict[str, Any]) -> Text:
    """Rebuild a pickled Text."""
    return Text(msgid, **values)
