"""Where a number's key stands among its options: the stem's own draw, so that neither "the
smallest" nor "the one the others are multiples of" gives it away (reviews 17, 20 and 21).

Split from `reviewed` (the review's checks) when the draw learnt ordinals and the weights that
keep a key free to stand anywhere from standing lowest too often.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

from word2number import w2n

from questions.generate.reviewed import AMOUNT
from questions.generate.variants import ordinal_words


def _number(text: str) -> float | None:
    """Read an option's number: "1,709", "$192 million", "five", "2013"; None if none."""
    found = AMOUNT.search(text)
    if found is not None:
        return float(found.group(1).replace(",", ""))
    first = text.split()[0].lower() if text.split() else ""
    if first in ordinal_words():  # "ninth": 9
        return float(ordinal_words()[first])
    try:
        return float(w2n.word_to_num(text.split()[0]))
    except (ValueError, IndexError):
        return None


EVEN = (0, 1, 2, 3)  # how many options fall below the key: each as often
# A count or sum with nothing below it ("two", "more than 600") stands lowest whatever the
# draw, so a key free to stand anywhere is drawn lowest less often: "pick the smallest"
# would win well over a quarter of the time else (review 21)
LOW_FORCED = (0, 1, 1, 2, 2, 3, 3)


def ranked(
    extra: list[str], key: str, chosen: Sequence[str], seed: str, places: Sequence[int] = EVEN
) -> list[str]:
    """Order library numbers so the key's place among the four options is the stem's draw
    from `places`: "two | three | four | *five" every time, or the key always second of
    0.5x, 1.5x, 2x, tells a test-wise reader the answer."""
    value = _number(key)
    if value is None:
        return extra
    wanted = places[zlib.crc32(seed.encode()) % len(places)]  # how many fall below the key
    below = [o for o in extra if (v := _number(o)) is not None and v < value]
    above = [o for o in extra if (v := _number(o)) is not None and v > value]
    have = sum(1 for o in chosen if (v := _number(o)) is not None and v < value)
    lower = max(0, min(len(below), wanted - have))
    upper = max(0, 3 - len(chosen) - lower)
    if lower == 0 and not have and _significant(value) >= 2:
        # The least of four, a key of two digits or more must not divide the others: 131
        # among 262, 393 and 196 is the one they are all multiples of (review 17); a round
        # key (5,000 among 10,000, 15,000) shows nothing.
        above.sort(key=lambda o: (_number(o) or 0) % value == 0)
    first = below[:lower] + above[:upper]
    return first + [o for o in extra if o not in first]


def _significant(value: float) -> int:
    """Count a number's significant digits: 131 has three, 11,000 two, 5,000 one."""
    return len(f"{value:.10g}".replace(".", "").replace("-", "").strip("0"))
