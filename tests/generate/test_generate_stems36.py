"""Stems that dangle or lose words (blind review 91): a sequencing adverb that points back to
a sentence the player never sees ("subsequently", "Subsequently,") is left out; a month said
without its year gets the year the article's date settles ("in January 2025"); the "and"
between a verb's phrase and a noun the parse hung on the verb stays; and a headline's places
joined by "and" frame a question together or not at all ("Switzerland: visa bans" of "Libya
and Switzerland to meet about visa bans" made the row Switzerland's alone)."""

from __future__ import annotations

from questions.generate.headlinetopic import placed_topic
from questions.generate.nlp import parsed_headline
from questions.generate.pipeline import generate

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


def _questions(article: str) -> list[tuple[str, str, list[str]]]:
    """Return each question's text, key and options for an article."""
    quiz = generate(article, slug="stems36", title="Stems")
    return [(q.text, q.correct_option, list(q.options)) for q in quiz.qset.questions]


def test_sequencing_adverbs_are_left_out() -> None:
    """ "Lindqvist was subsequently criticised …" and "Subsequently, … have asked …": after
    what, the question does not show; both are asked without it."""
    asked = _questions(ARTICLE)
    texts = [text for text, _key, _options in asked]
    assert any("criticised by the opposition leader Marek Holub" in t for t in texts), texts
    assert any("other ministers have asked for a review" in t for t in texts), texts
    for text in texts:
        assert "subsequently" not in text.lower(), text


def test_bare_month_gets_the_articles_year() -> None:
    """In an article of April 2025, a past "in November" is November 2024 and "In January"
    January 2025: the question says the year."""
    texts = [text for text, _key, _options in _questions(ARTICLE)]
    november = [t for t in texts if "introduced the rules" in t]
    january = [t for t in texts if "meet with" in t]
    assert november and all("November 2024" in t for t in november), texts
    assert january and all("January 2025" in t for t in january), texts


def test_a_month_after_a_named_year_is_left_alone() -> None:
    """ "In 2019, … In March, …": the month may be of 2019, so no year is guessed for it."""
    article = ARTICLE.replace("In January she met", "In 2019 she was elected. In March she met")
    texts = [text for text, _key, _options in _questions(article)]
    assert not any("March 2025" in t or "March 2024" in t for t in texts), texts


TRANSFER = """Greens win the vote in Chile

Sunday, June 1, 2025

Power in Chile is set to transfer to the Green Alliance Party (GAP) and the leader Ilse \
Varga following an election in the region's oldest democracy. The ruling party conceded \
defeat and the Greens are set to hold a clear majority of seats.

The result follows a long campaign in which the Greens promised cleaner rivers, cheaper \
trains and more money for schools. Supporters gathered in the streets to celebrate the \
result, and many of them said the vote marked the start of a new era for the country.
"""


def test_and_between_a_party_and_its_leader_stays() -> None:
    """ "to the Green Alliance Party (GAP) and the leader Ilse Varga": the brackets go, the
    "and" stays, never "to the Green Alliance Party the leader Ilse Varga"."""
    texts = [text for text, _key, _options in _questions(TRANSFER)]
    assert any("Party and the leader Ilse Varga" in t for t in texts), texts
    assert not any("Party the leader" in t for t in texts), texts


def test_joined_headline_places_frame_together() -> None:
    """ "Iceland and Norway to meet about fishing bans": the topic's places are one phrase of
    the headline, so a question keyed on Iceland is never framed "📰 Norway: fishing bans"."""
    placed = placed_topic(parsed_headline("Iceland and Norway to meet about fishing bans"))
    assert placed == (("Iceland and Norway",), "fishing bans"), placed
