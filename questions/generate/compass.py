"""A compass point naming a side by the name the question says: "the south side" beside
"South Korean"."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from questions.generate.hypernyms import is_kind_of
from questions.generate.wordnet import senses


@cache
def _compass() -> frozenset[str]:
    """Return WordNet's sense of a cardinal compass point (north, south, east, west)."""
    return frozenset(senses("cardinal compass point"))


def compass_named(head: Any, stem: str) -> bool:
    """Tell whether a definite phrase's compass point ("the south side") opens a name the
    question says ("South Korean"): the side, region or coast of that named one."""
    points = [c for c in head.children if c.dep_ in ("amod", "compound") and c.is_lower]
    return any(
        is_kind_of(senses(c.lower_), _compass(), 2)
        and re.search(rf"\b{re.escape(c.text.capitalize())} [A-Z]", stem) is not None
        for c in points
    )
