"""Made-up launch and flight stories: "the rocket" said by the name the article tied to the
noun ("a Vega 7 rocket"), "the planet's" by the planet last named ("Venus's"), left as
written when another one of the noun may be meant; and "the evening sky", "the tarmac" of
the airport the sentence names need no antecedent, while "the ceremony" still does."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.references import unresolved_reference
from questions.generate.tiednames import Tied, name_tied, note_tied


def _said(nlp: Any, text: str) -> list[str]:
    """Return each sentence of a text with its tied nouns said by their names."""
    tied, out = Tied(), []
    for sentence in nlp(text).sents:
        replace: dict[int, str] = {}
        name_tied(sentence, tied, replace)
        note_tied(sentence, tied)
        words = [replace.get(t.i, t.text) + t.whitespace_ for t in sentence]
        out.append(" ".join("".join(words).split()))
    return out


def test_the_rocket_is_said_by_the_name_tied_to_it(nlp: Any) -> None:
    said = _said(
        nlp,
        "On Monday, Orbital Dynamics launched a Vega 7 rocket from Kourou. "
        "Rain fell at the rocket's launch pad an hour before liftoff.",
    )
    assert said[1].startswith("Rain fell at the Vega 7 rocket's launch pad"), said


def test_the_planet_is_the_one_named_last(nlp: Any) -> None:
    said = _said(
        nlp,
        "The probe flew past the planet Venus in May. "
        "It later photographed the planet Saturn from afar. "
        "The probe is now heading back to Venus. "
        "It will map a valley in the planet's southern plains.",
    )
    assert said[3].endswith("in Venus's southern plains."), said
    both = _said(
        nlp,
        "The probe flew past the planet Venus in May. "
        "It later photographed the planet Saturn and Venus from afar. "
        "It will map a valley in the planet's southern plains.",
    )
    assert "the planet's southern plains" in both[2], both


def test_another_one_of_the_noun_leaves_it_as_written(nlp: Any) -> None:
    said = _said(
        nlp,
        "Mara Quill won the K4 regatta in record time. "
        "Rain cut short the junior regatta on Sunday. "
        "Her coach watched the regatta from a boat.",
    )
    assert "watched the regatta" in said[2], said
    said = _said(
        nlp,
        "Orbital Dynamics launched a Vega 7 rocket from Kourou. "
        "A second rocket stood on a pad nearby. "
        "Rain fell at the rocket's launch pad.",
    )
    assert "at the rocket's launch pad" in said[2], said


def _unresolved(nlp: Any, text: str, key: str) -> str | None:
    """Return the unresolved reference a cloze on `key` of the sentence would keep."""
    sentence = nlp(text)[:]
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == key)
    stem = text.replace(key, "_____", 1)
    return unresolved_reference(sentence, fact, stem)


def test_one_of_a_kind_where_the_story_is_set_needs_no_antecedent(nlp: Any) -> None:
    sky = "Crowds in Tucson watched a capsule cross the evening sky on Friday."
    assert _unresolved(nlp, sky, "Tucson") is None
    tarmac = "Drummers played on the tarmac as two jets prepared to leave Lisbon's airport."
    assert _unresolved(nlp, tarmac, "Lisbon") is None


def test_a_definite_pointing_back_stays_unresolved(nlp: Any) -> None:
    ceremony = "The ceremony marked the first of 30 flights between Lisbon and Porto."
    assert "The ceremony" in (_unresolved(nlp, ceremony, "30") or "")
    room = "Staff waited in the room as two jets prepared to leave Lisbon's airport."
    assert "the room" in (_unresolved(nlp, room, "Lisbon") or "")
