"""Whether two names are one body: an acronym and its expansion ("EPA", "Environmental
Protection Agency"), a name with and without the country it opens with ("United States
Environmental Protection Agency"), or two names WordNet gives one synset.

An article writes "the United States Environmental Protection Agency (EPA)" and later "the
EPA": one body under two names. Offered side by side the two are two options that are both
right (or both wrong); offered beside each other as key and rival, the rival is also the key
(review of fresh17, the Volkswagen emissions scandal). The country a body's name opens with
only says whose it is, so "Environmental Protection Agency" is the same body; two different
countries' ("US Clean Air Act", "UK Clean Air Act") are two, and stay fair rivals.
"""

from __future__ import annotations

import re
from functools import lru_cache

from questions.generate.pools import country_code
from questions.generate.wordnet import spelled_out
from questions.schema import normalise

_SMALL = frozenset({"of", "for", "on", "in", "at", "the", "and", "&"})  # not in initials
_LONGEST_COUNTRY = 3  # words: "United Arab Emirates"
# "Aviation Department of the Ministry of Interior": the words that add whose a body is
_OWNER_TAIL = frozenset({"of", "for"})
_NAMED_SHORT = 2  # words a short form needs to name a body alone ("Congress" names none)


def _words(name: str) -> list[str]:
    """Return a name's words, without an opening "the" and a closing possessive."""
    bare = re.sub(r"^(?:the|The) |['’]s$", "", name.strip())
    return bare.split()


def _without_country(words: list[str]) -> list[str]:
    """Return a name's words after the country it opens with ("United States Environmental
    Protection Agency": Environmental Protection Agency), or none when it opens with none
    or is nothing but it; two words at least must stay, so a name is left."""
    for size in range(min(_LONGEST_COUNTRY, len(words) - 2), 0, -1):
        if country_code(" ".join(words[:size])):
            return words[size:]
    return []


def _initials(words: list[str]) -> str:
    """Return the folded initials of a name's words ("Environmental Protection Agency": epa)."""
    return "".join(w[0] for w in words if w.lower() not in _SMALL and w[:1].isalpha()).lower()


def _acronym_of(short: list[str], long: list[str]) -> bool:
    """Tell whether a one-word name is the initials of a longer one, whatever its case: a
    caller may hold names already folded."""
    if len(short) != 1 or len(long) < 2:
        return False
    letters = short[0].replace(".", "").lower()
    return letters.isalpha() and letters == _initials(long)


def _owner_added(short: list[str], long: list[str]) -> bool:
    """Tell whether a longer name is a shorter one with whose it is added ("Aviation
    Department" and "Aviation Department of the Ministry of Interior"): an article's short
    form of the body it named in full. A one-word short form is no name of its own
    ("Congress", "Congress of Racial Equality")."""
    size = len(short)
    return (
        size >= _NAMED_SHORT
        and len(long) > size + 1
        and [w.lower() for w in long[:size]] == [w.lower() for w in short]
        and long[size].lower() in _OWNER_TAIL
    )


def _wordnet_twins(one: str, other: str) -> bool:
    """Tell whether WordNet gives both names to one thing ("EPA": Environmental Protection
    Agency)."""
    return any(normalise(n) == normalise(b) for a, b in ((one, other), (other, one))
               for n in spelled_out(a))  # fmt: skip


@lru_cache(maxsize=1 << 14)  # a pure function of two strings, asked of option pairs
def one_body(one: str, other: str) -> bool:
    """Tell whether two names name one body: the same words once a country they open with is
    dropped from one of them, one the other's initials or the other with whose it is
    added ("… of the Ministry of Interior"), or one WordNet synset's names."""
    a, b = _words(one), _words(other)
    if not a or not b:
        return False
    a_bare, b_bare = _without_country(a), _without_country(b)
    forms = [(a, b)]
    if not b_bare and a_bare:  # only one opens with a country: whose it is, not which
        forms.append((a_bare, b))
    if not a_bare and b_bare:
        forms.append((a, b_bare))
    for x, y in forms:
        if normalise(" ".join(x)) == normalise(" ".join(y)):
            return True
        if _acronym_of(x, y) or _acronym_of(y, x):
            return True
        if _owner_added(x, y) or _owner_added(y, x):
            return True
    capital = [n for n in (one, other) if n[:1].isupper()]  # WordNet's names are capitalised
    return len(capital) == 2 and _wordnet_twins(" ".join(a), " ".join(b))
