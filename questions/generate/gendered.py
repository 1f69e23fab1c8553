"""A blank's gender by the word for a person just before it: "his girlfriend _____" is a
woman whatever "his" says, and so are her options (WordNet's female and male persons)."""

from __future__ import annotations

import re

from questions.generate.namedgender import noun_gender
from questions.generate.refusals import BLANK

_BEFORE = re.compile(r"([a-z]+)(?:-[a-z]+)? " + re.escape(BLANK))  # "then-girlfriend _____"


def blank_gender(stem: str) -> str:
    """Return "f" or "m" when the word before the blank is a woman's or a man's ("wife",
    "boyfriend"), else ""."""
    found = _BEFORE.search(stem.rsplit("\n", 1)[-1])
    if found is None:
        return ""
    word = found.group(0).split()[0].rsplit("-", 1)[-1]
    return noun_gender(word)
