"""Blind review 22 on made-up sentences: a prepositional verb ("result in", "consist of",
"depend on") leaves its preposition behind in a wh-question ("How many injuries did the fire
result in?"), while a place keeps its preposition or "where"; a one-word name of its own
("Zarela") gets the article's people by their full names as options, no bare surnames; and a
role set after a person's
blank as an appositive ("_____, Governor of Ohio,") is left out of the cloze, since it names
the key to anyone who knows who holds the role."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from questions.generate import generate
from questions.generate.facts import Fact, sentence_facts
from questions.generate.keyaside import key_role_aside
from questions.generate.stranded import prepositional_verb
from questions.generate.surnamed import mononym
from tests.generate.generate_checks import asked_wh


def test_wordnet_knows_prepositional_verbs() -> None:
    assert prepositional_verb("result", "in") and prepositional_verb("consist", "of")
    assert prepositional_verb("depend", "on") and prepositional_verb("account", "for")
    assert not prepositional_verb("arrive", "in") and not prepositional_verb("compete", "in")


def test_a_prepositional_verb_strands_its_preposition(nlp: Any) -> None:
    text = "The warehouse fire at the old harbour of Westport resulted in 14 injuries last week."
    assert asked_wh(nlp, text, "14")[0] == (
        "How many injuries did the warehouse fire at the old harbour of Westport result in "
        "last week?"
    )
    text = "The crash of the coach near Dunmore resulted in nine deaths."
    assert asked_wh(nlp, text, "nine")[0] == (
        "How many deaths did the crash of the coach near Dunmore result in?"
    )
    text = "The new rail line will depend on Marlow Council for its funding."
    assert asked_wh(nlp, text, "Marlow Council")[0] == (
        "Which council will the new rail line depend on for its funding?"
    )


def test_a_place_keeps_its_wh_word(nlp: Any) -> None:
    assert asked_wh(nlp, "The mayor spoke in Westport on Monday.", "Westport")[0] == (
        "Where did the mayor speak on Monday?"
    )


def _aside(nlp: Any, text: str, name: str) -> str:
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == name)
    return " ".join(sentence.doc[i].text for i in sorted(key_role_aside(sentence, fact)))


def test_a_role_after_the_name_is_an_aside(nlp: Any) -> None:
    text = "According to Martin Keane, Governor of Ohio, the inquiry into the fire is ongoing."
    assert _aside(nlp, text, "Martin Keane") == ", Governor of Ohio"
    text = "The plan was praised by Ruth Calder, the mayor of Dunmore."
    assert _aside(nlp, text, "Ruth Calder") == ", the mayor of Dunmore"


def test_a_name_or_a_place_after_the_name_is_no_role(nlp: Any) -> None:
    text = "The plan was praised by Ruth Calder, Dunmore, on Monday."
    assert _aside(nlp, text, "Ruth Calder") == ""
    assert _aside(nlp, "Ruth Calder praised the plan on Monday.", "Ruth Calder") == ""


_AWARDS = """Cardiff hosts the Harbour Music Awards

The Harbour Music Awards were held in Cardiff on Saturday night, hosted by the comedian \
Gareth Lloyd. Zarela received nine nominations at the Harbour Music Awards, more than any \
other act. Rapper Marcus Fenwick won Best New Artist for his debut record, while the band \
leader Tessa Holloway accepted the prize for Best Live Act. Guitarist Owen Pritchard paid \
tribute to the late producer Dilys Morgan, who died in March at the age of 71. The ceremony \
was watched by 2.1 million people on television, organisers said on Sunday.
"""


def _person(text: str) -> Fact:
    return Fact(0, 0, len(text.split()), text, "PERSON", "person")


def test_a_name_of_its_own_is_a_mononym() -> None:
    article = [_person("Zarela"), _person("Gareth Lloyd"), _person("Tessa Holloway")]
    assert mononym("Zarela", article, None)
    assert not mononym("Holloway", article, None)  # the surname of one named in full
    assert not mononym("Emma", article, None)  # a list's first name
    assert not mononym("Gareth Lloyd", article, None)


def test_a_mononym_key_gets_full_names_not_surnames() -> None:
    result = generate(_AWARDS, slug="awards", title="Cardiff hosts the Harbour Music Awards")
    asked = next(q for q in result.qset.questions if "nine nominations" in q.text)
    assert asked.options[asked.answer] == "Zarela"
    others = [o for o in asked.options if o != "Zarela"]
    assert len(others) == 3 and all(" " in o for o in others)  # "Tessa Holloway", not "Holloway"
    assert "Marcus Fenwick" not in others  # the article's other winner may be right too


def test_a_word_written_beside_a_name_is_no_mononym() -> None:
    article = [_person("Zarela"), _person("Gareth Lloyd")]
    said = "President Varkon met the envoys. When Zarela sang, Ilsbeth Quorn wept."
    context: Any = SimpleNamespace(text=said, roles={})
    assert mononym("Zarela", article, context)  # "When Zarela": a word of no name before it
    assert not mononym("Varkon", article, context)  # a title's surname
    assert not mononym("Ilsbeth", article, context)  # a first name of a longer name
