"""One person spelt two ways: a surname one or two letters off under the same first name.

Blind review 73 found "Menzies Campbell" and "Menzies Cambell" offered side by side: the
article slips once, and two spellings of one man are two options, neither the one wrong
answer it looks. Full names of one first name whose surnames are an edit apart (two for long
surnames, where two letters off is still a slip) are one person's; the form the article
writes more often is the one shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from questions.generate.pools import zipf

_SHORTEST = 4  # shorter surnames ("Rao", "Roa") differ by a letter and are other people
_LONG = 7  # from this length a surname two letters off is still a slip ("Campbel", "Camble")
_RARE, _GAP = 2.5, 1.5  # wordfreq Zipf: a slip's surname is rare, and far rarer than the other


def is_slip(one: str, other: str) -> bool:
    """Tell whether two surnames are one spelt two ways: one letter apart, two when long."""
    if min(len(one), len(other)) < _SHORTEST or one == other:
        return False
    allowed = 2 if min(len(one), len(other)) >= _LONG else 1
    if Levenshtein.distance(one, other) > allowed:
        return False
    # a slip is a form English hardly writes beside a common one ("cambell" 1.8, "campbell"
    # 4.2); two real surnames ("johnson", "johnston"; "owen", "owens") are two people
    rare, common = sorted((zipf(one), zipf(other)))
    return rare < _RARE and common - rare >= _GAP


def spelling_pairs(names: Iterable[str]) -> list[tuple[str, str]]:
    """Return the pairs of folded full names that are one person spelt two ways ("menzies
    campbell", "menzies cambell"): the same words but the last, whose surnames are a slip."""
    full = sorted({n for n in names if len(n.split()) > 1})
    pairs = []
    for at, one in enumerate(full):
        for other in full[at + 1 :]:
            a, b = one.split(), other.split()
            if len(a) == len(b) and a[:-1] == b[:-1] and is_slip(a[-1], b[-1]):
                pairs.append((one, other))
    return pairs


def respelt(names: Iterable[str], text: str) -> dict[str, str]:
    """Map each folded full name an article writes less often than another spelling of the
    same person (the slip, "menzies cambell") to that other as the article writes it
    ("Menzies Campbell"), and the slip's surname to the other's; on a tie, the form said
    first is taken as meant."""
    found = {}
    for one, other in spelling_pairs(names):
        said = {n: _said_at(n, text) for n in (one, other)}
        if len(said[one]) != len(said[other]):
            kept = max((one, other), key=lambda n: len(said[n]))
        else:
            kept = min((one, other), key=lambda n: min(said[n], default=len(text)))
        written, slip = _written(kept, text), other if kept == one else one
        if written:  # its surname too: "Cambell" is shown "Campbell", spelt out as him
            found[slip] = written
            found[slip.split()[-1]] = written.split()[-1]
    return found


def _said_at(name: str, text: str) -> list[int]:
    """Return where a folded full name's surname stands in a text (alone too: "Campbell
    said" spells him)."""
    surname = name.split()[-1]
    found = re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text, re.IGNORECASE)
    return [m.start() for m in found]


def _written(name: str, text: str) -> str:
    """Return a folded full name as a text writes it, or "" when it never does."""
    found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE)
    return found.group(0) if found else ""
