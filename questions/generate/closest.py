"""Picking options from a pool: one spelling of a name once, lengths like the key's."""

from __future__ import annotations

import re
from collections.abc import Iterable

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


def closest(
    pool: Iterable[str],
    key: str,
    ok: object,
    taken: set[str],
    wanted: int = WANTED,
    step: int = LENGTH_STEP,
) -> list[str]:
    """Pick options from a pool, preferring lengths like the key's; remember what was taken."""
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
        if len(picked) < wanted and not any(_tail_of(option, p) for p in picked):
            picked.append(option)
    taken.update(folding(p) for p in picked for folding in (normalise, unpossessed))
    return picked
