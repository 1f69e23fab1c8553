"""Wrong numbers spread naturally around a key, some below it and some above.

A number's wrong options made as fixed multiples of the key (×1.25, ×1.5, ×1.75; ¼, ½, ¾)
or as its next counts (+1, +2, +3) leave the key at one end of an even ladder: a test-wise
reader picks the smallest, or the number the others are multiples of (reviews 20 and 21).
Here the options lie on both sides of the key at uneven steps of a ratio drawn per question,
each rounded as the key is rounded ("270": tens; "5,000": thousands), so none is the one the
others were built from. Which of them stand below the key is the question's draw (`ranked`).
"""

from __future__ import annotations

import hashlib
import random

# A ratio between neighbouring options: near enough to be weighed (a 17,772-seat Super Bowl
# for 71,088 is not), far enough apart that a hedged key ("about 270") has no true rival.
_RATIO = (1.18, 1.32)
_JITTER = 0.05  # each option this much off its rung, so the steps are uneven
_RUNGS = 4  # options made on each side of the key
_NEAR = 4  # a small count's options come from the counts this near it on either side
_NEAR_ROUND = 3  # a round count's: this many of its steps (forty: ten to seventy)


def _random(*parts: str) -> random.Random:
    """Return a random generator seeded from text, the same in every process."""
    digest = hashlib.sha256("\x1f".join(("spread", *parts)).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


# A duration in whole days, weeks, years or hours ("48 hours", "14 days", "24 months",
# "120 minutes") is rounded to that customary unit: 37 or 77 hours beside it read as made up.
_CUSTOMARY = {"hour": 24, "day": 7, "month": 12, "minute": 60, "second": 60}
_FAR = 2.0  # a rounded option at most this many times off its rung, else a finer grain


def grains_of(digits: str, decimals: int, unit: str = "") -> list[float]:
    """Return the units a key's options are rounded to, coarsest first: [0.1] for "2.3",
    [10, 1] for "270", [1,000, 100, 10, 1] for "5,000", [24] for "48 hours"."""
    if decimals:
        return [10.0**-decimals]
    whole = int(digits.replace(",", ""))
    words = unit.lower().split()
    custom = _CUSTOMARY.get(words[0].rstrip("s") if words else "", 0)
    if custom and whole % custom == 0 and whole > custom:
        return [float(custom)]  # "48 hours": 24, 72, not 21
    zeros = len(str(whole)) - len(str(whole).rstrip("0"))
    return [10.0**z for z in range(min(zeros, len(str(whole)) - 1), -1, -1)]


def _rung(target: float, last: float, side: int, grains: list[float]) -> float | None:
    """Return the option for one rung: the target rounded to the coarsest grain that leaves it
    beyond the last option; where the key's own grain falls back onto the last, the next
    whole grain beyond it (48 hours below: 24, not 40); None when neither is above zero."""
    for grain in grains:
        new = round(round(target / grain) * grain, 10)
        if (new - last) * side <= 0 and grain == grains[0]:
            new = round((last // grain + (1 if side > 0 else 0)) * grain, 10)
            new = round(last + side * grain, 10) if new == last else new
        near = 1 / _FAR <= new / target <= _FAR
        near = near or abs(new - target) <= grain  # "1 billion": 2 billion, a whole one on
        if new > 0 and (new - last) * side > 0 and near:
            return new
    return None


def spread(value: float, grains: list[float], seed: str) -> list[float]:
    """Return numbers around `value`, nearest first, alternating below and above it: each a
    drawn ratio farther than the last, rounded like the key, and never at or below zero."""
    rng = _random(seed, repr(value))
    ratio = rng.uniform(*_RATIO)
    sides: list[list[float]] = []
    for side in (-1, 1):
        made: list[float] = []
        last = value
        for rung in range(1, _RUNGS + 1):
            target = value * ratio ** (side * rung) * rng.uniform(1 - _JITTER, 1 + _JITTER)
            new = _rung(target, last, side, grains)
            if new is None:
                continue  # a farther rung may round clear of the last
            made.append(new)
            last = new
        sides.append(made)
    below, above = sides
    out: list[float] = []
    for rung in range(_RUNGS):
        out += [side[rung] for side in (below, above) if rung < len(side)]
    return out


def round_step(value: int) -> int:
    """Return the step a small count's options keep: a round count ("thirty workers") is
    weighed against other round counts — 26, 27 and 29 beside it mark it out as the one
    not made up (review 38) — so tens for a multiple of ten from 40, fives for a multiple of
    five from 20 (three steps below it stay above zero), else ones."""
    if value >= 40 and value % 10 == 0:
        return 10
    return 5 if value >= 20 and value % 5 == 0 else 1


def near_counts(value: int, least: int, seed: str, step: int = 1) -> list[int]:
    """Return counts near a small count, `step` apart: the nearest few on each side in a
    drawn order, so the three shown are not always the next three ("sixteen, seventeen,
    eighteen" for fifteen), then farther ones; none below `least`."""
    rng = _random(seed, str(value))
    near = _NEAR if step == 1 else _NEAR_ROUND  # seventy is no rival of thirty
    below = [value - n * step for n in range(1, near + 1) if value - n * step >= least]
    above = [value + n * step for n in range(1, near + 1)]
    rng.shuffle(below)
    rng.shuffle(above)
    out: list[int] = []
    for rung in range(near):
        out += [side[rung] for side in (below, above) if rung < len(side)]
    return [*out, value + (near + 1) * step, value + (near + 2) * step]
