"""A common noun an apposition defines ("… and scurvy, a condition marked by …") is asked
by its definition ("Which condition is …?"), with the article's own things of that kind
first, none the question or the key's sentence says, none a kind another option is of."""

from __future__ import annotations

from tests.generate.generated import SharedGenerations, asked_options

_CLINIC = (
    "Village clinic reports rise in childhood illness\n\n"
    "A rural clinic in the Hollin Valley has reported a sharp rise in childhood illness, its "
    "director Marta Keel said on Tuesday.\n\n"
    "Doctors at the clinic say poor diets and long winters are to blame. Many children there "
    "suffer from serious health problems such as deafness and asthma, Keel said.\n\n"
    "The most common problems in the valley are tooth decay and scurvy, a condition "
    "characterised by bleeding gums and the slow healing of wounds.\n\n"
    "The clinic treated 412 children last year, up from 250 the year before. It plans to open "
    "a second ward in March with money from the regional council.\n\n"
    "Keel said the council had promised 90,000 euros for vitamin supplements. Parents will be "
    "offered free check-ups at the village school every Friday.\n"
)


def _asked(generation: SharedGenerations) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Return each question's text (its last line) with its key and options."""
    return asked_options(generation(_CLINIC, "clinic", "clinic"))


def test_a_defined_noun_is_asked_by_its_definition(generation: SharedGenerations) -> None:
    """Scurvy, one item of "tooth decay and scurvy", is what the apposition defines."""
    asked = _asked(generation)
    question = "Which condition is characterised by bleeding gums and the slow healing of wounds?"
    assert question in asked
    key, options = asked[question]
    assert key == "scurvy"
    assert "deafness" in options  # the article's own condition first
    assert "tooth decay" not in options  # said beside the key: its sentence is the explanation
    assert "health problem" not in options  # the kind deafness is of, no sister


def test_a_listed_item_without_a_definition_is_not_asked(generation: SharedGenerations) -> None:
    """Tooth decay shares the list's slot with scurvy: no question asks that slot."""
    asked = _asked(generation)
    assert all(key != "tooth decay" for key, _ in asked.values())
