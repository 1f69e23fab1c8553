"""A definite noun that is part of a study ("the sample", "the subject group") is the study's
own when the question names the study, in its headline or its own sentence; named nowhere,
it still points back into the article."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.facts import sentence_facts
from questions.generate.references import unresolved_reference

_ARTICLE = """{title}

Monday, March 4, 2019

The Canadian Institute of Food Research published the results of its household nutrition \
survey on 2 March 2019 in Ottawa.

The survey questioned 12 000 households in all ten provinces about their meals, snacks and \
shopping habits.

Fresh vegetables appeared at dinner in most homes, but sugary drinks were more common than in \
2009.

Even so, 7% of the subject group were unable to name a single green vegetable in English or \
French.

Families in rural areas spent more on groceries than families in cities, the report said.

The institute plans to repeat the survey in 2024 with a larger budget from the federal \
government.
"""
_ASKED = "What share of the subject group was unable to name a single green vegetable in English"


def _check(nlp: Any, text: str, answer: str, stem: str) -> str | None:
    """Judge a question on a made-up sentence for unresolved references."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == answer)
    return unresolved_reference(sentence, fact, stem)


def test_the_subject_group_under_a_survey_headline_is_asked() -> None:
    title = "Canadian 2019 Household Nutrition Survey published"
    result = generate(_ARTICLE.format(title=title), slug="s", title="s")
    asked = [q for q in result.qset.questions if _ASKED in q.text]
    assert len(asked) == 1
    assert asked[0].text.startswith(f"📰 {title}")
    assert asked[0].options[asked[0].answer] == "7%"
    assert all(option.endswith("%") for option in asked[0].options)


def test_the_subject_group_under_a_headline_naming_no_study_is_not_asked() -> None:
    title = "Canadian families buy more vegetables"
    result = generate(_ARTICLE.format(title=title), slug="s", title="s")
    assert not [q for q in result.qset.questions if _ASKED in q.text]


def test_the_sample_of_a_survey_its_sentence_names_stands_alone(nlp: Any) -> None:
    text = "One difference between the 2011 survey and the 1998 survey was the size of the sample."
    stem = "One difference between the _____ survey and the 1998 survey was the size of the sample."
    assert _check(nlp, text, "2011", stem) is None


def test_the_sample_of_something_not_a_study_points_back(nlp: Any) -> None:
    text = "One difference between the 2011 flood and the 1998 flood was the size of the sample."
    stem = "One difference between the _____ flood and the 1998 flood was the size of the sample."
    assert _check(nlp, text, "2011", stem) is not None
