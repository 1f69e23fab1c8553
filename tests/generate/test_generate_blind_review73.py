"""Blind review 73 on made-up text: a figure in a relative clause whose "when" stands for
its noun ("in 1961, when 40 people watched") is not asked without that noun; a
name the article ties elsewhere to the key's object ("own nuclear weapons") is no wrong
option for "Which country developed nuclear weapons?"; and one person spelt two ways
("Anna Kowalczyk", "Anna Kowalcyk") is one option, in the spelling the article mostly uses."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.misspelt import respelt, spelling_pairs
from questions.generate.objectmates import object_mates
from questions.generate.relativewhen import figure_at_relative_time
from questions.generate.sameperson import one_person, person_forms
from questions.schema import normalise


def _verb(doc: Any, word: str) -> Any:
    """Return the sentence's token of a word."""
    return next(t for t in doc if t.text == word)


def _figure(doc: Any, text: str, kind: str = "count") -> Fact:
    """Return the fact of a text the document says once."""
    start = next(t.i for t in doc if doc[t.i : t.i + len(text.split())].text == text)
    return Fact(0, start, start + len(text.split()), text, "CARDINAL", kind)


def test_a_figure_in_a_relative_when_clause_is_not_asked_alone(nlp: Any) -> None:
    doc = nlp("The first launch from Varna came in 1961, when 40 people watched from the hill.")
    assert _verb(doc, "watched").dep_ == "relcl"
    # "How many people watched?" is true of any other launch's crowd the article gives
    assert figure_at_relative_time(doc[:], _figure(doc, "40"))


def test_a_named_deed_or_an_adverbial_clause_still_asks(nlp: Any) -> None:
    doc = nlp("The crowd cheered when 40 runners crossed the line.")
    assert _verb(doc, "crossed").dep_ == "advcl"
    assert not figure_at_relative_time(doc[:], _figure(doc, "40"))
    doc = nlp("It came on the first flight when Lena Dorn lifted off aboard Falka 2.")
    assert _verb(doc, "lifted").dep_ == "relcl"
    assert not figure_at_relative_time(doc[:], _figure(doc, "Lena Dorn", "person"))


def _fact(doc: Any, text: str, kind: str) -> Fact:
    """Return the fact of a text the document says once."""
    start = next(t.i for t in doc if doc[t.i : t.i + len(text.split())].text == text)
    return Fact(0, start, start + len(text.split()), text, "GPE", kind)


_ARTICLE = (
    "Valdoria and Ostrenia developed nuclear weapons in the 1990s. "
    "The treaty permits three states to own nuclear weapons: Marvania, Kelstia and Dunbar. "
    "Trade ministers from Pellor met in Valdoria on Monday."
)


def test_a_name_tied_to_the_key_s_object_is_no_wrong_option(nlp: Any) -> None:
    doc = nlp(_ARTICLE)
    sentences = list(doc.sents)
    mates = object_mates(sentences[0], _fact(doc, "Ostrenia", "place"), sentences)
    assert {"marvania", "kelstia", "dunbar"} <= mates
    assert "pellor" not in mates  # said in no sentence about nuclear weapons


def test_a_bare_object_ties_no_names(nlp: Any) -> None:
    doc = nlp("Valdoria won the election. Pellor lost the election in March.")
    sentences = list(doc.sents)
    assert not object_mates(sentences[0], _fact(doc, "Valdoria", "place"), sentences)


def test_a_surname_a_letter_off_is_one_person() -> None:
    names = ["anna kowalczyk", "anna kowalcyk", "mark oaten", "mark olsen", "ian bell"]
    assert spelling_pairs(names) == [("anna kowalcyk", "anna kowalczyk")]
    people = [Fact(0, 0, 1, n.title(), "PERSON", "person") for n in names]
    forms = person_forms(people, [])
    assert one_person("Anna Kowalcyk", "Anna Kowalczyk", forms)
    assert not one_person("Mark Oaten", "Mark Olsen", forms)


def test_the_slip_is_shown_as_the_article_mostly_spells_it() -> None:
    text = "Anna Kowalczyk spoke first. Kowalczyk then left. Later Anna Kowalcyk returned."
    slips = respelt(["anna kowalczyk", "anna kowalcyk"], text)
    assert slips == {"anna kowalcyk": "Anna Kowalczyk", "kowalcyk": "Kowalczyk"}
    tie = "Anna Kowalcyk spoke first. Later Anna Kowalczyk returned."
    assert respelt(["anna kowalczyk", "anna kowalcyk"], tie) == {
        normalise("Anna Kowalczyk"): "Anna Kowalcyk",
        "kowalczyk": "Kowalcyk",
    }


def test_two_real_surnames_an_edit_apart_are_two_people() -> None:
    """Johnson and Johnston, Owen and Owens are all surnames English writes often: they are
    two people each, never one spelt two ways; a rare form beside a common one is the slip."""
    from questions.generate.misspelt import spelling_pairs

    names = ["mark johnson", "mark johnston", "john owen", "john owens", "paul allan",
             "paul allen", "menzies campbell", "menzies cambell"]  # fmt: skip
    assert spelling_pairs(names) == [("menzies cambell", "menzies campbell")]
