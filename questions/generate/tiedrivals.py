"""A person key's wrong options not all tied by one deed the key has no part in.

Blind review 65 struck "Who was to be a key witness?" offered with three of the trial's
charged men (no reader takes a defendant for the defence's witness), and "Who does the
opposition accuse of mismanaging the country?" offered with the opposition's leader and the two
men backing him: where every wrong option shares a deed the key does not (all charged, all
backing one man or backed by the others), that deed marks the key as the odd one out. One of
them gives way to another of the article's people outside it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from questions.generate.deedmates import deed_ties
from questions.generate.options import OptionContext
from questions.generate.sidemix import swap_last
from questions.schema import normalise

_FEW = 2  # fewer wrong options than this share nothing a reader could see through


def _in(name: str, tie: frozenset[str]) -> bool:
    """Tell whether a tie holds a name, in full or by surname."""
    words = normalise(name).split()
    return bool(words) and (" ".join(words) in tie or words[-1] in tie)


def untied_rivals(
    chosen: list[str],
    pool: Sequence[str],
    key: str,
    ok: Callable[[str], bool],
    ctx: OptionContext | None,
) -> list[str]:
    """Return the options with the last swapped for one of the pool's people outside the
    deed every option shares and the key does not, when the pool has one."""
    if ctx is None or len(chosen) < _FEW or not ctx.sentences:
        return chosen
    ties = deed_ties(ctx.sentences, ctx)
    tie = next((t for t in ties if not _in(key, t) and all(_in(o, t) for o in chosen)), None)
    if tie is None:
        return chosen
    return swap_last(chosen, pool, key, lambda p: not _in(p, tie) and ok(p))
