"""Blind review 85 (a basketball game report): questions that lean on the sentence before
them, and a story line that said something false.

"Who was second with 5 points?" (second among whom, when?), "Who did X send to the line
again?", "… started the fourth for _____" and "finish the half" need what the article said
before; they are refused. "📰 Canberra Capitals: women's national B basketball team" made
the winners the losing team: a headline's doer does not place the party it beat, and where
a name word of the headline gives the key away, the headline less that word keeps its verb.
"""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.headerline import headline_line
from questions.generate.nlp import parsed_headline
from questions.generate.setting import article_setting

TITLE = "Leeds Lions beat Sylvanian women's national B netball team in friendly"
GAME = f"""{TITLE}

Saturday, March 9, 2013

Leeds, England — On Wednesday night, the Leeds Lions defeated the Sylvanian women's national \
B netball team 51–44 at the Armley Sports Hall in a friendly warm up game.

The Lions led early in the first with a score of 6–2. At the end of the first half, with the \
score 21–23 in favour of Sylvania, Orla Brennan led the Lions in scoring with 9 points. On the \
Sylvanian side, Dana Voss led her team in scoring with 10 points. Mira Kell was second with 6 \
points, and five other players also scored.

When the second half got under way, Brennan scored for Leeds to tie up the game. With 40 \
seconds left in the third, Petra Lund fouled out and sent Brennan to the line again, where \
Brennan scored another pair. Brennan, Hollis, Amber Grey, Tia Rowe and Jess Marr started the \
fourth for Leeds, while Voss, Kell and Lund started for Sylvania. Grey would finish the half \
3 of 5 from close range.
"""


def _stems() -> list[str]:
    """Return the game report's questions, without their story line."""
    result = generate(GAME, slug="lions", title=TITLE)
    return [q.text.split("\n")[-1] for q in result.qset.questions]


def test_a_rank_with_no_field_is_refused() -> None:
    stems = _stems()
    assert not [s for s in stems if "second with 6 points" in s or s.endswith("Kell second?")]
    assert any("On the Sylvanian side" in s or "Sylvanian side?" in s for s in stems)


def test_again_and_a_bare_period_are_refused() -> None:
    stems = _stems()
    assert not [s for s in stems if "again" in s], stems
    assert not [s for s in stems if "the fourth for" in s or "finish the half" in s], stems
    assert not [s for s in stems if "left in the third" in s], stems
    # "the second half" names its period, under a line naming the game
    assert any("the second half got under way" in s for s in stems)


TIMEOUT_TITLE = "Leeds Lions beat Latvian women's national B basketball team in friendly"
TIMEOUT = f"""{TIMEOUT_TITLE}

Saturday, March 9, 2013

Leeds, England — On Wednesday night, the Leeds Lions defeated the Latvian women's national \
B basketball team 51–44 at the Armley Sports Hall in a friendly warm up game.

With 3:10 left in the game, Latvia took a time out. Latvia kept trying to score from long \
range but was unable to capitalise. Jess Marr scored twice for Leeds in the last minute. The \
Leeds Lions open their regular season against Bath on April 6, with their first home game on \
April 13 at the Armley Sports Hall.
"""


def test_the_story_line_keeps_the_headline_verb() -> None:
    """No line says the Lions were the team they beat. (fix34a: the nationality that gives
    Latvia away narrows the team beaten, so the headline is not cut to "… beat women's
    national B basketball team"; the month frames the question instead.)"""
    result = generate(TIMEOUT, slug="lions", title=TIMEOUT_TITLE)
    asked = [q.text for q in result.qset.questions if q.correct_option == "Latvia"]
    assert asked, [q.text for q in result.qset.questions]
    for text in asked:
        line = text.split("\n")[0]
        assert "beat women's national" not in line, text
        assert "Leeds Lions:" not in line


def _line(nlp: Any, title: str, key: str) -> str | None:
    """Return the story line above a question keyed `key` that would frame it by month."""
    doc = parsed_headline(title)
    body = nlp("The match was played on Wednesday night in front of a full hall.")
    setting = article_setting(doc, [body], None)
    return headline_line(setting, key, False, "Which city fell apart a bit?")


def test_a_headline_doer_does_not_place_the_team_it_beat(nlp: Any) -> None:
    """ "📰 Leeds Lions: national B basketball team" said the Lions were the team they beat."""
    line = _line(nlp, "Leeds Lions beat Latvian national B basketball team in friendly", "Leeds")
    assert line is not None and ":" not in line
    assert line == "📰 Lions beat Latvian national B basketball team in friendly\n"


def test_a_place_of_the_subjects_own_thing_still_places_it() -> None:
    """ "Sweden: flag design" reads as Sweden's own flag, no party of its own."""
    from questions.generate.headlinetopic import placed_topic

    placed = placed_topic(parsed_headline("Sweden begins process to change national flag design"))
    assert placed == (("Sweden",), "flag design")
