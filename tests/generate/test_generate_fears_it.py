"""The "it" of "rejected over fears it would …" is the rejected thing, though the parse
takes a preposition's object for a second subject; a question likening its thing to the
article's ("a similar system") is refused, the headline above it no answer to "similar to
what?" (blind review 36; a plural "Similar events" since blind review 21); a title too few
others hold may be left out of a question ("Prime Minister _____")."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.pronouns import bound_pronouns
from questions.generate.reviewed import unframed_comparison
from questions.generate.stems import key_title
from tests.generate.generated import SharedGenerations

REJECTED = (
    "A similar fast-track system backed by the British Red Cross in September 2021 for 3,000 "
    "Afghan refugees was reportedly rejected by Prime Minister Boris Johnson over fears it "
    "would amount to amnesty."
)


def test_the_fears_it_is_the_rejected_things(nlp: Any) -> None:
    sentence = next(nlp(REJECTED).sents)
    johnson = next(e for e in sentence.ents if e.text == "Boris Johnson")
    stem = "By whom was a similar fast-track system reportedly rejected over fears it would …?"
    assert "it" in bound_pronouns(sentence, range(johnson.start, johnson.end), stem)
    # without the system in the question, "it" names nothing
    assert "it" not in bound_pronouns(sentence, range(johnson.start, johnson.end), "Who feared it?")


def test_a_likened_thing_is_refused_under_a_headline_too() -> None:
    assert unframed_comparison("A similar fast-track system was rejected in _____.") is not None
    # the headline names the story, not what the system is like (blind review 47)
    assert (
        unframed_comparison("📰 Reports: asylum forms\nBy whom was a similar system rejected?")
        is not None
    )
    assert (
        unframed_comparison("The crisis is similar to the disaster at Chernobyl in _____.") is None
    )


def test_the_title_before_a_name_is_found(nlp: Any) -> None:
    doc = nlp("The forms are part of Prime Minister Rishi Sunak's effort to clear the backlog.")
    name = next(e for e in doc.ents if e.label_ == "PERSON")
    fact = Fact(0, name.start, name.end, name.text, "PERSON", "person")
    title = key_title(next(doc.sents), fact)
    assert " ".join(doc[i].text for i in sorted(title)) == "Prime Minister"


def test_the_similar_system_is_not_asked(generation: SharedGenerations) -> None:
    # similar to what? Blind review 36 found the headline line no answer ("UK asylum process")
    asked = generation.keyed("uk-asylum-questionnaire", "Boris Johnson")
    assert not [text for text, _ in asked if "similar" in text]
