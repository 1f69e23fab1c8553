"""Common nouns whose WordNet kind has only two other members (a clock: a watch, a timer) are
asked with three options; a sister English reads first as an adjective ("cold", "sore") is
never an option, since "died after a battle with _____" then reads as a misfit."""

from __future__ import annotations

from questions.generate.common import NOUN, common_rivals
from questions.generate.facts import Fact
from tests.generate.generated import SharedGenerations

_FAIR = (
    "Teenage inventor wins regional science fair in Leeds\n\n"
    "Saturday, March 4, 2023\n\n"
    "A 15-year-old student from Leeds, Priya Shah, won the regional science fair on Friday with "
    "a machine that sorts plastic waste by colour.\n\n"
    "Shah built the sorting machine in her garage over six months, using parts from old "
    "printers. Her teacher, Daniel Reeve, said the machine could sort 200 bottles in an hour.\n\n"
    "Last year, Shah assembled a clock from spare bicycle parts for a school project. The "
    "project won a prize from the Leeds Engineering Society, which gave her £500 to spend on "
    "new tools.\n\n"
    "The science fair drew more than 300 entries from 40 schools across Yorkshire. The winner "
    "of the national final, to be held in London in June, will receive a place on a summer "
    "course at the University of Cambridge.\n\n"
    'Shah said she hoped to study mechanical engineering at university. "I like taking things '
    'apart to see how they work," she said.\n'
)


def _noun(text: str, lemma: str = "") -> Fact:
    """Return a common-noun fact of a made-up sentence."""
    return Fact(0, 0, len(text.split()), text, "NOUN", NOUN, "", lemma or text)


def test_a_kind_of_two_others_gives_both() -> None:
    """A clock's kind (timepiece) has two common others once rare ones ("sundial") are out."""
    assert common_rivals(_noun("clock"), "") == ["watch", "timer"]
    assert common_rivals(_noun("clocks", "clock"), "") == ["watches", "timers"]
    assert common_rivals(_noun("clock"), "He wore a watch.") == []  # one left: no question


def test_a_sister_read_as_an_adjective_is_no_option() -> None:
    """Pneumonia's sisters: asthma, influenza, bronchitis — never "cold"."""
    found = common_rivals(_noun("pneumonia"), "")
    assert "cold" not in found and len(found) == 3


def test_a_two_rival_noun_is_asked_with_three_options(generation: SharedGenerations) -> None:
    """'Shah assembled a clock …': what she assembled, among a watch and a timer."""
    result = generation(_FAIR, "fair", "fair")
    asked = [q for q in result.qset.questions if q.correct_option == "clock"]
    assert [q.text.splitlines()[-1] for q in asked] == [
        "What did Priya Shah assemble from spare bicycle parts for a school project in 2022?"
    ]
    assert sorted(asked[0].options) == ["clock", "timer", "watch"]
