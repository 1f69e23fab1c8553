"""Made-up text: "the animal" of a story whose lead names one animal, the Congolese okapi, is
that okapi; left unnamed ("that plan", "the animal" after other animals) a reference that
points back to an earlier sentence is never asked."""

from __future__ import annotations

from typing import Any

from questions.generate.context import parse
from questions.generate.facts import Fact
from questions.generate.references import POINTS_BACK, unresolved_reference

TITLE = "Death of rare okapi ends breeding plan in Portugal"
LEAD = "The Lisbon Zoo's young Congolese okapi died on Monday, keepers told reporters on Tuesday."
PACT = "In 1995, Portugal and Angola signed an agreement to protect the animal."


def _named(*paragraphs: str) -> dict[str, str]:
    """Return what the last sentence of a made-up article says instead of its words."""
    parsed = parse(paragraphs, None, TITLE)
    sentence, replace = parsed.sentences[-1], parsed.replace[-1]
    return {sentence.doc[i].text: said for i, said in replace.items()}


def test_the_animal_is_the_one_animal_the_lead_names() -> None:
    assert _named(LEAD, PACT).get("animal") == "Congolese okapi"


def test_the_animal_stays_unnamed_beside_another_animal() -> None:
    # the sentence before tells of a fox; the article elsewhere names an Arctic wolf
    assert "animal" not in _named(LEAD, f"Keepers said a fox had been seen near the pen. {PACT}")
    assert "animal" not in _named(LEAD, PACT, "The zoo also keeps an Arctic wolf.")


def _unresolved(nlp: Any, text: str, key: str, stem: str) -> str | None:
    """Return why a question on the last sentence of a text leans on the article, if it does."""
    doc = nlp(text)
    sentences = list(doc.sents)
    start = next(t.i for t in sentences[-1] if t.text == key)
    fact = Fact(len(sentences) - 1, start, start + 1, key, "PERSON", "person")
    return unresolved_reference(sentences[-1], fact, stem, every=sentences)


def test_that_plan_points_back(nlp: Any) -> None:
    text = "Keepers hoped to pair Mina with Tomas in May. Mina's death on Sunday ended that plan."
    found = _unresolved(nlp, text, "Mina", "Whose death on Sunday ended that plan?")
    assert found is not None and found.endswith(POINTS_BACK), found


def test_the_animal_said_for_earlier_rhinos_points_back(nlp: Any) -> None:
    text = "The park's last rhino fell ill in May. Mina wanted to save the animal."
    found = _unresolved(nlp, text, "Mina", "Who wanted to save the animal?")
    assert found is not None and found.endswith(POINTS_BACK), found
