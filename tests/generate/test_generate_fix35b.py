"""A carried setting is a phase or a side a tally went on in, never a remark's side or a date,
and the question after it keeps its names' capitals ("At dawn, US troops …")."""

from __future__ import annotations

from typing import Any

from questions.generate.carriedsetting import carried_phrases, fronted_side, with_setting
from questions.generate.danglingrefs import dangling_reference, needed_setting
from questions.generate.write import Stem


def _sentences(nlp: Any, text: str) -> list[Any]:
    return list(nlp(text).sents)


def test_a_remark_on_a_firm_sets_no_side_for_the_next_rank(nlp: Any) -> None:
    text = (
        "For Nexacorp, it was a record quarter in the tablet market. Pinecone was second with "
        "20 percent of the market."
    )
    rank = _sentences(nlp, text)[1]
    assert needed_setting(rank) == []
    assert dangling_reference(rank, "Pinecone was second with _____ of the market.")
    # a tally inside a nation's side still carries it
    text = "For Norway, Ola Berg had 12 points. Kari Lund was second with 9 points."
    assert carried_phrases(_sentences(nlp, text)[1]) == ["For Norway"]
    # a side is a named team's or nation's, not a market's
    assert fronted_side(_sentences(nlp, "On the demand side, sales rose 5 percent.")[0]) is None
    assert fronted_side(_sentences(nlp, "On the Owls' side, Kim had 9 points.")[0])


def test_a_date_fronted_before_is_not_carried(nlp: Any) -> None:
    text = "In 2010, the company was founded in Bergen. It hired 300 staff."
    assert needed_setting(_sentences(nlp, text)[1]) == []
    # a phase still is carried
    text = "At half-time, the score was level. The visitors had 14 shots."
    assert needed_setting(_sentences(nlp, text)[1]) == ["At half-time"]


def test_a_names_capitals_stay_after_the_carried_phrase(nlp: Any) -> None:
    cases = [
        ("At dawn, the fighting resumed. US troops killed 12 militants.",
         "US troops killed _____ militants.", "At dawn, US troops killed _____ militants."),
        ("At noon, the talks stalled. WHO officials counted 40 cases.",
         "WHO officials counted _____ cases.", "At noon, WHO officials counted _____ cases."),
        ("At half-time, the score was level. Will Smith scored 9 points.",
         "Will Smith scored _____ points.", "At half-time, Will Smith scored _____ points."),
    ]  # fmt: skip
    for text, stem, expected in cases:
        sentence = _sentences(nlp, text)[1]
        said = with_setting(Stem(stem, "cloze", "number"), [text.split(",")[0]], sentence)
        assert said.text == expected, said.text
    # the question's own opener, or the sentence's common word, still takes a small letter
    sentence = _sentences(nlp, "At dawn, the fighting resumed. US troops killed 12 militants.")[1]
    said = with_setting(Stem("How many militants did US troops kill?", "wh", "number"),
                        ["At dawn"], sentence)  # fmt: skip
    assert said.text == "At dawn, how many militants did US troops kill?"
    the = _sentences(nlp, "At dawn, the fighting resumed. The troops killed 12 militants.")[1]
    said = with_setting(Stem("The troops killed _____ militants.", "cloze", "number"),
                        ["At dawn"], the)  # fmt: skip
    assert said.text == "At dawn, the troops killed _____ militants."
