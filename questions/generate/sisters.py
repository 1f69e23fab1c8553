"""Which of a common noun's WordNet sisters a reader would weigh as its rival, split from
`common`, which finds them.

A sister is the same kind of thing, yet not every one sits beside the key: "booby prize" is
a trophy as "silver medal" is, but offered for an award praising a courageous achievement it
reads as a joke; "gun deck" is a deck as "flight deck" is, but of a sailing warship, long
gone. WordNet and wordfreq tell such sisters: one ten times rarer than its key and than the
next commoner sister stands apart as a curiosity, one WordNet defines as of former times
is history, and one WordNet labels as slang, a colloquialism or an archaism belongs to
another register than the article's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wordfreq import zipf_frequency

from questions.generate.compiled import pattern
from questions.generate.phraseuse import says_key_too, unwritten
from questions.generate.wordnet import Synset

COMMON_ZIPF = 2.5  # a rival rarer than this reads as a made-up word ("keratoderma")
# A sister this much rarer (a tenth as often written) than its key and than the sister
# before it stands apart: "booby prize" (2.97) after "bronze medal" (3.98) for "silver medal"
# (4.25). Sisters rarer than the key by degrees are kept ("heroin": morphine, codeine).
RARER = 1.0
KEPT = 2  # sisters never cut for rarity: with the key, the fewest options a question has
# How WordNet's definitions say a thing belongs to the past: "formerly any deck … having
# cannons" (gun deck), "an obsolete gunlock", "sailing vessel used in former times".
_PAST = re.compile(r"\b(formerly|obsolete|archaic|in former times)\b", re.IGNORECASE)
# WordNet's usage labels (";u" pointers) of a register, not of plain written English: the
# colloquialism, slang, archaism and obscenity synsets.
_USAGE = ";u"
_REGISTERS = frozenset({"07075172", "07157273", "07073447", "07124340"})


def _of_past(entry: Synset) -> bool:
    """Tell whether WordNet defines a thing as of former times ("gun deck", "stagecoach")."""
    return _PAST.search(entry.definition) is not None


def _registers(entry: Synset) -> frozenset[str]:
    """Return the registers WordNet labels a synset's use with (slang, archaism), if any."""
    return frozenset(t for s, t in entry.pointers if s == _USAGE and t in _REGISTERS)


def _written_as(key: Synset) -> float:
    """Return how often the key is written, by its commonest name."""
    return max(zipf_frequency(lemma.split("(")[0].replace("_", " "), "en") for lemma in key.lemmas)


def plain_sister(member: Synset, name: str, key: Synset) -> bool:
    """Tell whether a sister of a key reads as its rival: a word, not a curiosity, not what
    WordNet defines the key as, a compound writers use that names no kind of the key's own
    (`phraseuse`), of the key's time and register (a key of former times or of slang has
    sisters of its own)."""
    if zipf_frequency(name, "en") < min(COMMON_ZIPF, _written_as(key) - RARER):
        return False  # beside a rare key ("tsetse fly") a sister as rare is its peer
    if pattern(rf"(?:(?:a|an|the) )?{re.escape(name)}\b", re.IGNORECASE).match(key.definition):
        return False  # "flight deck: the upper deck of an aircraft carrier": one, not a rival
    if _of_past(member) and not _of_past(key):
        return False
    if unwritten(member) or says_key_too(member, key):
        return False  # "cabin liner": never written; "subway station" of a railway station
    return _registers(member) <= _registers(key)


def commonest(names: Iterable[str], key: str) -> list[str]:
    """Return sisters commonest first, after the first two up to the first ten times rarer
    than both the key and the sister before it: a drop in how often they are written that
    sets it and the rest apart ("gold medal", "bronze medal", not then "booby prize")."""
    ranked = sorted(set(names), key=lambda n: (-zipf_frequency(n, "en"), n))
    bar = zipf_frequency(key, "en") - RARER
    # the two commonest stay whatever their level: a three-option question of the key's
    # true kind is worth more than none ("shed": garage, then kennel and outhouse)
    for at in range(KEPT, len(ranked)):
        frequency = zipf_frequency(ranked[at], "en")
        if frequency < bar and frequency < zipf_frequency(ranked[at - 1], "en") - RARER:
            return ranked[:at]
    return ranked


def words_beside(name: str, key: str) -> int:
    """Return how many words a sister reads as beside the key: one closing on the key's last
    word ("housefly" beside "tsetse fly") is a compound of its kind written shut."""
    head = key.split()[-1]
    closed = " " not in name and len(key.split()) > 1 and name.endswith(head) and name != head
    return len(key.split()) if closed else len(name.split())
