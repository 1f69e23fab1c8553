"""Where a fronted phrase ends and the subject begins, when no comma says so.

"In the last ten years female and adolescent smoking in Russia has tripled": the parse may
hang "female and adolescent" on "years", and a question moving the fronted phrase to its end
would split the subject ("In which country has smoking tripled in the last ten years female
and adolescent?"). The other way round, "Last year female smoking rose" may be parsed with
"Last year" inside the subject ("did 2013 female smoking rise?"). Modifiers stranded after
the fronted phrase's noun go back to the subject; a subject that swallowed a fronted time
is not asked.
"""

from __future__ import annotations

from typing import Any

Token = Any
Span = Any

# What a word before the subject may be that English only puts before a noun: an adjective or
# a noun modifying the next one ("female and adolescent", "youth"), joined by "and"/"or".
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "dep"})
_JOINING_DEPS = frozenset({"cc", "conj"})
_MODIFIER_POS = frozenset({"ADJ", "NOUN"})
# The words a bare noun phrase of time opens with when it dates a clause on its own ("last
# year", "this month", "the past decade"): a closed class of English.
_DEICTIC = frozenset({"last", "this", "next", "past", "previous", "coming"})


def stranded_modifiers(subject_tokens: list[Token]) -> list[Token]:
    """Return the words right before the subject that modify it but that the parse hung on
    the fronted phrase before them ("female and adolescent" of "in the last ten years female
    and adolescent smoking"): an adjective or noun after the noun it is said to modify, with
    the words joined to it, running up to the subject's first word."""
    if not subject_tokens:
        return []
    first = subject_tokens[0]
    doc, start = first.doc, first.sent.start
    run: list[Token] = []
    at = first.i - 1
    while at >= start:
        token = doc[at]
        modifies = token.pos_ in _MODIFIER_POS and token.dep_ in _MODIFIER_DEPS
        joins = token.dep_ in _JOINING_DEPS and token.pos_ in (*_MODIFIER_POS, "CCONJ")
        if not (modifies or joins):
            break
        run.insert(0, token)
        at -= 1
    while run and run[0].pos_ == "CCONJ":
        run = run[1:]  # "… and female smoking": the "and" is the phrase's before it
    if not run or at < start or doc[at].is_punct:
        return []  # a comma closes the fronted phrase: the parse may be right
    low = run[0].i
    inside = {t.i for t in run} | {t.i for t in subject_tokens}
    stranded = [t for t in run if t.head.i < low]
    if not stranded or any(t.dep_ not in _MODIFIER_DEPS for t in stranded):
        return []
    if any(_object_of_bare_preposition(t) for t in stranded):
        return []  # "In total about 40 students": "total" is all the "in" has
    if any(t.head.i not in inside for t in run if t not in stranded):
        return []
    # nothing before the run leans on it: it is the fronted phrase's loose end, not its head
    if any(c.i < low for t in run for c in t.children):
        return []
    return run


def _object_of_bare_preposition(token: Token) -> bool:
    """Tell whether a word is hung on a preposition that has no other object ("total" of
    "in total", "large" of "at large"): the parse's way of giving the preposition its object,
    so the word is the fronted phrase's, and without it the phrase moved to a question's end
    would be a bare "in"."""
    head = token.head
    return head.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in head.children)


def swallowed_time(subject_tokens: list[Token]) -> bool:
    """Tell whether the parse put a fronted time into the subject ("Last year female
    smoking", "[Since] 2010 urban poverty", "[In] the past decade youth unemployment")."""
    date = []
    for token in subject_tokens:
        if token.ent_type_ != "DATE":
            break
        date.append(token)
    if not date or len(date) == len(subject_tokens):
        return False
    head = subject_tokens[0]
    ids = {t.i for t in subject_tokens}
    while head.i != head.head.i and head.head.i in ids:
        head = head.head
    return _runs_on(date, subject_tokens[len(date)], head)


def time_run_into_noun(date: Span) -> bool:
    """Tell whether a date the parse hung on a noun as its modifier is a fronted time running
    into the subject ("Last year female smoking rose"): resolved, it keeps its preposition
    ("In 2013, female smoking …"), not "2013 female smoking"."""
    doc = date.doc
    # "the past year": "the" and "year" both hung on the noun after it
    outside = [t for t in date if not date.start <= t.head.i < date.end]
    nouns = {t.head.i for t in outside}
    if date.end >= len(doc) or len(nouns) != 1:
        return False
    if not any(t.dep_ in ("compound", "nmod") for t in outside):
        return False
    return _runs_on(list(date), doc[date.end], doc[nouns.pop()])


def _runs_on(date: list[Token], after: Token, noun: Token) -> bool:
    """Tell whether a date opening a noun phrase is a time of the clause run into it: it
    modifies nothing but is followed by the words of another noun (`noun`, the phrase's
    head, is not the next word), after a preposition left with no object or as a bare time
    of its own at the sentence's start ("last year")."""
    if after.tag_ == "POS" or after.pos_ not in _MODIFIER_POS or after.i == noun.i:
        return False  # "Tuesday's vote", "1999 figures": the date is the noun's own
    first = date[0]
    before = first.doc[first.i - 1] if first.i > first.sent.start else None
    bare_preposition = (
        before is not None
        and before.dep_ in ("prep", "mark")
        # its object none, or the noun itself ("In [the past year youth unemployment]")
        and not any(c.dep_ == "pobj" and c.i != noun.i for c in before.children)
    )
    deictic = any(t.lower_ in _DEICTIC for t in date)
    return bare_preposition or (before is None and deictic)
