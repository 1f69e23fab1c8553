"""A blank's gender by the word for a person just before it: "his girlfriend _____" is a
woman whatever "his" says, and so are her options (WordNet's female and male persons)."""

from __future__ import annotations

import re
from functools import cache

from questions.generate.refusals import BLANK
from questions.generate.wordnet import PERSON_FILE, senses, synset

_FEMALE, _MALE = "09619168", "09624168"  # female_person, male_person
_DEPTH = 4  # "girlfriend" -> woman -> female person: a few steps, not person's whole tree
_BEFORE = re.compile(r"([a-z]+)(?:-[a-z]+)? " + re.escape(BLANK))  # "then-girlfriend _____"


def blank_gender(stem: str) -> str:
    """Return "f" or "m" when the word before the blank is a woman's or a man's ("wife",
    "boyfriend"), else ""."""
    found = _BEFORE.search(stem.rsplit("\n", 1)[-1])
    if found is None:
        return ""
    word = found.group(0).split()[0].rsplit("-", 1)[-1]
    return noun_gender(word)


@cache
def noun_gender(word: str) -> str:
    """Return the gender every person sense of a noun has by its hypernyms, or ""."""
    people = [o for o in senses(word) if (s := synset(o)) is not None and s.lexfile == PERSON_FILE]
    found = {_gender(o, _DEPTH) for o in people}
    return found.pop() if len(found) == 1 else ""


def _gender(offset: str, depth: int) -> str:
    """Return "f" or "m" when a hypernym within `depth` steps is a female or male person."""
    if offset == _FEMALE:
        return "f"
    if offset == _MALE:
        return "m"
    entry = synset(offset)
    if entry is None or depth == 0:
        return ""
    found = {_gender(t, depth - 1) for sym, t in entry.pointers if sym in ("@", "@i")} - {""}
    return found.pop() if len(found) == 1 else ""
