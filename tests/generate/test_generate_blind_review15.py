"""What blind review 15 failed, on made-up articles: a word broken at a hyphen copied into a
question ("claim- 'legacy backlog'"), far-off options for a small count ("from 9 to _____":
20, 30), a question whose headline gives its key away left with no topic ("processing" of
what?), and a once-said transliterated name ("Ji'an Treaty Organization") as an option."""

from __future__ import annotations

from questions.generate import generate
from questions.generate.giveaways import broken_hyphen
from questions.generate.variants import numeric_variants
from questions.schema import QuestionSet

PARKING = """City to scrap paper parking fines

Monday, March 6, 2023

The Dunmore City Council is to replace paper parking fines with text messages from April, \
officials said on Monday. The text messages are part of Mayor Anna Kowalski's effort to clear \
the city's 3,000 parking fine- 'appeal backlog' by year end. The council handed out 42,000 \
paper fines in 2022, a record. Officials said the change would save the city about $2 million \
a year. Critics such as councillor Mark Fenwick said older drivers do not read text messages. \
The council first used paper fines in 1971. In 1971 the city had 12 traffic wardens.
"""

RECYCLING = """Reports: 'simplified' Dunmore recycling plan to swap bins for bags in four districts

Monday, March 6, 2023

The Dunmore City Council on Monday is to begin handing out bags in place of plastic bins to \
collect recycling from some 9,000 homes in Eastfield, Northgate, Riverside and Hillcrest.

While normal street cleaning, glass collection, and garden waste rounds will go on, officials \
will drop the weekly sorting step to "simplify" collection for four districts whose recycling \
rate is already above 60%.

Recycling in Dunmore has been handled by the council since 1998. Mayor Anna Kowalski said the \
plan would save the city about $2 million a year.
"""

TREATY = """Leaders meet at regional summit in Valdora

Tuesday, May 9, 2017

On May 8, President Elena Marsh attended the 12th meeting of the Northern Trade Organization \
in Valdora. The Northern Trade Organization has 9 member states and 3 observer states.

Valdora currently holds the rotating chairmanship of the Northern Trade Organization and the \
Coastal Security Treaty Organization. The Northern Trade Organization was founded in 1994 in \
the city of Brenton.

When attending the meeting, President Marsh said that the member states of the Northern Trade \
Organization and the Qi'ao Treaty Organization are close neighbours of Valdora. In 2015, Ostrava \
and Kelmar joined the Northern Trade Organization as member states.
"""


def _made(text: str) -> QuestionSet:
    return generate(text, slug="made-up", title="made-up").qset


def test_a_word_broken_at_a_hyphen_is_not_copied() -> None:
    qset = _made(PARKING)
    assert qset.questions  # the article's other sentences are asked
    assert not any("fine- " in q.text or "fine- " in " ".join(q.options) for q in qset.questions)


def test_a_suspended_hyphen_is_english() -> None:
    assert broken_hyphen("asylum claim- 'legacy backlog'") is not None
    assert broken_hyphen("pre- and post-war rules") is None
    assert broken_hyphen("a two- to three-day visit") is None
    assert broken_hyphen("the state - not the city - pays") is None


def test_a_small_count_is_moved_by_steps() -> None:
    # "increased from 9 to _____": 11, 12 …, not 20 or 30, which no one would guess
    near = numeric_variants("10")
    assert near and all(abs(int(n) - 10) <= 6 for n in near)
    assert "20" not in near and "30" not in near
    big = numeric_variants("9,000")  # a big figure is still scaled, not moved by ones
    assert "9,001" not in big and any(int(b.replace(",", "")) >= 11_000 for b in big)
    share = numeric_variants("25%")  # and so is a share: not 24% or 26%
    assert "26%" not in share and any(int(o.rstrip("%")) >= 30 for o in share)


def test_a_count_of_an_article_has_near_options() -> None:
    qset = _made(PARKING)
    wardens = [q for q in qset.questions if q.correct_option == "12"]
    assert wardens
    assert all(abs(int(o) - 12) <= 6 for o in wardens[0].options)


def test_a_question_the_headline_gives_away_names_its_topic() -> None:
    qset = _made(RECYCLING)
    four = [q for q in qset.questions if q.correct_option == "four"]
    assert four  # the headline says "four districts": not above this question
    assert four[0].text.startswith("📰 Dunmore recycling plan (March 2023)\n")


def test_a_once_said_transliterated_name_is_no_option() -> None:
    qset = _made(TREATY)
    named = [q for q in qset.questions if q.correct_option == "Northern Trade Organization"]
    assert named  # organisation questions are asked, with the article's others as options
    assert any("Coastal Security Treaty Organization" in q.options for q in named)
    assert not any("Qi'ao Treaty Organization" in " ".join(q.options) for q in qset.questions)
