"""Options right too: another name of the key's thing, or a year the article gives its deed.

"the 2010 Games in Vancouver" makes "Vancouver Games" another name of the "2010 Games": both
options would be right (review 88). A head noun shared, one name's own word said of the
other ("2010 Games in Vancouver") makes them one thing. And "Armstrong and Thiessen were
part of the _____ gold medal winning team" keyed 2010 has 2013 right too where the article
counts them among "their 2013 World Championship winning team": a year the article ties to
the question's people and its noun is no wrong option.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from questions.generate.compiled import pattern
from questions.generate.stems import BLANK
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.options import OptionContext

_PLACED = r"(?:in|at|of)"  # "the 2010 Games in Vancouver", "the Games of Vancouver"
_NEAR_WORDS = 4  # words between a year and the noun it dates ("2013 World Championship … team")
_OPENERS = frozenset({"The", "A", "An", "In", "On", "At", "Who", "Which", "What", "How"})


def _split(name: str) -> tuple[str, str] | None:
    """Return a name's own words and its head noun ("2010 Games" -> ("2010", "Games"))."""
    words = name.split()
    return (" ".join(words[:-1]), words[-1]) if len(words) > 1 else None


def same_thing(option: str, other: str, source: str) -> bool:
    """Tell whether two folded names sharing a head noun name one thing by the folded article:
    one's own words said of the other ("the 2010 games in vancouver": "vancouver games")."""
    a, b = _split(option), _split(other)
    if a is None or b is None or a[1] != b[1] or a[0] == b[0]:
        return False
    for (own, head), (said, _) in ((a, b), (b, a)):
        name = re.escape(f"{own} {head}")
        tied = rf"\b{name} {_PLACED} (?:the )?{re.escape(said)}\b"
        fused = rf"\b{re.escape(said)} {name}\b"  # "the 2010 Vancouver Games"
        if pattern(tied).search(source) or pattern(fused).search(source):
            return True
    return False


def distinct_things(options: list[str], source: str) -> list[str]:
    """Return the options less each that names the same thing as one before it by the
    article: "2010 Games" and "Vancouver Games" would be wrong as one, eliminable as a pair."""
    folded = normalise(source)
    kept: list[str] = []
    for option in options:
        if not any(same_thing(normalise(option), normalise(k), folded) for k in kept):
            kept.append(option)
    return kept


def _dated_noun(stem: str) -> str:
    """Return the noun a blank's year dates: the last word of its phrase ("the _____ gold
    medal winning team" -> "team"), or ""."""
    after = stem.partition(BLANK)[2]
    found = re.match(r"((?:\s+[a-z][\w-]*){1,5})", after)
    return found.group(1).split()[-1] if found else ""


def _stem_names(stem: str) -> list[str]:
    """Return the capitalised words of a question that may be its people's names."""
    words = re.findall(r"(?<=\s)[A-Z][a-z][\w'’-]+\b", stem)  # not the question's first
    return [w for w in words if w not in _OPENERS]


def tied_year(option: str, context: OptionContext) -> bool:
    """Tell whether a year option is one the article gives the question's own people and
    noun ("their 2013 World Championship winning team, including … Jim Armstrong"): true too."""
    stem, sentences = context.stem, context.sentences
    if not option.isdigit() or BLANK not in stem:
        return False
    noun = _dated_noun(stem)
    names = _stem_names(stem.splitlines()[-1])
    if not noun or not names:
        return False
    near = pattern(rf"\b{option}(?:\s+[\w'’-]+){{0,{_NEAR_WORDS}}}\s+{re.escape(noun)}\b")
    for sentence in sentences:
        text = sentence.text
        if near.search(text) and any(pattern(rf"\b{re.escape(n)}\b").search(text) for n in names):
            return True
    return False
