"""A headline that gives a question's key away is not simply dropped for "According to a
June 2014 article, …", which names no story: the part of the headline that does not give
the key away says it instead — the event its label before a colon names ("2014 Hockey
World Cup: Belgium claim first World Cup medal"), or the happening its subject names
("Flood hits central Dresden": "📰 Flood"). A reporting verb after a date put in front is
said in the past ("In June 2013, … said"), not "says" (review 61)."""

from __future__ import annotations

from typing import Any

from questions.generate.dates import ArticleDate
from questions.generate.event import situate
from questions.generate.headlinetopic import headline_cuts, headline_label
from questions.generate.setting import Setting, article_setting

HOCKEY = "2014 Hockey World Cup: Belgium claim first World Cup medal"
FLOOD = "Flood hits central Dresden"


def _setting(nlp: Any, headline: str, month: int, year: int) -> Setting:
    """Return the setting of a one-sentence article under `headline`."""
    body = nlp("The river rose overnight and the players went home on Sunday.")
    return article_setting(nlp(headline), [body], ArticleDate(month, 12, year))


def test_a_label_naming_an_event_frames_a_question_the_headline_would_give_away(
    nlp: Any,
) -> None:
    setting = _setting(nlp, HOCKEY, 6, 2014)
    sentence = next(nlp("Tom Boon scored the first goal just before half time.").sents)
    stem = "Which goal just before half time did Tom Boon score?"
    text, problem = situate(stem, "first", setting, sentence)
    assert problem is None
    assert (
        text == "In the 2014 Hockey World Cup, which goal just before half time did Tom Boon score?"
    )


def test_a_question_naming_the_event_short_is_headed_by_the_label(nlp: Any) -> None:
    setting = _setting(nlp, HOCKEY, 6, 2014)
    said = "In Pool B, Belgium won their first match of their World Cup on Sunday."
    sentence = next(nlp(said).sents)
    stem = "In Pool B, Belgium won their _____ match of their World Cup on Sunday."
    text, _ = situate(stem, "first", setting, sentence)
    assert text == f"📰 2014 Hockey World Cup (June 2014)\n{stem}"


def test_a_label_naming_a_place_a_source_or_a_speaker_names_no_story(nlp: Any) -> None:
    assert headline_label(nlp(HOCKEY)) == "2014 Hockey World Cup"
    assert headline_label(nlp("Poland: Thousands gather in Warsaw for a march")) is None
    assert headline_label(nlp("BBC: Aid 'siphoned off' to buy weapons")) is None
    assert headline_label(nlp("Mayor recovering after surgery: officials")) is None


def test_a_headline_whose_place_is_the_key_is_cut_to_its_happening(nlp: Any) -> None:
    setting = _setting(nlp, FLOOD, 6, 2013)
    said = "Dresden mayor Helma Orosz says she is applying for federal disaster aid."
    sentence = next(nlp(said).sents)
    stem = "_____ mayor Helma Orosz says she is applying for federal disaster aid."
    text, problem = situate(stem, "Dresden", setting, sentence)
    assert problem is None
    assert text == f"📰 Flood (June 2013)\n{stem}"


def test_a_reporting_verb_after_a_date_put_in_front_is_said_in_the_past(nlp: Any) -> None:
    setting = Setting(month="June 2013")  # no headline: the month alone dates it
    said = "Dresden mayor Helma Orosz says she is applying for federal disaster aid."
    sentence = next(nlp(said).sents)
    stem = "_____ mayor Helma Orosz says she is applying for federal disaster aid."
    text, _ = situate(stem, "Dresden", setting, sentence)
    assert text == (
        "In June 2013, _____ mayor Helma Orosz said she is applying for federal disaster aid."
    )


def test_a_headline_whose_adverbial_phrase_holds_the_key_is_shown_without_it(nlp: Any) -> None:
    headline = "Norway beats Chile Stars in first three games of the series"
    setting = _setting(nlp, headline, 5, 2016)
    sentence = next(nlp("Ola Berg hit a double to score three runs.").sents)
    stem = "How many runs did Ola Berg hit a double to score?"
    text, _ = situate(stem, "three", setting, sentence)
    assert text == f"📰 Norway beats Chile Stars (May 2016)\n{stem}"
    # a verb's own phrase is no adverbial: "Oslo waits" says no story
    assert headline_cuts(nlp("Oslo waits for the end of the old ferry line")) == ()
