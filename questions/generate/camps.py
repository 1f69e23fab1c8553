"""The sides an article puts its names on ("pro-Beijing", "pan-democrat"): an option from
another side than the question's cannot fit it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.kinds import folded_name
from questions.generate.pools import is_any_first_name

# "pro-Beijing", "pan-democratic", "anti-establishment", "far-right": English's prefixes of
# taking or opposing a side; capitalised only as a sentence's first word ("Pro-Beijing DAB's
# …"), so a Cantonese given name ("Chi-fung") is no side. Any other hyphened word is none:
# "two-thirds majority", "ten-year exemption", "re-elected", "co-author", "al-Shabab".
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_CAMP = re.compile(r"\b(?:(?:[Pp]ro|[Aa]nti|[Pp]an)-[A-Za-z]{3,}|[Ff]ar-(?:right|left))")


def camps(text: str) -> frozenset[str]:
    """Return the sides a text takes ("pro-Beijing", "pan-democrat…"), folded by stem."""
    return frozenset(m.group(0).lower()[: m.group(0).index("-") + 6] for m in _CAMP.finditer(text))


def name_camps(sentences: Sequence[Any]) -> dict[str, frozenset[str]]:
    """Return the sides said most often beside each name in the article's sentences: the
    Civic Party is pan-democrat, though one sentence names the pro-Beijing camp too. A place
    takes no side ("In the Kowloon East constituency, pro-Beijing Wilson Or …": both camps
    stand there), unless its name is a camp's ("Pro-Beijing", taken for a place)."""
    found: dict[str, Counter[str]] = {}
    surnames = _hyphened_surnames(sentences)
    for sentence in sentences:
        said = camps(sentence.text) - surnames
        for ent in ents_of(sentence):
            if ent.label_ in _PLACE_LABELS and not camps(ent.text):
                continue
            found.setdefault(folded_name(ent.text), Counter()).update(said)
    return {
        name: frozenset(side for side, n in sides.items() if n == max(sides.values()))
        for name, sides in found.items()
        if sides
    }


def _hyphened_surnames(sentences: Sequence[Any]) -> frozenset[str]:
    """Return the camp-shaped words that end a person's full name opening with a first name
    ("Bashar al-Assad", "Omar el-Sayed"): a family name with its particle, no side."""
    found: set[str] = set()
    for sentence in sentences:
        for ent in ents_of(sentence):
            words = ent.text.removesuffix("'s").removesuffix("’s").split()
            if ent.label_ == "PERSON" and len(words) > 1 and is_any_first_name(words[0]):
                found |= camps(words[-1])
    return frozenset(found)


def other_camp(option: str, stem: str, sides: Mapping[str, frozenset[str]]) -> bool:
    """Tell whether the article puts an option only on another side than the stem's: a
    pan-democrat party offered where the stem asks for a pro-Beijing one."""
    ours = camps(stem)
    theirs = sides.get(folded_name(option), frozenset())
    return bool(ours and theirs) and not ours & theirs
