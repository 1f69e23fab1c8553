"""A "not" in a side clause: "Finland becomes the 12th country …, although the law will not
take effect at once" asks what is so, not what is not."""

from __future__ import annotations

import re
from typing import Any

from questions.generate.facts import Fact

# what a question's "not" is written as (`negatedstems.negated` reads the same in a stem)
NEGATION = re.compile(r"\b(?:not|never|no longer|neither|nor)\b|n't\b", re.IGNORECASE)


def side_clause_negation(sentence: Any, fact: Fact) -> bool:
    """Tell whether every negation of a sentence sits in an adverbial clause its own
    conjunction opens ("although …", "while …", "because …") and the key does not: the key's
    own clause is then said as so, and only the key makes it true."""
    negations = [t for t in sentence if t.dep_ == "neg" or NEGATION.fullmatch(t.text)]
    if not negations:
        return False
    answer = range(fact.start, fact.end)
    for word in negations:
        clauses = [
            a
            for a in [word, *word.ancestors]
            if a.dep_ == "advcl" and any(c.dep_ == "mark" for c in a.children)
        ]
        # the outermost such clause: a key inside it shares its "not"
        if not clauses or any(t.i in answer for t in clauses[-1].subtree):
            return False
    return True
