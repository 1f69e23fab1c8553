"""Garbled wording from mechanical rewriting (review 70): a noun among nouns read as the verb
("Who do the … team lead?" of "team lead author Jo Bell"), a clause the parse joined to a verb
with no conjunction and so lent its subject ("Against whom have Acme Air been begun?"), an
age beside a name left without its closing comma ("with Jo Hale, 68 released"), and a
headline shortened to its doers alone ("📰 UK engineers"), which says no story."""

from __future__ import annotations

from typing import Any

from questions.generate.dates import ArticleDate
from questions.generate.event import situate
from questions.generate.setting import article_setting
from tests.generate.generate_checks import asked_wh

TEAM = (
    "As the Herald reported, the Leeds–York team lead author Tom Hardy, a Leeds University "
    "doctoral student, priced the kit at $500."
)
SUED = "Acme Air issued a statement confirming legal proceedings have been begun against Holt."
AGED = (
    "In 2004, private letters written by retired banker Oskar Brandt to his friend Jo Hale, "
    "71, were sold at an auction."
)


def test_a_noun_among_nouns_is_not_asked_as_the_verb(nlp: Any) -> None:
    stem, why = asked_wh(nlp, TEAM, "Tom Hardy")
    assert stem is None  # not "Who do the Leeds–York team lead …?"
    assert "noun" in why
    # a plural subject's present verb is a verb still
    asked, _ = asked_wh(
        nlp, "The two doctors lead trainee Tom Hardy through the ward.", "Tom Hardy"
    )
    assert asked is not None and asked.startswith("Who do the two doctors lead")


def test_a_clause_joined_without_a_conjunction_lends_no_subject(nlp: Any) -> None:
    stem, why = asked_wh(nlp, SUED, "Holt")
    assert stem is None  # not "Against whom have Acme Air been begun?"
    assert "conjunction" in why
    joined = "The airline fired the pilot and later sued Mary Penn for damages."
    asked, _ = asked_wh(nlp, joined, "Mary Penn")  # "and": the subject is the airline's
    assert asked == "Who did the airline later sue for damages?"


def test_an_age_closing_a_subject_goes_with_its_commas(nlp: Any) -> None:
    stem, _ = asked_wh(nlp, AGED, "2004")
    assert stem == (
        "In which year were private letters written by retired banker Oskar Brandt to his "
        "friend Jo Hale sold at an auction?"
    )


def test_a_headline_cut_to_its_doers_keeps_what_they_did(nlp: Any) -> None:
    headline = "UK engineers build prototype of small solar-powered drone"
    body = nlp("The drone flew for two hours over the lake on Sunday.")
    setting = article_setting(nlp(headline), [body], ArticleDate(5, 12, 2015))
    said = "The drone, which the engineers say is cheap to make, flew over the lake for two hours."
    sentence = next(nlp(said).sents)
    stem = (
        "A research team from the University of Northfield and the Westbrook Institute for "
        "Applied Flight has built a drone that flies over the lake for _____ without landing, "
        "and the engineers say it is cheap to make and easy to repair in the field."
    )
    text, problem = situate(stem, "two hours", setting, sentence, topic=True)
    assert problem is None
    assert text == f"📰 UK engineers build prototype of drone (May 2015)\n{stem}"
