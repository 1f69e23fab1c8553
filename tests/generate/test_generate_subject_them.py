"""A preposition's "them" that means its own clause's subject ("They walked … and carried with
them three tents") is bound by a question naming that subject, even one the article said as
"They"; a "them" the question cuts off does not block it; a "them" another noun of its number
before it could mean, or a direct object's "them", stays unbound."""

from __future__ import annotations

from typing import Any

from questions.generate.pronouns import bound_pronouns

HIKE = (
    "They walked 12 miles up the valley and carried with them three tents packed with food, "
    "weighing 40 pounds each and slept in between them."
)
NAMED = {0: "Ana Lopes and Ravi Mehta"}  # the "They" named by the sentence before


def _bound(nlp: Any, text: str, stem: str, key: str, replace: dict[int, str]) -> frozenset[str]:
    sentence = next(nlp(text).sents)
    start = next(t.i for t in sentence if t.text == key)
    return bound_pronouns(sentence, range(start, start + 1), stem, replace)


def test_a_prepositions_them_is_its_named_subjects(nlp: Any) -> None:
    stem = "How many tents did Ana Lopes and Ravi Mehta carry with them?"
    assert "them" in _bound(nlp, HIKE, stem, "three", NAMED)
    # with "They" left unnamed, nothing in the question says who they are
    assert "them" not in _bound(nlp, HIKE, "How many tents did they carry with them?", "three", {})


def test_a_them_another_plural_may_mean_stays_unbound(nlp: Any) -> None:
    # "between them": the tents as well as the hikers
    stem = (
        "Ana Lopes and Ravi Mehta walked _____ up the valley and carried with them three tents "
        "packed with food, weighing 40 pounds each and slept in between them."
    )
    assert "them" not in _bound(nlp, HIKE, stem, "12", NAMED)
    met = "The rangers met the climbers and brought with them two dogs."
    asked = "How many dogs did the rangers bring with them?"
    assert "them" not in _bound(nlp, met, asked, "two", {})


def test_an_objects_them_is_never_its_subjects(nlp: Any) -> None:
    found = "The guards found the miners and took them to a clinic in Tarrow."
    assert "them" not in _bound(nlp, found, "Where did the guards take them?", "Tarrow", {})


def test_a_noun_subjects_them(nlp: Any) -> None:
    text = "The hikers crossed the ridge and carried with them three tents."
    asked = "How many tents did the hikers carry with them?"
    assert "them" in _bound(nlp, text, asked, "three", {})
