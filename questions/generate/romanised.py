"""Place names as English writes them: no accents to match by, no macrons to show."""

from __future__ import annotations

import unicodedata

from questions.schema import normalise

_MACRON = "\u0304"


def ascii_fold(name: str) -> str:
    """Fold a name without its accents, as English writes it ("Herāt": "herat")."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return normalise(plain)


def without_macrons(name: str) -> str:
    """Return a name without the macrons a romanisation marks long vowels by ("Gujarāt",
    "Tamil Nādu", "Tōkyō"): ISO 3166-2 writes them, English news never does ("Gujarat"),
    while an umlaut or an acute is the name's own spelling ("Baden-Württemberg") and stays."""
    split = unicodedata.normalize("NFD", name).replace(_MACRON, "")
    return unicodedata.normalize("NFC", split)
