"""A past participle set off by commas after a subject ("X, dubbed the Iron Man, has been
given …") that the parse took for a clause of its own, X its subject: mended in place."""

from __future__ import annotations

from typing import Any

from questions.generate.clauses import SUBJECT

Token = Any


def mend_reduced_relative(doc: Any) -> None:
    """Hang a subject the parse gave a bare past participle (tagged either past form) back on
    the main verb, and the participle on it. A participle with no auxiliary makes no clause
    of its own ("X, dubbed Y," is no "X was dubbed Y"): it describes the noun before it, and
    the finite verb after it, which the parse left with no subject, is the subject's."""
    for participle in doc:
        verb = participle.head
        if participle.tag_ not in ("VBN", "VBD") or participle.dep_ not in (
            "parataxis",
            "advcl",
            "ccomp",
        ):
            continue
        if verb.i <= participle.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in SUBJECT for c in verb.children):
            continue  # the verb has its own subject: the participle is something else
        if any(c.dep_ in ("aux", "auxpass", "mark") for c in participle.children):
            continue  # "X was dubbed …", "as X was called": a clause indeed
        subjects = [c for c in participle.children if c.dep_ in SUBJECT]
        if len(subjects) != 1 or subjects[0].i > participle.i:
            continue  # "Visitors, said Keller, are …": a speaker's aside, its subject after
        if doc[participle.i - 1].text != ",":
            continue
        if not any(t.text == "," for t in doc[participle.i + 1 : verb.i]):
            continue  # the participle's phrase is closed by a comma before the verb
        noun = subjects[0]
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        noun.head, noun.dep_ = verb, "nsubjpass" if passive else "nsubj"
        participle.head, participle.dep_ = noun, "acl"
