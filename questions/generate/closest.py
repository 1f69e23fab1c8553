"""Picking options from a pool: one spelling of a name once, lengths like the key's."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from questions.generate.bodytwins import one_body
from questions.generate.rounded import same_quantity
from questions.schema import normalise

WANTED = 3
LENGTH_STEP = 6  # options within this many letters of the key count as its length


# Asked of every option of every pool, thousands of times an article: a pure function of
# the string, so a bounded cache is safe across articles.
@lru_cache(maxsize=1 << 14)
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
    that writes both "Marc Antony" and "Mark Antony" has two right options else. Never two
    names of one body ("EPA", "Environmental Protection Agency"), nor one of the key's."""
    items = list(pool)
    folds = [unpossessed(option) for option in items]
    spellings: dict[str, list[int]] = {}
    for at, fold in enumerate(folds):
        spellings.setdefault(fold, []).append(at)
    verdicts: dict[int, bool] = {}

    def passes(at: int) -> bool:
        if at not in verdicts:
            verdicts[at] = bool(ok(items[at]))  # type: ignore[operator]
        return verdicts[at]

    def first_fit(at: int) -> bool:
        """Tell whether an option is the first of its spellings, in the pool's order, that
        passes `ok`: the one spelling kept."""
        for other in spellings[folds[at]]:
            if other == at or passes(other):
                return other == at and passes(at)
        return False

    # Lengths like the key's first, then the pool's order; `ok` (dozens of checks an option)
    # is asked only of options reached before three are picked: a library pool holds hundreds.
    order = sorted(range(len(items)), key=lambda at: abs(len(items[at]) - len(key)) // step)
    picked: list[str] = []
    for at in order:  # "Udvar-Hazy Center" beside "Steven F. Udvar-Hazy Center": one place
        if len(picked) == wanted:
            break
        if not first_fit(at):
            continue
        option = items[at]
        if any(_tail_of(option, p) for p in picked):
            continue
        if names and any(spelt_alike(option, o) for o in (key, *taken, *picked)):
            continue
        if any(same_place(option, o) for o in (key, *picked)):
            continue
        # not `taken`: it holds the options ruled out as well as those picked
        if any(one_body(option, o) for o in (key, *picked)):
            continue  # "EPA" beside "United States Environmental Protection Agency": one body
        if any(same_quantity(option, o) for o in (key, *picked)):
            continue  # "1,617,989" beside "1.6 million": one count, rounded, right twice
        picked.append(option)
    taken.update(folding(p) for p in picked for folding in (normalise, unpossessed))
    return picked
