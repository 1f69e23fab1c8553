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
from collections.abc import Sequence

from questions.generate.facts import Fact
from questions.generate.gazetteer import country_code
from questions.generate.stems import BLANK

OWN_COUNTRIES = 3  # an article naming this many countries besides the key has its own world
_THE_SLOT = re.compile(rf"\b[Tt]he {re.escape(BLANK)}")


def the_slot_barred(key: str, stem: str, article: Sequence[Fact]) -> bool:
    """Tell whether a country key's blank takes "the" while the article names enough other
    countries of its own that library countries, picked for their "the", would stand out."""
    if not _THE_SLOT.search(stem):
        return False
    own = {country_code(f.text) for f in article if f.subtype == "country"}
    return len(own - {country_code(key), ""}) >= OWN_COUNTRIES
