"""A number's wrong options spread around the key at uneven steps, some below it and some
above, rounded like it: not the key's fixed multiples (×1.25, ×1.5, ×1.75) nor its next
counts (+1, +2, +3), which left the key the smallest option (reviews 20 and 21)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from num2words import num2words

from questions.generate.keyplace import ranked
from questions.generate.variants import numeric_variants, ordinal_variants
from tests.generate.test_generate_numbers import _asked

_SEEDS = [f"How many crates did the ferry carry on trip {n}?" for n in range(40)]


def _value(option: str) -> float:
    """Read an option's number: "£1,250" -> 1250.0, "US$2.3 trillion" -> 2.3."""
    found = re.search(r"\d[\d,]*(?:\.\d+)?", option)
    assert found is not None, option
    return float(found.group(0).replace(",", ""))


def _shown(key: str, seed: str) -> list[str]:
    """The three wrong options a number key gets from its own variants under one draw."""
    return ranked(numeric_variants(key, seed), key, [], seed)[:3]


def _places(key: str, read: Any = _value) -> Counter[int]:
    """How often the key stands at each place (0: the smallest) among its four options."""
    places: Counter[int] = Counter()
    for seed in _SEEDS:
        values = sorted([read(key), *(read(o) for o in _shown(key, seed))])
        places[values.index(read(key))] += 1
    return places


def test_the_key_stands_at_every_place_among_its_options() -> None:
    for key in ("270", "71,088", "£150", "US$2.3 trillion", "36,000 kilometres", "15"):
        places = _places(key)
        assert set(places) == {0, 1, 2, 3}, (key, places)
        assert max(places.values()) <= len(_SEEDS) // 2, (key, places)


def test_no_option_is_a_fixed_multiple_of_the_key() -> None:
    for key, value in (("270", 270.0), ("420", 420.0), ("71,088", 71088.0), ("850", 850.0)):
        for seed in _SEEDS:
            ratios = sorted(round(_value(o) / value, 2) for o in _shown(key, seed))
            assert ratios not in ([1.25, 1.5, 1.75], [0.25, 0.5, 0.75], [2.0, 3.0, 4.0]), key
            assert len(set(ratios)) == 3


def test_options_are_rounded_like_the_key() -> None:
    for seed in _SEEDS[:10]:
        assert all(_value(o) % 10 == 0 for o in _shown("270", seed))
        assert all(re.fullmatch(r"US\$\d\.\d trillion", o) for o in _shown("US$2.3 trillion", seed))
        assert all(re.fullmatch(r"\d{1,3}(,\d{3})*", o) for o in _shown("71,088", seed))
        far = _shown("36,000 kilometres", seed)
        assert all(re.fullmatch(r"\d+,000 kilometres", o) for o in far)


def test_options_are_never_at_or_below_zero_and_differ_from_the_key() -> None:
    for key in ("2 million", "1.5", "0.5 percent", "100", "1,000", "20 hours", "three"):
        for seed in _SEEDS[:10]:
            options = numeric_variants(key, seed)
            assert options and key not in options and len(set(options)) == len(options)
            assert all(_value(o) > 0 for o in options if re.search(r"\d", o)), (key, options)


def test_a_share_stays_below_the_whole() -> None:
    # "70 percent" of a market: not 100 percent, which no one would weigh against it
    for seed in _SEEDS:
        assert all(_value(o) < 100 for o in numeric_variants("88%", seed))
        assert all(_value(o) < 100 for o in numeric_variants("70 percent", seed))


def test_the_same_question_draws_the_same_options() -> None:
    assert numeric_variants("270", "stem one") == numeric_variants("270", "stem one")
    assert any(numeric_variants("270", s) != numeric_variants("270", "stem one") for s in _SEEDS)


_WORDS = {num2words(n): n for n in range(8, 24)}


def test_a_small_spelled_count_has_options_on_both_sides() -> None:
    places = _places("fifteen", lambda o: float(_WORDS[o]))
    assert set(places) == {0, 1, 2, 3}, places
    # the three are not the next three every time the key is the least of them
    lowest = [_shown("fifteen", s) for s in _SEEDS]
    lowest = [o for o in lowest if all(_WORDS[w] > 15 for w in o)]
    assert lowest and any(sorted(o) != ["eighteen", "seventeen", "sixteen"] for o in lowest)


def test_an_ordinal_key_is_not_always_the_largest() -> None:
    found = set()
    for seed in _SEEDS:
        options = ranked(ordinal_variants("31st"), "31st", [], seed)[:3]
        found.add(sum(int(o[:-2]) < 31 for o in options))
    assert found == {0, 1, 2, 3}


def test_sentences_get_options_below_and_above_their_keys(nlp: Any) -> None:
    sentences = (
        ("The storm flattened 340 barns across the valley last winter.", "340"),
        ("The orchard shipped 4,200 crates of pears to the coast on Monday.", "4,200"),
        ("Volunteers planted 780 oak saplings along the river in the spring.", "780"),
        ("The museum sold 9,600 tickets for the glass exhibition in March.", "9,600"),
    )
    below = above = 0
    for text, key in sentences:
        _, _, options = _asked(nlp, text, key)
        assert len(options) == 3 and all(_value(o) > 0 and _value(o) % 10 == 0 for o in options)
        below += sum(_value(o) < _value(key) for o in options)
        above += sum(_value(o) > _value(key) for o in options)
    assert below and above


def test_a_bound_keeps_its_options_beyond_it(nlp: Any) -> None:
    # "more than 600 families": 500 would be true as well
    _, stem, options = _asked(
        nlp, "The charity housed more than 600 families in the northern towns.", "600"
    )
    assert stem.startswith("More than how many families")
    assert len(options) == 3 and all(_value(o) > 600 for o in options), options
    # "about 300 walkers": 280 or 320 would be true as well
    _, _, options = _asked(nlp, "About 300 walkers crossed the old bridge on Sunday.", "300")
    assert all(abs(_value(o) - 300) >= 60 for o in options), options
