"""A question's "not": a stem that asks what is not so has many right answers, unless the
"not" is inside a quotation, a condition, a title, or what a speaker said (split from
`quality`, whose checks call these)."""

from __future__ import annotations

import re
from typing import Any

from questions.generate.clauses import REPORTING
from questions.generate.concessive import NEGATION as _NEGATION
from questions.generate.facts import Fact

_QUOTATION = re.compile(r'"[^"]*"|“[^”]*”')
_CONDITION = re.compile(r"\bif\b[^,;?.]*", re.IGNORECASE)  # "If the broadcasts do not stop, …"


def negated(stem: str) -> str | None:
    """Refuse a question about what is not so ("Which country does the ban not cover?"):
    many other options are not so either, so the key is not the only right answer. A
    quotation without the blank is what was said ('Who said "this would not have been
    possible"?'): its "not" is no part of what the question asks; nor is a condition's."""
    asked = _QUOTATION.sub(lambda m: m[0] if "_____" in m[0] else '""', stem)
    # "… within _____ if the broadcasts do not stop": the condition's "not" is no part of
    # what is asked, which is the same whatever else fails to happen
    asked = _CONDITION.sub(lambda m: m[0] if "_____" in m[0] else "", asked)
    said = [m for m in _NEGATION.finditer(asked) if not _titled_word(asked, m.start())]
    return "a negated question has many right answers" if said else None


def _titled_word(text: str, at: int) -> bool:
    """Tell whether the word holding a position is written with a capital inside a sentence
    ("… their first album Everybody Else Is Doing It, So Why Can't We? in 1993"): a word of
    a title or a name, whose "not" the question does not ask."""
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    opening = text[:start].rstrip(" ")[-1:] in '.?!\n"'  # "" too: the text's first word
    return text[start : start + 1].isupper() and not opening


def reported_negation(sentence: Any, fact: Fact) -> bool:
    """Tell whether every "not" of a sentence is inside what its speaker said, the key outside
    ("Molomby said they should be declared not guilty"): "Who said …?" has one answer however
    the saying is worded, so the "not" asks nothing negative."""
    negations = [t for t in sentence if t.dep_ == "neg" or _NEGATION.fullmatch(t.text)]
    if not negations:
        return False
    answer = range(fact.start, fact.end)
    for word in negations:
        said = [a for a in word.ancestors if a.dep_ == "ccomp" and a.head.lemma_ in REPORTING]
        if not said or any(t.i in answer for t in said[-1].subtree):
            return False
    return True
