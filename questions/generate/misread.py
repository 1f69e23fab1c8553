"""A verb the parse read as a noun ("the USI exhibit identifies and features …"), in a question."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.nouns import verb_taken_for_noun
from questions.generate.references import said_in_stem


def misread_verb(sentence: Any, stem: str, fact: Fact | None = None, form: str = "") -> str | None:
    """Refuse a question keeping a verb the parse read as a noun ("Wikinews observed the USI
    exhibit identifies and features …"): its rules judged another sentence than the reader's.
    A blank inside the object of the verb after "and" is kept (`_object_after`)."""
    misread = [t for t in sentence if verb_taken_for_noun(t)]
    kept = [t for t in misread if said_in_stem([t.text], stem)]
    if kept and not all(_object_after(t, stem, fact, form) for t in kept):
        return "the parse read a verb of the question as a noun"
    return None


def _object_after(noun: Any, stem: str, fact: Fact | None, form: str) -> bool:
    """Tell whether a blank sits in the object of the verb right after a misread one ("…
    identifies and features Polaroids of fashion designer _____"), with the two verbs kept as
    written: that phrase was parsed as the reader reads it, and the cloze shows the rest
    word for word; a blank before them stood in a noun phrase the parse made up."""
    if fact is None or form != "cloze":
        return False
    verb = noun.doc[noun.i + 2]  # the "VBZ" after "and" (`verb_taken_for_noun`)
    inside = {t.i for t in verb.subtree if t.i > verb.i}
    written = said_in_stem([noun.text, "and", verb.text], stem)
    return written and set(range(fact.start, fact.end)) <= inside
