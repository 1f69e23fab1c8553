"""A year-like number that is a word of a name, not a year the article tells of something.

"asteroid 1950 DA" is a catalogue designation: the number qualifies the short code after it.
"the 1916 Easter Rising", "its 2012 World Development Report on Gender Equality", "the 2007
Internet Crime Report": the year opens a run of capitalised words headed by a proper noun, so
it is the first word of the name (the name is said with it, as "Cooperation in Europe" is said
with its place). Asked as a blank, its rivals make names ("the 1913 Easter Rising") that name
nothing, and the question tests what every reader knows of the name; asked as "Which year's
Internet Crime Report cites …?", it asks the name again, and any year's edition could be meant.
Where the article dates the same name by another year ("the 2014 World Cup" beside "the 2018
World Cup"), the year tells editions apart and stays asked. A year before a common noun ("the
2012 election", "the 2011 earthquake") dates a thing the article tells of, and stays a year.
"""

from __future__ import annotations

import re
from typing import Any

# a catalogue code a number qualifies: "DA" of "1950 DA", "MU69" of "2014 MU69"
_CODE = re.compile(r"^[A-Z]{1,3}\d{0,4}$")
_NAMED_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "PERSON"})
_PROPER = frozenset({"NNP", "NNPS"})
_DETERMINERS = frozenset({"DT", "PRP$", "POS"})  # "the", "its", "Ireland's"


def designation(number: Any) -> bool:
    """Tell whether a year-like number is part of a name's designation: it qualifies the
    short capital code right after it ("asteroid 1950 DA"), not a noun it dates."""
    code = number.head
    if number.dep_ != "nummod" or code.i != number.i + 1 or not _CODE.match(code.text):
        return False
    # "2016 NBA draft", "in 2016 NASA …": a known body's initials are no designation
    return code.ent_type_ not in _NAMED_LABELS or any(c.isdigit() for c in code.text)


def opens_name(number: Any) -> bool:
    """Tell whether a year opens a name: set after the name's determiner, it modifies a
    capitalised proper noun after it, and every word between is capitalised ("the 1916
    Easter Rising", "its 2007 Internet Crime Report"; not "the 2012 election", nor "the 2016
    NBA draft", whose head is a common noun)."""
    head = number.head
    if number.dep_ not in ("nummod", "compound") or head.i <= number.i:
        return False
    if head.tag_ not in _PROPER or not head.text[:1].isupper():
        return False
    before = number.doc[number.i - 1] if number.i > 0 else None
    if before is None or before.tag_ not in _DETERMINERS or before.head.i != head.i:
        return False  # a name with its year takes "the" or "its"; "In 2001 Handgun Control …"
    between = number.doc[number.i + 1 : head.i + 1]
    # a headline set in title case capitalises every word: there the case says nothing
    if not all(t.is_alpha and t.text[:1].isupper() for t in between) or _title_cased(number):
        return False
    return not _other_edition(number.doc.text, number.text, between.text)


def _other_edition(text: str, year: str, name: str) -> bool:
    """Tell whether the article dates the same name by another year ("the 2014 World Cup"
    beside "the 2018 World Cup"): the year then tells editions apart, and other years are
    honest rivals."""
    return any(y != year for y in re.findall(rf"\b(1[5-9]\d\d|20\d\d) {re.escape(name)}\b", text))


def _title_cased(number: Any) -> bool:
    """Tell whether the number's sentence capitalises all its words of four letters or more,
    as a headline does ("Report Says The 2012 Election Was Fair")."""
    words = [t for t in number.sent if t.is_alpha and len(t.text) > 3]
    return len(words) > 2 and all(t.text[:1].isupper() for t in words)
