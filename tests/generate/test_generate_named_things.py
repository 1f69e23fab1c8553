"""A name the model takes for a person's but the article sets beside a thing's noun."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import fact_kind

NOVEL = (
    "Margaret Atwood was there to launch her graphic novel Angel Catbird, with illustrator "
    "Johnnie Christmas."
)


def _kind(nlp: Any, sentence: str, name: str) -> tuple[str, str] | None:
    doc = nlp(sentence)
    span = next(e for e in doc.ents if e.text == name)
    return fact_kind(span)


def test_a_novel_or_film_named_after_its_noun_is_nobody(nlp: Any) -> None:
    # "her graphic novel Angel Catbird" gave "Angel Catbird" as a person among Mark Hamill
    # and Kevin Conroy; "Whose …?" and person options are wrong for a book
    assert _kind(nlp, NOVEL, "Angel Catbird") == ("name", "")
    assert _kind(nlp, "They watched the film Forrest Gump.", "Forrest Gump") == ("name", "")


def test_a_person_after_a_noun_for_someone_stays_a_person(nlp: Any) -> None:
    assert _kind(nlp, "He thanked his friend John Smith.", "John Smith") == ("person", "")
    met = "She met the novelist Jane Porter in London."
    assert _kind(nlp, met, "Jane Porter") == ("person", "")
