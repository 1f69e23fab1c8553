"""A title's or a name's slip in a made-up article is not copied into the quiz: "Governnor
Halbrecht" is read as Governor Halbrecht, a name said once one letter from the name the article
says again ("Halbrect") is that name, and a preposition slipped before a modal ("announced in
will open") is no question's wording. Two real names a letter apart, both words wordfreq knows,
stay two names."""

from __future__ import annotations

import pytest

from questions.generate import generate
from questions.generate.nlp import load_nlp
from questions.generate.respell import respelled
from questions.generate.slips import misspelt

FACTORY = """Workers keep running the Castelmar tile plant

Monday, April 4, 2005

Governnor Halbrecht has tried to evict the workers of the Castelmar tile plant for three years. \
The provincial court ordered Halbrecht in March to leave the plant to its workers.

The union leader, Marta Quiroga, said the workers produced 40,000 square meters of tiles in \
2004. Halbrecht told reporters in Rivera that the province wanted the plant sold to a new owner.

The union said it will open a second plant near Rivera within ten months, which will \
employ 200 workers. At least one source from October 2004 said that Halbrect wanted the workers \
to leave the plant and join a provincial job scheme instead.

Halbrecht was elected governor of the province in 1999, and he faces an election in October \
2007. Quiroga said the workers would defend the plant against any eviction.
"""


@pytest.fixture(scope="module")
def quiz() -> list[str]:
    """The factory quiz's questions and options as a player reads them."""
    result = generate(FACTORY, slug="factory", title="Workers keep running the Castelmar plant")
    return [f"{q.text} {' | '.join(q.options)}" for q in result.qset.questions]


def test_a_slipped_title_before_a_name_is_read_as_the_title(quiz: list[str]) -> None:
    assert quiz
    assert not any("Governnor" in line for line in quiz)


def test_a_name_said_once_a_letter_off_is_the_name_the_article_says_again(
    quiz: list[str],
) -> None:
    assert not any("Halbrect " in f"{line} " or "Halbrect|" in line for line in quiz)
    assert not any("Halbrect" in line.replace("Halbrecht", "") for line in quiz)


def test_a_preposition_slipped_before_a_modal_is_not_copied() -> None:
    slipped = "Argentina has announced in will open a tile school near the border within ten days."
    sentence = next(iter(load_nlp()(slipped).sents))
    stem = "Which country has announced in will open a tile school near the border?"
    assert misspelt(sentence, stem) is not None
    believed = next(iter(load_nlp()("She believed in can openers for the kitchen.").sents))
    assert misspelt(believed, "Who believed in can openers for the kitchen?") is None


def test_two_known_names_a_letter_apart_stay_two_names() -> None:
    text = ("Kessler met Kesler. Kessler spoke first, and Kessler left early.",)
    assert respelled(text) == text


def test_a_first_name_one_letter_from_no_person_word_stays() -> None:
    text = ("Home Secretary Duella Braverham spoke on Monday in London.",)
    assert respelled(text) == text
