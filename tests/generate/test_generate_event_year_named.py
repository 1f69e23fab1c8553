"""A question that names the article's event by a longer name than the setting's ("the
Pan-Celtic Under-19 Games" for "the 2009 Games") still gets its year; and one whose event
name has no room for the year is dated by the headline or the article's month, not left
undated ("the FIFA U-17 World Cup": which one? review 58)."""

from __future__ import annotations

from questions.generate.event import with_context
from questions.generate.setting import Setting

HEADLINE = "2009 Pan-Celtic Games: Brittany knocks out Cornwall"


def test_the_year_goes_before_the_events_longer_name() -> None:
    setting = Setting(event="the 2009 Games", month="July 2009", headline=HEADLINE)
    stem = "Which side beat Cornwall 3-1 at the Pan-Celtic Under-19 Games?"
    said = with_context(stem, setting, "Brittany")
    assert said == "Which side beat Cornwall 3-1 at the 2009 Pan-Celtic Under-19 Games?"


def test_an_event_with_no_room_for_its_year_is_dated_by_the_month() -> None:
    setting = Setting(event="the 2009 Games", month="July 2009", headline=HEADLINE)
    stem = "Which side beat Cornwall 3-1 at these Games?"  # no "the … Games" to date
    said = with_context(stem, setting, "Brittany")  # the headline names the key
    assert said == f"According to a July 2009 article, {stem[:1].lower()}{stem[1:]}"
