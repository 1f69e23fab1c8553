"""Grammar checks on words that float free of what they belong to once a question moves them.

A floating quantifier ("all", "both", "each") is said of a whole list; a comma closes an aside
that a wh-word may have taken away; a capitalised "Will" before a surname is a first name; a
relative clause keeps its verb ("…, where 'Kalimantan's Golden Gate Bridge'?" lost "linked").
Each check refuses: a repair would guess what the writer meant.
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.references import said_in_stem

_FLOATING = frozenset({"all", "both", "each"})
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_LISTED = frozenset({"conj", "appos"})  # the parse hangs list items on each other either way
# "Who alone, was charged …": a wh-word and one word, then a comma with nothing it closes
# ("Which city, according to police, was …" is an aside the comma opens: its verb comes later)
_WH_COMMA = re.compile(
    r"^(?:Who|Whom|Whose|What|Which)(?: \w+)?, (?:was|were|is|are|has|have|had|did|does|do"
    r"|will|would|can|could|may|might|shall|should|must|\w+ed)\b",
    re.IGNORECASE,
)
_AUX = frozenset({"aux", "auxpass"})
# "… by James, and?": a list's item left behind a moved clause
_LAST_COORDINATOR = re.compile(r"(?<![\w-])(?:and|or|but|nor),?\s*[?.]$", re.IGNORECASE)


def _list_members(head: Any) -> list[Any]:
    """The nouns of the list the head is part of: its root and every item linked to it."""
    while head.dep_ in _LISTED and head.head.i != head.i:
        head = head.head
    members = [head]
    stack = [head]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in _LISTED and child.pos_ in {"NOUN", "PROPN", "PRON"}:
                members.append(child)
                stack.append(child)
    return members


def lone_quantifier(sentence: Any, stem: str) -> str | None:
    """Refuse a question keeping "all", "both" or "each" said of a list of which it keeps
    only one item ("Three cars and a bus all fell" -> "How many cars all fell?")."""
    for token in sentence:
        if token.lower_ not in _FLOATING or token.i <= token.head.i:
            continue
        head = token.head
        if head.pos_ in {"VERB", "AUX"}:  # "all" hung on the verb: its list is the subject
            subjects = [c for c in head.children if c.dep_ in _SUBJECT]
            if not subjects:
                continue
            head = subjects[0]
        members = _list_members(head)
        if len(members) < 2 or not said_in_stem([token.text], stem):
            continue
        if not all(said_in_stem([m.text], stem) for m in members):
            return f"{token.text!r} is said of a list the question no longer holds"
    return None


def stray_comma(stem: str) -> str | None:
    """Refuse a wh-question whose wh-word is followed by a comma closing an aside the moved
    subject took with it ("Who alone, was charged …?")."""
    if _WH_COMMA.match(stem):
        return "a comma left between the wh-word and its verb"
    return None


def trailing_coordinator(stem: str) -> str | None:
    """Refuse a question ending on "and" or "or" ("… after a rush by James, and?"): a clause
    moved behind its list left the list's last item before it, the question unfinished."""
    if _LAST_COORDINATOR.search(stem):
        return "a question ending on a conjunction"
    return None


def name_read_as_auxiliary(sentence: Any) -> str | None:
    """Refuse a question on a sentence whose parse read a capitalised first name ("Will",
    "May", "Mark") before another capitalised word as an auxiliary verb: its rules judged a
    sentence without that name ("editor Will Tracy remarked" -> "will … Tracy remarked")."""
    for token in sentence:
        if token.i == sentence.start or token.i + 1 >= sentence.end:
            continue
        if token.dep_ not in _AUX or not token.text.istitle():
            continue  # first: the next word is read only after an auxiliary with a capital
        following = sentence.doc[token.i + 1]
        if following.text.istitle():
            return f"the parse read the name {token.text!r} as a verb"
    return None


# a question that ends in a relative clause: ", where the bridge …?" (its words kept whole)
_CLOSING_RELATIVE = re.compile(r", (?:where|which|who|whom|whose|when) [^?]*?(?=[?.]$)")


def cut_relative(sentence: Any, stem: str) -> str | None:
    """Refuse a stem that ends in a relative clause cut before its verb ("… district, where
    'Kalimantan's Golden Gate Bridge'?" of "…, where 'Kalimantan's Golden Gate Bridge' linked
    the towns …")."""
    question = stem.rsplit("\n", 1)[-1]
    found = _CLOSING_RELATIVE.search(question)
    if found is None:
        return None
    clause = found.group()
    at = sentence.text.find(clause)
    if at < 0:
        return None
    end = sentence.start_char + at + len(clause)
    rest = [t for t in sentence if t.idx >= end]
    verbs = []
    for token in rest:
        if token.is_punct and token.text not in ('"', "'", "“", "”", "’"):
            break  # the clause ends here: what follows is the sentence's own
        verbs += [token] if token.pos_ in ("VERB", "AUX") else []
    return f"the relative clause {clause.strip(', ')!r} has lost its verb" if verbs else None
