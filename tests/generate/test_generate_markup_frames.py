"""Review 67: Wikinews' language template pasted as text is no prose, and a participle naming
an indefinite noun's doer ("A poll, taken by CBS …,") stays in the stem."""

from __future__ import annotations

from typing import Any

from questions.generate.asides import asides
from questions.generate.clean import clean_article, without_glosses


def test_a_language_gloss_is_dropped_with_its_foreign_word() -> None:
    """'Captain ((cs))Czech language: kapitán Jan Novel': the English title and name stay."""
    raw = (
        "Ferry sinks on the Vltava\n\nMonday, May 4, 2015\n\n"
        "The crew was led by Captain ((cs))Czech language: kapitán Jan Novel and Major "
        "((cs))Czech language: major Ota Brenk, both of the river police."
    )
    assert clean_article(raw).paragraphs == (
        "The crew was led by Captain Jan Novel and Major Ota Brenk, both of the river police.",
    )


def test_a_gloss_whose_code_is_not_its_language_stays() -> None:
    """'((xx))Czech language:' names no language by its code: left as written."""
    text = "the ((xx))Czech language: foo Bar team"
    assert without_glosses(text) == text
    assert without_glosses("the ((de))German language: Landtag voted") == "the Landtag voted"


def test_a_participle_naming_whose_poll_stays(nlp: Any) -> None:
    """'A survey, carried out by Gallup after the vote,': which survey; an aside on "the"
    survey still goes."""
    doc = nlp("A survey, carried out by Gallup after the vote, found 40% backed the plan.")
    assert not asides(list(doc), range(12, 13))
    doc = nlp("The survey, carried out after the vote, found 40% backed the plan.")
    assert asides(list(doc), range(10, 11))
