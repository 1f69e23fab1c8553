"""The people of a short political story, each found and offered beside the others.

fresh20's Georgian election named four candidates, yet most questions on them were refused
for want of options: "a former Saakashvili ally" read the name as a body's (an ally is a
nation first in WordNet) though the article also writes "Mr. Saakashvili"; "billionaire
Badri Patarkatsishvili", labelled an organisation, was no person because "billionaire" lacks
an agent's ending; that aside's "his own pocket" then went to the story's last man; and three
surnames of people the article names in full were no fair three-option question.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from questions.generate.facts import Fact
from questions.generate.persons import Cast, antecedent_person
from questions.generate.relabel import people_named
from questions.generate.three import too_few_options
from questions.generate.unpersons import written_unlike_person

RUNOFF = (
    "Tomas Vrelidze called the vote early. Mr. Vrelidze says it will be fair. Arno "
    "Bekashvili, a former Vrelidze ally, leads the Green Dawn bloc."
)


def test_a_name_after_mr_is_a_person_whatever_noun_follows_it_elsewhere() -> None:
    # "ally" is a nation in WordNet's first sense; "Mr." is said of no one but a person
    assert not written_unlike_person("Vrelidze", RUNOFF, [])
    assert written_unlike_person("Vrelidze", RUNOFF.replace("Mr. Vrelidze", "It"), [])


def _tycoon(nlp: Any) -> tuple[Any, Fact]:
    """Parse a sentence whose rich candidate the model took for an organisation."""
    doc = nlp(
        "Another candidate, exiled tycoon Zurab Mtkvarishvili, is promising free bread for "
        "a year out of his own pocket if he is elected."
    )
    start = next(t.i for t in doc if t.text == "Zurab")
    doc.ents = [Span(doc, start, start + 2, label="ORG")]
    return doc, Fact(0, start, start + 2, "Zurab Mtkvarishvili", "ORG", "organization")


def test_a_name_after_a_noun_that_is_only_ever_a_person_is_a_person(nlp: Any) -> None:
    doc, fact = _tycoon(nlp)
    said = Fact(0, 0, 1, "Mtkvarishvili", "PERSON", "person")  # named alone elsewhere
    found = people_named([[fact], [said]], list(doc.sents) * 2)
    assert found[0][0].kind == "person"


def test_his_in_an_aside_on_the_subject_is_the_aside_s_person(nlp: Any) -> None:
    doc, _ = _tycoon(nlp)
    cast = Cast(names={"Tomas Vrelidze": "Tomas Vrelidze", "Vrelidze": "Tomas Vrelidze"},
                genders={"Tomas Vrelidze": "m"})  # fmt: skip
    his = next(t for t in doc if t.lower_ == "his")
    sentence = next(iter(doc.sents))
    named = antecedent_person(sentence, his, {"m": "Tomas Vrelidze"}, cast, set())
    assert named == "Zurab Mtkvarishvili"  # not the story's last man, Vrelidze


def test_three_surnames_of_people_named_in_full_are_a_fair_question() -> None:
    key = Fact(0, 0, 1, "Vrelidze", "PERSON", "person")
    rivals = ["Bekashvili", "Mtkvarishvili"]
    full = frozenset({"Vrelidze", "Bekashvili", "Mtkvarishvili"})
    assert too_few_options(key, "Vrelidze", rivals, "article", full) is None
    # a surname the article gives nobody in full may be anything: still refused
    assert too_few_options(key, "Vrelidze", rivals, "article", full - {"Bekashvili"})
