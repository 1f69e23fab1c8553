"""A question's words say what the article says of a name: a party is asked as a party, a
speaker question keeps what was said, a sentence's capital is lowered, a place that only
describes a noun is no city asked, a full name drops "Mr.", a dated office drops "current",
and a definite noun keeps the name a pair of dashes gives it."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from questions.generate.asides import asides, dash_named
from questions.generate.facts import Fact
from questions.generate.fullnames import full_names
from questions.generate.nonpersons import nonpersons
from questions.generate.placemodifier import modifier_place
from questions.generate.render import lower_first
from questions.generate.reported import unsaid_telling
from questions.generate.roles import held_office
from questions.generate.whphrase import descriptor_apposed


def _fact(doc: Any, text: str, kind: str, label: str) -> Fact:
    start = next(t.i for t in doc if doc[t.i :].text.startswith(text))
    return Fact(0, start, start + len(text.split()), text, label, kind)


def test_names_listed_with_parties_are_no_people(nlp: Any) -> None:
    """ "Parties such as Clann Dearg, Cumann Glas, the Liberal Party …": the model calls the
    first two people; listed with parties, they are offered beside no person."""
    doc = nlp(
        "Leaders of major parties such as Clann Dearg, Cumann Glas, the Liberal Party, "
        "the Green Party and the Farmers Party have condemned the attack."
    )
    assert {"Clann Dearg", "Cumann Glas"} <= nonpersons(list(doc.sents))


def test_a_name_the_article_calls_a_party_is_asked_as_a_party(nlp: Any) -> None:
    """ "Partido Azul, a party which …": a body, asked "Which party …?", not a person."""
    doc = nlp(
        "Partido Azul, a party which split from the main body of the Liberal Union in 1990, "
        "has declared that the vote was unfair."
    )
    assert "Partido Azul" in nonpersons(list(doc.sents))
    assert descriptor_apposed(doc[0:2]) == "party"


def test_a_speaker_question_needs_what_was_said(nlp: Any) -> None:
    """ "Who told Radio Kestrel in an interview?": the quotation was cut away, and with it
    the fact; a question that keeps the saying is kept."""
    doc = nlp('"We will open the bridge by spring," Ann Hale told Radio Kestrel in an interview.')
    fact = _fact(doc, "Ann Hale", "person", "PERSON")
    sentence = next(iter(doc.sents))
    assert unsaid_telling(sentence, fact, "Who told Radio Kestrel in an interview?")
    said = 'Who told Radio Kestrel "We will open the bridge by spring"?'
    assert unsaid_telling(sentence, fact, said) is None


def test_a_sentences_capital_is_lowered_mid_question(nlp: Any) -> None:
    """ "… that Imaginary Texas rancher …": the model calls "Imaginary" a proper noun, but it
    is in no name and leans on a common noun; "Chief Minister" stays a title."""
    words = ["Imaginary", "Texas", "rancher", "Bo", "Pratt", "spoke", "."]
    doc = Doc(nlp.vocab, words=words,
              pos=["PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
              heads=[2, 2, 4, 4, 5, 5, 5],
              deps=["compound", "compound", "compound", "compound", "nsubj", "ROOT", "punct"],
              ents=["O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"])  # fmt: skip
    assert lower_first("Imaginary Texas rancher", doc[0]) == "imaginary Texas rancher"
    titled = Doc(nlp.vocab, words=["Chief", "Minister", "Ravi", "Das", "spoke"],
                 pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB"], heads=[1, 3, 3, 4, 4],
                 deps=["compound", "compound", "compound", "nsubj", "ROOT"])  # fmt: skip
    assert lower_first("Chief Minister Ravi Das", titled[0]) == "Chief Minister Ravi Das"


def test_a_place_describing_a_noun_is_asked_by_no_city(nlp: Any) -> None:
    """ "quoted by the Boston, Massachusetts based magazine": "By which city was the resident
    quoted?" asks a city for the magazine's deed."""
    doc = nlp("The resident was quoted by the Boston, Massachusetts based magazine.")
    fact = _fact(doc, "Boston", "place", "GPE")
    sentence = next(iter(doc.sents))
    assert modifier_place(sentence, fact, "wh") is not None
    assert modifier_place(sentence, fact, "cloze") is None


def test_a_full_name_drops_the_courtesy_title() -> None:
    """ "Mr. Okafor" said in full is "Chidi Okafor", not "Mr. Chidi Okafor"; a doctor keeps
    the title that says what she is."""
    people = {"Okafor": "Chidi Okafor", "Lind": "Maja Lind"}
    titles = frozenset({"Mr.", "Dr."})
    stem = "Why did Mr. Okafor thank Dr. Lind?"
    assert full_names(stem, people, "x", titles) == "Why did Chidi Okafor thank Dr. Maja Lind?"


def test_a_dated_office_drops_current_and_refuses_former(nlp: Any) -> None:
    """ "the current President of the Baltic Rowing Council": the question's date says when;
    a "former" president is another holder than the one in office at that date."""
    for word, office in (("current", "President of the Baltic Rowing Council"),
                         ("former", None)):  # fmt: skip
        doc = nlp(f"Jan Kowalczyk, the {word} President of the Baltic Rowing Council, wrote.")
        fact = _fact(doc, "Jan Kowalczyk", "person", "PERSON")
        assert held_office(doc, fact, True, {}) == office, word


def test_a_noun_keeps_the_name_its_dashes_give(nlp: Any) -> None:
    """ "by the upper house — the Council — on Tuesday": the dashes give the house its name;
    cut, "the upper house" would say nothing the question names. A dashed count ("— nine")
    names nothing and is cut as before."""
    doc = nlp(
        "The Harbour Act was approved by the lower house, the Diet, on Monday, and by the upper "
        "house — the Council — on Tuesday."
    )
    sentence = next(iter(doc.sents))
    house = [t for t in doc if t.text == "house"][-1]
    assert dash_named(house)
    fact = _fact(doc, "Diet", "organization", "ORG")
    council = [t.i for t in doc if t.text == "Council"]
    assert not asides(list(sentence), range(fact.start, fact.end)) & set(council)
    counted = nlp("Ann Hale led the nominations — nine — this year.")
    number = next(t for t in counted if t.text == "nominations")
    assert not dash_named(number)
