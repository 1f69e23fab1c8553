""" "The broadcasts" named by who made them, when the sentence before says they did it."""

from __future__ import annotations

import re

from questions.generate.context import parse
from questions.generate.facts import sentence_facts
from questions.generate.references import unresolved_reference
from tests.generate.generated import SharedGenerations

FERRIES = (
    "Greece and Turkey agreed on Monday to review ferry safety rules after a fire on a "
    "crossing in the Aegean Sea.",
    "Norway had recently started to survey traffic on ferries in its own ports after a decade "
    "without checks. The surveys began on April 14 and Norway says the surveys will continue "
    "until the end of the year.",
)


def test_the_act_the_sentence_before_tells_of_is_named_by_its_doer() -> None:
    parsed = parse(FERRIES, None)
    index = next(n for n, s in enumerate(parsed.sentences) if s.text.startswith("The surveys"))
    sentence, replace = parsed.sentences[index], parsed.replace[index]
    said = {sentence.doc[i].text: word for i, word in replace.items() if word}
    assert said == {"The": "Norway's traffic"}  # the first says whose; the repeat points back
    named = frozenset(i for i, word in replace.items() if re.search(r"\b[A-Z]", word))
    date = next(f for f in sentence_facts(sentence, index) if f.text == "April 14")
    whole = "Norway's traffic surveys began on _____ and Norway says the surveys will continue."
    assert unresolved_reference(sentence, date, whole, named) is None
    alone = "Which country says the surveys will continue until the end of the year?"
    assert unresolved_reference(sentence, date, alone, named) is not None


def test_the_north_korea_broadcasts_are_south_koreas(generation: SharedGenerations) -> None:
    asked = generation.keyed("north-korea-quasi-state-of-war", "August 10")
    assert [text.splitlines()[-1] for text, _ in asked] == [
        "South Korea's propaganda broadcasts began on _____ and South Korea says the broadcasts "
        "will continue."
    ]
