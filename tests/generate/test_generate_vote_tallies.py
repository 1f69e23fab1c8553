"""A vote's tally ("passed with 61–12 votes", "voted 208-14 to …") is asked whole, as a vote,
with tallies of the same total and the same winning side as options; a range, a date or a
score is no vote. A score whose loser the model reads as a location is still a match."""

from __future__ import annotations

from questions.generate.headlinekeys import headline_tally
from questions.generate.nlp import load_nlp
from questions.generate.scorelines import stated_scores
from questions.generate.votetally import stated_votes, vote_variants


def _votes(text: str) -> list[tuple[str, str]]:
    """Return each vote question a text's sentences give, with its key."""
    sentences = list(load_nlp()(text).sents)
    found = stated_votes(sentences, [{} for _ in sentences])
    return [(fact.text, stem.text) for per in found for fact, stem in per]


def test_a_passed_measure_is_asked_by_its_vote() -> None:
    asked = _votes("The zoning ordinance was passed with 61–12 votes after a long debate.")
    assert asked == [("61–12", "By what vote was the zoning ordinance passed?")]
    active = _votes("The council approved the harbour plan by a vote of 9-4.")
    assert active == [("9-4", "By what vote did the council approve the harbour plan?")]


def test_voted_to_do_is_asked_as_the_deed() -> None:
    asked = _votes("Ruritania's parliament voted 208-14 to ratify the fishing treaty.")
    assert asked == [
        ("208-14", "By what vote did Ruritania's parliament ratify the fishing treaty?")
    ]


def test_a_vote_without_a_plain_clause_is_one_blank() -> None:
    asked = _votes("After hours of talks, the 150-seat chamber voted 101–49, a narrow win.")
    assert len(asked) == 1 and asked[0][0] == "101–49" and "_____" in asked[0][1]


def test_ranges_dates_and_scores_are_no_votes() -> None:
    assert _votes("The reforms ran from 1990–1995 and fill pages 10-12 of the report.") == []
    assert _votes("Ostrava beat Brno 3–1 on Sunday before 20,000 voters and fans.") == []
    assert _votes("The vote was held on 12-14 May, with 10-12% turnout.") == []


def test_a_votes_options_keep_its_total_and_winner() -> None:
    text = "The ordinance passed 61–12. An earlier draft had failed 30–43."
    options = vote_variants("61–12", text, "seed")
    assert len(options) >= 3 and "61–12" not in options
    assert all(sum(map(int, o.split("–"))) == 73 for o in options)
    assert all(int(a) > int(b) for a, b in (o.split("–") for o in options))
    assert "12–61" not in options
    lost = vote_variants("30–43", text, "seed")
    assert lost and all(
        int(a) < int(b) for a, b in (o.split("-" if "-" in o else "–") for o in lost)
    )


def test_a_loser_read_as_a_location_still_makes_a_match_result() -> None:
    sentences = list(
        load_nlp()("On Tuesday, Portugal defeated England 2–1 in the semi-final of the cup.").sents
    )
    found = [(f.text, s.text) for per in stated_scores(sentences) for f, s in per]
    assert found == [("2–1", "By what score did Portugal defeat England?")]


def test_a_score_the_headline_gives_is_not_asked() -> None:
    headline = "Cup semi-final: Portugal sends England home, 2-1"
    assert headline_tally("2–1", headline) is not None  # its hyphen is the key's dash
    assert headline_tally("2–1", "Portugal sends England home, 12-1") is None
    assert headline_tally("92–7", "Assembly votes to merge the tribal areas") is None
