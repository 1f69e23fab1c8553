"""A present perfect the question dates by the day a relative date stood for.

"Four strong aftershocks have occurred on today's early morning": "today" is the article's
day, and the present perfect says the deed reaches up to it. Once the question says the date
("on the early morning of November 28, 2010"), a present perfect cannot take it ("have
occurred on November 28, 2010"): the deed is said in the past ("occurred"), as a question
dated by a phrase in front is (`tense.perfect_in_past`).
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.dates import RELATIVE
from questions.generate.dayparts import part_of_day
from questions.generate.entcache import ents_of

Span = Any
_DAY_WORDS = frozenset({"today", "yesterday", "tonight"})
_LINKS = frozenset({"pobj", "prep", "poss", "npadvmod", "compound", "amod"})  # up to the verb


def relative_date_on_perfect(stem: str, sentence: Span) -> bool:
    """Tell whether the stem dates a present perfect by a date said in place of the
    sentence's relative one: a "today", "yesterday" or "this morning" hanging on the verb
    the stem says in the present perfect, no longer said as written."""
    for ent in ents_of(sentence):
        if ent.label_ not in ("DATE", "TIME") or not _relative(ent):
            continue
        if pattern(rf"\b{re.escape(ent.text)}\b", re.IGNORECASE).search(stem):
            continue  # kept as written: nothing dates the verb anew
        verb = ent.root
        while verb.dep_ in _LINKS and verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        if _present_perfect(verb):
            return True
    return False


def _relative(ent: Span) -> bool:
    """Tell whether a date entity says a day relative to the article's ("today's", "this
    morning"), which the question says by its date."""
    if RELATIVE.match(ent.text) and any(t.lower_ in _DAY_WORDS for t in ent):
        return True
    return len(ent) == 2 and ent[0].lower_ in ("this", "last") and part_of_day(ent[1].lemma_)


def _present_perfect(verb: Span) -> bool:
    """Tell whether a verb is in the present perfect ("have occurred", "has been held")."""
    if verb.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
               for c in verb.children)  # fmt: skip
