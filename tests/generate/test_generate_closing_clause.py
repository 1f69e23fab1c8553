"""A fact of a sentence's closing ", and it is also the second time …" clause is asked from
that clause alone (its "it" said as the opening's "This"), the other clause's date no part of
its occasion; "the festival" after "this festival" in one sentence is the one just named; and
"the situation in Ukraine" one focuses on is no place the focusing happened in."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import generate
from questions.generate.context import parse
from questions.generate.definites import name_definites
from questions.generate.facts import sentence_facts
from questions.generate.forms import write_form
from questions.generate.reviewed import dropped_occasion
from questions.generate.stems import cloze

ARTICLE = """On June 4, Mayor Karin Olsen opened the Bergen Jazz Festival in Norway.

This is the fifth consecutive year that she has opened this festival since 2018, and it is \
also the second time that she has opened the festival outdoors.

Olsen focused on the situation in Ukraine when talking on the phone with Swedish Prime \
Minister Ulf Kristersson in Stockholm.

The festival drew 40,000 visitors in 2022, and organisers expect 45,000 this year. The city \
of Bergen paid 2 million kroner for the new outdoor stage at Bryggen.
"""


@pytest.fixture(scope="module")
def asked() -> dict[str, str]:
    """Map each question of the made-up article to its key."""
    qset = generate(ARTICLE, slug="bergen", title="Bergen").qset
    return {q.text: q.correct_option for q in qset.questions}


def test_the_closing_clause_is_asked_alone(asked: dict[str, str]) -> None:
    # written alone; the quiz asks the sentence twice, here its opening clause's "fifth" and
    # "Since which year …?" (2018), which the "Nth year that" clause states
    parsed = parse(tuple(p for p in ARTICLE.split("\n\n") if p.strip()), None)
    index, sentence = next((i, s) for i, s in enumerate(parsed.sentences) if "second" in s.text)
    stem = write_form(sentence, _fact(sentence, "second"), parsed.replace[index], None)[0]
    blank = "This is the _____ time that Karin Olsen has opened the Bergen Jazz Festival outdoors."
    assert stem is not None and stem.text == blank
    # the opening clause's own blank is still asked, without the closing clause
    assert any(k == "2018" and "second" not in text for text, k in asked.items())


def _fact(sentence: Any, text: str) -> Any:
    return next(f for f in sentence_facts(sentence, 0) if f.text == text)


def test_a_focus_on_a_situation_is_no_place(nlp: Any) -> None:
    doc = nlp("Olsen focused on the situation in Ukraine when talking to Ulf Kristersson.")
    sentence = next(doc.sents)
    stem = write_form(sentence, _fact(sentence, "Ukraine"), {}, None)[0]
    assert stem is not None and not stem.text.startswith("In which country")
    # an event held somewhere is where its verb happened
    doc = nlp("Olsen spoke at a summit in Oslo about the festival.")
    sentence = next(doc.sents)
    stem = write_form(sentence, _fact(sentence, "Oslo"), {}, None)[0]
    assert stem is not None and stem.text.startswith("In which city did Olsen speak")


def test_a_contrast_keeps_its_other_side(nlp: Any) -> None:
    doc = nlp("Norway is not one of the nations covered by the ban, but teams from Sudan, "
              "Iran, and Yemen are among the 163 teams in the competition.")  # fmt: skip
    sentence = next(doc.sents)
    stem = cloze(_fact(sentence, "Sudan"), list(sentence), {})
    assert stem is not None and stem.text.startswith("Norway is not one of the nations")


def test_the_other_clauses_date_is_not_the_occasion(nlp: Any) -> None:
    doc = nlp("This is the fifth consecutive year that she has opened the festival since 2018, "
              "and it is also the second time that she has opened it outdoors.")  # fmt: skip
    sentence = next(doc.sents)
    second = _fact(sentence, "second")
    stem = "This is the _____ time that Karin Olsen has opened the festival outdoors."
    assert dropped_occasion(sentence, second, stem, False) is None
    # a date fronted before the subject dates both clauses: leaving it out is refused
    doc = nlp("In 2018, the mayor opened the festival, and she also opened it outdoors for the "
              "second time.")  # fmt: skip
    sentence = next(doc.sents)
    stem = "The mayor opened it outdoors for the _____ time."
    assert dropped_occasion(sentence, _fact(sentence, "second"), stem, False) is not None


def test_the_noun_just_named_is_named_again(nlp: Any) -> None:
    doc = nlp("She has opened this festival since 2018 and opened the festival outdoors twice.")
    sentence = next(doc.sents)
    replace: dict[int, str] = {}
    name_definites(sentence, {}, {"festival": "Bergen Jazz Festival"}, replace)
    said = [replace.get(t.i, t.text) for t in sentence if t.lower_ == "festival"]
    assert said == ["Bergen Jazz Festival", "Bergen Jazz Festival"]
    # with no "this festival" before it, "the festival" of an article naming two stays
    doc = nlp("She opened the festival outdoors twice.")
    replace = {}
    name_definites(next(doc.sents), {}, {"festival": "Bergen Jazz Festival"}, replace)
    assert not replace


def test_a_titles_anniversary_is_asked_as_a_rank(nlp: Any) -> None:
    doc = nlp("On March 3, the leaders of the member states signed the Bergen Declaration on the "
              "30th Anniversary of the Nordic Council.")  # fmt: skip
    sentence = next(doc.sents)
    rank = _fact(sentence, "30th")
    assert rank.kind == "ordinal"
    stem = write_form(sentence, rank, {}, None)[0]
    assert stem is not None and stem.text.startswith("On which anniversary of the Nordic Council")
