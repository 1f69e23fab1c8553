"""An aside cut from a question takes its own closing quotation mark with it, and a place set
off after a body's name is where the body is, never where the deed was done."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.asides import asides
from questions.generate.facts import sentence_facts
from questions.generate.located import body_place

SURVEY = (
    "The survey, led by Anna Berg of the Polar Research Institute (PRI), in Oslo, Norway, "
    "had been mapping the glacier near Tromsø since 2004."
)


def _kept(sentence: Any, answer: str) -> str:
    """Return the words of a sentence left once the asides that do not hold the answer are
    cut, one space between each."""
    start = next(t.i for t in sentence if t.text == answer)
    cut = asides(list(sentence), range(start, start + 1))
    return " ".join(t.text for t in sentence if t.i not in cut)


@pytest.mark.parametrize(
    ("text", "answer", "left"),
    [
        (  # a quotation the aside opens and closes
            'Mayor Lena Holt, described by the paper as "a careful planner", opened the bridge '
            "in 2019.",
            "2019",
            "Mayor Lena Holt opened the bridge in 2019 .",
        ),
        (  # a name's own apostrophes, the last one glued to the aside's end
            "The team had been digging at the tomb, located in the valley of Dra' Abu "
            "el-Naga', since 2002.",
            "2002",
            "The team had been digging at the tomb since 2002 .",
        ),
    ],
)
def test_an_aside_goes_with_the_closing_quotation_mark_it_opened(
    nlp: Any, text: str, answer: str, left: str
) -> None:
    assert _kept(next(nlp(text).sents), answer) == left


def test_a_quotation_the_aside_did_not_open_keeps_its_closing_mark(nlp: Any) -> None:
    sentence = next(nlp('"We built it," said Holt, the mayor, in 2019.').sents)
    kept = _kept(sentence, "2019")
    assert kept.count('"') == 2


def test_a_place_after_a_body_s_name_is_not_where_the_deed_was_done(nlp: Any) -> None:
    sentence = next(nlp(SURVEY).sents)
    oslo = next(f for f in sentence_facts(sentence, 0) if f.text == "Oslo")
    where = "Where had the survey been mapping the glacier near Tromsø since 2004?"
    assert body_place(sentence, oslo, where) is not None
    assert body_place(sentence, oslo, "The survey was led from _____.") is None


def test_a_place_of_the_deed_itself_is_still_asked(nlp: Any) -> None:
    sentence = next(nlp("The survey team, led by Anna Berg, mapped the glacier in Tromsø.").sents)
    tromso = next(f for f in sentence_facts(sentence, 0) if f.text == "Tromsø")
    assert body_place(sentence, tromso, "Where did the survey team map the glacier?") is None
