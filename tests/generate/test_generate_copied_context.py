"""A copied sentence that loses its context or grammar alone (blind review 38): a distance
travelled to a place with no start, a "nearby" near nothing, a closing "aid workers said"
with no comma, and a comma left over where a person's role was cut."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.forms import write_form
from questions.generate.journeys import unstarted_journey
from questions.generate.keyaside import key_role_aside
from questions.generate.nearness import unanchored_nearby
from questions.generate.sourcecomma import unmarked_source
from tests.generate.generated import SharedGenerations

MARCH = """Miners march on the capital of Oruvia

Monday, March 3, 2014

Miners at a copper mine in the northern province of Oruvia have stopped work for a third \
week, demanding safer shafts and the pay the company owes them since last autumn. The company \
says it cannot pay until copper prices recover.

Now forty miners have walked the 300 kilometers to Velmora, handing a letter with many \
signatures to the labour ministry and camping outside its doors.

Tomas Reyk, the union's general secretary, in an interview with the state broadcaster RTV, \
said the miners would stay until the minister met them.

In a nearby shelter in Velmora where 2,000 people sleep on the floor of a hall built for 500 \
people, supplies are short local officials said.

The ministry said on Sunday that talks would begin in April, but the miners say they have \
heard such promises before and will not leave the square. The mine employs 1,400 people and \
produced 80,000 tonnes of copper in 2013.
"""
STARTED = MARCH.replace("300 kilometers to Velmora", "300 kilometers from Oruvia to Velmora")
TITLE = "Miners march on the capital of Oruvia"


def _fact(sentence: Any, key: str, label: str, kind: str) -> Fact:
    """Return the fact of `key`'s words in a parsed sentence."""
    words = key.split()
    at = next(t.i for t in sentence if t.text == words[0])
    return Fact(0, at, at + len(words), key, label, kind)


def _left(sentence: Any, fact: Fact, cut: frozenset[int]) -> str:
    """Return a sentence's words without `cut`, the fact's said as one blank."""
    words = ("_____" if t.i == fact.start else t.text for t in sentence
             if t.i not in cut and not fact.start < t.i < fact.end)  # fmt: skip
    return " ".join(words)


def _sentence(nlp: Any, text: str) -> Any:
    """Return the first sentence of a text, parsed."""
    return next(nlp(text).sents)


def test_a_distance_travelled_to_a_place_needs_its_start(nlp: Any) -> None:
    trip = _sentence(nlp, "Forty miners walked 300 kilometers to Velmora.")
    distance = _fact(trip, "300 kilometers", "QUANTITY", "quantity")
    asked = "How many kilometers did the forty miners walk to Velmora?"
    assert unstarted_journey(trip, distance, asked) is not None
    shown = "How many miners walked the 300 kilometers to Velmora?"
    assert unstarted_journey(trip, _fact(trip, "Forty", "CARDINAL", "count"), shown)
    started = _sentence(nlp, "Forty miners walked 300 kilometers from Oruvia to Velmora.")
    distance = _fact(started, "300 kilometers", "QUANTITY", "quantity")
    asked = "How many kilometers did the forty miners walk from Oruvia to Velmora?"
    assert unstarted_journey(started, distance, asked) is None
    walk = _sentence(nlp, "Forty miners walked 300 kilometers in a week.")  # to nowhere
    distance = _fact(walk, "300 kilometers", "QUANTITY", "quantity")
    assert unstarted_journey(walk, distance, "How many kilometers did they walk?") is None


def test_the_march_asks_no_distance_from_nowhere(generation: SharedGenerations) -> None:
    quiz = generation(MARCH, "march", TITLE).qset.questions
    assert not [q.text for q in quiz if "300 kilometers" in q.text]
    assert not [q.text for q in quiz if q.correct_option == "300 kilometers"]
    started = generation(STARTED, "started", TITLE).qset.questions
    asked = [q.text for q in started if q.correct_option == "300 kilometers"]
    assert asked and all("from Oruvia" in text for text in asked), asked


def test_a_bare_count_asked_of_something_else_is_the_articles_group(nlp: Any) -> None:
    rescue = _sentence(nlp, "Twelve firefighters rescued 40 residents from the upper floors.")
    stem = write_form(rescue, _fact(rescue, "40", "CARDINAL", "count"), {}, None)[0]
    assert stem is not None and "did the twelve firefighters rescue" in stem.text, stem
    hedged = _sentence(nlp, "About twelve firefighters rescued 40 residents from the floors.")
    stem = write_form(hedged, _fact(hedged, "40", "CARDINAL", "count"), {}, None)[0]
    assert stem is None or "the about" not in stem.text.lower(), stem


def _role_cut(nlp: Any, text: str, name: str) -> str:
    """Return a sentence with a person's name blanked and the role after it cut."""
    sentence = _sentence(nlp, text)
    person = _fact(sentence, name, "PERSON", "person")
    return _left(sentence, person, key_role_aside(sentence, person))


def test_a_cut_role_leaves_the_next_aside_set_off(nlp: Any) -> None:
    said = (
        "Tomas Reyk, the union's general secretary, in an interview with the state "
        "broadcaster RTV, said the miners would stay."
    )
    left = _role_cut(nlp, said, "Tomas Reyk")
    assert left.startswith("_____ , in an interview"), left
    plain = "Tomas Reyk, the union's general secretary, said the miners would stay."
    assert _role_cut(nlp, plain, "Tomas Reyk").startswith("_____ said")
    # the clause after the role runs on to a comma of its own: no aside, both marks go
    stabbed = (
        "Police have arrested a man after Tom Reyk, the mayor of Alden, was stabbed last night "
        "while on stage at a concert in Alden Square, a police spokesman said."
    )
    left = _role_cut(nlp, stabbed, "Tom Reyk")
    assert "after _____ was stabbed" in left, left


def test_a_closing_source_is_set_off_by_a_comma(nlp: Any) -> None:
    said = _sentence(nlp, "In the shelter supplies are short local officials said.")
    assert list(unmarked_source(list(said), {}).values()) == [", local"]
    marked = _sentence(nlp, "In the shelter supplies are short, local officials said.")
    assert unmarked_source(list(marked), {}) == {}
    first = _sentence(nlp, "Local officials said supplies are short in the shelter.")
    assert unmarked_source(list(first), {}) == {}


def test_a_nearby_near_nothing_goes(nlp: Any) -> None:
    replace: dict[int, str] = {}
    orchard = _sentence(nlp, "Police found the missing boy in a nearby orchard on Tuesday.")
    unanchored_nearby(orchard, replace)
    said = " ".join(replace.get(t.i, t.text) for t in orchard if replace.get(t.i) != "")
    assert "in an orchard" in said, said
    replace = {}
    plaza = _sentence(nlp, "Protesters gathered in nearby streets after the plaza was closed.")
    unanchored_nearby(plaza, replace)
    assert replace == {}  # near the plaza the sentence names


def test_the_shelter_reads_alone(generation: SharedGenerations) -> None:
    quiz = generation(MARCH, "march", TITLE).qset.questions
    shelter = [q.text for q in quiz if q.correct_option == "2,000"]
    assert shelter, [q.text for q in quiz]
    assert "nearby" not in shelter[0] and "In a shelter in Velmora" in shelter[0]
    assert "are short, local officials said" in shelter[0]
