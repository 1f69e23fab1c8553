"""'The exchange of gunfire' for an act an earlier sentence told as a verb: who exchanged it?"""

from __future__ import annotations

from questions.generate.context import parse
from questions.generate.facts import sentence_facts
from questions.generate.references import unresolved_reference

RIVER = (
    "Ruvenia and Castelle exchanged heavy gunfire along the Marra river on Tuesday night.",
    "Farmers on both banks left their fields for the day.",
    "After the exchange of gunfire, Ruvenia said it would close its border within 24 hours.",
)
TRADE = (
    "Farmers on both banks of the Marra river left their fields for the day.",
    "After the exchange of prisoners, Ruvenia said it would close its border within 24 hours.",
)


def _asked(paragraphs: tuple[str, ...], stem: str) -> str | None:
    """Return what the question on "24 hours" leaves unresolved, asked as `stem`."""
    parsed = parse(paragraphs, None)
    index = next(n for n, s in enumerate(parsed.sentences) if s.text.startswith("After"))
    sentence = parsed.sentences[index]
    hours = next(f for f in sentence_facts(sentence, index) if f.text == "24 hours")
    return unresolved_reference(sentence, hours, stem, every=parsed.every)


def test_an_act_told_before_as_a_verb_is_unresolved() -> None:
    stem = "After the exchange of gunfire, Ruvenia said it would close its border within _____."
    assert "the exchange of gunfire" in (_asked(RIVER, stem) or "")


def test_the_question_without_the_act_stands_alone() -> None:
    stem = "Which country said it would close its border within 24 hours?"
    assert _asked(RIVER, stem) is None


def test_an_act_never_told_before_says_what_it_is() -> None:
    stem = "After the exchange of prisoners, Ruvenia said it would close its border within _____."
    assert _asked(TRADE, stem) is None
