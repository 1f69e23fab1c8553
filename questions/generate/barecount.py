"""A number that is itself a clause's subject: "1,429,981 voted in favour", "at least 116 were
injured", "nearly 700 had signed up". No noun follows it, yet it counts: "How many voted in
favour …?" asks it whole, with the article's hedge or bound kept ("at least how many").

Only a subject of a full verb: "the two met" (a determiner) points back to people named
before, "189 of those who died" (a part of a group) would lose its group in "How many …?",
and "one" as a subject is a pronoun ("One said …"), not a count.
"""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import SUBJECT

Span = Any  # spacy.tokens.Span
Token = Any

# what may stand beside the number: its hedge or bound ("nearly", "at least") and commas
_BESIDE = frozenset({"advmod", "quantmod", "punct"})


def bare_subject(span: Span) -> Token | None:
    """Return the number of a span that is a verb's subject with no noun of its own
    ("1,429,981 voted …"), or None."""
    number = span.root
    if number.ent_type_ != "CARDINAL":
        return None
    if not number.like_num or number.lower_ == "one" or number.dep_ not in SUBJECT:
        return None
    if number.head.pos_ != "VERB" or number.head.i < number.i:
        return None  # "were 12": an inverted or copular clause is no count of doers
    if any(c.dep_ not in _BESIDE for c in number.children):
        return None  # "the two", "189 of those who died"
    return number
