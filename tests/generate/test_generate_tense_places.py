"""Mends of a code review: perfects under a dated opening, the topic line's places, and
the people a word names."""

from __future__ import annotations

from questions.generate.giveaways import echoed_option


def test_a_continents_people_do_not_name_a_country_of_two_words() -> None:
    stem = "The African Union met in _____ on Monday."
    assert echoed_option(stem, "South Africa", ["Nigeria", "Kenya", "Ghana"]) is None


def test_a_wider_people_do_not_name_a_country_of_two_words() -> None:
    stem = "The Arab League met in _____ on Monday."
    assert echoed_option(stem, "Saudi Arabia", ["Egypt", "Jordan", "Qatar"]) is None


def test_a_countrys_people_still_name_it() -> None:
    stem = "Quoting _____'s news agency Korean Central News Agency, the army is on alert."
    assert echoed_option(stem, "North Korea", ["China", "Japan", "Russia"]) is not None
