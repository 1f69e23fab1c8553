"""Stage 4c: ask about a name inside the subject, leaving the subject where it stands.

"A spokesperson for NISA said officials had upgraded the crisis" cannot front "NISA" out of
its noun phrase, but the whole subject can carry the question word: "A spokesperson for
which organization said officials had upgraded the crisis …?" — no inversion is needed,
because the subject is the questioned phrase.
"""

from __future__ import annotations

from typing import Any

from questions.generate.asides import asides, parted
from questions.generate.clauses import clause_tokens, stands, without_asides
from questions.generate.facts import Fact
from questions.generate.kinds import head_kind
from questions.generate.moved import fronted, lowered
from questions.generate.render import capitalise, join
from questions.generate.subjectedge import stranded_modifiers, swallowed_time
from questions.generate.tense import in_past
from questions.generate.whphrase import place_wh
from questions.generate.write import WH_OF_KIND, Stem

Span = Any
Token = Any
_SUBJECT = ("nsubj", "nsubjpass")
MAX_DEPTH = 2  # "a spokesperson for NISA"; deeper nesting reads as a riddle
# "A spokesperson for", "the exhibit at", "teams from": the name says whose or where; "of"
# joins too loosely ("the effects of IDD", "the trend of the situation in …").
_PREPS = frozenset({"for", "at", "from", "in"})
_AFFILIATIONS = frozenset({"of", "from"})  # "Ana Ruiz of Spain", "Cyd Ho from the Labour Party"


def _wh(fact: Fact, person: Token | None = None) -> str | None:
    """Return the wh-phrase for a name inside a noun phrase ("which organization"; a
    person's body by the kind its name ends on: "Tom Hale from which party")."""
    named = head_kind(fact.text) if person is not None and fact.kind == "organization" else None
    if named:
        return f"which {named}"
    if fact.kind == "place":
        return place_wh(fact)
    if fact.kind in ("organization", "document", "event"):
        return WH_OF_KIND[fact.kind]
    if fact.kind == "count":
        return "how many"  # "a survey of how many schoolchildren was carried out …"
    return None  # "a spokesperson for whom": a person is asked by other rules


def affiliated(root: Token) -> Token | None:
    """Return the named person a body is said to be "of" or "from" when that person is the
    clause's subject ("Tom Hale from the Green Party lost his seat"): the body they stand
    for, asked in place ("Tom Hale from which party lost his seat?"), one per person."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _AFFILIATIONS:
        return None
    person = prep.head
    if person.pos_ != "PROPN" or person.ent_type_ != "PERSON" or person.dep_ not in _SUBJECT:
        return None
    if any(c.dep_ == "conj" for c in person.children) or person.dep_ == "conj":
        return None  # "Lam Cheuk-ting from which party and …": one of a list
    return person


def _subject_above(root: Token, preps: frozenset[str] = _PREPS) -> Token | None:
    """Return the subject noun a name sits inside, through at most two "of/for/from" phrases."""
    node = root
    for _ in range(MAX_DEPTH):
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in preps:
            return None
        noun = node.head.head
        if noun.pos_ != "NOUN" or any(c.dep_ == "conj" for c in noun.children):
            return None  # "Alvin Yeung from …": a person's party is asked otherwise
        if noun.dep_ in _SUBJECT:
            return noun
        node = noun
    return None


def inner_question(
    sentence: Span, fact: Fact, replace: dict[int, str], *, past: bool = False
) -> Stem | None:
    """Write "<subject with which-phrase> <rest of clause>?" or None (`past`: in the past)."""
    person = None
    doc = sentence.doc
    root = doc[fact.start : fact.end].root
    counted = root.head if fact.kind == "count" and root.dep_ == "nummod" else None
    if counted is not None:  # a count says how many of something: "a survey of 1709 pupils"
        subject = _subject_above(counted, _PREPS | {"of"}) if counted.i >= fact.end else None
    else:
        # a person's body only: "X of which country" outranks "Who set …?", the deed's
        # question, as its mirror (`rank`)
        body = fact.kind == "organization"
        subject = _subject_above(root) or (person := affiliated(root) if body else None)
    wh = _wh(fact, person)
    if wh is None or subject is None:
        return None
    verb = subject.head
    if verb.pos_ not in ("VERB", "AUX") or not stands(verb) or verb.dep_ != "ROOT":
        return None
    subject_tokens = without_asides(subject)
    aside = {t.i for t in subject.subtree} - {t.i for t in subject_tokens}
    subject_tokens = [*stranded_modifiers(subject_tokens), *subject_tokens]  # `subjectedge`
    if parted(counted if counted is not None else root, aside, replace):
        # "The team, led by … of the Center, in Madrid": with the aside cut, "in which city"
        # follows whatever word came before it ("… excavating a tomb in which city")
        return None
    if swallowed_time(subject_tokens):
        return None  # "Last year female smoking in which country …": a fronted time inside
    if fact.end < len(doc) and doc[fact.end].text in (",", "("):
        # an aside right after the name ("NISA, the … authority,") describes it: left out
        close = next((t.i for t in doc[fact.end + 1 : verb.i] if t.text in (",", ")")), None)
        if close is None:
            return None
        aside.update(range(fact.end, close + 1))
        subject_tokens = [t for t in subject_tokens if t.i not in aside]
    ids = {t.i for t in subject_tokens}
    others = [t for t in subject_tokens if not fact.start <= t.i < fact.end]
    named = {t.i for t in subject.subtree if t.ent_iob_ != "O" and t.ent_type_ == "PERSON"}
    if person is None:
        named = set()
    if any((t.pos_ == "PROPN" and t.i not in named) or t.dep_ == "conj" for t in others):
        return None  # "Lam Cheuk-ting from which party and …": a person's party, a list
    if not set(range(fact.start, fact.end)) <= ids:
        return None
    clause = [t for t in clause_tokens(verb, subject_tokens) if t.i not in aside]
    cut = asides(clause, range(fact.start, fact.end))
    clause = [t for t in clause if t.i not in cut]
    moved, problem = fronted([t for t in clause if t.i < min(ids)], verb)
    if problem:
        return None
    rest = [t for t in clause if t.i > max(ids)]
    while rest and rest[0].is_punct:
        rest = rest[1:]
    dropped = {c.i for c in root.children if c.dep_ == "det" and c.i < fact.start}
    if counted is not None:  # "the [around] 2 million voters" -> "how many voters"
        dropped |= {c.i for c in counted.children if c.dep_ == "det"}
        dropped |= {
            t.i
            for t in subject_tokens
            if t.i < fact.start and t.head.i in range(fact.start, fact.end)
        }
    asked: list[Token | str] = []
    for token in subject_tokens:
        if token.i == fact.start:
            asked.append(wh)
        elif not fact.start < token.i < fact.end and token.i not in dropped:
            asked.append(token)
    if len(asked) - len(named) + len(rest) < 6:
        return None  # too little is said to know what is asked (a person's name says none)
    said = in_past(list(rest), verb) if past else list(rest)
    text = capitalise(join([*asked, *said, *lowered(moved, replace)], replace))
    return Stem(text.rstrip(".!") + "?", "wh", f"rule:{fact.kind}-inside-subject")
