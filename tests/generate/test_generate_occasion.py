"""An article with no date of its own says its occasion's day in the lead ("On March 3, …"):
"this year's speech" and "on the same day" are said by that day, so the question stands
alone; "the same day" after a day only the article's date resolves stays unsaid."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import GenerationResult, generate
from questions.generate.facts import Fact
from questions.generate.occasion import name_this_years
from questions.generate.references import unresolved_reference

ARTICLE = """On March 3, Prime Minister Anna Lindqvist attended the 12th meeting of the Nordic \
Council in Oslo via video. She delivered a speech at the meeting.

In this year's speech, Prime Minister Lindqvist set out seven goals for the council over the \
next ten years.

On the 25th of last month, Lindqvist met the Danish prime minister in Copenhagen to discuss \
fishing quotas.

At a press conference on the same day, Lindqvist said that Sweden would build three new ports \
on the Baltic coast.

In 2015, Sweden and Finland signed a treaty on fishing rights in Stockholm after talks that \
lasted four years.

On March 3, the leaders of the member states signed a joint statement on energy. In her speech \
on the same day, Lindqvist announced that Sweden will give 40 million kronor to a regional \
climate fund.
"""


@pytest.fixture(scope="module")
def asked() -> dict[str, str]:
    """Map each question of the undated article to its key."""
    qset = generate(ARTICLE, slug="nordic", title="Nordic").qset
    return {q.text: q.options[q.answer] for q in qset.questions}


def test_this_years_speech_is_the_speech_of_the_leads_day(asked: dict[str, str]) -> None:
    question = (
        "How many goals for the council did Prime Minister Anna Lindqvist set out over the "
        "next ten years in the speech on March 3?"
    )
    assert asked.get(question) == "seven"


def test_the_same_day_is_the_day_last_stated(asked: dict[str, str]) -> None:
    question = (
        "Who announced that Sweden will give 40 million kronor to a regional climate fund in "
        "her speech on March 3?"
    )
    assert asked.get(question) == "Anna Lindqvist"


def test_the_same_day_after_a_relative_day_is_not_guessed(asked: dict[str, str]) -> None:
    # "the 25th of last month" came between: which day the press conference was on, only the
    # article's date would tell
    assert not any("ports" in q or "same day" in q for q in asked)


@pytest.mark.parametrize(
    ("opening", "named"),
    [("On the same day of the Nordic Council Summit", True), ("On the same day", False)],
)
def test_the_same_day_of_a_named_event_names_its_day(nlp: Any, opening: str, named: bool) -> None:
    sentence = next(nlp(f"{opening}, Anna Lindqvist attended a summit via video.").sents)
    person = next(e for e in sentence.ents if e.label_ == "PERSON")
    fact = Fact(0, person.start, person.end, person.text, "PERSON", "person", "", "")
    stem = f"Who attended a summit via video {opening.lower()}?"
    assert (unresolved_reference(sentence, fact, stem) is None) == named


def test_a_closing_predicate_that_leans_on_the_article_is_left_out(
    seed_result: GenerationResult,
) -> None:
    # "… throughout the year and deepen cooperation with developing countries in the fight
    # against the epidemic": "the fight" points back; what China will do first is a fact alone
    asked = {q.text: q.options[q.answer] for q in seed_result.qset.questions}
    question = (
        "Which country will step up its efforts to provide 2 billion doses of vaccines to the "
        "world throughout the year, according to President Xi?"
    )
    assert asked.get(question) == "China"
    assert not any("the fight against" in q for q in asked)


def test_the_seeds_occasions_are_said_by_their_day(seed_result: GenerationResult) -> None:
    texts = [q.text for q in seed_result.qset.questions]
    assert any(q.endswith("in the speech on September 17?") for q in texts)  # this year's
    assert any(q.endswith("in his speech on September 17?") for q in texts)  # the same day
    assert not any("same day?" in q or "that day" in q for q in texts)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("In this year's speech, the minister set out seven goals.", "speech on March 3"),
        ("In this year's speech on June 5, the minister set out seven goals.", None),
    ],
)
def test_this_years_speech_with_its_own_date_keeps_it(
    nlp: Any, text: str, said: str | None
) -> None:
    sentence = next(nlp(text).sents)
    replace: dict[int, str] = {}
    name_this_years(sentence, "March 3", frozenset({"speech"}), replace)
    assert replace.get(sentence[4].i) == said
