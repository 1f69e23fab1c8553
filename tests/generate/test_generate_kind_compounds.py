"""A compound naming one kind of its head noun ("the cubism movement") is asked with WordNet's
sisters under that kind; a blank after a verb the parse read as a noun is kept when the cloze
shows both verbs as written."""

from __future__ import annotations

from typing import Any

from questions.generate.common import NOUN
from questions.generate.facts import Fact
from questions.generate.kindcompounds import compound_kinds, compound_rivals
from questions.generate.misread import misread_verb


def _facts(nlp: Any, text: str) -> list[Fact]:
    """Return the compound-kind facts of a made-up sentence."""
    sentence = next(nlp(text).sents)
    return compound_kinds([[]], [sentence])[0]


def test_a_compound_naming_a_kind_of_its_head_is_a_fact(nlp: Any) -> None:
    found = _facts(nlp, "The late painter was a leading figure in the cubism movement.")
    assert [(f.text, f.kind) for f in found] == [("cubism", NOUN)]


def test_its_rivals_are_single_word_sisters_of_one_sense(nlp: Any) -> None:
    (fact,) = _facts(nlp, "The late painter was a leading figure in the cubism movement.")
    rivals = compound_rivals(fact, "")
    assert len(rivals) == 3 and "cubism" not in rivals
    # "secession" (three senses) and "ash can" (two words) read as no art movement
    assert not {"secession", "ash can", "deco", "new wave"} & set(rivals)
    assert "surrealism" not in compound_rivals(fact, "She admired surrealism.")


def test_a_compound_no_kind_of_its_head_is_no_fact(nlp: Any) -> None:
    # "a tennis player": tennis is a game, no kind of player
    assert _facts(nlp, "The city hired a tennis coach for the school team last year.") == []


def test_a_blank_after_the_verb_read_as_a_noun_is_kept(nlp: Any) -> None:
    text = (
        "Reporters noted the museum exhibit displays and features portraits of sculptor Oren "
        "Halvey."
    )
    sentence = next(nlp(text).sents)
    key = next(e for e in sentence.ents if e.text == "Oren Halvey")
    fact = Fact(0, key.start, key.end, key.text, "PERSON", "person")
    stem = text.replace("Oren Halvey", "_____")
    assert misread_verb(sentence, stem, fact, "cloze") is None
    assert misread_verb(sentence, stem, fact, "wh") is not None  # its parse judged the rest
    museum = next(t for t in sentence if t.text == "museum")
    before = Fact(0, museum.i, museum.i + 1, "museum", "NOUN", NOUN)
    assert misread_verb(sentence, text.replace("museum", "_____"), before, "cloze") is not None
