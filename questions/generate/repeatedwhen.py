"""Whether a "When …?" question asks of a deed the article tells twice, at two times.

"In March 2003, Lula met Uribe" gives "When did Lula meet Alvaro Uribe?" only one answer if
Lula met Uribe once: an article about their meeting in January 2005 tells of both, and the
reader who knows the article's own meeting would answer with its date. The deed is the verb's
lemma with a person or place named as its object or after its preposition ("met with Uribe",
"visited Leticia"), its doer named in the question and, in the other telling, by a name of
his or a pronoun ("where he met with …"). A doer the question resolved from a pronoun ("when
it exhibited …") is not compared: the rule stays out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.facts import Fact

_WHEN = frozenset({"date", "year", "month"})
_OBJECTS = frozenset({"dobj", "pobj", "dative"})
# prepositions of time: what follows them dates the deed, not whom it was done to
_TIMES = frozenset({"since", "after", "before", "during", "until", "till", "following"})
_NAMED = frozenset({"PERSON", "GPE", "ORG", "LOC", "FAC"})  # not "Colombian": a kind


def _verb(sentence: Any, fact: Fact) -> Any | None:
    """Return the verb the time is said of: the first verb up from the answer's root."""
    token = sentence.doc[fact.start : fact.end].root
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token if token.pos_ == "VERB" else None


def _names(token: Any, skip: range) -> frozenset[str]:
    """Return the names a phrase holds, each by its last word ("Alvaro Uribe": "uribe")."""
    return frozenset(
        t.lower_
        for t in token.subtree
        if t.ent_type_ in _NAMED and t.i not in skip
        and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")
    )  # fmt: skip


def _named_objects(verb: Any, skip: range) -> frozenset[str]:
    """Return the names the verb's objects hold: its own object's and those after a
    preposition of whom or where ("met with Uribe", "washed ashore on Vabbinfaru"), not a
    time's ("since the Vabbinfaru incident")."""
    names: frozenset[str] = frozenset()
    for child in verb.children:
        if child.dep_ == "dobj":
            names |= _names(child, skip)
        elif child.dep_ == "prep" and child.lower_ not in _TIMES:
            for head in child.children:
                if head.dep_ in _OBJECTS:
                    names |= _names(head, skip)
    return names


def _doer(verb: Any) -> frozenset[str] | None:
    """Return the names the verb's subject holds; None for a pronoun or no subject, which
    may be anyone ("where he met with …")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].pos_ == "PRON":
        return None
    return _names(subjects[0], range(0))


def _same_doer(asked: frozenset[str], other: frozenset[str] | None) -> bool:
    """Tell whether another telling's subject may be the asked deed's named doer: a pronoun
    may be anyone ("where he met with …"), a name must share a word with the doer's."""
    return other is None or bool(asked & other)


def repeated_when(sentence: Any, fact: Fact, article: Sequence[Any]) -> str | None:
    """Refuse a time when another sentence tells the same deed, by the same doer, done to
    the same named person or place ("where he met with … Alvaro Uribe" beside "In March
    2003, Lula met Uribe")."""
    if fact.kind not in _WHEN:
        return None
    verb = _verb(sentence, fact)
    if verb is None:
        return None
    named = _named_objects(verb, range(fact.start, fact.end))
    if not named:
        return None
    doer = _doer(verb)
    if not doer:
        return None  # "when it exhibited …": the question names the doer the writer resolved
    for other in article:
        if other.start == sentence.start:
            continue
        for token in other:
            same = token.pos_ == "VERB" and token.lemma_ == verb.lemma_
            if same and named & _named_objects(token, range(0)) and _same_doer(doer, _doer(token)):
                return "the article tells this deed at another time too"
    return None
