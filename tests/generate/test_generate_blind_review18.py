"""Blind review 18 on made-up articles: a "he" given to the person the story was last about
when the sentence's own unnamed person ("the driver of a fishing boat") did the deed; a place
asked only by where it lies ("Which country is located in the Mediterranean Sea?", its
neighbours the options); and a bare first name asked without the noun that said who he is
("Who was injured …?" keyed "Erik", for "Anna Lund's husband, Erik")."""

from __future__ import annotations

from questions.generate import generate

FERRY = """Ferry hits pier in Norway
Monday, June 6, 2022
A ferry hit a pier in the port of Bergen on Sunday, and 20 passengers were hurt. Karl Berg, \
head of the Norwegian Safety Board, told reporters that the ferry had lost power. "We will \
learn why the engine stopped", Berg said.
Several accidents have happened on the coast this year. On March 3, the driver of a fishing \
boat was killed near Oslo when he struck a rock. The coast guard has asked all boats to \
carry radios from next month, and 40 new buoys will mark the rocks.
"""

LUND = """Campaigner Anna Lund dies aged 70
Monday, June 6, 2022
Safety campaigner Anna Lund, widow of former minister Erik Lund, has died aged 70, her family \
said on Sunday. Her death was announced by the Lund Foundation.
On May 2, 2001, Anna Lund's husband, Erik, was injured in a shooting at a bank in Oslo. A \
bullet entered his arm. The attack by Per Dahl also injured three more people, including a \
guard.
Malta is located in the Mediterranean Sea and is among the smallest countries in Europe, with \
none of its islands larger than 250 square kilometres.
Erik Lund also died at the age of 72 last August. She is survived by son Erik and daughter Mia.
"""


def _questions(text: str) -> list[tuple[str, str]]:
    """Return each question's text and key."""
    qs = generate(text, slug="x", title="x").qset.questions
    return [(q.text, q.correct_option) for q in qs]


def test_an_unnamed_person_in_the_sentence_keeps_he_from_the_storys_person() -> None:
    """ "the driver … was killed when he struck a rock" is no deed of Karl Berg's."""
    texts = [text for text, _ in _questions(FERRY)]
    assert not any("Berg strike" in t or ("Karl Berg" in t and "rock" in t) for t in texts)


def test_an_unnamed_person_as_an_object_keeps_he_from_the_storys_person() -> None:
    """ "a storm killed a fisherman … when he fell from his boat": the fisherman fell."""
    driver = "the driver of a fishing boat was killed near Oslo when he struck a rock"
    fisherman = "a storm killed a fisherman near Oslo when he fell from his boat"
    texts = [text for text, _ in _questions(FERRY.replace(driver, fisherman))]
    assert not any("Karl Berg" in t and "fall" in t for t in texts)


def test_a_place_said_only_to_lie_in_a_region_is_not_asked() -> None:
    """Malta's neighbours lie in the Mediterranean too: no unique key."""
    assert not any(key == "Malta" for _, key in _questions(LUND))


def test_a_first_name_beside_the_noun_that_said_who_he_is_is_not_asked() -> None:
    """ "Who was injured …?" keyed "Erik" among first names drops "Anna Lund's husband"."""
    assert not any(key == "Erik" for _, key in _questions(LUND))


def test_a_place_said_to_be_in_a_region_is_not_asked() -> None:
    """ "Malta is in …", "is an island country in …", "sits in …" place it as "located" does;
    "was the host of a summit" is its own deed and is still asked."""
    placed = (
        "Malta is in the Mediterranean Sea, south of Sicily, and has few rivers.",
        "Malta is an island country in the Mediterranean Sea and has few rivers.",
        "Malta sits in the Mediterranean Sea and has few rivers.",
    )
    malta = next(line for line in LUND.splitlines() if line.startswith("Malta"))
    for sentence in placed:
        assert not any(key == "Malta" for _, key in _questions(LUND.replace(malta, sentence)))
    hosted = "Malta was the host of a summit in June and has few rivers."
    assert any(key == "Malta" for _, key in _questions(LUND.replace(malta, hosted)))
