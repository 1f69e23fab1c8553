"""Whether "X said he would …" reports X's own plan, or X's word on someone else.

"Who says officials complained to him?" reads "him" as the speaker's own, as the sentence
does when the speaker is the only person named before it. A pronoun whose gender the
speaker's contradicts ("Coach Ann Lee said he would miss three games") is never hers: the
reader carries it to a man, so the question may not bind it to her. A speaker of unknown
gender keeps the pronoun: the sentence offers nobody else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from questions.generate.clauses import REPORTING, SUBJECT
from questions.generate.pronouns import PERSONAL
from questions.generate.quotemarks import quoted_words

Span = Any
Token = Any
_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


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
        ok = ok and said in ("", _GENDERS[token.lower_])  # "Ann Lee said he …": not hers
        found[token.lower_] = found.get(token.lower_, True) and ok
    return frozenset(word for word, ok in found.items() if ok)


def _says(verb: Token, at: range) -> bool:
    """Tell whether a verb is a saying whose subject is the words `at`."""
    return verb.lemma_ in REPORTING and any(c.dep_ in SUBJECT and c.i in at for c in verb.children)
