"""A country pycountry names inverted ("Palestine, State of") is a country by its short name:
"Palestine" was taken for Palestine, Texas, and offered beside Chicago, Detroit and San
Diego."""

from __future__ import annotations

from questions.generate.gazetteer import country_code, place_kind
from tests.generate.generated import SharedGenerations, asked_options

_TALKS = (
    "Envoy opens new round of regional talks\n\n"
    "Special envoy Mara Quell arrived in Amman on Monday to open a new round of talks, her "
    "office said.\n\n"
    "Quell said the talks would bring together officials from Jordan and Egypt. She will travel "
    "to Palestine on Thursday to meet local leaders about water supplies and new schools.\n\n"
    "Her office said the envoy had spent twelve years working on water projects in the region. "
    "The talks are due to last three weeks and end with a meeting of donors in Cairo.\n\n"
    "Local farmers have asked for new wells, and teachers want money for books and repairs, "
    "Quell said after the first session of the talks.\n"
)


def test_an_inverted_countrys_short_name_is_a_country() -> None:
    assert place_kind("Palestine") == "country"
    assert place_kind("Moldova") == "country"
    assert place_kind("Korea") == "place"  # two countries' short name: neither


def test_a_country_read_inverted_is_asked_with_countries(generation: SharedGenerations) -> None:
    asked = asked_options(generation(_TALKS, "talks", "talks"))
    keyed = [options for key, options in asked.values() if key == "Palestine"]
    assert keyed, asked
    for options in keyed:
        assert all(place_kind(option) == "country" for option in options), options


def test_an_inverted_countrys_short_name_has_its_code() -> None:
    """Its code lets the option checks ask whether it takes the stem's "the": "of the _____"
    offered "Palestine" beside "the United States"."""
    assert country_code("Palestine") == "PS"
    assert country_code("Korea") == ""
