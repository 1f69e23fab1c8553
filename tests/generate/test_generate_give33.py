"""Blind review 80: a key given away by an adjective made from its name ("Jovian" over a
Jupiter key), and a name asked as what an open comparison is made with ("ahead of the US
and _____")."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.facts import Fact, sentence_facts
from questions.generate.opencompared import open_comparison
from questions.generate.pertained import pertained, pertained_key

CITY = """Mancunian council approves new cycle lanes for the city centre

Thursday, October 18, 2007

The city council voted 60-30 on Wednesday to build twelve new cycle lanes through the \
centre of Manchester, England.

Leeds and Liverpool have both warned against such a sharp cut in road space. Manchester \
has been asking the national government for help with the cost of the lanes for months.

Transport officer Lars Holmdal said the new lanes would cut traffic by a fifth. The plan \
will be reviewed in two years by a panel of engineers.

The tram line at Piccadilly was closed on October 4, 2007, after a storm damaged the \
main bridge. Repairs cost about 2 million pounds and took eleven days.
"""

PLANETS = ["Saturn", "Venus", "Mercury"]


def _fact(nlp: Any, text: str, key: str) -> tuple[Any, Fact]:
    """Return a made-up sentence and the fact whose text is `key`."""
    sentence = next(nlp(text).sents)
    return sentence, next(f for f in sentence_facts(sentence, 0) if f.text == key)


def test_an_adjective_names_the_noun_it_is_made_from() -> None:
    assert "jupiter" in pertained("Jovian")
    assert "mars" in pertained("Martian")
    assert "moon" in pertained("lunar")
    assert not pertained("tiny") & {"lilliput"}  # another lemma's link, not the word's


def test_a_line_whose_adjective_is_the_keys_gives_it_away() -> None:
    line = "📰 Probe sends back pictures of two small Martian craters\n"
    stem = "Which planet has a volcano three times as tall as Everest?"
    assert pertained_key(line + stem, "Mars", PLANETS) is not None
    assert pertained_key(stem, "Mars", PLANETS) is None  # the line withheld: asked as written
    # a stem's own adjective ("a lunar lander") is no better than its line
    assert pertained_key("Which body did the lunar lander reach?", "the Moon", PLANETS)
    # an option cued the same way leaves the reader to choose
    both = "Which body did the lunar and Martian probes pass first?"
    assert pertained_key(both, "Mars", ["the Moon", "Venus", "Mercury"]) is None


def test_a_name_after_ahead_of_is_refused(nlp: Any) -> None:
    text = "Lapland voters backed the levy in 1911, ahead of Norway and Sweden."
    sentence, fact = _fact(nlp, text, "Sweden")
    assert open_comparison(sentence, fact, "library") is not None
    # the article's own names set against each other are a closed set
    assert open_comparison(sentence, fact, "article") is None
    raced = "Hiro Tanaka won the race in 2011, ahead of Peter Lindqvist of Sweden."
    sentence, person = _fact(nlp, raced, "Peter Lindqvist")
    assert open_comparison(sentence, person, "library") is None  # made-up rivals: read off
    assert open_comparison(sentence, person, "famous people") is not None
    # the date the comparison is made at stays asked
    sentence, year = _fact(nlp, text, "1911")
    assert open_comparison(sentence, year, "library") is None


def test_a_name_after_a_comparative_than_is_refused(nlp: Any) -> None:
    text = "The Hollin Trust raised more money than the Oxfam charity in 2014."
    sentence, fact = _fact(nlp, text, "Oxfam")
    assert open_comparison(sentence, fact, "library") is not None
    rather = "Tomas Berg moved to Lisbon rather than Madrid in 2014."
    sentence, fact = _fact(nlp, rather, "Madrid")
    assert open_comparison(sentence, fact, "library") is None  # a choice, not a ranking


def test_a_name_not_compared_stays_asked(nlp: Any) -> None:
    text = "Lapland voters backed the levy in 1911 after a visit by Norway's king."
    sentence, fact = _fact(nlp, text, "Norway")
    assert open_comparison(sentence, fact, "library") is None
    # "before" a body is in its presence, not earlier than it
    heard = "Tomas Berg testified before the Senate Finance Committee on Tuesday."
    sentence, fact = _fact(nlp, heard, "Senate Finance Committee")
    assert open_comparison(sentence, fact, "library") is None
    # an "after" that picks out one thing of a noun ("the first country after …") is unique
    first = "Lapland became the first region after Greenland to back the levy in 1911."
    sentence, fact = _fact(nlp, first, "Greenland")
    assert open_comparison(sentence, fact, "library") is None


def test_a_line_whose_adjective_names_the_key_city_is_not_shown_over_it() -> None:
    quiz = generate(CITY, slug="lanes", title="Lanes").qset
    assert quiz.questions
    for question in quiz.questions:  # "Mancunian" is Manchester's: never above that key
        assert not (question.correct_option == "Manchester" and "Mancunian" in question.text)
