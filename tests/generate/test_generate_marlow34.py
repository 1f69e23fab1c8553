"""A place named like a person is never filled out to that person's full name: a town named
after its founder Elijah Marlow ("Marlow, a small coastal town in Oregon") is asked as
"Marlow", never "Elijah Marlow, a small coastal town …"; "Jackson, the capital of
Mississippi" is no Peter Jackson. A name the article sets beside a person noun stays the
person's to fill out."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.describedplaces import described_places

FOUNDER = """The town's founder, Elijah Marlow, arrived from Maine in 1865 with his wife and \
three sons. He opened a sawmill on the river and built the first harbour wall for the fishing \
fleet.

Marlow, a small coastal town in Oregon, was named after him in 1889. Marlow, a small coastal \
town in Oregon, now has about 4,000 residents. Marlow died in 1902 at the age of 81.

The harbour wall was rebuilt in 1952 after a storm destroyed most of it. The town of Marlow \
hosts a seafood festival every August that draws 20,000 visitors. In Marlow, officials said \
the festival raised $300,000 for the lifeboat station last year.

The mayor, Ruth Delaney, said the town would repair the old pier by 2027. Delaney said the \
work would cost $2 million, and that the pier had been closed since 2019.
"""

BAKER = """Peter Jackson, a retired teacher, opened a bakery in 1998 on Main Street with two \
ovens and a loan of $20,000. Jackson still bakes every morning at four.

Jackson, the capital of Mississippi, has about 150,000 residents. The city of Jackson \
approved a new library in 2021. In Jackson, the city council approved a new bus line in March \
that will cost $8 million.

Jackson said the bakery sold 12,000 loaves last year. Council member Dana Whitfield said the \
buses would run every 15 minutes, and that 40 drivers would be hired.
"""


def _stems(text: str) -> list[str]:
    """Return the question texts generated from an article."""
    return [q.text for q in generate(text, slug="bench", title="Bench").qset.questions]


def test_a_town_named_after_its_founder_is_not_the_founder() -> None:
    """The town's residents are asked as Marlow's, never Elijah Marlow's."""
    stems = _stems(FOUNDER)
    assert "Marlow, a small coastal town in _____, now has about 4,000 residents." in stems
    assert "About how many residents does Marlow now have?" in stems
    assert not any("Elijah Marlow, a small" in s or "does Elijah Marlow" in s for s in stems)


def test_a_capital_sharing_a_surname_is_not_the_person() -> None:
    """Jackson, the capital, is never "Peter Jackson, the capital of _____"."""
    stems = _stems(BAKER)
    assert "Jackson, the capital of _____, has about 150,000 residents." in stems
    assert not any("Peter Jackson, the capital" in s or "does Peter Jackson have" in s
                   for s in stems)  # fmt: skip


def test_only_a_place_or_body_the_article_describes_counts(nlp: Any) -> None:
    """A place noun set beside a name, "the city of", "in" a place the parse sees, or a
    company make a place or body; a person noun, "the family of" or "the head" do not."""
    said = [
        "Marlow, a small coastal town in Oregon, grew.",
        "The city of Jackson approved a library.",
        "Brandt, a fishing company, hired divers.",
        "Okafor, a retired teacher, opened a bakery.",
        "The family of Quist thanked the nurses.",
        "Lindqvist, the head of the council, spoke.",
    ]
    found = described_places([nlp(text) for text in said])
    assert {"Marlow", "Jackson", "Brandt"} <= found
    assert not found & {"Okafor", "Quist", "Lindqvist"}
