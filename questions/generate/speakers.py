"""Whether "X said he would …" reports X's own plan, or X's word on someone else.

"Who says officials complained to him?" reads "him" as the speaker's own, as the sentence
does when the speaker is the only person named before it. A pronoun whose gender the
speaker's contradicts ("Coach Ann Lee said he would miss three games") is never hers: the
reader carries it to a man, so the question may not bind it to her. A speaker of unknown
gender keeps the pronoun: the sentence offers nobody else.

So with the owner of a subject: in "Ann's brother begged him to stay", "him" cannot be the
brother (that would be "himself"), and with nobody else named before it, it is Ann's
person. A blank keeps that reading ("_____'s brother begged him to stay": the blank's
person); "Whose brother begged him to stay?" leaves "him" meaning nobody, so only a blank
binds it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from questions.generate.clauses import REPORTING, SUBJECT
from questions.generate.pronouns import PERSONAL
from questions.generate.quotemarks import quoted_words
from questions.generate.stems import Stem

Span = Any
Token = Any
_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}  # by its pronouns
_OBJECTS = frozenset({"dobj", "dative", "pobj"})


def person_pronouns(
    sentence: Span, at: range, gender: Callable[[str], str], told: Stem
) -> frozenset[str]:
    """Return the personal pronouns the key's person at the words `at` binds in the question
    `told`: a speaker's (`speaker_pronouns`), or in a blank's sentence its owner's object
    pronoun (`owner_pronouns`)."""
    owned = owner_pronouns(sentence, at, gender) if told.form == "cloze" else frozenset()
    return speaker_pronouns(sentence, at, gender) | owned


def owner_pronouns(
    sentence: Span, at: range, gender: Callable[[str], str] | None = None
) -> frozenset[str]:
    """Return the "him" or "her" object of the verb whose subject the words `at` own, where
    they are the only person the sentence names before it and their gender, by `gender`, is
    not another's ("_____'s sister pleaded with him": the sister is not "him", so the blank's
    person is): every one of that word in the sentence must be so."""
    owner = next((sentence.doc[i] for i in at if sentence.doc[i].dep_ == "poss"), None)
    if owner is None or owner.head.dep_ not in SUBJECT or owner.head.i in at:
        return frozenset()
    verb = owner.head.head
    said = gender(sentence.doc[at.start : at.stop].text) if gender is not None else ""
    quoted = quoted_words(sentence)
    found: dict[str, bool] = {}
    for token in sentence:
        if token.lower_ not in PERSONAL or token.tag_ != "PRP":
            continue
        clause = token.head.head if token.dep_ == "pobj" else token.head
        between = sentence.doc[verb.i + 1 : token.i]  # "told the nurse about him": hers?
        others = [t for t in sentence.doc[sentence.start : token.i]
                  if t.ent_type_ == "PERSON" and t.i not in at]  # fmt: skip
        ok = token.dep_ in _OBJECTS and clause.i == verb.i and token.i not in quoted
        ok = ok and not others and not any(t.pos_ in _NOUNS for t in between)
        ok = ok and said in ("", PRONOUN_GENDERS[token.lower_])  # "Ann's son met her": Ann's
        found[token.lower_] = found.get(token.lower_, True) and ok
    return frozenset(word for word, ok in found.items() if ok)


def speaker_pronouns(
    sentence: Span, at: range, gender: Callable[[str], str] | None = None
) -> frozenset[str]:
    """Return the "he", "him" or "her" of what a speaker at the words `at` says, where the
    speaker is the only person the sentence names before it ("Roe says officials complained
    to him": Roe's, so "Who says officials complained to him?" binds it) and the speaker's
    gender, by `gender`, is not another's: every one of that word in the sentence must be so."""
    quoted = quoted_words(sentence)
    speaker = sentence.doc[at.start : at.stop].text if at else ""
    said = gender(speaker) if gender is not None and speaker else ""
    found: dict[str, bool] = {}
    for token in sentence:
        if token.lower_ not in PERSONAL or token.tag_ not in ("PRP", "PRP$"):
            continue
        verb = token.head
        while verb.head.i != verb.i and not _says(verb, at):
            verb = verb.head
        others = [t for t in sentence.doc[sentence.start : token.i]
                  if t.ent_type_ == "PERSON" and t.i not in at]  # fmt: skip
        ok = token.i not in quoted and token.i >= at.stop and not others and _says(verb, at)
        ok = ok and said in ("", PRONOUN_GENDERS[token.lower_])  # "Ann Lee said he …": not hers
        found[token.lower_] = found.get(token.lower_, True) and ok
    return frozenset(word for word, ok in found.items() if ok)


def _says(verb: Token, at: range) -> bool:
    """Tell whether a verb is a saying whose subject is the words `at`."""
    return verb.lemma_ in REPORTING and any(c.dep_ in SUBJECT and c.i in at for c in verb.children)
