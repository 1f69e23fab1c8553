"""A character of a work is no real person: never an option or key among real guests
(review 16: "Bruce Wayne", of a game's demo, was offered as a convention panellist)."""

from __future__ import annotations

from questions.generate import generate
from questions.generate.characters import characters, fictional
from questions.generate.nlp import load_nlp

EXPO = """Stars meet fans at the Harbour Comic Fair 2031

Saturday, May 10, 2031

The Harbour Comic Fair 2031 opened on Friday in Halifax with thousands of visitors.

Novelist Edith Marlowe was there to sign copies of her new detective novel. Actor Daniel Brennick was making his first appearance at the fair. Brennick's schedule included a panel with Oscar Velden, the voice of Nightfox in Nightfox: The Cartoon Years, in which Brennick played the Riddlemaster.

In the ten-minute demonstration of Nightfox: Shadow Run, players are dropped down a secret stairway in Arthur Penrose's castle, to the Fox Den, to suit up. Game designer Priya Kalani said the demonstration drew long queues all day.
"""  # noqa: E501


def test_a_character_is_neither_option_nor_key_among_real_people() -> None:
    """Arthur Penrose owns a castle inside a game of the character Nightfox: no guest of
    the fair is asked beside him, and no blank has him for its key."""
    questions = generate(EXPO, slug="x", title="x").qset.questions
    people = [q for q in questions if {"Edith Marlowe", "Oscar Velden"} & set(q.options)]
    assert people
    for question in questions:
        assert "Arthur Penrose" not in question.options
        assert "Nightfox" not in question.options


def test_the_parse_marks_roles_and_wordnet_its_fictional_characters() -> None:
    """The object of "played the", "as" after acting, "the voice of", "the character": roles;
    the actor and a rival in a match are real people. WordNet knows Sherlock Holmes."""
    nlp = load_nlp()
    text = (
        "Tom Ferris starred as Captain Lark in the film. Ada Moss voiced the character "
        "Pip Willow. Nadia Orr beat Petra Lind in the final. Lena Voss, the voice of "
        "Stormhawk, signed autographs."
    )
    found = characters(list(nlp(text).sents))
    assert {"captain lark", "pip willow", "stormhawk"} <= found
    assert not {"tom ferris", "ada moss", "nadia orr", "petra lind", "lena voss"} & found
    assert fictional("Sherlock Holmes") and not fictional("Abraham Lincoln")
