"""Which kinds of key take made-up nearby values as options, and how each kind makes them.

A date, an ordinal, a magnitude, a fraction, a frequency, a level or a means has a function
that writes values near the key in its own form; a figure (count, money, percent, quantity,
number) has the numeric ones; some kinds draw the key's place among them (`keyplace`).
"""

from __future__ import annotations

from collections.abc import Callable

from questions.generate.keyplace import EVEN, LOW_FORCED
from questions.generate.levels import LEVEL, level_variants
from questions.generate.means import MEANS, means_variants
from questions.generate.measures import (
    FRACTION,
    FREQUENCY,
    MAGNITUDE,
    fraction_variants,
    frequency_variants,
    magnitude_variants,
)
from questions.generate.variants import date_variants, ordinal_variants

FIGURES = frozenset({"count", "money", "percent", "quantity", "number"})
# kinds whose nearby values stand on both sides of the key, the key's place drawn (`ranked`)
# ("first" stands lowest whatever the draw, a magnitude near 9.5 highest)
DRAWN = {"ordinal": LOW_FORCED, MAGNITUDE: EVEN}
VARIANTS: dict[str, Callable[[str], list[str]]] = {
    "date": date_variants, "ordinal": ordinal_variants,
    MAGNITUDE: magnitude_variants, FRACTION: fraction_variants, FREQUENCY: frequency_variants,
    LEVEL: level_variants, MEANS: means_variants,
}  # fmt: skip
