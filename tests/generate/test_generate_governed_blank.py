"""Counts and owners whose rivals the stem's own words rule out: a blank owning a
government's policies takes only office-holders, and a count that meaning fixes at two
("two adults can marry") is not asked."""

from __future__ import annotations

from typing import Any

from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact, sentence_facts
from questions.generate.options import article_context, option_context
from questions.generate.paircount import paired_count
from questions.generate.personplaces import person_places
from questions.generate.relabel import people_named

VISAS = (
    "The student team had been refused visas, drawing notice from critics of Prime Minister "
    "Laura Kessler's policies regarding students traveling abroad. Contest founder Martin "
    "Delacroix said the team would be welcome. Team coach Oskar Lindqvist said the students "
    "had practised for months. Ambassador Pieter Vandam asked for a review of the decision."
)
STEM = (
    "The student team had been refused visas, drawing notice from critics of _____'s "
    "policies regarding students traveling abroad."
)


def _options(nlp: Any, text: str, key: str, stem: str) -> list[str]:
    """Return the wrong options chosen for a person key of a text, its sentence parsed."""
    sentences = list(nlp(text).sents)
    per_sentence = [sentence_facts(s, n) for n, s in enumerate(sentences)]
    article = [f for found in person_places(people_named(per_sentence), sentences) for f in found]
    fact = next(f for f in article if f.text == key)
    base = article_context(text, article, sentences)
    ctx = option_context(base, fact, stem, sentence=sentences[fact.sentence])
    return choose_distractors(fact, key, article, "x", stem, ctx)[0]


def test_a_leaders_policies_take_no_founder_coach_or_ambassador(nlp: Any) -> None:
    # a contest's founder, a team's coach and an envoy make no government's policies, and a
    # made-up name holds no office the article tells of: no options, no question
    assert _options(nlp, VISAS, "Laura Kessler", STEM) == []


def test_a_leaders_policies_take_the_articles_office_holders(nlp: Any) -> None:
    text = VISAS + (
        " Governor Ruth Calloway said the rules were unfair. Senator Daniel Pryce and "
        "Mayor Helen Ashby said they would write to the ministry."
    )
    options = _options(nlp, text, "Laura Kessler", STEM)
    assert sorted(options) == ["Daniel Pryce", "Helen Ashby", "Ruth Calloway"]


def _two(nlp: Any, text: str) -> str | None:
    """Return why the count "two" of a one-sentence text is refused, or None."""
    sentence = next(iter(nlp(text).sents))
    word = next(t for t in sentence if t.lower_ == "two")
    fact = Fact(0, word.i, word.i + 1, word.text, "CARDINAL", "count", unit="")
    return paired_count(sentence, fact)


def test_a_count_two_people_make_by_marrying_is_not_asked(nlp: Any) -> None:
    assert _two(nlp, "The law means that two adults can marry regardless of their gender.")
    assert _two(nlp, "The match was a duel between the two players from Leeds.")


def test_a_count_not_fixed_at_two_is_asked(nlp: Any) -> None:
    assert _two(nlp, "The mayor married two couples in the town hall on Sunday.") is None
    assert _two(nlp, "The king married two women from the court.") is None
    assert _two(nlp, "The two leaders met in Geneva on Monday.") is None
