"""A "the law" right after "a law" is that new law, said by what brought it in, not the one
law the article names elsewhere (which made "The Imperial Household Law gives Akihito three
years …" of a sentence about the new abdication law); the name stays where the article said
it first or ties it to the law itself."""

from __future__ import annotations

from typing import Any

from questions.generate.definites import name_definites, named_heads
from questions.generate.movement import broken_movement
from questions.generate.newthings import NewThings
from questions.generate.render import join

_OLD = "The new law, written after complaints about the Harbour Lights Law, applies to the bay."


def _said(nlp: Any, text: str) -> list[str]:
    """Return each sentence of a text as a question would say it, its "the law"s named."""
    doc = nlp(text)
    only, _ = named_heads([doc])
    assert only == {"law": "Harbour Lights Law"}
    new, out = NewThings(only), []
    for sentence in doc.sents:
        new.start(sentence)
        replace: dict[int, str] = {}
        name_definites(sentence, only, only, replace, new=new.unnamed())
        out.append(join(list(sentence), replace))
    return out


def test_the_law_after_a_law_is_said_by_its_purpose(nlp: Any) -> None:
    said = _said(
        nlp,
        "On Friday, the Westmark town council passed a law to ban fishing with lamps. "
        f"The law gives boat owners two months to sell their lamps. {_OLD}",
    )
    assert (
        said[1]
        == "The law to ban fishing with lamps gives boat owners two months to sell their lamps."
    )


def test_the_law_after_a_law_is_said_by_who_brought_it_in(nlp: Any) -> None:
    said = _said(
        nlp,
        "On Friday, the Westmark town council passed a law. "
        f"The law gives boat owners two months to sell their lamps. {_OLD}",
    )
    assert said[1].startswith("The law the Westmark town council passed gives boat owners")


def test_the_name_stays_where_the_article_said_it_or_tied_it_first(nlp: Any) -> None:
    said = _said(
        nlp,
        "Fishing is governed by the Harbour Lights Law. In 1990, the council passed a law. "
        "The law gives boat owners two months to sell their lamps.",
    )
    assert said[2].startswith("The Harbour Lights Law gives")
    said = _said(
        nlp,
        "On Friday, the council passed a law, the Harbour Lights Law. "
        "The law gives boat owners two months to sell their lamps.",
    )
    assert said[1].startswith("The Harbour Lights Law gives")


def test_a_closing_ago_phrase_does_not_split_the_question() -> None:
    stem = "When did the council first ban lamps, nearly a decade ago?"
    assert broken_movement(stem, "wh", "when-object") is None
