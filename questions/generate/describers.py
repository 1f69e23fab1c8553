"""Words that describe someone ("Republican", "Nonpartisan"), told from a name's first word."""

from __future__ import annotations

from functools import lru_cache

from questions.generate.persons import person_noun
from questions.generate.wordnet import find_line


@lru_cache(maxsize=512)
def describes_someone(word: str) -> bool:
    """Tell whether WordNet knows a word as an adjective or as a kind of person ("liberal",
    "Socialist"), so that set before a name it is a description; "Ban" of "Ban Ki-moon" is
    neither (a prohibition), so it is the name's own first word."""
    folded = word.lower()
    if find_line("index.adj", folded):
        return True
    return person_noun(folded)
