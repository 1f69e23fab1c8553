"""A product named by its line and a designation ("Windows XP"), which spaCy calls a place:
asked as the kind WordNet files its line under, WordNet's other named operating systems its
options."""

from __future__ import annotations

from questions.generate.productlines import line_rivals, product_line
from tests.generate.generated import SharedGenerations

KIOSK = """Library retires its old catalogue kiosks

Wednesday, May 4, 2011

The city library of Brackford retired its twelve catalogue kiosks on Tuesday, after 3,400 \
visitors signed a petition for faster machines.

The kiosks shipped with Windows XP, eight years ago. Librarian Helen Marsh \
said the new tablets would let visitors reserve books from home.

The board spent 45,000 dollars on the tablets, which were built by a firm in Leeds. Volunteers \
will teach older readers to use them at weekly classes in the reading room.

Marsh said the library plans to open a second branch in the town of Eldham next year.
"""


def test_a_line_and_designation_is_asked_as_the_lines_kind() -> None:
    assert product_line("Windows XP") is not None
    assert product_line("Windows XP")[0] == "operating system"  # type: ignore[index]
    assert product_line("Windows 2000") is not None
    assert product_line("IE6") is None  # no line word: `models`' or nothing
    assert product_line("Victoria XP") is None  # a place's or a person's name: no line


def test_the_lines_rivals_are_wordnets_named_sisters_and_their_kinds() -> None:
    line = product_line("Windows XP")
    assert line is not None
    rivals = line_rivals(line[1], "The kiosks ran Windows XP.")
    # MS-DOS, a kind of DOS named after it, would read as DOS twice beside it
    assert {"Linux", "UNIX", "DOS"} == set(rivals)
    # one the article names is no option
    assert "Linux" not in line_rivals(line[1], "Linux ran the servers; the kiosks ran Windows XP.")


def test_the_kiosks_system_is_asked_with_other_operating_systems(
    generation: SharedGenerations,
) -> None:
    quiz = generation(KIOSK, "kiosks", "Kiosks").qset
    asked = [q for q in quiz.questions if q.correct_option == "Windows XP"]
    assert asked, [q.text for q in quiz.questions]
    for question in asked:
        assert set(question.options) - {"Windows XP"} == {"Linux", "UNIX", "DOS"}
