"""A name asked as what a comparison is made with: "Finnish women gained suffrage in 1906,
ahead of the US and _____." keyed UK beside Ireland, France and Belgium (blind review 80).

"ahead of", "behind", "before", "after", "unlike" and a comparative's "than" set the subject
against one thing the sentence names, but what they say is as true of every other thing on
the same side: every country that gave women the vote after 1906 is "behind" Finland. A
name so asked has no one answer unless its options are the article's own, the names it sets
against each other (`origin` "article"), or made-up people, whom no comparison outside the
article takes in (real people, `FAMOUS`, may be as true). A date or a number in the slot is
the point the comparison is made at ("before 1906", "more than 300 people"): still asked.

Read from the parse: the key's span, climbed through the list or apposition it stands in
("the US and _____", "hotspots _____ and Romania"), is the object of such a preposition, or
the subject of a clause it opens ("… before _____ did").
"""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import SUBJECT
from questions.generate.facts import Fact
from questions.generate.famous import FAMOUS

Span = Any
Token = Any
# Prepositions that rank or order the subject against their object: a rule of question
# writing (an open comparison), not a vocabulary. "than" is one only after a comparative.
_ORDERING = frozenset({"before", "after", "behind", "unlike"})
_OF_HEADS = frozenset({"ahead"})  # "ahead of"
_TO_HEADS = frozenset({"prior"})  # "prior to"
_COMPARATIVE = frozenset({"JJR", "RBR"})  # "earlier", "more", "larger"
# entity labels of a name: the kinds of key whose comparison set is open
_NAMES = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
_LISTED = frozenset({"conj", "appos", "compound"})  # "the US and _____", "the _____ charity"
_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
_BODIES = frozenset({"ORG", "NORP"})
_COUNTED_BACK = frozenset({"after", "behind"})  # name what is ahead of the subject


def _ranked(prep: Token) -> bool:
    """Tell whether an "after" or "behind" counts from a rank the sentence gives ("the first
    region after Greenland", "second behind the US"): the one thing ahead, no open set."""
    return prep.lower_ in _COUNTED_BACK and any(
        t.ent_type_ == "ORDINAL" or t.tag_ == "JJS" for t in prep.sent
    )


def _body(prep: Token) -> bool:
    """Tell whether a preposition's object is a body's name ("the Senate", "Congress")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in _BODIES for c in prep.children)


def _comparative(word: Token) -> bool:
    """Tell whether a word is comparative or is modified by one ("earlier", "more votes")."""
    return word.tag_ in _COMPARATIVE or any(c.tag_ in _COMPARATIVE for c in word.children)


def _compares(prep: Token) -> bool:
    """Tell whether a preposition sets its object against the subject as one of an open set."""
    word = prep.lower_
    if word in _ORDERING:
        # on a noun it picks one out ("the first country after New Zealand", "the man behind
        # the plan"); "before" a body is in its presence ("testified before the Senate")
        nominal = prep.head.pos_ in _NOUNS
        return not (nominal or (word == "before" and _body(prep)) or _ranked(prep))
    if word == "of":
        return prep.head.lower_ in _OF_HEADS
    if word == "to":
        return prep.head.lower_ in _TO_HEADS
    return word == "than" and _comparative(prep.head)


def _compared_term(root: Token) -> bool:
    """Tell whether a token (climbed through its list) is what a comparison is made with."""
    while root.dep_ in _LISTED and root.head.i != root.i:
        root = root.head
    if root.dep_ == "pobj":
        return _compares(root.head)
    if root.dep_ in SUBJECT:  # "… before _____ did": the clause's mark compares
        return any(c.dep_ == "mark" and _compares(c) for c in root.head.children)
    return False


def open_comparison(sentence: Span, fact: Fact, origin: str) -> str | None:
    """Refuse a name key that is the object of an open comparison ("ahead of the US and
    _____"), where its options are not the article's own: every name on the same side of the
    comparison is as true."""
    span = sentence.doc[fact.start : fact.end]
    if origin == "article" or not any(t.ent_type_ in _NAMES for t in span):
        return None
    if fact.kind == "person" and origin != FAMOUS:
        return None  # made-up people are in no open set: "won, ahead of _____" is read off
    if any(t.ent_type_ and t.ent_type_ not in _NAMES for t in span):
        return None  # "before the 2008 Olympics": a date's point, not a name alone
    if _compared_term(span.root):
        return "the key is one of an open set a comparison is made with"
    return None
