"""A thing likened to one only an earlier sentence names: "A similar fast-track system … was
rejected" is asked as "a fast-track system … was rejected".

"similar" with nothing after it to compare with points back out of the sentence (similar to
what?), so a question that keeps it does not stand alone (`pointing.points_back`). A similar
system is a system all the same: without the word the statement is still true and says what
it is about. Not so where the noun is a measure ("a similar number of people", "in a similar
way", "at a similar rate"): "a number of people" says something else, so those are left to
be refused. WordNet's lexicographer file of the noun's commonest sense tells a measure. A
bare plural keeps it too: "workplaces facing similar conditions" says little without it.
"""

from __future__ import annotations

from typing import Any

from questions.generate.indefinite import indefinite
from questions.generate.pointing import points_back
from questions.generate.wordnet import senses, synset

Span = Any
Token = Any
# noun.attribute (7: size, level, way), noun.possession (21: amount, price), noun.quantity
# (23), noun.relation (24: percentage, proportion), noun.time (28: rate): measures, whose
# "similar" is the point of the statement, not a pointer to an earlier thing
_MEASURES = frozenset({7, 21, 23, 24, 28})
_INDEFINITE = frozenset({"a", "an"})


def _measure(noun: Token) -> bool:
    """Tell whether a noun names a measure by its commonest WordNet sense ("number", "way")."""
    found = senses(noun.lemma_.lower())
    entry = synset(found[0]) if found else None
    return entry is not None and entry.lexfile in _MEASURES


def plain_similar(sentence: Span, replace: dict[int, str], quoted: set[int]) -> None:
    """Leave out a "similar" that likens one thing ("a similar fast-track system": "a
    fast-track system") to nothing the sentence names, with its adverbs ("very similar");
    the article before it is said for the word that now follows ("a similar online tool":
    "an online tool"). A speaker's own words, a measure ("a similar number") and a bare
    plural ("facing similar conditions": "facing conditions" says nothing) are kept."""
    for token in sentence:
        if token.lower_ != "similar" or token.i in replace or token.i in quoted:
            continue
        noun = token.head
        article = next((c for c in noun.children if c.dep_ == "det" and c.i < token.i), None)
        if article is None or article.lower_ not in _INDEFINITE:
            continue  # "facing similar conditions": without it the noun says next to nothing
        if not points_back(token) or noun.pos_ != "NOUN" or noun.i < token.i or _measure(noun):
            continue
        dropped = [token.i, *(c.i for c in token.children if c.dep_ == "advmod")]
        if any(i in replace or i in quoted for i in dropped):
            continue
        replace.update(dict.fromkeys(dropped, ""))
        after = next((t for t in sentence if t.i > token.i and t.i not in replace), None)
        if after is not None:
            # in lower case: a question that moves the subject ("By whom was a … system …?")
            # keeps it so, and one opening with it is capitalised when written
            replace[article.i] = indefinite(after.text)
