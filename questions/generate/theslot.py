"""A country asked after "the" in an article of many countries: no library country fills it.

Only a few countries take "the" (the United States, the Netherlands, the Dominican
Republic, the Gambia), so a library drawn for "the _____" is picked by the article "the",
not by what the article is about. Blind reviewers struck out the Dominican Republic offered
as the country supplying nuclear technology to India, and Gambia among an article's medal
winners: where the article names countries of its own, a reader knows its world, and a
library country chosen for its "the" is ruled out unread. The article's own countries that
take "the" stay its rivals; too few of them and the question is lost, not padded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import partial

from questions.generate.articlememo import per_article
from questions.generate.facts import Fact
from questions.generate.gazetteer import country_code, country_names
from questions.generate.options import OptionContext
from questions.generate.stems import BLANK
from questions.generate.textsearch import says

_COUNTRIES_SAID = "theslot.countries"  # the article's memo: the countries its text says
OWN_COUNTRIES = 3  # an article naming this many countries besides the key has its own world
_THE_SLOT = re.compile(rf"\b[Tt]he {re.escape(BLANK)}")


def the_slot_barred(key: str, stem: str, names: Iterable[str]) -> bool:
    """Tell whether a country key's blank takes "the" while the article's place names hold
    enough other countries of its own that library countries, picked for their "the", would
    stand out."""
    if not country_code(key) or not _THE_SLOT.search(stem):
        return False
    own = {country_code(name) for name in names}
    return len(own - {country_code(key), ""}) >= OWN_COUNTRIES


def article_places(article: Sequence[Fact], context: OptionContext | None) -> list[str]:
    """Return the article's place names: its place facts', else (a listed question is judged
    without them) the countries of two million people or more its text says."""
    # a country fact may be tagged a plain place ("the United States" said as a region)
    found = [f.text for f in article if f.kind == "place"]
    if found or context is None:
        return found
    # the text's countries are the article's own: read once an article, not once a question
    return list(per_article(context, _COUNTRIES_SAID, partial(_countries_said, context.text)))


def _countries_said(text: str) -> tuple[str, ...]:
    """Return the names of the countries of two million people or more a text says."""
    return tuple(n for names in country_names().values() for n in names if says(text, n))


def places_read(article: Sequence[Fact], context: OptionContext | None) -> Iterator[str]:
    """Yield the article's place names (`article_places`), read only once asked for: the
    check of a blank after "the" asks them only of a country key."""
    yield from article_places(article, context)
