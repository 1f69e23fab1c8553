"""Stems that dangle or lose words (blind review 91): a sequencing adverb that points back to
a sentence the player never sees ("subsequently", "Subsequently,") is left out; a month said
without its year gets the year the article's date settles ("in January 2025"); the "and"
between a verb's phrase and a noun the parse hung on the verb stays; and a headline's places
joined by "and" frame a question together or not at all ("Switzerland: visa bans" of "Libya
and Switzerland to meet about visa bans" made the row Switzerland's alone).

A code review of round 36 found wrong years: a past verb that sends something to the month
("was postponed until March") got last year's, and a month in a story another date may set
the time of ("Last year, in February", a life told from 1942 on) got the article's."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.baremonths import bare_month_year
from questions.generate.dates import ArticleDate
from questions.generate.headlinetopic import placed_topic
from questions.generate.nlp import parsed_headline
from tests.generate.generated import SharedGenerations

ARTICLE = """Farmers protest new water rules in Valdoria

Tuesday, April 8, 2025

Thousands of farmers marched through the capital of Valdoria on Monday to protest new water \
rules.

The agriculture minister Petra Lindqvist introduced the rules in November after a long \
drought. In January she met with Anton Greve, the head of the farmers' union, but the talks \
failed.

Greve said the union would keep marching until the rules are withdrawn. Lindqvist was \
subsequently criticised by the opposition leader Marek Holub. Subsequently, the finance \
minister Jonas Brandt and two other ministers have asked for a review of the rules.
"""


def _questions(generation: SharedGenerations, article: str) -> list[tuple[str, str, list[str]]]:
    """Return each question's text, key and options for an article, generated once a run."""
    quiz = generation(article, "stems36", "Stems")
    return [(q.text, q.correct_option, list(q.options)) for q in quiz.qset.questions]


def _asked(generation: SharedGenerations, article: str) -> list[str]:
    """Return each question's last line: what the player is asked, without the headline."""
    return [text.splitlines()[-1] for text, _key, _options in _questions(generation, article)]


def test_sequencing_adverbs_are_left_out(generation: SharedGenerations) -> None:
    """ "Lindqvist was subsequently criticised …" and "Subsequently, … have asked …": after
    what, the question does not show; both are asked without it."""
    texts = _asked(generation, ARTICLE)
    assert any("criticised by the opposition leader Marek Holub" in t for t in texts), texts
    assert any("other ministers have asked for a review" in t for t in texts), texts
    for text in texts:
        assert "subsequently" not in text.lower(), text


def test_bare_month_gets_the_articles_year(generation: SharedGenerations) -> None:
    """In an article of April 2025, a past "in November" is November 2024 and "In January"
    January 2025: the question says the year."""
    texts = _asked(generation, ARTICLE)
    november = [t for t in texts if "introduced the rules" in t]
    january = [t for t in texts if "meet with" in t]
    assert november and all("November 2024" in t for t in november), texts
    assert january and all("January 2025" in t for t in january), texts


def test_a_month_after_a_named_year_is_left_alone(generation: SharedGenerations) -> None:
    """ "In 2019, … In March, …": the month may be of 2019, so no year is guessed for it."""
    article = ARTICLE.replace("In January she met", "In 2019 she was elected. In March she met")
    texts = _asked(generation, article)
    assert any(t.endswith("in March?") for t in texts), texts
    assert not any("March 2025" in t or "March 2024" in t for t in texts), texts


def test_a_month_in_a_story_told_from_an_earlier_year_is_left_alone(
    generation: SharedGenerations,
) -> None:
    """A year other than the article's, named sentences before the month in its paragraph
    ("entered politics in 1998"), may still be the story's: "in January" is asked as the
    article says it."""
    article = ARTICLE.replace(
        "The agriculture minister", "Lindqvist entered politics in 1998. The agriculture minister"
    )
    texts = _asked(generation, article)
    january = [t for t in texts if "meet with" in t]
    assert january and all(t.endswith("in January?") for t in january), texts


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike was called off until April.",
        "The hearings were scheduled for April.",
        "The summit was moved to April.",
    ],
)
def test_a_past_verb_sending_to_a_month_gets_no_earlier_year(nlp: Any, sentence: str) -> None:
    """In an article of February 2016, "was called off until April" points ahead of the
    verb: never April 2015, the last April a past deed would be dated to."""
    doc = nlp(sentence)
    april = next(e for e in doc.ents if e.text == "April")
    assert bare_month_year(april, ArticleDate(2, 11, 2016)) in (None, 2016), sentence


@pytest.mark.parametrize(
    "text",
    [
        "Last year, in August, the mill was closed.",
        "The mill was closed two years ago in August.",
        "She moved to Canada in 1975. She studied law in Toronto. In August she was made a judge.",
    ],
)
def test_a_month_another_date_may_set_is_left_alone(nlp: Any, text: str) -> None:
    """In an article of October 2016, "Last year, in August" is not August 2016, nor is a
    month in a life told from 1975 on: no year is guessed for it."""
    doc = nlp(text)
    august = [e for e in doc.ents if e.text == "August"]
    assert august, [e.text for e in doc.ents]
    assert bare_month_year(august[0], ArticleDate(10, 3, 2016)) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "In August, the mill was closed.",
        "The bureau said on Saturday that prices in August were the highest yet.",
        "The price index for August climbed 3% from a year ago.",
        "The mill opened in 1975. It is the largest in the area. The town has grown around it,"
        " and in August the mill was sold.",
    ],
)
def test_a_past_month_still_gets_its_year(nlp: Any, text: str) -> None:
    """In an article of October 2016, a past August is August 2016: a weekday is the
    dateline's own week, a noun's "for" sends nothing ahead, a figure's "from a year ago" is
    no time of the deed, and a story brought up to now ("has grown") is at the article's
    time again, whatever year it began in."""
    doc = nlp(text)
    august = next(e for e in doc.ents if e.text == "August")
    assert bare_month_year(august, ArticleDate(10, 3, 2016)) == 2016, text


TRANSFER = """Greens win the vote in Chile

Sunday, June 1, 2025

Power in Chile is set to transfer to the Green Alliance Party (GAP) and the leader Ilse \
Varga following an election in the region's oldest democracy. The ruling party conceded \
defeat and the Greens are set to hold a clear majority of seats.

The result follows a long campaign in which the Greens promised cleaner rivers, cheaper \
trains and more money for schools. Supporters gathered in the streets to celebrate the \
result, and many of them said the vote marked the start of a new era for the country.
"""


def test_and_between_a_party_and_its_leader_stays(generation: SharedGenerations) -> None:
    """ "to the Green Alliance Party (GAP) and the leader Ilse Varga": the brackets go, the
    "and" stays, never "to the Green Alliance Party the leader Ilse Varga"."""
    texts = _asked(generation, TRANSFER)
    assert any("Party and the leader Ilse Varga" in t for t in texts), texts
    assert not any("Party the leader" in t for t in texts), texts


def test_joined_headline_places_frame_together() -> None:
    """ "Iceland and Norway to meet about fishing bans": the topic's places are one phrase of
    the headline, so a question keyed on Iceland is never framed "📰 Norway: fishing bans"."""
    placed = placed_topic(parsed_headline("Iceland and Norway to meet about fishing bans"))
    assert placed == (("Iceland and Norway",), "fishing bans"), placed
