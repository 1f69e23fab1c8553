"""A figure's option keeps no capital its sentence gave it: "Two Amtrak employees were killed"
makes the count "Two", which then stands out among "eight | eleven | twelve" as the one
option copied from a sentence's start. The key is the checks' own text, and is left as it is."""

from __future__ import annotations

from spacy.lang.en.lex_attrs import like_num

from questions.generate.measures import NUMBER_KINDS

# a figure's kinds; a name's capitals are its own ("Seven Sisters", "Game Four")
_FIGURES = NUMBER_KINDS | {"number", "ordinal"}


def _spelled_number(word: str) -> bool:
    """Tell whether a word is a number written out ("Two", "Twenty-five"), no figure."""
    parts = word.split("-")
    return all(p.isalpha() and bool(like_num(p.lower())) for p in parts)  # type: ignore[no-untyped-call]


def uncapitalised(option: str) -> str:
    """Lower an option's opening number word when the rest of it is common words."""
    words = option.split()
    if not words or not words[0][:1].isupper() or not _spelled_number(words[0]):
        return option
    if any(w[:1].isupper() for w in words[1:]):
        return option  # "Four Corners": a name, capitals and all
    return option[:1].lower() + option[1:]


def figure_case(kind: str, key: str, distractors: list[str]) -> tuple[str, list[str]]:
    """Return a figure's key and options, those written like a lower-case key without the
    capital a sentence's start gave them."""
    if kind not in _FIGURES or not key[:1].islower():
        return key, distractors
    return key, [uncapitalised(d) for d in distractors]
