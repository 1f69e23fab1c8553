"""Blind review 16's failures and weak patterns, as general rules on made-up articles.

An office question offering a founder or made-up names for a nation's leader, or politicians
the article does not give the key's party; "the first mission" keyed to the one low number
among far ones.
"""

from __future__ import annotations

import dataclasses

from questions.generate import generate
from questions.generate.facts import Fact
from questions.generate.fit import unfit
from questions.generate.options import article_context

LAUNCH = """Space agency marks 20 years since first crewed Lunara flight

Tuesday, March 3, 2015

On March 2, 1995, the capsule Heron lifted off from the Tarrow Launch Site on LX-1, the \
first crewed Lunara mission.

The agency said Heron would fly its final mission, LX-48, in June. The capsule Kestrel flew \
LX-46 in January and LX-47 in February.

More than 300 guests attended a ceremony at the Tarrow Launch Site on Monday to mark the \
anniversary of the first flight of the capsule.
The agency plans to build a new capsule by 2020.
Engineers from four countries worked on the new design, which will carry a crew of three \
astronauts to the orbiting station.
"""


def _office_context(stem: str, text: str, roles: dict[str, str]) -> object:
    """The option context of an office question on a made-up article."""
    base = article_context(text, [])
    said = {name: (0,) for name in roles}
    named = (frozenset(roles),)
    return dataclasses.replace(base, stem=stem, roles=roles, said_in=said, by_sentence=named)


def _fits(
    stem: str, text: str, roles: dict[str, str], key: str, options: list[str]
) -> dict[str, bool]:
    """Tell for each option whether it may stand beside the key in an office question."""
    ctx = _office_context(stem, text, roles)
    fact = Fact(0, 0, 2, key, "PERSON", "person")
    return {o: not unfit(o, key, fact, ctx) for o in options}  # type: ignore[arg-type]


PARTY = (
    "Greens' Shadow Work Secretary Alison Marsh said her party had backed faster claims. "
    "Prime Minister Gerald Pike said the government was working on it. Greens MP Tom Reyes "
    "agreed. Contest founder Peter Halvorsen praised them."
)


def test_an_office_of_a_party_is_offered_only_people_of_that_party() -> None:
    stem = "Who was the Shadow Work Secretary in February 2023?"
    roles = {"alison marsh": "secretary", "gerald pike": "minister", "tom reyes": "mp",
             "peter halvorsen": "founder"}  # fmt: skip
    ctx = _office_context(stem, PARTY, roles)
    fact = Fact(0, 0, 2, "Alison Marsh", "PERSON", "person")
    assert unfit("Gerald Pike", "Alison Marsh", fact, ctx)  # type: ignore[arg-type]
    assert unfit("Peter Halvorsen", "Alison Marsh", fact, ctx)  # type: ignore[arg-type]


def test_a_nations_leader_is_offered_no_made_up_name_nor_a_founder() -> None:
    stem = "Who was the Canadian Prime Minister in August 2017?"
    text = ("Canadian Prime Minister Lucien Marchand praised the club. Contest founder Peter "
            "Halvorsen said the club showed courage. Senator Ann Dubois agreed.")  # fmt: skip
    roles = {"lucien marchand": "minister", "peter halvorsen": "founder",
             "ann dubois": "senator"}  # fmt: skip
    fits = _fits(
        stem, text, roles, "Lucien Marchand", ["Peter Halvorsen", "Marc Gagnon", "Ann Dubois"]
    )
    assert fits == {"Peter Halvorsen": False, "Marc Gagnon": False, "Ann Dubois": True}


def test_the_first_of_a_numbered_series_is_no_lone_low_number() -> None:
    result = generate(LAUNCH, slug="launch", title="Launch")
    for q in result.qset.questions:
        if q.correct_option == "LX-1":
            numbers = [int(o.split("-")[1]) for o in q.options]
            assert max(numbers) - min(numbers) <= 10, q.options  # no lone low outlier
            assert "first" not in q.text.lower(), q.text  # the lowest is the first: guessed


def test_a_blank_beside_its_office_tests_the_sentence_and_may_take_made_up_names() -> None:
    # "_____, the Canadian prime minister, thanked …" asks what the article says, not who held
    # the office ("Who was the Canadian Prime Minister in …?" is general knowledge)
    stem = "_____, the Canadian prime minister, thanked the rescuers in a letter."
    text = "Martin Gable, the Canadian prime minister, thanked the rescuers in a letter."
    fits = _fits(stem, text, {"martin gable": "minister"}, "Martin Gable", ["Owen Pritchard"])
    assert fits == {"Owen Pritchard": True}


def test_a_blank_after_a_nations_word_takes_only_that_nations_people() -> None:
    # "critics of U.S. _____'s policies" (its title cut): an ambassador of another country is
    # no U.S. anyone, a senator the article calls "U.S. Senator" is
    text = (
        "Critics of U.S. President Dana Whitlow's policies spoke out. Kenyan ambassador "
        "Joseph Mwangi welcomed the team, and U.S. Senator Ruth Calder met them."
    )
    stem = "Critics of U.S. _____'s policies spoke out."
    roles = {"dana whitlow": "president", "joseph mwangi": "ambassador",
             "ruth calder": "senator"}  # fmt: skip
    fits = _fits(
        stem, text, roles, "Dana Whitlow", ["Joseph Mwangi", "Owen Pritchard", "Ruth Calder"]
    )
    assert fits == {"Joseph Mwangi": False, "Owen Pritchard": False, "Ruth Calder": True}
