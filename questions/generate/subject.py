"""The subject a wh-question inverts: the verb's own, one hung on its auxiliary, or borrowed."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from lemminflect import getInflection, getLemma

from questions.generate.appositions import listed_name
from questions.generate.clauses import SUBJECT, children_of, relative_subject, without_asides
from questions.generate.leaning import points_back
from questions.generate.nouns import titled_subject
from questions.generate.pronouns import borrowed_subject
from questions.generate.subjectedge import stranded_modifiers, swallowed_time
from questions.generate.wordnet import find_line

Token = Any
AUXES = ("aux", "auxpass")


@dataclass(frozen=True)
class Subject:
    """The subject of the clause asked: its head, its own words, and the words to drop."""

    head: Token  # the subject itself ('… seats, the camp's Kwong Chun-yu received': him)
    tokens: list[Token]  # its words without its asides
    dropped: frozenset[int]  # words of another subject than the one asked ("when it": named)


def clause_subject(
    verb: Token, arg: Token, root: Token, role: str, replace: dict[int, str]
) -> tuple[Subject | None, str]:
    """Find the subject of the verb's clause the question keeps, or say why there is none."""
    if verb.dep_ == "conj" and not children_of(verb, SUBJECT) and verb_read_as_noun(verb):
        return None, "the subject is unsure: a verb before it was read as a noun"
    if two_subjects(children_of(verb, SUBJECT)):  # "Since …, Article 40.3.3 …, women traveled"
        return None, "the parse gave the verb two subjects"
    if noun_read_as_verb(verb):  # "the lab team lead author Jo Bell": no "lead" done
        return None, "the parse read a noun among nouns as the verb"
    if verb.dep_ == "conj" and not children_of(verb, SUBJECT) and unjoined(verb):
        return None, "the verb is joined to no other by a conjunction: its subject is unsure"
    own = children_of(verb, SUBJECT)
    subjects = own or (
        children_of(verb.head, SUBJECT) if verb.dep_ == "conj" else []
    )  # or the parse hung it on the auxiliary: "Regina Ip was re-elected" ("re", "-", "elected")
    # the verb it is joined to is not shown: "and also accounted for …" adds to nothing
    shared = points_back(verb) if subjects and not own else frozenset()
    subjects = subjects or [s for a in children_of(verb, AUXES) for s in children_of(a, SUBJECT)]
    subjects, title = titled_subject(subjects, arg) if role == "subject" else (subjects, set())
    if subjects and subjects[0].tag_ in ("WP", "WDT") and relative_subject(verb) is None:
        return None, "the subject is a question word"
    borrowed, dropped = borrowed_subject(verb, subjects[0]) if subjects else (None, frozenset())
    subjects = [borrowed] if borrowed is not None and role != "subject" else subjects
    # "It was passed with 74 yeas" where the article says what "it" is: that thing, inverted
    named_it = bool(subjects) and subjects[0].lower_ == "it" and bool(replace.get(subjects[0].i))
    if not subjects or (
        subjects[0].lower_ in ("there", "it") and role != "subject" and not named_it
    ):
        return None, "no subject to invert"
    subject = listed_name(subjects[0])  # '… seats, the camp's Kwong Chun-yu received': his
    slip = frozenset(t.i for t in subjects[0].subtree) - {t.i for t in subject.subtree} | title
    # "in the last ten years female and adolescent smoking": its words, wherever hung
    subject_tokens = without_asides(subject)
    subject_tokens = [*stranded_modifiers(subject_tokens), *subject_tokens]
    if swallowed_time(subject_tokens):
        return None, "the parse ran a fronted time into the subject"  # "Last year female …"
    if role == "subject" and arg.i == subject.i and root.dep_ == "appos" and root.head.i == arg.i:
        subject_tokens = list(subject.subtree)  # "The head of X, Jane Roe,": "who" is all of it
    dropped = (dropped if subjects[0] is borrowed else frozenset()) | slip  # "when it": named
    dropped |= shared
    return Subject(subject, subject_tokens, dropped), ""


def verb_read_as_noun(verb: Token) -> bool:
    """Tell whether the parse joined a present verb to a verb of another tense across an
    object that is itself a present verb's form ("Reporters observed the museum identifies
    and sells …": "identifies" taken for a noun): the two verbs are one clause's, and the
    clause's subject is not the head verb's, so none is borrowed."""
    head = verb.head
    if verb.tag_ != "VBZ" or head.tag_ == "VBZ" or head.pos_ not in ("VERB", "AUX"):
        return False
    joins = [c for c in head.children if c.dep_ == "cc" and c.i < verb.i]
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    if not joins or not objects or objects[-1].i + 1 != joins[-1].i:
        return False
    word = objects[-1]
    lemma = getLemma(word.lower_, upos="VERB")
    return (
        word.tag_ == "NNS"
        and bool(lemma)
        and getInflection(lemma[0], "VBZ") == (word.lower_,)
        and bool(find_line("index.verb", lemma[0]))  # a verb of English, not a plural noun
    )


def two_subjects(subjects: list[Token]) -> bool:
    """Tell whether the parse hung two subjects set apart by a comma on one verb ("Since the
    amendment, Article 40.3.3 …, in 1983, …, thousands of women traveled") or by a colon (an
    interview's speaker label: "Jo Roe: The tests were run …"): a misread sentence, not one
    name the parse split into words ("Abdelbaset al-Megrahi")."""
    for first, second in itertools.pairwise(sorted(subjects, key=lambda t: t.i)):
        # the label's colon may hang on the label itself, ending its phrase
        between = first.doc[first.right_edge.i : second.left_edge.i]
        if any(t.text == "," for t in between[1:]) or any(t.text == ":" for t in between):
            return True
    return False


def noun_read_as_verb(verb: Token) -> bool:
    """Tell whether the parse took a noun inside a run of nouns for a present verb ("the lab
    team lead author Jo Bell": "lead" of "team lead author"): a plain present form after a
    singular common noun ending its subject, which it does not agree with, right before a
    noun of its own object."""
    doc = verb.doc
    if verb.tag_ != "VBP" or not 0 < verb.i < len(doc) - 1:
        return False
    subject, after = doc[verb.i - 1], doc[verb.i + 1]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    subjects = children_of(verb, SUBJECT)
    return (
        subject.tag_ == "NN"  # "the team lead": a singular noun takes "leads"
        and any(s.left_edge.i <= subject.i <= s.right_edge.i for s in subjects)
        and after.tag_ in ("NN", "NNS")
        and any(after.head.i == o.i and after.dep_ == "compound" for o in objects)
        and bool(find_line("index.noun", verb.lower_))  # "lead" is a noun of English too
    )


def unjoined(verb: Token) -> bool:
    """Tell whether a verb the parse joined to another as its conjunct has no "and", "or",
    "but" or comma between them ("issued a statement confirming charges have been brought
    against him": "brought" is the clause of "confirming", not a second deed of the
    statement's issuer): its subject would be borrowed from a verb it is not joined to."""
    head = verb.head
    between = verb.doc[head.i + 1 : verb.left_edge.i]
    return not any(t.dep_ in ("cc", "preconj") or t.text in (",", ";", "–", "—") for t in between)
