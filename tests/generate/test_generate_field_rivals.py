"""A library rival is offered only within the article's field (`fields.of_field`).

WordNet's categories mix fields: NASA's sisters as US independent agencies include the EPA
and the Postal Service, the WHO's as UN agencies the World Meteorological Organization. A
reader strikes such rivals out by topic alone, so a rival's gloss must name a topic of the
article, or a noun of the key's own gloss, before it is offered.
"""

from __future__ import annotations

from questions.generate import generate
from questions.generate.fields import of_field, topics

_PROBE = """Probe Leaves for Jupiter's Icy Moon

A rocket carrying a NASA probe lifted off from a coastal launch pad on Thursday, starting a \
six-year cruise to an icy moon of Jupiter. The spacecraft will orbit the moon and map the ocean \
its scientists think lies beneath the ice.

NASA said the probe carries nine instruments, among them a radar that can see ten kilometres \
into the ice. The launch had been delayed twice by high winds over the pad.

NASA plans a first flyby of the moon in 2031, the mission's lead scientist Anna Berg said. The \
spacecraft will use the gravity of Mars and Earth to gain speed on the way.
"""

_SMOG = """City Smog Rules Tightened

The EPA said on Monday that power plants near the city must cut their smog-forming pollution \
by half within five years. Pollution from the plants drifts over three states, the agency said.

Residents have long complained of the haze, which doctors link to asthma in children. The \
environment group Clean Skies welcomed the rule.
"""

_BREAD = """Bakers Told to Add Folate

Bakers must add folate to bread flour from next year, the health ministry said on Friday, after \
a survey found one pregnant woman in four ate too little of the vitamin in her food.

The World Health Organisation recommends folate for women who may become pregnant. The ministry \
said bread was chosen because nearly every household eats it, and the food industry agreed.
"""


def test_an_agency_of_another_field_is_not_a_rival_of_a_space_agency() -> None:
    """A probe's launch: the EPA (pollution, environment) and the Postal Service (mail) are of
    another field than the story's."""
    assert not of_field("EPA", "NASA", _PROBE)
    assert not of_field("USPS", "NASA", _PROBE)


def test_an_agency_whose_field_the_article_treats_is_a_rival() -> None:
    """A story on smog: the EPA's "pollution" is one of its topics."""
    assert "pollution" in topics(_SMOG)
    assert of_field("EPA", "FCC", _SMOG)


def test_a_un_agency_of_the_articles_field_stays_and_one_of_another_goes() -> None:
    """Folate in bread: the FAO's food is the story's, the WMO's meteorological data is not."""
    assert of_field("Food and Agriculture Organization", "World Health Organisation", _BREAD)
    assert not of_field("World Meteorological Organization", "World Health Organisation", _BREAD)


def test_a_rival_sharing_a_noun_of_the_keys_gloss_stays() -> None:
    """UNICEF's gloss names health, as the WHO's does: a rival in the key's field, whatever
    the article says (here nothing of children)."""
    assert of_field("United Nations Children's Fund", "World Health Organization", _PROBE)


def test_a_rival_whose_gloss_names_no_field_stays() -> None:
    """ "A university in New Haven": nothing beyond its category to judge it by."""
    assert of_field("Yale University", "Harvard University", _PROBE)


def test_a_space_agency_question_offers_no_agency_of_another_field() -> None:
    """End to end: no question on the probe offers an agency of another field beside NASA."""
    questions = generate(_PROBE, slug="x", title="X").qset.questions
    offered = {o for q in questions if q.correct_option == "NASA" for o in q.options}
    assert not offered & {"EPA", "USPS", "FEMA", "ICC", "FTC", "FPS", "SSA", "SEC"}
