"""A numbered name ("Quill-1") is asked with the members of its series the article names, or
that stand between two it names; never a number made up past them ("Quill-4")."""

from __future__ import annotations

from questions.generate.models import series_options
from tests.generate.generated import SharedGenerations

CHECKSUM = """Researchers break the Quill-1 checksum

Wednesday, May 6, 2015

Researchers at a university in Zurich said on Tuesday that they had broken the Quill-1 \
checksum, which banks use to check payment files.

To show the attack worked, the team published two different payment files with the same \
Quill-1 checksum. The researchers told banks to move to Quill-3 or Quill-512, which they said \
were far stronger.

The attack took 900 computers about six weeks to run. Team leader Anna Brandt said the cost \
of such an attack would fall quickly.

Quill-1 was designed in 1994 by a group of Swiss engineers.
"""


def test_no_number_past_the_stated_ones_is_offered() -> None:
    text = "Use Quill-3 or Quill-512 instead of Quill-1."
    assert series_options("Quill-1", text) == ["Quill-3", "Quill-2"]  # not "Quill-4"
    text = "Comet 7 and Comet 8 flew in May; Comet 9 will be the final flight."
    assert series_options("Comet 9", text) == ["Comet 7", "Comet 8"]  # not "Comet 10"


def test_the_checksums_options_are_all_named_or_between(generation: SharedGenerations) -> None:
    quiz = generation(CHECKSUM, "checksum", "Researchers break the Quill-1 checksum")
    asked = [q for q in quiz.qset.questions if q.correct_option.startswith("Quill-")]
    assert asked, [q.text for q in quiz.qset.questions]
    for q in asked:
        assert set(q.options) <= {"Quill-1", "Quill-2", "Quill-3"}, q.options
        assert len(q.options) == 3  # the key and the two members near it: no made-up fourth
