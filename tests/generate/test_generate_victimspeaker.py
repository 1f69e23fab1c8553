"""Someone the article says was stabbed, shot, attacked or died is no option for who said
something in the story's aftermath: the stabbed mayor did not give the police's account."""

from __future__ import annotations

from typing import Any

from questions.generate.deceased import dead_people, harmed_people
from questions.generate.pipeline import generate

STABBING = """Mayor of Brenholt stabbed at charity concert

Sunday, March 3, 2024

A man has been arrested after Tomas Verlan, mayor of the town of Brenholt, was stabbed on \
stage at a charity concert on Saturday night. He died in hospital on Sunday.

Verlan had been mayor since 2006 and was known for his work on the town's harbour. Thousands \
of residents attended a vigil in the main square on Sunday evening.

Police spokesman Karel Dusek said the attacker had used a volunteer's badge to get past the \
guards. Interior Minister Olga Marsh called the attack "a cowardly act" and said security at \
public events would be reviewed. Surgeon Ivo Klemm told journalists the mayor had lost a \
great deal of blood. "The next hours will decide everything," Klemm said early on Sunday.

Prosecutor Anna Ruzicka told reporters psychiatric tests will be carried out to confirm \
whether the suspect is fit for trial.
"""


def _questions() -> list[Any]:
    """Return the questions generated from the made-up stabbing."""
    return list(generate(STABBING, slug="brenholt", title="Brenholt").qset.questions)


def test_the_victim_is_no_option_for_who_said_something() -> None:
    """Who said / told …? (a reported saying or a quotation) never offers the stabbed mayor."""
    asked = [q for q in _questions() if "Who said" in q.text or "Who told" in q.text]
    assert len(asked) >= 3
    for question in asked:
        assert "Tomas Verlan" not in question.options, question.text
        assert question.correct_option in question.options
    quoted = next(q for q in asked if "The next hours will decide everything" in q.text)
    assert quoted.correct_option.endswith("Ivo Klemm")


def test_the_victim_is_still_the_key_of_what_befell_him() -> None:
    """A question on who was stabbed still asks of the mayor, with the living as the options."""
    stabbed = next(q for q in _questions() if q.text.split("\n")[-1].startswith("Who was stab"))
    assert stabbed.correct_option == "Tomas Verlan"


def test_harm_is_read_from_wordnet_kinds_of_the_verb(nlp: Any) -> None:
    """Stabbed, shot (kinds of injuring), murdered (of killing), died after a harm: harmed;
    'was not hurt', 'nearly killed', 'charged with' (a kind of rush, far below attacking) and
    the attacker are not; a victim the article has speak may have said anything."""
    doc = nlp(
        "Jana Holm was stabbed in the street and died the next day. Gunmen shot Daniel Mercer "
        "outside his home. Olaf Brenn was murdered in 1999. Mira Sadl was not hurt. Eva Tomm "
        "was nearly killed. Petr Lind attacked the guard. Guard Ivo Sebr was wounded in the "
        "attack. Sebr told reporters he saw the man's face. Ann Wells was charged with fraud."
    )
    harmed = harmed_people(list(doc.sents))
    assert {"jana holm", "daniel mercer", "olaf brenn"} <= harmed
    assert not {"mira sadl", "eva tomm", "petr lind", "ivo sebr", "sebr", "ann wells"} & harmed
    assert "jana holm" in dead_people(list(doc.sents))  # "stabbed … and died": dead too


def test_an_arrest_parsed_around_the_victim_still_finds_him(nlp: Any) -> None:
    """In "after X, mayor of Y, was stabbed" the name parsed as the preposition's object is
    still whom the stabbing befell."""
    doc = nlp(
        "A man has been arrested after Tomas Verlan, mayor of the town of Brenholt, was "
        "stabbed on stage at a charity concert on Saturday night."
    )
    assert "tomas verlan" in harmed_people(list(doc.sents))
