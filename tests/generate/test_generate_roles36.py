"""Rivals of the key's role and side, and the frame of a headline of two events (review 91:
the referee offered as the player who headed a cross, players as the one who awarded a penalty,
a Korean player as the one who faced "the Korean goalkeeper", "an article on Korea" framing
the other match; review 89: Iran's president offered as the US Secretary of State)."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import GenerationResult, generate
from questions.generate.aboutphrase import headline_subjects
from questions.generate.fromnation import other_nation, person_nations, placed_people
from questions.generate.kinds import person_roles
from questions.generate.opponents import faced_sides
from questions.generate.rolefit import _peers

TWO_MATCHES = """Nordic Cup: Rain halts play as Norway draw with Sweden, Denmark defeat Finland

Saturday, June 14, 2014

Heavy rain stopped the 2014 Nordic Cup Group A match between Norway and Sweden for forty \
minutes on Saturday.

The match, played at the Ullevaal Stadium in Oslo, was level at one goal apiece when the rain \
began.

Referee Tomas Becker, from Germany, stopped the match after the pitch flooded. Officials had one \
hour to clear the water before the match would have to be abandoned.

Norway went 1-0 ahead through striker Lars Holmvik after twenty minutes. A long cross from the \
right wing found the head of Holmvik, who moved past the Swedish defender and headed the ball \
into the net.

Ten minutes later, referee Becker awarded Sweden a penalty kick after Erik Dahlgren was fouled \
inside the box by a Norwegian defender. Captain Johan Bergqvist stepped up and converted to level \
the scores.

Late in the game, Sweden had a chance to win the match. Striker Mats Lindqvist missed a \
one-on-one opportunity with the Norwegian goalkeeper, pushing his shot wide.

In Group B, Denmark came back from a goal down to defeat Finland 2-1 at the Parken Stadium in \
Copenhagen.

Denmark conceded the lead to Finland on ten minutes when Danish defender Rasmus Krogh scored an \
own goal. Trying to head the ball back to his goalkeeper Mikkel Strand, Krogh only managed to \
head the ball into his own net.

Denmark equalised after fifty minutes through Anders Vinther, who headed a corner kick past the \
Finnish defence. Midfielder Jonas Bakke then provided a pass which found Peter Holst on the edge \
of the box, and Holst scored the winner.

Danish coach Henrik Moller was sent from the sidelines by the referee after the final whistle.
"""

# the article titles these people as players (striker, captain, defender, goalkeeper)
TITLED_PLAYERS = {"Lars Holmvik", "Johan Bergqvist", "Mats Lindqvist", "Rasmus Krogh",
                  "Mikkel Strand"}  # fmt: skip

FISHING_TALKS = """Talks in Vienna end with a deal on fishing quotas

Monday, March 3, 2014

Delegates from twelve countries reached a deal on fishing quotas in Vienna on Sunday after four \
days of talks.

Ruth Calloway, the United States Secretary of State, said the deal was "a fair start" for the \
fishing fleets of every nation.

Iranian president Reza Tavakoli told reporters that his country would sign the deal next month.

British prime minister Alan Whitcombe said the quotas were "strict but needed".

US senator Dana Pruitt said Congress would review the deal in April, and US trade envoy Glen \
Morrow said the fleets would be inspected twice a year.

The deal cuts the catch of cod in the North Atlantic by a fifth over five years.
"""


@pytest.fixture(scope="module")
def two_matches() -> GenerationResult:
    """Generate the quiz of the two-match report once."""
    return generate(TWO_MATCHES, slug="nordic-cup", title="Nordic Cup")


def _asked(result: GenerationResult, words: str) -> tuple[str, set[str]]:
    """Return the key and the wrong options of the question whose text says `words`."""
    found = [q for q in result.qset.questions if words in q.text]
    assert found, f"no question says {words!r}"
    question = found[0]
    return question.correct_option, set(question.options) - {question.correct_option}


def test_a_referees_rivals_are_no_titled_players(two_matches: GenerationResult) -> None:
    key, others = _asked(two_matches, "awarded Sweden a penalty kick")
    assert key == "Tomas Becker"
    assert not others & TITLED_PLAYERS  # a striker or a defender awards no penalty


def test_a_players_rivals_are_no_referee_nor_the_faced_side(
    two_matches: GenerationResult,
) -> None:
    key, others = _asked(two_matches, "one-on-one opportunity with the Norwegian goalkeeper")
    assert key == "Mats Lindqvist"
    assert "Tomas Becker" not in others  # the referee misses no chance
    assert "Lars Holmvik" not in others  # Norway's striker faces no Norwegian goalkeeper


def test_a_headline_of_two_events_frames_neither_by_the_others_subject(nlp: Any) -> None:
    title = nlp("Nordic Cup: Rain halts play as Norway draw with Sweden, Denmark defeat Finland")
    # the label before the colon names both matches' event
    assert headline_subjects(title, TWO_MATCHES) == ("Nordic Cup",)
    one = nlp("Norway beat Sweden in Nordic Cup")  # one event: its doer still frames it
    assert headline_subjects(one, TWO_MATCHES)[:1] == ("Norway",)


def test_another_countrys_president_is_no_holder_of_a_named_countrys_office(nlp: Any) -> None:
    sentences = list(nlp(FISHING_TALKS.split("\n", 4)[4]).sents)
    placed = placed_people(sentences, person_nations(sentences), {})
    stem = "Who was the United States Secretary of State in March 2014?"
    assert other_nation("Reza Tavakoli", "Ruth Calloway", stem, placed)
    assert not other_nation("Dana Pruitt", "Ruth Calloway", stem, placed)


def test_the_office_apposed_to_a_name_is_still_asked() -> None:
    # placing Ruth Calloway in the US by her office must not refuse the question on it
    result = generate(FISHING_TALKS, slug="fishing", title="Fishing")
    key, _ = _asked(result, "Ruth Calloway, the _____ Secretary of State")
    assert key == "United States"


def test_a_clause_describing_a_noun_is_no_second_event(nlp: Any) -> None:
    """ "… startup Nordvik tried to buy": Nordvik's trying describes the startup; the headline
    tells one story, framed by its doer."""
    body = "Halvorsen Group bought the startup. Nordvik tried to buy it last year."
    title = nlp("Halvorsen buys startup Nordvik tried to acquire")
    assert headline_subjects(title, body + " Halvorsen said so.")[:1] == ("Halvorsen",)


def test_a_headline_of_two_events_under_a_sources_label_is_framed_by_none(nlp: Any) -> None:
    """ "Reuters:" names who reports the two matches, no story: no frame at all."""
    title = nlp("Reuters: Norway draw with Sweden, Denmark defeat Finland")
    assert headline_subjects(title, TWO_MATCHES + " Reuters reported.") == ()


def test_a_cross_by_a_sides_winger_sets_no_rival_side() -> None:
    """A cross comes from a teammate: the Korean winger's side is no side the scorer faced."""
    assert faced_sides("Who scored from a cross by the Korean winger?") == frozenset()
    assert faced_sides("Who missed a one-on-one with the Korean goalkeeper?") == {"korean"}


def test_two_forms_of_one_name_count_as_one_peer() -> None:
    """ "Saad Al Harthi" and "Al Harthi" are one envoy, Mwai Kibaki another: two peers."""
    roles = {"saad al harthi": "envoy", "al harthi": "envoy", "mwai kibaki": "envoy"}
    assert _peers("John Kufuor", "envoy", roles) == 2


def test_a_noun_before_the_sentences_subject_is_no_title_of_it(nlp: Any) -> None:
    """ "Speaking to a reporter John Smith said …": Smith spoke to a reporter, he is none; a
    main clause with its own subject keeps the title ("… his goalkeeper Ole Brandt, Dahl …")."""
    spoken = nlp("Talking to a reporter Mark Hollis said the vote was close.")
    assert person_roles(list(spoken.sents)).get("mark hollis") != "reporter"
    passed = nlp("Trying to pass back to his goalkeeper Ole Brandt, Dahl scored an own goal.")
    assert person_roles(list(passed.sents)).get("ole brandt") == "goalkeeper"
