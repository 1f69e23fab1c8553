"""A relative clause that defines a generic group ("People who drink at least three cups of
coffee a day are less likely …") says nothing of its own: asked as a clause ("At least how
many cups of coffee a day do people drink?") it claims what the article never did. Nor
does a body named by a very common noun ("fixed by the State"): the article's other bodies
would fit its blank too."""

from __future__ import annotations

from typing import Any

from questions.generate.pools import zipf
from questions.generate.textsearch import says

# Pronouns that stand for anyone the clause picks out: "those who", "anyone who".
_ANYONE = frozenset({"those", "anyone", "anybody", "everyone", "everybody", "whoever"})


def defines_generic(verb: Any) -> bool:
    """Tell whether a verb heads a restrictive relative clause on a bare plural or an
    "anyone": the clause picks out the group, and is no fact about it."""
    if verb.dep_ != "relcl":
        return False
    head = verb.head
    aside = any(t.text == "," for t in head.doc[head.i + 1 : verb.left_edge.i + 1])
    bare = head.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod") for c in head.children
    )
    return not aside and (bare or head.lower_ in _ANYONE)


GENERIC_ZIPF = 5.0  # "the State", "the Court", "the Party": words this common name no one body


def generic_body(key: str, text: str) -> bool:
    """Tell whether a one-word key is a very common noun the article writes after "the" ("fixed
    by the State"): a body by its common noun, which the other bodies named would fit too."""
    if " " in key or key.isupper() or not says(text, f"the {key}"):
        return False
    return zipf(key.lower()) >= GENERIC_ZIPF
