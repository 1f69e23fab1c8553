"""Options that fit the role the question asks about (blind review 6: 16 of 40 failed so).

A Sweden–Korea question offered England's Harry Kane and the referee; a House bill's sponsor
was offered a lobbyist and a senator; "_____ in Houston, Texas" was offered centres the
article places in Florida and California.
"""

from __future__ import annotations

from questions.generate import generate
from questions.generate.facts import Fact
from questions.generate.fit import unfit
from questions.generate.options import article_context, option_context
from questions.generate.refusals import refusal
from questions.schema import Question

WORLD_CUP = """FIFA World Cup 2018 day five: Sweden, Belgium, England win three points

Tuesday, June 19, 2018

Yesterday, day five of the 2018 FIFA football World Cup, Sweden defeated South Korea 1–0; \
and Tunisia lost 1–2 to England, with a late goal from English captain Harry Kane.

Group F — Sweden 1–0 Korea Republic

In the first game of the day, Sweden faced South Korea at the Nizhny Novgorod Stadium. \
Korea's Kim Shin-Wook was shown a yellow card early in the game. In the 20th minute, Marcus \
Berg missed a chance to put Sweden in the lead. Korea substituted Park Joo-Ho in the 28th \
minute of the game due to injury and was replaced by Kim Min-Woo.

In the second half, Hwang Hee-Chan was booked for a bad foul. In the 62nd minute Kim Min-Woo \
conceded a penalty which the match referee Joel Aguilar awarded Sweden after confirming with \
the video assistant referee. Swedish captain Andreas Granqvist scored from the penalty spot, \
putting Sweden 1–0 up. The match ended with Sweden winning three points.

Group G — Tunisia 1–2 England

In the last match of the day, Tunisia faced England at the Volgograd Arena. England started \
the match with attacking style, with attempts from Jesse Lingard, Harry Maguire, Harry Kane, \
and John Stones early in the game. In the injury time, English captain Harry Kane scored a \
second goal as England won a corner kick.
"""

BAILOUT = """U.S. Senate approves revised bailout package after controversial additions

Thursday, October 2, 2008

"Senate Democrats and Republicans believe it is essential that we work quickly on this \
important legislation," said Senate Majority Leader Harry Reid.

Vice President of Taxpayers for Common Sense, Steve Ellis, offered his explanation for the \
pork and earmarks added in.

"The inclusion of parity has caused me to reconsider my position," said Representative Jim \
Ramstad (R Minnesota), who voted against the previous bill on Monday.

But Representative Marcy Kaptur (D Ohio) was not changing her no vote.

H.R.1424 was introduced on March 9, 2007, by Rep. Patrick Kennedy (RI-1). It was not treated \
as an appropriations bill in the House.
"""

NASA = """NASA announces new homes for retired shuttles

Wednesday, April 13, 2011

NASA celebrated the launch of the first space shuttle Tuesday at an event at the Kennedy \
Space Center (KSC) in Cape Canaveral, Florida.

Space Shuttle Endeavour will be sent to the California Science Center in Los Angeles, \
California following its retirement. Finally, Atlantis will go on display at the Kennedy \
Space Center Visitor Complex following the orbiter's last flight which launches June 28.

Not all were pleased with the final choice of locations. U.S. Senator John Cornyn, \
Republican from Texas, issued a statement regarding the rejection of Johnson Space Center \
(JSC) in Houston, Texas as a location.
"""


def _asking(text: str, key: str) -> list[Question]:
    """Return the questions of an article whose keyed option is `key`."""
    questions = generate(text, slug="t", title="t").qset.questions
    return [q for q in questions if q.options[q.answer] == key]


def test_a_match_question_offers_only_that_match_people_and_no_referee() -> None:
    berg = _asking(WORLD_CUP, "Marcus Berg")
    assert berg, "Marcus Berg's missed chance is asked"
    for question in berg:
        assert question.text.startswith("In Sweden's win over Korea Republic")
        # Harry Kane played England–Tunisia; Joel Aguilar refereed: neither missed the chance.
        assert not {"Harry Kane", "Jesse Lingard", "Joel Aguilar"} & set(question.options)
        # "put Sweden in the lead": Korea's players cannot have.
        assert not {"Kim Shin-Wook", "Kim Min-Woo", "Park Joo-Ho"} & set(question.options)


def test_the_points_a_win_earns_are_not_asked() -> None:
    fact = Fact(0, 0, 1, "three", "CARDINAL", "count")
    stem = (
        "In Belgium's win over Panama at the 2018 FIFA World Cup, the second half ended "
        "with the Belgians winning _____ points."
    )
    base = article_context(WORLD_CUP, [])
    # A World Cup win is worth three points: "four", "five" and "six" are impossible.
    in_match = option_context(base, fact, stem, scene=frozenset({"dries mertens"}))
    assert refusal(fact, "three", in_match) is not None
    # Outside a match report "points" are no rule of a game: asked as any count.
    assert refusal(fact, "three", option_context(base, fact, stem)) is None


def test_a_representative_sponsor_is_offered_other_representatives() -> None:
    kennedy = _asking(BAILOUT, "Patrick Kennedy")
    assert kennedy, "the bill's sponsor is asked"
    for question in kennedy:
        # A lobbyist and the Senate's leader cannot introduce a House bill.
        assert not {"Steve Ellis", "Harry Reid"} & set(question.options), question.options
        assert "Jim Ramstad" in question.options or "Marcy Kaptur" in question.options


def test_a_blank_placed_in_a_city_is_not_offered_centres_placed_elsewhere() -> None:
    key = "Johnson Space Center"
    fact = Fact(0, 0, 3, key, "ORG", "organization")
    base = article_context(NASA, [])
    placed = option_context(
        base, fact, "U.S. Senator John Cornyn, Republican from Texas, issued a statement "
        "regarding the rejection of _____ in Houston, Texas as a location.",
    )  # fmt: skip
    # Only the key is in Houston: the stem would give it away.
    assert unfit("Kennedy Space Center", key, fact, placed)
    assert unfit("California Science Center", key, fact, placed)
    unplaced = option_context(base, fact, "Senator John Cornyn regretted the rejection of _____.")
    assert not unfit("Kennedy Space Center", key, fact, unplaced)
