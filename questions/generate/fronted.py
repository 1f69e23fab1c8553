"""A subject the parse ran into the phrases fronted before it ("At noon on May 2, near the
pier in Salem, Oregon, Harbor Lines Inc. opened …": "Harbor Lines Inc." read as one more
place in the list): hung back on its verb, which the parse left with no subject."""

from __future__ import annotations

from typing import Any

from spacy.attrs import DEP

from questions.generate.clauses import SUBJECT

Token = Any
FINITE = ("VBD", "VBZ", "VBP")  # a verb that needs a subject; "VB" may be an imperative
FRONTED = ("prep", "advmod", "npadvmod", "punct")  # what a fronted phrase hangs by
NOMINAL = ("NOUN", "PROPN")
# the words a bare noun phrase may have: no verb, preposition, conjunction or comma
PHRASE = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PUNCT")


def mend_fronted_subjects(doc: Any) -> None:
    """Hang the noun phrase between the last fronted comma and a subjectless main verb on
    that verb as its subject. A finite verb of a statement has a subject; where the parse
    found none and every word before the verb is a fronted phrase, the words after the
    phrases' last comma, if they make one noun phrase, are that subject."""
    for verb in _roots(doc):
        if verb.tag_ not in FINITE or verb.pos_ not in ("VERB", "AUX"):
            continue
        noun = _run_into_subject(verb)
        if noun is None:
            continue
        stranded = [c for c in noun.children if c.i <= _last_comma(verb)]
        words = [c for c in stranded if c.pos_ != "PUNCT"]
        if len(words) > 1:
            continue  # more than one phrase left behind: no one place to hang them back
        old_head, old_dep = noun.head, noun.dep_
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        noun.head, noun.dep_ = verb, "nsubjpass" if passive else "nsubj"
        for word in words:  # "in McGregor, …" read as part of the subject: back in its phrase
            word.head, word.dep_ = old_head, old_dep
        for mark in (c for c in stranded if c.pos_ == "PUNCT"):
            mark.head = words[0] if words else old_head
    mend_fronted_roles(doc)


_NOUN_LEFT = ("det", "amod", "compound", "poss")  # what a bare noun phrase has before its noun


def mend_fronted_roles(doc: Any) -> None:
    """Hang a sentence's opening phrase headed by a word for what a person is on the named
    subject right after its comma, as that subject's apposition ("Chair of the inquiry, Helena
    Kennedy challenged …": she is the chair): the parse hangs it on the verb as a clause of
    its own, and a question moved it to its end ("Who challenged … chair of the inquiry?")."""
    from questions.generate.titledpeople import person_word  # loads WordNet with the model

    for verb in _roots(doc):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT), None)
        if subject is None or subject.pos_ != "PROPN" or not subject.ent_type_:
            continue
        role = next((c for c in verb.children if c.i < subject.left_edge.i), None)
        if role is None or role.pos_ != "NOUN" or role.dep_ not in ("advcl", "npadvmod", "dep"):
            continue
        comma = doc[subject.left_edge.i - 1]
        # the role's own noun phrase opens the sentence: "Former chair of …", not "With
        # spectators … the … match, China won …", a preposition's phrase
        bare = all(t.head == role and t.dep_ in _NOUN_LEFT for t in doc[verb.sent.start : role.i])
        opening = bare and role.right_edge.i == comma.i - 1
        if opening and comma.text == "," and person_word(role):
            role.head, role.dep_ = subject, "appos"
            comma.head = subject


def _roots(doc: Any) -> list[Token]:
    """Return the doc's main verbs in order, read from its dependency array: making every
    token to ask its label cost a paragraph's parse as much as the mend itself."""
    labels = doc.to_array(DEP)
    return [doc[int(i)] for i in (labels == doc.vocab.strings["ROOT"]).nonzero()[0]]


def _last_comma(verb: Token) -> int:
    """The index of the last comma before the verb, outside a bracket after the noun."""
    sentence = verb.sent
    commas = [t.i for t in sentence if t.i < verb.i and t.text == "," and not _bracketed(t)]
    return commas[-1] if commas else -1


def _bracketed(token: Token) -> bool:
    """Tell whether the token sits inside brackets: "Corp. (SpaceX, its short name)"."""
    before = token.doc[token.sent.start : token.i]
    opened: int = sum(t.text == "(" for t in before) - sum(t.text == ")" for t in before)
    return opened > 0


def _run_into_subject(verb: Token) -> Token | None:
    """The head of the noun phrase the parse ran into the fronted phrases, or None."""
    sentence = verb.sent
    if any(c.dep_ in (*SUBJECT, "expl", "csubj") for c in verb.children):
        return None
    if any(c.dep_ in SUBJECT for a in verb.children if a.dep_ in ("aux", "auxpass")
           for c in a.children):  # fmt: skip
        return None
    left = [c for c in verb.children if c.i < verb.i]
    if not any(c.dep_ == "prep" for c in left) or any(c.dep_ not in FRONTED for c in left):
        return None  # only fronted phrases before the verb, one at least a preposition's
    comma = _last_comma(verb)
    end = verb.i
    if verb.i - 1 > comma and verb.doc[verb.i - 1].text == ")":  # "Corp. (SpaceX) tested"
        opening = [t.i for t in verb.doc[comma + 1 : verb.i] if t.text == "("]
        end = opening[-1] if opening else end
    run = verb.doc[comma + 1 : end]
    if comma < sentence.start or not len(run) or verb.doc[comma + 1].is_punct:
        return None
    if any(t.pos_ not in PHRASE or (t.is_punct and t.text != "-") for t in run):
        return None  # a verb, a preposition or a clause: no bare noun phrase
    tops = [t for t in run if not (comma < t.head.i < end) or t.head.i == t.i]
    if len(tops) != 1 or tops[0].pos_ not in NOMINAL or tops[0].i != run[-1].i:
        return None  # one phrase, its head last: "Blue Mesa Aerospace Corporation"
    return tops[0]


def mend_dated_places(doc: Any) -> None:
    """Hang a phrase set off by a comma after a date ("on May 2, 2014, near the pier …") on
    the verb the date's own phrase hangs on: a date takes no place of its own, the event does,
    and read as the date's, the phrase ties the date to words a question cannot move."""
    for prep in doc:
        date = prep.head
        if prep.dep_ != "prep" or date.ent_type_ not in ("DATE", "TIME") or prep.i < date.i:
            continue
        if prep.i == 0 or doc[prep.i - 1].text != "," or prep.ent_type_ in ("DATE", "TIME"):
            continue  # "May 2, 2014": the year is the date's; only a phrase after it is not
        if not any(c.dep_ == "pobj" and c.tag_ != "WRB" for c in prep.children):
            continue  # "…, from where it …": a relative clause, not a place
        verb = _phrase_verb(date)
        if verb is not None:
            prep.head = verb


def _phrase_verb(date: Token) -> Token | None:
    """The verb a date's phrase hangs on through phrases alone ("at 6am on May 2": tested),
    or None where a noun or a clause comes between."""
    token = date
    while token.dep_ in ("pobj", "prep") and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None
