"""Numbered names of a series ("STS-133", "IE6") and date ranges: facts of their own, asked
with the series' other members and dates that keep the range in order."""

from __future__ import annotations

from typing import Any

from questions.generate.dates import in_range_order
from questions.generate.facts import sentence_facts
from questions.generate.models import numbered_names, said_otherwise, series_options
from tests.generate.generated import SharedGenerations


def test_a_mission_code_is_asked_with_the_other_missions_the_article_names(
    generation: SharedGenerations,
) -> None:
    # NASA: "STS-133" was no entity at all; its options are the article's other missions.
    asked = generation.keyed("nasa-shuttle-anniversary", "STS-133")
    assert asked, "no question on STS-133"
    text, options = asked[0]
    assert "following the completion of _____" in text
    # not "STS-1", the first mission of 1981 (sweep: absurd in place), nor an unstated
    # neighbour ("STS-132"): the two near missions the article names, three options
    assert sorted(options) == ["STS-133", "STS-134", "STS-135"]


def test_a_series_member_is_a_fact_only_beside_another_of_its_series(nlp: Any) -> None:
    doc = nlp("IE6 shipped with Windows XP. Studio 54 was a disco. IE9 is almost complete.")
    sentences = list(doc.sents)
    stated = [sentence_facts(s, n) for n, s in enumerate(sentences)]
    found = numbered_names(stated, sentences)
    models = [(f.text, f.unit) for facts in found for f in facts if f.kind == "model"]
    assert [text for text, _ in models] == ["IE6", "IE9"]  # not "Studio 54": no series


def test_series_options_are_the_stated_numbers_then_those_between() -> None:
    text = "Internet Explorer 9 (IE9) is near. IE6 users must move on. IE6 shipped with XP."
    assert series_options("IE6", text)[:3] == ["IE9", "IE7", "IE8"]
    # a long gap is no series of every number between: STS-4 … STS-132 are not offered as
    # between, nor the key's unstated neighbours; all far, the key alone has none (review 16)
    assert series_options("STS-1", "STS-1, STS-133 and STS-135") == []


def test_a_member_far_from_the_key_is_never_offered() -> None:
    text = "STS-1 was the first mission. STS-133 ended. STS-134 and STS-135 follow."
    assert series_options("STS-135", text) == ["STS-133", "STS-134"]
    assert series_options("STS-1", text) == []
    assert series_options("Windows 2000", "Windows 2000 and Windows 98") == []


def test_no_unstated_number_past_the_stated_ones_is_offered() -> None:
    text = "Internet Explorer 9 (IE9) is near. IE6 users must move on."
    assert series_options("IE9", text) == ["IE6", "IE8", "IE7"]  # not "IE10", "IE11"


def test_the_browser_being_built_is_asked_with_the_versions_before_it(
    generation: SharedGenerations,
) -> None:
    # IE: "Internet Explorer 9 (IE9) browser almost complete" has only 7 and 8 (the sentence
    # says IE6 for another slot): three options, never a made-up "Internet Explorer 10"
    asked = generation.keyed("internet-explorer-6-countdown", "Internet Explorer 9")
    assert asked, "no question on Internet Explorer 9"
    text, options = asked[0]
    assert "browser almost complete" in text
    assert sorted(options) == [f"Internet Explorer {n}" for n in (7, 8, 9)]


def test_a_headline_naming_the_key_otherwise_gives_it_away(
    generation: SharedGenerations,
) -> None:
    assert said_otherwise("IE6", "📰 Microsoft waits for death of Internet Explorer 6\nWhich …?")
    assert not said_otherwise("IE9", "Microsoft waits for death of Internet Explorer 6")
    for question in generation.corpus("internet-explorer-6-countdown").qset.questions:
        assert not (question.correct_option == "IE6" and "Internet Explorer 6" in question.text)


def test_each_end_of_a_date_range_is_asked_with_the_other_end_shown(
    generation: SharedGenerations,
) -> None:
    # Warhol: "from January 23 through March 9" was one date nobody could offer options for.
    asked = generation.keyed("warhol-photo-legacy", "January 23") + generation.keyed(
        "warhol-photo-legacy", "March 9"
    )
    assert asked, "neither end of the range is asked"
    for text, options in asked:
        assert "through" in text
        assert len(options) == 4


def test_a_range_option_keeps_the_range_in_order() -> None:
    source = "The exhibit is to run from January 23 through March 9."
    assert in_range_order("February 23", "January 23", source)
    assert not in_range_order("March 16", "January 23", source)  # a start after the end
    assert not in_range_order("January 6", "March 9", source)  # an end before the start
    assert in_range_order("March 19", "March 9", source)
    assert in_range_order("May 1", "April 12", "On April 12, 1981, Columbia lifted off.")
