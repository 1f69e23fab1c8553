"""WordNet spells a name the American way ("World Health Organization"): a key written the
British way ("World Health Organisation") is found all the same, and its rivals are shown in
the key's spelling, so no option gives itself away by its spelling alone."""

from __future__ import annotations

from typing import Any

from questions.generate import generate, library
from questions.generate.wordnet import rivals

_FRUIT = (
    "Schools urged to serve more fruit\n\n"
    "The World Health Organisation on Monday urged schools to serve fruit with every lunch.\n\n"
    "The advice, which covers children aged five to twelve, follows a study of 3,000 pupils "
    "in nine countries.\n\n"
    "The study found that pupils who ate fruit at lunch missed fewer days of school and slept "
    "better at night.\n\n"
    "Teachers in the nine countries said that the pupils were also calmer in afternoon "
    "lessons after a lunch with fruit.\n\n"
    "Officials said the advice would be reviewed again in two years, once a second study is "
    "finished.\n"
)


def test_a_british_spelt_body_gets_rivals_spelt_as_it_is() -> None:
    """'World Health Organisation': the other UN agencies, each '-isation', not itself."""
    found = rivals("World Health Organisation", "organization", "organization", True)
    assert "World Meteorological Organisation" in found
    assert "International Labour Organisation" in found  # WordNet's British lemma, not "Labor"
    assert not any("Organization" in name for name in found)
    assert "World Health Organisation" not in found
    american = rivals("World Health Organization", "organization", "organization", True)
    assert "World Meteorological Organization" in american  # the American key: as before


def test_the_question_asks_the_body_among_its_fellow_agencies(monkeypatch: Any) -> None:
    """The article names no other body: the question offers three UN agencies, spelt as the
    article spells its own."""
    # the spelling's rule alone: the field's (`fields`) keeps fewer UN agencies for fruit
    monkeypatch.setattr(library, "of_field", lambda *_: True)
    result = generate(_FRUIT, slug="fruit", title="fruit")
    asked = [q for q in result.qset.questions
             if q.options[q.answer] == "World Health Organisation"]  # fmt: skip
    assert len(asked) == 1
    others = [o for i, o in enumerate(asked[0].options) if i != asked[0].answer]
    assert len(others) == 3
    assert all(o.endswith(("Organisation", "Agency", "Fund")) for o in others)


def test_a_body_named_with_its_acronym_still_gets_its_fellows(monkeypatch: Any) -> None:
    """'WHO' is the World Health Organisation itself, no other body of its kind the article
    names: the question still offers the other UN agencies."""
    # the spelling's rule alone: the field's (`fields`) keeps fewer UN agencies for fruit
    monkeypatch.setattr(library, "of_field", lambda *_: True)
    text = _FRUIT.replace(
        "The World Health Organisation on Monday urged schools to serve fruit with every lunch.",
        "The World Health Organisation (WHO) on Monday published advice for schools on healthy "
        "lunches for children.\n\nThe WHO urged schools to serve fruit with every lunch.",
    )
    result = generate(text, slug="fruit", title="fruit")
    asked = [q for q in result.qset.questions
             if q.options[q.answer] == "World Health Organisation"]  # fmt: skip
    assert len(asked) == 1
    others = [o for i, o in enumerate(asked[0].options) if i != asked[0].answer]
    assert len(others) == 3 and all(o.endswith("Organisation") for o in others)
