"""Rivals who cannot have done the question's deed (blind review 92): the person the stem
names by the role and country the article gives them ("who invited the Ghanaian president")
is no rival of who did it, and a question left with two rivals whose roles keep one of them
out of the deed (a reporter beside the one who called off marches, players beside the
referee who awarded a penalty) is refused rather than asked with three options."""

from __future__ import annotations

from functools import cache

from questions.generate.pipeline import generate
from questions.schema import Question

# Two presidents, an opposition leader, a foreign minister and the reporter she spoke to.
STORY = """Zambia's leader Mwale asks Ghanaian president Tembo to mediate

Tuesday, March 4, 2008

Ghana's President Kwame Tembo is expected to travel to Zambia this week to help end the \
unrest that has gripped the country since the vote. Zambian President Peter Mwale sent an \
aide to brief the Ghanaian president on the unrest. Mwale has also said he is ready to talk \
with opposition leader Dario Chanda of the Green Union Front, who says he won the vote in \
January. Chanda has decided to call off marches that were due to take place on Friday.

Grace Phiri is Ghana's foreign minister. She told radio reporter Tom Haldane that President \
Tembo was worried about the unrest in Zambia.

She said President Mwale invited the Ghanaian president to help end the unrest, which is \
blamed on the dispute over the January vote.
"""

# The same story with a vice-president too: a third rival who could have called off marches.
WITH_DEPUTY = STORY.replace(
    "on Friday.\n",
    "on Friday. Zambian Vice-President Anna Lungu said the government would welcome the talks.\n",
)

# A match story: the referee is the only official; the others named are players.
MATCH = """Floodlights fail as Chile draw with Peru

Thursday, July 12, 2007

A lighting failure ten minutes from the end interrupted the Copa America match between Chile \
and Peru at the Estadio Nacional in Lima.

Referee Jan Kowalski, from Poland, stopped the match after the lights went out. An emergency \
generator was used to restore the lights, allowing Kowalski to restart play after the delay.

Peru went 1-0 ahead after sixty minutes when midfielder Luis Vera provided a through-pass \
which found Diego Soto on the edge of the penalty box. Soto struck his shot past the \
goalkeeper.

Eleven minutes later, referee Kowalski awarded Chile a penalty kick after Tomas Rojas was \
fouled inside the penalty box by a Peruvian defender. Rojas stepped up and converted to \
level the scores 1-1.
"""


@cache
def _questions(text: str) -> tuple[Question, ...]:
    """Return the quiz's questions for a made-up article, generated once."""
    return generate(text, slug="deeds", title="Deeds").qset.questions


def _asking(text: str, words: str) -> list[Question]:
    """Return the questions whose last line says `words`."""
    return [q for q in _questions(text) if words in q.text.splitlines()[-1]]


def test_the_person_the_stem_describes_is_no_rival_of_who_did_it() -> None:
    """'Who invited the Ghanaian president …?': Kwame Tembo is the Ghanaian president the
    article names, the one invited, so no question offers him as the one who invited."""
    for question in _asking(STORY, "invited the Ghanaian president"):
        assert "Kwame Tembo" not in question.options, question.options


def test_a_reporter_and_a_minister_alone_beside_the_leader_are_refused() -> None:
    """'Who has decided to call off marches …?' keyed the opposition leader with only the
    radio reporter and another country's foreign minister left: no three-option question."""
    assert not _asking(STORY, "call off marches"), _questions(STORY)


def test_players_alone_beside_the_referee_are_refused() -> None:
    """'Who awarded Chile a penalty kick …?' keyed the referee with only two players left:
    a player awards no penalty, so the question is refused."""
    assert not _asking(MATCH, "awarded Chile a penalty kick"), _questions(MATCH)


def test_a_rival_of_a_role_that_could_have_done_it_keeps_the_question() -> None:
    """With the vice-president named too, who called off the marches is still asked, with
    her among four options."""
    [question] = _asking(WITH_DEPUTY, "call off marches")
    assert question.correct_option == "Dario Chanda"
    assert "Anna Lungu" in question.options and len(question.options) == 4
