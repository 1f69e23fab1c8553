"""Comma-set noun phrases a wh-question leaves out: the apposition that renames a phrase.

"… lifted off from the Kennedy Space Center on STS-1, the first space shuttle mission" and
"… defeated another localist camp candidate, veteran politician Raymond Wong of the …, by
424 votes" say one thing twice; fronting the wh-phrase leaves the second naming hanging after
a comma ("When did Columbia lift off … on STS-1, the first space shuttle mission?"). The
parser often misses such appositions (it takes "the first space shuttle mission" for an
object), so they are found on the words: a noun phrase set off by commas right after another.
Of the two namings the one with a proper name stays ("veteran politician Raymond Wong"), or
the first when both have one.
"""

from __future__ import annotations

from typing import Any

Token = Any
# What a noun phrase is made of, read backwards from its last word to where it starts.
_NOMINAL = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
_OPENS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})
_VERBAL = frozenset({"VERB", "AUX", "SCONJ", "PRON"})
_LISTING = frozenset({"and", "or", "but", "nor"})
_DETAIL_WORDS = 8  # a longer tail says more than which of the counted things


def _phrase_before(doc: Any, comma: int, low: int) -> list[Token]:
    """Return the noun phrase that ends right before a comma ("another … candidate")."""
    start = comma
    while start - 1 >= low and (doc[start - 1].pos_ in _NOMINAL or doc[start - 1].text == "-"):
        start -= 1
    return list(doc[start:comma])


def _one_phrase(tokens: list[Token]) -> bool:
    """Tell whether words are one phrase of the parse: all but one hang inside it
    ("Houston, Texas as a location" is a place and part of another phrase)."""
    ids = {t.i for t in tokens}
    return sum(1 for t in tokens if t.head.i not in ids or t.head.i == t.i) == 1


def _root(tokens: list[Token]) -> Token:
    """Return the word of a phrase that hangs outside it (its head)."""
    ids = {t.i for t in tokens}
    return next(t for t in tokens if t.head.i not in ids or t.head.i == t.i)


def _fronted_object(first: list[Token], segment: list[Token]) -> bool:
    """Tell whether the phrase before a comma ends a fronted adverbial ("Following the
    defeat, a defiant Harlow said …") and the phrase after it is the subject of the verb that
    adverbial hangs on: two parts of the clause, not a phrase and its renaming."""
    head, named = _root(first), _root(segment)
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.i < head.i
        and named.dep_ in ("nsubj", "nsubjpass")
        and named.head.i == prep.head.i
    )


def _named(tokens: list[Token]) -> bool:
    """Tell whether a phrase holds a proper name."""
    return any(t.pos_ == "PROPN" for t in tokens)


def appositions(kept: list[Token], answer: range) -> set[int]:
    """Return the words of comma-set renamings among a question's clause words (`kept`, in
    order) that do not touch the answer: the comma and the naming that goes."""
    if not kept:
        return set()
    doc = kept[0].doc
    ids = {t.i for t in kept}
    low, high = min(ids), max(ids)
    cut: set[int] = set()
    for comma in (t for t in kept if t.text == ","):
        before = doc[comma.i - 1] if comma.i > low else None
        if before is None or before.i not in ids or before.pos_ not in ("NOUN", "PROPN"):
            continue
        if comma.ent_iob_ == "I" or (comma.i + 1 <= high and doc[comma.i + 1].ent_iob_ == "I"):
            continue  # "April 12, 1981": one date
        found = _renaming(doc, comma.i, ids, high)
        if found is None:
            continue
        segment, end, closing = found
        first = _phrase_before(doc, comma.i, low)
        if not first or any(t.dep_ == "conj" for t in first):
            continue
        if first[0].i - 1 >= low and doc[first[0].i - 1].tag_ == "PRP$":
            # "his 25th album, Blackstar": the owner goes with its noun, or "his Blackstar"
            first = [doc[first[0].i - 1], *first]
        if not (_one_phrase(first) and _one_phrase(segment)):
            continue
        if _fronted_object(first, segment):
            continue  # "Following the defeat, a defiant Harlow said": no renaming of "defeat"
        if before.ent_type_ == "GPE" and all(t.ent_type_ == "GPE" for t in segment):
            continue  # "Houston, Texas": where the city is, not a second name for it
        touched = {t.i for t in [*first, comma, *segment]} & set(answer)
        if touched:
            continue
        if _named(segment) and not _named(first) and closing:
            # "another candidate, veteran politician Raymond Wong,": the name stays
            if first[0].i - 1 >= low and doc[first[0].i - 1].pos_ in ("NOUN", "PROPN"):
                continue  # the first phrase may run on further back than it seems
            cut |= {t.i for t in first} | {comma.i}
            cut.add(end)
        else:
            cut |= {comma.i} | {t.i for t in segment}
            if closing:
                cut.add(end)
    return cut


def _renaming(
    doc: Any, comma: int, ids: set[int], high: int
) -> tuple[list[Token], int, bool] | None:
    """Return the noun phrase a comma sets off among a clause's words (`ids`, up to `high`),
    where it ends and whether a comma closes it; None for a clause, a list item, a quotation."""
    end = next((t.i for t in doc[comma + 1 : high + 1] if t.is_punct), high + 1)
    segment = list(doc[comma + 1 : end])
    closing = end <= high and doc[end].text == ","
    if not segment or not ({t.i for t in segment} <= ids) or segment[0].pos_ not in _OPENS:
        return None
    if not (closing or end == high + 1 or (end <= high and doc[end].text in ".!?")):
        return None  # a quotation, a bracket, a dash: not a plain renaming
    clausal = any(t.pos_ in _VERBAL or t.dep_ in ("conj", "cc") or t.lower_ in _LISTING
                  for t in segment)  # fmt: skip
    if clausal or not any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in segment):
        return None  # a clause, or one item of a list ("Sudan, Iran, Libya, and Yemen")
    if closing and end + 1 <= high and doc[end + 1].lower_ in _LISTING:
        return None  # "Sudan, Iran, and …"
    return segment, end, closing


def bereft_prepositions(kept: list[Token], cut: set[int]) -> set[int]:
    """Return the prepositions among a question's clause words (`kept`) whose every word
    under them is cut: a fronted adverbial goes whole or stays whole, never a stranded
    "following?" or "despite?" left of "Following the defeat, …"."""
    ids = {t.i for t in kept}
    bereft = set()
    for prep in (t for t in kept if t.dep_ == "prep" and t.i not in cut):
        under = {t.i for t in prep.subtree if t.i != prep.i} & ids
        if under and under <= cut:
            bereft.add(prep.i)
    return bereft


def answer_renamed(kept: list[Token], phrase: set[int], counted: bool = False) -> set[int]:
    """Return the comma-set noun phrase right after the asked phrase, with its commas: it
    renames the answer ("with 58,825 votes, the highest in the constituency"), which the
    question moves away, so it would hang after a comma whatever the parse made of it. Of a
    count, a verbless tail after a comma details the things counted and goes too ("made two
    donations to USI, in 2007 and a second recently": "How many donations did … make to USI?")."""
    if not kept or not phrase:
        return set()
    doc = kept[0].doc
    ids = {t.i for t in kept} | phrase
    if counted:
        tail = _counted_detail(kept, max(phrase))
        if tail:
            return tail
    after = max(i for i in phrase if not doc[i].is_punct or i == min(phrase)) + 1  # its comma
    if after not in ids or doc[after].text != "," or doc[after].ent_iob_ == "I":
        return set()
    found = _renaming(doc, after, ids, max(ids))
    if found is None or not _one_phrase(found[0]):
        return set()
    segment, end, closing = found
    return {after, *(t.i for t in segment), *([end] if closing else [])}


def _counted_detail(kept: list[Token], last: int) -> set[int]:
    """Return a comma and the verbless words after it that end a clause after a count's
    phrase ("…, in 2007 and a second recently"), or nothing."""
    commas = [t.i for t in kept if t.i > last and t.text == ","]
    if not commas:
        return set()
    tail = [t for t in kept if t.i > commas[0] and not (t.is_punct and t.text in ".!?")]
    if not tail or len(tail) > _DETAIL_WORDS or any(t.is_punct for t in tail):
        return set()
    if any(t.pos_ in ("VERB", "AUX", "PRON") or t.is_quote for t in tail):
        return set()  # a clause of its own ("…, with Ho defeating Lee by 5,000 votes")
    return {commas[0], *(t.i for t in tail)}


def listed_name(subject: Token) -> Token:
    """Return the person a common noun is listed with, with a comma and no "and", as the
    subject: the parse's list is a slip ('commonly know as "Super District Council" seats,
    the camp's Kwong Chun-yu … received 491,667 votes': he received them, not the seats).
    Any other subject is itself."""
    if subject.pos_ != "NOUN" or any(c.dep_ == "cc" for c in subject.children):
        return subject
    doc = subject.doc
    for conj in (c for c in subject.children if c.dep_ == "conj"):
        named = conj.pos_ == "PROPN" and conj.ent_type_ == "PERSON"
        if named and subject.i + 1 < len(doc) and doc[subject.i + 1].text == ",":
            return conj
    return subject
