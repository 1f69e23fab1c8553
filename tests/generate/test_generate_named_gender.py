"""A name's gender said by the noun beside it ("Kessa, a female born in 2010", "her daughter
Lio", "a male named Obi"): a falcon's or a rare name has no first-name gender, yet the
article says it, and a later "she" or "her" means that name as a bound pronoun would
(test_generate_pronoun_people has the falcons whose "her" and "he" it names)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from questions.generate.namedgender import described_genders


def test_a_noun_beside_a_name_says_its_gender(nlp: Any) -> None:
    doc = nlp("The keepers raised Kessa, a female born in 2010, and her daughter Lio.")
    assert {t.text: g for t, g in described_genders(doc[:])} == {"Kessa": "f", "Lio": "f"}
    named = nlp("The first chick was a male named Obi.")
    assert [(t.text, g) for t, g in described_genders(named[:])] == [("Obi", "m")]


def test_a_noun_hung_on_a_far_subject_says_nothing(nlp: Any) -> None:
    # the parse the model gave a sentence like this one: "a male" hung on the far subject
    words = ["Acme", "and", "Ann", "hailed", "the", "birth", ",", "a", "male", "named", "Obi"]
    heads = [3, 0, 0, 3, 5, 3, 3, 8, 0, 8, 9]
    deps = ["nsubj", "cc", "conj", "ROOT", "det", "dobj", "punct", "det", "appos", "acl", "oprd"]
    pos = [
        "PROPN",
        "CCONJ",
        "PROPN",
        "VERB",
        "DET",
        "NOUN",
        "PUNCT",
        "DET",
        "NOUN",
        "VERB",
        "PROPN",
    ]
    tags = ["NNP", "CC", "NNP", "VBD", "DT", "NN", ",", "DT", "NN", "VBN", "NNP"]
    lemmas = ["Acme", "and", "Ann", "hail", "the", "birth", ",", "a", "male", "name", "Obi"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert [(t.text, g) for t, g in described_genders(doc[:])] == [("Obi", "m")]
