"""The article's people as `choose_distractors` reads them, worked out once an article.

Each option list of a question used to fold and sort the article's people anew; these are
pure functions of the article's person facts (every field of each, so the cache key is the
whole input: two articles never share an entry).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from questions.generate.facts import Fact
from questions.generate.people import family_names, named_in_full
from questions.generate.pools import is_any_first_name, is_first_name
from questions.schema import normalise

People = tuple[frozenset[str], frozenset[str], frozenset[str]]


def article_people(article: Sequence[Fact]) -> People:
    """Return the article's people folded, the surnames of its full names and those it
    names in full (`named_in_full`): all read from its person facts alone."""
    return _people(tuple(f for f in article if f.kind == "person"))


@lru_cache(maxsize=64)
def _people(persons: tuple[Fact, ...]) -> People:
    """Work out `article_people` from the article's person facts."""
    people = frozenset(normalise(f.text) for f in persons)
    surnames = {  # of full names that open with a first name: not "Warhol Polaroid"
        words[-1]
        for f in persons
        if len(words := f.text.split()) > 1
        and (is_first_name(words[0]) or is_any_first_name(words[0]))
    }  # fmt: skip
    surnames.update(surname for _, surname in family_names(persons))
    return people, frozenset(surnames), named_in_full(persons)
