"""An amount added to another ("18 more seconds", "another 300 workers", "an additional 40
divers") is asked only with what it adds to: "For how many more minutes …?" alone asks
"more than what?" (blind review of fresh17)."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import generate
from questions.generate.addedamount import unbased_amount
from questions.generate.facts import Fact

ARTICLE = """Harbour pumps tested before storm season

Tuesday, May 6, 2025

On Monday, engineers at the Port of Valdora ran the new storm pumps at full power for 40 \
minutes. The engineers then switched off two of the six pumps and ran the test for 25 more \
minutes before finally stopping it.

The firm Marlow Engineering hired an additional 40 divers in May for the harbour wall.

Port director Helen Brandt said the pumps had worked well. The port handles 12,000 ships a \
year and employs 3,500 people, most of them in the container terminal on the east quay.

The storm season in the region usually begins in late September and lasts until March.
"""


def _fact(nlp: Any, text: str, said: str, kind: str = "quantity") -> tuple[Any, Fact]:
    """Return a made-up sentence and a fact on the words `said` in it."""
    sentence = nlp(text)[:]
    start = text.index(said)
    span = sentence.doc.char_span(start, start + len(said))
    return sentence, Fact(0, span.start, span.end, said, "CARDINAL", kind)


@pytest.mark.parametrize(
    ("text", "said", "stem", "refused"),
    [
        # added to an amount the question never says
        ("The crew worked for 18 more seconds.", "18", "For how many more seconds …?", True),
        ("The army sent another 300 soldiers.", "300", "How many soldiers did the army send "
         "as another batch?", True),
        ("The firm hired an additional 40 divers.", "40", "How many additional divers …?", True),
        ("Crews stayed for three extra days.", "three", "For how many extra days …?", True),
        ("The city needs a further 20 million dollars.", "20 million", "How many dollars "
         "does the city need as a further sum?", True),
        # the base said in the question, or no amount added
        ("The test ran for 160 seconds and then 18 more seconds.", "18",
         "The test ran for 160 seconds and then for how many more seconds?", False),
        ("She has three older brothers.", "three", "How many older brothers …?", False),
        ("The crew worked for 18 seconds.", "18", "For how many seconds …?", False),
    ],
)  # fmt: skip
def test_an_added_amount_needs_its_base(
    nlp: Any, text: str, said: str, stem: str, refused: bool
) -> None:
    sentence, fact = _fact(nlp, text, said, "count")
    assert (unbased_amount(sentence, fact, stem) is not None) is refused


def test_no_question_asks_how_many_more() -> None:
    questions = generate(ARTICLE, slug="pumps", title="Harbour pumps tested").qset.questions
    said = [q.text.split("\n")[-1] + " " + " ".join(q.options) for q in questions]
    assert not any(w in s for s in said for w in (" more minutes", "additional divers"))
    assert said  # the article's other facts are still asked
