"""A question opening with a name ("Brightwater's goal is …") names what it is about: the
first word's capital is then the name's, not only the sentence's; a common word the model
took for a name ("Iodine", written "iodine" elsewhere) still names nothing."""

from __future__ import annotations

from typing import Any

from questions.generate.filters import lacks_context, written_names
from tests.generate.generated import SharedGenerations

FERRIES = """Old ferries to be retired on the bay

Monday, June 6, 2022

With work on the Harbour Link 4 ferry almost finished, Brightwater announced on Friday that \
it is time for Harbour Link 2 riders to move to the newer boats. Its goal is to cut Harbour \
Link 2 trips to fewer than ten a week.

The town council says the Harbour Link 3 ferry carried 40,000 passengers in 2020, and the \
Harbour Link 2 ferry carried 12,000 passengers in the same year. Brightwater has run ferries \
across the bay since 1950. The old boats are slow, and the council says repairs cost more each \
winter. Riders on the eastern shore have asked for a bridge instead, but the council says a \
bridge would cost too much. The newest ferry, Harbour Link 4, will start service in August and \
will carry up to 300 people on each trip across the bay.
"""


def test_a_blank_opening_with_the_towns_name_is_asked(generation: SharedGenerations) -> None:
    questions = generation(FERRIES, "ferries", "Ferries").qset.questions
    goal = [q for q in questions if "goal is to cut _____ trips" in q.text]
    assert len(goal) == 1
    said = "Brightwater's goal is to cut _____ trips to fewer than ten a week."
    assert goal[0].text.endswith(said)
    assert goal[0].correct_option == "Harbour Link 2"


def test_only_a_name_never_written_in_lower_case_opens_a_question(nlp: Any) -> None:
    doc = nlp(
        "Officials in Dover said that if Iodine levels fall the children suffer. "
        "Iodine is added to salt, and iodine costs little."
    )
    names = written_names(doc.sents)
    assert "dover" in names
    stem = "Dover's goal is to cut _____ trips."
    assert lacks_context(stem, "cloze", names) is None
    assert lacks_context(stem, "cloze") is not None  # its capital alone names nothing
    # "Iodine", capitalised inside a sentence once, is written "iodine" too: a common word
    assert "iodine" not in names
    assert lacks_context("Iodine is added to _____ salt.", "cloze", names) is not None
