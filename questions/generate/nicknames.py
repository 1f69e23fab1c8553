"""A nickname quoted inside a person's name ("Steve 'cyanogen' Kondik") is dropped from it.

News writes a hacker's handle or a player's byname between the given name and the surname:
"Koushik 'koush' Dutta", 'Earvin "Magic" Johnson'. The model then splits the name at the
quotes, calling "Koushik" a place and "Dutta" a body, so the surname said later finds no
person and no rival. The person is "Steve Kondik"; the nickname is a gloss, not part of the
name a question keys or offers, so it is dropped from the text before the parse, and every
later stage reads one full name whose surname alone is that person again.

Prose quotes words between capitalised words too, and those are no names: "Rock 'n' Roll",
'the German "Green" Party', 'HBO "Girls" Creator', 'Former President "Ronald Reagan" Library'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from questions.generate.nationwords import adjective_nation
from questions.generate.peers import common_word
from questions.generate.pools import is_any_first_name, is_surname

# a capitalised word, a quoted word or two (the same quote mark both sides), a capitalised
# word: the shape of "Given 'nick' Surname"; a title-case run of up to two words inside
_QUOTED = re.compile(
    r"(?<![\w'\"-])([A-Z][\w.-]*) (['\"])([\w.-]+(?: [\w.-]+)?)\2 (?=([A-Z][\w-]*)(?![\w-]))"
)


def _no_given_name(before: str) -> bool:
    """Tell whether the word before the quotes can be no one's given name: a function word
    ("In 'Frozen' Elsa"), an acronym ('HBO "Girls"') or a nationality ('German "Green"')."""
    if before.lower() in STOP_WORDS:
        return True
    return (len(before) > 1 and before.isupper()) or bool(adjective_nation(before))


def _no_surname(before: str, after: str) -> bool:
    """Tell whether the word after the quotes can be no one's surname: a function word, or a
    dictionary word ('"Green" Party', '"iPhone" Sales'), unless a surname after a given name
    ('John "Jack" Smith')."""
    if after.lower() in STOP_WORDS:
        return True
    if is_surname(after) and is_any_first_name(before):
        return False
    return common_word(after.lower())


def _no_handle(quoted: str) -> bool:
    """Tell whether the quoted words are no byname: a letter standing for a word ("Rock 'n'
    Roll") or a full name of its own ('"Ronald Reagan" Library')."""
    words = quoted.split()
    if sum(c.isalpha() for c in quoted) < 2:
        return True
    return len(words) == 2 and all(w.istitle() for w in words) and is_any_first_name(words[0])


def _nickname(match: re.Match[str]) -> str:
    """Return the two names without the nickname between them, or the match as it was where
    no name stands around the quotes."""
    before, quoted, after = match.group(1), match.group(3), match.group(4)
    if _no_given_name(before) or _no_surname(before, after) or _no_handle(quoted):
        return match.group(0)
    return f"{before} "


def without_nicknames(paragraphs: Sequence[str]) -> list[str]:
    """Return the paragraphs with each nickname quoted inside a name dropped ("Steve
    'cyanogen' Kondik": "Steve Kondik")."""
    return [_QUOTED.sub(_nickname, p) for p in paragraphs]
