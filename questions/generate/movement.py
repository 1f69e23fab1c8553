"""A wh-question whose clause came apart when its answer moved to the front."""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
# A fronted participle the question keeps before its wh-word (moved.opening).
_LEAD = re.compile(r"^[A-Z][a-z]+ing\b[^,?]*, (?=(?:who|whom|whose|what|which|when|where|how)\b)")
_LISTED = re.compile(rf"\b{_NAME}(?:, {_NAME})+,? (?:and|or) [A-Z]")
# Three or more single common words listed ("science, technology, engineering, and maths").
_WORDS_LISTED = re.compile(r"\b[a-z]{3,}(?:, [a-z]{3,})+,? (?:and|or) [a-z]{3,}\b")


def broken_movement(stem: str, form: str, rule: str) -> str | None:
    """Refuse a wh-question whose clause came apart: a tail after a comma with no verb
    ("Which organization observed from the long line, the big hit of the evening?"), or an
    inverted subject split by a comma ("How many votes did "X" seats, Y receive?")."""
    if form != "wh":
        return None
    core = re.sub(r", (?:as of|according to|depending on) [^?]*\?$", "?", stem)  # a condition
    core = re.sub(r'"[^"]*"', '""', core)  # a quotation is verbatim: its commas are its own
    core = _LEAD.sub("", core)  # "Looking forward to …, how many …?": set off, not split
    core = _LISTED.sub(lambda m: m.group(0).replace(",", ""), core)  # "China, Russia, and X"
    core = _WORDS_LISTED.sub(lambda m: m.group(0).replace(",", ""), core)
    if re.search(r", (?:the|a|an) [^,?]*\?$", core):
        return "the question ends in a loose phrase"
    core = re.sub(r"(?<=\d),(?=\d{3})", "", core)  # "28,000" is one number, not two phrases
    if not rule.endswith("-subject") and re.search(r",(?! \d)", core):
        return "the question's clause is split by a comma"
    return None
