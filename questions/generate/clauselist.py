"""A sentence that lists clauses, each a named person doing a deed of their own.

"Ann Lee wrote the lyrics, Tom Hart produced the album, and Raj Patel designed the cover."
asks one clause as its own question ("Who produced the album?"); the other clauses' doers
did other deeds, so each is a wrong option a reader of the story can rule out. A cloze would
show them, and the options may not name the sentence's people; a wh-question shows only its
own clause, so the other clauses' doers are free to be options.

Kept narrow: clauses joined by commas and "and", each an active verb of a deed (no saying,
no "not") with a named person for its subject and its own direct object. A doer of another
clause with the key's deed (the same verb and object noun: "developed the code" twice) is
no option, since the question may be about them too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from questions.generate.compiled import pattern
from questions.generate.verbfiles import speech_verb

if TYPE_CHECKING:  # facts reads clauses, which asks this module whether a clause stands
    from questions.generate.facts import Fact

Token = Any
_JOINS = frozenset({",", "and"})  # what may stand between two clauses of the list


def _doers(verb: Token) -> list[Token]:
    """Return a clause's named subjects ("Yarik Markov and Pierre Karpman"), or [] when its
    subject is anyone else."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return []
    names = [subjects[0], *(c for c in subjects[0].children if c.dep_ == "conj")]
    if any(n.pos_ != "PROPN" or n.ent_type_ != "PERSON" for n in names):
        return []
    return names


def _deed_clause(verb: Token) -> bool:
    """Tell whether a verb is an active deed with a named doer and its own object."""
    children = list(verb.children)
    return (
        verb.pos_ == "VERB"
        and not speech_verb(verb.lemma_.lower())
        and not any(c.dep_ in ("neg", "auxpass", "nsubjpass", "xcomp") for c in children)
        # "told reporters [that] Tom Hart produced it": a clause it reports, not one listed
        and not any(c.dep_ == "ccomp" and c.i > verb.i for c in children)
        and any(c.dep_ == "dobj" for c in children)
        and bool(_doers(verb))
    )


def _listed(verb: Token) -> list[Token]:
    """Return the clauses that may be listed with a verb: an earlier clause the parser hung
    on it ("A did X, B did Y": ccomp) or a later one (conj)."""
    return [
        c
        for c in verb.children
        if (c.dep_ == "ccomp" and c.i < verb.i) or (c.dep_ == "conj" and c.i > verb.i)
    ]


def _words(verb: Token) -> list[int]:
    """Return the places of a clause's own words, without the clauses listed with it or the
    commas and "and" that join them."""
    cut = {t.i for c in _listed(verb) for t in c.subtree}
    return [t.i for t in verb.subtree if t.i not in cut and t.lower_ not in _JOINS]


def _joined(first: Token, second: Token) -> bool:
    """Tell whether only commas and "and" stand between one clause's end and the next's
    start: "…the lyrics, Tom Hart…" (no "said", no "because")."""
    end, start = max(_words(first)), min(_words(second))
    between = first.doc[end + 1 : start]
    return len(between) > 0 and all(t.lower_ in _JOINS for t in between)


def _linked(verb: Token) -> list[Token]:
    """Return the clauses a verb is listed with directly, joined by commas or "and"."""
    return [c for c in _listed(verb) if (_joined(c, verb) if c.i < verb.i else _joined(verb, c))]


def _clauses(verb: Token) -> list[Token]:
    """Return every clause of the list a verb belongs to, itself included."""
    top = verb
    while top.head.i != top.i and top.i in {c.i for c in _linked(top.head)}:
        top = top.head
    found, todo = [], [top]
    while todo:
        clause = todo.pop()
        found.append(clause)
        todo.extend(_linked(clause))
    return sorted(found, key=lambda t: t.i)


def listed_clause(verb: Token) -> bool:
    """Tell whether a verb's clause is one the parser hung on the next clause of such a list
    ("Ann Lee wrote the lyrics, [Tom Hart produced …]": ccomp): it stands as a sentence."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and verb.i < head.i
        and _deed_clause(verb)
        and _deed_clause(head)
        and _joined(verb, head)
    )


def _deed(verb: Token) -> tuple[str, frozenset[str]]:
    """Return a clause's verb with its particles, and its object's nouns (with an appositive:
    "unit (GPU) code")."""
    particles = " ".join(sorted(c.lemma_.lower() for c in verb.children if c.dep_ == "prt"))
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    nouns = {o.lemma_.lower() for o in objects}
    nouns |= {c.lemma_.lower() for o in objects for c in o.children if c.dep_ == "appos"}
    return f"{verb.lemma_.lower()} {particles}".strip(), frozenset(nouns)


def _same_person(one: str, other: str) -> bool:
    """Tell whether two mentions may name one person ("Karpman" of "Pierre Karpman")."""
    a, b = set(one.replace("-", " ").split()), set(other.replace("-", " ").split())
    return a <= b or b <= a


def _name(token: Token) -> str:
    """Return the whole name a subject token ends ("Pierre Karpman")."""
    start = token.i
    while (
        start > 0
        and token.doc[start - 1].dep_ == "compound"
        and token.doc[start - 1].head.i == token.i
    ):
        start -= 1
    return str(token.doc[start : token.i + 1].text)


def clause_partners(sentence: Any, fact: Fact) -> frozenset[str]:
    """Return the other clauses' doers a person key's own clause is listed with, each a wrong
    answer to a question on the key's clause alone; none when the key is not such a clause's
    only subject or the list has fewer than two deeds."""
    if fact.kind != "person":
        return frozenset()
    root = sentence.doc[fact.start : fact.end].root
    verb = root.head
    if root.dep_ != "nsubj" or any(c.dep_ == "conj" for c in root.children):
        return frozenset()  # one of "Yarik Markov and Pierre Karpman": a list's item
    if not _deed_clause(verb):
        return frozenset()
    clauses = [c for c in _clauses(verb) if _deed_clause(c)]
    if len(clauses) < 2 or any(c.dep_ == "neg" for v in _clauses(verb) for c in v.children):
        return frozenset()
    asked, objects = _deed(verb)
    shared = {  # doers of the key's deed in another clause: maybe right too
        _name(d)
        for c in clauses
        if c.i != verb.i and _deed(c)[0] == asked and _deed(c)[1] & objects
        for d in _doers(c)
    }
    others = {_name(d) for c in clauses if c.i != verb.i for d in _doers(c)}
    return frozenset(
        n
        for n in others
        if not _same_person(n, fact.text) and not any(_same_person(n, s) for s in shared)
    )


def unsaid(source: str, partners: frozenset[str]) -> str:
    """Return the sentence without the partners' names, as a wh-question on one clause
    leaves them: the options may then name them."""
    for name in sorted(partners, key=len, reverse=True):
        source = pattern(rf"\b{re.escape(name)}\b").sub("", source)
    return source
