"""A speaker's word on its own deed is asked over the saying: "Peru stated it would respond
within 12 hours" -> "Within how many hours did Peru state it would respond?"; of two deeds,
only the key's; a fronted phrase that names nothing is left out."""

from __future__ import annotations

from typing import Any

from tests.generate.generate_checks import asked_wh, written_keys


def test_a_speakers_own_it_is_asked_over_the_saying(nlp: Any) -> None:
    text = "Peru stated it would respond within 12 hours if the music does not stop."
    assert asked_wh(nlp, text, "12 hours")[0] == (
        "Within how many hours did Peru state it would respond if the music did not stop?"
    )
    # reported speech keeps its tenses in step: a kept condition goes into the past
    rain = "Peru stated it would reopen the road within 12 hours if the rain stops."
    assert asked_wh(nlp, rain, "12 hours")[0] == (
        "Within how many hours did Peru state it would reopen the road if the rain stopped?"
    )
    # a person is no "it": what "it" is, the question could not say
    person = "Maria Gomez stated it would reopen within 12 days if the rains stop."
    assert "did Maria Gomez state" not in str(asked_wh(nlp, person, "12 days")[0])


def test_only_the_keys_deed_is_kept(nlp: Any) -> None:
    text = "Peru stated it would shut any ports handling the catch and would reopen the mill within six days."  # noqa: E501
    assert asked_wh(nlp, text, "six days")[0] == (
        "Within how many days did Peru state it would reopen the mill?"
    )
    # the second deed with no "would" of its own keeps the first's
    shared = "Peru stated it would close the old depots and reopen the mill within six days."
    assert asked_wh(nlp, shared, "six days")[0] == (
        "Within how many days did Peru state it would reopen the mill?"
    )


def test_the_first_deed_loses_the_second(nlp: Any) -> None:
    text = "Peru stated it would close 14 depots and would reopen the mill next spring."
    assert asked_wh(nlp, text, "14")[0] == "How many depots did Peru state it would close?"


def test_a_lone_adverb_loses_its_commas(nlp: Any) -> None:
    text = "Chile stated it would respond, militarily, within 48 hours."
    assert asked_wh(nlp, text, "48 hours")[0] == (
        "Within how many hours did Chile state it would respond militarily?"
    )


def test_a_fronted_phrase_naming_nothing_is_left_out(nlp: Any) -> None:
    text = "After the exchange of fire, Chile stated it would respond within 48 hours."
    assert asked_wh(nlp, text, "48 hours")[0] == (
        "Within how many hours did Chile state it would respond?"
    )
    # one naming its event cannot go to the end, where it would date the response instead
    named = "After the summit in Quito, Chile stated it would respond within 48 hours."
    assert asked_wh(nlp, named, "48 hours")[0] is None


def test_an_article_asks_the_deed_over_the_saying(monkeypatch: Any) -> None:
    text = (
        "Border guards of Peru and Chile exchanged fire across the desert frontier on Monday, "
        "officials in Lima said, after a week of rising tension between the two neighbours "
        "over a disputed stretch of the coast and the fishing grounds beside it.\n\n"
        "After the exchange of fire, Chile stated it would close the border crossings and "
        "would respond, militarily, within 48 hours if the broadcasts do not stop.\n\n"
        "Talks between the two governments are planned for next month in Quito, the capital "
        "of Ecuador, where diplomats from both countries have met several times before."
    )
    keys = written_keys(text, monkeypatch, "Peru and Chile exchange fire at the border")
    asked = "Within how many hours did Chile state it would respond militarily if the broadcasts did not stop?"  # noqa: E501
    assert keys.get(asked) == "48 hours"


def test_a_deed_of_another_form_is_not_the_reported_ones(nlp: Any) -> None:
    # "told" after "can call" is the speakers' own deed, which the parse joined to the saying's
    text = "Acme's lawyers say they can call 12 witnesses and told the Daily Post that they would appeal."  # noqa: E501
    assert asked_wh(nlp, text, "Daily Post")[0] is None
    assert asked_wh(nlp, text, "12")[0] == "How many witnesses do Acme's lawyers say they can call?"
