"""A headline's named event is the story's setting only when the story happens in it: its
subject ("Super Bowl draws record audience"), a competition verb's object ("Uruguay wins
World Cup") or in an "at"/"in" phrase; an event the headline's verb does something else to
("quits", "boycotts") or held after the article's year is not, and its questions take the
headline line instead of "In the … Olympics, …" (review 26)."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.eventrole import event_year, is_later, is_setting
from tests.generate.generated import SharedGenerations

ARTICLE = """Uproar after sculptor quits 2010 Winter Olympics

Tuesday, March 10, 2009

On Monday, Canadian sculptor Marta Velden resigned as design adviser to the 2010 Winter \
Olympics in Vancouver. "I cannot lend my name to this," she said in a statement.

The organising committee expressed regret over her decision. Its chairman, Paul Okafor, said \
the committee had spent 4 million dollars on her designs since 2007.

Velden had criticised the committee's plans to clear a forest near Whistler for a new ski run. \
Environmental groups in Ottawa and Toronto welcomed her move. The 2010 Winter Olympics will \
open in Vancouver in February 2010.

Okafor said a new adviser would be named in April.
"""


def _event(nlp: Any, headline: str) -> Any:
    return next(e for e in nlp(headline).ents if e.label_ == "EVENT")


@pytest.mark.parametrize(
    "headline",
    [
        "Uruguay wins World Cup",  # a competition verb's object
        "Fans celebrate as Germany wins World Cup",
        "Riots break out at World Cup in Rio",  # "at": where it happens
        "World Cup 2014: Germany beat Brazil 7-1",  # the headline's label
        "Super Bowl draws record audience",  # its subject
    ],
)
def test_an_event_the_story_happens_in_is_its_setting(nlp: Any, headline: str) -> None:
    assert is_setting(_event(nlp, headline))


@pytest.mark.parametrize(
    "headline",
    [
        "Five nations boycott 2014 Winter Olympics",
        "Uproar after sculptor quits 2010 Winter Olympics",
    ],
)
def test_an_event_done_something_to_is_no_setting(nlp: Any, headline: str) -> None:
    assert not is_setting(_event(nlp, headline))


def test_an_event_of_a_later_year_is_no_setting(nlp: Any) -> None:
    event = _event(nlp, "Five nations boycott 2014 Winter Olympics")
    assert event_year(event) == 2014
    assert is_later(event, 2013)
    assert not is_later(event, 2014)
    assert not is_later(_event(nlp, "Riots break out at World Cup in Rio"), 2013)  # no year


@pytest.fixture(scope="module")
def asked(generation: SharedGenerations) -> dict[str, str]:
    """Map each question of the made-up article to its key."""
    qset = generation(ARTICLE, "sculptor-quits", "Sculptor quits").qset
    return {q.text: q.correct_option for q in qset.questions}


def test_the_quit_event_frames_no_question(asked: dict[str, str]) -> None:
    assert asked, "the article gives questions"
    assert not any(t.startswith(("In the 2009 Winter", "In the 2010 Winter")) for t in asked)
    ottawa = [t for t, key in asked.items() if key == "Ottawa"]
    assert ottawa and all(
        t.startswith("📰 Uproar after sculptor quits 2010 Winter Olympics (March 2009)\n")
        for t in ottawa
    )
