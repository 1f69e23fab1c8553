"""What a speaker said with a "not" in it, asked as "Who said …?": one speaker, one answer;
a pronoun that a fronted clause of the question names; a comma closing a fronted clause."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.asides import asides
from questions.generate.facts import Fact
from questions.generate.pronouns import bound_pronouns
from questions.generate.quality import reported_negation
from tests.generate.generate_checks import key_and_options

TRIAL = (
    "Farmers tried over river pollution\n\n"
    "Monday, March 2, 2015\n\n"
    "Paul Hendry, 51, and his brother Mark Hendry, 47, from Perth, Australia, are on trial "
    "for polluting the Swan River with pesticide. The prosecutor, Helen Carter, told the "
    "court that the brothers had ignored three warnings from the council. Defence lawyer "
    "David Molloy said that, as the brothers came from Brazil, where the pesticide is in "
    "common use, they should not be found guilty. The trial in the Supreme Court of Western "
    "Australia is expected to last four weeks, and the jury will hear from scientists who "
    "tested the river water in 2014."
)
SAID = (
    "Defence lawyer David Molloy said that, as the brothers came from Brazil, where the "
    "pesticide is in common use, they should not be found guilty."
)


def _person(sentence: Any, name: str) -> Fact:
    """Return a person fact over the first occurrence of `name` in a parsed sentence."""
    first = next(t.i for t in sentence if t.text == name.split()[0])
    end = first + len(name.split())
    return Fact(0, first, end, name, "PERSON", "person")


def test_a_speaker_is_asked_though_what_they_said_is_negative() -> None:
    result = generate(TRIAL, slug="trial", title="Farmers tried over river pollution")
    key, options = key_and_options(
        result.qset,
        "Who said that, as the brothers came from Brazil, they should not be found guilty?",
    )
    assert key == "David Molloy"
    assert options == [
        "David Molloy",
        "Helen Carter",
        "Mark Hendry",
        "Paul Hendry",
    ]


def test_a_not_outside_the_saying_or_around_the_key_still_counts(nlp: Any) -> None:
    said = next(nlp(SAID).sents)
    assert reported_negation(said, _person(said, "David Molloy"))
    plain = next(nlp("David Molloy did not say that the brothers were guilty.").sents)
    assert not reported_negation(plain, _person(plain, "David Molloy"))
    inside = next(nlp("Helen Carter said that David Molloy had not seen the river.").sents)
    assert not reported_negation(inside, _person(inside, "David Molloy"))


def test_a_subject_pronoun_is_named_by_the_fronted_clause_before_it(nlp: Any) -> None:
    said = next(nlp(SAID).sents)
    key = _person(said, "David Molloy")
    stem = "Who said that, as the brothers came from Brazil, they should not be found guilty?"
    assert bound_pronouns(said, range(key.start, key.end), stem) == {"they"}
    # two plural nouns before it: "they" could be either
    two = next(nlp("Ann Lee said that, as the brothers met the farmers, they were calm.").sents)
    assert (
        bound_pronouns(
            two, range(0, 2), "Who said that, as the brothers met the farmers, they were calm?"
        )
        == frozenset()
    )


def test_the_comma_closing_a_fronted_clause_stays_when_its_aside_goes(nlp: Any) -> None:
    said = next(nlp(SAID).sents)
    kept = [t.text for t in said if t.i not in asides(list(said), range(1, 3))]
    assert " ".join(kept).startswith(
        "Defence lawyer David Molloy said that , as the brothers came from Brazil , they should"
    )
    # a relative clause after a subject still loses both its commas
    subject = next(nlp("The river, which runs through Perth, was polluted in 2014.").sents)
    kept = [t.text for t in subject if t.i not in asides(list(subject), range(0, 0))]
    assert " ".join(kept) == "The river was polluted in 2014 ."
