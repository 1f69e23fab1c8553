"""What a copula's other side says of the answer, which a question must keep true and agreed
(blind review 79, fresh25).

"Bradford Young, cinematographer of Arrival, is the first African-American to be nominated":
the aside the question cuts with the answer ("cinematographer of Arrival") is the field the
rank is counted in, and "Who is the first African-American to be nominated?" claims a first
the article never made. A rank ("first", "only", "last", a superlative) with no domain of its
own ("the youngest member of the club" has one: "of the club") is not asked once the answer's
aside is cut.

"Ali, Harris and Spencer are the non-white people who are nominated": a plural noun after
the copula cannot follow a singular wh-word ("Who is the non-white people …?").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

Token = Any
_RANKS = frozenset({"first", "last", "only", "sole", "lone"})
_COPULAS = frozenset({"be", "become", "remain"})
_SIDES = frozenset({"nsubj", "attr", "oprd"})  # a copula's two sides ("became" has an attr)
_PLURAL = frozenset({"NNS", "NNPS"})
_DOMAIN_PREPS = frozenset({"of", "in", "among", "at", "on", "from", "for"})


def _ranked(noun: Token) -> bool:
    """Tell whether a noun is ranked ("the first African-American", "the youngest player")
    and has no prepositional phrase saying among what ("of the club")."""
    if noun.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    ranks = [t for t in (noun, *noun.children) if t.lower_ in _RANKS or t.tag_ in ("JJS", "RBS")]
    ranks += [t for t in noun.children if t.ent_type_ == "ORDINAL"]  # "the second Briton"
    domain = any(c.dep_ == "prep" and c.lower_ in _DOMAIN_PREPS for c in noun.children)
    return bool(ranks) and not domain


def narrowed_rank(verb: Token, phrase_ids: Collection[int], cut: Collection[int]) -> bool:
    """Tell whether the answer's side of a copula loses an aside (`cut`: ", cinematographer of
    Arrival,") while the other side ranks it with no domain of its own."""
    doc = verb.doc
    if verb.lemma_ not in _COPULAS or not any(doc[i].is_alpha for i in cut):
        return False
    sides = [c for c in verb.children if c.dep_ in _SIDES and c.i not in phrase_ids]
    return any(_ranked(side) for side in sides)


def plural_predicate(verb: Token) -> bool:
    """Tell whether a copula's predicate noun is plural ("are the non-white people")."""
    return verb.lemma_ in _COPULAS and any(
        c.dep_ in ("attr", "oprd") and c.tag_ in _PLURAL for c in verb.children
    )


def ranked_asides(tokens: Sequence[Token], cut: Collection[int]) -> set[int]:
    """Return the cut words of asides on a copula's side that a one-blank stem must keep, as
    the other side ranks it with no domain of its own ("_____, cinematographer of Arrival, is
    the first African-American to be nominated"); a side cut whole goes as it was."""
    kept: set[int] = set()
    for side in tokens:
        if side.dep_ not in _SIDES or side.head.lemma_ not in _COPULAS or side.i in cut:
            continue
        own = {t.i for t in side.subtree} & set(cut)
        if own and narrowed_rank(side.head, {t.i for t in side.subtree}, own):
            kept |= own
    return kept
