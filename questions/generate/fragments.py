"""A fragment of a longer name: an option the article only ever says inside a longer one."""

from __future__ import annotations

import re
from functools import lru_cache

from questions.generate.kinds import BODIES, kind_word
from questions.generate.textsearch import said_at

# A capitalised word before a name continues it ("Andy Warhol Foundation for the Visual
# Arts"); "The" opening a sentence does not ("The U.S. Environmental Protection Agency").
_NAME_BEFORE = re.compile(r"(?<![\w.&'-])(?!(?:The|An?) )[A-Z][\w.&'-]* (?:(?:for|of) the )?$")


_POSSESSIVE = re.compile(r"['’]s? $")


@lru_cache(maxsize=4096)
def fragment(option: str, text: str, surnames: frozenset[str] = frozenset()) -> bool:
    """Tell whether the article only ever says an option inside a longer name: "Visual Arts"
    of "the Andy Warhol Foundation for the Visual Arts"."""
    found = said_at(text, option)
    figure = option[:1].isdigit()  # "Gano's 44-yard": a possessive name ends before a figure
    return bool(found) and all(
        _continues(text[max(0, i - 60) : i], surnames)
        and not (figure and _POSSESSIVE.search(text[max(0, i - 60) : i]))
        for i in found
    )


def _continues(before: str, surnames: frozenset[str]) -> bool:
    """Tell whether the text before a name carries the name on: "Andy Warhol Foundation for
    the", "Johnson", "University of the"; not a person's office alone ("and Chairman of the
    Australian Centre for …" names the centre in full), nor a person ("Raymond Wong of the
    Proletariat Political Institute")."""
    found = _NAME_BEFORE.search(before)
    if found is None:
        return False
    word, *joined = found.group(0).split()
    if not joined:
        return True
    if word in surnames:
        return False
    longer = re.search(r"[A-Z][\w.&'-]* $", before[: found.start()]) is not None
    return longer or kind_word(word) in BODIES
