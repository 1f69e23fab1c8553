"""A wh-question whose clause came apart when its answer moved to the front."""

from __future__ import annotations

import calendar
import re

from questions.generate.gazetteer import country_code, states, subdivision_country
from questions.schema import normalise

_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
# A fronted participle the question keeps before its wh-word (moved.opening).
_LEAD = re.compile(r"^[A-Z][a-z]+ing\b[^,?]*, (?=(?:who|whom|whose|what|which|when|where|how)\b)")
_LISTED = re.compile(rf"\b{_NAME}(?:, {_NAME})+,? (?:and|or) [A-Z]")
# Three or more single common words listed ("science, technology, engineering, and maths").
_WORDS_LISTED = re.compile(r"\b[a-z]{3,}(?:, [a-z]{3,})+,? (?:and|or) [a-z]{3,}\b")
# "… in McGregor, Texas?": a place and its region ending the question. Within it the region
# would need a closing comma ("Madrid, Spain, had been …"); without one, an aside was cut
# around the place, which now reads as the words' before it ("a tomb in Madrid, Spain been").
_PLACED = re.compile(rf"\b({_NAME}), ({_NAME})(?=\?$)")
# "…, nearly a decade ago?": a closing "ago" phrase is a time adverbial, set off by its comma
_AGO = re.compile(r", [^,?]* ago\?$")
# "on May 2, 2014, near …": the comma that closes a full date is the date's own
_DATED = re.compile(rf"\b((?:{'|'.join(calendar.month_name[1:])}) \d{{1,2}}, \d{{4}}),")


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
    core = _PLACED.sub(lambda m: m.group(0).replace(",", "") if _in_region(m) else m.group(0), core)
    core = _DATED.sub(r"\1", core)
    core = _AGO.sub("?", core)  # "did IE6 ship, nearly a decade ago?": a time set off at the end
    if not rule.endswith("-subject") and re.search(r",(?! \d)", core):
        return "the question's clause is split by a comma"
    return None


def _region(name: str) -> bool:
    """Tell whether a name is a country's or a state's, province's or territory's."""
    return (
        bool(country_code(name)) or normalise(name) in states() or bool(subdivision_country(name))
    )


def _in_region(match: re.Match[str]) -> bool:
    """Tell whether "X, Y" names a place and the region it lies in ("McGregor, Texas"), not
    two places listed ("France, Germany"): one place, whose comma splits no clause."""
    return _region(match.group(2)) and not _region(match.group(1))
