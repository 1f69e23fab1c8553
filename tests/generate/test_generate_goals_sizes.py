"""A goal's bounded figure, and a hyphenated size.

"Its goal is to cut users to less than one percent": a goal is set at the one figure said, so
"two percent" is no goal the article states, and the figure is asked with near figures beside
it (a bound on a measured figure still keeps its options beyond the bound).
"The 131-page document": the size of a thing, asked as written ("The _____ document"), with
sizes of the same unit as options.
"""

from __future__ import annotations

from typing import Any

from questions.generate.bounds import beyond_bound, set_as_goal
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact, sentence_facts
from questions.generate.write import cloze

_GOAL = "The company said its goal is to cut the number of old phones to less than one percent."


def test_a_goal_is_set_at_its_figure() -> None:
    """A bounded figure after "Its goal is to" is the goal's; a measured one is not."""
    assert set_as_goal("one percent", _GOAL)
    assert set_as_goal("500", "Their aim was to raise membership to more than 500.")
    assert not set_as_goal("500", "The problem is to find more than 500 new members.")
    assert not set_as_goal("200,000", "More than 200,000 people have fled the city.")


def test_a_goals_figure_takes_options_on_either_side() -> None:
    """A goal's options may say "less than two percent"; a measured bound keeps its side."""
    assert beyond_bound("two percent", "one percent", _GOAL)
    measured = "Fewer than one percent of the phones still run the old system."
    assert not beyond_bound("two percent", "one percent", measured)


def test_a_goals_spelled_percentage_is_asked_among_near_ones(nlp: Any) -> None:
    """The goal's "one percent" gets "two percent" and the like, not too few options."""
    sentence = next(nlp(_GOAL).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "one percent")
    stem = cloze(fact, list(sentence), {})
    assert stem is not None and stem.text.endswith("to less than _____.")
    options, _ = choose_distractors(fact, fact.text, [], sentence.text, stem.text)
    assert len(options) == 3 and all(o.endswith(" percent") for o in options)


def _facts(nlp: Any, text: str) -> list[Fact]:
    """Return the facts of a made-up sentence."""
    return sentence_facts(next(nlp(text).sents), 0)


def test_a_hyphenated_size_is_asked_as_written(nlp: Any) -> None:
    """A 131-page report: the size, unit and all, is asked with options of the same unit."""
    text = "The 131-page report was found in a brown envelope on a city street by a passerby."
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "131-page")
    assert fact.kind == "quantity" and fact.unit == "page"
    stem = cloze(fact, list(sentence), {})
    assert stem is not None and stem.text.startswith("The _____ report was found")
    options, _ = choose_distractors(fact, fact.text, [], sentence.text, stem.text)
    assert len(options) == 3 and all(o.endswith("-page") for o in options)


def test_no_size_without_a_unit_describing_a_noun(nlp: Any) -> None:
    """An age ("a 14-year-old boy") or a count ("131 pages") is no size of a thing."""
    assert not any(f.kind == "quantity" for f in _facts(nlp, "A 14-year-old boy was held."))
    found = _facts(nlp, "The report had 131 pages when it was found in the street.")
    assert not any(f.text.endswith("-page") for f in found)


def test_a_bound_after_the_goals_clause_is_measured() -> None:
    """A bound in a clause after the goal's ("and more than 200 jobs went") is measured."""
    assert not set_as_goal("200", "The aim was to cut costs, and more than 200 jobs went.")
    assert not set_as_goal("200", "The goal is to cut costs while fewer than 200 staff stay.")
