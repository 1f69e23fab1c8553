"""Figures beside figures: which of an article's amounts measure the same thing as the key,
and which side of a stated change an option must stay on.

A code review found "18 months" offered for how long a group walked (the key "30 minutes"),
and the start of a rise ("from 2.4 million euros last year to 2.6 million euros this year")
offered 4.8 and 7.2 million, past the 2.6 million it rose to: a reader who knows it rose
can strike them without having read the article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getLemma

from questions.generate.levels import whole_number
from questions.generate.variants import SCALES

_SCALE = "|".join(SCALES)
# An amount as news writes it: "$2.4 million", "2.6 million", "12%", "1,200", "nine".
_AMOUNT = rf"(?:[A-Z]{{0,2}}[$€£])?\d[\d,]*(?:\.\d+)?(?: (?:{_SCALE}))?%?|[a-z]+(?:-[a-z]+)?"
# "from A to B", with the unit and a date between ("from 2.4 million euros last year to …"),
# or "now A, will rise to B"; no clause break between, so two sentences' "from" and "to"
# are not read as one change.
_CHANGE = re.compile(
    rf"\b(?P<said>from|now|currently) (?P<start>{_AMOUNT})(?![\d,.]*\d)"
    rf"(?P<between>[^.;:!?]{{0,60}}?) to (?P<end>{_AMOUNT})"
)
# The verbs that move a figure: after "now A", only they make "to B" its change's end
# ("now 2 euros a night, will rise to 4 euros"; not "now 2 euros, close to 4").
MOVES = frozenset({
    "rise", "fall", "increase", "decrease", "climb", "drop", "grow", "jump", "raise", "cut",
    "reduce", "lower",
})  # fmt: skip
# A stated range: "between 4 and 6 feet", "four- to six-foot", "4 to 6 feet" (read only with
# a figure at each end, so "raised the cap to 6" is none). Its ends keep their order as a
# change's do: "four- to _____" takes no "two", below its lower end (review 67).
_RANGE = re.compile(
    rf"(?:\bbetween (?P<low>{_AMOUNT})(?P<between>[^.;:!?]{{0,30}}?) and "
    rf"|(?<![\w$€£.,-])(?P<start>{_AMOUNT})-? to )(?P<high>{_AMOUNT})"
)
_NUMBER = re.compile(rf"(\d[\d,]*(?:\.\d+)?)(?: ({_SCALE}))?")


# Asked of every option an option check sees: a pure function of the string, safe to keep.
@lru_cache(maxsize=1 << 14)
def amount(text: str) -> float | None:
    """Return the sum a figure states, its scale applied ("2.4 million": 2,400,000; "nine":
    9), or None for no figure."""
    found = _NUMBER.search(text)
    if found is not None:
        scale = SCALES.get(found.group(2) or "", 1.0)
        return float(found.group(1).replace(",", "")) * scale
    words = text.split()
    whole = whole_number(words[0]) if words else None
    if whole is None:
        return None
    # "six billion" is six billion, not six: a spelled count's scale word applies as a digit's
    return float(whole) * (SCALES.get(words[1].lower(), 1.0) if len(words) > 1 else 1.0)


def change_in_order(option: str, key: str, source: str) -> bool:
    """Tell whether an option for one end of a change the source states ("rose from 2.4
    million euros last year to 2.6 million euros") or of a range ("four- to six-foot") stays
    on the key's side of the other end: not 4.8 million for the start of a rise to 2.6
    million, nor "two-foot" for the top of a range from four. An option for a figure that is
    no end of a change or a range passes."""
    mine, value = amount(option), amount(key)
    if mine is None or value is None or _stated_ends(key):
        return True  # a whole range ("10 to 15 hours") is no end of itself
    bare = _bare(key)
    for start, end in _stated_ends(source):
        for said, other in ((start, end), (end, start)):
            if _bare(said) != bare and not bare.startswith(f"{_bare(said)} "):
                continue  # "10" is no end of "from 9 to 100"
            bound = amount(other)
            if bound is None or bound == value:
                return True
            return mine != bound and (mine > bound) == (value > bound)  # "from 9 to 9": none
    return True


def _stated_ends(source: str) -> list[tuple[str, str]]:
    """Return the two ends of each change ("from 2.4 million to 2.6 million") and each range
    ("between 4 and 6 feet", "four- to six-foot") the source states, in its order."""
    found = [
        (m.start(), m.group("start"), m.group("end"))
        for m in _CHANGE.finditer(source)
        if m.group("said") == "from" or _moves(m.group("between"))
    ]
    for m in _RANGE.finditer(source):
        low = m.group("low") or m.group("start")
        if amount(low) is None or amount(m.group("high")) is None:
            continue  # "went to 6", "between the men and the women": a figure at each end
        found.append((m.start(), low, m.group("high")))
    return list(dict.fromkeys((start, end) for _, start, end in sorted(found)))


def _moves(words: str) -> bool:
    """Tell whether words hold a verb that moves a figure ("will rise", "was cut")."""
    return any(str(getLemma(w, upos="VERB")[0]) in MOVES for w in re.findall(r"[a-z]+", words))


def _bare(text: str) -> str:
    """Return a figure without its currency sign ("$2.4 million": 2.4 million)."""
    return re.sub(r"^[A-Z]{0,2}[$€£]", "", text)


def same_measure(other: str, key: str) -> bool:
    """Tell whether two quantities are in the same unit ("45 minutes" and "30 minutes"; not
    "18 months" and "30 minutes"), whatever their numbers are written as."""
    return _measure(other) == _measure(key)


def _measure(text: str) -> tuple[str, ...]:
    """Return a quantity's unit words, singular and lower-case ("minutes": minute)."""
    words = [w.lower() for w in re.split(r"[\s-]+", text) if not re.search(r"\d", w)]
    units = [w for w in words if w not in SCALES and whole_number(w) is None]
    return tuple(str(getLemma(w, upos="NOUN")[0]) if w.isalpha() else w for w in units)
