"""A goal's bounded figure, and an acronym WordNet knows as one body only.

"Its goal is to cut users to less than one percent": a goal is set at the one figure said, so
"two percent" is no goal the article states, and the figure is asked with near figures beside
it (a bound on a measured figure still keeps its options beyond the bound). "FDIC", which the
article never spells out, is WordNet's one body so named, an established name a question may
say as the article does; an acronym WordNet reads several ways ("SC") or as no body ("EAS")
is still unexplained.
"""

from __future__ import annotations

from typing import Any

from questions.generate.acronyms import known_body, unexplained_acronym
from questions.generate.bounds import beyond_bound, set_as_goal
from questions.generate.distractors import choose_distractors
from questions.generate.facts import sentence_facts
from questions.generate.write import cloze

_GOAL = "The company said its goal is to cut the number of old phones to less than one percent."


def test_a_goal_is_set_at_its_figure() -> None:
    """A bounded figure after "Its goal is to" is the goal's; a measured one is not."""
    assert set_as_goal("one percent", _GOAL)
    assert set_as_goal("500", "Their aim was to raise more than 500 new members.")
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


def test_an_acronym_wordnet_reads_as_one_body_stands_unspelled() -> None:
    """An unspelled FDIC, WordNet's one body so named, is kept as the article says it."""
    stem = "The bill raised the FDIC insurance cap to _____."
    assert known_body("FDIC")
    assert unexplained_acronym(stem, {}, "$250,000") is None


def test_an_ambiguous_or_a_non_body_acronym_is_still_unexplained() -> None:
    """Not SC (a council, a state, an element), EAS (an alert system), nor an unknown FTU."""
    assert not known_body("SC") and not known_body("EAS") and not known_body("FTU")
    assert unexplained_acronym("In the EAS version, _____ passed.", {}, "x") is not None
    assert unexplained_acronym("Who leads the FTU in _____?", {}, "x") is not None
