"""The abbreviated title before a person's blank ("Dr. _____", "Gen. _____"): kept only when
every other option is someone the article gives the same title. "Dr. _____" offered three
politicians rules them out by its own words (review 30); without the title the statement is
still true of the key, and the politicians are fair rivals again. A title in words
("Archbishop _____") is left out only when too few others hold it (`stems.key_title`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.facts import Fact
from questions.generate.stems import key_title


def title_to_cut(
    sentence: Any, fact: Fact, asked: tuple[str, str], distractors: Sequence[str], text: str
) -> frozenset[int]:
    """Return the words of the key's title a question (`asked`: its form and where its options
    came from) should leave out: all of them when too few others hold the title to be options
    (options "refused"), or when the title is an abbreviated one shown before the blank
    ("Dr.", "Gen.") and some option is not given it in the article; else none. A title in
    words ("stand-in skipper") may be a description the sentence needs, and a wh-question
    does not show the title at all."""
    form, origin = asked
    words = key_title(sentence, fact)
    if not words or origin == "refused":
        return words
    title = " ".join(sentence.doc[i].text for i in sorted(words))
    if form != "cloze" or not re.fullmatch(r"[A-Z][a-z]{0,4}\.", title):
        return frozenset()
    if all(holds_title(title, option, text) for option in distractors):
        return frozenset()
    return words


def holds_title(title: str, person: str, text: str) -> bool:
    """Tell whether the article gives a person a title ("Dr. Anna Lis", "Dr. Lis")."""
    names = {person, person.split()[-1]}
    said = "|".join(re.escape(n) for n in sorted(names))
    return (
        pattern(rf"(?<!\w){re.escape(title)}\s+(?:\w+\s+)?(?:{said})(?!\w)").search(text)
        is not None
    )
