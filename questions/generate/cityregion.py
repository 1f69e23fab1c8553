"""Whether the region an article writes after a city ("Memphis, Tennessee") is the region of
the city a player knows by that name: the largest city of the name.

"Where was she born?" keyed Memphis, with Tennessee never offered, has one answer among its
options, and its city options are drawn from the gazetteer's Memphis. "Where did the company
open its first store?" keyed London of "London, Ontario" gets English cities as options and
reads as the English capital: the pair is asked by neither.
"""

from __future__ import annotations

from questions.generate.gazetteer import country_code
from questions.generate.insidecity import largest_country
from questions.generate.statecities import city_states
from questions.schema import normalise


def region_of_known_city(city: str, region: str) -> bool:
    """Tell whether a region is the country or US state of the largest city of a name."""
    country = largest_country(city)
    if country is None:
        return False
    code = country_code(region)
    if code:
        return code == country
    return country == "US" and normalise(region) in {normalise(s) for s in city_states(city)}
