"""Places with peers a library holds, which the gazetteer's own kinds hid: an ocean named so
gets the other oceans, a continent the gazetteer also knows as a town gets the continents,
and a state whose fellows the sentence lists gets its country's territories.

Every text here is made up.
"""

from __future__ import annotations

from typing import Any

from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.options import article_context, option_context
from questions.generate.placekinds import is_continent
from questions.generate.three import too_few_options

SHIP = """A cargo ship carrying rice sank in the Indian Ocean on Tuesday, the coast guard of \
a small island nation said. Captain Lena Moss said all twelve sailors were rescued by a \
passing tanker within hours.
"""

LABEL = """The singer signed with Atlantic in 1967. At Atlantic, she recorded six albums in \
four years, and critic Ray Dunn said the move changed her career.
"""

AID = """The charity said on Monday that 30 of its new clinics are in Africa and 12 in Asia. \
Director Paul Greer said the clinics would open next year.
"""

SURVEY = """Nurses weighed 2,000 pupils in New South Wales, Victoria, South Australia, \
Western Australia and Queensland last year. Researcher Ann Cole said most pupils were \
healthy.
"""


def _options(nlp: Any, text: str, fact: Fact, stem: str, others: list[Fact]) -> list[str]:
    """Return the wrong options for a place key of a made-up article, once the question
    count rule has judged them (none where it refuses)."""
    sentences = list(nlp(text).sents)
    article = [fact, *others]
    base = article_context(text, article, sentences)
    key = fact.text
    chosen, origin = choose_distractors(
        fact, key, article, stem, stem, option_context(base, fact, stem)
    )
    return [] if too_few_options(fact, key, chosen, origin) else chosen


def test_an_ocean_named_so_gets_the_other_oceans(nlp: Any) -> None:
    """The Indian Ocean stands beside the Atlantic, Pacific and Arctic Oceans: wholes no
    larger sea holds, as it is; never a sea of one of them. A bare "Atlantic" gets none."""
    fact = Fact(0, 0, 1, "Indian Ocean", "LOC", "place", "place")
    stem = "A cargo ship carrying rice sank in the _____ on Tuesday."
    chosen = _options(nlp, SHIP, fact, stem, [])
    assert sorted(chosen) == ["Arctic Ocean", "Atlantic Ocean", "Pacific Ocean"], chosen
    # "Atlantic" alone may be a record label the model took for a place: no oceans
    label = Fact(1, 0, 1, "Atlantic", "LOC", "place", "place")
    stem = "At _____, she recorded six albums in four years."
    assert _options(nlp, LABEL, label, stem, []) == []


def test_a_continent_taken_for_a_city_gets_the_continents(nlp: Any) -> None:
    """ "Asia", which the gazetteer also holds as a town's name, gets three continents the
    sentence does not name, never Africa beside it."""
    fact = Fact(0, 0, 1, "Asia", "LOC", "place", "city")
    other = Fact(0, 0, 1, "Africa", "LOC", "place", "place")
    stem = "The charity said that 30 of its new clinics are in Africa and 12 in _____."
    chosen = _options(nlp, AID, fact, stem, [other])
    assert len(chosen) == 3 and all(is_continent(option) for option in chosen), chosen
    assert "Africa" not in chosen


def test_a_listed_state_gets_its_countrys_territories(nlp: Any) -> None:
    """Four of the five mainland states listed beside Queensland leave one state: the
    territories fill its options up, never a state the sentence names."""
    names = ["New South Wales", "Victoria", "South Australia", "Western Australia"]
    others = [Fact(0, 0, 1, name, "GPE", "place", "state") for name in names]
    fact = Fact(0, 0, 1, "Queensland", "GPE", "place", "state")
    stem = (
        "Nurses weighed 2,000 pupils in New South Wales, Victoria, South Australia, "
        "Western Australia and _____ last year."
    )
    chosen = _options(nlp, SURVEY, fact, stem, others)
    assert len(chosen) == 3, chosen
    assert "Tasmania" in chosen and not set(names) & set(chosen)
    assert {"Northern Territory", "Australian Capital Territory"} & set(chosen)
