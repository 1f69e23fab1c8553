"""An age set off after a name ("Akihito, aged 83") makes the name a person's, whatever the
model's label, and is asked "How old was …?" by the name a reader knows: the full name the
article gives, or the one word the headline calls the person."""

from __future__ import annotations

from typing import Any

from questions.generate.ages import stated_ages
from questions.generate.dates import ArticleDate
from questions.generate.facts import Fact
from questions.generate.personplaces import person_syntax
from questions.generate.setting import Setting

DATE = ArticleDate(month=6, day=10, year=2017)


def _token(nlp: Any, text: str, word: str) -> Any:
    return next(t for t in nlp(text) if t.text == word)


def test_a_name_with_an_age_set_off_is_a_person(nlp: Any) -> None:
    assert person_syntax(_token(nlp, "The new law applies to only Tamura, aged 83.", "Tamura"))
    assert person_syntax(_token(nlp, "The prize went to Tamura, 15, and two others.", "Tamura"))


def test_a_place_with_a_year_or_nothing_after_it_is_no_person(nlp: Any) -> None:
    assert not person_syntax(_token(nlp, "The new law applies only in Osaka.", "Osaka"))
    assert not person_syntax(_token(nlp, "They met in Osaka, 2015, at a trade fair.", "Osaka"))


def _ages(nlp: Any, text: str, name: str, setting: Setting) -> list[str]:
    sentence = next(nlp(text).sents)
    at = next(t.i for t in sentence if t.text == name)
    fact = Fact(0, at, at + 1, name, "PERSON", "person")
    return [stem.text for _, stem in stated_ages([sentence], [[fact]], DATE, setting)[0]]


def test_one_word_name_is_asked_by_the_full_name_the_article_gives(nlp: Any) -> None:
    setting = Setting(people={"Tamura": "Kenji Tamura"}, headline="Osaka court frees teacher")
    asked = _ages(nlp, "The new law applies to only Tamura, aged 83.", "Tamura", setting)
    assert asked == ["How old was Kenji Tamura in June 2017?"]


def test_one_word_name_the_headline_uses_is_asked_bare(nlp: Any) -> None:
    setting = Setting(headline="Japan lets Emperor Tamura step down")
    asked = _ages(nlp, "The new law applies to only Tamura, aged 83.", "Tamura", setting)
    assert asked == ["How old was Tamura in June 2017?"]


def test_one_word_name_nobody_spells_out_is_not_asked(nlp: Any) -> None:
    setting = Setting(headline="Osaka court frees teacher")
    assert _ages(nlp, "The new law applies to only Tamura, aged 83.", "Tamura", setting) == []
