"""A person named by surname alone in a question is named in full even where the model calls
the lone surname a place (review 37): only a place the gazetteer knows, and the article does
not name a person by more often, keeps its one word."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.fullnames import lone_persons, sentence_places

_FREED = """Freed senator Lucia Okoro returns to Lagos

June 4, 2012

Freed senator Lucia Okoro arrived in Lagos on Tuesday, two days after she was released by \
the Niger Delta Liberation Front.

Okoro was held for eight months in a camp near Port Harcourt. At a press conference, Okoro \
condemned the actions of the NDLF. She thanked the army for her rescue.

Okoro said she would return to the Senate in September. Her husband, engineer David Mensah, \
met her at the airport with their two children. The army said 40 soldiers took part in the \
rescue operation, which lasted six hours.
"""


def test_a_surname_the_model_calls_a_place_is_written_in_full() -> None:
    result = generate(_FREED, slug="freed", title="Freed senator Lucia Okoro returns to Lagos")
    held = [q.text for q in result.qset.questions if "Port Harcourt" in q.text or "camp" in q.text]
    assert held
    for text in held:
        asked = text.split("\n")[-1]
        assert "Lucia Okoro" in asked  # not "Okoro was held …": who is Okoro?


def test_a_country_keeps_its_one_word_though_a_person_has_it(nlp: Any) -> None:
    docs = [nlp("Michael Jordan opened an academy. Haddad has coached the team of Jordan.")]
    sentence = list(docs[0].sents)[1]
    assert "Jordan" in sentence_places(sentence, lone_persons(docs))


def test_a_surname_said_alone_of_a_person_more_than_a_place_is_no_place(nlp: Any) -> None:
    # "Preston" is a city too, but this article names Anna Preston by it twice, a place once
    text = (
        "Detective Anna Preston led the inquiry. Preston said she was tired. "
        "Preston told reporters the case was closed. Police built a case against Preston."
    )
    docs = [nlp(text)]
    sentence = list(docs[0].sents)[-1]
    assert any(e.text == "Preston" and e.label_ == "GPE" for e in sentence.ents)
    assert "Preston" in lone_persons(docs)
    assert "Preston" not in sentence_places(sentence, lone_persons(docs))


def test_a_name_no_gazetteer_knows_is_no_place(nlp: Any) -> None:
    sentence = next(nlp("Hartwell forced a fine save out of Etxeberria.").sents)
    assert any(e.text == "Etxeberria" and e.label_ in ("GPE", "LOC") for e in sentence.ents)
    assert "Etxeberria" not in sentence_places(sentence, frozenset())
