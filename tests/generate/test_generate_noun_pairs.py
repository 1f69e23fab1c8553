"""Common nouns whose WordNet kind has only two other members (a clock: a watch, a timer) are
asked with three options; a sister English reads first as an adjective ("cold", "sore") is
never an option, since "died after a battle with _____" then reads as a misfit; a pronoun
whose person the sentence names ("Tom Reed developed eczema on his hands") is no guess that
blocks the noun, and a noun with a relative clause ("the clock she built") is not asked."""

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
    "Last year, Priya Shah assembled a clock from spare bicycle parts for her school project. The "
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
        "What did Priya Shah assemble from spare bicycle parts for her school project in 2022?"
    ]
    assert sorted(asked[0].options) == ["clock", "timer", "watch"]


_TRIBUNAL = (
    "Baker wins case against former employer over skin condition\n\n"
    "Tuesday, June 6, 2023\n\n"
    "A baker from Bristol, Tom Reed, has won a case against his former employer, a bakery "
    "chain, at an employment tribunal.\n\n"
    "Tom Reed developed eczema on his hands after he began working with a new cleaning "
    "product. The tribunal heard that the company refused to provide gloves for eight months."
    "\n\n"
    "Within weeks the eczema had spread to both arms. Reed left the company in 2021. The "
    "tribunal awarded him £12,000 in compensation on Monday.\n\n"
    "His lawyer, Sarah Lowe, said the ruling should make other employers in the industry "
    "review how they protect their workers. The company said it would study the decision "
    "before deciding whether to appeal.\n\n"
    "Reed now runs a small bakery of his own in Bath, where he employs four people.\n"
)


def test_a_pronoun_the_sentence_names_is_no_guess(generation: SharedGenerations) -> None:
    """ "his", "he" beside "Tom Reed": the sentence's own words, so its eczema is asked."""
    result = generation(_TRIBUNAL, "tribunal", "tribunal")
    asked = [q for q in result.qset.questions if q.correct_option == "eczema"]
    assert [q.text.splitlines()[-1] for q in asked] == [
        "What did Tom Reed develop on his hands after he began working with a new cleaning product?"
    ]


def test_a_noun_with_a_relative_clause_is_not_asked(generation: SharedGenerations) -> None:
    """ "brought the clock she built to school": the parse hangs "to school" on "built", so
    the question would be a bare "What did Priya Shah bring?"."""
    said = "Last year, Priya Shah brought the clock she built to school."
    text = _FAIR.replace(
        "Last year, Priya Shah assembled a clock from spare bicycle parts for her school project.",
        said,
    )
    assert said in text
    result = generation(text, "fair-built", "fair")
    assert not [q for q in result.qset.questions if q.correct_option == "clock"]
