"""What an apposition says of a name, asked alone: a person's office and a person's age."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.ages import stated_ages
from questions.generate.dates import ArticleDate
from questions.generate.facts import Fact, sentence_facts
from questions.generate.roles import role_stems

JULY_2017 = ArticleDate(month=7, day=21, year=2017)

TRIAL = (
    "Parents on trial\n\n"
    "Friday, May 8, 2009\n\n"
    "Thomas Sam, 42, and his wife Manju Sam, 36, from Sydney, Australia, are undergoing "
    "trial for manslaughter by gross negligence for the death of their daughter, Gloria. "
    "The Crown prosecutor, Mark Tedeschi, told the court that the parents had refused "
    "conventional treatment for months. Speaking in the parents' defense, Tom Molomby said "
    "that they should be declared not guilty due to cultural differences. The trial in the "
    "Supreme Court of New South Wales is expected to last several weeks, and the jury will "
    "hear from doctors who treated the baby at the hospital before her death in Sydney."
)


def _facts(nlp: Any, text: str) -> tuple[list[Any], list[list[Fact]]]:
    """Parse a text and return its sentences and each one's facts."""
    sentences = list(nlp(text).sents)
    return sentences, [sentence_facts(s, n) for n, s in enumerate(sentences)]


def test_an_office_whose_holder_is_written_with_a_possessive_is_still_one_holder(
    nlp: Any,
) -> None:
    sentences, facts = _facts(
        nlp,
        "The team drew notice from critics of U.S. President Donald Trump's policies. "
        "President Donald Trump later asked the council to help the girls.",
    )
    stems = role_stems(sentences, facts, [{}, {}], JULY_2017)
    assert [s.text for s in stems.values()] == ["Who was the U.S. President in July 2017?"]


def test_a_person_s_age_in_commas_is_asked_on_the_article_s_date() -> None:
    result = generate(TRIAL, slug="trial", title="Parents on trial")
    asked = {q.text.splitlines()[-1]: q for q in result.qset.questions}
    question = asked["How old was Thomas Sam in May 2009?"]
    key = question.options[question.answer]
    assert key == "42"
    # near ages, none doubled or halved
    assert all(abs(int(o) - 42) < 12 for o in question.options)
    # one age of the sentence's pair: the other would take the sentence's second question
    assert "How old was Manju Sam in May 2009?" not in asked
    # the second asks another of its facts: where they are from, or the daughter's name
    assert any("from _____, Australia" in t or "daughter, _____." in t for t in asked)


def test_an_age_is_not_asked_without_the_article_s_date(nlp: Any) -> None:
    sentences, facts = _facts(nlp, TRIAL.split("\n\n")[-1])
    assert not any(stated_ages(sentences, facts, None))
    dated = stated_ages(sentences, facts, ArticleDate(month=5, day=8, year=2009))
    assert [stem.text for stem in (s for _, s in dated[0])] == [
        "How old was Thomas Sam in May 2009?",
        "How old was Manju Sam in May 2009?",
    ]


def test_an_age_in_a_sentence_set_at_another_time_is_not_asked(nlp: Any) -> None:
    sentences, facts = _facts(
        nlp, "In 1990, Thomas Sam, 42, and his wife Manju Sam, 36, moved to Sydney, Australia."
    )
    assert not any(stated_ages(sentences, facts, ArticleDate(month=5, day=8, year=2009)))
