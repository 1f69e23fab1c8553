"""Names review 33's untouched article broke (Iraq's "Chemical Ali" trial, no question at all):
a family name's lower-case particle ("al-Majid", "de Gaulle") is still a person's name; two
names the model cut apart with nothing between them are one person's; a name the model ran on
into another's ("under Saddam Hussein Sabir al-Douri") is asked as the second alone; and a title
before a name is the whole office ("State Department Spokesman", "Secretary of State"), which a
question leaves out when no other option holds it."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from questions.generate.entities import mend_names
from questions.generate.facts import Fact
from questions.generate.nlp import load_nlp
from questions.generate.particles import name_cased
from questions.generate.pipeline import generate
from questions.generate.runtogether import split_run_together
from questions.generate.stems import key_title


def _token(doc: Any, text: str) -> int:
    """Return the index of a word's first token in a parsed text."""
    return int(next(t.i for t in doc if t.text == text))


def test_a_lower_case_particle_keeps_a_name_a_name() -> None:
    """nameparser's particles: "al-" joined to a family name, "de" or "van der" inside one."""
    assert name_cased(["Ali", "Hassan", "al-Majid"])
    assert name_cased(["Charles", "de", "Gaulle"])
    assert name_cased(["Ursula", "von", "der", "Leyen"])
    assert name_cased(["al-Majid"])  # named by the family name alone, later on
    assert not name_cased(["nonpartisan", "pan-democrat"])  # a description, no name
    assert not name_cased(["de", "Gaulle"])  # a sentence's "de", not a name's opening
    assert not name_cased(["Ali", "al-majid"])  # the family name itself is capitalised


def test_two_names_with_nothing_between_are_one_person() -> None:
    """ "Sultan Karim" "Ahmad al-Zubi" as the model cut them: one man, asked whole."""
    doc = load_nlp()("Former minister Sultan Karim Ahmad al-Zubi was sentenced on Monday.")
    start = _token(doc, "Sultan")
    doc.ents = [Span(doc, start, start + 2, label="PERSON"),
                Span(doc, start + 2, start + 6, label="PERSON")]  # fmt: skip
    mend_names(doc)
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PERSON"] == [
        ("Sultan Karim Ahmad al-Zubi", "PERSON")
    ]


def test_a_description_before_a_name_stays_apart() -> None:
    """ "nonpartisan pan-democrat" the model took for a name is not joined to "Eddie Chu"."""
    doc = load_nlp()("In the west, nonpartisan pan-democrat Eddie Chu was elected.")
    first, name = _token(doc, "nonpartisan"), _token(doc, "Eddie")
    doc.ents = [Span(doc, first, name, label="PERSON"),
                Span(doc, name, name + 2, label="PERSON")]  # fmt: skip
    mend_names(doc)
    assert "Eddie Chu" in [e.text for e in doc.ents]


def test_a_name_run_on_into_anothers_is_asked_as_the_second() -> None:
    """The article names Omar Haddad alone, so "Omar Haddad Nabil al-Sayer" is two men: the
    director is Nabil al-Sayer."""
    nlp = load_nlp()
    first = nlp("A cousin of Omar Haddad was jailed.")
    second = nlp("One term was for the director under Omar Haddad Nabil al-Sayer.")
    sentences = [next(iter(first.sents)), next(iter(second.sents))]
    haddad = _token(first, "Omar")
    run_on = _token(second, "Omar")
    facts = [
        [Fact(0, haddad, haddad + 2, "Omar Haddad", "PERSON", "person")],
        [Fact(1, run_on, len(second) - 1, "Omar Haddad Nabil al-Sayer", "PERSON", "person")],
    ]
    split = split_run_together(facts, sentences)
    assert split[0][0].text == "Omar Haddad"
    assert (split[1][0].text, split[1][0].start) == ("Nabil al-Sayer", run_on + 2)


def test_a_name_alone_in_the_article_is_not_split() -> None:
    """With no Omar Haddad of his own, "Omar Haddad Nabil" is left as the model read it."""
    doc = load_nlp()("One term was for Omar Haddad Nabil Sayer.")
    sentence = next(iter(doc.sents))
    start = _token(doc, "Omar")
    fact = Fact(0, start, start + 4, "Omar Haddad Nabil Sayer", "PERSON", "person")
    assert split_run_together([[fact]], [sentence]) == [[fact]]


def test_a_title_is_the_whole_office_before_the_name() -> None:
    """ "State Department Spokesman" (a body's name, then the title) and "Secretary of State"
    are the words a question leaves out with the title."""
    nlp = load_nlp()
    doc = nlp("Briefing reporters, State Department Spokesman Sean Miller said the talks went on.")
    name = _token(doc, "Sean")
    title = key_title(doc[:], Fact(0, name, name + 2, "Sean Miller", "PERSON", "person"))
    assert [doc[i].text for i in sorted(title)] == ["State", "Department", "Spokesman"]
    doc = nlp("The deal was announced by Secretary of State Laura Kent last August.")
    name = _token(doc, "Laura")
    title = key_title(doc[:], Fact(0, name, name + 2, "Laura Kent", "PERSON", "person"))
    assert [doc[i].text for i in sorted(title)] == ["Secretary", "of", "State"]


TRIAL = """Three former officials sentenced in Varnia

Monday, June 25, 2007

A court in Varnia on Sunday sentenced three former officials of the old regime for their roles \
in the Hollow Valley campaign, in which about 12,000 villagers died.

Former defense minister Sultan Karim Ahmad al-Zubi was also sentenced to death, for ordering \
attacks on villages in the valley. He told the court he was innocent as he was led away.

Former army chief Omar Haddad Nabil al-Sayer was given a life sentence, and former governor of \
Dorna Farid Selim was cleared for lack of evidence. The trial lasted 14 months and heard from \
150 witnesses.

Judge Miriam Kost read the verdicts in a packed courtroom. Lawyers for al-Sayer said they would \
appeal within 30 days.
"""


def test_a_name_after_a_title_keeps_its_first_word() -> None:
    """ "minister Sultan Karim Ahmad al-Zubi": "Sultan" follows a title, so it is the name's
    own first word, not a second title to drop; no question keys or offers the man as
    "Karim Ahmad al-Zubi" (review 35 failed such a shortened key)."""
    quiz = generate(TRIAL, slug="trial", title="Officials sentenced").qset
    assert quiz.questions
    shown = {option for q in quiz.questions for option in q.options}
    assert "Karim Ahmad al-Zubi" not in shown
