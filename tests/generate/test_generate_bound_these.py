"""Review 79: a "he" inside what one of two subjects said is that subject's, not the first
one's ("Petrov was released, but Halvorsen said … the demands he made": Halvorsen's), and
unsure where neither or both clauses hold it; "these new Nordic satellites" is asked "the
new Nordic satellites" and judged as a "the" phrase, never kept pointing back."""

from __future__ import annotations

from typing import Any

from questions.generate.persons import Cast, antecedent_person
from tests.generate.generate_checks import written_keys

_PEOPLE = ("Ivan Petrov", "Lars Halvorsen", "Erik Dahl", "Olav Berg")


def _cast() -> Cast:
    names = {full: full for full in _PEOPLE} | {full.split()[1]: full for full in _PEOPLE}
    return Cast(names=names, genders=dict.fromkeys(_PEOPLE, "m"))


def _he(nlp: Any, text: str) -> str | None:
    sentence = next(nlp(text).sents)
    he = next(t for t in sentence if t.lower_ == "he")
    return antecedent_person(sentence, he, {}, _cast(), set())


def test_a_he_inside_the_second_subjects_saying_is_his(nlp: Any) -> None:
    text = (
        "Petrov has since been released from prison, but Halvorsen has said his union will "
        "not return to work until all the demands he made have been met."
    )
    assert _he(nlp, text) == "Halvorsen"


def test_a_he_two_subjects_clauses_hold_is_unsure(nlp: Any) -> None:
    # said (Dahl's) and lied (Berg's) both hold "he"
    assert _he(nlp, "Dahl said Berg had lied to the court when he testified in March.") is None
    # one subject alone is the pronoun's, as before
    assert _he(nlp, "When Dahl met Berg in Oslo, he signed the contract.") == "Dahl"


_MOONS = (
    "On Tuesday, astronomers of the Nordic Space Institute announced the discovery of seven "
    "small moons orbiting Saturn.\n\n"
    "The team led by Lars Halvorsen found the moons with a telescope in Chile. Orbits of these "
    "new Nordic moons were calculated by the institute's Erik Dahl. Of the seven moons, five "
    "were found to be retrograde. These five retrograde moons take about three years to "
    "complete one revolution around Saturn.\n\n"
    "Halvorsen has led the institute's search since 2009. The team plans another survey of "
    "the outer planets in 2026, when a larger camera will be fitted to the telescope. These "
    "plans were approved by the board of the institute in March."
)


def test_these_is_asked_the_and_never_kept(monkeypatch: Any) -> None:
    keys = written_keys(_MOONS, monkeypatch, "Nordic astronomers find seven moons of Saturn")
    orbits = "Orbits of the new Nordic moons were calculated by the Nordic Space Institute's"
    assert keys.get(f"{orbits} _____.") == "Erik Dahl"
    assert not any("these" in line.lower() for line in keys)
    # "the plans" stands no more alone than "these plans": refused as pointing back
    assert not any("plans were" in line or "plans approved" in line for line in keys)


_STRIKE = (
    "Dock workers in the port of Bergen walked out on Monday after the arrest of union "
    "organiser Ivan Petrov.\n\n"
    "Petrov has since been released from prison, but Halvorsen has said his union will not "
    "return to work until all the demands he made have been met. Lars Halvorsen has led the "
    "union since 2011.\n\n"
    "The port handles about 40 ships a week, most of them carrying fish and timber to "
    "Germany and the Netherlands. Shipping firms said the strike had cost them 12 million "
    "kroner so far, and that six ships were waiting outside the harbour on Wednesday."
)


def test_an_article_names_no_one_else_for_the_speakers_he(monkeypatch: Any) -> None:
    keys = written_keys(_STRIKE, monkeypatch, "Bergen dock workers strike")
    assert not any("demands Ivan Petrov" in line or "demands Petrov" in line for line in keys)
