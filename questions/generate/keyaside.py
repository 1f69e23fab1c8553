"""A title set after a person's blank as an appositive ("_____, First Minister of Scotland,
said …"): the title names the key to anyone who knows who held it, and the other options
seldom hold it; the question leaves it out, as it leaves out a title before the blank
("Prime Minister _____", `stems.key_title`). The statement is true of the key all the same,
and a set-off appositive leaves a whole clause behind when it goes."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.persons import person_noun

Token = Any
_SET_OFF = frozenset({",", "—", "–"})


def key_role_aside(sentence: Any, fact: Fact) -> frozenset[int]:
    """Return the words of a role set after a person's name as an appositive, with the comma
    before it (", First Minister of Scotland" of "Alex Salmond, First Minister of Scotland,
    said"); none when the name has no such aside or the aside is a name of its own."""
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
        return frozenset(range(fact.end, last + 1))
    return frozenset()
