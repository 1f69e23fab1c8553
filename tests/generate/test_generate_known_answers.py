"""Answers a reader knows without the article, or that the article does not give: a large
city's country beside its blank, a dead man's age "in" the article's month, and a party in
brackets asked as what its member did (blind review 41)."""

from __future__ import annotations

from typing import Any

from questions.generate.ages import stated_ages
from questions.generate.dates import ArticleDate
from questions.generate.facts import sentence_facts
from questions.generate.giveaways import echoed_option
from questions.generate.write import wh_question

MARCH_2016 = ArticleDate(month=3, day=4, year=2016)


def test_a_large_city_beside_a_country_s_blank_gives_the_country_away() -> None:
    stem = "In 2012, the drummer was arrested on a flight from Chicago, _____ to Norway."
    assert echoed_option(stem, "US", ["Mexico", "Brazil", "Canada"]) is not None
    stem = "The festival moved to a hall in Osaka in _____ last year."
    assert echoed_option(stem, "Japan", ["China", "South Korea", "Vietnam"]) is not None
    # a country with a Birmingham of its own among the options keeps the question fair
    stem = "The drummer was arrested on a flight from Birmingham, _____ to Norway."
    assert echoed_option(stem, "United Kingdom", ["Canada", "Ireland", "France"]) is not None
    assert echoed_option(stem, "United Kingdom", ["Canada", "United States", "France"]) is None
    # a town nobody knows the country of gives nothing away
    stem = "The drummer was arrested on a flight from Tralee, _____ to Norway."
    assert echoed_option(stem, "Ireland", ["Scotland", "Wales", "Norway"]) is None


def _ages(nlp: Any, text: str) -> list[str]:
    """Return the age questions written for a text dated March 2016."""
    sentences = list(nlp(text).sents)
    facts = [sentence_facts(s, n) for n, s in enumerate(sentences)]
    return [stem.text for row in stated_ages(sentences, facts, MARCH_2016) for _, stem in row]


def test_a_dead_person_s_age_is_not_asked_on_the_article_s_date(nlp: Any) -> None:
    murdered = "Two brothers are on trial accused of murdering Peter Lund, 31, from Leeds."
    assert _ages(nlp, murdered) == []
    # the list goes on past the parse's reach: the second victim's age is a victim's too
    two = "Two brothers are accused of murdering Peter Lund, 31, from Leeds, and Anna Berg, 29."
    assert _ages(nlp, two) == []
    late = "The prize was set up by the late Peter Lund, 31, a teacher from Leeds."
    assert _ages(nlp, late) == []
    robbed = "Two brothers are on trial accused of robbing Peter Lund, 31, from Leeds."
    assert _ages(nlp, robbed) == ["How old was Peter Lund in March 2016?"]


def test_a_party_in_brackets_after_a_person_is_not_asked_as_the_doer(nlp: Any) -> None:
    sentence = next(nlp("Senator Maria Gomez (Liberal Party) asked the minister to resign.").sents)
    party = next(f for f in sentence_facts(sentence, 0) if f.text == "Liberal Party")
    stem, why = wh_question(sentence, party, {})
    assert stem is None and "brackets" in why
    person = next(f for f in sentence_facts(sentence, 0) if f.text == "Maria Gomez")
    asked, _ = wh_question(sentence, person, {})
    assert asked is not None and asked.text.startswith("Who asked the minister")
