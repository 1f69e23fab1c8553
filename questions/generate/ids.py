"""A generated question's id: stable across generator versions, so players keep their history."""

from __future__ import annotations

import hashlib

from questions.generate.facts import Fact
from questions.generate.roles import ROLE_RULE
from questions.schema import normalise, slugify

# Id prefixes by kind of answer, as the first generator named them: a question on the same fact
# of the same sentence keeps its id (and its players' history) across generator versions.
ID_FAMILY = {"year": "date", "count": "number", "ordinal": "number", "percent": "number",
             "quantity": "number", "magnitude": "number", "level": "number",
             "fraction": "number", "title": "document"}  # fmt: skip


def question_id(fact: Fact, source: str, rule: str = "") -> str:
    """Give a question an id that survives rewording: its kind, answer and source sentence
    (and, for a question on a person's office, that rule: it asks another fact)."""
    salt = "|office" if rule == ROLE_RULE else ""
    digest = hashlib.sha1(f"{normalise(source)}|{normalise(fact.text)}{salt}".encode()).hexdigest()
    family = ID_FAMILY.get(fact.kind, fact.kind)
    return f"{family}-{slugify(fact.text)[:24].strip('-')}-{digest[:6]}"
