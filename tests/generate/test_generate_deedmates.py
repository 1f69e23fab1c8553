"""A person the article gives the key's deed in other words is no wrong option for it: "would
back Pell" beside "declared his support for Pell", "Also charged are …" and "both have been
charged" beside "targeted for prosecution"."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.deedmates import deed_mates
from questions.generate.facts import Fact

_TRIAL = """Bridge collapse trial opens in Lindau

Tuesday, May 4, 2021

A court in Lindau on Monday opened the trial of five men and a building firm over the collapse \
of the Seeweg bridge, which killed nine people in 2017.

Rex Hale, the site foreman who is said to have ordered the cheaper bolts, and his manager Tom \
Iver, have been targeted for prosecution. Both men and their employer deny wrongdoing. Also \
charged are two engineers of the firm that designed the bridge, Corvan. Lena Ostby was head of \
design for the bridge and its chief surveyor was Piet Amsel; both have been charged for a \
failure to check the load figures. The former city inspector, Mara Quist, is facing charges on \
the same basis.

Each man could be jailed for up to five years. The firm faces a fine of up to 400,000 euros.

Judge Karin Voss read out the names of the nine dead before the charges were read. Lawyer \
Ulrich Brandt, who represents Corvan, said the bridge had been sound. Hanna Roth, who lost her \
son in the collapse, said the families wanted answers.
"""

_STANDOFF = """Army chiefs back governor in Veloria standoff

Friday, June 11, 2021

The governor of Veloria province, Dana Pell, has taken control of the provincial offices after \
the provincial assembly was dissolved on Thursday. General Otto Brand joined other army chiefs \
in saying they would back Dana Pell, a former teacher and union leader.

Assembly speaker Mirek Sand called the move illegal and asked the courts to act.

Colonel Ivo Marsh, head of the provincial police, has declared his support for Pell and says \
most of his officers are behind the governor.
"""


def _mates(nlp: Any, text: str, name: str) -> frozenset[str]:
    """Return the names that share the deed of `name`'s mention (its first) in `text`."""
    doc = nlp(text)
    ent = next(e for e in doc.ents if e.text == name)
    fact = Fact(0, ent.start, ent.end, ent.text, "PERSON", "person")
    return deed_mates(ent.sent, fact, list(doc.sents))


def _rivals(text: str, key: str) -> list[tuple[str, set[str]]]:
    """Return each generated question keyed `key` with its wrong options."""
    quiz = generate(text, slug="made-up", title="Made up").qset
    return [
        (q.text, set(q.options) - {q.options[q.answer]})
        for q in quiz.questions
        if q.options[q.answer] == key
    ]


def test_backing_the_same_person_is_declaring_support_for_him(nlp: Any) -> None:
    text = (
        "Colonel Ivo Marsh has declared his support for Dana Pell. General Otto Brand joined "
        "other army chiefs in saying they would back Dana Pell."
    )
    assert "otto brand" in _mates(nlp, text, "Ivo Marsh")
    assert "ivo marsh" in _mates(nlp, text, "Otto Brand")


def test_backing_someone_else_or_a_lone_they_shares_nothing(nlp: Any) -> None:
    other = "Ivo Marsh has declared his support for Dana Pell. Otto Brand backed Mirek Sand."
    assert _mates(nlp, other, "Ivo Marsh") == frozenset()
    lone = (
        "Ivo Marsh has declared his support for Dana Pell. Otto Brand said they would back "
        "Dana Pell."
    )  # "they" need not take in Brand: no "other chiefs" he joined
    assert _mates(nlp, lone, "Ivo Marsh") == frozenset()


def test_also_charged_both_and_facing_charges_join_the_prosecuted(nlp: Any) -> None:
    mates = _mates(nlp, _TRIAL, "Tom Iver")
    assert {"rex hale", "lena ostby", "piet amsel", "mara quist"} <= mates
    assert "karin voss" not in mates and "ulrich brandt" not in mates


def test_another_deed_also_done_adds_no_one(nlp: Any) -> None:
    text = (
        "Rex Hale has been targeted for prosecution. Lena Ostby also spoke to reporters. "
        "Piet Amsel was charged with fraud in 2009."
    )  # "Ostby also spoke": another deed of hers; Amsel's charge is told far from the deed
    assert _mates(nlp, text, "Rex Hale") == frozenset()


def test_two_like_deeds_to_no_one_are_one_only_when_one_adds_people(nlp: Any) -> None:
    apart = "Rex Hale was elected in the north. Lena Ostby was elected in the south."
    assert _mates(nlp, apart, "Rex Hale") == frozenset()  # two elections, told apart
    added = "Rex Hale was charged on Monday. Lena Ostby, too, was charged."
    assert "lena ostby" in _mates(nlp, added, "Rex Hale")
    grounds = "Rex Hale was charged on Monday. Lena Ostby faces charges on the same basis."
    assert "lena ostby" in _mates(nlp, grounds, "Rex Hale")


def test_the_prosecuted_are_asked_without_each_other_as_options() -> None:
    asked = _rivals(_TRIAL, "Tom Iver")
    assert asked, "no question keyed Tom Iver"
    for text, rivals in asked:
        assert not rivals & {"Lena Ostby", "Piet Amsel", "Mara Quist"}, text


def test_the_supporter_is_asked_without_the_other_backer() -> None:
    asked = _rivals(_STANDOFF, "Ivo Marsh")
    assert asked, "no question keyed Ivo Marsh"
    for text, rivals in asked:
        assert "Otto Brand" not in rivals, text
