"""A pronoun is replaced only by a noun phrase that fits it: a possessive whose antecedent is
its own clause's subject stays a pronoun ("Maria Lindqvist recounted her experiences", not
"… recounted Maria Lindqvist's experiences"), an opening "Again" (after what?) goes, and a
relative clause's "who" the parse hangs on a verb, or on a noun of the other number, is not
asked as a clause about that verb's whole sentence or that noun."""

from __future__ import annotations

from typing import Any

from questions.generate.nested import unfit_antecedent
from questions.generate.pipeline import generate

WELCOME = """Freed aid worker returns to Sweden

Monday, March 9, 2015

Freed aid worker Maria Lindqvist arrived in Sweden today, three days after her release in Mali.

Prime Minister Erik Dahlgren greeted Lindqvist at Arlanda Airport. The Swedish nurse had \
spent four years in captivity.

After the welcome, Lindqvist went to the Rosenbad government building in central Stockholm. \
Again accompanied by Dahlgren, she recounted her experiences as a hostage in the Sahel \
desert, describing the heat and the hunger.

The Malian army freed nine hostages on March 6. Lindqvist was kidnapped in January 2011 \
while working at a clinic in Timbuktu.
"""

RESCUE = """Freed hostage returns to Spain

Monday, March 9, 2015

Freed hostage Lucía Ferrer arrived in Spain today, two days after being rescued from the \
Revolutionary Armed Forces of Ecuador (FARE), who had kept her captive in the Peruvian jungle \
for more than six years.

Standing beside Prime Minister Pablo Garrido at an air base north of Madrid, Ferrer said, \
"I am so happy to be home." The Spanish nurse was greeted at the air base by the Prime \
Minister and his wife, Elena Garrido, along with relatives.

Ferrer was one of the nine hostages rescued on March 7 by the Ecuadorian army. She was \
kidnapped in January 2009 while working at a clinic near the border.
"""


def _questions(text: str, title: str) -> list[str]:
    """Return the text of each question generated from an article, headline line dropped."""
    quiz = generate(text, slug="own", title=title)
    return [q.text.split("\n")[-1] for q in quiz.qset.questions]


def test_a_possessive_of_its_own_clauses_subject_stays_a_pronoun() -> None:
    """In "she recounted her experiences" "she" is named and "her" is hers, said once; the
    opening "Again" (again after what the question does not show) is dropped."""
    asked = _questions(WELCOME, "Freed aid worker returns to Sweden")
    recounted = [t for t in asked if "recounted" in t]
    assert recounted == [
        "Accompanied by _____, Maria Lindqvist recounted her experiences as a hostage in the "
        "Sahel desert."
    ]
    assert not any("Lindqvist's experiences" in t for t in asked)


def test_a_relative_clause_hung_on_a_verb_is_not_asked_of_that_verbs_clause() -> None:
    """The rebels' ", who had kept her captive" is hung by the parse on "arrived": asked as a
    clause, its "who" became "Freed hostage Lucía Ferrer arrived on March 9, 2015"."""
    asked = _questions(RESCUE, "Freed hostage returns to Spain")
    assert not any("arrived on March 9, 2015 kept" in t for t in asked)
    assert not any(t.startswith("For more than how many years had") for t in asked)


def test_a_relative_clause_of_the_other_number_has_no_antecedent(nlp: Any) -> None:
    """No noun fits "the nurse, who were" or "the nurses, who has"; "the crew, who were",
    "Ana Ruiz and Tomas Berg, who were" and "the Philippines, which is" are fitted."""
    cases = {
        "Police found the nurse, who were kidnapped in 2011.": True,
        "The army freed the nurses, who has worked in Mali since 2009.": True,
        "The crew, who were kidnapped in 2011, came home.": False,
        "Police found Ana Ruiz and Tomas Berg, who were kidnapped in 2011.": False,
        "He visited the Philippines, which is hit by storms.": False,
    }
    for text, unfit in cases.items():
        verb = next(t for t in nlp(text) if t.dep_ == "relcl")
        assert unfit_antecedent(verb) is unfit, text
