"""A size written as one word with its unit before the noun it describes ("a 131-page
document"): asked as written ("The _____ document"), with options sizing the same noun."""

from __future__ import annotations

from typing import Any

Span = Any


def sized_by(ent: Span) -> tuple[int, int, str, str] | None:
    """Return where a number joined by a hyphen to a unit that describes a noun starts and
    ends, its unit and the noun it describes ("a 131-page document": 131-page, page,
    document), or None: the size is asked as written ("The _____ document"), with options
    of the same unit sizing the same noun ("66-page"; a "28-yard line" is no field goal)."""
    doc = ent.doc
    number = ent.root
    if ent.label_ != "CARDINAL" or len(ent) != 1 or not number.text.replace(",", "").isdigit():
        return None
    if number.i + 2 >= len(doc) or number.whitespace_ or doc[number.i + 1].whitespace_:
        return None
    hyphen, unit = doc[number.i + 1], doc[number.i + 2]
    if hyphen.text != "-" or unit.tag_ != "NN" or number.head.i != unit.i:
        return None  # "a 131-pages", "the 2-1 win": no unit of a size
    described = unit.head
    if unit.dep_ not in ("compound", "amod", "nmod") or described.pos_ != "NOUN":
        return None
    if described.i < unit.i:
        return None
    # the described noun with its compounds after the unit: "field goal", "goal attempt"
    words = [t.lemma_.lower() for t in described.lefts if t.dep_ == "compound" and t.i > unit.i]
    return number.i, unit.i + 1, unit.lemma_.lower(), " ".join([*words, described.lemma_.lower()])
