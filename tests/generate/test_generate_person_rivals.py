"""A person's rivals are the article's own people, in the form the others are shown in.

A full name the name lists do not know ("Hamish Honey": no listed first name, a common word
for a surname) is still someone's when the article says what the person is ("…, leader of
the … campaign,") or that the person spoke: it is a rival for the other speakers, before any
made-up name. A title the model took into a name ("Archbishop Nyström") is shown as the full
name the article gives that person ("Mikael Nyström"), as the other options are.
"""

from __future__ import annotations

from typing import Any

from questions.generate.dates import ArticleDate
from questions.generate.facts import fact_kind
from questions.generate.setting import article_setting
from tests.generate.generated import SharedGenerations

_CHARTER = (
    "Voters in Eastvale reject new county charter\n\n"
    "Saturday, June 3, 2023\n\n"
    "Residents of Eastvale County voted against a new county charter on Friday. The county "
    "will keep its present council. Of some 80,000 eligible voters, 61% voted against the "
    "charter and 39% voted for it.\n\n"
    "Celebrating the outcome, Hamish Honey, leader of the anti-charter Keep Our Council "
    'campaign, addressing volunteers said "Your voices have been heard across the county."\n\n'
    "Following the defeat, a disappointed Margaret Lowe, leader of the pro-charter Eastvale "
    'Forward group, said "Thank you to every voter who backed a new start for the county."\n\n'
    'Robert Hale, governor of the state, said "The voters of Eastvale have made their choice '
    'and it is a clear one. I will respect that decision."\n'
)

_ADOPTION = (
    "Parliament of Norland approves new adoption law\n\n"
    "Tuesday, March 7, 2023\n\n"
    "The Parliament of Norland voted 98 to 81 on Tuesday to approve a law that lets unmarried "
    "couples adopt children.\n\n"
    'Prime Minister Erik Lindholm backed the law. After the vote, Lindholm said: "Every child '
    'deserves a home with people who love them."\n\n'
    'Opposition leader Greta Halvorsen from the Rural Party said: "Families are the roots '
    'of our society and should not be changed in haste."\n\n'
    'Health Minister Ingrid Dahl from the Centre Party said: "This law was long overdue."\n\n'
    "Finance Minister Sven Aaberg from the Liberal Party said the law would cost little.\n\n"
    'Archbishop Mikael Nyström of the Church of Norland welcomed the change: "This is a good '
    'day for many children."\n\n'
    'Archbishop Nyström had earlier written: "If the law is passed, no family will lose '
    'anything, and many children will gain a home."\n'
)


def _person(nlp: Any, text: str, name: str) -> Any:
    """Return the model's PERSON entity `name` in a made-up sentence."""
    return next(e for e in nlp(text).ents if e.text == name and e.label_ == "PERSON")


def test_a_name_said_in_a_role_is_a_person(nlp: Any) -> None:
    """ "Hamish Honey, leader of …": someone, though no list knows "Hamish" and "honey" is a
    common word; so too the subject of "said"."""
    led = "Today Hamish Honey, leader of the Keep Our Council campaign, thanked volunteers."
    assert fact_kind(_person(nlp, led, "Hamish Honey")) == ("person", "")
    spoke = "Yesterday Hamish Honey said the count was fair."
    assert fact_kind(_person(nlp, spoke, "Hamish Honey")) == ("person", "")


def test_who_said_takes_the_articles_speakers(generation: SharedGenerations) -> None:
    """The governor's words: the two campaign leaders are his rivals, no made-up name."""
    result = generation(_CHARTER, "charter-vote", "charter vote")
    asked = [q for q in result.qset.questions if q.correct_option == "Robert Hale"]
    assert [q.text.splitlines()[-1] for q in asked] == [
        'Who said "The voters of Eastvale have made their choice and it is a clear one"?'
    ]
    assert sorted(asked[0].options) == ["Hamish Honey", "Margaret Lowe", "Robert Hale"]


def test_a_titled_surname_is_shown_in_full(nlp: Any) -> None:
    """ "Archbishop Nyström" is shown as "Mikael Nyström", the others' form (bare names)."""
    docs = [nlp(p) for p in _ADOPTION.split("\n\n")[2:]]
    spelled = article_setting(None, docs, ArticleDate(3, 7, 2023)).spelled()
    assert spelled["Archbishop Nyström"] == "Mikael Nyström"
    assert spelled["Nyström"] == "Mikael Nyström"


def test_the_archbishops_words_keyed_by_his_full_name(generation: SharedGenerations) -> None:
    """The question on his words keys "Mikael Nyström" among the others' full names."""
    result = generation(_ADOPTION, "adoption-law", "adoption law")
    asked = [q for q in result.qset.questions if "If the law is passed" in q.text]
    assert len(asked) == 1 and asked[0].correct_option == "Mikael Nyström"
    assert not any("Archbishop" in o for q in result.qset.questions for o in q.options)
