"""What the headline, the quiz's title shown above every question, already gives away.

Split from `giveaways` (review rules on what a stem gives away) as it grew: a person the
headline names, or the score it gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from questions.generate.compiled import pattern
from questions.generate.facts import Fact

_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')


def headline_person(fact: Fact, key: str, headline: str | None, others: Sequence[str] = ()
                    ) -> str | None:  # fmt: skip
    """Say when a "Who …?" key is the person the headline names: the quiz's title is the
    headline, so "Who was close to the touchstones of the 1960s?" in "Warhol's photo
    legacy …" asks nothing (review 8). A headline naming another option too ("Kibaki
    seeks Kufuor's mediation" over Kibaki and Kufuor) tells no key: which of them did it
    is still the article's to say."""
    if fact.kind != "person" or not headline:
        return None
    said = _headline_words(key, headline)
    # a name inside the headline's quoted title ("… in new book "Brian Mulroney: Memoirs"")
    # is the title's, no person the headline sets beside the key
    unquoted = _QUOTED.sub("", headline)
    if said and any(_names_other(other, key, unquoted) for other in others):
        return None
    return f"the headline names {said[0]}" if said else None


def _names_other(other: str, key: str, headline: str) -> bool:
    """Tell whether a headline names another option by its full name or its surname, one
    the key does not share: a first name ("John") is many people's, the headline's "John"
    may be the key's own."""
    if other != key and re.search(rf"(?<!\w){re.escape(other)}(?!\w)", headline):
        return True
    surname = other.split()[-1:]
    return (
        bool(surname)
        and surname[0] not in key.split()
        and bool(_headline_words(surname[0], headline))
    )


def _headline_words(name: str, headline: str) -> list[str]:
    """Return the words of a person's name the headline says (a possessive too)."""
    named = {w for w in re.findall(r"[A-Z][\w-]+", headline)}
    return [w for w in name.split() if w in named or f"{w}'s" in headline]


def headline_tally(key: str, headline: str | None) -> str | None:
    """Say when a tally or score key is the one the headline gives, whatever its dash:
    "By what score did Croatia defeat England?" under "… Croatia sends England home, 2-1"."""
    sides = re.fullmatch(r"(\d+)[–—-](\d+)", key)
    if sides is None or not headline:
        return None
    said = pattern(rf"(?<![\w.,–—-]){sides[1]}[–—-]{sides[2]}(?![\w–—-]|[.,]\d)").search(headline)
    return f"the headline gives {said[0]}" if said else None


def headline_key(fact: Fact, key: str, headline: str | None, others: Sequence[str] = ()
                 ) -> str | None:  # fmt: skip
    """Say when the headline, shown above every question, already gives the key (among
    the wrong options `others`)."""
    return headline_person(fact, key, headline, others) or headline_tally(key, headline)
