"""A short "Who …?" whose deed another named person of the article does too has no one answer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.clauses import SUBJECT
from questions.generate.facts import Fact

# "Who tweeted to Mohamed?" (three words after "who"): a deed this bare names no one when the
# article has another person do it ("Obama tweeted …"); a longer question says which deed.
SHORT_DEED = 4


def _doer(verb: Any) -> Any | None:
    """Return the named person a verb's subject is, or None."""
    for child in verb.children:
        if child.dep_ in SUBJECT and child.ent_type_ == "PERSON":
            return child
    return None


def _object(verb: Any) -> str:
    """Return the lemma of a verb's direct object ("cup" of "won the cup"), or ""."""
    return next((c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"), "")


def shared_deed(sentence: Any, fact: Fact, asked: str, every: Sequence[Any]) -> str | None:
    """Say why a short "Who <verb> …?" has another right answer: another person the article
    names is the subject of the same verb (lemma) elsewhere, or None."""
    question = asked.splitlines()[-1] if asked else ""
    words = question.rstrip("?").split()
    if fact.kind != "person" or not words or words[0] != "Who" or len(words) - 1 > SHORT_DEED:
        return None
    key = sentence.doc[fact.start : fact.end].root
    verb = key.head
    if key.dep_ not in SUBJECT or verb.pos_ != "VERB":
        return None  # "Who is the mayor?": being or having is no deed two people share
    surname = key.text
    done = _object(verb)  # "Who won the cup?" is not answered by "X won a prize"
    for said in every:
        for token in said:
            if token.lemma_ != verb.lemma_ or (token.i == verb.i and said.doc is sentence.doc):
                continue
            if token.pos_ != "VERB" or (done and _object(token) != done):
                continue
            doer = _doer(token)
            if doer is not None and doer.text != surname:
                return f"'{doer.text}' {token.text} too: the short question names no one deed"
    return None
