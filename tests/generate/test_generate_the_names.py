"""A name of a common noun and "of" ("University of Stirling", "Ministry of Agriculture")
takes "the" in a question even where the article wrote it bare ("from University of …")."""

from __future__ import annotations

from questions.generate.barenames import takes_the
from tests.generate.generated import SharedGenerations

WHEAT = """Scientists find gene that helps wheat survive drought

Tuesday, March 11, 2014

Two teams of scientists have found a gene that helps wheat survive long droughts, in \
studies published on Monday in the journal Plant Science.

One team, led by Maria Costa of Lisbon Technical College in Portugal, grew the plants in dry \
fields for three summers. The other, led by Tom Hale from University of Stirling in Scotland \
and Ruth Mann from Ministry of Agriculture in Ireland, tested the gene in greenhouses.

Hale said the gene could raise yields by a fifth in dry years. Costa said farmers in \
southern Europe would be the first to benefit.

The teams now plan to test the gene in maize and barley over the next two years. Funding \
came from the European Research Council, which gave the project four million euros.
"""

LIBRARY = """University opens new library after fire

Friday, October 3, 2014

University of Harwick opened its new library on Thursday, two years after a fire destroyed \
the old building. It spent 40 million pounds on the building, which holds about 900,000 books.

The library was designed by architect Helen Marsh, who also designed the city's new museum. \
Marsh said the building uses half the energy of the old one.

Students had used a temporary library in a sports hall since the fire. The university said \
the new building would stay open around the clock during exams.
"""


def test_a_common_noun_and_of_takes_the() -> None:
    assert takes_the("University of Stirling")
    assert takes_the("Ministry of Agriculture")
    assert takes_the("Bank of England")
    assert takes_the("Institute of Marine Studies")


def test_other_names_stay_bare() -> None:
    assert not takes_the("Stirling University")  # no "of": "Glasgow University"
    assert not takes_the("Lisbon Technical College")
    assert not takes_the("John of Gaunt")  # a first name, no common noun
    assert not takes_the("Harvard")


def test_where_a_bare_university_is_asked_with_its_the(generation: SharedGenerations) -> None:
    quiz = generation(WHEAT, "wheat", "Scientists find gene that helps wheat survive drought")
    stems = [q.text.split("\n")[-1] for q in quiz.qset.questions]
    located = [s for s in stems if s.startswith("In which country is")]
    assert located, stems
    for stem in located:
        assert " is the " in stem, stem  # not "In which country is University of Stirling?"
    assert not [s for s in stems if "is University of" in s or "is Ministry of" in s]


def test_it_said_for_a_bare_university_is_the_university(generation: SharedGenerations) -> None:
    quiz = generation(LIBRARY, "library", "University opens new library after fire")
    stems = [q.text.split("\n")[-1] for q in quiz.qset.questions]
    spent = [s for s in stems if "spend" in s]
    assert spent, stems
    assert all("the University of Harwick" in s for s in spent), spent
