"""A title set after a person's blank as an appositive ("_____, First Minister of Scotland,
said …"): the title names the key to anyone who knows who held it, and the other options
seldom hold it; the question leaves it out, as it leaves out a title before the blank
("Prime Minister _____", `stems.key_title`). The statement is true of the key all the same,
and a set-off appositive leaves a whole clause behind when it goes."""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import SUBJECT
from questions.generate.facts import Fact
from questions.generate.persons import person_noun

Token = Any
_SET_OFF = frozenset({",", "—", "–"})
_ADJUNCTS = frozenset({"prep", "advmod", "npadvmod"})  # "in an interview …", "however"


def key_role_aside(sentence: Any, fact: Fact) -> frozenset[int]:
    """Return the words of a role set after a person's name as an appositive, with the comma
    before it and the one closing it (", First Minister of Scotland ," of "Alex Salmond, First
    Minister of Scotland, said"); none when the name has no such aside or the aside is a name
    of its own."""
    doc = sentence.doc
    if fact.end >= sentence.end - 1 or doc[fact.end].text not in _SET_OFF:
        return frozenset()
    root = doc[fact.start : fact.end].root
    for aside in (c for c in root.children if c.dep_ == "appos" and c.i > fact.end):
        first, last = aside.left_edge.i, aside.right_edge.i
        if first != fact.end + 1 or last >= sentence.end:
            continue
        if aside.ent_type_ == "PERSON" or not person_noun(aside.lemma_.lower()):
            continue  # "_____, Jane Roe," renames; "_____, the town" is no role
        after = doc[last + 1] if last + 1 < sentence.end else None
        if after is not None and after.text not in _SET_OFF and not after.is_sent_end:
            continue  # not set off at its end: the aside may run into the clause
        closing = after is not None and after.text in _SET_OFF and _closes_aside_only(aside)
        return frozenset(range(fact.end, last + 2 if closing else last + 1))
    return frozenset()


def _closes_aside_only(aside: Token) -> bool:
    """Tell whether the mark after an aside closes only the aside, so it goes with it
    ("_____, was stabbed" of "A, mayor of B, was stabbed"); it stays when it also ends a
    fronted phrase ("According to _____, the inquiry …") or opens a clause of its own
    (", who …", ", saying …", ", and …"), which it still sets off."""
    end = aside.right_edge.i
    # a phrase set before its head ends here: the mark closes it as well ("According to …,")
    # a subject is no such phrase: nothing parts it from its verb ("_____ was stabbed")
    # (the parse may hang the closing mark on the name, inside that phrase)
    if any(a.i < a.head.i and a.right_edge.i in (end, end + 1) and a.dep_ not in SUBJECT
           for a in aside.ancestors):  # fmt: skip
        return False
    doc = aside.doc
    following = end + 2
    if following >= len(doc):
        return False
    nxt = doc[following]
    opens = nxt.tag_ in ("WDT", "WP", "WP$", "WRB", "VBG", "CC") or nxt.is_quote
    return not opens and not _opens_aside(nxt)


def _opens_aside(first: Token) -> bool:
    """Tell whether a word begins a phrase set off by a mark of its own (", in an interview
    with Radio X, said"): the mark before it opens that phrase as well, so it stays."""
    phrase = first
    while phrase.head.i != phrase.i and phrase.head.left_edge.i == first.i:
        phrase = phrase.head  # the widest phrase that begins with the word
    if phrase.left_edge.i != first.i or phrase.dep_ not in _ADJUNCTS:
        return False  # "… , was stabbed last night …, police said": the clause goes on
    after = phrase.right_edge.i + 1
    return after < len(first.doc) and first.doc[after].text in _SET_OFF
