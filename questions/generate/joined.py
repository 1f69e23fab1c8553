"""Clauses the parser attaches to the wrong verb, so a question over one reads wrongly.

"The agency warned that rain would fall, and the ministry said exams would move": the
parser may hang the second saying under the first verb as what it reports. A question over
the agency must then leave the ministry's clause out (it is another statement), and a
question over the ministry must not credit its saying to the agency.

"… reported that four pirates riding in a skiff came within 270 meters": the parser may
take the participle "riding" for the reported clause's verb; a question over it has no
finite verb ("How many pirates riding in a skiff?"). And "came up to bat and Porter stole
third base", parsed as one clause, would run on into another subject's deed.

"Green was defended by Jane Roe and Baker by Tom Hale": a gapped second clause (Baker was
defended by Hale) the parser reads as one passive with two doers ("by Roe and Baker", then
"by Hale"); any question over it garbles it ("By whom was Green defended by Jane Roe and
Baker?").
"""

from __future__ import annotations

import itertools
from typing import Any

from questions.generate.carried import person_noun
from questions.generate.clauses import REPORTING, SUBJECT, children_of

Token = Any
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PARTICIPLES = frozenset({"VBG", "VBN"})
_AUXILIARIES = frozenset({"aux", "auxpass"})


def _finite(verb: Token) -> bool:
    """Tell whether a verb is finite or carries a finite auxiliary ("would fall")."""
    return verb.tag_ in _FINITE_TAGS or any(
        c.dep_ in _AUXILIARIES and c.tag_ in _FINITE_TAGS for c in verb.children
    )


def joined_clause(verb: Token) -> bool:
    """Tell whether a verb heads a finite clause of its own subject that a coordinating
    conjunction opens (", and the ministry said …"): another statement, whatever the parse
    hangs it under."""
    if verb.dep_ not in ("ccomp", "conj") or not _finite(verb):
        return False
    subjects = children_of(verb, SUBJECT)
    if not subjects or subjects[0].i > verb.i:
        return False
    start = verb.left_edge.i
    return bool(start > 0 and verb.doc[start - 1].dep_ == "cc")


def joined_saying(verb: Token) -> bool:
    """Tell whether a reporting verb is its own subject's saying joined by "and" to the
    clause before, not what that clause's speaker reports ("A warned …, and B said …")."""
    return verb.lemma_ in REPORTING and joined_clause(verb)


def joined_words(clause: list[Token], verb: Token) -> set[int]:
    """Return the words of the clauses joined to the question's clause by "and" (with the
    conjunction and the comma before it): the question keeps only its own conjunct."""
    cut: set[int] = set()
    for token in clause:
        if token.i <= verb.i or token.i in cut or not joined_clause(token):
            continue
        if verb in token.subtree:  # the question's own verb sits inside: not another clause
            continue
        cut |= {t.i for t in token.subtree}
        before = token.left_edge.i - 1  # the "and"
        cut.add(before)
        if before > 0 and token.doc[before - 1].text == ",":
            cut.add(before - 1)
    return cut


def verbless(verb: Token) -> bool:
    """Tell whether the clause's verb is a bare participle with no auxiliary ("four pirates
    riding in a skiff"): the question would have no finite verb."""
    if verb.tag_ not in _PARTICIPLES or verb.dep_ not in ("ccomp", "ROOT", "conj"):
        return False
    if any(c.dep_ in _AUXILIARIES for c in verb.children):
        return False
    # "has risen and fallen": a conjunct shares its first verb's auxiliary
    return not (verb.dep_ == "conj" and any(c.dep_ in _AUXILIARIES for c in verb.head.children))


def two_agents(verb: Token) -> bool:
    """Tell whether a passive verb tells of two doers of one kind, the second a gapped
    clause's: a second "by" phrase on the verb ("defended by Jane Roe and Baker by Tom
    Hale"), or one on a conjunct of the agent that is of the subject's kind ("represented by
    Jane Roe and his brother by Tom Hale"). One clause has one agent; "by a vote", "by
    Monday" or "a novel by Dickens" is no doer of the agent's kind in a clause of its own."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        doer = next((o for o in agent.children if o.dep_ == "pobj"), None)
        if doer is None or not (kind := _kind(doer)):
            continue
        others = [c for c in verb.children if c.lower_ == "by" and c.i != agent.i]
        subjects = [_kind(c) for c in verb.children if c.dep_ == "nsubjpass"]
        gapped = [o for o in doer.conjuncts if o.i > doer.i and _kind(o) in subjects]
        others += [c for o in gapped for c in o.children if c.lower_ == "by"]
        if any(_kind(o) == kind for c in others for o in c.children if o.dep_ == "pobj"):
            return True
    return False


def _kind(noun: Token) -> str:
    """Return the kind of thing a noun names: its entity type, or a person for a common noun
    whose commonest sense is one ("his brother")."""
    person = noun.pos_ == "NOUN" and person_noun(noun.lemma_)
    return "PERSON" if person else str(noun.ent_type_)


def misparsed_verb(verb: Token) -> str | None:
    """Say why the parse of a question's clause cannot be asked over, or None when it can."""
    if verbless(verb):  # "four pirates riding in a skiff came …": the parse took "riding"
        return "the clause's verb is a participle with no finite verb"
    if two_agents(verb):
        return "two doers of one passive verb: a gapped clause the parse joined to it"
    return None


def mend_participles(doc: Any) -> None:
    """Hang a participle the parser took for a reported clause's verb on its subject, and
    the subject on the finite verb beside it that has none ("reported that four pirates
    riding in a skiff came within …": the pirates came, riding in a skiff)."""
    for verb in list(doc):
        if verb.dep_ != "ccomp" or not verbless(verb):  # the cheap test first: every token
            continue
        subjects = children_of(verb, SUBJECT)
        after = [
            c for c in verb.head.children if c.i > verb.right_edge.i and c.dep_ in ("ccomp", "conj")
        ]
        if not subjects or not after:
            continue
        finite = after[0]
        between = doc[verb.right_edge.i + 1 : finite.left_edge.i]
        if (
            children_of(finite, SUBJECT)
            or not _finite(finite)
            or any(not t.is_punct for t in between)
        ):
            continue
        subject = subjects[0]
        marks = [c for c in verb.children if c.dep_ == "mark"]
        subject.head, subject.dep_ = finite, "nsubj"
        verb.head, verb.dep_ = subject, "acl"
        for mark in marks:  # "that" opens the finite verb's clause
            mark.head = finite


def _subject_word(token: Token) -> bool:
    """Tell whether a word can be a clause's subject's: a name, a determiner or a personal
    pronoun, not a relative one ("who", "which")."""
    return token.pos_ in ("PROPN", "PRON", "DET") and token.tag_ not in ("WP", "WDT")


def runs_on(clause: list[Token], verb: Token) -> bool:
    """Tell whether the kept words run on past an "and" into a clause of its own subject and
    finite verb ("came up to bat and Porter stole third base", misparsed as one clause): the
    question would read "Who came up to bat and Porter stole third base?"."""
    for n, token in enumerate(clause):
        if token.dep_ != "cc" or token.i < verb.i:
            continue
        after = clause[n + 1 :]
        subject = list(itertools.takewhile(_subject_word, after))
        rest = after[len(subject) :]
        if subject and rest and rest[0].tag_ in _FINITE_TAGS and rest[0].i != verb.i:
            return bool(rest[0].dep_ != "relcl")  # "Syria and Yemen who applied": relative
    return False
