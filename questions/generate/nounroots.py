"""A sentence the parse hung on its subject noun, its past verb taken for a participle or a
relative clause ("Around 450 troops [disembarked] on Monday", "The news release from the WHO
[came] on Friday"): mended in place, the verb the root and the noun its subject."""

from __future__ import annotations

from typing import Any

from lemminflect import getInflection

from questions.generate.clauses import SUBJECT

Token = Any

_PAST = ("VBD", "VBN")  # the small model reads a past tense as a participle and back
_OWN = ("aux", "auxpass", "agent", "mark", *SUBJECT)
_RELATIVE = ("WDT", "WP", "WP$", "WRB")


def mend_noun_roots(doc: Any) -> None:
    """Make the last bare past verb a noun root holds the sentence's root, and the noun its
    subject. A sentence that ends in a full stop is a statement: its noun root is a misparse,
    and with no finite verb no question can be written from it."""
    for sentence in list(doc.sents):
        root = sentence.root
        if root.pos_ not in ("NOUN", "PROPN") or sentence[-1].text not in (".", "!"):
            continue
        verbs = [c for c in root.children if c.i > root.i and _bare_past(c, sentence.end)]
        if verbs:
            verb = verbs[-1]
            # its own past tense ("disembarked", not "born"): a finite verb, tagged so
            verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
            root.head, root.dep_ = verb, "nsubj"
            if sentence[-1].head == root:  # the full stop closes the verb's clause
                sentence[-1].head = verb


def _bare_past(verb: Token, end: int) -> bool:
    """Tell whether a noun's clause is a bare past verb that reads as its predicate: one with
    a subject, relative word, auxiliary, agent or marker of its own is a clause or a
    participle indeed ("X, who lost …", "the man arrested by police"), and one set off by
    commas on both sides an aside ("Naruhito, born in 1960, graduated …")."""
    if verb.dep_ not in ("acl", "relcl") or verb.tag_ not in _PAST:
        return False
    if verb.lower_ not in getInflection(verb.lemma_, "VBD"):
        return False  # "born", "taken": a participle only, never a finite verb
    if any(c.dep_ in _OWN or c.tag_ in _RELATIVE for c in verb.children):
        return False
    doc, after = verb.doc, verb.right_edge.i + 1
    return not (doc[verb.i - 1].text == "," and after < end and doc[after].text == ",")
