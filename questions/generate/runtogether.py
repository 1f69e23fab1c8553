"""Two people's names the model ran into one: "director of military intelligence under Saddam
Hussein Sabir al-Douri" is Saddam Hussein, then Sabir al-Douri, the director. Asked whole, the
key would be both men, and no one's name (a wrong key in review 33's article)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace as changed
from typing import Any

from questions.generate.facts import Fact

_AFTER_WORDS = 2  # a full name of the second person: first name and family name at least


def split_run_together(
    per_sentence: list[list[Fact]], sentences: Sequence[Any]
) -> list[list[Fact]]:
    """Ask of the second name alone where a person's name opens with another full name the
    article gives a person of its own ("Saddam Hussein" … "Saddam Hussein Sabir al-Douri")."""
    people = {f.text for found in per_sentence for f in found
              if f.kind == "person" and len(f.text.split()) >= 2}  # fmt: skip
    return [[_second(f, people, sentences[f.sentence]) for f in found] for found in per_sentence]


def _second(fact: Fact, people: set[str], sentence: Any) -> Fact:
    """Return the fact of the name after another person's full name, or the fact itself."""
    if fact.kind != "person":
        return fact
    doc = sentence.doc
    for i in range(fact.start + 2, fact.end - 1):
        opening, rest = doc[fact.start : i], doc[i : fact.end]
        if opening.text in people and len(rest.text.split()) >= _AFTER_WORDS:
            return changed(fact, start=i, text=rest.text)
    return fact
