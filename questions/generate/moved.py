"""The words before a clause's subject that a question moves to its end, drops (connectives)
or keeps before its wh-word (a fronted participle), and a time said before the verb."""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import DROPPABLE, MOVABLE, SUBJECT
from questions.generate.connectives import linking_phrase
from questions.generate.fronting import adverb_before, droppable_adverb, on_aux
from questions.generate.render import lower_first

Token = Any
_PARTICIPLES = frozenset({"VBG", "VBN"})


def fronted(before: list[Token], verb: Token) -> tuple[list[Token], str]:
    """Split words before the subject into phrases moved to the end and connectives dropped."""
    moved: list[Token] = []
    for token in before:
        top = token
        while top.head.i != verb.i and top.head.i != top.i and not on_aux(top.head, verb):
            top = top.head  # a phrase the parse hung on the auxiliary is the verb's
        if linking_phrase(top):
            continue  # "In addition, …": ties the sentence to the one before, left out
        adverb = adverb_before(top)
        if adverb is not None and top.lower_ == "for":
            continue  # "Unfortunately for the Panthers,": whom the dropped comment was for
        if adverb is not None and token.i == top.i and adverb.i < top.left_edge.i:
            moved.append(adverb)  # "Later in the day,": moved whole, not "in the day" alone
        if top.dep_ in MOVABLE or phrasal_preposition(top) or phrasal_preposition(_next(top)):
            if token.dep_ == "punct" and token.text == "," and token.head.i == verb.i:
                continue  # the comma that set the phrase off, not one inside a date
            moved.append(token)
        elif top.dep_ not in DROPPABLE:
            return [], f"cannot move a fronted {top.dep_}"
        elif top.dep_ == "advmod" and top.head.i == verb.i and not droppable_adverb(top):
            return [], f"cannot drop a fronted {top.lower_!r}"  # "Allegedly, …": the claim
    if _bare_preposition(moved):
        return [], "a fronted preposition would be moved without its object"
    return moved, ""


def phrasal_preposition(word: Token | None) -> bool:
    """Tell whether an adverb the parse hung on the verb heads a preposition of two words
    ("prior to the talks", "ahead of the vote"): a time or place phrase, moved like one."""
    return (
        word is not None
        and word.dep_ == "advmod"
        and word.pos_ == "ADV"
        and any(c.dep_ == "prep" and c.i == word.i + 1 for c in word.children)
    )


def _next(word: Token) -> Token | None:
    """Return the word after a bare adverb hung on the same verb ("Shortly" before "after"
    of "Shortly prior to the talks"): the adverb says how long before, and goes with it."""
    if word.dep_ != "advmod" or list(word.children) or word.i + 1 >= len(word.doc):
        return None
    after = word.doc[word.i + 1]
    return after if after.head.i == word.head.i else None


def _bare_preposition(moved: list[Token]) -> bool:
    """Tell whether a preposition moved to a question's end would stand with none of its
    words after it ("… from the school in, according to …"): a word the parse hung on it
    went elsewhere, and the question would not be English."""
    ids = {t.i for t in moved}
    return any(
        t.dep_ == "prep" and t.pos_ == "ADP" and not any(c.i in ids for c in t.children)
        for t in moved
    )


def opening(moved: list[Token], verb: Token) -> tuple[list[Token | str], list[Token]]:
    """Split off a fronted participle with no subject of its own ("Looking forward to the
    new journey, …"): it stays before the wh-word, since at the question's end it would seem
    to say what the object does ("put forward five suggestions looking forward to …")."""
    ids = _opening_ids(moved, verb)
    if not ids:
        return [], moved
    return [*(t for t in moved if t.i in ids), ","], [t for t in moved if t.i not in ids]


def _opening_ids(before: list[Token], verb: Token) -> set[int]:
    """Return the words of the participle a clause opens with, none when it opens otherwise:
    its own words and the ones running on from them up to the comma that closes it ("Born on
    May 2 in Ovar,": the parse may hang "in Ovar" on the main verb)."""
    top = before[0] if before else verb
    while top.head.i not in (verb.i, top.i):
        top = top.head
    if top.dep_ != "advcl" or top.tag_ not in _PARTICIPLES or top.left_edge.i != before[0].i:
        return set()
    if any(c.dep_ in ("mark", *SUBJECT) for c in top.children):
        return set()  # "While X was looking …": a clause of its own, moved as one
    ids = {t.i for t in top.subtree}
    for token in before:  # the words of the run, in order, up to the first gap
        if token.i in ids or token.i - 1 in ids:
            ids.add(token.i)
    return ids


def in_opening(before: list[Token], verb: Token, answer: set[int]) -> bool:
    """Tell whether the answer lies in an opening participle with no subject of its own
    ("Born in _____, she had four brothers"): it says where or when the participle's deed
    was, and a question of the main verb ("Where did she have …?") would ask another thing."""
    return bool(answer & _opening_ids(before, verb))


def said_last(rest: list[Any], verb: Token) -> list[Any]:
    """Move a time said between the subject and the verb ("The Office today is to begin")
    to the end: after the inverted verb it would split the subject from the rest."""
    times = {t.i for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i
             for t in c.subtree}  # fmt: skip
    early = [t for t in rest if not isinstance(t, str) and t.i in times]
    return [t for t in rest if isinstance(t, str) or t.i not in times] + early


def lowered(moved: list[Token], replace: dict[int, str]) -> list[Token | str]:
    """Return phrases moved to a question's end, their first word no longer capitalised."""
    if not moved or moved[0].i in replace:
        return list(moved)
    first = lower_first(moved[0].text, moved[0])
    return [first, *moved[1:]]
