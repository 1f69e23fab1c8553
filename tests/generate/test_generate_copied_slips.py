"""Slips copied from an article on made-up text (review 67): a long word one letter short of a
dictionary word is written whole ("metorologists"), a passive's bare verb gets its participle
("it was expect to"), and a name's lower-case particle ("bint"), a species' epithet ("Vespula
lewisi") and a noun written twice are no slips to correct, while rare real words,
pseudo-clefts and names stay as written."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.slips import misspelt, spelled_right


def _fixed(nlp: Any, text: str) -> str:
    """The sentence as a stem copying it whole is written."""
    sentence = next(iter(nlp(text).sents))
    fixed = spelled_right(sentence, text)
    assert misspelt(sentence, fixed) is None, fixed
    return fixed


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("At the harbour office, metorologists said the gale was the worst since 1950.",
         "meteorologists said"),
        ("By noon the wind was near 40 km/h, and it was expect to ease overnight.",
         "it was expected to ease"),
        ("The old bridge was build in 1990 by the army.", "was built in 1990"),
        ("Sobisch recieved the award in May.", "Sobisch received the award"),
        ("The mayor recieved the letter and recieved the medal.", "mayor received the"),
    ],
)  # fmt: skip
def test_a_copied_slip_is_written_as_meant(nlp: Any, text: str, right: str) -> None:
    assert right in _fixed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mariam bint Saleh, the mayor, said 300 families left Sur.",
        "Ludwig van Beethoven wrote the piece in Vienna.",
        "Officials say every claim will be assessed meritocratically.",
        "The team developed the cryptoanalysis behind the attack.",
        "Two paleoclimatologists warned of overtourism on the glacier.",
        "What they did was leave early.",
        "All he did was complain about the rain.",
        "The aim was win the cup in May.",
        "She was put in charge of the harbour.",
        # a species' epithet and a term written twice are the writer's, however near a
        # common word ("lewisi": "lewis", "bruci": "bruce")
        "The wasp Vespula lewisi was seen in the orchard last June.",
        "Farmers in the valley fear Vespula lewisi, a wasp that stings cattle.",
        "The herders call the tonic bruci, and they drink bruci before a long walk.",
    ],
)
def test_names_rare_words_and_english_are_left_as_written(nlp: Any, text: str) -> None:
    assert _fixed(nlp, text) == text
