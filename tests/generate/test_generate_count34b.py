"""Three stems a country key's wider options let through are mended: "the country" is never
said as a name cut short before a title ("Relief Agency Country [Director]"); "those trains"
(an earlier year's) is not asked "the trains" under a headline about today's; and a country
before "the city of X" is not asked "Which country's city of X …?" nor left beside its city."""

from __future__ import annotations

from questions.generate import generate

ARTICLE = """Floods displace thousands in Malawi

Tuesday, March 4, 2014

Heavy rain has flooded villages across the south of Malawi, officials said on Tuesday. \
Weeks of fighting over grazing land near the border with Mozambique has displaced many in \
the country.

Northern Relief Agency Country Director Dr. Peter Mwale said the camps were short of clean \
water. "We need tents and medicine before the next storm," Mwale said.

The government has asked Zambia for boats and helicopters. Around 12,000 people now live in \
camps near the town of Chikwawa. Teachers said schools in the region would stay shut \
until the water falls and the roads can be repaired.
"""

TRAINS = """Direct trains between Serbia and Croatia resume

Friday, June 6, 2008

Direct passenger trains between Serbia and Croatia ran on Friday for the first time in forty \
years.

Crowds cheered as the first train left the capital at dawn, and the ride took four hours. \
The service was cut in 1968 after a dispute over the border.

Limited runs were allowed for a festival in 2001, but those trains still stopped for hours \
in Hungary. Officials from both sides said the new service would run twice a day.

Railway minister Anna Berg said the trains would carry 3,000 passengers a week.
"""

STORM = """Storm hits downtown Denver

Sunday, May 4, 2008

A violent storm has hit the United States city of Denver, causing damage \
throughout the city. Power lines fell across several streets, and 14 people were hurt.

Mayor Tom Reese said crews from Boulder and Aurora would work through the night, and the \
National Weather Service said the storm formed over Kansas on Saturday. About 9,000 homes \
were left without electricity, the power company said.

The storm broke windows at the Grand Plaza Hotel, where 200 guests were moved to a hall \
downstairs. "It was over in two minutes," said guest Maria Lopez. Schools in the east of the city \
will stay closed on Monday while engineers check their roofs.

Insurers put the cost of the damage at $40 million. Governor Bill Ritter visited the worst \
streets on Sunday afternoon and promised state help to the families who lost their homes.
"""


def _stems(text: str, slug: str) -> list[tuple[str, str]]:
    """Return each question's last line and its key."""
    qset = generate(text, slug=slug, title=slug).qset
    return [(q.text.split("\n")[-1], q.options[q.answer]) for q in qset.questions]


def test_the_country_is_never_a_name_cut_before_a_title() -> None:
    stems = _stems(ARTICLE, "floods")
    assert stems
    # "displaced many in Northern Relief Agency Country" names no country
    assert not [q for q, _ in stems if "Agency Country" in q and "Director" not in q]


def test_those_trains_of_another_year_are_not_the_headlines() -> None:
    stems = _stems(TRAINS, "trains")
    assert stems
    assert not [q for q, _ in stems if "the trains still stop" in q]
    assert all(k != "Hungary" or "those trains" in q for q, k in stems)


def test_a_country_before_the_city_of_x_is_not_asked() -> None:
    stems = _stems(STORM, "storm")
    assert stems
    assert not [q for q, _ in stems if "city of Denver" in q and "_____" in q]
    assert not [q for q, _ in stems if "Which country's city" in q]
    assert "United States" not in {k for _, k in stems}
