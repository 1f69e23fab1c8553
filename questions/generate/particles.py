"""Lower-case words of a person's name: "al-Majid", "de Gaulle", "von der Leyen".

News writes a family name's particle in lower case; a name is still a name with it. The
particles are nameparser's (`CONSTANTS.prefixes`: "de", "van", "bin", "al-", "el-", …), not a
list of ours.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from nameparser.config import CONSTANTS


@cache
def _particles() -> frozenset[str]:
    """Return nameparser's name particles, folded ("al-", "van", "de'")."""
    return frozenset(str(p).casefold() for p in CONSTANTS.prefixes)


def name_cased(words: Sequence[str]) -> bool:
    """Tell whether words are written as a person's name: each capitalised, or a particle
    after the first word ("Charles de Gaulle"), or a particle joined by a hyphen to a
    capitalised family name ("Ali Hassan al-Majid")."""
    return bool(words) and all(
        word[:1].isupper() or _particle_word(word, first=n == 0) for n, word in enumerate(words)
    )


def _particle_word(word: str, *, first: bool) -> bool:
    """Tell whether a lower-case word is a name's particle: "al-Majid" anywhere, "de" or
    "van" only inside a name (a name opening with "de" is a sentence's word)."""
    head, hyphen, rest = word.partition("-")
    if hyphen and rest[:1].isupper():
        return f"{head.casefold()}-" in _particles()
    return not first and word.casefold() in _particles()
