"""One side of a vote asked with the other side shown: "passed with 74 yeas and _____ nays",
"voted 412 to _____", "by a vote of _____-38".

The shown side and the key add up to the votes cast, which no body can exceed: 37 nays beside
74 yeas make 111 votes in a 100-seat Senate, and a reader strikes that option out unread
(review 34). A wrong option keeps the total within the body's size where the article or the
question says it ("the 15-member council", "all 100 senators", the U.S. Senate), and, where
nothing says it, within a little of the key's own total: the shown side fixes the scale.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from questions.generate import wordnet
from questions.generate.figures import amount
from questions.generate.spread import near_counts

if TYPE_CHECKING:
    from questions.generate.options import OptionContext

_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
_EDGE = r"(?<![\w$€£.,%-])"  # a whole figure: not the "5" of "2.5", nor the "0" of "$20"
# The words that make a pair of numbers a vote's sides, not a range ("ages 5 to 12") or a
# change ("from 9 to 10"): the English of a tally, few and fixed.
_VOTE = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|yeas?|nays?|ayes|noes|ballots?|in favou?r|abstentions?)\b",
    re.IGNORECASE,
)
# What joins the two sides: "74 to 25", "74–25", "74 yeas and 25 nays", "74 in favour, 25
# against", with up to three words naming the first side between its number and the join.
_JOIN = r"(?:(?: [a-z]+){0,3}?(?: to| and| against| versus|,) |[-–—])"
_SHOWN_FIRST = re.compile(rf"(?P<before>\w+ )?{_EDGE}(?P<n>{_NUMBER}){_JOIN}_____")
_SHOWN_LAST = re.compile(rf"_____{_JOIN}(?P<n>{_NUMBER})(?![\w%]|[.,]\d)")
# A side asked with none shown ("How many yeas …?"): its body's size alone bounds it.
_SIDE_ASKED = re.compile(r"\bhow many (?:yeas|nays|ayes|noes)\b", re.IGNORECASE)
_RANGED = frozenset({"from", "between"})  # "from 9 to _____": the end of a change, no vote
# A body's size said in words: "the 100-member Senate", "its 9 seats", "all 435 members".
_SIZE = re.compile(
    rf"{_EDGE}(?P<n>{_NUMBER})[- ](?:member|seat|strong)s?\b|\ball (?P<all>{_NUMBER}) [a-z]+s\b"
)
# Bodies whose size the reader knows and no article states: the U.S. Congress's two houses,
# named by WordNet's names for them ("Senate", "U.S. House", "House of Representatives").
_SEATS = {"United_States_Senate": 100, "United_States_House_of_Representatives": 435}
_SLACK = 0.1  # with no body said, a total this share above the key's is still plausible
# The least step up from the key that spread options take (spread's ratios, 1.18 up): with
# less room than this above it, every spread option would fall below the key.
_STEP = 0.18


def shown_side(stem: str) -> float | None:
    """Return the other side of a vote a question shows beside its blank (74 of "74 yeas and
    _____ nays"), or None where the blank is no side of a vote."""
    asked = stem.splitlines()[-1] if stem else ""  # the question, not the headline above it
    if _VOTE.search(asked) is None:
        return None
    for first in _SHOWN_FIRST.finditer(asked):
        if (first.group("before") or "").strip().lower() not in _RANGED:
            return amount(first.group("n"))
    last = _SHOWN_LAST.search(asked)
    return amount(last.group("n")) if last else None


@lru_cache(maxsize=64)
def _known_bodies() -> tuple[tuple[re.Pattern[str], int], ...]:
    """Return a pattern of each known body's names, with its number of seats."""
    out = []
    for head, seats in _SEATS.items():
        names = next(
            (s.lemmas for o in wordnet.senses(head) if (s := wordnet.synset(o)) is not None),
            (head,),
        )
        words = "|".join(re.escape(wordnet.lemma_text(n)) for n in names)
        out.append((re.compile(rf"\b(?:{words})\b"), seats))
    return tuple(out)


def body_sizes(text: str) -> list[float]:
    """Return the sizes of the bodies a text says ("the 100-member Senate": 100; "the U.S.
    Senate": its 100 seats)."""
    sizes = [amount(f.group("n") or f.group("all")) for f in _SIZE.finditer(text)]
    sizes += [float(seats) for names, seats in _known_bodies() if names.search(text)]
    return [s for s in sizes if s]


@lru_cache(maxsize=256)  # asked per option: worked out once a question
def _other_side(stem: str) -> tuple[float, bool] | None:
    """Return the votes a question's tally holds besides the key, and whether it shows them:
    (74, True) for "74 yeas and _____ nays", (0, False) for "How many yeas …?", else None."""
    shown = shown_side(stem)
    if shown is not None:
        return shown, True
    lines = stem.splitlines()
    return (0.0, False) if lines and _SIDE_ASKED.search(lines[-1]) else None


@lru_cache(maxsize=256)
def total_cap(key: str, stem: str, text: str) -> float | None:
    """Return the most votes a question's tally may add up to, or None where the key is no
    side of a vote: the least body said that holds the key's total, else (the other side
    shown) a little above that total."""
    other, value = _other_side(stem), amount(key)
    if other is None or value is None:
        return None
    total = other[0] + value
    bodies = [size for size in body_sizes(f"{stem}\n{text}") if size >= total]
    if bodies:
        return min(bodies)
    return total + max(1.0, round(total * _SLACK)) if other[1] else None  # no scale unshown


def over_total(option: str, key: str, stem: str, text: str) -> bool:
    """Tell whether an option for one side of a vote adds up with the other side shown to
    more votes than the body holds ("74 yeas and _____ nays" in the Senate: not 37; "How
    many yeas …?" in it: not 108)."""
    cap, other, mine = total_cap(key, stem, text), _other_side(stem), amount(option)
    return cap is not None and other is not None and mine is not None and other[0] + mine > cap


def tally_counts(key: str, seed: str, context: OptionContext | None) -> list[str]:
    """Return counts next to one side of a vote whose body leaves the key little room above
    ("74 yeas and _____ nays" in the 100-seat Senate: 24, 26, 23 for 25), or none: spread
    options would all fall below such a key, the largest of the four every time."""
    if context is None:
        return []
    other, value = _other_side(context.stem), amount(key)
    cap = total_cap(key, context.stem, context.text)
    if cap is None or other is None or value is None or not key.isdigit():
        return []
    if cap - other[0] - value >= value * _STEP:
        return []  # room for options on both sides: spread ones, as for any count
    return [str(n) for n in near_counts(int(value), 1, seed) if other[0] + n <= cap]
