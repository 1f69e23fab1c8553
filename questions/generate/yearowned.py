"""Whose "this year's theme" is: the year's edition of the one occasion the article is about.

"This year's theme was water security", in an article headed "… at international robotics
competition" that names one competition ("the FIRST Global competition"), is that
competition's theme, as held that year. Asked bare, "What was 2017's theme?" says the theme
of nothing; the question says the occasion: "What was the theme of 2017's FIRST Global
competition?". Only where the headline's described occasion is the one the article names by
that noun, and the year's noun is no occasion itself ("2018's competition" is named as it
is, by `definites`) and has nothing after it that "of" would run into.
"""

from __future__ import annotations

from typing import Any

from questions.generate.wordnet import senses, synset

Span = Any
_OCCASION_FILES = frozenset({11})  # WordNet's noun.event: a contest, a ceremony (no bare act)
_SENSES = 3  # "competition": a relation first, then a contest (an event)


def _occasion(noun: str) -> bool:
    """Tell whether one of a noun's commonest WordNet senses is an event."""
    return any(
        (entry := synset(offset)) is not None and entry.lexfile in _OCCASION_FILES
        for offset in senses(noun)[:_SENSES]
    )


def _said_year(sentence: Span, case: int, replace: dict[int, str]) -> int | None:
    """Return where the resolved year said for the date before a possessive "'s" starts
    ("This year's": "2017's" said for "This", nothing for "year" and "'s"), or None."""
    at = case
    while at > sentence.start and replace.get(at) == "" and at - 1 in replace:
        at -= 1  # back over the words the resolved date stands for
    said = replace.get(at, "")
    return at if said.endswith("'s") and said[:-2].isdigit() else None


def name_year_owned(
    sentence: Span, names: dict[str, str], these: dict[str, str], replace: dict[int, str]
) -> None:
    """Say "the theme of 2017's FIRST Global competition" for "This year's theme" where the
    headline's one described occasion is a thing the article names once by that noun."""
    occasions = [noun for noun in these if noun in names and _occasion(noun)]
    if len(occasions) != 1:
        return
    occasion = names[occasions[0]]
    for token in sentence:
        case = token.i - 1
        if token.tag_ != "NN" or token.i in replace or token.ent_type_ or case <= sentence.start:
            continue
        if sentence.doc[case].tag_ != "POS" or sentence.doc[case - 1].ent_type_ != "DATE":
            continue
        if _occasion(token.lower_) or any(True for _ in token.rights):
            continue  # "2018's competition": its own name; "theme of …": "of" would run on
        at = _said_year(sentence, case, replace)
        if at is None:
            continue
        year = replace[at]
        replace[at] = "the"  # a question that opens with it says it as it opens
        replace[token.i] = f"{token.text} of {year} {occasion}"
