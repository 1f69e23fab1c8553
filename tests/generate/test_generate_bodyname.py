"""A name the model labels a person that the article writes as a body or a publication — a
body's noun beside it ("the charity Grace Relief"), or a verb only bodies take done to it
("Nasim Sorkhe was founded in 2005") — is no person: never a "who" option, never a "who"
key; a first name opening it ("Grace") does not make it one."""

from __future__ import annotations

import re
from typing import Any

from questions.generate.bodynames import body_noun, body_verb
from questions.generate.nonpersons import nonpersons
from questions.generate.pipeline import generate

PRESS = """Reporters held in crackdown on reformist press

Monday, June 29, 2009

Police arrested journalist Dariush Fallahi on June 21, a week after the disputed election, \
his family said. Fallahi writes for Newsweek and has reported from Tehran for ten years.

On June 23, about 20 employees of the Tehran-based newspaper Nasim Sorkh were taken into \
custody at their offices. Nasim Sorkhe was founded in 2005 by Hassan Karimzadeh, the \
opposition candidate in the election.

The newspaper's editor, Reza Ghanbari, was also detained, according to his lawyer. One aid \
worker who delivered grain to the border was Tom Hale, who worked for the charity Grace \
Relief. "This was a trick for the aid groups," said Marta Lindqvist, a spokeswoman for the \
charity. Grace Relief said its staff had not been told.

Human rights lawyer Shirin Abadi said the arrests broke the law. The group called for the \
release of all the journalists by the end of the month.
"""

_BODIES = {"Nasim Sorkh", "Nasim Sorkhe", "Grace Relief"}


def _who(quiz: Any) -> list[Any]:
    """Return the questions that ask who: their options are people."""
    return [q for q in quiz.qset.questions if re.search(r"\bwho\b", q.text, re.IGNORECASE)]


def test_a_newspaper_and_a_charity_are_no_who_options() -> None:
    """Neither the newspaper (misspelt where it was founded) nor the charity, whose name
    opens with a first name, is offered beside the people."""
    quiz = generate(PRESS, slug="press", title="Reporters held")
    who = _who(quiz)
    assert who, "the speakers are still asked about"
    for question in who:
        assert not _BODIES & set(question.options), question.text


def test_who_is_never_asked_of_what_was_founded() -> None:
    """A newspaper is not asked "Who was founded …?"; the year it was founded still is."""
    quiz = generate(PRESS, slug="press", title="Reporters held")
    texts = [q.text.split("\n")[-1] for q in quiz.qset.questions]
    assert not any(t.startswith("Who was founded") for t in texts)
    assert not any(q.correct_option in _BODIES for q in _who(quiz))
    assert any("in which year was Nasim Sorkhe founded" in t for t in texts)


def test_people_beside_the_bodies_stay_people(nlp: Any) -> None:
    """An editor named after "the newspaper's editor", a founder, a spokeswoman of the
    charity and one of a couple named together remain people."""
    doc = nlp(
        "The newspaper's editor, Reza Ghanbari, was detained. Nasim Sorkhe was founded by "
        "Hassan Karimzadeh. Grace Relief hired Marta Lindqvist. The couple, Mark Roe and "
        "Jane Roe, published a book."
    )
    found = nonpersons(list(doc.sents))
    assert "Nasim Sorkhe" in found
    assert not {"Reza Ghanbari", "Hassan Karimzadeh", "Marta Lindqvist", "Mark Roe"} & found


def test_wordnet_tells_bodies_nouns_and_verbs() -> None:
    """A charity and a newspaper are bodies, a spokesman is not; "found" and "publish" are
    done to bodies, "elect" and "arrest" to people."""
    assert body_noun("charity") and body_noun("newspaper") and not body_noun("spokesman")
    assert body_verb("found") and body_verb("publish")
    assert not body_verb("elect") and not body_verb("arrest")


def test_a_name_after_a_plural_body_noun_stays_a_person(nlp: Any) -> None:
    """ "Writing to four newspapers, Kenji Sato, the prime minister, …" may parse the minister
    as the newspapers' apposition: several newspapers are no one name."""
    doc = nlp(
        "Writing to four international newspapers, Kenji Sato, the Japanese prime minister, "
        "thanked people around the world for their support."
    )
    assert "Kenji Sato" not in nonpersons(list(doc.sents))
