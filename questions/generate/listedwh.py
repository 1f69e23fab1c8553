"""A wh-question on one item of a list of names, its partners shown, before a blank.

A key that is one item of a list ("China, Russia and Kazakhstan") is asked with the other
items in sight and options the article never names, so the key is the only right one. A
blank says that; so does a wh-question, which a quiz needs first:

- a listed subject: "Which country, along with Russia and Kazakhstan, signed …?";
- the last item of a list inside the subject: "A team from the University of A, the
  University of B and which other university announced …?" (the wh-word inside the
  subject, the clause still a statement's order: a subject question needs no inversion).
"""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import SUBJECT
from questions.generate.compiled import pattern
from questions.generate.coordination import conjunct_tokens, conjuncts
from questions.generate.facts import Fact
from questions.generate.gazetteer import place_kind
from questions.generate.kinds import head_kind
from questions.generate.render import join
from questions.generate.stems import BLANK, WH_CHARS, Stem, cloze
from questions.generate.whphrase import PLACE_WH
from questions.generate.write import wh_question

Token = Any
# an item of the subject's own phrase: "a team from A, B and C", "the leaders of A and B"
_INSIDE = frozenset({"pobj", "prep", "compound"})


def listed_question(sentence: Any, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Ask for one item of a list as a wh-question with the other items shown, or None."""
    root = sentence.doc[fact.start : fact.end].root
    head = root
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ in SUBJECT:  # the writer asks it "along with" the rest
        if _said_of_all(head):
            return None
        stem = wh_question(sentence, fact, replace)[0]
        if stem is None or ", along with " not in stem.text or len(stem.text) > WH_CHARS:
            return None
        return stem
    return _inside_subject(sentence, fact, replace, root, head)


def _inside_subject(
    sentence: Any, fact: Fact, replace: dict[int, str], root: Token, head: Token
) -> Stem | None:
    """Ask for the last item of a list inside the main clause's subject, the wh-word in its
    place: the subject goes first in a question on it, so the statement's order stands."""
    items, subject = _items(head)
    if root.dep_ != "conj" or root.i != max(t.i for t in items) or not _and_list(items):
        return None  # "A, which other B, and C": only the last item reads as one added
    while subject.dep_ in _INSIDE and subject.head.pos_ in ("ADP", "NOUN", "PROPN"):
        subject = subject.head
    verb = sentence.root
    if subject.dep_ not in SUBJECT or subject.head.i != verb.i or verb.pos_ not in ("VERB", "AUX"):
        return None  # an object's list would need the wh-phrase fronted and the verb inverted
    if '"' in sentence.text or verb.i < subject.i:
        return None
    stem = cloze(fact, list(sentence), replace)
    if stem is None or not stem.text.endswith(".") or stem.text.count(BLANK) != 1:
        return None
    others = [join(conjunct_tokens(t), replace) for t in items if t.i != root.i]
    kind = _kind(fact)
    other = "other " if all(_kind_of(name, fact) == kind for name in others) else ""
    # the key's own "the" goes with it: "and the _____" -> "and which other university"
    text = pattern(rf"\b(?:[Tt]he )?{BLANK}").sub(f"which {other}{kind}", stem.text, count=1)
    text = text[:-1] + "?"
    if len(text) > WH_CHARS:
        return None
    return Stem(text, "wh", f"rule:{fact.kind}-listed-subject")


_TOGETHER = frozenset({"both", "together", "jointly", "all"})


def _said_of_all(subject: Token) -> bool:
    """Tell whether a listed subject's clause says a plural of the whole list ("A and B
    joined as members", "both signed"): asked of one item "along with" the rest, the
    question's singular wh-word would not agree with it."""
    if any(c.lower_ in _TOGETHER for c in subject.children):
        return True  # "Norway and Sweden both …"
    for child in subject.head.children:
        if child.lower_ in _TOGETHER or (child.dep_ in ("attr", "oprd") and child.tag_ == "NNS"):
            return True
        plural = any(g.tag_ in ("NNS", "NNPS") for g in child.children)
        if child.dep_ == "prep" and child.lower_ == "as" and plural:
            return True  # "joined as members"
    return False


def _items(head: Token) -> tuple[list[Token], Token]:
    """Return a list's items and the word it hangs from. The parser often takes the second
    of three long names for an apposition of the noun before the first ("a team from the
    University of A, the University of B, and C": "B" renames "team"), the first the object
    of the noun's preposition: put back as the first item."""
    items = conjuncts(head)
    if head.dep_ != "appos" or head.pos_ != "PROPN":
        return items, head
    first = [
        c
        for p in head.head.children
        if p.dep_ == "prep" and p.i < head.i
        for c in p.children
        if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ == head.ent_type_
    ]
    return ([first[-1], *items], head.head) if first else (items, head)


def _and_list(items: list[Token]) -> bool:
    """Tell whether a list is joined by "and" (an "or" list names one of its items)."""
    joiners = [c.lower_ for t in items for c in t.children if c.dep_ == "cc"]
    return joiners == ["and"]


def _kind(fact: Fact) -> str:
    """Return the noun a list item is asked by: its subtype, its own head noun, or its kind."""
    if fact.kind == "place":
        return fact.subtype if fact.subtype in PLACE_WH else "place"
    return head_kind(fact.text.removeprefix("the ")) or "organization"


def _kind_of(name: str, fact: Fact) -> str:
    """Return a partner's kind as `_kind` says the key's."""
    if fact.kind == "place":
        found = place_kind(name)
        return found if found in PLACE_WH else "place"
    return head_kind(name.removeprefix("the ").removeprefix("The ")) or "organization"
