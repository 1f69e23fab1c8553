"""The subject a wh-question inverts: the verb's own, one hung on its auxiliary, or borrowed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from questions.generate.appositions import listed_name
from questions.generate.clauses import SUBJECT, children_of, relative_subject, without_asides
from questions.generate.nouns import titled_subject
from questions.generate.pronouns import borrowed_subject

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
    subjects = children_of(verb, SUBJECT) or (
        children_of(verb.head, SUBJECT) if verb.dep_ == "conj" else []
    )  # or the parse hung it on the auxiliary: "Regina Ip was re-elected" ("re", "-", "elected")
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
    subject_tokens = without_asides(subject)
    if role == "subject" and arg.i == subject.i and root.dep_ == "appos" and root.head.i == arg.i:
        subject_tokens = list(subject.subtree)  # "The head of X, Jane Roe,": "who" is all of it
    dropped = (dropped if subjects[0] is borrowed else frozenset()) | slip  # "when it": named
    return Subject(subject, subject_tokens, dropped), ""
