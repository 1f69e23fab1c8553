"""A plural people's noun the model calls a person ("the Norwegians", "four Norwegians") is a
nation's people or its side in a match report, never one person's name."""

from __future__ import annotations

from typing import Any

from questions.generate.nonpersons import nonpersons


def _misread(nlp: Any, text: str, words: str) -> frozenset[str]:
    """Return the non-persons of a made-up sentence whose `words` the model is made to read
    as a person, as it read a real article's."""
    doc = nlp(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words), label="PERSON")
    doc.ents = [span, *(e for e in doc.ents if e.end <= span.start or e.start >= span.end)]
    return nonpersons(list(doc.sents))


def test_a_plural_people_noun_is_no_person(nlp: Any) -> None:
    """Of "Norwegians" waving a flag, or "four Norwegians" in the press box, name no one."""
    said = "The Norwegians were waving their flag when Norway scored against Peru."
    assert "Norwegians" in _misread(nlp, said, "Norwegians")
    press = "The press box held four Norwegians and a radio crew from Lima."
    assert "four Norwegians" in _misread(nlp, press, "four Norwegians")


def test_a_single_name_stays_a_person(nlp: Any) -> None:
    """A one-word person's name that is no people's plural ("Haugen") is left a person."""
    said = "Haugen was waving a flag when Norway scored against Peru."
    assert "Haugen" not in _misread(nlp, said, "Haugen")
