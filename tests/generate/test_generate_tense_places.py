"""Mends of a code review: perfects under a dated opening, the topic line's places, and
the people a word names."""

from __future__ import annotations

from typing import Any

import pytest

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


@pytest.mark.parametrize(
    ("sentence", "stem", "said"),
    [
        # a perfect of duration, of repetition or of a time up to now: a past perfect
        ("Okafor has lived in Lagos for ten years.",
         "In June 2022, Okafor has lived in Lagos for _____.",
         "In June 2022, Okafor had lived in Lagos for _____."),
        ("The firm has sold 40,000 cars since 2010.",
         "In June 2022, the firm has sold _____ cars since 2010.",
         "In June 2022, the firm had sold _____ cars since 2010."),
        ("She has been re-elected twice.",
         "In June 2022, she has been re-elected _____.",
         "In June 2022, she had been re-elected _____."),
        ("The team has already won the cup three times.",
         "In June 2022, the team has already won the _____ three times.",
         "In June 2022, the team had already won the _____ three times."),
        # a completed event, words between "has" and its verb or not: a simple past
        ("The board has set its targets for 2023 this week.",
         "In June 2022, the board has set its targets for _____ this week.",
         "In June 2022, the board set its targets for _____ this week."),
        ("The company has not paid its workers.",
         "In June 2022, the company has not paid its _____.",
         "In June 2022, the company did not pay its _____."),
        ("The army has not been placed on alert.",
         "In June 2022, the army has not been placed on _____.",
         "In June 2022, the army was not placed on _____."),
        ("The company hasn't paid its workers.",
         "In June 2022, the company hasn't paid its _____.",
         "In June 2022, the company did not pay its _____."),
        ("The ministers have been meeting in Rome.",
         "In June 2022, the ministers have been meeting in _____.",
         "In June 2022, the ministers were meeting in _____."),
        ("The ministers have been in Rome.",
         "In June 2022, the ministers have been in _____.",
         "In June 2022, the ministers were in _____."),
    ],
)  # fmt: skip
def test_a_dated_perfect_keeps_its_duration(nlp: Any, sentence: str, stem: str, said: str) -> None:
    from questions.generate.tense import perfect_in_past

    assert perfect_in_past(stem, next(nlp(sentence).sents)) == said


@pytest.mark.parametrize(
    ("headline", "placed"),
    [
        # a place of an "after" clause, or where another verb's deed happened, is no topic's
        ("UK asylum process to be replaced after Rwanda deal collapses", None),
        ("Strike by Air France pilots strands travellers in Spain", None),
        # the topic's own clause's subject, and the event the story happens in, place it
        ("New Zealand begins process to consider changing national flag design",
         (("New Zealand",), "flag design")),
        ("New faces emerge as veteran politicians step down in Hong Kong legislative election",
         (("Hong Kong",), "new faces")),
        ("Protests in Freedonia over pension reform turn violent",
         (("Freedonia",), "pension reform")),
    ],
)  # fmt: skip
def test_a_topic_is_led_only_by_its_own_places(
    nlp: Any, headline: str, placed: tuple[tuple[str, ...], str] | None
) -> None:
    from questions.generate.setting import article_setting

    assert article_setting(nlp(headline), [], None).placed == placed


def test_a_place_with_a_comma_in_its_name_stays_whole() -> None:
    from questions.generate.headerline import placed_line
    from questions.generate.setting import Setting

    setting = Setting(topic="Flag design", placed=(("Springfield, Ohio", "Acme"), "flag design"))
    assert placed_line(setting, "Jon Ames", "The Acme board met in Ohio.") == (
        "Springfield, Ohio: flag design"
    )
