"""A question asking who reported a saying keeps the saying's own references, as a quotation
does: "Who said 500 institutions received the initial invitation …?" asks who said it."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.reported import asks_speaker, said_words
from tests.generate.generated import SharedGenerations


def test_who_said_asks_the_speaker() -> None:
    assert asks_speaker("📰 Warhol's photo legacy\nWho said 500 institutions received the invite?")
    assert asks_speaker("Who told CBC News the department will look into the incident?")
    assert not asks_speaker("Who donated the Polaroids to the university?")  # no saying
    assert not asks_speaker('Who said "We want to thank all of the locations"?')  # a quotation


def test_the_speaker_of_the_invitations_is_asked(generation: SharedGenerations) -> None:
    # "the initial invitation" is the speaker's word: the question asks who said it, and the
    # other options are the article's other speakers.
    asked = generation.keyed("warhol-photo-legacy", "K.C. Maurer")
    texts = [text.split("\n")[-1] for text, _ in asked]
    assert any(
        t.startswith("Who said 500 institutions received the initial invitation") for t in texts
    )
    options = next(o for t, o in asked if "initial invitation" in t)
    assert len(options) == 4 and "Kristen Wilkins" in options


def test_only_the_saying_is_the_speakers(nlp: Any) -> None:
    # "at a press conference on the same day" frames the saying: which day, the question
    # must still say; "the initial invitation" is inside it.
    text = "At a press conference on the same day, Lindqvist said that Sweden would build ports."
    sentence = next(nlp(text).sents)
    start = next(t.i for t in sentence if t.text == "Lindqvist")
    fact = Fact(0, start, start + 1, "Lindqvist", "PERSON", "person")
    words = {sentence.doc[i].text for i in said_words(sentence, fact)}
    assert {"Sweden", "ports"} <= words and not {"same", "day", "conference"} & words
