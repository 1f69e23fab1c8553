"""A changed figure asked with its start beside it: "seats increased from 9 to _____".

Blind review 75 found "Shiu Ka-chun defeated their opponents, hence the pan-democrats' seats
… increased from 9 to _____": the start and the story's one gain answer it (10). A blank
that ends a change a verb makes ("increased", "fell", "was cut") is asked without its start,
"increased to _____", so the figure is the article's and no sum; where the sentence also
states the change's size ("rose by 3 from 9 to _____"), no cut helps and it is refused.
"""

from __future__ import annotations

import re

from lemminflect import getLemma

from questions.generate.figures import MOVES, amount

BLANK = "_____"
# "from 9 to _____", "from 9 seats to _____": a figure and at most two words of its unit
_START = re.compile(rf"\s+from (?P<start>[$€£]?\d[\d,.]*%?(?: [\w-]+){{0,2}}?) to {BLANK}")
_BY = re.compile(r"\bby (?!(?:1[0-9]|20)\d\d\b)[$€£]?\d[\d,.]*%?")  # "by 2010": a deadline
_YEAR = re.compile(r"(?:1[0-9]|20)\d\d")
_NEAR = 8  # words before "from": the verb that moves the figure stands this near


def _moved(words: str) -> bool:
    """Tell whether the words just before a start hold a verb that moves a figure."""
    found = re.findall(r"[a-z]+", words.lower())[-_NEAR:]
    return any(str(getLemma(w, upos="VERB")[0]) in MOVES for w in found)


def _asked_end(stem: str) -> re.Match[str] | None:
    """Return where a cloze stem asks a changed figure's end beside its start, or None."""
    found = _START.search(stem)
    if found is None or _YEAR.fullmatch(found["start"]) or amount(found["start"]) is None:
        return None  # "from 2005 to _____": a span of years, not a figure moved
    if not _moved(stem[: found.start()]):
        return None
    return found


def without_start(stem: str) -> str:
    """Return a cloze stem with a changed figure's start cut ("increased from 9 to _____":
    "increased to _____"); a stem that asks no such end, or states the change's size too
    (left to `summed_change`), stays as it is."""
    found = _asked_end(stem)
    if found is None or _BY.search(stem):
        return stem
    return f"{stem[: found.start()]} to {BLANK}{stem[found.end() :]}"


def summed_change(stem: str) -> str | None:
    """Refuse a stem that states a changed figure's start and the change's size ("rose by 3
    from 9 to _____"): the key is their sum, whatever is cut."""
    if _asked_end(stem) is not None and _BY.search(stem):
        return "the question states the change's start and size"
    return None
