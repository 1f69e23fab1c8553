"""Rules the held-out articles showed missing: a "he" inside a relative clause, an extraposed
"it", a "then-" title, a fronted date kept before a closing relative, a title's gender, a
full name said again by the surname, a headline's plural,
and the one amount of a mixed list. Each is shown on sentences of no article."""

from __future__ import annotations

from typing import Any

from questions.generate.amounts import only_amount_listed
from questions.generate.facts import Fact
from questions.generate.filters import not_standalone
from questions.generate.forms import write_form
from questions.generate.people import said_genders
from questions.generate.pronouns import bound_pronouns
from questions.generate.references import unresolved_reference
from questions.generate.relabel import surnamed_people
from questions.generate.reported import saying_demonstratives
from questions.generate.stems import run_on


def _fact(sentence: Any, text: str, kind: str) -> Fact:
    ent = next(e for e in sentence.ents if e.text == text)
    return Fact(0, ent.start, ent.end, ent.text, ent.label_, kind)


def test_a_relative_clauses_he_is_the_only_person_before_it(nlp: Any) -> None:
    sentence = next(nlp("Garcia sold the old car he bought in Ohio on May 3.").sents)
    date = _fact(sentence, "May 3", "date")
    stem = "Garcia sold the old car he bought in Ohio on _____."
    assert "he" in bound_pronouns(sentence, range(date.start, date.end), stem)
    assert not_standalone(stem, "rule:date-blank", bound_pronouns(
        sentence, range(date.start, date.end), stem)) is None  # fmt: skip
    # another noun before "he" may be the one meant
    other = next(nlp("Garcia sold his brother's old car he bought in Ohio on May 3.").sents)
    date = _fact(other, "May 3", "date")
    stem = "Garcia sold his brother's old car he bought in Ohio on _____."
    assert "he" not in bound_pronouns(other, range(date.start, date.end), stem)


def test_an_extraposed_it_names_nothing() -> None:
    stem = "Who resigned after it became known that he had lied?"
    assert not_standalone(stem, "rule:person-subject", frozenset({"he"})) is None
    # a referential "it" still leans on the article
    assert not_standalone("Tom grew after it became a port in _____.", "rule:date-blank")


def test_the_asking_word_and_the_headline_are_no_relative_clauses() -> None:
    assert run_on("📰 Builder wins award\nWho met the man who built the bridge?") is None
    assert run_on("In May, who met the man who built the bridge?") is None
    assert run_on("Who met the man who built the bridge which fell?") is not None
    # a statement's opening relative is one
    assert run_on("Ann Lee, who lives there, met the man who built it.") is not None


def test_a_then_title_points_nowhere(nlp: Any) -> None:
    sentence = next(nlp("In May, Tom Hardy resigned after his then-wife Ann Hardy spoke.").sents)
    fact = _fact(sentence, "Tom Hardy", "person")
    stem = "In May, who resigned after his then-wife Ann Hardy spoke?"
    assert unresolved_reference(sentence, fact, stem) is None


def test_a_fronted_date_stays_before_a_closing_relative(nlp: Any) -> None:
    text = "In May, Tom Hardy was forced to resign after he met a dealer who had ties to a gang."
    sentence = next(nlp(text).sents)
    stem, _ = write_form(sentence, _fact(sentence, "Tom Hardy", "person"), {}, None)
    assert stem is not None
    assert stem.text.startswith("In May, who was forced to resign")
    assert stem.text.endswith("who had ties to a gang?")


def test_a_title_says_a_gender(nlp: Any) -> None:
    doc = nlp(
        "Company spokeswoman Jane Roe declined to comment. "
        "German Chancellor Angela Merkel arrived on Monday."
    )
    genders = said_genders(list(doc.sents))
    assert genders.get("jane roe") == "f" and genders.get("roe") == "f"
    assert "angela merkel" not in genders  # "German" is no "-man" title


def test_a_full_name_said_again_by_its_surname_is_a_person() -> None:
    full = Fact(0, 0, 2, "Stan Lee", "PERSON", "name")
    alone = Fact(1, 9, 10, "Lee", "PERSON", "person")
    assert surnamed_people([[full], [alone]])[0][0].kind == "person"
    assert surnamed_people([[full], []])[0][0].kind == "name"


def test_the_street_is_one_of_the_headlines_streets(nlp: Any) -> None:
    sentence = next(nlp("The minister asked how the files wound up on the street.").sents)
    fact = Fact(0, 1, 2, "minister", "", "person")
    asked = "Who asked how the files wound up on the street?"
    headline = "📰 Secret files found on rainy streets\n"
    assert unresolved_reference(sentence, fact, headline + asked) is None
    assert unresolved_reference(sentence, fact, asked) is not None


def test_an_amount_after_a_thing_is_the_lists_only_amount(nlp: Any) -> None:
    sentence = next(nlp("The team won the championship and $50,000.").sents)
    assert only_amount_listed(sentence, _fact(sentence, "50,000", "money"))
    sentence = next(nlp("The team won $10,000 and $50,000.").sents)
    assert not only_amount_listed(sentence, _fact(sentence, "50,000", "money"))


def test_a_sayings_this_is_the_speakers(nlp: Any) -> None:
    text = "Ann Lee said the city had ignored the floods and her report raised this issue."
    sentence = next(nlp(text).sents)
    fact = _fact(sentence, "Ann Lee", "person")
    asked = "Who said the city had ignored the floods and her report raised this issue?"
    assert saying_demonstratives(sentence, fact, asked) == frozenset({"this"})
    # a question that asks no speaker keeps "this" a reference
    assert not saying_demonstratives(sentence, fact, "Who raised this issue?")
