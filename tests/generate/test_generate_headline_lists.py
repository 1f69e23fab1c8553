"""A small count of things the headline lists by name is no question: the quiz's title is the
headline, so "How many satellites …?" under "… launches Alpha-2 and Bravo-7 satellites" is
answered by counting the title's names."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.giveaways import headline_listed_count

SENTENCE = "A Vega rocket has successfully launched two satellites from the coast."


def _count(nlp: Any, text: str, key: str) -> Any:
    sentence = next(nlp(text).sents)
    return sentence, next(f for f in sentence_facts(sentence, 0) if f.text == key)


def test_a_count_the_headline_lists_by_name_is_refused(nlp: Any) -> None:
    sentence, fact = _count(nlp, SENTENCE, "two")
    headline = "Vega rocket launches Alpha-2 and Bravo-7 satellites"
    assert headline_listed_count(sentence, fact, headline) is not None


def test_a_list_of_another_length_or_noun_gives_nothing_away(nlp: Any) -> None:
    sentence, fact = _count(nlp, SENTENCE, "two")
    for headline in (
        "Vega rocket launches Alpha-2, Bravo-7 and Charlie-1 satellites",  # three named
        "Vega rocket carries Alpha-2 and Bravo-7 instruments",  # other things listed
        "Vega rocket launches satellites for Europe",  # none named
    ):
        assert headline_listed_count(sentence, fact, headline) is None


def test_a_longer_list_is_counted_too(nlp: Any) -> None:
    text = "The agency has approved three vaccines for use in children."
    sentence, fact = _count(nlp, text, "three")
    headline = "Agency approves Corvax, Immuna and Protex vaccines for children"
    assert headline_listed_count(sentence, fact, headline) is not None
