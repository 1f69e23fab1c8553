"""A bound said with a longer phrase ("in excess of £400", hyphened or not) bounds its figure
as "more than" does: every wrong option lies beyond it, for one below is true as well."""

from __future__ import annotations

import re
from typing import Any

from questions.generate.bounds import bound_before, bounded_wh
from questions.generate.distractors import choose_distractors
from questions.generate.facts import sentence_facts


def _value(option: str) -> float:
    """Read an option's number: "£1,250" -> 1250.0."""
    found = re.search(r"\d[\d,]*(?:\.\d+)?", option)
    assert found is not None, option
    return float(found.group(0).replace(",", ""))


def test_in_excess_of_bounds_a_figure_as_more_than_does(nlp: Any) -> None:
    # "paid in excess of £400": £300 would be true as well, so every option lies above it
    for bound in ("in excess of", "in-excess of", "In excess of"):
        text = f"The council paid {bound} £400 for each repaired window last year."
        sentence = next(nlp(text).sents)
        fact = next(f for f in sentence_facts(sentence, 0) if f.text == "£400")
        options, _ = choose_distractors(fact, "£400", [], sentence.text, f"{bound} _____")
        assert len(options) == 3 and all(_value(o) > 400 for o in options), (bound, options)
    doc = nlp("Officials counted in excess of 900 tents at the camp.")
    start = next(t.i for t in doc if t.text == "900")
    assert bound_before(doc, start) == "in excess of"
    assert bounded_wh("how many tents", doc, start) == "more than how many tents"


def test_a_hedged_figure_has_no_option_a_fifth_off(nlp: Any) -> None:
    # "about 500 miles": 600 or 400 miles is what "about" allows, so neither is wrong
    text = "The walkers covered about 500 miles of coastal path in the summer."
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "500 miles")
    for n in range(12):
        options, _ = choose_distractors(fact, fact.text, [], sentence.text, f"draw {n}")
        assert all(abs(_value(o) - 500) >= 125 for o in options), options
