"""A body the article has act is asked about with the article's other acting bodies, and a
person run into the body they speak for is split off it."""

from __future__ import annotations

from typing import Any

from questions.generate.entities import mend_names
from tests.generate.generated import SharedGenerations


def test_a_spokeswoman_is_split_from_the_agency_she_speaks_for(nlp: Any) -> None:
    """The model reads "Lydia Buchtmann for Food Standards Australia" as one organisation and
    "New Zealand" as a country: a person and the agency's whole name."""
    doc = nlp(
        "Lydia Buchtmann for Food Standards Australia New Zealand, says they are looking at "
        "mandatory guidelines on iodine by the end of the year."
    )
    mend_names(doc)
    assert [(e.text, e.label_) for e in doc.ents][:2] == [
        ("Lydia Buchtmann", "PERSON"),
        ("Food Standards Australia New Zealand", "ORG"),
    ]
    doc = nlp("Red Cross Britain's chief spoke for the charity.")
    before = [(e.text, e.label_) for e in doc.ents]
    mend_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == before  # a possessive place: two names


def test_which_organization_recommends_takes_the_articles_acting_bodies(
    generation: SharedGenerations,
) -> None:
    """The WHO, which recommends iodised salt, is asked with the article's other bodies: the
    agency whose spokeswoman speaks, the centre its professor chairs, a university."""
    asked = generation.keyed("iodine-deficiency-australia", "World Health Organisation")
    line = "Which organization recommends that every country should iodise all edible salt?"
    options = next(o for t, o in asked if t.endswith(line))
    assert sorted(options) == [
        "Australian Centre for Control of Iodine Deficiency Disorders",
        "Food Standards Australia New Zealand",
        "University of NSW",
        "World Health Organisation",
    ]
