"""A city or a state that scores, wins or leads in a match report is its team: "Which
city increased the score?" is false in kind and other cities are absurd options; a place where
the match happened stays a place question."""

from __future__ import annotations

from questions.generate import generate
from questions.generate.facts import Fact
from questions.generate.nlp import load_nlp
from questions.generate.teamplaces import reports_match, stands_for_team

REPORT = (
    "Portland beat Milwaukee 27–20 in the Northern Cup final on Sunday. "
    "The game was played in Spokane before a crowd of 41,000 people. "
    "Milwaukee led 13–7 at half-time after a touchdown by Aaron Fielding. "
    "In the third quarter, Portland increased the score with a 40-yard field goal by Lena Ortiz. "
    "Ohio and Texas both punted twice in the final quarter of the other semi-final. "
    "Coach Dana Whitley later said the team had trained in Boise for six weeks. "
    "Portland will now face Denver in the national final at Lumen Field in three weeks, "
    "and tickets for the match go on sale at the stadium on Monday morning."
)


def _place(sentence: object, name: str) -> Fact:
    """Return a city fact for the first token span of a name in a parsed sentence."""
    start = next(t.i for t in sentence if t.text == name.split()[0])  # type: ignore[attr-defined]
    end = start + len(name.split())
    return Fact(0, start, end, name, "GPE", "place", subtype="city")


def test_a_place_that_plays_is_a_team_and_a_place_where_it_happens_is_not() -> None:
    sentences = list(load_nlp()(REPORT).sents)
    assert reports_match(sentences)
    assert stands_for_team(_place(sentences[0], "Portland"), sentences[0])  # beat
    assert stands_for_team(_place(sentences[2], "Milwaukee"), sentences[2])  # led 13–7
    assert stands_for_team(_place(sentences[3], "Portland"), sentences[3])  # the score
    assert stands_for_team(_place(sentences[4], "Ohio"), sentences[4])  # punted
    assert stands_for_team(_place(sentences[6], "Denver"), sentences[6])  # faced
    assert not stands_for_team(_place(sentences[1], "Spokane"), sentences[1])  # played in
    assert not stands_for_team(_place(sentences[5], "Boise"), sentences[5])  # trained in


def test_a_country_that_plays_is_its_national_team_and_asked() -> None:
    sentences = list(load_nlp()("Brazil beat Peru 2–0 in the final.").sents)
    brazil = Fact(0, 0, 1, "Brazil", "GPE", "place", subtype="country")
    assert not stands_for_team(brazil, sentences[0])  # "Which country beat Peru?": fair


def test_a_place_reached_is_still_a_place() -> None:
    sentences = list(load_nlp()("The team reached Houston on Friday.").sents)
    assert not stands_for_team(_place(sentences[0], "Houston"), sentences[0])


def test_a_match_report_asks_no_city_what_its_team_did() -> None:
    quiz = generate(REPORT, slug="x", title="x").qset.questions
    asked = [(q.text, q.correct_option) for q in quiz]
    teams = ("Portland", "Milwaukee", "Ohio", "Denver")
    assert not any(key in teams for _, key in asked)  # not "Which city will Portland face?"
    assert ("Where was the game played before a crowd of 41,000 people?", "Spokane") in asked


def test_a_score_is_needed_for_a_match_report() -> None:
    sentences = list(load_nlp()("Texas beat California in job growth last year.").sents)
    assert not reports_match(sentences)  # no match: a state that beats another is a state
