"""Shares of one whole that cannot sum past all of it.

Review 58 (G12) offered 84.6% and 55% for "only _____ of the population supported
independence, with 50% favouring the Union": shares that each do something (the subject of
their verb: "30% … supported", "with 50% favouring") are parts of one whole, and a rival
that with the sentence's other such shares passes 100% is struck by sum alone. A share that
is no verb's subject ("Turnout was 84.6%") is no such part, and when the key itself and the
others pass 100% they are parts of no one whole: the rule stands aside.
"""

from __future__ import annotations

import re

from questions.generate.compiled import pattern
from questions.generate.figures import amount
from questions.generate.nlp import parsed_sentence

_WHOLE = 100.0
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})  # "30% … supported", "with 50% favouring"
_PERCENT = re.compile(r"%|\bper ?cent\b", re.IGNORECASE)


def _acting_shares(source: str) -> list[tuple[int, int, float]]:
    """Return the shares a sentence says do something: (start, end, amount) each."""
    doc = parsed_sentence(source)
    found = []
    for token in doc:
        if token.ent_type_ != "PERCENT" or token.dep_ not in _SUBJECTS:
            continue
        numbers = [t for t in token.subtree if t.like_num and t.ent_type_ == "PERCENT"]
        if not numbers:
            continue
        start = numbers[0].idx
        value = amount(source[start : token.idx + len(token)])
        if value is not None:
            found.append((start, token.idx + len(token), value))
    return found


def share_fits(option: str, key: str, source: str) -> bool:
    """Tell whether a percentage option, with the other shares of the key's whole the
    sentence states, stays within 100% ("with 50% favouring": at most 50%). An option for
    a figure that is no acting share passes, as does one whose key already passes 100%."""
    if not _PERCENT.search(key) or len(_PERCENT.findall(source)) < 2:
        return True
    mine, value = amount(option), amount(key)
    if mine is None or value is None:
        return True
    shares = _acting_shares(source)
    spots = [m.start() for m in pattern(rf"(?<![\w,.]){re.escape(key)}").finditer(source)]
    own = [s for s in shares if any(s[0] <= at < s[1] for at in spots)]
    if len(own) != 1:
        return True  # the key is no acting share, or said twice
    rest = sum(share[2] for share in shares if share is not own[0])
    if not rest or value + rest > _WHOLE:
        return True  # no other share, or shares of more than one whole
    return mine + rest <= _WHOLE
