"""Picking options from a pool: one spelling of a name once, lengths like the key's."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from questions.schema import normalise

WANTED = 3
LENGTH_STEP = 6  # options within this many letters of the key count as its length


def unpossessed(name: str) -> str:
    """Fold a name without its inner possessive, so two spellings of one name compare."""
    return normalise(re.sub(r"['’]s\b", "", name))


def _tail_of(one: str, other: str) -> bool:
    """Tell whether one name ends the other, whole words: the same thing named shorter."""
    a, b = sorted((normalise(one), normalise(other)), key=len)
    return a == b or b.endswith(f" {a}")


def spelt_alike(one: str, other: str) -> bool:
    """Tell whether two names are one name spelt two ways: the same words but one, and that
    one a letter off, two in a long word, from the same first letter ("Marc Antony", "Mark
    Antony"; "Mohammed"/"Muhammad"). Asked of people only: "Iran" and "Iraq" are two
    countries."""
    a, b = normalise(one).split(), normalise(other).split()
    differ = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    if len(a) != len(b) or len(differ) != 1:
        return False
    x, y = differ[0]
    # a word shared beside it ("Antony") makes a short one a spelling: "Marc", "Mark"; alone,
    # "Iran" and "Iraq" are two names
    shortest = 4 if len(a) > 1 else 5
    if not (x.isalpha() and y.isalpha()) or x[0] != y[0] or min(len(x), len(y)) < shortest:
        return False
    return Levenshtein.distance(x, y) <= (2 if min(len(x), len(y)) >= 7 else 1)


# The Arabic article a transliterated place name may open with: "Az Zawiyah" is "Zawiya"
_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|at|ad|az|ez|es|ed|er)[ -]", re.IGNORECASE)


def same_place(one: str, other: str) -> bool:
    """Tell whether two place names are one place, one of them written with its Arabic
    article ("Az Zawiyah", "Zawiya"): gazetteers list both spellings."""
    bare = _ARTICLE.sub("", one), _ARTICLE.sub("", other)
    return bare != (one, other) and (normalise(bare[0]) == normalise(bare[1]) or spelt_alike(*bare))


def closest(
    pool: Iterable[str],
    key: str,
    ok: object,
    taken: set[str],
    wanted: int = WANTED,
    step: int = LENGTH_STEP,
    names: bool = False,
) -> list[str]:
    """Pick options from a pool, preferring lengths like the key's; remember what was taken.
    Of `names` (people), none spelt like the key, one taken or another picked: an article
    that writes both "Marc Antony" and "Mark Antony" has two right options else."""
    seen: list[str] = []
    folded: set[str] = set()
    for option in pool:
        key_ = unpossessed(option)
        if key_ not in folded and ok(option):  # type: ignore[operator]
            seen.append(option)
            folded.add(key_)
    seen.sort(key=lambda o: abs(len(o) - len(key)) // step)
    picked: list[str] = []
    for option in seen:  # "Udvar-Hazy Center" beside "Steven F. Udvar-Hazy Center": one place
        if len(picked) == wanted or any(_tail_of(option, p) for p in picked):
            continue
        if names and any(spelt_alike(option, o) for o in (key, *taken, *picked)):
            continue
        if any(same_place(option, o) for o in (key, *picked)):
            continue
        picked.append(option)
    taken.update(folding(p) for p in picked for folding in (normalise, unpossessed))
    return picked
