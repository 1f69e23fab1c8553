"""Lengths of time ("six months", "11 to 85 days", "12,000 years ago", "two months old"):
asked as real questions with options of the same unit and form, never a date's "when"."""

from __future__ import annotations

from typing import Any

from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact, sentence_facts
from questions.generate.forms import write_form


def _facts(nlp: Any, text: str) -> tuple[Any, list[Fact]]:
    """Parse one sentence; return it and its facts."""
    sentence = next(nlp(text).sents)
    return sentence, sentence_facts(sentence, 0)


def _asked(
    nlp: Any, text: str, answer: str, article: list[Fact] | None = None
) -> tuple[str, str, list[str]]:
    """Return the form, question and options written for the fact whose text is `answer`."""
    sentence, facts = _facts(nlp, text)
    fact = next(f for f in facts if f.text == answer)
    stem, why = write_form(sentence, fact, {}, None)
    assert stem is not None, why
    options, _ = choose_distractors(fact, fact.text, article or [], sentence.text, stem.text)
    return stem.form, stem.text, options


def test_a_time_ago_is_asked_how_many_units_ago(nlp: Any) -> None:
    form, stem, options = _asked(nlp, "The volcano erupted 12,000 years ago.", "12,000 years")
    assert (form, stem) == ("wh", "How many years ago did the volcano erupt?")
    assert len(options) == 3 and all(o.endswith(",000 years") for o in options)


def test_a_fronted_time_ago_keeps_its_words_and_its_bound(nlp: Any) -> None:
    _, stem, options = _asked(
        nlp, "Twenty years ago, the museum bought its first fossil.", "Twenty years"
    )
    assert stem == "How many years ago did the museum buy its first fossil?"
    assert all(o.endswith(" years") and not any(c.isdigit() for c in o) for o in options)
    _, stem, _ = _asked(nlp, "The war began more than 45 years ago.", "45 years")
    assert stem == "More than how many years ago did the war begin?"


def test_an_age_is_asked_how_old_with_its_hedge(nlp: Any) -> None:
    form, stem, options = _asked(
        nlp, "The fossil skeleton was about two months old when it died.", "two months"
    )
    assert (form, stem) == ("wh", "About how old was the fossil skeleton when it died?")
    assert all(o.endswith(" months") and o.split()[0].isalpha() for o in options)


def test_as_long_as_is_kept_as_up_to(nlp: Any) -> None:
    _, stem, _ = _asked(
        nlp, "The shells of these turtles took as long as four months to crack open.", "four months"
    )
    assert stem == "Up to how many months did the shells of these turtles take to crack open?"


def test_a_range_is_asked_whole_with_ranges_for_options(nlp: Any) -> None:
    _, stem, options = _asked(
        nlp, "The moon takes about 20 to 30 hours to circle the planet.", "20 to 30 hours"
    )
    assert stem == "About how many hours does the moon take to circle the planet?"
    assert len(options) == 3
    assert all(o.endswith(" hours") and " to " in o and o != "20 to 30 hours" for o in options)


def test_a_length_given_is_asked_how_many_units(nlp: Any) -> None:
    _, stem, options = _asked(
        nlp, "The ruling gives the mayor two years to leave office.", "two years"
    )
    assert stem == "How many years does the ruling give the mayor to leave office?"
    assert all(o.endswith(" years") and o.split()[0].isalpha() for o in options)


def test_a_time_ago_is_no_option_for_a_length(nlp: Any) -> None:
    text = "Twenty years ago, the museum bought its first fossil."
    _, ago = _facts(nlp, text)
    sentence, facts = _facts(nlp, "The judge gave the smuggler twelve years for fraud.")
    fact = next(f for f in facts if f.text == "twelve years")
    options, _ = choose_distractors(fact, fact.text, [*ago, *facts], sentence.text, "How many …?")
    assert "Twenty years" not in options


def test_no_length_is_read_from_a_period_or_a_size(nlp: Any) -> None:
    for text in (
        "Several floods have hit the town in the past three months.",
        "An eight year study of the river was published on Monday.",
        "They used 300 years of computer time to break the code.",
    ):
        _, facts = _facts(nlp, text)
        assert not [f for f in facts if f.kind == "quantity"], text


def test_an_age_beside_another_length_is_refused(nlp: Any) -> None:
    # A second clause the parse hangs on the first states its own age: the question would
    # read "About how old was the first skull the second about nine months?"
    sentence, facts = _facts(
        nlp,
        "They found the first skull was about four months old and the second about nine months.",
    )
    fact = next(f for f in facts if f.text == "four months")
    stem, _ = write_form(sentence, fact, {}, None)
    assert stem is None or stem.form == "cloze"  # the blank sits in its own clause
    options, _ = choose_distractors(fact, fact.text, facts, sentence.text, "")
    assert "nine months" not in options


def test_a_point_on_a_match_clock_is_no_length(nlp: Any) -> None:
    _, facts = _facts(nlp, "The striker finally scored at 88 minutes, and the home fans cheered.")
    assert not [f for f in facts if f.kind == "quantity"]


def test_a_time_ago_is_never_a_blank(nlp: Any) -> None:
    from questions.generate.durations import blank_ago

    _, facts = _facts(nlp, "The volcano erupted 12,000 years ago.")
    fact = next(f for f in facts if f.text == "12,000 years")
    assert blank_ago(fact, "cloze") is not None
    assert blank_ago(fact, "wh") is None
