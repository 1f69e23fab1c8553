"""A "between X and Y" date range asked as one answer, and a spaced-hyphen aside left out."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.asides import asides
from questions.generate.clauses import without_asides
from questions.generate.ranges import range_variants
from tests.generate.generate_checks import key_and_options

SURVEY = (
    "Children short of vitamin D, study finds\n\n"
    "Tuesday, June 13, 2006\n\n"
    "Almost a third of all Canadian school children are short of vitamin D, researchers say. "
    "A survey of 2150 schoolchildren - aged 9–12 years, from 64 schools - was carried out in "
    "Ontario, Quebec, Alberta and Manitoba, between March 2004 and October 2005. The results "
    "of the study were published in the Canadian Medical Association Journal this week. "
    "Professor Alan Wright, director of the study, says children need more time outdoors in "
    "winter. More than one billion people around the world are short of vitamin D, and yet "
    "the problem is easily fixed."
)
ASIDE = (
    "A survey of 2150 schoolchildren - aged 9–12 years, from 64 schools - was carried out "
    "in Ontario between March 2004 and October 2005."
)


def test_a_between_range_is_asked_as_one_pair_with_ranges_moved_as_one() -> None:
    # a museum is no event: its span has no beginning to ask (tests/…/test_generate_span_ends)
    text = SURVEY.replace(
        "A survey of 2150 schoolchildren - aged 9–12 years, from 64 schools - was carried out in "
        "Ontario, Quebec, Alberta and Manitoba,",
        "The national science museum in Ottawa was closed to visitors for repairs to its roof,",
    )
    result = generate(text, slug="survey", title="Children short of vitamin D, study finds")
    key, options = key_and_options(
        result.qset,
        "Between which months was the national science museum in Ottawa closed to visitors for "
        "repairs to its roof?",
    )
    assert key == "March 2004 and October 2005"
    assert options == [
        "April 2004 and November 2005",
        "December 2003 and July 2005",
        "February 2004 and September 2005",
        "March 2004 and October 2005",
    ]


def test_a_range_s_options_move_both_ends_by_one_step() -> None:
    moved = range_variants("July 2003 and December 2004")
    assert moved[:3] == [
        "June 2003 and November 2004",
        "August 2003 and January 2005",
        "April 2003 and September 2004",
    ]
    assert "July 2003 and December 2004" not in moved
    assert range_variants("July 2003") == []


def test_a_pair_of_spaced_hyphens_is_an_aside_that_goes(nlp: Any) -> None:
    sentence = next(nlp(ASIDE).sents)
    kept = " ".join(t.text for t in sentence if t.i not in asides(list(sentence), range(3, 4)))
    assert kept.startswith("A survey of 2150 schoolchildren was carried out in Ontario")
    subject = next(t for t in sentence if t.dep_ == "nsubjpass")
    assert " ".join(t.text for t in without_asides(subject)) == "A survey of 2150 schoolchildren"
    # a hyphen joining words is no dash
    joined = next(nlp("A cross-sectional survey was carried out in 2004.").sents)
    assert not asides(list(joined), range(0, 0))
