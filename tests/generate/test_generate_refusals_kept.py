"""Questions a refusal rule threw away although they read well and stand alone."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact, sentence_facts
from questions.generate.quality import broken_movement, descriptor_in_name
from questions.generate.write import wh_question


def _fact(sentence: Any, answer: str) -> Fact:
    """Return the fact of a sentence whose text is `answer`."""
    return next(f for f in sentence_facts(sentence, 0) if f.text == answer)


def test_a_bracketed_aside_of_the_subject_is_left_out(nlp: Any) -> None:
    # Kept, the spelled-out acronym left no room for the headline the question needs.
    text = (
        "The FIRST Global competition (For Inspiration and Recognition of Science and "
        "Technology) was founded by Dean Kamen to encourage interest in science."
    )
    sentence = next(nlp(text).sents)
    stem, _ = wh_question(sentence, _fact(sentence, "Dean Kamen"), {})
    assert stem is not None
    assert "(" not in stem.text and "FIRST Global competition" in stem.text


def test_a_first_name_is_no_description() -> None:
    # "Dean" ends like "Republican" and is a common word, but it is a given name.
    fact = Fact(0, 0, 0, "Dean Kamen", "PERSON", "person", "", "")
    assert descriptor_in_name(None, fact) is None
    fact = Fact(0, 0, 0, "Republican John Cornyn", "PERSON", "person", "", "")
    assert descriptor_in_name(None, fact) is not None


def test_a_list_of_common_words_is_no_broken_clause() -> None:
    listed = (
        "By whom was the competition founded to encourage interest in science, technology, "
        "engineering, and mathematics?"
    )
    assert broken_movement(listed, "wh", "rule:person-prep") is None
    split = "How many votes did the party's seats, the councillor receive?"
    assert broken_movement(split, "wh", "rule:count-object") is not None
