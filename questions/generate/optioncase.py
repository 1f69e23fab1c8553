"""A figure's options are written in one case: "Two Amtrak employees were killed" makes the
count "Two", which then stands out among "eight | eleven | twelve" as the one option copied
from a sentence's start; a key so capitalised ("Five") has its options lowered with it."""

from __future__ import annotations

from spacy.lang.en.lex_attrs import like_num

from questions.generate.facts import Fact
from questions.generate.measures import NUMBER_KINDS

# a figure's kinds; a name's capitals are its own ("Seven Sisters", "Game Four")
_FIGURES = NUMBER_KINDS | {"number", "ordinal"}
_NUMBERS = frozenset({"count", "number", "ordinal"})  # a key a sentence's start may capitalise


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


def number_words(fact: Fact, options: list[str]) -> list[str]:
    """Lower-case number-word options the sentence's first word capitalised ("Five
    Panamanian players were booked"): "Three | Four | Two | Five" reads as a typo."""
    if fact.kind in _NUMBERS and _capitalised_word(fact.text):
        return [o.lower() if _capitalised_word(o) else o for o in options]
    return options


def _capitalised_word(text: str) -> bool:
    """Tell whether a text is one word of letters with only its first capital: "Thirty",
    "Twenty-nine" (whose hyphen `istitle` and `isalpha` both refuse)."""
    return text[:1].isupper() and text[1:].islower() and text.replace("-", "").isalpha()
