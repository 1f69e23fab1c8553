"""A listed common noun of several WordNet senses takes the sense its list's kind says
("seafood, milk and rice": seafood is a food, so milk is the drink, not the body fluid),
and is asked as one item of its list, the others shown, its options WordNet's sisters the
article never says. A list whose other items fix no kind leaves the noun unasked."""

from __future__ import annotations

from tests.generate.generated import SharedGenerations, asked_options

_SCHOOL = (
    "Island school changes its lunch menu\n\n"
    "A primary school on the island of Velm has changed its lunch menu after a survey of "
    "pupils' diets, head teacher Anna Roth said on Monday.\n\n"
    "The survey found that 40 percent of pupils ate no breakfast before class. Each school "
    "lunch now includes seafood, milk and rice.\n\n"
    "A supply boat brings timber, bread and newspapers to the island twice a week. The "
    "school pays 3,000 euros a month for the meals.\n\n"
    "The island council will review the menu in June. Roth said 180 pupils had signed up "
    "for the new lunches by the end of the first week.\n"
)


def _asked(generation: SharedGenerations) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Return each question's text (its last line) with its key and options."""
    return asked_options(generation(_SCHOOL, "school", "school"))


def test_a_listed_noun_takes_the_sense_of_its_list(generation: SharedGenerations) -> None:
    """Milk beside seafood is the food: asked in its list, dairy foods as its rivals."""
    asked = _asked(generation)
    question = "Each school lunch now includes seafood, _____ and rice."
    assert question in asked, list(asked)
    key, options = asked[question]
    assert key == "milk"
    assert set(options) == {"milk", "cheese", "butter", "yogurt"}


def test_a_list_of_no_known_kind_is_not_asked(generation: SharedGenerations) -> None:
    """Timber, bread and newspapers each have several senses: none says the others' kind."""
    asked = _asked(generation)
    assert all(key not in ("timber", "bread", "newspapers") for key, _ in asked.values())
