"""A goal's bounded figure and an acronym only WordNet spells out.

"Its goal is to cut users to less than one percent": a goal is set at the one figure said, so
"two percent" is no goal the article states, and the figure is asked with near figures beside
it (a bound on a measured figure still keeps its options beyond the bound). "FDIC", which the
article never spells out, is named by WordNet's one reading of it, a body; an acronym WordNet
reads several ways ("SC") or as no body ("EAS"), or one said inside a quotation, is not.
"""

from __future__ import annotations

from typing import Any

from questions.generate.acronyms import library_spelled
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


def test_an_acronym_wordnet_reads_as_one_body_is_spelled_out() -> None:
    """An unspelled FDIC is the Federal Deposit Insurance Corporation; not the key, nor NASA."""
    stem = "The bill raised the FDIC insurance cap to _____."
    assert library_spelled(stem, {}, "$250,000") == {
        "FDIC": "Federal Deposit Insurance Corporation"
    }
    assert library_spelled(stem, {}, "FDIC") == {}  # the answer itself
    assert library_spelled("Who did NASA choose?", {}, "students") == {}  # known unspelled


def test_an_ambiguous_a_non_body_or_a_quoted_acronym_is_left() -> None:
    """Not SC (a council, a state, an element), EAS (an alert system), a quoted FDIC."""
    assert library_spelled("Tom Molomby, SC, said _____.", {}, "x") == {}
    assert library_spelled("In the EAS version, _____ passed.", {}, "x") == {}
    quoted = 'Who said "the FDIC increases have caused me to reconsider"?'
    assert library_spelled(quoted, {}, "Jim Ramstad") == {}
