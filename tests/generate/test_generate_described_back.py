"""A bare "the accords" is said with the description the sentence before gave the one thing
of its word or a WordNet synonym ("free trade agreements" -> "the free trade accords"): kept
bare, "Who said the accords …?" leaves the player asking which (blind review of fresh17)."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import generate
from questions.generate.backnamed import name_described_back
from questions.generate.render import join

ARTICLE = """Farm ministers meet in Valdora

Wednesday, April 9, 2025

Farm ministers from eleven countries met in Valdora on Tuesday for two days of talks on \
food prices.

The question of new fishing agreements caused the sharpest dispute. Ostrian minister Paulo \
Renz said the accords would ruin small fishing ports.

The ministers agreed to meet again in Porto Lindo next spring. Host minister Clara Vos \
said the next meeting would look at water use, which has doubled on Ostrian farms since 1990.

Farmers' groups protested outside the hall on both days of the meeting. Union leader Ivo \
Marsh told reporters that prices paid to farmers had fallen for three years, and Valdoran \
minister Greta Lund promised a study of food imports.
"""


def _named(nlp: Any, before: str, text: str) -> str:
    """Return a sentence as a question would say it after `name_described_back`."""
    doc = nlp(f"{before} {text}")
    first, second = list(doc.sents)[:2]
    replace: dict[int, str] = {}
    name_described_back(second, first, replace)
    return join(list(second), replace)


@pytest.mark.parametrize(
    ("before", "text", "said"),
    [
        # the one thing the sentence before described, by its word or a synonym
        ("The issue of free trade agreements divided the ministers.",
         "Anna Holm said the accords would hurt farmers.", "the free trade accords"),
        ("The city opened new public schools in May.",
         "The mayor said the schools were full.", "the new public schools"),
        # nothing to name it by, two of them, a person, or a quotation
        ("The issue of agreements divided the ministers.",
         "Anna Holm said the accords would hurt farmers.", "said the accords"),
        ("Trade agreements and farm agreements were discussed.",
         "Anna Holm said the accords would hurt farmers.", "said the accords"),
        ("Two senior police officers were questioned.",
         "A judge said the officers would be charged.", "said the officers"),
        ("The issue of free trade agreements divided the ministers.",
         'Anna Holm said: "the accords will hurt farmers."', "the accords will"),
    ],
)  # fmt: skip
def test_a_bare_noun_is_said_as_described_before(
    nlp: Any, before: str, text: str, said: str
) -> None:
    assert said in _named(nlp, before, text)


def test_who_said_names_the_accords() -> None:
    questions = generate(ARTICLE, slug="farm", title="Farm ministers meet").qset.questions
    texts = [q.text.split("\n")[-1] for q in questions]
    assert not any("said the accords" in t for t in texts)
    assert any("said the new fishing accords" in t for t in texts)  # asked, and stands alone


@pytest.mark.parametrize(
    ("before", "text", "said"),
    [
        # a count or a pointing word says how many or which, not what kind
        ("Several small towns asked for funds.", "The mayor said the towns were poor.",
         "said the towns"),
        ("This particular parade grows every year.", "Police said the parade was calm.",
         "said the parade"),
        # outside a saying a bare noun is refused as unresolved, never guessed at
        ("The issue of free trade agreements divided the ministers.",
         "The accords would hurt farmers.", "The accords would"),
    ],
)  # fmt: skip
def test_no_count_nor_pointing_word_describes(nlp: Any, before: str, text: str, said: str) -> None:
    assert said in _named(nlp, before, text)
