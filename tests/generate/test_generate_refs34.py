"""A pronoun or a definite named as the wrong thing states a false premise (review 85).

"Sun Mengran led her team" became "led Mikaela Dombkins's team": the possessive is its own
clause's subject's, even when the model takes that subject's name for a place. And "create
the message 'Viva Chile …'" became "the message from the trapped miners …", another message
of another event: a definite named right beside it ('the message "Happy Birthday"') is no
earlier one, nor is a bare "the message" after it.
"""

from __future__ import annotations

from typing import Any

from questions.generate.clean import clean_article
from questions.generate.context import parse
from questions.generate.introduced import described_here
from tests.generate.generated import SharedGenerations

GAME = """Hornets beat visiting Korean youth side in pre-season

Thursday, October 3, 2013

Wollongong, New South Wales — On Tuesday night, the Wollongong Hornets beat the visiting \
Korean youth basketball team 71–60 in a pre-season game at the Beaton Park stadium.

At the end of the first half, with the score 30–28 in favour of Korea, Rachel Tomkins led the \
Hornets in scoring with 9 points. Fiona Hale had 4 points. On the Korean side, Sun Meiling led \
her team in scoring with 14 points. Jiamei was second with 6 points.

The Hornets pulled ahead in the third quarter and kept the lead until the final buzzer.
"""

CENTENARY = """Town marks its centenary with week of events

Sunday, March 14, 2021

Marlow Bay is celebrating its centenary this week, with events organised by the town council \
over the past two years.

More than 5,000 people gathered on Harbour Square in Marlow Bay to celebrate the centenary. \
There was a slide show of old photographs that also carried a message from the stranded \
fishermen in Port Ellis. A large banner was raised over the square on Saturday morning.

Dunmore

Celebrations of the centenary in Dunmore started earlier this month. On March 3, 400 pupils \
lined up in a formation to create the message "Happy Birthday Marlow Bay" on Ferris Beach. \
The message was used to create a postcard to be released worldwide. The event was organised \
by the Dunmore Parish Council.
"""

READ_OUT = """Town marks its centenary with week of events

Sunday, March 14, 2021

More than 5,000 people gathered on Harbour Square on Friday evening. A slide show of old \
photographs also carried a message from the stranded fishermen in Port Ellis. The message \
was read aloud by the mayor.
"""


def _said(text: str, word: str) -> list[str]:
    """Return what the questions would say for each `word` of the article's kept sentences."""
    article = clean_article(text)
    parsed = parse(article.paragraphs, None, article.title)
    return [
        said
        for sentence, replace in zip(parsed.sentences, parsed.replace, strict=True)
        for i, said in replace.items()
        if sentence.doc[i].lower_ == word
    ]


def test_a_possessive_stays_its_clause_subjects(generation: SharedGenerations) -> None:
    result = generation(GAME, "refs34-game", "refs34-game")
    texts = [q.text for q in result.qset.questions]
    assert not any("Fiona Hale's team" in t or "Rachel Tomkins's team" in t for t in texts)
    assert any("Sun Meiling led her team in scoring with _____ points" in t for t in texts)


def test_a_definite_named_beside_it_is_no_earlier_one() -> None:
    said = _said(CENTENARY, "message")
    assert not any("fishermen" in s for s in said)


def test_a_bare_definite_right_after_its_introduction_is_still_named() -> None:
    assert _said(READ_OUT, "message") == ["message from the stranded fishermen in Port Ellis"]


def test_a_name_set_right_after_a_noun_says_which_one(nlp: Any) -> None:
    doc = nlp('The pupils spelled the message "Happy Birthday Marlow Bay" in the sand.')
    message = next(t for t in doc if t.text == "message")
    assert described_here(message)
    plain = nlp("The pupils spelled the message in the sand.")
    assert not described_here(next(t for t in plain if t.text == "message"))
