"""A round count's wrong options are round too: "thirty workers" beside 26, 27 and 29 reads as
the one number not made up (review 38), so a multiple of ten from twenty is weighed against
other tens, a multiple of five from fifteen against fives; other small counts keep their
nearest neighbours."""

from __future__ import annotations

import pytest
from word2number.w2n import word_to_num

from questions.generate.variants import numeric_variants


@pytest.mark.parametrize("seed", ["a", "b", "c", "d"])
def test_a_spelled_round_count_gets_round_options(seed: str) -> None:
    shown = [word_to_num(o) for o in numeric_variants("thirty", seed)[:3]]
    assert all(n % 10 == 0 for n in shown)
    assert all(10 <= n <= 50 for n in shown)  # tens near it: no seventy for thirty


@pytest.mark.parametrize("seed", ["a", "b", "c", "d"])
def test_a_round_count_in_digits_gets_round_options(seed: str) -> None:
    shown = [int(o) for o in numeric_variants("15", seed)[:3]]
    assert all(n % 5 == 0 for n in shown)


def test_a_count_that_is_not_round_keeps_its_neighbours() -> None:
    shown = [word_to_num(o) for o in numeric_variants("twenty-seven", "a")[:3]]
    assert all(abs(n - 27) <= 4 for n in shown)
