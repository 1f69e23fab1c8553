"""People the article names by a single name ("Ishkunu", "Queen Semiramet") or a name and a
regnal numeral ("Adadnirari III") are asked about with each other as options."""

from __future__ import annotations

from questions.generate.regnal import regnal
from tests.generate.generated import SharedGenerations

_TOMB = """Scribe's tomb opened near ancient capital

Tuesday, May 5, 2015

Archaeologists working near Aleppo, Syria, have opened the tomb of Ishkunu, a royal scribe \
who served Queen Semiramet. Ishkunu kept the palace accounts and oversaw the building of \
temples for the queen. Semiramet ruled for about twenty years, and her canals made her one \
of the most famous rulers of her age. Ishkunu was trained by the elder scribe Nabuzer, and \
Nabuzer's own tomb lies nearby.

Ishkunu died after Semiramet did, during the reign of king Adadnirari III. The names of \
Ishkunu and Adadnirari III are carved on the doorway. Inside, the team found four clay \
tablets and a bronze lamp. Ishkunu's tomb is the third scribe's tomb found at the site. The \
excavation was led by Carla Mendes of the University of Lisbon.
"""
_SINGLE = {"Ishkunu", "Semiramet", "Nabuzer", "Adadnirari III"}


def test_a_single_named_person_gets_the_articles_other_single_named_people(
    generation: SharedGenerations,
) -> None:
    """No list holds an ancient scribe's name: the story's other single-named people are his
    rivals, never a bare surname nor a made-up modern name."""
    result = generation(_TOMB, "scribe", "Scribe's tomb")
    people = [q for q in result.qset.questions if "person" in q.tags]
    assert people, [q.text for q in result.qset.questions]
    for question in people:
        assert set(question.options) <= _SINGLE, question.options


def test_a_regnal_numeral_is_part_of_a_name() -> None:
    """ "Louis XIV", "Thutmosis III": a name and its numeral; "World War II" is no name."""
    assert regnal("Louis XIV") and regnal("Adadnirari III") and regnal("Elizabeth II")
    assert not regnal("World War II") and not regnal("Apollo 11") and not regnal("Louis Mix")
