"""A figure that counts a list of nouns: "over 200 bars and restaurants" counts both, so the
question asks for them together ("More than how many bars and restaurants …?"); asked of the
first alone it claims the 200 were all bars.

Split from `countwh` (the counted wh-phrase) as the list's own checks grew.
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact

Token = Any
# Words before a listed noun that give it a figure or an identity of its own: "and 30 cafes",
# "and the police", "and their families" are not counted by the first noun's figure.
_OWN_FIGURE = frozenset({"det", "poss", "nummod", "quantmod", "predet"})
_LISTED_NOUNS = frozenset({"NN", "NNS", "NNPS"})  # "and Mr Smith" (NNP) is one man, not a kind
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_LONGEST = 5  # "and fast-food restaurants": a longer tail is a description of its own


def counted_together(fact: Fact, count_noun: Token) -> tuple[frozenset[int], str]:
    """Return the words of the nouns listed after a counted noun that its figure counts too
    ("200 bars and restaurants": "and restaurants"), or why the list cannot be asked."""
    conjuncts = [c for c in count_noun.children if c.dep_ == "conj"]
    if fact.kind != "count" or not conjuncts:
        return frozenset(), ""
    joins = [c.i for c in count_noun.children if c.dep_ == "cc"]
    if joins and any(c.dep_ == "appos" and c.i > joins[0] for c in count_noun.children):
        # "three children and ex-husband Don Burton": a name after the "and" is the last
        # noun's, hung on the first by the parse; the list is no kind the figure counts
        return frozenset(), "the figure counts a list of nouns, not the first alone"
    if all(any(g.like_num for g in c.children) for c in conjuncts):
        # "40 men and 12 women": each has its figure, and the 40 counts the men alone
        return frozenset(), ""
    last = max(c.right_edge.i for c in conjuncts)
    joined = {t.i for c in conjuncts for t in c.subtree}
    # the "and" and the commas of the list hang on the first noun
    joined |= {
        c.i for c in count_noun.children if c.dep_ in ("cc", "punct") and count_noun.i < c.i < last
    }
    doc = count_noun.doc
    words = [doc[i] for i in sorted(joined)]
    if not any(t.dep_ == "cc" for t in words):
        return frozenset(), "the figure counts a list of nouns, not the first alone"
    if any(t.like_num for t in words):  # "200 bars and restaurants and 30 clubs"
        return frozenset(), "the nouns of the list have figures of their own"
    if any(_own_figure(t) or not _kind_noun(t) for t in words if t.dep_ == "conj"):
        # "300 people and their families": the families are not among the 300, yet
        # evacuated too, so "how many people" is not 300 either
        return frozenset(), "the figure counts a list of nouns, not the first alone"
    if len(words) > _LONGEST:
        return frozenset(), "the counted list is too long"
    return frozenset(joined), ""


def _own_figure(noun: Token) -> bool:
    """Tell whether a listed noun has a figure, article or quantifier of its own ("and 30
    cafes", "and the police", "and many cafes"): the first noun's figure does not count it."""
    return any(
        c.dep_ in _OWN_FIGURE or c.like_num or (c.dep_ == "amod" and c.is_stop)
        for c in noun.children
        if c.i < noun.i
    )


def _kind_noun(noun: Token) -> bool:
    """Tell whether a listed word is a common noun a figure can count ("restaurants"), not a
    name ("and Mr Smith") or a misparsed verb."""
    return noun.tag_ in _LISTED_NOUNS and noun.ent_type_ not in _NAMED
