"""Definite phrases that point nowhere: idioms, phrases that say what they are, asides."""

from __future__ import annotations

from typing import Any

from questions.generate.asides import condition


def _idiom(head: Any) -> bool:
    """Tell whether a definite phrase is an idiom that points nowhere: "for the first time",
    "in the future", "throughout the year", "depending on the scenario", "70 percent of the
    market" (but "at the time" means then, and "at the same time" leans on the sentence
    before: both are references)."""
    if head.dep_ != "pobj":
        return False
    if head.head.lower_ == "on" and condition(head.head.head):
        return True  # "depending on the scenario": whichever one holds, no particular one
    bare = not any(c.dep_ in ("amod", "compound") for c in head.children)
    share = head.head.head  # "70 percent [of the market]", "a share of the market"
    if head.lower_ == "market" and head.head.lower_ == "of":
        # a share of the market is of the whole market the named product sells in
        return bare and (share.lower_ in ("percent", "share", "%") or share.like_num)
    if head.lower_ in ("future", "past"):
        return bare
    if head.head.lower_ == "throughout" and head.lower_ in ("year", "day", "week", "month"):
        return bare  # "throughout the year": all year round, or the year the story is in
    return head.lower_ == "time" and any(
        c.lower_ in ("first", "last") for c in head.children if c.dep_ == "amod"
    )


def _described(head: Any) -> bool:
    """Tell whether a definite phrase says what it is by itself: "the need to act", "the
    withdrawal of foreign troops", "the leaders of member states", "the screens shown at
    USI" (a participle with a name), or names what it is set
    beside ("STS-1, the first space shuttle mission"). A definite inside the
    description ("the end of the match") is judged on its own."""
    doc, start, end = head.doc, head.left_edge.i, head.right_edge.i + 1
    if (
        start >= 2
        and doc[start - 1].text == ","
        and doc[start - 2].pos_ == "PROPN"
        and (end < len(doc) and doc[end].text in (",", ".", ";"))
    ):
        return True  # "Naoto Kan, the Japanese prime minister,": set beside the name it is
    if any(_participle_named(c) for c in _described_by(head)):
        return True  # "the silk screens exhibited at the University of Southern Indiana"
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "that" and after.dep_ == "mark":
        return True  # "the pretext that the army fired first": its clause says it, whatever
    # the parse hangs the clause on ("that" a relative's subject or object is no such clause)
    for child in head.children:
        if child.dep_ == "acl" and any(
            t.dep_ == "aux" and t.lower_ == "to" for t in child.children
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [t for t in child.children if t.dep_ in ("pobj", "pcomp")]
            if any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in objects):
                return True
    return False


def _described_by(head: Any) -> list[Any]:
    """Return the words that may describe a noun: its own, and for one of a group ("one of
    the screens exhibited at …", where the parse hangs the participle on "one") the group's."""
    children = list(head.children)
    holder = head.head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and holder.lower_ == "one":
        children += [c for c in holder.children if c.i > head.i]
    return children


def _participle_named(child: Any) -> bool:
    """Tell whether a word is a participle phrase that names a place or body ("exhibited at
    USI"): the definite it describes is the one that name picks out."""
    return bool(
        child.dep_ == "acl"
        and child.tag_ in ("VBN", "VBD")
        and any(t.pos_ == "PROPN" for t in child.subtree)
    )


def _aside(token: Any, answer: range) -> bool:
    """Tell whether a word sits in an adverbial clause the answer is not in ("after a shell
    landed near the area"): background the question does not need to be identified."""
    for ancestor in token.ancestors:
        clause = ancestor.dep_ in ("advcl", "pcomp") and ancestor.pos_ in ("VERB", "AUX")
        if clause and any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in ancestor.children):
            return not any(t.i in answer for t in ancestor.subtree)
    return False


def stands_alone(head: Any, answer: range) -> bool:
    """Tell whether a definite phrase needs no antecedent: an aside, an idiom, self-described."""
    return _aside(head, answer) or _idiom(head) or _described(head)
