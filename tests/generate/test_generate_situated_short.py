"""A short question is no riddle when the words put before it name its story or its match
("In England's win over Tunisia at the 2018 FIFA World Cup, who scored …?"); a name set
in front of a clause that says "also" shares its role with someone else."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.unique import also_so
from tests.generate.generated import SharedGenerations


def _keys(generation: SharedGenerations, slug: str) -> dict[str, str]:
    """Map each question of a corpus article's quiz to its key."""
    return {q.text: q.correct_option for q in generation.corpus(slug).qset.questions}


def test_a_short_question_naming_its_match_is_kept(generation: SharedGenerations) -> None:
    asked = _keys(generation, "world-cup-2018-day-five")
    match = "In England's win over Tunisia at the 2018 FIFA World Cup, "
    assert asked.get(match + "who scored from the penalty spot?") == "Ferjani Sassi"
    assert (
        "In Belgium's win over Panama at the 2018 FIFA World Cup, who replaced Axel Witsel?"
        in asked
    )
    # the tournament alone names no match: such a short question is still refused
    assert not any(t.startswith("In the 2018 FIFA World Cup, who") for t in asked)


def test_a_short_question_under_its_headline_is_kept(generation: SharedGenerations) -> None:
    asked = _keys(generation, "warhol-photo-legacy")
    line = "📰 Warhol's photo legacy spread by university exhibits (January 2014)\n"
    assert asked.get(line + "Where is the University of Southern Indiana's exhibit located?") == (
        "Evansville"
    )
    blank = "The exhibit at the University of Southern Indiana includes Polaroids of actor _____."
    assert asked.get(line + blank) == "Dennis Hopper"  # a name's blank, as situated
    # "For Kevin Allton, a USI instructor in English, Warhol was also a legend": not only his
    assert not any("a legend?" in t for t in asked)


def _refusal(nlp: Any) -> Callable[[str, str], str | None]:
    """Return a check of one sentence's name key against the "also" rule."""

    def refused(text: str, key: str) -> str | None:
        sentence = next(nlp(text).sents)
        fact = next(f for f in sentence_facts(sentence, 0) if f.text == key)
        return also_so(sentence, fact)

    return refused


def test_a_fronted_name_before_also_is_not_unique(nlp: Any) -> None:
    refused = _refusal(nlp)
    assert refused(
        "For Kevin Allton, a teacher in Boston, Warhol was also a legend.", "Kevin Allton"
    )
    assert (
        refused("For Kevin Allton, a teacher in Boston, Warhol was a legend.", "Kevin Allton")
        is None
    )
    # the subject's "also" adds the deed, a saying's "also" what was said
    assert refused("NASA is also offering heat shield tiles to schools.", "NASA") is None
    assert refused("Prosecutor Mark Tedeschi also said the girl had died.", "Mark Tedeschi") is None


def test_a_short_blank_for_a_number_still_names_too_little(generation: SharedGenerations) -> None:
    asked = _keys(generation, "us-senate-bailout-2008")
    assert not any(t.endswith("There were _____ votes in the Senate.") for t in asked)


def test_a_later_sentence_of_a_paragraph_is_put_in_its_opening_place(
    generation: SharedGenerations,
) -> None:
    asked = _keys(generation, "hong-kong-legislative-election-2016")
    place = "In the Kowloon East geographical constituency in the 2016 Hong Kong legislative "
    tam = "election, _____'s Jeremy Tam was elected for the first time."
    assert asked.get(place + tam) == "Civic Party"  # the paragraph's place, said again
    # "Wu Chi-wai of the Democratic Party was elected": five other Democrats won elsewhere, so
    # never asked without its constituency (and, with too few Cantonese names, not at all)
    blank = "election, pan-democracy camp councillor _____ of the Democratic Party was elected."
    assert not any(t.startswith("In the 2016 Hong Kong legislative " + blank) for t in asked)


def test_a_subject_said_also_to_be_one_of_a_kind_is_not_unique(nlp: Any) -> None:
    refused = _refusal(nlp)
    # "Who had been a defendant in the Harbour trial?": the others sentenced were too
    assert refused(
        "Before his death, Viktor Lund had also been a defendant in the Harbour trial.",
        "Viktor Lund",
    )
    assert (
        refused(
            "Before his death, Viktor Lund had been a defendant in the Harbour trial.",
            "Viktor Lund",
        )
        is None
    )
