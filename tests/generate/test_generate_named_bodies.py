"""A body's name the model cuts short before its bracketed acronym is the whole name: the cut
one names no body and, offered beside the acronym, is a second right answer."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.acronyms import expand_acronyms
from questions.generate.entities import mend_names

ARTICLE = """Volunteers clean three rivers in one weekend

Monday, May 4, 2015

The Society for Protection of Rivers and Lakes (SPRL), in partnership with the Northern \
Rowing Institute, is running a river clean-up across the region this month. Volunteers \
collected more than 40 tonnes of rubbish from the banks of three rivers over the weekend.

The SPRL was founded in 1978 by a group of anglers who were worried about falling fish \
numbers. The SPRL now has more than 12,000 members in 30 towns.

"We were amazed by how many people came out to help," said Martha Delaney, director of the \
SPRL. The SPRL plans to hold a second clean-up in September.

The Northern Rowing Institute lent 25 boats to the volunteers. The Harbour Trust provided \
gloves and bags for the day. The Coastal Wildlife Fund paid for the lorries that took the \
rubbish away.

The SPRL asks anyone who wants to join the next clean-up to register on its website. The \
council said the clean-up had saved it more than 50,000 pounds.
"""


def _names(nlp: Any, text: str) -> list[str]:
    doc = nlp(text)
    mend_names(doc)
    return [e.text for e in doc.ents if e.label_ == "ORG"]


def test_a_name_runs_on_to_the_acronym_its_initials_make(nlp: Any) -> None:
    """In "… Rivers and Lakes (SPRL)" the model stops at "Rivers"; the acronym's letters say the
    name goes on to "Lakes". A name whose own initials are the acronym stays as cut, and so
    does one whose longer run would not spell it."""
    text = "The Society for Protection of Rivers and Lakes (SPRL) said on Monday that levels fell."
    assert "Society for Protection of Rivers and Lakes" in " ".join(_names(nlp, text))
    same = "Food Standards Australia (FSA) said on Monday that it would act."
    assert _names(nlp, same) == [e.text for e in nlp(same).ents if e.label_ == "ORG"]
    other = "The Society for Protection of Rivers and Lakes (SPR) said on Monday that levels fell."
    cut = [e.text for e in nlp(other).ents if e.label_ == "ORG"]
    assert _names(nlp, other) == cut  # "SPR" is not "SPRL": as the model cut it


def test_the_cut_name_is_no_option_beside_its_acronym() -> None:
    """The article's body is offered by its whole name, never as the part the model cut."""
    questions = generate(ARTICLE, slug="rivers", title="Rivers").qset.questions
    options = {o for q in questions for o in q.options}
    assert "Society for Protection of Rivers" not in options
    lent = next(q for q in questions if q.text.endswith("lent 25 boats to the volunteers?"))
    assert "Society for Protection of Rivers and Lakes" in lent.options
    assert lent.options[lent.answer] == "Northern Rowing Institute"


def test_an_acronym_inside_a_quotation_stays_as_said() -> None:
    """A quotation is the speaker's words: its acronym is not spelled out, though the
    question's own words outside it are."""
    names = {"SPRL": "the Society for Protection of Rivers and Lakes"}
    stem = 'Who said "SPRL volunteers came from 30 towns" at the SPRL meeting?'
    assert expand_acronyms(stem, names, "Martha Delaney") == (
        'Who said "SPRL volunteers came from 30 towns" at the Society for Protection of Rivers '
        "and Lakes meeting?"
    )
