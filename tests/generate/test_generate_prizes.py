"""A competition's prize and the game deciding it, once the question names the competition."""

from __future__ import annotations

from questions.generate.pipeline import generate

ARTICLE = """Norway wins the 2031 Coastal Netball Championships

Monday, March 3, 2031

Riverside Arena, Port Alder — The Norway national netball team won the 2031 Coastal \
Netball Championships on Sunday after a week of games in Port Alder.

Twelve teams from six countries took part in the tournament, which began on February 24. \
The organisers said the crowds were the largest the event had drawn.

Norway defeated Chile in the gold medal game 48–39. Kenya beat Peru in the \
bronze medal match 51–44.

The Norway coach, Dana Whitlow, said the team had trained for two years. The next \
championships are to take place in Brightwater in 2033.

Netball is played by more than twenty million people worldwide, according to the sport's \
governing body, the International Netball Federation.
"""


def test_gold_medal_game_of_named_championships_is_asked() -> None:
    """A gold medal game under a headline naming the Championships is that event's one."""
    result = generate(ARTICLE, slug="netball", title="netball")
    asked = [q.text for q in result.qset.questions]
    keyed = [
        q.text
        for q in result.qset.questions
        if q.options[q.answer] == "Chile" and "gold medal game" in q.text
    ]
    assert keyed, asked
