"""Who-questions that name nothing but the key's own deed (review 57): "Who was finally taken
to the emergency department shortly before her death?"

A question stands alone when it says which story it asks about: a name, a number or a date
of its own. One that says only what someone did, with no name, figure or date and no
quotation, fits any story of that kind; its "her" is the key's own and points nowhere else,
so the player is asked the name of a person the question never places ("what was the
daughter called", in disguise). The headline above it frames the article, not the question.
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.facts import Fact
from questions.generate.references import said_in_stem

_ASKING = frozenset({"who", "whom", "whose", "what"})  # the words asking for a name
_QUOTES = ('"', "“", "”")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*|\d[\d,.]*")


def names_nothing(sentence: Any, fact: Fact, stem: Any) -> str | None:
    """Refuse a wh-question asking for a name whose words, besides its wh-word, hold no
    proper noun, number or date and no quotation: it does not say which story it asks of."""
    if stem.form != "wh":
        return None
    line = stem.text.splitlines()[-1]
    words = _WORD.findall(line)
    if not words or words[0].lower() not in _ASKING or any(q in line for q in _QUOTES):
        return None
    answer = sentence.doc[fact.start : fact.end]
    if not any(t.pos_ == "PROPN" for t in answer):
        return None  # "What did she develop?" asks a thing, not a name the story gave
    # a capital inside the question is a name (a month's too); a digit is a figure
    if any((w[:1].isupper() and w != "I") or w[:1].isdigit() for w in words[1:]):
        return None
    # "at the age of four months": a number said in words is the sentence's own figure
    figures = [t for t in sentence if t.like_num and not fact.start <= t.i < fact.end]
    if any(said_in_stem([t.text], line) for t in figures):
        return None
    return "the question names no one, no figure and no date: which story it asks is unsaid"
