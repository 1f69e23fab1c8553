"""The least of a number question's options is never the one every other option is a
multiple of: "131-page" among 262, 393 and 196 pages gives the key away (review 17)."""

from __future__ import annotations

import zlib

from questions.generate.keyplace import ranked
from questions.generate.variants import numeric_variants


def _seed_with_key_lowest() -> str:
    """A stem whose draw puts the key below every other option."""
    return next(s for s in (f"stem {n}" for n in range(100)) if zlib.crc32(s.encode()) % 4 == 0)


def _options(key: str) -> list[float]:
    chosen = ranked(numeric_variants(key), key, [], _seed_with_key_lowest())[:3]
    return [float(o.split("-")[0].replace(",", "").lstrip("$").split()[0]) for o in chosen]


def test_a_key_of_several_digits_divides_none_of_the_options_above_it() -> None:
    for key, value in (("131-page", 131.0), ("11,000", 11000.0), ("$48 million", 48.0)):
        options = _options(key)
        assert len(options) == 3 and all(o > value for o in options), (key, options)
        assert not any(o % value == 0 for o in options), (key, options)


def test_a_round_key_keeps_its_round_multiples() -> None:
    # whole thousands like the key's, above it under this draw: nothing shown
    options = _options("5,000")
    assert len(options) == 3 and all(o > 5000 and o % 1000 == 0 for o in options), options
