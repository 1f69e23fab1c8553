"""A blank after an abbreviated title ("Dr. _____") is asked without the title when some
option is someone the article does not give it: "Dr. _____" with three politicians rules them
out by its own words (review 30). Where every option holds the title, or the title is in words
("stand-in skipper _____"), it stays."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.pipeline import generate
from questions.generate.stems import key_title
from questions.generate.titlecut import holds_title

ATTACK = """Mayor recovering after attack at charity concert

Monday, March 4, 2019

The mayor of Harlow Bay, Peter Vance, is recovering in hospital after he was attacked on stage \
at a charity concert on Sunday evening, police said.

Vance was taken to the Royal Harlow Hospital, where Dr. Helena Marsh was met with applause \
early today upon announcing to journalists that Vance remained alive. "The next days will \
decide a great deal," Marsh said.

Prime Minister Oliver Grant called the attack "an assault on all of us". Interior Minister \
Sarah Doyle said the suspect, a 27-year-old man, had entered the stage with a press badge. \
Opposition leader Martin Hale visited the hospital on Monday morning.

The concert raised more than £200,000 for the town's children's hospice, organisers said. \
Around 3,000 people attended the event in Harbour Square.
"""


def test_the_doctor_is_asked_without_a_title_the_politicians_lack() -> None:
    """The surgeon's blank among three politicians reads "where _____ was met with applause",
    not "where Dr. _____"; the key is still the surgeon."""
    quiz = generate(ATTACK, slug="attack", title="Mayor recovering after attack")
    blank = next(q for q in quiz.qset.questions if "met with applause" in q.text)
    assert "Dr. _____" not in blank.text and "where _____ was met" in blank.text
    assert blank.correct_option == "Helena Marsh"
    assert {"Oliver Grant", "Sarah Doyle"} <= set(blank.options)


def test_a_title_is_held_by_full_name_or_surname() -> None:
    """The article gives "Dr." to Marsh (full name) and to Reyes (surname only), not Grant."""
    text = "Dr. Helena Marsh spoke first. Later Dr. Reyes joined her. Oliver Grant left."
    assert holds_title("Dr.", "Helena Marsh", text)
    assert holds_title("Dr.", "Tom Reyes", text)
    assert not holds_title("Dr.", "Oliver Grant", text)


def test_an_office_cut_from_a_blank_takes_its_countrys_adjective(nlp: Any) -> None:
    """ "to Ruritanian Prime Minister Anna Berg": the cut office is "Ruritanian Prime Minister",
    so no "to Ruritanian _____" is left speaking of an office the blank no longer shows."""
    sentence = next(nlp(
        "The actor Tom Hale wrote an open letter to Ruritanian Prime Minister Anna Berg "
        "asking for the games to be moved."
    ).sents)  # fmt: skip
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "Anna Berg")
    cut = " ".join(sentence.doc[i].text for i in sorted(key_title(sentence, fact)))
    assert cut == "Ruritanian Prime Minister"
