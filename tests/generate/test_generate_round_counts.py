"""A round count's wrong options are round too: "thirty workers" beside 26, 27 and 29 reads as
the one number not made up (review 38), so a multiple of ten from forty is weighed against
other tens, a multiple of five from twenty against fives; other small counts keep their
nearest neighbours."""

from __future__ import annotations

import pytest
from word2number.w2n import word_to_num

from questions.generate.variants import numeric_variants


@pytest.mark.parametrize("seed", ["a", "b", "c", "d"])
def test_a_spelled_round_count_gets_round_options(seed: str) -> None:
    thirty = [word_to_num(o) for o in numeric_variants("thirty", seed)[:3]]
    assert all(n % 5 == 0 and 15 <= n <= 45 for n in thirty)  # no 26, 27 or 29; no seventy
    forty = [word_to_num(o) for o in numeric_variants("forty workers", seed)[:3]]
    assert all(n % 10 == 0 and 10 <= n <= 70 for n in forty)


def test_a_count_that_is_not_round_keeps_its_neighbours() -> None:
    shown = [word_to_num(o) for o in numeric_variants("twenty-seven", "a")[:3]]
    assert all(abs(n - 27) <= 4 for n in shown)
