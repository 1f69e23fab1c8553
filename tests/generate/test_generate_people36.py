"""People named with their office are asked, with the article's other people as rivals
(fresh29: "Ghana's President John Kufuor", "opposition leader Raila Odinga", "… said EU
commissioner for Home Affairs, Cecilia Malmström" were never asked), and a lone surname
slipped by a swap of two letters ("Odigna" after "Raila Odinga") is the person named in full
(review 91: "Odigna" keyed beside "Raila Odinga")."""

from __future__ import annotations

from functools import cache

from questions.generate.facts import Fact
from questions.generate.headlinekeys import headline_person
from questions.generate.pipeline import generate
from questions.schema import Question

# The headline names both presidents; the opposition leader's surname slips once ("Kemsani").
NAMED = """Norland's leader Vessin seeks Tarvian president Okarro's help

Monday, March 3, 2009

Tarvia's President Bemba Okarro is expected to travel to Norland this week to help end the \
unrest that has gripped the country since the vote. Norland's President Tomas Vessin sent an \
aide to brief the Tarvian president on the unrest. Vessin has also said he is ready to talk \
with opposition leader Dario Kesmani of the Green Union Front, who says he won the vote in \
January. Kemsani has decided to call off marches that were due to take place on Friday.

Lena Corvik is Tarvia's foreign minister. She told radio reporter Piet Haldane that President \
Okarro was worried about the unrest in Norland.

"We will not stand by while people are being killed," said the union's commissioner for \
refugees, Ingrid Sovdal.
"""

# No name in the headline; an EU commissioner set after "said" before her name.
UNNAMED = """Tarvia to mediate in Norland unrest

Monday, March 3, 2009

Tarvia's President Bemba Okarro is expected to travel to Norland this week to help end the \
unrest that has gripped the country since the vote. Norland's President Tomas Vessin sent an \
aide to brief the Tarvian president on the unrest. Vessin has also said he is ready to talk \
with opposition leader Dario Kesmani of the Green Union Front, who says he won the vote in \
January.

Lena Corvik is Tarvia's foreign minister. She told radio reporter Piet Haldane that President \
Okarro was worried about the unrest in Norland.

"We regret that so many farms have burned," said the EU commissioner for Transport, Agnes \
Vollmark.
"""


@cache
def _questions(text: str) -> tuple[Question, ...]:
    """Return the quiz's questions for a made-up article, generated once."""
    return generate(text, slug="norland", title="Norland").qset.questions


def _asked(text: str, start: str) -> Question:
    """Return the question whose last line starts with `start`."""
    found = [q for q in _questions(text) if q.text.splitlines()[-1].startswith(start)]
    assert found, [q.text for q in _questions(text)]
    return found[0]


def test_a_swapped_lone_surname_is_asked_as_the_person_named_in_full() -> None:
    """'Kemsani has decided …' after 'opposition leader Dario Kesmani': the key is Dario
    Kesmani, and no option spells him a second way."""
    question = _asked(NAMED, "Who has decided to call off marches")
    assert question.correct_option == "Dario Kesmani"
    options = [o for q in _questions(NAMED) for o in q.options]
    assert not any("Kemsani" in o for o in options)


def test_a_headline_naming_two_people_leaves_the_choice_to_the_article() -> None:
    """The headline names Vessin and Okarro: which one was worried is still the article's to
    tell, so the question is asked with both among its options."""
    question = _asked(NAMED, "Who was worried about the unrest in Norland")
    assert question.correct_option == "Bemba Okarro"
    assert "Tomas Vessin" in question.options


def test_a_president_is_asked_among_the_articles_other_people() -> None:
    """Two presidents, each also named by surname, are not four: the opposition leader and the
    foreign minister are rivals for who sent the aide."""
    question = _asked(UNNAMED, "Who sent an aide to brief the Tarvian president")
    assert question.correct_option == "Tomas Vessin"
    assert {"Dario Kesmani", "Lena Corvik"} & set(question.options)


def test_a_commissioner_named_after_said_is_a_person() -> None:
    """'… said the EU commissioner for Transport, Agnes Vollmark': she is asked for, beside
    the article's other people."""
    question = next(q for q in _questions(UNNAMED) if q.correct_option == "Agnes Vollmark")
    assert "Tomas Vessin" in question.options or "Dario Kesmani" in question.options


def test_a_first_name_shared_with_another_option_still_gives_the_key_away() -> None:
    """ "Bemba Okarro to mediate …" names the key: an option "Bemba Tsvani" shares only his
    first name, no other person the headline names, so the question stays refused."""
    key = Fact(0, 0, 2, "Bemba Okarro", "PERSON", "person")
    headline = "Bemba Okarro to mediate Norland unrest"
    refusal = headline_person(key, "Bemba Okarro", headline, ["Bemba Tsvani", "Tomas Vessin"])
    assert refusal == "the headline names Bemba"
    # the headline naming another option by surname still leaves the choice to the article
    both = "Vessin seeks Bemba Okarro's help"
    assert headline_person(key, "Bemba Okarro", both, ["Tomas Vessin"]) is None
