"""What a one-blank sentence needs of its verbs: a verb of its own, and a closing predicate
when that predicate holds the sentence's only name."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact

Token = Any
_TENSED = frozenset({"VBZ", "VBP", "VBD", "MD"})


def main_verb(token: Token) -> bool:
    """Tell whether a token is a clause's own verb, which a statement needs."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    # An object predicate ("made him _chairman_") has no tense of its own: a tensed one ("what
    # has been called wasteful spending [is not covered]") is the sentence's verb the parse
    # hung under a "what" clause
    tensed = any(c.dep_ in ("aux", "auxpass") and c.tag_ in _TENSED for c in token.children)
    return token.dep_ in ("ROOT", "conj", "ccomp") or (token.dep_ == "oprd" and tensed)


def needed_predicate(tokens: list[Token], fact: Fact, cut: set[int], last: set[int]) -> set[int]:
    """Return the closing "and …" predicate (`last`) a blank may go without: none when it
    holds the sentence's only name ("The _____ in repairs is not covered by fees [and has
    drawn protests from residents of Westport]"): without it the statement says no one and
    nowhere, and is no question alone."""
    kept = [t for t in tokens if t.i not in cut | last and not fact.start <= t.i < fact.end]
    if any(_naming(t) for t in kept) or not any(_naming(t) for t in tokens if t.i in last):
        return last
    return set()


def _naming(token: Token) -> bool:
    """Tell whether a word is part of a name, number or date, which situates a statement."""
    return bool(token.ent_type_) or token.like_num
