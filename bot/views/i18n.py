"""The interface in the player's language: gettext catalogs (bot/locale), loaded once each."""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

from db.models import INTERFACE_LANGUAGES
from questions.text import N_, Text

__all__ = ["ENGLISH", "LANGUAGE_NAMES", "N_", "TELEGRAM_CODES", "Translator", "translator"]

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "messages"
# How each language names itself on the /language buttons (never translated).
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "zh_Hans": "中文"}
# The language_code Telegram sends and setMyCommands takes (ISO 639-1), per catalog.
TELEGRAM_CODES = {"ru": "ru", "zh_Hans": "zh"}


class Translator:
    """One language's texts: gettext, ngettext for plurals, pgettext for ambiguous words."""

    def __init__(self, language: str, catalog: gettext.NullTranslations) -> None:
        self.language = language
        self._catalog = catalog

    def gettext(self, message: str) -> str:
        """Return the translation of `message` (itself when the catalog lacks it)."""
        return self._catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """Return the plural form the language uses for `n` (Russian has three, Chinese one)."""
        return self._catalog.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        """Return the translation of a short text that means different things in `context`."""
        return self._catalog.pgettext(context, message)

    def text(self, sentence: str) -> str:
        """Translate a sentence made below the views (a `Text`, values too); others as they are."""
        if not isinstance(sentence, Text):
            return sentence
        values = {name: self.text(v) if isinstance(v, Text) else v
                  for name, v in sentence.values.items()}  # fmt: skip
        return self.gettext(sentence.msgid).format(**values)


@cache
def translator(language: str) -> Translator:
    """Return the translator of a shipped language (English for anything else), loaded once."""
    if language not in INTERFACE_LANGUAGES or language == "en":
        # The English texts are the message ids themselves.
        return Translator("en", gettext.NullTranslations())
    # Opened by path: gettext.translation would "normalise" zh_Hans into a locale name.
    with (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as compiled:
        return Translator(language, gettext.GNUTranslations(compiled))


ENGLISH = translator("en")
