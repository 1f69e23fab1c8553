"""Made-up shipping and match stories: a headline's hyphenated modifier ("Liberia-flagged
tanker") names "the tanker" whole, never as "the flagged tanker"; a length of one unit ("had
one hour to …") is asked "How many hours …?", its rivals counted in the plural."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.variants import numeric_variants
from questions.generate.write import wh_question
from tests.generate.generated import SharedGenerations

_TANKER = """Liberia-flagged tanker seized off Yemen coast by gunmen

Monday, March 2, 2026

Armed gunmen have seized the MT Sea Heron, a Liberia-flagged tanker, off the southern coast \
of Yemen on Monday. Port officials said the tanker was boarded about 120 kilometers east of \
the port of Aden.

Officials reported that the tanker is carrying 19 crew members from the Philippines. Its \
owner, a shipping firm in Athens, said it had lost contact with the captain.

A naval frigate from France reached the area later in the afternoon, the French navy said. \
The gunmen have not yet made contact with the owner, according to the firm.
"""


def test_a_hyphenated_modifier_names_the_tanker_whole(generation: SharedGenerations) -> None:
    questions = generation(_TANKER, "tanker", "Tanker").qset.questions
    texts = [q.text for q in questions]
    assert not any("flagged tanker" in t and "Liberia-flagged tanker" not in t.split("\n")[-1]
                   for t in texts), texts  # fmt: skip
    assert any("the Liberia-flagged tanker" in t.split("\n")[-1] for t in texts), texts


def test_one_hour_is_asked_how_many_hours(nlp: Any) -> None:
    text = "Under league rules, the organisers had one hour to get the floodlights repaired."
    sentence = nlp(text)[:]
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "one hour")
    stem, _ = wh_question(sentence, fact, {})
    assert stem is not None
    assert stem.text.startswith("How many hours did the organisers have to "), stem.text
    # the clause the hour is for ("to repair the floodlights") is never cut from the question
    said = "Under league rules, the organisers had one hour to repair the floodlights."
    fact = next((f for f in sentence_facts(nlp(said)[:], 0) if f.text == "one hour"), None)
    if fact is not None:
        stem, _ = wh_question(nlp(said)[:], fact, {})
        assert stem is None or "floodlights" in stem.text, stem.text


def test_rivals_of_one_unit_are_counted_in_the_plural() -> None:
    rivals = numeric_variants("one hour", "seed")
    assert rivals and all(r.endswith(" hours") for r in rivals), rivals
    assert all(r.endswith(" miles") for r in numeric_variants("1 mile", "seed"))
    assert numeric_variants("one percent", "seed")[0].endswith(" percent")
