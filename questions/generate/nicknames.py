"""A nickname quoted inside a person's name ("Steve 'cyanogen' Kondik") is dropped from it.

News writes a hacker's handle or a player's byname between the given name and the surname:
"Koushik 'koush' Dutta", 'Earvin "Magic" Johnson'. The model then splits the name at the
quotes, calling "Koushik" a place and "Dutta" a body, so the surname said later finds no
person and no rival. The person is "Steve Kondik"; the nickname is a gloss, not part of the
name a question keys or offers, so it is dropped from the text before the parse, and every
later stage reads one full name whose surname alone is that person again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

# a capitalised word, a quoted word or two (the same quote mark both sides), a capitalised
# word: the shape of "Given 'nick' Surname"; a title-case run of up to two words inside
_QUOTED = re.compile(
    r"(?<![\w'\"-])([A-Z][\w.-]*) (['\"])([\w.-]+(?: [\w.-]+)?)\2 (?=([A-Z][\w-]*)(?![\w-]))"
)


def _nickname(match: re.Match[str]) -> str:
    """Return the two names without the nickname between them, or the match as it was where
    either word is a function word ("In 'Frozen' Elsa …"): no name stands there."""
    before, after = match.group(1), match.group(4)
    if before.lower() in STOP_WORDS or after.lower() in STOP_WORDS:
        return match.group(0)
    return f"{before} "


def without_nicknames(paragraphs: Sequence[str]) -> list[str]:
    """Return the paragraphs with each nickname quoted inside a name dropped ("Steve
    'cyanogen' Kondik": "Steve Kondik")."""
    return [_QUOTED.sub(_nickname, p) for p in paragraphs]
