"""A match's person key among options of its own side: the side must not give it away.

"In England's win over Tunisia, who was substituted off due to injury?" with Tunisia's
goalkeeper as the key and three Englishmen beside him is answered by the side alone. Where
the article puts someone else on the key's side, one option is that teammate.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from questions.generate.options import OptionContext
from questions.generate.sides import alike, one_side
from questions.schema import normalise


def swap_last(chosen: list[str], pool: Sequence[str], key: str, fits: Callable[[str], bool],
              ) -> list[str]:  # fmt: skip
    """Return the options with the last swapped for the pool's first name not already shown
    that fits, or as they are when the pool has none."""
    folded = {normalise(o) for o in chosen} | {normalise(key)}
    fresh = [p for p in pool if normalise(p) not in folded and fits(p)]
    return [*chosen[:-1], fresh[0]] if fresh else chosen


def mixed_sides(
    chosen: list[str],
    pool: Sequence[str],
    key: str,
    ok: Callable[[str], bool],
    ctx: OptionContext | None,
) -> list[str]:
    """Return the options with the last swapped for a teammate of the key from the pool when
    the key plays for one side of the question's match and no option is of that side, and
    those the article puts on no side swapped for teammates while the pool has them."""
    if ctx is None or not (ctx.scene or ctx.match) or not chosen:
        return chosen
    ours = one_side(normalise(key), ctx.teams)
    if not ours:
        return chosen

    def teammate(option: str) -> bool:
        theirs = one_side(normalise(option), ctx.teams)
        return bool(theirs) and alike(min(ours), min(theirs))

    if not any(teammate(o) for o in chosen):
        return swap_last(chosen, pool, key, lambda o: teammate(o) and ok(o))
    folded = {normalise(o) for o in chosen} | {normalise(key)}
    mates = [o for o in pool if normalise(o) not in folded and teammate(o) and ok(o)]
    # an option the article puts on no side is struck out by a reader who knows it does
    # ("Ivan Perišić" scored for Croatia): the key's teammates come first
    unsided = [o for o in chosen if not one_side(normalise(o), ctx.teams)]
    swapped = dict(zip(unsided, mates, strict=False))
    return [swapped.get(o, o) for o in chosen]
