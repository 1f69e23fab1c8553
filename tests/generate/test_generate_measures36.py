"""Made-up shipping and match stories: a headline's hyphenated modifier ("Liberia-flagged
tanker") names "the tanker" whole, never as "the flagged tanker"; a length of one unit ("had
one hour to …", "met for 1 hour") is asked "How many hours …?", its rivals counted in the
plural, a unit's symbol ("1 km") never; a story's "One day, …" is no length."""

from __future__ import annotations

import re
from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.measures import measure_wh
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
    asked = [q.text.split("\n")[-1] for q in questions]  # the question, not its 📰 headline
    assert not any(re.search(r"(?<!Liberia-)flagged tanker", t) for t in asked), asked
    assert any("the Liberia-flagged tanker" in t for t in asked), asked


def _asked(nlp: Any, text: str, said: str) -> str | None:
    """Return the wh-question of a sentence that asks the fact written `said`, if any."""
    sentence = nlp(text)[:]
    fact = next((f for f in sentence_facts(sentence, 0) if f.text == said), None)
    if fact is None:
        return None
    stem, _ = wh_question(sentence, fact, {})
    return None if stem is None else str(stem.text)


def test_one_hour_is_asked_how_many_hours(nlp: Any) -> None:
    text = "Under league rules, the organisers had one hour to get the floodlights repaired."
    asked = _asked(nlp, text, "one hour")
    assert asked is not None
    assert asked.startswith("How many hours did the organisers have to "), asked
    # the clause the hour is for ("to repair the floodlights") is never cut from the question
    said = "Under league rules, the organisers had one hour to repair the floodlights."
    asked = _asked(nlp, said, "one hour")
    assert asked is None or "floodlights" in asked, asked


def test_one_hour_after_for_is_a_length_in_words_or_figures(nlp: Any) -> None:
    for one in ("one", "1"):
        text = f"The ministers talked for {one} hour on Tuesday."
        asked = _asked(nlp, text, f"{one} hour")
        assert asked == "For how many hours did the ministers talk on Tuesday?", (one, asked)


def test_a_story_opening_one_day_is_no_length(nlp: Any) -> None:
    texts = (
        "One day, fisherman Tomas Reyland found a chest of silver plates near the old pier.",
        "One night the rebels crossed the frozen lake on foot.",
    )
    for text in texts:
        sentence = nlp(text)[:]
        stems = [wh_question(sentence, f, {})[0] for f in sentence_facts(sentence, 0)]
        asked = [str(s.text) for s in stems if s is not None]
        assert not any(re.match(r"How many (days|nights)", t) for t in asked), asked


def test_rivals_of_one_unit_are_counted_in_the_plural() -> None:
    rivals = numeric_variants("one hour", "seed")
    assert rivals and all(r.endswith(" hours") for r in rivals), rivals
    miles = numeric_variants("1 mile", "seed")
    assert miles and all(r.endswith(" miles") for r in miles), miles
    assert numeric_variants("one percent", "seed")[0].endswith(" percent")


def test_a_unit_symbol_keeps_its_form_and_any_unit_sense_counts() -> None:
    for symbol in ("km", "cm", "min"):
        rivals = numeric_variants(f"1 {symbol}", "seed")
        assert rivals and all(r.endswith(f" {symbol}") for r in rivals), rivals
        assert measure_wh(f"1 {symbol}", None) is None
    feet = numeric_variants("one foot", "seed")  # a body part first, a length too
    assert feet and all(r.endswith(" feet") for r in feet), feet
    degrees = numeric_variants("one degree", "seed")
    assert degrees and all(r.endswith(" degrees") for r in degrees), degrees
