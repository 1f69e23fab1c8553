"""Made-up text: one question's line states another's key in the same relation, so only the
better-ranked of the two is asked and the place goes to the next question. The same figure of
the same thing told in another sentence ("Eastmarch, with _____ cases and 31 deaths" beside
"How many people died in Eastmarch?"), a blank and a wh-question of one sentence asking one
relation of two names from its two ends, and a "Who said …?" whose speaker the next
sentence's question names speaking. A figure of another thing, a speaker farther off and a
date beside a name stay two questions."""

from __future__ import annotations

from collections import Counter

from questions.generate.facts import Fact
from questions.generate.rank import select
from tests.generate.test_generate_retold_facts import _asked

CASES = Fact(2, 4, 5, "640", "CARDINAL", "count", unit="case")
DIED = Fact(4, 40, 41, "31", "CARDINAL", "count", unit="people")
BRUNT = "Eastmarch District, with _____ cases and 31 deaths, has borne the brunt of the fever."
HOW_MANY = "How many people died in Eastmarch District, according to the ministry?"
SPARE = "Which river flooded the western valleys in the spring?"
# the deaths asked in the blank's own sentence: the same figure as the better question's key
DEATHS = _asked(
    Fact(2, 7, 8, "31", "CARDINAL", "count", unit="death"),
    "Eastmarch District, with 640 cases and _____ deaths, …",
    3.9,
    "cloze",
)


def test_a_figure_of_the_same_thing_told_in_another_question_is_asked_once() -> None:
    asked = [
        _asked(DIED, HOW_MANY, 5.0),
        _asked(CASES, BRUNT, 4.0, "cloze"),
        DEATHS,
        _asked(Fact(7, 70, 71, "Sava", "LOC", "place"), SPARE, 2.0),
    ]
    chosen = select(asked, 10, Counter())
    # the better question stays, and the next one takes the place the blank leaves
    assert [c.stem.text for c in chosen] == [HOW_MANY, SPARE]


def test_the_same_number_of_another_thing_stays_two_questions() -> None:
    boats = Fact(4, 40, 41, "31", "CARDINAL", "count", unit="boat")
    sailed = "How many boats sailed from the harbour of Westreach on Monday?"
    asked = [
        _asked(boats, sailed, 5.0),
        _asked(CASES, BRUNT, 4.0, "cloze"),
        DEATHS,
    ]
    chosen = select(asked, 10, Counter())
    assert [c.stem.text for c in chosen] == [BRUNT, sailed]


SAID = 'Who said "We must keep the wells of the valley clean"?'
STRESSED = 'Dr. Mira Tal stressed that "Boiling water with _____ keeps the wells safe".'


def test_a_speaker_named_speaking_in_the_next_sentence_gives_away_who_said() -> None:
    asked = [
        _asked(Fact(8, 80, 82, "Mira Tal", "PERSON", "person"), SAID, 5.0),
        _asked(Fact(9, 95, 96, "salt", "", "noun"), STRESSED, 4.0, "cloze"),
    ]
    assert [c.stem.text for c in select(asked, 10, Counter())] == [SAID]
    # three sentences on, the speaker has moved to another matter
    farther = _asked(Fact(11, 120, 121, "salt", "", "noun"), STRESSED, 4.0, "cloze")
    chosen = select([asked[0], farther], 10, Counter())
    assert [c.stem.text for c in chosen] == [SAID, STRESSED]
