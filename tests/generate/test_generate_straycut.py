"""A phrase a question leaves out takes the words that belonged to it: a role set off after
the blank goes with both its commas ("after _____ was attacked", not "after _____, was
attacked"), and a dashed phrase goes with the preposition whose object it was ("$40 million
(_____) was moved", not "… (_____) from was moved"). A question still keeping such a stray
word before its verb is refused."""

from __future__ import annotations

from typing import Any

from questions.generate.asides import asides
from questions.generate.facts import Fact, sentence_facts
from questions.generate.keyaside import key_role_aside
from questions.generate.leftover import left_behind
from questions.generate.stems import cloze

DONORS = "Officials said that about $40 million (€36 million) from — foreign donors and local \
banks — was moved into party accounts."


def _fact(sentence: Any, text: str) -> Fact:
    """Return the sentence's fact with this text."""
    return next(f for f in sentence_facts(sentence, 0) if f.text == text)


def _words(sentence: Any, ids: set[int] | frozenset[int]) -> str:
    """Return the words at these places, in order."""
    return " ".join(sentence.doc[i].text for i in sorted(ids))


def test_a_role_after_the_blank_goes_with_both_commas(nlp: Any) -> None:
    """The mayor's blank is asked with his role and both its commas left out."""
    text = (
        "A suspect has been arrested after Tomas Varga, mayor of the northern town of Brellin, "
        "was stabbed last night whilst on stage at a charity concert."
    )
    sentence = next(nlp(text).sents)
    fact = _fact(sentence, "Tomas Varga")
    left_out = dict.fromkeys(key_role_aside(sentence, fact), "")
    stem = cloze(fact, list(sentence), left_out)
    assert stem is not None and stem.text == (
        "A suspect has been arrested after _____ was stabbed last night whilst on stage at a "
        "charity concert."
    )


def test_the_closing_comma_goes_unless_it_ends_a_fronted_phrase(nlp: Any) -> None:
    sentence = next(nlp("Police said Tomas Varga, the mayor of Brellin, was attacked.").sents)
    aside = key_role_aside(sentence, _fact(sentence, "Tomas Varga"))
    assert _words(sentence, aside) == ", the mayor of Brellin ,"
    text = "According to Martin Keane, Governor of Ohio, the inquiry into the fire is ongoing."
    sentence = next(nlp(text).sents)
    aside = key_role_aside(sentence, _fact(sentence, "Martin Keane"))
    assert _words(sentence, aside) == ", Governor of Ohio"  # "According to _____, the inquiry"


def test_a_dashed_object_goes_with_its_preposition(nlp: Any) -> None:
    """The bracketed sum is asked without the dashed donors and without their "from"."""
    sentence = next(nlp(DONORS).sents)
    fact = _fact(sentence, "€36 million")
    cut = asides(list(sentence), range(fact.start, fact.end))
    assert _words(sentence, cut) == "from — foreign donors and local banks —"
    stem = cloze(fact, list(sentence), {})
    assert stem is not None and stem.text == (
        "Officials said that about $40 million (_____) was moved into party accounts."
    )


def test_a_stray_preposition_or_comma_before_the_verb_is_refused(nlp: Any) -> None:
    sentence = next(nlp(DONORS).sents)
    fact = _fact(sentence, "€36 million")
    broken = "Officials said that about $40 million (_____) from was moved into party accounts."
    assert left_behind(sentence, fact, broken) is not None
    assert left_behind(sentence, fact, DONORS.replace("€36 million", "_____")) is None
    assert left_behind(sentence, fact, broken.replace(" from", "")) is None
    text = "A man was arrested after Tomas Varga, mayor of Brellin, was attacked at a concert."
    sentence = next(nlp(text).sents)
    fact = _fact(sentence, "Tomas Varga")
    asked = "A man was arrested after _____{} was attacked at a concert."
    assert left_behind(sentence, fact, asked.format(",")) is not None
    assert left_behind(sentence, fact, asked.format("")) is None
    assert left_behind(sentence, fact, asked.format(", mayor of Brellin,")) is None
