"""Blind review 58: number rivals the sentence's own words rule out. A figure a decrease
came from lies above the one it fell to (G20: 151,524 offered for "a decrease from _____" to
206,884), one an increase came from below; and shares of one whole that each do something
cannot sum past 100% (G12: 55% beside "with 50% favouring the Union")."""

from __future__ import annotations

from typing import Any

from questions.generate.changeside import change_side, direction
from questions.generate.distractors import choose_distractors
from questions.generate.facts import sentence_facts
from questions.generate.shares import share_fits


def _options(nlp: Any, text: str, answer: str) -> tuple[str, list[str]]:
    """Parse one sentence; return its stem with `answer` blanked and the answer's options."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == answer)
    stem = text.replace(answer, "_____", 1)
    options, _ = choose_distractors(fact, fact.text, [], sentence.text, stem)
    return stem, options


def _amount(option: str) -> float:
    """Return an option's number ("12 euros": 12; "52,904": 52904)."""
    return float(option.split()[0].replace(",", "").rstrip("%"))


def test_the_figure_a_decrease_came_from_is_offered_only_above_the_one_it_reached(
    nlp: Any,
) -> None:
    text = (
        "The Tarsin Ferry Company carried 38,316 passengers in 2014, a decrease from the "
        "previous year's 42,904 passengers."
    )
    stem, options = _options(nlp, text, "42,904")
    assert stem.endswith("a decrease from the previous year's _____ passengers."), stem
    assert len(options) == 3, options
    assert all(_amount(o) > 38316 for o in options), options


def test_the_figure_reached_down_from_another_is_offered_only_below_it(nlp: Any) -> None:
    text = "The harbour shop sold 7,240 maps last year, down from 9,115 in 2013."
    stem, options = _options(nlp, text, "7,240")
    assert stem.startswith("The harbour shop sold _____ maps"), stem
    assert len(options) == 3, options
    assert all(_amount(o) < 9115 for o in options), options


def test_the_figure_reached_up_from_another_is_offered_only_above_it(nlp: Any) -> None:
    text = "The harbour shop sold 7,240 maps last year, up from 5,815 in 2013."
    _, options = _options(nlp, text, "7,240")
    assert len(options) == 3, options
    assert all(_amount(o) > 5815 for o in options), options


def test_a_fall_to_a_figure_from_another_keeps_each_end_on_its_side() -> None:
    text = "The price of a return ticket fell to 12 euros in January from 15 euros a year earlier."
    assert change_side("9 euros", "12 euros", text)
    assert not change_side("18 euros", "12 euros", text)  # it fell from 15: not to 18
    assert change_side("18 euros", "15 euros", text)
    assert not change_side("10 euros", "15 euros", text)  # it fell to 12: not from 10


def test_the_size_of_a_change_and_a_year_it_came_from_are_no_ends_of_it() -> None:
    text = "Sales rose to $240 million in 2014, a $40 million increase from 2013."
    assert change_side("$90 million", "$40 million", text)  # the rise's size: any side
    assert change_side("$90 million", "$240 million", text)  # "from 2013": no figure


def test_words_of_change_are_told_apart_by_wordnet() -> None:
    assert direction("decline", "NOUN") == direction("fall", "VERB") == -1
    assert direction("surge", "NOUN") == direction("climb", "VERB") == 1
    assert (direction("up", "ADV"), direction("down", "ADV")) == (1, -1)
    assert direction("receive", "VERB") == 0


def test_a_share_beside_the_whole_s_other_share_is_offered_within_what_is_left(
    nlp: Any,
) -> None:
    text = (
        "A survey in May showed only 35% of the islanders backed the bridge, with 55% "
        "favouring the ferry, while turnout in the last vote was 78.4% and the ferry runs at "
        "91% of its capacity."
    )
    stem, options = _options(nlp, text, "35%")
    assert stem.startswith("A survey in May showed only _____ of the islanders"), stem
    assert options and all(_amount(o) <= 45 for o in options), options
    assert not share_fits("78.4%", "35%", text)


def test_shares_of_no_one_whole_are_not_summed() -> None:
    text = "Turnout was 84.6%, with 55% voting against the plan."
    assert share_fits("65%", "55%", text)  # turnout is no part that did anything
    assert share_fits("90%", "84.6%", text)
