"""A "the country" that can only be the one country its sentence names before it points to
that country; asked as the blank, it reads as "its" would ("quoting _____'s agency, the
country's military …")."""

from __future__ import annotations

from questions.generate import generate

ARTICLE = """North Korea puts military on alert

Friday, August 21, 2015

According to Yonhap news agency, quoting North Korea's main news agency Central News \
Agency, the country's military has been placed on high alert. The report comes after an \
exchange of artillery fire on Thursday.

South Korea evacuated about 80 people in the town of Yeoncheon after at least one shell \
landed near the area. South Korea had recently started to broadcast propaganda from \
loudspeakers after an 11-year lull. Japan and China both called for calm on Friday, and \
China said it would send an envoy to the region within a week.
"""

TWO = ARTICLE.replace(
    "quoting North Korea's main news agency", "quoting South Korea's report on North Korea's"
)


def _questions(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Return each question's last line and its options."""
    qset = generate(text, slug="alert", title="Alert").qset
    return [(q.text.split("\n")[-1], tuple(q.options)) for q in qset.questions]


def test_the_country_after_the_blank_is_the_blanks() -> None:
    # (not "Korean Central News Agency": its people's word leaves only the Koreas, review 17)
    asked = [(q, o) for q, o in _questions(ARTICLE) if "the country's military" in q]
    assert asked, "the country named just before 'the country' is asked"
    question, options = asked[0]
    assert "quoting _____'s main news agency" in question
    assert "North Korea" in options and "South Korea" in options


def test_the_country_after_two_countries_is_left_unasked() -> None:
    # "South Korea's report on North Korea's …, the country's military": either could be it
    assert not [q for q, _ in _questions(TWO) if "the country's military" in q]


MEDALS = """Afghan girls honoured at robotics contest

Friday, July 21, 2017

A group of Afghan teenagers was awarded a silver medal for "courageous achievement" at the \
FIRST Global Challenge in Washington on Tuesday. The six-member team had twice been denied \
visas before President Donald Trump intervened.

Teams from 163 countries took part in the FIRST Global Challenge in Washington this week. \
Hungary won the FIRST Global Challenge overall, with the silver medal going to Poland and the \
bronze to Armenia. Next year's FIRST Global Challenge is scheduled to take place in Mexico City.
"""


def test_a_thing_its_own_clause_describes_is_not_the_one_introduced_before() -> None:
    # "the silver medal going to Poland" is the contest's second place, not the Afghan team's
    # "silver medal for 'courageous achievement'": said so, the question would be false
    for question, _ in _questions(MEDALS):
        assert not ("courageous achievement" in question and "going to" in question), question


GIRLS = """After visa snags, all-girl Afghan team honored at robotics competition

Friday, July 21, 2017

The six-member Afghan team, which consists entirely of girls, had been denied visas to enter \
the United States until last week. President Donald Trump personally asked the United States \
National Security Council to help the girls enter the U.S. The team's coach, Alireza \
Mehraban, thanked Afghan Ambassador Hamdullah Mohib for his help. The competition was founded \
by Dean Kamen to encourage interest in science and engineering in young people around the \
world. Teams from 163 countries took part in the contest in Washington, D.C. this week, and \
next year's competition is scheduled to take place in Mexico City.
"""


def test_the_members_a_headline_word_describes_are_named_by_it() -> None:
    # "the girls" under "all-girl Afghan team …" are that team's, as "the parents" under
    # "Parents prosecuted …" are the headline's
    asked = [(q, o) for q, o in _questions(GIRLS) if "help the girls enter" in q]
    assert asked and asked[0][0].startswith("Who personally asked"), asked
    assert "Donald Trump" in asked[0][1]
