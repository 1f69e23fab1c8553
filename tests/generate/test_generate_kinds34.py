"""Blind review 85: a wh-word that does not fit the key because the model mislabels a name.

A place a match report uses as its club ("Brisbane fell apart a bit") is not asked as "which
city"; a name listed among people is a person, not an organisation; and a name the model
calls a person that "was opened" is a thing, never asked "Who was opened …?"."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.bodynames import done_to_thing, thing_verb
from questions.generate.relabel import people_named
from questions.generate.teamplaces import club_places
from tests.generate.generate_checks import bare_fact, staged_facts

MATCH = (
    "Brisbane Bullets beat Cairns Taipans in pre-season\n\n"
    "Tuesday, March 12, 2013\n\n"
    "Brisbane, Queensland — On Sunday night, the Brisbane Bullets defeated the Cairns Taipans "
    "81–70 at the Boondall Sports Centre in a warm up game before the start of the National "
    "Basketball League in October.\n\n"
    "Several new players joined the Bullets this season, including Daniel Kerr, Obinna Okafo, "
    "and Lewis Brandt, while Sam Tully and Adam Platt are not with the team this season.\n\n"
    "Brisbane started with Mark Hale, Jason Wills, Daniel Kerr, Okafo, and Peter Dale on the "
    "floor. The Cairns starting lineup included Tom Holt, Greg Price, Neil Frost, Ian Cole and "
    "Luke Lund.\n\n"
    "The Bullets led early in the first with a score of 8–2 and then 8–6. The quarter ended "
    "20–15 thanks to a last minute shot by Hale.\n\n"
    "When the second half got under way, Okafo scored for Brisbane to tie up the game. Cairns "
    "scored to go up again, but Wills then drew a foul and made a pair of baskets. Following a "
    "Cairns time out, Brisbane fell apart a bit, with Dale turning over the ball and Kerr "
    "missing a pass because he was out of position. With 5:27 left in the third, Brisbane was "
    "leading by three.\n\n"
    "Hale, Wills, Kerr, Okafo and Dale started the fourth for Brisbane. Hale finished with 22 "
    "points, while newcomer Okafo had 9 rebounds. The Brisbane Bullets regular season starts "
    "on October 5."
)

FAIR = (
    "Town of Marlow celebrates its centenary\n\n"
    "Saturday, June 5, 2021\n\n"
    "The coastal town of Marlow in Oregon held a week of events to mark one hundred years since "
    "its founding. Mayor Laura Benning opened the celebrations in the town square on Monday, "
    "where several thousand people gathered.\n\n"
    'Schools in the town prepared events for their students. On Thursday, "Rosa Maria '
    'Ortega" was opened at Saint Brendan School. Several games were played there that '
    "morning, including sack races and a tug of war.\n\n"
    "Governor Kate Brown visited the fair on Friday afternoon and praised the volunteers. "
    "Historian Paul Dressler gave a talk about the town's founder at the public library.\n\n"
    "According to Benning, at least 12,000 people have visited Marlow since Monday."
)


def _stems(text: str, title: str) -> list[str]:
    """Return the last line of each question a text gives."""
    result = generate(text, slug="kinds34", title=title)
    return [q.text.splitlines()[-1] for q in result.qset.questions]


def test_a_place_that_stands_for_its_club_is_not_asked_as_a_city() -> None:
    stems = _stems(MATCH, "Brisbane Bullets beat Cairns Taipans in pre-season")
    assert not any("which city fell apart" in s.lower() for s in stems)
    assert not any(s.lower().startswith("which city") for s in stems)


def test_the_club_of_a_place_needs_a_plural_nickname() -> None:
    facts = [
        [
            bare_fact("the Brisbane Bullets", "organization"),
            bare_fact("Cairns Hospital", "organization"),
        ],
        [bare_fact("Orlando Jones", "person", label="PERSON")],
    ]
    clubs = club_places(facts)
    assert "Brisbane" in clubs
    assert "Cairns" not in clubs  # a hospital is no club
    assert "Orlando" not in clubs  # a surname is no nickname


def test_a_name_listed_among_players_is_a_person(nlp: Any) -> None:
    text = (
        "Brisbane started with Mark Hale, Jason Wills, Daniel Kerr, Chukwu, and Peter Dale on "
        "the floor. After the break, Chukwu scored for Brisbane to tie up the game."
    )
    facts = staged_facts(nlp, text, people_named)
    chukwu = [f for f in facts if f.text == "Chukwu"]
    assert chukwu
    assert all(f.kind == "person" for f in chukwu)


def test_a_body_listed_among_bodies_stays_a_body(nlp: Any) -> None:
    text = "The league fined Chukwu, the Brisbane Bullets and the Cairns Taipans on Monday."
    facts = staged_facts(nlp, text, people_named)
    assert not any(f.kind == "person" and "Taipans" in f.text for f in facts)


def test_a_name_that_was_opened_is_not_asked_who() -> None:
    stems = _stems(FAIR, "Town of Marlow celebrates its centenary")
    assert not any(s.startswith("Who was opened") for s in stems)
    assert not any("Rosa Maria Ortega" in s for s in stems)


def test_only_verbs_done_to_things_make_a_thing() -> None:
    assert thing_verb("open")
    assert thing_verb("build")
    assert not thing_verb("elect")  # "was elected": a person
    assert not thing_verb("defeat")  # WordNet lists no person object, but a match's verb
    assert not thing_verb("hire")


def test_a_person_opened_up_to_is_still_a_person(nlp: Any) -> None:
    doc = nlp("Maria Lopez was opened up to new ideas by the trip.")
    root = next(e for e in doc.ents if e.text == "Maria Lopez").root
    assert not done_to_thing(root)
    doc = nlp("The Rosa Grill was built in 1990.")
    assert done_to_thing(next(t for t in doc if t.text == "Grill"))
