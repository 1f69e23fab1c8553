"""A question the article's event frames says the sport its headline names beside the event:
"In the 2022 Winter Paralympics, by what score did Norway beat Latvia?" does not say in which
of the Games' sports (review 88); "In wheelchair curling at the 2022 Winter Paralympics, …"
does. A question keeping "the next three ends" without the end they follow is not asked."""

from __future__ import annotations

from typing import Any

from questions.generate.danglingrefs import dangling_reference
from questions.generate.event import unframed, with_context
from questions.generate.headlinesport import activity_frame, headline_activity, is_sport
from questions.generate.nlp import parsed_headline
from questions.generate.setting import Setting

BODY = "Teams in wheelchair curling played twice. Alpine skiing was postponed."
GAMES = Setting(
    event="the 2022 Winter Paralympics",
    month="March 2022",
    headline="Wheelchair curling opens at 2022 Winter Paralympics",
    activity="wheelchair curling",
)


def test_headline_sport_beside_its_event() -> None:
    """The headline's bare sport, as the article writes it, is the activity; a headline with
    no sport, or one not naming the event, has none."""
    curling = parsed_headline("Wheelchair curling opens at 2022 Winter Paralympics")
    assert headline_activity(curling, BODY, GAMES.event) == "wheelchair curling"
    row = parsed_headline("International row after Spielberg quits 2008 Beijing Olympics")
    assert headline_activity(row, "The row grew.", "the 2008 Beijing Olympics") is None
    plain = parsed_headline("Wheelchair curling club opens in Oslo")
    assert headline_activity(plain, BODY, GAMES.event) is None


def test_sports_come_from_wordnet() -> None:
    """A sport or game in its commonest sense is a sport; "row", "game" and "match" are not."""
    assert is_sport("curling") and is_sport("ice hockey") and is_sport("basketball")
    assert not any(is_sport(w) for w in ("row", "game", "sport", "match", "victory"))


def test_event_frame_carries_the_sport() -> None:
    """An event-framed question says the sport; one naming it or keyed on it does not."""
    stem = "By what score did Norway beat Latvia?"
    said = with_context(stem, GAMES, "7–3")
    frame = "In wheelchair curling at the 2022 Winter Paralympics, "
    assert said == frame + "by what score did Norway beat Latvia?"
    assert unframed(said) == "by what score did Norway beat Latvia?"
    named = "Of Norway's curling team, how many are veterans?"
    games, sport = "the 2022 Winter Paralympics", "wheelchair curling"
    assert activity_frame(games, sport, named, "two") is None
    assert activity_frame(games, sport, "Which sport opened the Games?", "curling") is None


def test_next_ends_need_the_end_they_follow(nlp: Any) -> None:
    """ "the next three ends" after a dropped "the fourth end" points at nothing; kept, it is
    said."""
    doc = nlp(
        "Latvia trailed by one after the fourth end, but Norway went on to score in the next "
        "three ends. Officials will review the rules in the next five years."
    )
    ends, years = list(doc.sents)
    bare = "In 2022, which country went on to score in the next three ends?"
    kept = (
        "Latvia trailed by one after the fourth end, but which country scored in the next "
        "three ends?"
    )
    assert dangling_reference(ends, bare)
    assert dangling_reference(ends, kept) is None
    assert dangling_reference(years, "Who will review the rules in the next five years?") is None
