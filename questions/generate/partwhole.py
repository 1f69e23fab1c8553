"""A count asked as the whole of a part the question states, or as the part of a stated whole.

"approximately 20 of the _____ employees were taken into custody": the question itself says
there were more than 20, so 18 or 15 beside the key are struck out unread (review 30). The
reverse holds too: "_____ of the 40 districts voted" rules out 40 and more. Each wrong option
of such a figure stays on the side of the stated number the key is on.
"""

from __future__ import annotations

import re

from num2words import num2words

from questions.generate.bounds import bound_in
from questions.generate.figures import amount
from questions.generate.variantkinds import FIGURES
from questions.generate.variants import SCALES

_SCALE = "|".join(SCALES)
# A figure as the question writes it: "20", "1,200", "$5 million", "seven", "five billion";
# a word that is no number ("most of the …", "half of the …") reads as none and sets nothing.
_FIGURE = (
    rf"(?:[A-Z]{{0,2}}[$€£])?\d[\d,]*(?:\.\d+)?(?: (?:{_SCALE}))?"
    rf"|[A-Za-z]+(?:-[a-z]+)?(?: (?:{_SCALE}))?"
)
# "20 of its _____ staff", "_____ of the country's 40 districts": a possessor's whole
_OWNER = r"(?P<owner>(?:(?:the )?[A-Za-z]+['’]s|the|its|their|his|her|our|your|these|those) )?"
_YEAR = re.compile(r"1[89]\d\d|20\d\d")  # "_____ of 2000 levels": a year, not a whole
# a percentage is a share of something else ("exceeded _____ of 2000 levels"), no part of a count
_KINDS = FIGURES - {"percent"}
_ASKED = r"(?:_____|how many|how much)"
_EDGE = r"(?<![\w$€£.,%-])"  # a whole figure: not the "0" of "20", nor the "5" of "2.5"
# The key is the whole: "20 of the _____ employees", "seven out of _____", "one of how many".
_WHOLE_ASKED = re.compile(
    rf"{_EDGE}(?P<n>{_FIGURE}) (?:out )?of {_OWNER}{_ASKED}(?!\w)", re.IGNORECASE
)
# "Of the _____ delegates, 80 voted": the clause opens on the whole, and its part is said in
# digits a word or two after the comma (a word there is as likely "only" as "eighty").
_WHOLE_FIRST = re.compile(
    r"(?m)^Of (?:the|its|their) _____ [^,.;:?]*, (?:[A-Za-z]+ ){0,2}(?P<n>\d[\d,]*)(?![\d%]| per)"
)
# The key is the part: "_____ of the 40 districts", "How many of its 16 games", "_____ people
# out of 40"; not "_____ residents of the three villages", whose residents are no villages.
# The whole is no one's possessor ("of the three villages' 900 residents").
_PART_ASKED = re.compile(
    rf"{_ASKED} (?:of|(?:[a-z]+ )?out of) {_OWNER}(?P<n>{_FIGURE})(?![\w%]| per)(?! \w+['’])",
    re.IGNORECASE,
)


def stated_side(stem: str) -> tuple[int, float] | None:
    """Return which side of a number the question states the key is on, and that number:
    (+1, 20) for "20 of the _____ employees", (-1, 40) for "_____ of the 40 districts";
    None where the question states neither."""
    for pattern, side in ((_WHOLE_ASKED, 1), (_WHOLE_FIRST, 1), (_PART_ASKED, -1)):
        for found in pattern.finditer(stem):
            owned = side < 0 and found.groupdict().get("owner")
            if _YEAR.fullmatch(found.group("n")) and not owned:
                continue  # "of the 2000 members" counts; "of 2000", "in 2014 of the _____" years
            said = _figure(found.group("n"))
            if said is None or not said:
                continue  # "most of the _____", "none of the 40": no number to stay beyond
            if side > 0 and bound_in(found.group("n"), stem[: found.end("n")]) < 0:
                continue  # "fewer than 20 of the _____": the whole may be 15, with 12 of them
            return side, said
    return None


def _figure(text: str) -> float | None:
    """Read a stated part or whole: "20", "$5 million", "seven"; None for a word that is no
    whole number written out ("two-thirds" is no two, "most" no number at all)."""
    said = amount(text)
    if said is None or text[:1].isdigit() or not text[:1].isalpha():
        return said
    return said if num2words(int(said)) == text.lower() else None


def on_stated_side(option: str, kind: str, stem: str) -> bool:
    """Tell whether a wrong option for a figure stays on the side of the question's own part
    or whole the key is on: more than 20 for "20 of the _____", fewer than 40 for "_____ of
    the 40". An option with no number, another kind's, or a question stating neither passes."""
    if kind not in _KINDS:
        return True
    stated = stated_side(stem)
    mine = amount(option)
    if stated is None or mine is None:
        return True
    side, said = stated
    return (mine - said) * side > 0
