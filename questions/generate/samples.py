"""Lists that give some members of a set, not all of them.

"Thirty states, including California, New York and Washington, have higher minimum wages":
the three are a sample, and any of the other 27 fits the same blank, so none of them is a
key. The same goes for "such as", "like", "among them" and for a list shorter than the
number it names ("Five players, Smith, Jones and Brown, …").
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.levels import whole_number

Token = Any
# Prepositions whose object is an example: "states including California", "cities like Oslo".
_EXAMPLE_PREPS = frozenset({"including", "like"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# Verbs whose object is a sample: "members include China and Russia" names some of them.
_EXAMPLE_VERBS = frozenset({"include", "feature"})


def _first_item(token: Token) -> Token:
    """Return a list's first item, which heads the others ("California" of "…, New York")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _items(first: Token) -> int:
    """Count the items of the list `first` heads."""
    return 1 + sum(1 for t in first.subtree if t.dep_ == "conj" and _first_item(t).i == first.i)


def _exemplifies(first: Token) -> bool:
    """Tell whether a list's first item follows "including", "such as" or "like" (of a
    noun), is what something "includes", or carries "among them"."""
    prep = first.head
    if first.dep_ == "pobj" and prep.dep_ == "prep":
        such = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
        before = first.doc[prep.i - 1] if prep.i > 0 else None
        such |= prep.lower_ == "as" and before is not None and before.lower_ == "such"
        if such or prep.lower_ == "including":
            return True
        if prep.lower_ == "like" and prep.head.pos_ in _NOUNS:
            return True  # "cities like Oslo", not "looked like Oslo"
    if first.dep_ == "dobj" and first.head.lemma_ in _EXAMPLE_VERBS and first.pos_ == "PROPN":
        return True  # "member states include China, …"; not "included $192 million in rebates"
    return any(c.dep_ == "prep" and c.lower_ == "among" for c in first.children)


def _fewer_than_counted(first: Token) -> bool:
    """Tell whether a list renames a counted noun it does not fill ("Thirty states,
    California, New York and Washington"): the items are a sample of it."""
    items = _items(first)
    if first.dep_ != "appos" or first.head.pos_ not in _NOUNS or items < 2:
        return False  # one name: the parse may rename the wrong noun ("seven newspapers, Kan")
    counts = [whole_number(c.text) for c in first.head.children if c.dep_ == "nummod"]
    return any(n is not None and n > items for n in counts)


def sample_member(sentence: Any, fact: Fact) -> str | None:
    """Refuse a key that is one member of a sample of a larger set: another member fits its
    question as well."""
    first = _first_item(sentence.doc[fact.start : fact.end].root)
    if _exemplifies(first) or _fewer_than_counted(first):
        return "the answer is one example of a larger set"
    return None
